"""Calendar months: the same day some months on or back, held to the last day of short months."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` (negative: back); 31 January + 1 month is 28 or 29 February."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def months_ago(today: date, months: int) -> date:
    """The day ``months`` calendar months before ``today``: 31 March − 1 month is 28/29 February."""
    return add_months(today, -months)


def whole_months_between(start: date, end: date) -> int:
    """Full calendar months from ``start`` to ``end`` (0 if ``end`` is not later)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months > 0 and add_months(start, months) > end:
        months -= 1
    return max(months, 0)
