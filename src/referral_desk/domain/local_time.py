"""Moments stored in UTC shown in the post's local time, and local days as UTC bounds."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

# Names of UTC itself, not of a place: a clock set to one of them is no post's local time.
UTC_NAMES = frozenset(
    {"UTC", "UCT", "Universal", "Zulu", "GMT", "GMT0", "GMT+0", "GMT-0", "Greenwich"}
    | {f"Etc/{name}" for name in ("UTC", "UCT", "Universal", "Zulu", "GMT", "GMT0", "GMT+0")}
    | {"Etc/GMT-0", "Etc/Greenwich"}
)


def is_utc(zone: str) -> bool:
    """Whether ``zone`` is UTC by name (the post never said where it is), not a place's zone."""
    return zone in UTC_NAMES


def in_zone(moment: datetime, zone: str) -> datetime:
    """``moment`` on the wall clock of ``zone``; a naive moment counts as UTC (as stored)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(ZoneInfo(zone))


def stamp(moment: datetime, zone: str) -> str:
    """A date and time for paper and screen: ``2026-11-30 10:17 (EET)``."""
    local = in_zone(moment, zone)
    return f"{local:%Y-%m-%d %H:%M} ({local.tzname() or zone})"


def short_stamp(moment: datetime, zone: str) -> str:
    """A date and time without the zone's name, for a table column: ``2026-11-30 10:17``."""
    return f"{in_zone(moment, zone):%Y-%m-%d %H:%M}"


def day_start_utc(day: date, zone: str) -> datetime:
    """The UTC moment (naive, as stored) at which ``day`` begins in ``zone``."""
    start = datetime.combine(day, time.min, ZoneInfo(zone))
    return start.astimezone(UTC).replace(tzinfo=None)


def day_end_utc(day: date, zone: str) -> datetime:
    """The UTC moment (naive, as stored) at which ``day`` ends in ``zone`` (exclusive)."""
    return day_start_utc(day + timedelta(days=1), zone)


@cache
def _zone_table() -> dict[str, tuple[str, ...]]:
    """Country code -> its IANA zones, its main zone first (tzdata's zone.tab)."""
    table: dict[str, list[str]] = {}
    try:
        text = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, OSError):
        return {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            country, _where, zone, *_ = line.split("\t")
            table.setdefault(country, []).append(zone)
    return {country: tuple(zones) for country, zones in table.items()}


def zones_of_country(country: str | None) -> tuple[str, ...]:
    """The time zones of a country, its main one first; none for an unknown code."""
    return _zone_table().get((country or "").upper(), ())
