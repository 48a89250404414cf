"""Which part of the directory a paper booklet lists: a country, region, category or favourites."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BookletSelection:
    """What goes into the booklet; None or empty means any."""

    country: str | None = None
    region: str | None = None
    category: str | None = None
    favourites: tuple[str, ...] | None = None  # record ids: only these
