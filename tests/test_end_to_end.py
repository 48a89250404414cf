"""From the main window to a saved referral sheet: search, open, wizard, PDF read back."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from pdf_readback import pdf_text
from referral_desk.domain.case import Act, Purpose
from referral_desk.services.desk import Desk
from referral_desk.settings import Settings
from referral_desk.ui.main_window import MainWindow
from referral_desk.ui.print_actions import SheetOptions, SheetOptionsDialog
from referral_desk.ui.wizard import ReferralWizard
from referral_desk.ui.wizard.wizard import RESULT, SUMMARY

NOW = datetime(2026, 3, 11, 9, 30, tzinfo=UTC)  # a Wednesday morning in Vienna and Sofia
SETTINGS = Settings(
    post_name="Consulate Vienna",
    post_country="BG",
    post_timezone="Europe/Sofia",
    post_details="Schwindgasse 8, 1040 Wien",
)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: QtBot, sample_desk: Desk) -> Iterator[MainWindow]:
    main = MainWindow(sample_desk, SETTINGS, clock=lambda: NOW)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    yield main


def first_hit(window: MainWindow) -> str:
    hit = window.model.hit(0)
    return "" if hit is None else f"{hit.name.get('en')} {hit.organization.get('en')}"


def test_search_open_wizard_and_save_the_sheet_as_pdf(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Search and open the agency, as a caseworker would: type, then Enter.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search_field, "Drehscheibe")
    qtbot.waitUntil(lambda: "drehscheibe" in first_hit(window).lower())  # the search has run
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.detail.detail is not None)
    agency = window.detail.detail
    assert agency is not None and "drehscheibe" in agency.name.get("en").lower()
    assert "Drehscheibe" in window.detail.text()

    # A new referral from the File menu: a 12-year-old Bulgarian boy begging in Vienna.
    window.new_referral_action.trigger()
    wizard = window.findChild(ReferralWizard)
    assert wizard is not None and wizard.isVisible()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    person = wizard.person
    person.age.setValue(12)
    person.age_group.setCurrentIndex(person.age_group.findData("child"))
    person.gender.setCurrentIndex(person.gender.findData("male"))
    person.nationality.setCurrentText("BG")
    person.unaccompanied.setChecked(True)
    next_button.click()
    wizard.happened.acts.boxes[Act.TRANSPORTATION].setChecked(True)
    wizard.happened.purposes.boxes[Purpose.FORCED_BEGGING].setChecked(True)
    next_button.click()
    wizard.where.country.setCurrentText("AT")
    wizard.where.region.setCurrentText("Vienna")
    next_button.click()
    next_button.click()  # nothing urgent; a child is never asked for consent
    assert wizard.currentId() == SUMMARY
    next_button.click()
    assert wizard.currentId() == RESULT
    page = wizard.result_page
    assert page.pathway is not None and page.pathway.is_child
    bodies = [b for step in page.pathway.steps for b in step.bodies]
    related = {b.ref.id for b in bodies} | {b.organization.id for b in bodies if b.organization}
    assert agency.id in related, "the agency opened in the main window is on the pathway"

    # Save the sheet as a PDF in a temp folder; the options and file dialogs answer at once,
    # the options with what the settings proposed.
    proposed: list[SheetOptions] = []

    def answer(_parent: object, _lang: str, defaults: SheetOptions) -> SheetOptions:
        proposed.append(defaults)
        return replace(defaults, caseworker="M. Petrova")

    monkeypatch.setattr(SheetOptionsDialog, "ask", staticmethod(answer))
    target = tmp_path / "referral sheet.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    page.print_button.menu().actions()[-1].trigger()  # "Save sheet as PDF…"
    reference = page.logged_reference
    assert reference is not None and target.exists()

    # Read the sheet back: the reference, the post and every body of the pathway are on it.
    text = pdf_text(target)
    assert reference in text and "Consulate Vienna" in text
    assert proposed[0].post == "Consulate Vienna", "the post's name from the settings"
    assert "Schwindgasse 8, 1040 Wien" in text, "the post details setting is printed"
    assert "(EET)" in text and "(UTC)" not in text, "printed on the post's clock"
    assert agency.name.get("en") in text
    missing = [b.ref.name.get("en") for b in bodies if b.ref.name.get("en") not in text]
    assert not missing, missing
    logged = page.desk.log.get(reference)
    assert logged is not None
    assert {b.record_id for b in logged.bodies} == {b.ref.id for b in bodies}
    wizard.close()
