"""Calendar month arithmetic at month ends, leap days and year boundaries."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from referral_desk.domain.months import add_months, months_ago


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # a leap year
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        (date(2026, 5, 31), -1, date(2026, 4, 30)),
        (date(2026, 3, 30), -1, date(2026, 2, 28)),
        (date(2026, 3, 29), -1, date(2026, 2, 28)),
        (date(2026, 3, 28), -1, date(2026, 2, 28)),
        (date(2026, 12, 31), 1, date(2027, 1, 31)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
        (date(2026, 11, 29), -12, date(2025, 11, 29)),
        (date(2026, 8, 31), -6, date(2026, 2, 28)),
        (date(2026, 7, 14), 0, date(2026, 7, 14)),
    ],
)
def test_add_months_holds_to_the_last_day_of_short_months(
    day: date, months: int, expected: date
) -> None:
    assert add_months(day, months) == expected


def test_months_ago_goes_back() -> None:
    assert months_ago(date(2026, 5, 31), 1) == date(2026, 4, 30)
    assert months_ago(date(2026, 1, 31), 13) == date(2024, 12, 31)


days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
spans = st.integers(min_value=-600, max_value=600)


@given(days, spans)
def test_the_day_of_month_is_kept_unless_the_month_is_shorter(day: date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    if moved.day != day.day:
        assert moved.day < day.day
        assert (moved + timedelta(days=1)).day == 1  # held to the month's last day


@given(days, spans, st.integers(min_value=1, max_value=600))
def test_more_months_never_give_an_earlier_day(day: date, months: int, more: int) -> None:
    assert add_months(day, months) < add_months(day, months + more)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 28)), spans)
def test_a_day_that_every_month_has_goes_there_and_back(day: date, months: int) -> None:
    if day.day <= 28:
        assert add_months(add_months(day, months), -months) == day
