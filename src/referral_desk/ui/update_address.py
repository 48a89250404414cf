"""The dialog that asks for the HTTPS address of a directory update (and, if the coordinator
uses a certificate of its own, its certificate file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)


class UpdateAddressDialog(QDialog):
    """An address that starts with https://, and an optional certificate authority file."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Update from address"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        note = QLabel(
            self.tr(
                "The address your national coordinator gave you. The update is checked "
                "before anything changes, as one from a USB stick is."
            ),
            self,
        )
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        form.addRow(note)
        self.address = QLineEdit(self)
        self.address.setPlaceholderText("https://")
        form.addRow(self.tr("&Address:"), self.address)
        self.ca_file = QLineEdit(self)
        self.ca_file.setPlaceholderText(self.tr("(the system's certificates)"))
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.clicked.connect(self._choose_ca_file)
        row = QHBoxLayout()
        row.addWidget(self.ca_file)
        row.addWidget(browse)
        label = QLabel(self.tr("Certificate &file:"), self)
        label.setBuddy(self.ca_file)  # a row that holds a layout gets no buddy of its own
        form.addRow(label, row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.address.textChanged.connect(self._check)
        self._check()
        form.addRow(buttons)

    def _check(self) -> None:
        self.ok.setEnabled(self.address.text().strip().lower().startswith("https://"))

    def _choose_ca_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificate file"),
            str(Path.home()),
            self.tr("Certificates (*.pem *.crt)"),
        )
        if path:
            self.ca_file.setText(path)

    def chosen(self) -> tuple[str, Path | None]:
        ca_file = self.ca_file.text().strip()
        return self.address.text().strip(), Path(ca_file) if ca_file else None

    @staticmethod
    def _state() -> QSettings:
        from referral_desk.paths import user_config_dir

        return QSettings(str(user_config_dir() / "window.ini"), QSettings.Format.IniFormat)

    def restore(self) -> None:
        """Fill in the address and certificate file of the last try (refused or not)."""
        state = self._state()
        self.address.setText(str(state.value("update_address/address", "") or ""))
        self.ca_file.setText(str(state.value("update_address/ca_file", "") or ""))

    def remember(self) -> None:
        """Keep the address and certificate file, so a second try need not type them again."""
        state = self._state()
        state.setValue("update_address/address", self.address.text().strip())
        state.setValue("update_address/ca_file", self.ca_file.text().strip())

    @staticmethod
    def ask(parent: QWidget | None) -> tuple[str, Path | None] | None:
        """The address and certificate file chosen, or None if cancelled."""
        dialog = UpdateAddressDialog(parent)
        dialog.restore()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        dialog.remember()
        return dialog.chosen()
