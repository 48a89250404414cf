"""Opening hours as text: runs of days joined, pairs listed, day names translated."""

from __future__ import annotations

from referral_desk.domain.hours import WeeklyHours
from referral_desk.domain.hours_text import hours_text
from referral_desk.domain.labels import CONTEXT, day_name


def test_runs_of_three_or_more_days_are_joined_with_a_dash() -> None:
    hours = (
        WeeklyHours.parse("MO,TU,WE,TH,FR", "08:00", "16:00"),
        WeeklyHours.parse("SA", "09:00", "12:00"),
    )
    assert hours_text(hours) == "Mon–Fri 08:00–16:00; Sat 09:00–12:00"


def test_two_days_are_listed_and_gaps_split_runs() -> None:
    assert hours_text((WeeklyHours.parse("SA,SU", "10:00", "14:00"),)) == "Sat, Sun 10:00–14:00"
    gapped = WeeklyHours.parse("MO,TU,WE,FR", "08:00", "12:00")
    assert hours_text((gapped,)) == "Mon–Wed, Fri 08:00–12:00"


def test_no_hours_give_no_text() -> None:
    assert hours_text(()) == ""


def test_day_names_go_through_the_translator() -> None:
    asked: list[tuple[str, str]] = []

    def tr(context: str, text: str) -> str:
        asked.append((context, text))
        return text.upper()

    assert day_name(6, tr) == "SUN"
    assert hours_text((WeeklyHours.parse("MO", "08:00", "09:00"),), tr) == "MON 08:00–09:00"
    assert {context for context, _ in asked} == {CONTEXT}
