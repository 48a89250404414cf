"""Broken workbooks: each gives one clear error naming the sheet, row and column, or imports."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.exchange.hsds.problems import Code
from referral_desk.exchange.spreadsheet import (
    SheetError,
    SheetExportOptions,
    SheetFormat,
    SheetImportOptions,
    read_workbook,
    write_workbook,
)
from referral_desk.exchange.spreadsheet.problems import SheetProblem

OPTIONS = SheetImportOptions(today=date(2026, 11, 30))
FULL = SheetExportOptions(include_confidential_addresses=True)


@pytest.fixture(scope="module")
def exported(sample_file: DirectoryFile, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sheets") / "sheets"
    write_workbook(sample_file, folder, SheetFormat.CSV, FULL)
    return folder


class Sheets:
    """A copy of the exported CSV folder whose cells a test changes by sheet, row and field."""

    def __init__(self, source: Path, target: Path) -> None:
        shutil.copytree(source, target)
        self.folder = target

    def rows(self, sheet: str) -> list[list[str]]:
        text = (self.folder / f"{sheet}.csv").read_text(encoding="utf-8-sig")
        return list(csv.reader(io.StringIO(text, newline="")))

    def save(self, sheet: str, rows: list[list[str]]) -> None:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows(rows)
        (self.folder / f"{sheet}.csv").write_text(buffer.getvalue(), encoding="utf-8-sig")

    def column(self, sheet: str, field: str) -> int:
        header = self.rows(sheet)[0]
        return next(i for i, h in enumerate(header) if h.endswith(f"({field})"))

    def set(self, sheet: str, row: int, field: str, value: str) -> None:
        """Set the cell of ``row`` (as a spreadsheet numbers it: 2 is the first record)."""
        rows = self.rows(sheet)
        rows[row - 1][self.column(sheet, field)] = value
        self.save(sheet, rows)

    def get(self, sheet: str, row: int, field: str) -> str:
        return self.rows(sheet)[row - 1][self.column(sheet, field)]


@pytest.fixture
def sheets(exported: Path, tmp_path: Path) -> Sheets:
    return Sheets(exported, tmp_path / "sheets")


def refused(path: Path) -> list[SheetProblem]:
    with pytest.raises(SheetError) as error:
        read_workbook(path, OPTIONS)
    return error.value.problems


def only(problems: list[SheetProblem]) -> SheetProblem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


Edit = Callable[[Sheets], None]
CASES: dict[str, tuple[Edit, Code, str, int, str]] = {
    "unknown category": (
        lambda s: s.set("service_categories", 3, "category", "tea"),
        Code.BAD_ENUM,
        "service_categories",
        3,
        "category",
    ),
    "unknown population": (
        lambda s: s.set("service_populations", 2, "population", "elderly"),
        Code.BAD_ENUM,
        "service_populations",
        2,
        "population",
    ),
    "unknown phone type": (
        lambda s: s.set("phones", 4, "type", "pager"),
        Code.BAD_ENUM,
        "phones",
        4,
        "type",
    ),
    "unknown day": (
        lambda s: s.set("hours", 2, "byday", "MO,XX"),
        Code.BAD_ENUM,
        "hours",
        2,
        "byday",
    ),
    "a day twice": (
        lambda s: s.set("hours", 2, "byday", "MO,MO"),
        Code.BAD_ENUM,
        "hours",
        2,
        "byday",
    ),
    "not a time": (
        lambda s: s.set("hours", 3, "opens_at", "25:00"),
        Code.NOT_TIME,
        "hours",
        3,
        "opens_at",
    ),
    "not a date": (
        lambda s: s.set("organizations", 5, "verified_at", "2026-13-01"),
        Code.NOT_DATE,
        "organizations",
        5,
        "verified_at",
    ),
    "not a number": (
        lambda s: s.set("services", 6, "minimum_age", "ten"),
        Code.NOT_NUMBER,
        "services",
        6,
        "minimum_age",
    ),
    "not yes or no": (
        lambda s: s.set("locations", 2, "confidential", "maybe"),
        Code.BAD_ENUM,
        "locations",
        2,
        "confidential",
    ),
    "not a country": (
        lambda s: s.set("organizations", 3, "country", "XX"),
        Code.BAD_ENUM,
        "organizations",
        3,
        "country",
    ),
    "not a time zone": (
        lambda s: s.set("locations", 3, "timezone", "Europe/Atlantis"),
        Code.BAD_ENUM,
        "locations",
        3,
        "timezone",
    ),
    "English name missing": (
        lambda s: s.set("organizations", 4, "name.en", ""),
        Code.MISSING_VALUE,
        "organizations",
        4,
        "name.en",
    ),
    "a key with spaces": (
        lambda s: s.set("contacts", 2, "id", "new contact"),
        Code.BAD_KEY,
        "contacts",
        2,
        "id",
    ),
    "a formula": (
        lambda s: s.set("organizations", 2, "website", '=HYPERLINK("x")'),
        Code.FORMULA,
        "organizations",
        2,
        "website",
    ),
    "a phone of no record": (
        lambda s: s.set("phones", 5, "owner_id", "nobody"),
        Code.DANGLING,
        "phones",
        5,
        "owner_id",
    ),
    "a service of no organization": (
        lambda s: s.set("services", 2, "organization_id", "org-x"),
        Code.DANGLING,
        "services",
        2,
        "organization_id",
    ),
    "a bad phone number": (
        lambda s: s.set("phones", 3, "number", "+43 12"),
        Code.DIRECTORY_CHECK,
        "phones",
        3,
        "number",
    ),
    "a bad e-mail address": (
        lambda s: s.set("services", 4, "email", "not an address"),
        Code.DIRECTORY_CHECK,
        "services",
        4,
        "email",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_one_bad_cell_is_named_by_sheet_row_and_column(case: str, sheets: Sheets) -> None:
    edit, code, sheet, row, field = CASES[case]
    edit(sheets)
    problems = refused(sheets.folder)
    problem = problems[0]
    assert all(p.place.sheet and p.place.row for p in problems), [str(p) for p in problems]
    assert (problem.code, problem.place.sheet, problem.place.row, problem.place.field) == (
        code,
        sheet,
        row,
        field,
    ), str(problem)


def test_a_repeated_id_names_both_rows(sheets: Sheets) -> None:
    sheets.set("organizations", 7, "id", sheets.get("organizations", 3, "id"))
    problems = refused(sheets.folder)
    first = problems[0]
    assert first.code is Code.DUPLICATE_ID
    assert (first.place.sheet, first.place.row, first.other and first.other.row) == (
        "organizations",
        7,
        3,
    )


def test_a_missing_column_is_named(sheets: Sheets) -> None:
    rows = sheets.rows("organizations")
    column = sheets.column("organizations", "name.en")
    sheets.save("organizations", [r[:column] + r[column + 1 :] for r in rows])
    problem = only(refused(sheets.folder))
    assert problem.code is Code.MISSING_COLUMNS and problem.params["columns"] == "name.en"


def test_a_missing_sheet_is_named(sheets: Sheets) -> None:
    (sheets.folder / "organizations.csv").unlink()
    problem = only(refused(sheets.folder))
    assert problem.code is Code.MISSING_SHEET and problem.params["table"] == "organizations"


def test_bad_utf8_is_named(sheets: Sheets) -> None:
    path = sheets.folder / "contacts.csv"
    path.write_bytes(path.read_bytes().replace(b"Duty", b"D\xffty", 1))
    problem = only(refused(sheets.folder))
    assert problem.code is Code.NOT_UTF8 and problem.place.file == "contacts.csv"


def test_columns_and_sheets_we_do_not_hold_are_reported_not_dropped(
    sheets: Sheets, sample_file: DirectoryFile
) -> None:
    rows = sheets.rows("services")
    rows[0].append("Fees (fees)")
    rows[1].append("10 EUR")
    sheets.save("services", rows)
    (sheets.folder / "volunteers.csv").write_text("Name\r\nAnna\r\n", encoding="utf-8")
    result = read_workbook(sheets.folder, OPTIONS)
    assert result.directory.content == sample_file.content
    found = {(p.code, p.place.sheet, p.place.row, p.place.field) for p in result.report}
    assert (Code.COLUMN_NOT_HELD, "services", 2, "fees") in found
    assert (Code.TABLE_NOT_HELD, "volunteers.csv", None, "") in found


def test_messages_speak_the_users_language(sheets: Sheets) -> None:
    sheets.set("phones", 4, "type", "pager")
    words = {
        "sheet {sheet}": "Blatt {sheet}",
        "row {row}": "Zeile {row}",
        "column {column}": "Spalte {column}",
        "Phones": "Telefone",
        "Type": "Art",
        '"{value}" is not one of the allowed values: {allowed}.': '"{value}" ist nicht erlaubt.',
    }
    problem = only(refused(sheets.folder))
    text = problem.message(lambda _context, source: words.get(source, source), "de")
    assert text == 'sheets, Blatt Telefone, Zeile 4, Spalte Art (type): "pager" ist nicht erlaubt.'


def test_fifty_thousand_rows_import(sheets: Sheets, sample_file: DirectoryFile) -> None:
    """50,000 more opening hours spread over every record import; on one record they are
    refused with the record's limit, named on its row."""
    rows = sheets.rows("hours")
    owner, days = sheets.column("hours", "owner_id"), sheets.column("hours", "byday")
    owners = [
        record["id"]
        for org in sample_file.content["organizations"]
        for kind in ("locations", "services", "contacts")
        for record in org[kind]
        if record["schedules"]  # so it has a time zone for its hours
    ]
    extra = []
    for index in range(50_000):
        row = list(rows[1])
        row[owner] = owners[index % len(owners)]
        row[days] = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[index % 7]
        extra.append(row)
    sheets.save("hours", [*rows, *extra])
    result = read_workbook(sheets.folder, OPTIONS)

    def count(content: dict[str, Any]) -> int:
        return sum(
            len(record["schedules"])
            for org in content["organizations"]
            for kind in ("locations", "services", "contacts")
            for record in org[kind]
        )

    assert count(result.directory.content) == count(sample_file.content) + 50_000
    for row in extra:
        row[owner] = rows[1][owner]
    sheets.save("hours", [*rows, *extra])
    problems = refused(sheets.folder)
    assert len(problems) == 1 and problems[0].code is Code.DIRECTORY_CHECK
    assert "at most 500" in problems[0].params["problem"]


