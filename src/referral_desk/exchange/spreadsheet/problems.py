"""Where a problem in a workbook is (file, sheet, row, column) and how it reads in words.

The messages are those of the HSDS exchange (``hsds/problems.py``), so an
import says the same thing about the same mistake in every format; only the
place is worded for a spreadsheet: the sheet's tab, the row number a
spreadsheet shows, and the column's header.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from referral_desk.domain.codes import language_name_in_text
from referral_desk.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from referral_desk.exchange.hsds.problems import CONTEXT as HSDS_CONTEXT
from referral_desk.exchange.hsds.problems import MESSAGES, REASONS, WORDS, Code, filled
from referral_desk.exchange.spreadsheet.columns import (
    CONTEXT,
    SHEET_BY_KEY,
    Kind,
)

MAX_PROBLEMS = 200
SHEET = QT_TRANSLATE_NOOP("Spreadsheet", "sheet {sheet}")
ROW = QT_TRANSLATE_NOOP("Spreadsheet", "row {row}")
COLUMN = QT_TRANSLATE_NOOP("Spreadsheet", "column {column}")


def sheet_title(key: str, translate: Translate = untranslated) -> str:
    sheet = SHEET_BY_KEY.get(key)
    return translate(CONTEXT, sheet.title) if sheet else key


def column_header(
    sheet_key: str, field_name: str, translate: Translate = untranslated, lang: str = "en"
) -> str:
    """The header of a column as the export writes it: ``Label (field)``."""
    sheet = SHEET_BY_KEY.get(sheet_key)
    stem, _, text_lang = field_name.partition(".")
    for column in sheet.columns if sheet else ():
        if column.field == stem and (bool(text_lang) == (column.kind is Kind.LANGUAGES)):
            label = translate(CONTEXT, column.label)
            if text_lang:
                label = f"{label} – {language_name_in_text(text_lang, lang) or text_lang}"
            return f"{label} ({field_name})"
    return field_name


class SheetPlace(NamedTuple):
    """A spot in a workbook: the file, the sheet (by key), the row as shown, the column."""

    file: str
    sheet: str = ""
    row: int | None = None
    field: str = ""

    def at(self, field: str) -> SheetPlace:
        return SheetPlace(self.file, self.sheet, self.row, field)

    def text(self, translate: Translate = untranslated, lang: str = "en") -> str:
        parts = [self.file]
        if self.sheet:
            title = sheet_title(self.sheet, translate)
            parts.append(translate(CONTEXT, SHEET).replace("{sheet}", title))
        if self.row is not None:
            parts.append(translate(CONTEXT, ROW).replace("{row}", str(self.row)))
        if self.field:
            header = column_header(self.sheet, self.field, translate, lang)
            parts.append(translate(CONTEXT, COLUMN).replace("{column}", header))
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class SheetProblem:
    """One finding in a workbook: where, what (a code), and the values the message names."""

    place: SheetPlace
    code: Code
    params: dict[str, str] = field(default_factory=dict)
    other: SheetPlace | None = None

    def message(self, translate: Translate = untranslated, lang: str = "en") -> str:
        params = dict(self.params)
        if params.get("reason") in REASONS:
            params["reason"] = translate(HSDS_CONTEXT, REASONS[params["reason"]])
        for key in ("expected", "found"):
            if params.get(key) in WORDS:
                params[key] = translate(HSDS_CONTEXT, WORDS[params[key]])
        if "table" in params:
            params["table"] = sheet_title(params["table"], translate)
        if self.other is not None:
            params["other"] = self.other.text(translate, lang)
        text = filled(translate(HSDS_CONTEXT, MESSAGES[self.code]), params)
        return f"{self.place.text(translate, lang)}: {text}"

    def __str__(self) -> str:
        return self.message()


class SheetError(Exception):
    """A workbook cannot be imported; ``problems`` says where and why, each one."""

    def __init__(self, problems: list[SheetProblem]) -> None:
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"The spreadsheet cannot be imported:\n{shown}{more}")


class SheetFindings:
    """Errors (which refuse the import) and report items (what was not kept)."""

    def __init__(self) -> None:
        self.errors: list[SheetProblem] = []
        self.report: list[SheetProblem] = []
        self.error_count = 0

    def error(
        self, place: SheetPlace, code: Code, other: SheetPlace | None = None, **params: str
    ) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_PROBLEMS:
            self.errors.append(SheetProblem(place, code, params, other))

    def note(self, place: SheetPlace, code: Code, **params: str) -> None:
        self.report.append(SheetProblem(place, code, params))

    def raise_errors(self) -> None:
        if self.errors:
            raise SheetError(self.errors)
