"""The call-now list: emergency, 24-hour and open-now bodies of the post's countries and region."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from referral_desk.domain.call_now import EMERGENCY_CATEGORIES, CountryCalls, calls_by_country
from referral_desk.domain.search import SearchFilters
from referral_desk.domain.vocab import Kind
from referral_desk.services.directory import Directory
from referral_desk.services.printouts import EVERY_RECORD, in_region


@dataclass(frozen=True)
class CallNowList:
    """What the view shows, and the regions it can be narrowed to."""

    countries: tuple[CountryCalls, ...]
    region: str | None
    regions: tuple[str, ...]  # every region the countries' bodies serve or sit in
    at: datetime


def call_now(
    directory: Directory,
    countries: Sequence[str],
    region: str | None = None,
    now: datetime | None = None,
    lang: str = "en",
) -> CallNowList:
    """Emergency lines, 24-hour bodies and those open at ``now`` in ``countries``.

    With ``region``, bodies that serve only another region are left out; country-wide
    lines stay.
    """
    now = now or datetime.now(UTC)
    ids: list[str] = []
    for country in dict.fromkeys(countries):
        wanted = [SearchFilters(country=country, kind=Kind.SERVICE, open_now=True)]
        wanted += [
            SearchFilters(country=country, kind=Kind.SERVICE, category=category)
            for category in sorted(EMERGENCY_CATEGORIES)
        ]
        for filters in wanted:
            ids += [hit.id for hit in directory.search("", filters, now=now, limit=EVERY_RECORD)]
    details = directory.details(ids, now)
    regions = sorted(
        {r for d in details for _c, r in d.service_areas if r},
        key=str.casefold,
    )
    if region:
        details = [d for d in details if in_region(d, region)]
    return CallNowList(
        calls_by_country(details, countries, lang), region or None, tuple(regions), now
    )
