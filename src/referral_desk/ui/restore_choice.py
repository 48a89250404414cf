"""The dialog that asks which backup of the database to bring back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)


class RestoreChoice(QDialog):
    """A list of backups, newest first; OK brings the chosen one back."""

    def __init__(self, parent: QWidget | None, names: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr(
                "Bring back which backup? The database as it is now is kept next to it, "
                "renamed; changes made since the backup are not in it."
            ),
            self,
        )
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget(self)
        self.list.addItems(names)
        self.list.setCurrentRow(0)
        widest = max((self.list.fontMetrics().horizontalAdvance(n) for n in names), default=0)
        self.list.setMinimumWidth(min(widest + 40, 900))  # whole names, never wider than a screen
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        label.setBuddy(self.list)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def ask(parent: QWidget | None, names: list[str]) -> int | None:
        """The position of the backup chosen in ``names``, or None if cancelled."""
        dialog = RestoreChoice(parent, names)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        row = dialog.list.currentRow()
        return row if row >= 0 else None
