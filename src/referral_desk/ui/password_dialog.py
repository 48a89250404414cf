"""The dialog that asks an editor for the password of their central database login."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from referral_desk.services.credentials import Answer


class PasswordDialog(QDialog):
    """The database shown without its password, a password field, and "keep it" if it can."""

    def __init__(
        self, parent: QWidget | None, shown: str, can_remember: bool, refused: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Central database password"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Password of your login to the central database:"), self)
        label.setWordWrap(True)
        layout.addWidget(label)
        where = QLabel(shown, self)
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        self.refused = QLabel(self.tr("The password was not accepted. Type it again."), self)
        self.refused.setStyleSheet("color: #b00000")
        self.refused.setVisible(refused)
        layout.addWidget(self.refused)
        form = QFormLayout()
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("&Keep it in this computer's keyring"), self)
        self.remember.setEnabled(can_remember)
        if not can_remember:
            self.remember.setToolTip(
                self.tr("This computer has no keyring: the password is asked for each time.")
            )
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password.setFocus()

    def answer(self) -> Answer:
        return Answer(self.password.text(), self.remember.isEnabled() and self.remember.isChecked())

    @staticmethod
    def ask(
        parent: QWidget | None, shown: str, can_remember: bool, refused: bool = False
    ) -> Answer | None:
        """The password typed (and whether to keep it), or None if cancelled; ``refused``:
        the last one given was not accepted."""
        dialog = PasswordDialog(parent, shown, can_remember, refused)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()
