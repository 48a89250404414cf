"""Two editors saved the same record: both versions field by field, keep mine or take theirs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from referral_desk.domain.editing import readable_value
from referral_desk.ui.field_names import field_name

if TYPE_CHECKING:
    from referral_desk.services.editing import EditConflict


class ConflictDialog(QDialog):
    """The fields where the version saved meanwhile and this editor's differ."""

    CANCEL, KEEP_MINE, TAKE_THEIRS = 0, 1, 2

    def __init__(self, parent: QWidget | None, conflict: EditConflict) -> None:
        super().__init__(parent)
        self.choice = self.CANCEL
        self.setWindowTitle(self.tr("Someone else changed this record"))
        intro = QLabel(
            self.tr(
                "This record was saved by someone else since you opened it (version {now}; "
                "you started from version {yours}). Nothing has been lost: choose which "
                "version to keep."
            ).format(now=conflict.current_version, yours=conflict.base_version),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(conflict.differences), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Saved meanwhile"), self.tr("Yours")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        # each row as tall as its text at the width the columns get once shown, not at the
        # narrow width they have before: a long description otherwise fills the dialog
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, difference in enumerate(conflict.differences):
            for column, text in enumerate(
                (
                    field_name(difference.field),
                    readable_value(difference.old),
                    readable_value(difference.new),
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(self.tr("&Keep mine"), self)
        self.take_button = QPushButton(self.tr("&Take theirs"), self)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.keep_button.clicked.connect(lambda: self._choose(self.KEEP_MINE))
        self.take_button.clicked.connect(lambda: self._choose(self.TAKE_THEIRS))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()

    @staticmethod
    def ask(parent: QWidget | None, conflict: EditConflict) -> int:
        """KEEP_MINE, TAKE_THEIRS or CANCEL."""
        dialog = ConflictDialog(parent, conflict)
        try:
            dialog.exec()
            return dialog.choice
        finally:
            dialog.deleteLater()
