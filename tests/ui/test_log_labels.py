"""The referral log shows its stored codes in the reader's language, never as raw codes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

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
    assert labels.statistic_value("purpose", "forced_begging") == "Forced begging"
    assert labels.statistic_value("assessment", "trafficking") == "Trafficking in persons indicated"
    assert labels.dimension("body_status") == "Body and follow-up"


def test_labels_follow_the_ui_language(bulgarian: None) -> None:
    assert labels.follow_up("no_answer") == "няма отговор"
    assert labels.case_type("asylum_seeker") == "търсещ закрила"
    assert (
        labels.statistic_value("body_status", "Drehscheibe | declined") == "Drehscheibe | отказан"
    )
    purpose = labels.statistic_value("purpose", "forced_begging")
    assert purpose and purpose != "Forced begging" and purpose.isascii() is False
