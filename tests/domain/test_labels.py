"""The one vocabulary: every enum value has one label, marked once, worded the same everywhere."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from referral_desk.domain import labels
from referral_desk.domain.case import Assessment, Urgency
from referral_desk.domain.hours import Reach, Reachability
from referral_desk.domain.rules.model import SELF_ROLE
from referral_desk.domain.vocab import Category, FollowUp, Role

VIENNA = ZoneInfo("Europe/Vienna")


def test_every_value_of_every_enum_has_a_label() -> None:
    for enum, table in labels.TABLES.items():
        assert set(table) == set(enum), f"{enum.__name__} lacks labels"
        for value, text in table.items():
            assert text.strip() and "_" not in text, f"{enum.__name__}.{value.name}: {text!r}"


def test_labels_carry_no_keyboard_mnemonic() -> None:
    texts = [text for table in labels.TABLES.values() for text in table.values()]
    assert not [text for text in texts if "&" in text]


def test_a_label_goes_through_the_translator_under_one_context() -> None:
    asked: list[tuple[str, str]] = []

    def tr(context: str, text: str) -> str:
        asked.append((context, text))
        return text.upper()

    assert labels.label(FollowUp.NO_ANSWER, tr) == "NO ANSWER"
    assert labels.code_label(Category, "shelter", tr) == "SHELTER"
    assert asked == [("Vocabulary", "No answer"), ("Vocabulary", "Shelter")]


def test_unknown_codes_stay_as_they_are() -> None:
    assert labels.code_label(Category, "no_such_category") == "no_such_category"
    assert labels.role_label("no_such_role") == "no_such_role"


def test_roles_include_the_caseworkers_own_steps() -> None:
    assert labels.role_label(SELF_ROLE) == "You (the caseworker)"
    assert labels.role_label(Role.LEGAL_AID.value) == "Legal aid"


def test_the_assessment_says_indicated_never_more() -> None:
    assert labels.label(Assessment.TRAFFICKING) == "Trafficking in persons indicated"
    assert "trafficking" not in labels.label(Assessment.SMUGGLING).replace("not trafficking", "")


def test_the_urgent_need_reads_without_an_ampersand() -> None:
    assert labels.label(Urgency.SHELTER_TONIGHT) == "Needs a safe place to sleep tonight"


@pytest.mark.parametrize(
    ("reach", "expected"),
    [
        (Reachability(Reach.ALWAYS, "Europe/Vienna"), "Reachable around the clock"),
        (
            Reachability(
                Reach.OPEN, "Europe/Vienna", until=datetime(2026, 3, 4, 16, tzinfo=VIENNA)
            ),
            "Reachable now (until 16:00 local time)",
        ),
        (
            Reachability(
                Reach.CLOSED, "Europe/Vienna", next_open=datetime(2026, 3, 9, 9, tzinfo=VIENNA)
            ),
            "Closed now – opens Mon 09:00 local time",
        ),
        (Reachability(Reach.CLOSED, "Europe/Vienna"), "Closed now"),
        (Reachability(Reach.UNKNOWN, "Europe/Vienna"), "Opening hours not known – call to check"),
    ],
)
def test_reach_in_words(reach: Reachability, expected: str) -> None:
    assert labels.reach_text(reach) == expected


def test_day_names_follow_the_translator() -> None:
    german = {"Mon": "Mo", "Sun": "So"}
    assert labels.day_name(0, lambda _c, t: german.get(t, t)) == "Mo"
    assert labels.day_name(6, lambda _c, t: german.get(t, t)) == "So"
