"""What a search may be narrowed to: the filters the GUI, the CLI and the booklet share."""

from __future__ import annotations

from dataclasses import dataclass

from referral_desk.domain.vocab import Kind


@dataclass(frozen=True)
class SearchFilters:
    """Filters of the search; None or False means "any"."""

    country: str | None = None
    region: str | None = None  # as the directory names it (English): "Styria"
    category: str | None = None
    population: str | None = None
    language: str | None = None
    open_now: bool = False
    around_the_clock: bool = False
    verified_within_months: int | None = None
    kind: Kind | None = None
