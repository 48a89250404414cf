"""A record copied as plain text to the clipboard, or saved as a vCard for a phone's contacts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from referral_desk.domain.hours_text import hours_text
from referral_desk.ui.plain_text import message

if TYPE_CHECKING:
    from referral_desk.domain.entities import Detail


def _translate_core(context: str, text: str) -> str:
    return QApplication.translate(context, text)


class RecordExport(QObject):
    """Copy and Export vCard for the record in the detail pane."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent

    def copy(self, detail: Detail, lang: str, now: datetime, *, sample: bool) -> None:
        """The record's name and every way to reach it, as plain text on the clipboard
        (with a word that it is sample data, when it is)."""
        from referral_desk.sheets.plain import detail_as_text

        text = detail_as_text(detail, lang, now, _translate_core, sample=sample)
        QGuiApplication.clipboard().setText(text)

    def save_vcard(self, detail: Detail, lang: str) -> Path | None:
        """Ask where, and write the record as a vCard there; the file written, or None."""
        from referral_desk.exchange.vcard import detail_as_vcard, vcard_file_name

        suggested = str(Path.home() / vcard_file_name(detail, lang))
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export vCard"), suggested, self.tr("vCard files (*.vcf)")
        )
        if not path:
            return None
        if not path.lower().endswith(".vcf"):
            path += ".vcf"
        note = [detail.description.get(lang), detail.referral_notes.get(lang)]
        if detail.hours and detail.timezone:
            note.append(f"{hours_text(detail.hours, _translate_core)} ({detail.timezone})")
        try:
            with open(path, "w", encoding="utf-8", newline="") as stream:
                stream.write(detail_as_vcard(detail, lang, "\n".join(n for n in note if n)))
        except OSError as error:
            message(
                self.window,
                self.tr("Export vCard"),
                self.tr("Cannot write the file: {error}").format(error=error.strerror),
            )
            return None
        return Path(path)
