"""Wizard page: what is urgent right now (asked before consent: urgent help does not wait)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from referral_desk.domain.answers import CaseAnswers
from referral_desk.domain.case import Urgency
from referral_desk.ui.wizard.common import AnswerPage, Checklist, scroll_body
from referral_desk.ui.wizard.terms import URGENCIES
from referral_desk.ui.wrapping_check_box import WrappingCheckBox


class UrgencyPage(AnswerPage):
    FIELDS = frozenset({"urgent", "medical_needs"})

    def __init__(self, next_page: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.next_page = next_page
        self.setTitle(self.tr("Urgency"))
        self.setSubTitle(self.tr("Urgent help comes first and never waits for consent."))
        layout = QVBoxLayout(scroll_body(self))
        self.urgent = Checklist(self.tr("Right now"), URGENCIES, self, mnemonics=True)
        layout.addWidget(self.urgent)
        self.medical_needs = WrappingCheckBox(
            self.tr("Untreated injuries or other medical needs (not an emergency)"), self
        )
        self.medical_needs.setAccessibleName(self.medical_needs.text())
        layout.addWidget(self.medical_needs)
        hint = QLabel(
            self.tr("In immediate danger, call 112 now: do not finish this wizard first.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch(1)

    def nextId(self) -> int:  # Qt's name: the consent page is skipped for a child
        return self.next_page()

    def fill(self, answers: CaseAnswers) -> None:
        answers.urgent = frozenset(Urgency(v) for v in self.urgent.selected())
        answers.medical_needs = self.medical_needs.isChecked()

    def reset(self) -> None:
        self.urgent.set_selected([])
        self.medical_needs.setChecked(False)
