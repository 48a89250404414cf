"""The directory workbook as OpenDocument (ODS): written with odfpy, read with python-calamine.

The same sheets as the XLSX workbook: the read-me, one sheet per table with an
annotation on each header and content validations (drop-down lists) on its
columns, and the lists last. odfpy builds the whole document in memory, which
takes minutes for a large directory; so it writes the workbook without the
records, one marker row in each table, and the records are streamed in place
of the markers into the file's ``content.xml`` with the standard library's
SAX writer (``ods_rows``), a row at a time.

Read with python-calamine; a formula is read as the formula, never as the
value it last showed, and refused like one in an XLSX workbook.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from referral_desk.exchange.spreadsheet.build import SheetTable
from referral_desk.exchange.spreadsheet.columns import OPEN_CHOICES, SHEETS
from referral_desk.exchange.spreadsheet.export_rows import JsonObject, sheet_rows
from referral_desk.exchange.spreadsheet.layout import Layout, list_letter
from referral_desk.exchange.spreadsheet.ods_rows import CONTENT, RowSource, marker, stream_rows
from referral_desk.exchange.spreadsheet.sheet_reading import cell_text, sort_out

EMPTY_ROWS_WITH_LISTS = 2000  # rows below the data that still offer the drop-down lists
CHUNK = 1 << 20
FORMULA_ATTRIBUTE = b"table:formula="
TABLE_NS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TABLE, ROW = f"{TABLE_NS}table", f"{TABLE_NS}table-row"
CELLS = (f"{TABLE_NS}table-cell", f"{TABLE_NS}covered-table-cell")
TABLE_NAME, FORMULA = f"{TABLE_NS}name", f"{TABLE_NS}formula"
ROWS_REPEATED = f"{TABLE_NS}number-rows-repeated"
COLUMNS_REPEATED = f"{TABLE_NS}number-columns-repeated"
Formulas = dict[str, dict[tuple[int, int], str]]


def write_ods(
    content: JsonObject,
    path: Path,
    layout: Layout,
    with_addresses: bool,
    progress: Callable[[int], None],
) -> None:
    from odf.office import Annotation
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties
    from odf.table import ContentValidation, ContentValidations, Table, TableColumn, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    document.meta.addElement(_meta_title(layout.notice()))
    bold = Style(name="header", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    document.automaticstyles.addElement(bold)
    wide = Style(name="wide", family="table-column")
    wide.addElement(TableColumnProperties(columnwidth="5cm"))
    document.automaticstyles.addElement(wide)
    validations = ContentValidations()
    lists = layout.lists()
    lists_title = layout.lists_title
    for index, item in enumerate(lists):
        letter = list_letter(2 * index)
        cells = f"$'{lists_title}'.${letter}$2:${letter}${len(item.values) + 1}"
        validation = ContentValidation(
            name=f"list_{item.choices.value}",
            condition=f"of:cell-content-is-in-list({cells})",
            allowemptycell="true",
            displaylist="sorted-ascending",
        )
        from odf.table import ErrorMessage

        validation.addElement(
            ErrorMessage(
                display="true",
                messagetype="warning" if item.choices in OPEN_CHOICES else "stop",
            )
        )
        validations.addElement(validation)
    document.spreadsheet.addElement(validations)

    readme = Table(name=layout.readme_title)
    for _ in range(3):
        readme.addElement(TableColumn(stylename=wide))
    for row in layout.readme_rows():
        readme.addElement(_row([_cell(value) for value in row]))
    document.spreadsheet.addElement(readme)

    sources: dict[str, RowSource] = {}
    for sheet in SHEETS:
        table = Table(name=layout.title(sheet))
        columns = layout.columns(sheet)
        names: list[str | None] = [
            f"list_{column.choices.value}"
            if column.choices is not None and column.kind.value in ("choice", "yes_no")
            else None
            for column, _field in columns
        ]
        for _ in columns:
            table.addElement(TableColumn(stylename=wide))
        header = []
        for text, note in zip(layout.headers(sheet), layout.notes(sheet), strict=True):
            cell = _cell(text, stylename=bold)
            annotation = Annotation()
            annotation.addElement(P(text=note))
            cell.insertBefore(annotation, cell.firstChild)
            header.append(cell)
        table.addElement(_row(header))
        table.addElement(_row([_cell(marker(sheet.key))]))  # the records go here
        sources[marker(sheet.key)] = RowSource(
            sheet_rows(sheet, content, layout.languages, with_addresses), names
        )
        if any(names):
            from odf.table import TableCell

            empty = TableRow(numberrowsrepeated=EMPTY_ROWS_WITH_LISTS)
            for name in names:
                empty.addElement(TableCell(contentvalidationname=name) if name else TableCell())
            table.addElement(empty)
        document.spreadsheet.addElement(table)

    sheet_of_lists = Table(name=lists_title)
    header_row: list[Any] = []
    for item in lists:
        header_row += [_cell(item.header, stylename=bold), _cell("")]
    sheet_of_lists.addElement(_row(header_row))
    for index in range(max(len(item.values) for item in lists)):
        list_cells: list[Any] = []
        for item in lists:
            present = index < len(item.values)
            list_cells.append(_cell(item.values[index] if present else ""))
            list_cells.append(_cell(item.names[index] if item.names and present else ""))
        sheet_of_lists.addElement(_row(list_cells))
    document.spreadsheet.addElement(sheet_of_lists)
    skeleton = path.with_name(f".{path.name}.skeleton")
    temporary = path.with_name(f".{path.name}.partial")
    try:
        document.save(str(skeleton))
        done = stream_rows(skeleton, temporary, sources, progress)
        temporary.replace(path)
    finally:
        skeleton.unlink(missing_ok=True)
        temporary.unlink(missing_ok=True)
    progress(done)


def _meta_title(text: str) -> Any:
    from odf.dc import Title

    return Title(text=text)


def _cell(value: str, validation: str | None = None, stylename: Any = None) -> Any:
    from odf.table import TableCell
    from odf.text import P

    attributes: dict[str, Any] = {}
    if validation:
        attributes["contentvalidationname"] = validation
    if stylename is not None:
        attributes["stylename"] = stylename
    if not value:
        return TableCell(**attributes)
    cell = TableCell(valuetype="string", **attributes)
    for line in value.split("\n"):
        cell.addElement(P(text=line))
    return cell


def _row(cells: list[Any]) -> Any:
    from odf.table import TableRow

    row = TableRow()
    for cell in cells:
        row.addElement(cell)
    return row


def read_ods(path: Path) -> list[SheetTable]:
    """Every sheet of the workbook that holds a table (the lists and the read-me left out).

    python-calamine reads the value a formula last showed; so the cells that hold a
    formula are found in the file's XML and read as the formula, which the import
    refuses with its sheet, row and column, as it does in an XLSX workbook."""
    return read_with_calamine(path, formula_cells(path) if has_formulas(path) else {})


def read_with_calamine(path: Path, formulas: Formulas | None = None) -> list[SheetTable]:
    """The workbook's tables as python-calamine reads them, each cell in ``formulas``
    (sheet -> (row, column) -> formula, counted from 0) read as its formula."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    try:
        tables = []
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            rows = [[cell_text(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
            for (row, column), formula in (formulas or {}).get(name, {}).items():
                while len(rows) <= row:
                    rows.append([])
                cells = rows[row]
                cells.extend([""] * (column + 1 - len(cells)))
                cells[column] = formula
            found = sort_out(name, rows)
            if found is not None:
                tables.append(found)
        return tables
    finally:
        book.close()


def has_formulas(path: Path) -> bool:
    """Whether the workbook's content holds a formula (its XML read as bytes, no parsing)."""
    with zipfile.ZipFile(path) as archive, archive.open(CONTENT) as content:
        tail = b""
        while chunk := content.read(CHUNK):
            if FORMULA_ATTRIBUTE in tail + chunk:
                return True
            tail = chunk[-len(FORMULA_ATTRIBUTE) :]
    return False


def formula_cells(path: Path) -> Formulas:
    """Where the formulas are: sheet -> (row, column) -> the formula as written after "=".

    The XML is read as a stream and each row let go once counted; repeated rows and
    cells count as many as they stand for."""
    from xml.etree.ElementTree import iterparse

    found: Formulas = {}
    sheet, row, column, repeat = "", 0, 0, 1
    with zipfile.ZipFile(path) as archive, archive.open(CONTENT) as content:
        for event, element in iterparse(content, events=("start", "end")):
            tag = element.tag
            if event == "start" and tag == TABLE:
                sheet, row = element.get(TABLE_NAME, ""), 0
            elif event == "start" and tag == ROW:
                column, repeat = 0, int(element.get(ROWS_REPEATED, "1"))
            elif event == "start" and tag in CELLS:
                formula = element.get(FORMULA)
                if formula is not None:
                    _namespace, prefixed, rest = formula.partition(":=")  # of:=, oooc:=
                    written = rest if prefixed else formula.removeprefix("=")
                    found.setdefault(sheet, {})[(row, column)] = "=" + written
                column += int(element.get(COLUMNS_REPEATED, "1"))
            elif event == "end" and tag == ROW:
                row += repeat
                element.clear()
    return found
