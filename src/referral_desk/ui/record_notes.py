"""The caseworker's own note on the record shown: kept at this post, never printed or sent."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from referral_desk.domain.verification import MAX_NOTE


class RecordNotes(QWidget):
    """A small editor under the details; ``save`` asks to keep the text for the record."""

    save = Signal(str, str)  # record id, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_id: str | None = None
        self._saved = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_now)
        row.addWidget(self.label, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)
        self.editor.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.editor.textChanged.connect(self._edited)
        self.label.setBuddy(self.editor)
        layout.addWidget(self.editor)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self.editor)
        shortcut.activated.connect(self.save_now)
        self.show_note(None, "")
        self.retranslate()

    def show_note(self, record_id: str | None, text: str) -> None:
        """Show the note of another record (None: no record shown)."""
        self.record_id = record_id
        self._saved = text
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self.setEnabled(record_id is not None)
        self._edited()

    @property
    def modified(self) -> bool:
        return self.record_id is not None and self.editor.toPlainText().strip() != self._saved

    def text(self) -> str:
        return self.editor.toPlainText()

    def saved(self) -> None:
        """The text shown is what is kept now."""
        self._saved = self.editor.toPlainText().strip()
        self._edited()

    def save_now(self) -> None:
        if self.record_id is not None and self.modified:
            self.save.emit(self.record_id, self.editor.toPlainText()[:MAX_NOTE])

    def _edited(self) -> None:
        self.save_button.setEnabled(self.modified)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Your &note (stays at this post; never printed or sent):"))
        self.editor.setPlaceholderText(self.tr("e.g. ask for the duty officer"))
        self.editor.setAccessibleName(self.tr("Your own note on this record"))
        self.save_button.setText(self.tr("Save note"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
