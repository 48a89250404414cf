"""Opening hours (HSDS weekly schedules) in a body's own IANA time zone: open now, opens at."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True, slots=True)
class WeeklyHours:
    """One HSDS weekly schedule row: on these days, from opens to closes (local time)."""

    days: frozenset[int]  # 0 = Monday
    opens: time
    closes: time  # earlier than opens: runs past midnight; equal: the whole day
    valid_from: date | None = None
    valid_to: date | None = None

    @classmethod
    def parse(
        cls,
        byday: str,
        opens_at: str,
        closes_at: str,
        valid_from: date | None = None,
        valid_to: date | None = None,
    ) -> WeeklyHours:
        """Build from HSDS fields; raises ValueError naming the bad part."""
        days: set[int] = set()
        for code in byday.split(","):
            code = code.strip().upper()
            if code not in DAY_CODES:
                raise ValueError(f"unknown day {code!r} in byday {byday!r}")
            days.add(DAY_CODES.index(code))
        return cls(
            frozenset(days), parse_time(opens_at), parse_time(closes_at), valid_from, valid_to
        )

    def intervals(self) -> list[tuple[int, int, int]]:
        """(weekday, start minute, end minute) pieces, overnight hours split at midnight."""
        start, end = _minute(self.opens), _minute(self.closes)
        pieces: list[tuple[int, int, int]] = []
        for day in sorted(self.days):
            if end == start:
                pieces.append((day, 0, MINUTES_PER_DAY))
            elif end > start:
                pieces.append((day, start, end))
            else:
                pieces.append((day, start, MINUTES_PER_DAY))
                pieces.append(((day + 1) % 7, 0, end))
        return pieces

    def valid_on(self, day: date) -> bool:
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day > self.valid_to)


def parse_time(value: str) -> time:
    """``HH:MM`` (``24:00`` allowed as the end of a day, read as midnight)."""
    try:
        hours, minutes = value.split(":")[:2]
        hour, minute = int(hours), int(minutes)
    except ValueError:
        raise ValueError(f"time {value!r} is not HH:MM") from None
    if hour == 24 and minute == 0:
        return time(0, 0)
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise ValueError(f"time {value!r} is out of range")
    return time(hour, minute)


class Reach(StrEnum):
    ALWAYS = "always"  # around the clock
    OPEN = "open"
    CLOSED = "closed"
    UNKNOWN = "unknown"  # no hours known


@dataclass(frozen=True, slots=True)
class Reachability:
    """Whether a body can be reached at a moment, and when that changes (in its zone)."""

    reach: Reach
    timezone: str
    until: datetime | None = None  # when an OPEN body closes
    next_open: datetime | None = None  # when a CLOSED body opens

    @property
    def reachable(self) -> bool:
        return self.reach in (Reach.ALWAYS, Reach.OPEN)


def _minute(value: time) -> int:
    return value.hour * 60 + value.minute


def _open_minutes(hours: Iterable[WeeklyHours], day: date) -> list[tuple[int, int]]:
    """Open (start, end) minutes on a local calendar day, merged."""
    weekday = day.weekday()
    previous = day - timedelta(days=1)
    spans: list[tuple[int, int]] = []
    for row in hours:
        opens, closes = _minute(row.opens), _minute(row.closes)
        if weekday in row.days and row.valid_on(day):
            if closes == opens:
                spans.append((0, MINUTES_PER_DAY))
            else:
                spans.append((opens, closes if closes > opens else MINUTES_PER_DAY))
        if closes < opens and previous.weekday() in row.days and row.valid_on(previous):
            spans.append((0, closes))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _at(day: date, minute: int, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), zone) + timedelta(minutes=minute)


def reachability(
    hours: Sequence[WeeklyHours],
    timezone: str,
    now: datetime,
    around_the_clock: bool = False,
) -> Reachability:
    """Whether a body is reachable at ``now`` (an aware datetime), in its own time zone."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if around_the_clock:
        return Reachability(Reach.ALWAYS, timezone)
    if not hours:
        return Reachability(Reach.UNKNOWN, timezone)
    zone = ZoneInfo(timezone)
    local = now.astimezone(zone)
    minute = local.hour * 60 + local.minute
    today = local.date()
    for start, end in _open_minutes(hours, today):
        if start <= minute < end:
            until_day, until_minute = today, end
            # follow an opening that runs on past midnight
            while until_minute >= MINUTES_PER_DAY:
                following = until_day + timedelta(days=1)
                spans = _open_minutes(hours, following)
                if spans and spans[0][0] == 0 and spans[0][1] < MINUTES_PER_DAY:
                    until_day, until_minute = following, spans[0][1]
                else:
                    break
            return Reachability(Reach.OPEN, timezone, until=_at(until_day, until_minute, zone))
    for offset in range(0, 15):
        day = today + timedelta(days=offset)
        for start, _end in _open_minutes(hours, day):
            if offset > 0 or start > minute:
                return Reachability(Reach.CLOSED, timezone, next_open=_at(day, start, zone))
    return Reachability(Reach.CLOSED, timezone)


@dataclass(frozen=True, slots=True)
class RecordTiming:
    """A record's opening hours, the time zone they are read in, and whether it never closes."""

    hours: tuple[WeeklyHours, ...] = ()
    timezone: str | None = None
    around_the_clock: bool = False

    def reach(self, now: datetime) -> Reachability:
        """Reachable at ``now``? Without a zone, only around the clock is known."""
        if self.timezone is None:
            return Reachability(Reach.ALWAYS if self.around_the_clock else Reach.UNKNOWN, "UTC")
        return reachability(self.hours, self.timezone, now, self.around_the_clock)


def first_zone(zones: Iterable[str | None]) -> str | None:
    """The first time zone given: a record's hours are read in its first location's zone."""
    return next((zone for zone in zones if zone), None)


def service_timing(
    hours: Sequence[WeeklyHours],
    location_zones: Sequence[str | None],
    organization_zones: Sequence[str | None],
    around_the_clock: bool,
) -> RecordTiming:
    """A service's own hours, in the zone of its first location (else its organization's)."""
    zone = first_zone(location_zones) or first_zone(organization_zones)
    return RecordTiming(tuple(hours), zone, around_the_clock)


def contact_timing(
    hours: Sequence[WeeklyHours],
    location_zone: str | None,
    service: RecordTiming | None,
    organization_zones: Sequence[str | None],
    around_the_clock: bool,
) -> RecordTiming:
    """A contact's own hours in its location's zone; without hours of its own, its service's.

    Without a zone of its own it takes its service's, else its organization's.
    """
    zone = location_zone
    if not hours and service is not None:
        hours, zone = service.hours, service.timezone
    if zone is None:
        zone = service.timezone if service is not None else first_zone(organization_zones)
    return RecordTiming(tuple(hours), zone, around_the_clock)


def organization_timing(
    location_hours: Sequence[WeeklyHours],
    location_zones: Sequence[str | None],
    services_around_the_clock: Iterable[bool],
) -> RecordTiming:
    """An organization: its locations' hours in its first location's zone; around the clock
    when any of its services is."""
    return RecordTiming(
        tuple(location_hours), first_zone(location_zones), any(services_around_the_clock)
    )
