"""The dialog that records one check of a record: how, what it found, a note, by whom."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QWidget

from referral_desk.domain.verification import MAX_NOTE
from referral_desk.domain.vocab import Outcome, VerifyHow
from referral_desk.ui.record_note_dialog import RecordNoteDialog
from referral_desk.ui.vocab_labels import label

PROBLEM_STYLE = "color:#9a3412; font-weight:bold"


@dataclass(frozen=True)
class CheckInput:
    by: str
    how: VerifyHow
    outcome: Outcome
    note: str


def fill_how(combo: QComboBox, chosen: VerifyHow = VerifyHow.PHONE) -> None:
    combo.clear()
    for how in VerifyHow:
        combo.addItem(label(how), how.value)
    combo.setCurrentIndex(combo.findData(chosen.value))


class CheckDialog(RecordNoteDialog):
    """How the body was checked, the outcome, and a note (required when something changed)."""

    def __init__(
        self, parent: QWidget | None, record_name: str, by: str, how: VerifyHow = VerifyHow.PHONE
    ) -> None:
        super().__init__(parent, self.tr("Record a check"), record_name)
        self.how = QComboBox(self)
        fill_how(self.how, how)
        self.outcome = QComboBox(self)
        for outcome in Outcome:
            self.outcome.addItem(label(outcome), outcome.value)
        self.note = QLineEdit(self)
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(self.tr("e.g. spoke to the duty officer; what changed"))
        self.by = QLineEdit(by, self)
        self.by.setMaxLength(300)
        self.finish(
            [
                (self.how, self.tr("&How:")),
                (self.outcome, self.tr("&Outcome:")),
                (self.note, self.tr("&Note:")),
                (self.by, self.tr("Checked &by:")),
            ],
            PROBLEM_STYLE,
        )
        self.resize(480, 240)

    def value(self) -> CheckInput:
        return CheckInput(
            self.by.text().strip(),
            VerifyHow(self.how.currentData()),
            Outcome(self.outcome.currentData()),
            self.note.text().strip(),
        )

    def accept(self) -> None:
        value = self.value()
        if not value.by:
            self.problem.setText(self.tr("Say who checked it."))
            return
        if value.outcome is Outcome.CHANGED and not value.note:
            self.problem.setText(self.tr("Say in the note what changed."))
            return
        super().accept()

    @staticmethod
    def ask(
        parent: QWidget | None, record_name: str, by: str, how: VerifyHow = VerifyHow.PHONE
    ) -> CheckInput | None:
        """The check as entered, or None if cancelled."""
        dialog = CheckDialog(parent, record_name, by, how)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()
