"""Opening hours in a body's own time zone: open now, closes at, opens at, DST, overnight."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from referral_desk.domain.hours import Reach, WeeklyHours, parse_time, reachability

OFFICE = [WeeklyHours.parse("MO,TU,WE,TH,FR", "08:00", "16:00")]
VIENNA = "Europe/Vienna"
SOFIA = "Europe/Sofia"


def at(zone: str, *parts: int) -> datetime:
    return datetime(*parts, tzinfo=ZoneInfo(zone))  # type: ignore[misc]


def test_open_during_office_hours_in_its_own_zone() -> None:
    # Monday 2026-11-30 09:00 in Vienna is 10:00 in Sofia
    status = reachability(OFFICE, SOFIA, at(VIENNA, 2026, 11, 30, 7, 30))
    assert status.reach is Reach.OPEN
    assert status.until == at(SOFIA, 2026, 11, 30, 16, 0)
    # the same moment, read in Vienna's office hours: still closed there
    assert reachability(OFFICE, VIENNA, at(VIENNA, 2026, 11, 30, 7, 30)).reach is Reach.CLOSED


def test_closed_on_friday_evening_opens_on_monday() -> None:
    status = reachability(OFFICE, VIENNA, at(VIENNA, 2026, 12, 4, 18, 0))
    assert status.reach is Reach.CLOSED
    assert status.next_open == at(VIENNA, 2026, 12, 7, 8, 0)


def test_overnight_hours_run_past_midnight() -> None:
    night = [WeeklyHours.parse("FR", "20:00", "06:00")]
    assert (
        reachability(night, SOFIA, at(SOFIA, 2026, 12, 5, 3, 0)).reach is Reach.OPEN
    )  # Saturday 03:00
    assert reachability(night, SOFIA, at(SOFIA, 2026, 12, 5, 7, 0)).reach is Reach.CLOSED
    status = reachability(night, SOFIA, at(SOFIA, 2026, 12, 4, 22, 0))
    assert status.until == at(SOFIA, 2026, 12, 5, 6, 0)


def test_around_the_clock_and_unknown() -> None:
    assert reachability([], VIENNA, datetime.now(UTC), around_the_clock=True).reach is Reach.ALWAYS
    assert reachability([], VIENNA, datetime.now(UTC)).reach is Reach.UNKNOWN


def test_summer_time_changes_the_utc_moment() -> None:
    # 07:30 UTC is 09:30 in Vienna in summer (open) and 08:30 in winter (open); 06:30 UTC is
    # 08:30 in summer (open) but 07:30 in winter (closed)
    assert reachability(OFFICE, VIENNA, datetime(2026, 7, 6, 6, 30, tzinfo=UTC)).reach is Reach.OPEN
    assert (
        reachability(OFFICE, VIENNA, datetime(2026, 12, 7, 6, 30, tzinfo=UTC)).reach is Reach.CLOSED
    )


def test_valid_dates_limit_a_schedule() -> None:
    summer = [WeeklyHours.parse("MO", "09:00", "12:00", date(2026, 6, 1), date(2026, 8, 31))]
    assert reachability(summer, VIENNA, at(VIENNA, 2026, 7, 6, 10, 0)).reach is Reach.OPEN
    assert reachability(summer, VIENNA, at(VIENNA, 2026, 11, 30, 10, 0)).reach is Reach.CLOSED


@pytest.mark.parametrize("bad", ["25:00", "8", "aa:bb", "12:60"])
def test_bad_times_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="time"):
        parse_time(bad)


def test_bad_day_is_named() -> None:
    with pytest.raises(ValueError, match="XX"):
        WeeklyHours.parse("MO,XX", "08:00", "09:00")


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        reachability(OFFICE, VIENNA, datetime(2026, 1, 1, 12, 0))


@given(
    st.integers(min_value=0, max_value=23),
    st.integers(min_value=0, max_value=23),
    st.datetimes(
        min_value=datetime(2025, 1, 1), max_value=datetime(2028, 1, 1), timezones=st.just(UTC)
    ),
)
def test_open_exactly_when_local_time_is_inside_the_hours(
    opens: int, closes: int, now: datetime
) -> None:
    hours = [WeeklyHours.parse("MO,TU,WE,TH,FR,SA,SU", f"{opens:02}:00", f"{closes:02}:00")]
    local = now.astimezone(ZoneInfo(SOFIA))
    if opens == closes:
        expected = True
    elif opens < closes:
        expected = opens <= local.hour < closes
    else:
        expected = local.hour >= opens or local.hour < closes
    status = reachability(hours, SOFIA, now)
    assert (status.reach is Reach.OPEN) == expected
    if status.reach is Reach.CLOSED:
        assert status.next_open is not None and status.next_open > now
