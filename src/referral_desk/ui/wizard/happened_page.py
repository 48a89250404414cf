"""Wizard page: what happened, as act, means and purpose, and the smuggling questions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from referral_desk.domain.answers import CaseAnswers
from referral_desk.domain.case import Act, Means, Purpose
from referral_desk.ui.wizard.common import (
    AnswerPage,
    Checklist,
    term,
    tri_state,
    tri_state_value,
    with_explanation,
)
from referral_desk.ui.wizard.terms import ACTS, EXPLAIN, MEANS, PURPOSES
from referral_desk.ui.wrapping_check_box import WrappingCheckBox


class HappenedPage(AnswerPage):
    FIELDS = frozenset(
        {
            "acts",
            "means",
            "purposes",
            "crossed_border",
            "consented_to_move",
            "free_to_leave",
            "documents_withheld",
            "wages_withheld",
            "debt_bondage",
        }
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What happened"))
        self.setSubTitle(self.tr("Tick what you know. Press ? beside a term for its meaning."))
        inner = QWidget()
        column = QVBoxLayout(inner)
        self.acts = Checklist(
            self.tr("What was done to the person (the act)"), ACTS, inner, mnemonics=True
        )
        self.means = Checklist(self.tr("How the person was controlled (the means)"), MEANS, inner)
        self.purposes = Checklist(self.tr("What for (the purpose)"), PURPOSES, inner)
        note = QLabel(
            self.tr("For a child, the act and the purpose are enough: no means are needed.")
        )
        note.setWordWrap(True)
        border = QGroupBox(self.tr("Crossing a border"), inner)
        form = QFormLayout(border)
        self.crossed_border = WrappingCheckBox(self.tr("Was moved across a &border"), border)
        self.crossed_border.setAccessibleName(self.tr("Was moved across a border"))
        self.consented_to_move = tri_state(border, self.tr("Agreed to be moved across the border"))
        self.free_to_leave = tri_state(border, self.tr("Free to leave"))
        form.addRow(
            with_explanation(self.crossed_border, self.tr("Smuggling"), term(EXPLAIN["smuggling"]))
        )
        for text, widget in (
            (self.tr("Agreed to the &journey:"), self.consented_to_move),
            (self.tr("&Free to leave:"), self.free_to_leave),
        ):
            label = QLabel(text, border)
            label.setBuddy(widget)
            form.addRow(label, widget)
        signs = QGroupBox(self.tr("Signs of control"), inner)
        signs_column = QVBoxLayout(signs)
        self.documents_withheld = WrappingCheckBox(
            self.tr("Identity documents taken away, or none at all"), signs
        )
        self.wages_withheld = WrappingCheckBox(self.tr("Wages withheld"), signs)
        self.debt_bondage = WrappingCheckBox(self.tr("A debt used to control the person"), signs)
        for box in (self.documents_withheld, self.wages_withheld, self.debt_bondage):
            box.setAccessibleName(box.text())
            signs_column.addWidget(box)
        for part in (self.acts, self.means, note, self.purposes, signs, border):
            column.addWidget(part)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)

    def fill(self, answers: CaseAnswers) -> None:
        answers.acts = frozenset(Act(v) for v in self.acts.selected())
        answers.means = frozenset(Means(v) for v in self.means.selected())
        answers.purposes = frozenset(Purpose(v) for v in self.purposes.selected())
        answers.crossed_border = self.crossed_border.isChecked()
        answers.consented_to_move = tri_state_value(self.consented_to_move)
        answers.free_to_leave = tri_state_value(self.free_to_leave)
        answers.documents_withheld = self.documents_withheld.isChecked()
        answers.wages_withheld = self.wages_withheld.isChecked()
        answers.debt_bondage = self.debt_bondage.isChecked()

    def reset(self) -> None:
        for checklist in (self.acts, self.means, self.purposes):
            checklist.set_selected([])
        for box in (
            self.crossed_border,
            self.documents_withheld,
            self.wages_withheld,
            self.debt_bondage,
        ):
            box.setChecked(False)
        self.consented_to_move.setCurrentIndex(0)
        self.free_to_leave.setCurrentIndex(0)
