"""Wizard page: an adult's informed consent to be referred (never shown for a child)."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from referral_desk.domain.answers import CaseAnswers
from referral_desk.domain.vocab import Consent
from referral_desk.ui.mnemonics import set_plain_label
from referral_desk.ui.vocab_labels import label
from referral_desk.ui.wizard.common import AnswerPage, explain_button, scroll_body, term
from referral_desk.ui.wizard.terms import EXPLAIN


class ConsentPage(AnswerPage):
    FIELDS = frozenset({"consents_to_referral"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Consent"))
        self.setSubTitle(self.tr("An adult must give informed consent before any referral."))
        layout = QVBoxLayout(scroll_body(self))
        text = QLabel(term(EXPLAIN["consent"]), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(
            explain_button(self, self.tr("Informed consent"), term(EXPLAIN["consent"]))
        )
        self.group = QButtonGroup(self)
        self.choices: dict[bool | None, QRadioButton] = {}
        for consent, value in (
            (Consent.GIVEN, True),
            (Consent.REFUSED, False),
            (Consent.NOT_ASKED, None),
        ):
            button = QRadioButton(self)
            set_plain_label(button, label(consent))
            self.group.addButton(button)
            self.choices[value] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.reset()

    def fill(self, answers: CaseAnswers) -> None:
        answers.consents_to_referral = next(
            value for value, button in self.choices.items() if button.isChecked()
        )

    def reset(self) -> None:
        self.choices[None].setChecked(True)
