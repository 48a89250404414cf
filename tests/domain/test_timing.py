"""A record's timing (hours, zone, around the clock): the one rule the index and details share."""

from __future__ import annotations

from datetime import UTC, datetime, time

from referral_desk.domain.hours import (
    Reach,
    RecordTiming,
    WeeklyHours,
    contact_timing,
    organization_timing,
    service_timing,
)
from referral_desk.domain.phones import display_phone

OFFICE = WeeklyHours(frozenset(range(5)), time(9), time(17))
NIGHT = WeeklyHours(frozenset({5, 6}), time(20), time(6))
WEDNESDAY_NOON_VIENNA = datetime(2026, 3, 4, 11, 0, tzinfo=UTC)


def test_a_service_reads_its_hours_in_its_first_location_zone_else_its_organizations() -> None:
    located = service_timing([OFFICE], ["Europe/Sofia", "Europe/Vienna"], ["Europe/Vienna"], False)
    assert located == RecordTiming((OFFICE,), "Europe/Sofia", False)
    nowhere = service_timing([OFFICE], [], ["Europe/Vienna"], True)
    assert nowhere == RecordTiming((OFFICE,), "Europe/Vienna", True)
    assert service_timing([], [], [], False).timezone is None


def test_a_contact_without_hours_takes_its_services_hours_and_zone() -> None:
    service = RecordTiming((NIGHT,), "Europe/Sofia", False)
    own = contact_timing([OFFICE], "Europe/Vienna", service, ["Europe/Berlin"], False)
    assert own == RecordTiming((OFFICE,), "Europe/Vienna", False)
    borrowed = contact_timing([], "Europe/Vienna", service, ["Europe/Berlin"], True)
    assert borrowed == RecordTiming((NIGHT,), "Europe/Sofia", True)
    # Own hours but no place of its own: its service's zone, else its organization's.
    assert contact_timing([OFFICE], None, service, ["Europe/Berlin"], False).timezone == (
        "Europe/Sofia"
    )
    assert contact_timing([OFFICE], None, None, ["Europe/Berlin"], False).timezone == (
        "Europe/Berlin"
    )


def test_an_organization_has_its_locations_hours_and_never_closes_if_a_service_does_not() -> None:
    timing = organization_timing([OFFICE, NIGHT], [None, "Europe/Vienna"], [False, True])
    assert timing == RecordTiming((OFFICE, NIGHT), "Europe/Vienna", True)
    assert not organization_timing([], [], []).around_the_clock


def test_reach_needs_a_zone_unless_around_the_clock() -> None:
    assert RecordTiming((OFFICE,), "Europe/Vienna").reach(WEDNESDAY_NOON_VIENNA).reach is Reach.OPEN
    assert RecordTiming((OFFICE,), None).reach(WEDNESDAY_NOON_VIENNA).reach is Reach.UNKNOWN
    assert RecordTiming((), None, True).reach(WEDNESDAY_NOON_VIENNA).reach is Reach.ALWAYS


def test_phone_numbers_as_people_read_them() -> None:
    assert display_phone("116111") == "116 111"
    assert display_phone("112") == "112"
    assert display_phone("+4312345678") == "+43 1 2345678"
    assert display_phone("+359200000005") == "+359 200 000 005"  # a placeholder: groups of three