def test_a_formula_in_an_xlsx_cell_is_refused(sample_file: DirectoryFile, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "formula.xlsx"
    write_workbook(sample_file, path, SheetFormat.XLSX, FULL)
    book = load_workbook(path)
    book["Organizations"]["B3"] = '=UPPER("x")'
    book.save(path)
    problem = only(refused(path))
    assert (problem.code, problem.place.sheet, problem.place.row, problem.place.field) == (
        Code.FORMULA,
        "organizations",
        3,
        "name.en",
    )


def rewrite_content(path: Path, change: Callable[[str], str]) -> None:
    """Change an ODS file's content.xml as a spreadsheet program would have saved it."""
    import zipfile

    copy = path.with_name("copy.ods")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "content.xml":
                data = change(data.decode("utf-8")).encode("utf-8")
            target.writestr(item, data)
    copy.replace(path)


def test_a_formula_in_an_ods_cell_is_refused_not_read_as_its_value(
    sample_file: DirectoryFile, tmp_path: Path
) -> None:
    """LibreOffice keeps the value a formula last showed beside it; python-calamine reads
    that value. The import reads the formula instead and refuses it, as in XLSX."""
    from xml.sax.saxutils import escape

    from python_calamine import CalamineWorkbook

    path = tmp_path / "formula.ods"
    write_workbook(sample_file, path, SheetFormat.ODS, FULL)
    name = str(
        CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Organizations").to_python()[2][1]
    )
    formula = (
        '<table:table-cell table:formula="of:=UPPER(&quot;x&quot;)" '
        'office:value-type="string" office:string-value="X"><text:p>X</text:p>'
        "</table:table-cell>"
    )

    def put_formula(content: str) -> str:
        sheet = content.index('table:name="Organizations"')
        cell = f'<table:table-cell office:value-type="string"><text:p>{escape(name)}</text:p>'
        at = content.index(cell, sheet)
        end = content.index("</table:table-cell>", at) + len("</table:table-cell>")
        return content[:at] + formula + content[end:]

    rewrite_content(path, put_formula)
    problem = only(refused(path))
    assert (problem.code, problem.place.sheet, problem.place.row, problem.place.field) == (
        Code.FORMULA,
        "organizations",
        3,
        "name.en",
    )


def test_formulas_are_placed_past_repeated_rows_and_cells(tmp_path: Path) -> None:
    import zipfile

    from referral_desk.exchange.spreadsheet.ods import formula_cells, has_formulas

    table = 'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    content = (
        f'<office:document-content xmlns:office="x" {table}><office:body>'
        '<table:table table:name="One"><table:table-row table:number-rows-repeated="3">'
        '<table:table-cell table:number-columns-repeated="4"/></table:table-row>'
        '<table:table-row><table:table-cell table:number-columns-repeated="2"/>'
        '<table:covered-table-cell/><table:table-cell table:formula="of:=[.A1]+1"/>'
        "</table:table-row></table:table>"
        '<table:table table:name="Two"><table:table-row>'
        '<table:table-cell table:formula="SUM(1)"/></table:table-row></table:table>'
        "</office:body></office:document-content>"
    )
    path = tmp_path / "made.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("content.xml", content)
    assert has_formulas(path)
    assert formula_cells(path) == {"One": {(3, 3): "=[.A1]+1"}, "Two": {(0, 0): "=SUM(1)"}}


