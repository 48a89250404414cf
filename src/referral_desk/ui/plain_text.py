"""Text from data on screen as plain text: Qt guesses HTML in tooltips, labels and message boxes.

A directory may hold ``<img src="file:///…">`` in a name; shown where Qt guesses rich
text, the app would read that file and draw it. Tooltips get the text escaped, labels
and message boxes are told the text is plain.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it as written (escaped, line breaks kept)."""
    if not text:
        return ""
    lines = (escape(line, quote=False) for line in text.split("\n"))
    return '<p style="white-space:pre-wrap">' + "<br>".join(lines) + "</p>"


def plain(label: QLabel) -> QLabel:
    """The label shows its text as written, never as HTML; returns it."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A Yes/No question (No the default) whose text is plain text; True for Yes."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box.exec() == QMessageBox.StandardButton.Yes


def message(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> None:
    """A modal message box whose text (often naming a file or a record) is plain text."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
