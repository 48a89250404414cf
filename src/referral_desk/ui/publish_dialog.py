"""Directory → Publish update…: sign the records of your countries into an update file."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from referral_desk.domain.languages import UI_LANGUAGES

if TYPE_CHECKING:
    from referral_desk.services.desk import Desk

ERROR_STYLE = "color: #b00000"
MAX_SEQUENCE = 2**31 - 1


class PublishDialog(QDialog):
    """Key, passphrase, publisher, countries, sequence, release notes in each language, file."""

    def __init__(self, parent: QWidget | None, desk: Desk) -> None:
        super().__init__(parent)
        self.desk = desk
        self.written: Path | None = None
        self.key_path = QLineEdit(self)
        self.key_button = QPushButton(self.tr("Choose…"), self)
        self.key_button.clicked.connect(self._choose_key)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.publisher = QLineEdit(self)
        self.publisher.setPlaceholderText(self.tr("e.g. at-coordinator"))
        self.publisher.editingFinished.connect(self._suggest_sequence)
        self.countries = QLineEdit(self)
        self.countries.setPlaceholderText(self.tr("e.g. AT (empty: the countries of your key)"))
        self.sequence = QSpinBox(self)
        self.sequence.setRange(1, MAX_SEQUENCE)
        self.stale_days = QSpinBox(self)
        self.stale_days.setRange(1, 3650)
        self.stale_days.setValue(90)
        self.notes: dict[str, QPlainTextEdit] = {}
        self.output = QLineEdit(self)
        self.output_button = QPushButton(self.tr("Choose…"), self)
        self.output_button.clicked.connect(self._choose_output)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(
            self._label(self.tr("Secret &key file:"), self.key_path),
            self._with_button(self.key_path, self.key_button),
        )
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("P&ublisher id:"), self.publisher)
        form.addRow(self.tr("&Countries:"), self.countries)
        form.addRow(self.tr("&Sequence number:"), self.sequence)
        form.addRow(self.tr("Posts warn after (&days):"), self.stale_days)
        notes_row = QHBoxLayout()
        for code, name in UI_LANGUAGES.items():
            column = QVBoxLayout()
            box = QPlainTextEdit(self)
            box.setTabChangesFocus(True)
            box.setAccessibleName(self.tr("Release notes in {language}").format(language=name))
            label = QLabel(name, self)
            label.setBuddy(box)
            column.addWidget(label)
            column.addWidget(box)
            notes_row.addLayout(column)
            self.notes[code] = box
        # a row that holds a layout gets no buddy of its own: the mnemonic goes to English's
        form.addRow(self._label(self.tr("Release &notes:"), self.notes["en"]), notes_row)
        form.addRow(
            self._label(self.tr("Save &as:"), self.output),
            self._with_button(self.output, self.output_button),
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.publish_button = QPushButton(self.tr("&Publish"), self)
        self.buttons.addButton(self.publish_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.publish)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Publish a directory update"))
        self.resize(820, 560)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _with_button(self, line: QLineEdit, button: QPushButton) -> QWidget:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(line)
        row.addWidget(button)
        return holder

    def _choose_key(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Your secret key"), "", self.tr("minisign secret keys (*.key)")
        )
        if chosen:
            self.key_path.setText(chosen)

    def _choose_output(self) -> None:
        from referral_desk.exchange.bundle import SUFFIX

        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the update as"), f"update{SUFFIX}", f"*{SUFFIX}"
        )
        if chosen:
            self.output.setText(chosen)

    def _suggest_sequence(self) -> None:
        """One more than the update of this publisher in force here."""
        publisher = self.publisher.text().strip()
        for status in self.desk.updates.status():
            if status.publisher == publisher:
                self.sequence.setValue(max(self.sequence.value(), status.sequence + 1))

    def _fail(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def publish(self) -> None:
        from referral_desk.exchange.keys import read_secret_key_file
        from referral_desk.exchange.minisign import MinisignError
        from referral_desk.exchange.refusals import UpdateRefused
        from referral_desk.exchange.trust import TrustError

        publisher = self.publisher.text().strip()
        notes = {code: box.toPlainText().strip() for code, box in self.notes.items()}
        if not self.key_path.text().strip() or not publisher or not self.output.text().strip():
            self._fail(self.tr("Choose your key, say who publishes and where to save the update."))
            return
        if not notes.get("en"):
            self._fail(self.tr("Write the release notes at least in English."))
            return
        try:
            key = read_secret_key_file(
                Path(self.key_path.text().strip()), self.passphrase.text() or None
            )
        except (MinisignError, TrustError) as error:
            self._fail(error.sentence(QCoreApplication.translate))
            return
        key_id = key.public_key().id_hex
        known = [k.countries for k in list(self.desk.updates.keys()) if k.key_id == key_id]
        typed = [c.strip().upper() for c in self.countries.text().split(",") if c.strip()]
        countries = tuple(typed) or (known[0] if known else ())
        if not countries:
            self._fail(self.tr("This database does not know your key: name your countries."))
            return
        try:
            data = self.desk.updates.publish(
                key,
                publisher,
                countries,
                self.sequence.value(),
                {code: text for code, text in notes.items() if text},
                stale_after_days=self.stale_days.value(),
            )
        except UpdateRefused as error:
            self._fail(error.sentence(QCoreApplication.translate))
            return
        except ValueError as error:
            self._fail(str(error))
            return
        path = Path(self.output.text().strip())
        try:
            path.write_bytes(data)
        except OSError as error:
            self._fail(
                self.tr("Cannot write {path}: {error}").format(path=path, error=error.strerror)
            )
            return
        self.written = path
        self.digest = hashlib.sha256(data).hexdigest()
        self.accept()

    @staticmethod
    def ask(parent: QWidget | None, desk: Desk) -> Path | None:
        """Show the dialog; the update file written, or None."""
        dialog = PublishDialog(parent, desk)
        try:
            return dialog.written if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
