"""How fresh the directory is: the share of records verified within 3, 6 and 12 months."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from referral_desk.domain.staleness import fresh_since
from referral_desk.domain.verification import RecordFacts
from referral_desk.domain.vocab import Freshness

WINDOWS = (3, 6, 12)  # months
NO_REGION = ""  # the group of records with no region recorded


@dataclass(frozen=True)
class FreshnessRow:
    """One group (a country, a category or a region): how many records, how many fresh."""

    dimension: Freshness
    group: str  # a country code, a category code, a region's name; "" for no region
    records: int
    within: tuple[int, ...]  # records verified within each of WINDOWS

    def share(self, index: int) -> float:
        """The share (0 to 1) verified within ``WINDOWS[index]`` months."""
        return self.within[index] / self.records if self.records else 0.0


def groups_of(facts: RecordFacts, dimension: Freshness) -> tuple[str, ...]:
    """The groups a record counts in: its country; each category; each region (or none)."""
    if dimension is Freshness.COUNTRY:
        return (facts.country,)
    if dimension is Freshness.CATEGORY:
        return facts.categories
    return facts.regions or (NO_REGION,)


def freshness(
    records: Iterable[RecordFacts], today: date, dimension: Freshness
) -> list[FreshnessRow]:
    """Per group, the records and those verified within each window; groups sorted by name
    (no region last). A record with several categories or regions counts in each."""
    since = [fresh_since(today, months) for months in WINDOWS]
    totals: dict[str, list[int]] = {}
    for facts in records:
        for group in dict.fromkeys(groups_of(facts, dimension)):
            counts = totals.setdefault(group, [0] * (len(WINDOWS) + 1))
            counts[0] += 1
            for index, first_day in enumerate(since):
                if facts.verified_at is not None and facts.verified_at >= first_day:
                    counts[index + 1] += 1
    return freshness_rows(dimension, {group: tuple(counts) for group, counts in totals.items()})


def freshness_rows(dimension: Freshness, counts: dict[str, tuple[int, ...]]) -> list[FreshnessRow]:
    """Rows from counts per group (records, then fresh within each of ``WINDOWS``), sorted
    by the group's name, no region last."""
    ordered = sorted(counts, key=lambda group: (group == NO_REGION, group.casefold()))
    return [
        FreshnessRow(dimension, group, counts[group][0], tuple(counts[group][1:]))
        for group in ordered
    ]
