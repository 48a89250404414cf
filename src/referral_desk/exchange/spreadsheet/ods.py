"""The directory workbook as OpenDocument (ODS): written with odfpy, read with python-calamine.

The same sheets as the XLSX workbook: the read-me, one sheet per table with an
annotation on each header and content validations (drop-down lists) on its
columns, and the lists last.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from referral_desk.exchange.spreadsheet.build import SheetTable
from referral_desk.exchange.spreadsheet.columns import OPEN_CHOICES, SHEETS
from referral_desk.exchange.spreadsheet.export_rows import JsonObject, sheet_rows
from referral_desk.exchange.spreadsheet.layout import Layout, list_letter
from referral_desk.exchange.spreadsheet.sheet_reading import cell_text, sort_out

EMPTY_ROWS_WITH_LISTS = 2000  # rows below the data that still offer the drop-down lists


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

    done = 0
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
        for values in sheet_rows(sheet, content, layout.languages, with_addresses):
            table.addElement(_data_row(values, names))
            done += 1
            if done % 1000 == 0:
                progress(done)
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
    temporary = path.with_name(f".{path.name}.partial")
    try:
        document.save(str(temporary))
        temporary.replace(path)
    finally:
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


def _data_row(values: list[str], validations: list[str | None]) -> Any:
    """A row of records: runs of empty cells with the same list are one repeated cell."""
    from odf.table import TableCell, TableRow

    row = TableRow()
    index = 0
    while index < len(values):
        if values[index]:
            row.addElement(_cell(values[index], validations[index]))
            index += 1
            continue
        end = index
        while end < len(values) and not values[end] and validations[end] == validations[index]:
            end += 1
        attributes: dict[str, Any] = {}
        if end - index > 1:
            attributes["numbercolumnsrepeated"] = end - index
        if validations[index]:
            attributes["contentvalidationname"] = validations[index]
        row.addElement(TableCell(**attributes))
        index = end
    return row


def _row(cells: list[Any]) -> Any:
    from odf.table import TableRow

    row = TableRow()
    for cell in cells:
        row.addElement(cell)
    return row


def read_ods(path: Path) -> list[SheetTable]:
    """Every sheet of the workbook that holds a table (the lists and the read-me left out)."""
    return read_with_calamine(path)


def read_with_calamine(path: Path) -> list[SheetTable]:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    try:
        tables = []
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            rows = [[cell_text(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
            found = sort_out(name, rows)
            if found is not None:
                tables.append(found)
        return tables
    finally:
        book.close()
