"""Opening hours and moments moved from a body's time zone into the post's time zone."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from referral_desk.domain.hours import WeeklyHours


@dataclass(frozen=True, slots=True)
class DaySpan:
    """On these weekdays (0 = Monday), from opens to closes; closes earlier means past midnight."""

    days: tuple[int, ...]
    opens: time
    closes: time


def _next_date(today: date, weekday: int) -> date:
    return today + timedelta(days=(weekday - today.weekday()) % 7)


def spans_in_zone(
    hours: Sequence[WeeklyHours], from_zone: str, to_zone: str, now: datetime
) -> list[DaySpan]:
    """The weekly hours as seen in ``to_zone`` during the coming week (offsets of that week)."""
    source, target = ZoneInfo(from_zone), ZoneInfo(to_zone)
    today = now.astimezone(source).date()
    grouped: dict[tuple[time, time], set[int]] = defaultdict(set)
    for row in hours:
        for day in row.days:
            start_date = _next_date(today, day)
            if not row.valid_on(start_date):
                continue
            start = datetime.combine(start_date, row.opens, source).astimezone(target)
            end_date = start_date if row.closes > row.opens else start_date + timedelta(days=1)
            end = datetime.combine(end_date, row.closes, source).astimezone(target)
            grouped[(start.timetz().replace(tzinfo=None), end.timetz().replace(tzinfo=None))].add(
                start.weekday()
            )
    spans = [
        DaySpan(tuple(sorted(days)), opens, closes) for (opens, closes), days in grouped.items()
    ]
    return sorted(spans, key=lambda s: (s.days, s.opens))


def local_spans(hours: Sequence[WeeklyHours]) -> list[DaySpan]:
    """The weekly hours as written (in the body's own time zone), same days grouped."""
    grouped: dict[tuple[time, time], set[int]] = defaultdict(set)
    for row in hours:
        grouped[(row.opens, row.closes)].update(row.days)
    spans = [
        DaySpan(tuple(sorted(days)), opens, closes) for (opens, closes), days in grouped.items()
    ]
    return sorted(spans, key=lambda s: (s.days, s.opens))


def day_ranges(days: Sequence[int]) -> list[tuple[int, int]]:
    """Runs of consecutive weekdays: (0, 1, 2, 4) -> [(0, 2), (4, 4)]."""
    runs: list[tuple[int, int]] = []
    for day in sorted(days):
        if runs and day == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def same_offset(zone_a: str, zone_b: str, now: datetime) -> bool:
    """Whether two zones show the same wall-clock time at ``now``."""
    return (
        now.astimezone(ZoneInfo(zone_a)).utcoffset() == now.astimezone(ZoneInfo(zone_b)).utcoffset()
    )
