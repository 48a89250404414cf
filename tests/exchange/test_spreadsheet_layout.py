"""The workbook to fill in: sheets, headers with their field names, notes, drop-downs."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.exchange.spreadsheet import SheetExportOptions, SheetFormat, write_workbook
from referral_desk.exchange.spreadsheet.columns import SHEETS, Choices, Kind, header_field

GERMAN = {
    "Phones": "Telefone",
    "Type": "Art",
    "Choose from the list.": "Aus der Liste wählen.",
    "Lists": "Listen",
}


def german(_context: str, text: str) -> str:
    return GERMAN.get(text, text)


@pytest.fixture(scope="module")
def xlsx(sample_file: DirectoryFile, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "directory.xlsx"
    write_workbook(sample_file, path, SheetFormat.XLSX, SheetExportOptions(False, german, "de"))
    return path


def test_one_sheet_per_table_with_field_names_in_brackets(xlsx: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(xlsx)
    assert book.sheetnames[0] == "Read me" and book.sheetnames[-1] == "Listen"
    assert book["Listen"].sheet_state == "hidden"
    assert len(book.sheetnames) == len(SHEETS) + 2
    phones = book["Telefone"]
    headers = [cell.value for cell in phones[1]]
    assert "Art (type)" in headers
    assert [header_field(h) for h in headers] == [
        "owner_id",
        "number",
        "type",
        "extension",
        "placeholder",
        "short_code_country",
        "description.en",
        "description.bg",
        "description.de",
    ]
    for cell in phones[1]:
        assert cell.comment is not None and cell.comment.text.strip()
    assert phones["C1"].comment.text == "Aus der Liste wählen."


@pytest.mark.parametrize(
    ("sheet", "field", "choices"),
    [
        ("service_categories", "category", Choices.CATEGORY),
        ("service_populations", "population", Choices.POPULATION),
        ("phones", "type", Choices.PHONE_TYPE),
        ("hours", "byday", Choices.DAYS),
        ("organizations", "country", Choices.COUNTRY),
        ("locations", "confidential", Choices.YES_NO),
    ],
)
def test_controlled_values_have_drop_down_lists(
    xlsx: Path, sheet: str, field: str, choices: Choices
) -> None:
    from openpyxl import load_workbook

    book = load_workbook(xlsx)
    index = [s.key for s in SHEETS].index(sheet) + 1
    ws = book.worksheets[index]
    column = next(c.column_letter for c in ws[1] if header_field(c.value) == field)
    validations = [v for v in ws.data_validations.dataValidation if f"{column}2:" in str(v.sqref)]
    assert len(validations) == 1 and validations[0].type == "list"
    reference = validations[0].formula1.split("!")[1].replace("$", "")
    first, last = reference.split(":")
    lists = book["Listen"]
    values = [c.value for c in lists[first:last] for c in c]
    assert lists[first[:-1] + "1"].value.endswith(f"(list_{choices.value})")
    if choices is Choices.COUNTRY:
        assert {"AT", "BG", "DE"} <= set(values)
    elif choices is Choices.DAYS:
        assert "MO,TU,WE,TH,FR" in values and validations[0].errorStyle == "warning"
    else:
        from referral_desk.exchange.spreadsheet.columns import FIXED_CHOICES

        assert tuple(values) == FIXED_CHOICES[choices]
        assert validations[0].errorStyle == "stop"


def test_every_choice_column_is_offered_a_list() -> None:
    for sheet in SHEETS:
        for column in sheet.columns:
            if column.kind in (Kind.CHOICE, Kind.YES_NO):
                assert column.choices is not None, (sheet.key, column.field)


@pytest.mark.parametrize("kind", list(SheetFormat))
@pytest.mark.parametrize("confidential", [False, True])
def test_the_file_says_whether_it_holds_confidential_addresses(
    kind: SheetFormat, confidential: bool, sample_file: DirectoryFile, tmp_path: Path
) -> None:
    path = tmp_path / {"xlsx": "d.xlsx", "ods": "d.ods", "csv": "d"}[kind.value]
    write_workbook(sample_file, path, kind, SheetExportOptions(confidential))
    if kind is SheetFormat.CSV:
        text = (path / "read-me.txt").read_text(encoding="utf-8-sig")
        locations = (path / "locations.csv").read_text(encoding="utf-8-sig")
    else:
        with zipfile.ZipFile(path) as archive:
            text = "".join(
                archive.read(n).decode("utf-8", "replace")
                for n in archive.namelist()
                if n.endswith(".xml")
            )
        locations = text
    assert text.count("CONFIDENTIAL") >= (1 if confidential else 0)
    assert ("CONFIDENTIAL" in text) is confidential
    shelter = next(
        loc
        for org in sample_file.content["organizations"]
        for loc in org["locations"]
        if loc["confidential"]
    )
    assert (shelter["address"]["address_1"] in locations) is confidential


def test_the_ods_has_notes_and_drop_down_lists(sample_file: DirectoryFile, tmp_path: Path) -> None:
    path = tmp_path / "d.ods"
    write_workbook(sample_file, path, SheetFormat.ODS)
    with zipfile.ZipFile(path) as archive:
        content = archive.read("content.xml").decode("utf-8")
    assert "<office:annotation>" in content
    assert 'table:name="list_category"' in content
    assert "of:cell-content-is-in-list(" in content
    assert 'table:content-validation-name="list_phone_type"' in content


def test_a_language_in_a_header_is_written_as_in_running_text() -> None:
    """Bulgarian writes language names in small letters inside a phrase; German its nouns with
    a capital; the docs show ``Име – български (name.bg)``."""
    from referral_desk.exchange.spreadsheet.problems import column_header

    assert column_header("organizations", "name.en", lang="bg").endswith("– английски (name.en)")
    assert column_header("organizations", "name.bg", lang="de").endswith("– Bulgarisch (name.bg)")
    assert column_header("organizations", "name.de", lang="en").endswith("– German (name.de)")
