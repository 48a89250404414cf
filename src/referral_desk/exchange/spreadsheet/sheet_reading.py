"""Cells as read from a spreadsheet program, made text again; a sheet known by its headers.

A sheet is recognized by the machine names in its headers, not by its tab,
which is in the exporter's language (and may have been renamed).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from referral_desk.exchange.spreadsheet.build import SheetTable
from referral_desk.exchange.spreadsheet.columns import (
    NO,
    SHEETS,
    TEXT_LANGUAGES,
    YES,
    column_fields,
    header_field,
)
from referral_desk.exchange.spreadsheet.layout import LIST_PREFIX, README_FIELDS

SHEET_FIELDS = {
    sheet.key: {field for _c, field, _l in column_fields(sheet, TEXT_LANGUAGES)} for sheet in SHEETS
}


def cell_text(value: Any) -> str:
    """A cell's value as the text it stands for (a number 1010.0 is "1010")."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0) and value.year > 1900:
            return value.date().isoformat()
        if value.date() <= date(1900, 1, 1):  # a time of day, which Excel counts from 1899
            return value.strftime("%H:%M")
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, timedelta):
        minutes = int(value.total_seconds() // 60)
        return f"{minutes // 60:02}:{minutes % 60:02}"
    return str(value)


def identify(fields: list[str | None], name: str = "") -> str | None:
    """The key of the sheet whose columns these are; None for the lists, the read-me, or
    a sheet that is not one of ours."""
    if name in SHEET_FIELDS:
        return name
    given = {f for f in fields if f}
    if not given or all(f.startswith(LIST_PREFIX) or f in README_FIELDS for f in given):
        return None
    best, score = None, 0
    for key, known in SHEET_FIELDS.items():
        stems = {f.split(".")[0] for f in known}
        here = {f.split(".")[0] for f in given}
        value = len(here & stems) * 2 - len(here - stems) - len(stems - here)
        if value > score:
            best, score = key, value
    return best


def sort_out(name: str, rows: list[list[str]]) -> SheetTable | None:
    """One sheet's rows (as text) as a table of ours, or as a table we have no place for
    (its key the tab's name, no columns); None for the lists and the read-me."""
    for index, header in enumerate(rows[:5]):
        fields = [header_field(cell) for cell in header]
        given = [f for f in fields if f]
        if not given:
            continue
        if all(f.startswith(LIST_PREFIX) or f in README_FIELDS for f in given):
            return None
        key = identify(fields, name)
        if key is None:
            break
        data = [
            (number, cells)
            for number, cells in enumerate(rows[index + 1 :], start=index + 2)
            if any(cell.strip() for cell in cells)
        ]
        return SheetTable(key, fields, data)
    data = [(n, cells) for n, cells in enumerate(rows, 1) if any(c.strip() for c in cells)]
    return SheetTable(name, [], data) if data else None
