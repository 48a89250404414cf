"""The log window: post-local dates, consent before "referred", names in the reader's language."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from referral_desk.domain.vocab import Consent, FollowUp
from referral_desk.services.desk import Desk
from referral_desk.services.pathway import read_case_file
from referral_desk.ui.log_view import LogView

CASES = Path(__file__).resolve().parents[2] / "data" / "cases"
LATE = datetime(2026, 11, 30, 22, 30, tzinfo=UTC)  # 23:30 in Vienna, 00:30 next day in Sofia


def save_adult(desk: Desk, consents: bool | None) -> str:
    case = read_case_file(CASES / "bg-woman-exploited-austria.json")
    pathway = desk.pathways.make(replace(case, consents_to_referral=consents), LATE)
    assert not pathway.is_child and pathway.steps
    return desk.log.save(pathway, desk.log.new_header("Post", "MP", LATE))


def status_combo(view: LogView, row: int) -> QComboBox:
    combo = view.bodies.cellWidget(row, 2)
    assert isinstance(combo, QComboBox)
    return combo


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def warn(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        said.append(str(args[2]))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warn))
    return said


def test_dates_are_shown_in_the_posts_time_zone(qtbot: QtBot, sample_desk: Desk) -> None:
    save_adult(sample_desk, True)
    view = LogView(sample_desk, "en", zone="Europe/Sofia")
    qtbot.addWidget(view)
    assert view.model.index(0, 1).data() == "2026-12-01 00:30"
    view.zone = "Europe/Vienna"
    assert view.model.index(0, 1).data() == "2026-11-30 23:30"


def test_not_referred_until_consent_is_recorded(
    qtbot: QtBot, sample_desk: Desk, warnings: list[str]
) -> None:
    reference = save_adult(sample_desk, None)
    view = LogView(sample_desk, "en", zone="Europe/Vienna")
    qtbot.addWidget(view)
    assert view.consent.isEnabled() and view.consent.currentData() == Consent.NOT_ASKED
    assert status_combo(view, 0).currentData() == FollowUp.PLANNED
    combo = status_combo(view, 0)
    combo.setCurrentIndex(combo.findData(FollowUp.REFERRED.value))
    assert view.save_follow_up() == 0
    assert warnings and "not agreed" in warnings[0]
    assert status_combo(view, 0).currentData() == FollowUp.PLANNED, "the screen shows the log"
    logged = sample_desk.log.get(reference)
    assert logged is not None and logged.bodies[0].status is FollowUp.PLANNED

    view.consent.setCurrentIndex(view.consent.findData(Consent.GIVEN.value))
    combo = status_combo(view, 0)
    combo.setCurrentIndex(combo.findData(FollowUp.REFERRED.value))
    assert view.save_follow_up() == 1
    logged = sample_desk.log.get(reference)
    assert logged is not None and logged.consent is Consent.GIVEN
    assert logged.bodies[0].status is FollowUp.REFERRED
    assert {b.status for b in logged.bodies[1:]} == {FollowUp.PLANNED}
    assert len(warnings) == 1


def test_body_names_in_the_readers_language(qtbot: QtBot, sample_desk: Desk) -> None:
    reference = save_adult(sample_desk, True)
    logged = sample_desk.log.get(reference)
    assert logged is not None
    bulgarian = [b.name("bg") for b in logged.bodies]
    assert bulgarian != [b.record_name for b in logged.bodies], "the sample has Bulgarian names"
    view = LogView(sample_desk, "bg")
    qtbot.addWidget(view)
    shown = [view.bodies.item(row, 1).text() for row in range(view.bodies.rowCount())]
    assert shown == bulgarian
    stats = sample_desk.log.statistics()
    named = {stats.body_name(b.record_name, "bg") for b in logged.bodies}
    assert named == set(bulgarian)
