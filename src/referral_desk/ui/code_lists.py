"""The record form's controlled values as names in the UI language: the options of each list."""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from referral_desk.domain import labels as vocabulary
from referral_desk.domain.codes import countries_by_name, languages_by_name
from referral_desk.domain.editing import DAY_CODES, CodeList
from referral_desk.domain.region_names import region_name, regions_of
from referral_desk.domain.vocab import (
    Category,
    GenderServed,
    NationalityStatus,
    PhoneType,
    Population,
    ReferralMethod,
    Repeat,
    Role,
)
from referral_desk.ui.code_pickers import searchable

ENUMS: dict[CodeList, type[StrEnum]] = {
    CodeList.CATEGORY: Category,
    CodeList.ROLE: Role,
    CodeList.POPULATION: Population,
    CodeList.REFERRAL_METHOD: ReferralMethod,
    CodeList.GENDER: GenderServed,
    CodeList.NATIONALITY_STATUS: NationalityStatus,
    CodeList.PHONE_TYPE: PhoneType,
    CodeList.REPEAT: Repeat,
}
# Lists so long that a person types to find a value rather than looks down a list.
SEARCHED = frozenset({CodeList.LANGUAGE, CodeList.COUNTRY, CodeList.TIME_ZONE, CodeList.REGION})


@cache
def _time_zones() -> tuple[str, ...]:
    return tuple(sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/")))


def options(code_list: CodeList, lang: str, country: str = "") -> list[tuple[str, str]]:
    """(name shown, code stored) of each value of ``code_list``; regions are ``country``'s."""
    translate = QCoreApplication.translate
    if code_list in ENUMS:
        return [(vocabulary.label(v, translate), v.value) for v in ENUMS[code_list]]
    if code_list is CodeList.LANGUAGE:
        return [(f"{name} ({code})", code) for name, code in languages_by_name(lang)]
    if code_list is CodeList.COUNTRY:
        return [(f"{name} ({code})", code) for name, code in countries_by_name(lang)]
    if code_list is CodeList.WEEKDAYS:
        return [(vocabulary.day_name(i, translate), code) for i, code in enumerate(DAY_CODES)]
    if code_list is CodeList.REGION:
        return [(region_name(country, r, lang), r) for r in regions_of(country)]
    return [(zone, zone) for zone in _time_zones()]


def shown_name(code_list: CodeList, code: str, lang: str, country: str = "") -> str:
    """The name of one stored code (several days: each named); an unknown code as written."""
    if code_list is CodeList.WEEKDAYS:
        names = dict((c, n) for n, c in options(code_list, lang))
        return ", ".join(names.get(day.strip(), day.strip()) for day in code.split(",") if day)
    return next((name for name, c in options(code_list, lang, country) if c == code), code)


def code_combo(
    parent: QWidget, code_list: CodeList, lang: str, country: str = "", blank: str = ""
) -> QComboBox:
    """A picker of one value of ``code_list`` (a blank first item for none); long ones searchable.

    Long lists also take typing: a value typed that is not in the list is given back as
    typed (see ``code_pickers.picked_text``), so the form's checks can name it.
    """
    combo = QComboBox(parent)
    combo.addItem(blank, "")
    for name, code in options(code_list, lang, country):
        combo.addItem(name, code)
    if code_list in SEARCHED:
        searchable(combo)
    combo.setMaxVisibleItems(20)
    return combo


def set_code(combo: QComboBox, code: str | None) -> None:
    """Select ``code``'s item; a code the list does not hold is kept as an item of its own."""
    index = combo.findData(code or "")
    if index < 0:
        combo.addItem(code or "", code or "")
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def picked_code(combo: QComboBox) -> str:
    """The code of the chosen item, or the text typed when it names no item."""
    index = combo.currentIndex()
    if index >= 0 and (not combo.isEditable() or combo.itemText(index) == combo.currentText()):
        return str(combo.itemData(index) or "")
    typed = combo.currentText().strip()
    found = combo.findText(typed, Qt.MatchFlag.MatchFixedString)
    return str(combo.itemData(found) or "") if found >= 0 else typed
