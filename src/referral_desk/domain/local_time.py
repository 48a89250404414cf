"""Moments stored in UTC shown in the post's local time, and local days as UTC bounds."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


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
