"""The referral log shows its stored codes in the reader's language, never as raw codes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from referral_desk.domain.referral import StatRow
from referral_desk.domain.vocab import CaseType, FollowUp
from referral_desk.ui import log_labels as labels
from referral_desk.ui.app import install_translators


@pytest.fixture
def bulgarian(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "bg")
    yield
    install_translators(qapp, "en")


def test_every_code_has_an_english_label(qapp: QApplication) -> None:
    for code in CaseType:
        assert "_" not in labels.case_type(code.value)
    for status in FollowUp:
        assert "_" not in labels.follow_up(status.value)
    assert labels.statistic_value(StatRow("purpose", "forced_begging", 1)) == "Forced begging"
    assert (
        labels.statistic_value(StatRow("assessment", "trafficking", 1))
        == "Trafficking in persons indicated"
    )
    assert labels.dimension("body_status") == "Body and follow-up"
    assert labels.statistic_value(StatRow("month", "2026-11", 3)) == "2026-11"
    assert labels.case_type("no_such_code") == "no_such_code"


def test_urgent_needs_are_counted_without_a_keyboard_mnemonic(qapp: QApplication) -> None:
    shown = labels.statistic_value(StatRow("urgent", "shelter_tonight", 2))
    assert shown == "Needs a safe place to sleep tonight"


def test_a_body_and_its_follow_up_are_shown_from_typed_parts(qapp: QApplication) -> None:
    name = "Shelter | night desk"  # a name with the separator in it stays whole
    row = StatRow("body_status", f"{name} | declined", 1, name, FollowUp.DECLINED)
    assert labels.statistic_value(row) == "Shelter | night desk | Declined"


def test_labels_follow_the_ui_language(bulgarian: None) -> None:
    assert labels.follow_up("no_answer") == "Няма отговор"
    assert labels.case_type("asylum_seeker") == "Търсещ закрила"
    row = StatRow("body_status", "Drehscheibe | declined", 4, "Drehscheibe", FollowUp.DECLINED)
    assert labels.statistic_value(row) == "Drehscheibe | Отказан"
    purpose = labels.statistic_value(StatRow("purpose", "forced_begging", 1))
    assert purpose and purpose != "Forced begging" and purpose.isascii() is False
