"""Searchable pickers of countries and languages, named in the UI language (CLDR, via Babel)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from referral_desk.domain.codes import countries_by_name, languages_by_name


def _searchable(combo: QComboBox) -> None:
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)


def searchable(combo: QComboBox) -> None:
    """Let a picker take typing and find an item by any part of its name."""
    _searchable(combo)


def country_picker(
    parent: QWidget, lang: str, accessible_name: str, blank: str | None = None
) -> QComboBox:
    """Every country as "Name (CODE)", by name in ``lang``; type any part to find one.

    With ``blank`` the first item stands for "no country" (its code is empty).
    """
    combo = QComboBox(parent)
    if blank is not None:
        combo.addItem(blank, "")
    for name, code in countries_by_name(lang):
        combo.addItem(f"{name} ({code})", code)
    _searchable(combo)
    combo.setAccessibleName(accessible_name)
    return combo


def language_picker(parent: QWidget, lang: str, accessible_name: str) -> QComboBox:
    """Every language as "Name (code)", by name in ``lang``, searchable like the countries."""
    combo = QComboBox(parent)
    combo.addItem("", "")
    for name, code in languages_by_name(lang):
        combo.addItem(f"{name} ({code})", code)
    _searchable(combo)
    combo.setAccessibleName(accessible_name)
    return combo


def picked_text(combo: QComboBox) -> str:
    """The code of the chosen item, or what was typed when it matches no item as written."""
    index = combo.currentIndex()
    if index >= 0 and combo.itemText(index) == combo.currentText():
        return str(combo.itemData(index) or "")
    return combo.currentText()


def choose_code(combo: QComboBox, code: str | None) -> None:
    """Select the item of ``code`` (the blank item for none); an unknown code is shown as typed."""
    index = combo.findData(code or "")
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setCurrentText(code or "")
