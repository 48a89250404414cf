"""Widgets give the vocabulary's plain labels Alt-key letters that no neighbour already uses."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from referral_desk.services.directory import Directory
from referral_desk.ui.mnemonics import (
    give_mnemonics,
    mnemonic_of,
    resolve_clashes,
    set_plain_label,
    with_mnemonic,
    without_mnemonic,
)
from referral_desk.ui.wizard import ReferralWizard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_free_letter_at_a_word_start_first() -> None:
    taken = {"n", "b"}
    assert with_mnemonic("Needs a safe place", taken) == "Needs &a safe place"
    assert with_mnemonic("Abducted", taken) == "Ab&ducted"
    assert taken == {"n", "b", "a", "d"}


def test_no_letter_left_means_no_mnemonic_and_ampersands_are_kept_literal() -> None:
    assert with_mnemonic("Ab", {"a", "b"}) == "Ab"
    assert with_mnemonic("Tom & Jerry", set()) == "&Tom && Jerry"
    assert mnemonic_of("Tom && &Jerry") == "j" and mnemonic_of("A && B") is None


def test_buttons_avoid_letters_their_neighbours_use(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    QLabel("&Family name:", page)
    boxes = [QCheckBox(page) for _ in range(3)]
    for box, text in zip(boxes, ("Family at home", "Forced labour", "Fraud"), strict=True):
        set_plain_label(box, text)
    give_mnemonics(page)
    letters = [mnemonic_of(b.text()) for b in boxes]
    assert None not in letters and len(set(letters)) == 3 and "f" not in letters
    assert [b.accessibleName() for b in boxes] == ["Family at home", "Forced labour", "Fraud"]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_wizard_checklists_get_letters_of_their_own(
    qtbot: QtBot, sample_directory: Directory, lang: str
) -> None:
    wizard = ReferralWizard(sample_directory, lang, post_country="AT")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # to "what happened": the acts are ticked with Alt and a letter
    page = wizard.happened
    acts = list(page.acts.boxes.values())
    letters = [mnemonic_of(box.text()) for box in acts]
    assert None not in letters and len(set(letters)) == len(acts)
    others = {
        mnemonic_of(w.text())
        for w in [*page.findChildren(QAbstractButton), *page.findChildren(QLabel)]
        if w not in acts
    } | {mnemonic_of(wizard.button(wizard.WizardButton.NextButton).text())}
    assert not set(letters) & (others - {None})


def test_a_clash_gets_another_letter_of_its_own_text(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    nationality = QLabel("&Nationality:", page)
    nationality.setBuddy(QLineEdit(page))
    estimate = QCheckBox("The age is my &estimate", page)
    gender = QLabel("G&ender:", page)
    gender.setBuddy(QLineEdit(page))
    resolve_clashes(page, ["&Next >", "< &Back"])
    letters = [mnemonic_of(w.text()) for w in (nationality, estimate, gender)]
    assert None not in letters and len({*letters, "n", "b"}) == 5
    assert [without_mnemonic(w.text()) for w in (nationality, estimate, gender)] == [
        "Nationality:",
        "The age is my estimate",
        "Gender:",
    ]
    assert without_mnemonic("Tom && &Jerry") == "Tom & Jerry"
