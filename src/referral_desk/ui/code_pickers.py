"""Searchable pickers of countries and languages, named in the UI language (CLDR, via Babel)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from referral_desk.domain.codes import countries_by_name, find_country, languages_by_name
from referral_desk.domain.region_names import find_region, region_name, regions_of


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
    fill_countries(combo, lang, blank)
    _searchable(combo)
    combo.setAccessibleName(accessible_name)
    return combo


def fill_countries(combo: QComboBox, lang: str, blank: str | None = None) -> None:
    """List every country named in ``lang`` (again, on a change of language), after the
    ``blank`` item for none; the country chosen stays chosen."""
    chosen = combo.currentData() if combo.count() else None
    blocked = combo.blockSignals(True)
    combo.clear()
    if blank is not None:
        combo.addItem(blank, "")
    for name, code in countries_by_name(lang):
        combo.addItem(f"{name} ({code})", code)
    if chosen is not None:
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(blocked)


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


def region_picker(parent: QWidget, accessible_name: str) -> QComboBox:
    """A country's regions in the UI language (their English names as data); any text typed."""
    combo = QComboBox(parent)
    _searchable(combo)
    combo.setAccessibleName(accessible_name)
    return combo


def fill_regions(combo: QComboBox, country: str | None, lang: str, keep: str | None = None) -> None:
    """List ``country``'s regions named in ``lang``, with a blank first; select ``keep``."""
    combo.clear()
    combo.addItem("", "")
    for name in regions_of(country):
        combo.addItem(region_name(country, name, lang), name)
    choose_region(combo, keep)


def follow_country(
    country: QComboBox, region: QComboBox, lang: str, listed: str | None
) -> str | None:
    """The country ``country`` names now (picked or typed); ``region`` lists its regions
    when they are not those of ``listed`` already, keeping the region picked if it has it."""
    code = find_country(picked_text(country))
    if code != listed:
        fill_regions(region, code, lang, picked_region(region, code))
    return code


def choose_region(combo: QComboBox, name: str | None) -> None:
    """Select the region named ``name`` (its English name); another name is shown as typed."""
    index = combo.findData(name or "")
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(name or "")


def picked_region(combo: QComboBox, country: str | None) -> str:
    """The English name of the chosen or typed region; text that names none as typed."""
    index = combo.currentIndex()
    if index >= 0 and combo.itemText(index) == combo.currentText():
        return str(combo.itemData(index) or "")
    return find_region(combo.currentText(), country)


def time_zone_picker(parent: QWidget, accessible_name: str, current: str) -> QComboBox:
    """Every IANA zone of a region ("Europe/Sofia"), searchable by any part; ``current`` shown."""
    from zoneinfo import available_timezones

    combo = QComboBox(parent)
    zones = (z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))
    combo.addItems(sorted(zones))
    _searchable(combo)
    combo.setCurrentText(current)
    combo.setAccessibleName(accessible_name)
    return combo
