"""What every workbook format shows the same way: headers, notes, drop-down lists, read-me.

The formats (XLSX, ODS, CSV) only render these: headers are ``Label (field)``
in the exporter's language, each column has a note, and each drop-down list
is a column of the sheet "Lists" with its values' names beside them.
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import available_timezones

from referral_desk.domain import labels
from referral_desk.domain.codes import country_codes, country_name, language_codes, language_name
from referral_desk.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from referral_desk.domain.vocab import Category, PhoneType, Population, ReferralMethod
from referral_desk.exchange.spreadsheet.columns import (
    CONTEXT,
    FIXED_CHOICES,
    LISTS_TITLE,
    README_TITLE,
    SHEETS,
    Choices,
    Column,
    Sheet,
    column_fields,
)
from referral_desk.exchange.spreadsheet.problems import column_header

LIST_PREFIX = "list_"
README_FIELDS = ("readme_sheet", "readme_column", "readme_note")
CONFIDENTIAL = QT_TRANSLATE_NOOP(
    "Spreadsheet",
    "CONFIDENTIAL: this file holds the addresses of confidential locations such as "
    "shelters. Keep it safe; do not publish it or pass it on.",
)
LEFT_OUT = QT_TRANSLATE_NOOP(
    "Spreadsheet",
    "The addresses of confidential locations are left out of this file; importing it "
    "back keeps the addresses already held.",
)
HOW_TO = QT_TRANSLATE_NOOP(
    "Spreadsheet",
    "One sheet per table. Keep the names in brackets in the headers: the import reads "
    "them. Each header has a note on what the column holds; drop-down lists offer the "
    "allowed values. The import takes the whole file or nothing and names the sheet, "
    "row and column of every problem.",
)
LIST_TITLES: dict[Choices, str] = {
    Choices.YES_NO: QT_TRANSLATE_NOOP("Spreadsheet", "Yes or no"),
    Choices.COUNTRY: QT_TRANSLATE_NOOP("Spreadsheet", "Countries"),
    Choices.LANGUAGE: QT_TRANSLATE_NOOP("Spreadsheet", "Languages"),
    Choices.TIMEZONE: QT_TRANSLATE_NOOP("Spreadsheet", "Time zones"),
    Choices.TAXONOMY: QT_TRANSLATE_NOOP("Spreadsheet", "Taxonomies"),
    Choices.CATEGORY: QT_TRANSLATE_NOOP("Spreadsheet", "Categories"),
    Choices.ROLE: QT_TRANSLATE_NOOP("Spreadsheet", "Roles"),
    Choices.POPULATION: QT_TRANSLATE_NOOP("Spreadsheet", "Populations"),
    Choices.PHONE_TYPE: QT_TRANSLATE_NOOP("Spreadsheet", "Phone types"),
    Choices.DAYS: QT_TRANSLATE_NOOP("Spreadsheet", "Days"),
    Choices.REFERRAL_METHOD: QT_TRANSLATE_NOOP("Spreadsheet", "Referral methods"),
    Choices.GENDER: QT_TRANSLATE_NOOP("Spreadsheet", "Genders"),
    Choices.NATIONALITY_STATUS: QT_TRANSLATE_NOOP("Spreadsheet", "Nationality"),
}
NAME = QT_TRANSLATE_NOOP("Spreadsheet", "Name")
SHEET_WORD = QT_TRANSLATE_NOOP("Spreadsheet", "Sheet")
COLUMN_WORD = QT_TRANSLATE_NOOP("Spreadsheet", "Column")
NOTE_WORD = QT_TRANSLATE_NOOP("Spreadsheet", "What it holds")


@dataclass(frozen=True)
class ListColumn:
    """One drop-down list: its values (codes) and, where there are any, their names."""

    choices: Choices
    header: str
    values: tuple[str, ...]
    names: tuple[str, ...] | None


@dataclass(frozen=True)
class Layout:
    """Everything a format writes besides the records, in the exporter's language."""

    languages: tuple[str, ...]
    translate: Translate
    lang: str
    confidential: bool

    def tr(self, text: str) -> str:
        return self.translate(CONTEXT, text)

    def title(self, sheet: Sheet) -> str:
        """The sheet's tab: its title, cut to the 31 characters spreadsheets allow."""
        return _tab(self.tr(sheet.title))

    @property
    def lists_title(self) -> str:
        return _tab(self.tr(LISTS_TITLE))

    @property
    def readme_title(self) -> str:
        return _tab(self.tr(README_TITLE))

    def columns(self, sheet: Sheet) -> list[tuple[Column, str]]:
        return [(column, field) for column, field, _lang in column_fields(sheet, self.languages)]

    def headers(self, sheet: Sheet) -> list[str]:
        return [
            column_header(sheet.key, field, self.translate, self.lang)
            for _column, field in self.columns(sheet)
        ]

    def notes(self, sheet: Sheet) -> list[str]:
        return [self.tr(column.note) for column, _field in self.columns(sheet)]

    def notice(self) -> str:
        return self.tr(CONFIDENTIAL if self.confidential else LEFT_OUT)

    def lists(self) -> list[ListColumn]:
        out = []
        for choices in Choices:
            values, names = self._values(choices)
            header = f"{self.tr(LIST_TITLES[choices])} ({LIST_PREFIX}{choices.value})"
            out.append(ListColumn(choices, header, values, names))
        return out

    def _values(self, choices: Choices) -> tuple[tuple[str, ...], tuple[str, ...] | None]:
        tr = self.translate
        if choices is Choices.COUNTRY:
            codes = tuple(sorted(country_codes()))
            return codes, tuple(country_name(c, self.lang) for c in codes)
        if choices is Choices.LANGUAGE:
            codes = tuple(sorted(c for c in language_codes() if len(c) == 2))
            return codes, tuple(language_name(c, self.lang) for c in codes)
        if choices is Choices.TIMEZONE:
            zones = sorted(z for z in available_timezones() if z.startswith("Europe/"))
            return tuple(zones), None
        enums = {
            Choices.CATEGORY: Category,
            Choices.POPULATION: Population,
            Choices.PHONE_TYPE: PhoneType,
            Choices.REFERRAL_METHOD: ReferralMethod,
        }
        codes = FIXED_CHOICES[choices]
        if choices in enums:
            return codes, tuple(labels.code_label(enums[choices], c, tr) for c in codes)
        if choices is Choices.ROLE:
            return codes, tuple(labels.role_label(c, tr) for c in codes)
        return codes, None

    def readme_rows(self) -> list[list[str]]:
        """The read-me sheet: the notice, how to fill it in, then every column explained."""
        rows = [[self.notice(), "", ""], [self.tr(HOW_TO), "", ""], ["", "", ""]]
        rows.append(
            [
                f"{self.tr(SHEET_WORD)} ({README_FIELDS[0]})",
                f"{self.tr(COLUMN_WORD)} ({README_FIELDS[1]})",
                f"{self.tr(NOTE_WORD)} ({README_FIELDS[2]})",
            ]
        )
        for sheet in SHEETS:
            rows.append([self.title(sheet), "", self.tr(sheet.note)])
            for header, note in zip(self.headers(sheet), self.notes(sheet), strict=True):
                rows.append(["", header, note])
        return rows


def list_letter(index: int) -> str:
    """The spreadsheet column letters of a 0-based column index (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _tab(title: str) -> str:
    for bad in "[]:*?/\\":
        title = title.replace(bad, " ")
    return title[:31]


def english() -> Layout:
    return Layout(("en", "bg", "de"), untranslated, "en", False)
