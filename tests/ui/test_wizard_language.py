"""The wizard follows a live switch of the UI language, keeping every answer and its page."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWizard
from pytestqt.qtbot import QtBot

from referral_desk.domain.case import Act, Purpose
from referral_desk.services.desk import Desk
from referral_desk.settings import Settings
from referral_desk.ui.main_window import MainWindow
from referral_desk.ui.translators import install_translators
from referral_desk.ui.wizard import ReferralWizard
from referral_desk.ui.wizard.wizard import RESULT, WHERE

NOW = datetime(2026, 3, 11, 9, 30, tzinfo=UTC)
SETTINGS = Settings(
    post_name="Consulate Vienna",
    post_country="AT",
    post_region="Vienna",
    post_timezone="Europe/Vienna",
)
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


@pytest.fixture(scope="module")
def built_translations() -> None:
    from referral_desk.i18n_build import build

    build()


@pytest.fixture
def window(
    qtbot: QtBot, sample_desk: Desk, built_translations: None, qapp: QApplication
) -> Iterator[MainWindow]:
    main = MainWindow(sample_desk, SETTINGS, clock=lambda: NOW, save=lambda _s: None)
    qtbot.addWidget(main)
    main.show()
    yield main
    install_translators(qapp, "en")


def _open_wizard(window: MainWindow) -> ReferralWizard:
    window.new_referral_action.trigger()
    wizard = window.findChild(ReferralWizard)
    assert isinstance(wizard, ReferralWizard) and wizard.isVisible()
    return wizard


def _answer(wizard: ReferralWizard) -> None:
    person = wizard.person
    person.age.setValue(12)
    person.age_group.setCurrentIndex(person.age_group.findData("child"))
    person.nationality.setCurrentIndex(person.nationality.findData("BG"))
    person.unaccompanied.setChecked(True)
    person.languages.setText("Bulgarian, Romani")
    wizard.next()
    wizard.happened.acts.boxes[Act.TRANSPORTATION].setChecked(True)
    wizard.happened.purposes.boxes[Purpose.FORCED_BEGGING].setChecked(True)
    wizard.next()
    wizard.where.region.setCurrentIndex(wizard.where.region.findData("Styria"))


def _texts(wizard: ReferralWizard) -> str:
    page = wizard.currentPage()
    labels = " ".join(label.text() for label in page.findChildren(QLabel))
    return f"{wizard.windowTitle()} {page.title()} {page.subTitle()} {labels}"


def test_a_language_switch_remakes_the_wizard_in_that_language_with_the_answers(
    qtbot: QtBot, window: MainWindow
) -> None:
    wizard = _open_wizard(window)
    _answer(wizard)
    assert wizard.currentId() == WHERE
    case = wizard.case()
    assert "Region" in _texts(wizard) and wizard.where.region.currentText() == "Styria"
    for combo in (wizard.where.region, wizard.where.country):  # popups made, then closed
        combo.showPopup()
        combo.hidePopup()
    window.apply_settings(replace(window.settings, ui_language="de"))
    german = window.findChildren(ReferralWizard)
    shown = [w for w in german if w.isVisible()]
    assert len(shown) == 1 and shown[0] is not wizard, "the old one closed, a new one shown"
    wizard = shown[0]
    assert wizard.lang == "de" and wizard.currentId() == WHERE
    assert wizard.windowTitle() == "Vermittlungsweg"
    assert wizard.where.region.currentText() == "Steiermark"
    assert wizard.where.country.currentText() == "Österreich (AT)"
    assert wizard.button(QWizard.WizardButton.BackButton).text() != "< &Back"
    assert wizard.case() == case, "every answer kept"
    wizard.back()
    wizard.back()
    assert wizard.person.nationality.currentText() == "Bulgarien (BG)"
    assert wizard.person.age.value() == 12 and wizard.person.unaccompanied.isChecked()
    wizard.close()


def test_the_result_page_is_worked_out_again_in_the_new_language(
    qtbot: QtBot, window: MainWindow
) -> None:
    wizard = _open_wizard(window)
    _answer(wizard)
    while wizard.currentId() != RESULT:
        wizard.next()
    english = wizard.result_page.tree.topLevelItem(0).text(0)  # type: ignore[union-attr]
    wizard.result_page.show_logged("RD-2026-TEST-0001")
    window.apply_settings(replace(window.settings, ui_language="bg"))
    (wizard,) = [w for w in window.findChildren(ReferralWizard) if w.isVisible()]
    assert wizard.currentId() == RESULT and wizard.result_page.pathway is not None
    bulgarian = wizard.result_page.tree.topLevelItem(0).text(0)  # type: ignore[union-attr]
    assert bulgarian != english and any("а" <= c <= "я" for c in bulgarian)
    assert wizard.result_page.logged_reference == "RD-2026-TEST-0001"
    assert "RD-2026-TEST-0001" in wizard.result_page.logged.text()
    wizard.close()
