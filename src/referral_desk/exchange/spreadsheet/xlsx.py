"""The directory workbook as XLSX, written and read with openpyxl.

Written in openpyxl's write-only mode (rows streamed to the file): a read-me
sheet first, one sheet per table with notes on its headers and drop-down
lists on its columns, and the lists on a hidden last sheet. Read with
python-calamine, which is several times faster; a workbook that holds a
formula anywhere is read with openpyxl instead, which sees the formula as
written, so the import names its cell and refuses it rather than taking the
value it last showed (or nothing, when no program computed it).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from referral_desk.exchange.spreadsheet.build import SheetTable
from referral_desk.exchange.spreadsheet.columns import OPEN_CHOICES, SHEETS, Choices
from referral_desk.exchange.spreadsheet.export_rows import JsonObject, sheet_rows
from referral_desk.exchange.spreadsheet.layout import Layout, list_letter
from referral_desk.exchange.spreadsheet.sheet_reading import cell_text, sort_out

MAX_ROW = 1_048_576
FORMULA_ELEMENT = re.compile(rb"<(?:\w+:)?f[\s>/]")  # a cell's formula in the sheet's XML
CHUNK = 1 << 20
AUTHOR = "Referral Desk"


def write_xlsx(
    content: JsonObject,
    path: Path,
    layout: Layout,
    with_addresses: bool,
    progress: Callable[[int], None],
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook(write_only=True)
    book.properties.creator = AUTHOR
    book.properties.title = layout.notice()
    if layout.confidential:
        book.properties.keywords = "CONFIDENTIAL"
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE7F0")
    warning = Font(bold=True, color="B00000")
    lists = layout.lists()
    ranges = {
        item.choices: f"'{layout.lists_title}'!${list_letter(2 * i)}$2:"
        f"${list_letter(2 * i)}${len(item.values) + 1}"
        for i, item in enumerate(lists)
    }

    readme = book.create_sheet(layout.readme_title)
    readme.column_dimensions["A"].width = 28
    readme.column_dimensions["B"].width = 48
    readme.column_dimensions["C"].width = 90
    for index, row in enumerate(layout.readme_rows()):
        cells = [_text_cell(WriteOnlyCell(readme), value) for value in row]
        if index == 0:
            cells[0].font = warning if layout.confidential else bold
        elif index == 3:
            for cell in cells:
                cell.font = bold
        readme.append(cells)

    done = 0
    for sheet in SHEETS:
        ws = book.create_sheet(layout.title(sheet))
        ws.freeze_panes = "B2"
        columns = layout.columns(sheet)
        header: list[Any] = []
        for position, (text, note, (column, _field)) in enumerate(
            zip(layout.headers(sheet), layout.notes(sheet), columns, strict=True)
        ):
            cell = _text_cell(WriteOnlyCell(ws), text)
            cell.font = bold
            cell.fill = header_fill
            cell.comment = Comment(note, AUTHOR, width=300, height=120)
            header.append(cell)
            letter = list_letter(position)
            ws.column_dimensions[letter].width = min(max(len(text) + 2, 12), 40)
            if column.choices is not None and column.kind.value in ("choice", "yes_no"):
                ws.data_validations.append(
                    _validation(DataValidation, column.choices, ranges, letter)
                )
        ws.append(header)
        for row in sheet_rows(sheet, content, layout.languages, with_addresses):
            if any(value.startswith("=") for value in row):
                ws.append([_text_cell(WriteOnlyCell(ws), value) for value in row])
            else:
                ws.append(row)
            done += 1
            if done % 1000 == 0:
                progress(done)

    sheet_of_lists = book.create_sheet(layout.lists_title)
    sheet_of_lists.sheet_state = "hidden"
    header_row: list[str] = []
    for item in lists:
        header_row += [item.header, ""]
    sheet_of_lists.append(header_row)
    longest = max(len(item.values) for item in lists)
    for index in range(longest):
        list_row: list[str] = []
        for item in lists:
            value = item.values[index] if index < len(item.values) else ""
            name = item.names[index] if item.names and index < len(item.values) else ""
            list_row += [value, name]
        sheet_of_lists.append(list_row)
    book.save(path)
    progress(done)


def _text_cell(cell: Any, value: str) -> Any:
    """A cell that holds ``value`` as text, even one that starts with '=' like a formula."""
    cell.value = value
    cell.data_type = "s"
    return cell


def _validation(kind: Any, choices: Choices, ranges: dict[Choices, str], letter: str) -> Any:
    validation = kind(
        type="list",
        formula1=f"={ranges[choices]}",
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="warning" if choices in OPEN_CHOICES else "stop",
    )
    validation.add(f"{letter}2:{letter}{MAX_ROW}")
    return validation


def has_formulas(path: Path) -> bool:
    """Whether any sheet of the workbook holds a formula (its XML read as bytes, no parsing)."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            with archive.open(name) as sheet:
                tail = b""
                while chunk := sheet.read(CHUNK):
                    if FORMULA_ELEMENT.search(tail + chunk):
                        return True
                    tail = chunk[-16:]
    return False


def read_xlsx(path: Path) -> list[SheetTable]:
    """Every sheet of the workbook that holds a table (the lists and the read-me left out)."""
    if not has_formulas(path):
        from referral_desk.exchange.spreadsheet.ods import read_with_calamine

        return read_with_calamine(path)
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=False)
    try:
        tables = []
        for ws in book.worksheets:
            rows = [[cell_text(value) for value in row] for row in ws.iter_rows(values_only=True)]
            found = sort_out(ws.title, rows)
            if found is not None:
                tables.append(found)
        return tables
    finally:
        book.close()