def test_an_exported_ods_holds_no_formula(sample_file: DirectoryFile, tmp_path: Path) -> None:
    from referral_desk.exchange.spreadsheet.ods import has_formulas

    path = tmp_path / "plain.ods"
    write_workbook(sample_file, path, SheetFormat.ODS, FULL)
    assert not has_formulas(path)


@pytest.mark.parametrize("name", ["broken.xlsx", "broken.ods"])
def test_a_file_that_is_no_workbook_is_named(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 not really a zip file")
    problem = only(refused(path))
    assert problem.code is Code.UNREADABLE and problem.place.file == name


def test_numbers_and_dates_a_spreadsheet_program_made_are_read_as_text(
    sample_file: DirectoryFile, tmp_path: Path
) -> None:
    """Typed by hand, 1010 becomes a number, 2026-11-20 a date and 08:30 a time."""
    from datetime import datetime, time

    from openpyxl import load_workbook

    path = tmp_path / "typed.xlsx"
    write_workbook(sample_file, path, SheetFormat.XLSX, FULL)
    book = load_workbook(path)
    organizations = book["Organizations"]
    column = next(c.column for c in organizations[1] if c.value.endswith("(verified_at)"))
    organizations.cell(2, column).value = datetime(2026, 11, 20)
    hours = book["Hours"]
    opens = next(c.column for c in hours[1] if c.value.endswith("(opens_at)"))
    hours.cell(2, opens).value = time(8, 30)
    book.save(path)
    result = read_workbook(path, OPTIONS)
    first = result.directory.content["organizations"][0]
    assert first["verified"]["at"] == "2026-11-20"
