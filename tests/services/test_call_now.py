"""The call-now list: emergency lines first, then 24-hour bodies, then those open now."""

from __future__ import annotations

from datetime import UTC, datetime

from referral_desk.domain.call_now import Group, group_of, is_emergency
from referral_desk.services.call_now import call_now
from referral_desk.services.directory import Directory

MONDAY_MORNING = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)  # 10:30 in Vienna, 11:30 in Sofia
SUNDAY_NIGHT = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)


def _names(calls: object, group: Group) -> list[str]:
    for g, details in calls.groups:  # type: ignore[attr-defined]
        if g is group:
            return [d.name.get("en") for d in details]
    return []


def test_each_country_in_order_with_its_groups_in_order(sample_directory: Directory) -> None:
    shown = call_now(sample_directory, ["BG", "AT"], now=MONDAY_MORNING)
    assert [c.country for c in shown.countries] == ["BG", "AT"]
    for country in shown.countries:
        groups = [g for g, _d in country.groups]
        assert groups == sorted(groups, key=list(Group).index)
        assert all(d.country == country.country for d in country.bodies())
        ids = [d.id for d in country.bodies()]
        assert len(ids) == len(set(ids)), "a body is listed once"
    austria = shown.countries[1]
    emergency = _names(austria, Group.EMERGENCY)
    assert "Emergency number 112" in emergency
    assert "Helpline for children and young people" in emergency  # 147
    general = [d for g, ds in austria.groups if g is Group.EMERGENCY for d in ds]
    assert "emergency" in general[0].categories, "the general emergency numbers come first"


def test_open_now_holds_only_bodies_that_answer_at_that_moment(
    sample_directory: Directory,
) -> None:
    morning = call_now(sample_directory, ["AT"], now=MONDAY_MORNING).countries[0]
    night = call_now(sample_directory, ["AT"], now=SUNDAY_NIGHT).countries[0]
    open_morning = [d for g, ds in morning.groups if g is Group.OPEN_NOW for d in ds]
    assert open_morning and all(d.reach.reachable for d in open_morning)
    assert not [d for g, ds in night.groups if g is Group.OPEN_NOW for d in ds]
    assert _names(night, Group.EMERGENCY) == _names(morning, Group.EMERGENCY)
    for detail in morning.bodies():
        assert group_of(detail) is not None
        assert any(p.type != "fax" for p in detail.phones)


def test_a_region_keeps_country_wide_lines_and_drops_other_regions(
    sample_directory: Directory,
) -> None:
    whole = call_now(sample_directory, ["AT"], now=MONDAY_MORNING)
    vienna = call_now(sample_directory, ["AT"], "Vienna", now=MONDAY_MORNING)
    assert "Vienna" in whole.regions and "Styria" in whole.regions
    names = [d.name.get("en") for d in vienna.countries[0].bodies()]
    assert "Emergency number 112" in names  # the whole country
    assert "Police emergency response (Vienna)" in names
    assert "Police emergency response (Burgenland)" not in names
    assert "Crisis placement for children – Styria" not in names
    assert len(names) < len(whole.countries[0].bodies())


def test_a_country_without_bodies_is_listed_empty(sample_directory: Directory) -> None:
    shown = call_now(sample_directory, ["AT", "ZZ"], now=MONDAY_MORNING)
    assert [c.country for c in shown.countries] == ["AT", "ZZ"]
    assert shown.countries[1].groups == ()


def test_emergency_lines_are_the_booklets(sample_directory: Directory) -> None:
    austria = call_now(sample_directory, ["AT"], now=SUNDAY_NIGHT).countries[0]
    for group, details in austria.groups:
        assert all(is_emergency(d) for d in details) or group is Group.OPEN_NOW
