"""Staleness: a record is stale once its last check is older than the chosen number of months."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from referral_desk.domain.staleness import fresh_since, is_stale


def test_never_verified_is_stale() -> None:
    assert is_stale(None, date(2026, 1, 1), 12)


@pytest.mark.parametrize(
    ("verified", "today", "months", "stale"),
    [
        (date(2025, 11, 29), date(2026, 11, 29), 12, False),  # exactly twelve months: not older
        (date(2025, 11, 28), date(2026, 11, 29), 12, True),
        (date(2026, 4, 30), date(2026, 5, 31), 1, False),
        (date(2026, 4, 29), date(2026, 5, 31), 1, True),
        (date(2026, 2, 28), date(2026, 3, 31), 1, False),  # 31 March less a month
        (date(2026, 2, 27), date(2026, 3, 31), 1, True),
        (date(2024, 2, 29), date(2025, 2, 28), 12, False),
        (date(2026, 11, 29), date(2026, 11, 29), 1, False),
    ],
)
def test_stale_at_month_ends(verified: date, today: date, months: int, stale: bool) -> None:
    assert is_stale(verified, today, months) is stale


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    st.integers(min_value=1, max_value=120),
)
def test_fresh_since_is_the_first_day_that_is_not_stale(today: date, months: int) -> None:
    since = fresh_since(today, months)
    assert not is_stale(since, today, months)
    assert is_stale(since - timedelta(days=1), today, months)
    assert not is_stale(today, today, months)
