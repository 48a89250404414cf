"""Moments stored in UTC, shown on the post's clock; a country's zones."""

from __future__ import annotations

from datetime import UTC, date, datetime

from referral_desk.domain.local_time import (
    day_end_utc,
    day_start_utc,
    short_stamp,
    stamp,
    zones_of_country,
)

STORED = datetime(2026, 11, 30, 2, 17)  # naive, as the log stores it: UTC


def test_a_stored_moment_is_shown_on_the_posts_clock() -> None:
    assert stamp(STORED, "Europe/Sofia") == "2026-11-30 04:17 (EET)"
    assert short_stamp(STORED.replace(tzinfo=UTC), "Europe/Vienna") == "2026-11-30 03:17"
    assert stamp(datetime(2026, 7, 1, 22, 30), "Europe/Sofia") == "2026-07-02 01:30 (EEST)"


def test_a_local_day_as_stored_bounds() -> None:
    assert day_start_utc(date(2026, 11, 30), "Europe/Sofia") == datetime(2026, 11, 29, 22, 0)
    assert day_end_utc(date(2026, 11, 30), "Europe/Sofia") == datetime(2026, 11, 30, 22, 0)


def test_a_countrys_zones_main_one_first() -> None:
    assert zones_of_country("at") == ("Europe/Vienna",)
    assert zones_of_country("BG") == ("Europe/Sofia",)
    assert zones_of_country("US")[0] == "America/New_York" and len(zones_of_country("US")) > 10
    assert zones_of_country("XX") == () and zones_of_country(None) == ()
