"""The frame the check and correction dialogs share: the record's name, a form, a problem line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class RecordNoteDialog(QDialog):
    """A dialog about one record: its name on top, then what the subclass adds, then
    ``finish``'s form, a line for what is missing, and OK and Cancel."""

    def __init__(self, parent: QWidget | None, title: str, record_name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.column = QVBoxLayout(self)
        heading = QLabel(record_name, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setStyleSheet("font-weight:bold")
        heading.setWordWrap(True)
        self.column.addWidget(heading)
        self.problem = QLabel(self)

    def finish(self, rows: list[tuple[QWidget, str]], problem_style: str) -> None:
        """Add the form (each editor with its label, the label's mnemonic going to the editor),
        the problem line in ``problem_style``, and the buttons."""
        form = QFormLayout()
        for editor, text in rows:
            label = QLabel(text, self)
            label.setBuddy(editor)
            form.addRow(label, editor)
        self.column.addLayout(form)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(problem_style)
        self.problem.setWordWrap(True)
        self.column.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.column.addWidget(buttons)
