"""The dialog in which a caseworker reports what is wrong with a record, for the coordinator."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPlainTextEdit, QWidget

from referral_desk.domain.corrections import correction_problems
from referral_desk.domain.verification import MAX_NOTE
from referral_desk.ui.record_note_dialog import RecordNoteDialog

WARNING_STYLE = "color:#9a3412; font-weight:bold"


@dataclass(frozen=True)
class CorrectionInput:
    wrong: str
    found: str
    post: str


class CorrectionDialog(RecordNoteDialog):
    """What is wrong, what they found, their post; never anything about a person."""

    def __init__(self, parent: QWidget | None, record_name: str, post: str) -> None:
        super().__init__(parent, self.tr("Report a correction"), record_name)
        self.warning = QLabel(
            self.tr(
                "Write only about the record: a wrong number, a new address, other hours. "
                "Never write anything about the person you are helping – no name, no story, "
                "nothing that could identify them. The correction is sent to the coordinator."
            ),
            self,
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.column.addWidget(self.warning)
        self.wrong = QPlainTextEdit(self)
        self.wrong.setTabChangesFocus(True)
        self.wrong.setPlaceholderText(self.tr("e.g. the duty number does not answer at night"))
        self.found = QPlainTextEdit(self)
        self.found.setTabChangesFocus(True)
        self.found.setPlaceholderText(self.tr("e.g. the police gave us another number"))
        self.post = QLineEdit(post, self)
        self.post.setMaxLength(300)
        self.finish(
            [
                (self.wrong, self.tr("What is &wrong:")),
                (self.found, self.tr("What you &found:")),
                (self.post, self.tr("Your &post:")),
            ],
            WARNING_STYLE,
        )
        self.resize(520, 420)

    def value(self) -> CorrectionInput:
        return CorrectionInput(
            self.wrong.toPlainText()[:MAX_NOTE],
            self.found.toPlainText()[:MAX_NOTE],
            self.post.text(),
        )

    def accept(self) -> None:
        value = self.value()
        problems = correction_problems(value.wrong, value.found, value.post)
        if problems:  # the texts are cut to length: only an empty field is left to say
            self.problem.setText(self.tr("Say what is wrong and which post reports it."))
            return
        super().accept()

    @staticmethod
    def ask(parent: QWidget | None, record_name: str, post: str) -> CorrectionInput | None:
        """What the caseworker reports, or None if cancelled."""
        dialog = CorrectionDialog(parent, record_name, post)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()
