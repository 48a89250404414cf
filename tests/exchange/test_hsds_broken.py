"""Broken HSDS files: one clear error naming file, table, row and field each, or a right import.

The files start as a correct export of a few bodies of the sample directory
and are then broken in one place each, as a coordinator's spreadsheet tool,
a hand edit or a truncated download would break them.
"""

from __future__ import annotations

import copy
import csv
import json
import shutil
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.exchange.directory_json import check_directory
from referral_desk.exchange.hsds import (
    Code,
    ExportOptions,
    HsdsError,
    HsdsImport,
    ImportOptions,
    Problem,
    export_document,
    import_document,
    read_hsds,
    readers,
    write_tabular,
)
from referral_desk.exchange.hsds.terms import FIELD_TERMS, Field

OPTIONS = ImportOptions(today=date(2026, 11, 30))
FULL = ExportOptions(include_confidential_addresses=True)
Document = dict[str, Any]
Records = list[list[str]]


@pytest.fixture(scope="module")
def small(sample_file: DirectoryFile) -> DirectoryFile:
    """Four bodies of the sample, their links to the others cut."""
    content = copy.deepcopy(sample_file.content)
    content["organizations"] = content["organizations"][10:14]
    kept = {o["id"] for o in content["organizations"]}
    contacts = {c["id"] for o in content["organizations"] for c in o["contacts"]}
    for org in content["organizations"]:
        if org["parent_id"] not in kept:
            org["parent_id"] = None
        for contact in org["contacts"]:
            if contact["counterpart_id"] not in contacts:
                contact["counterpart_id"] = None
    assert check_directory(content) == []
    return DirectoryFile(content, "0" * 64)


@pytest.fixture
def document(small: DirectoryFile) -> Document:
    return copy.deepcopy(export_document(small, FULL))


@pytest.fixture(scope="module")
def tables_template(small: DirectoryFile, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tables")
    write_tabular(small, folder, FULL)
    return folder


@pytest.fixture
def tables(tables_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "tables"
    shutil.copytree(tables_template, folder)
    return folder


def edit(folder: Path, name: str, change: Callable[[list[str], Records], None]) -> None:
    """Rewrite one CSV file of the package through ``change(header, records)``."""
    path = folder / name
    with path.open(encoding="utf-8", newline="") as handle:
        header, *records = list(csv.reader(handle))
    change(header, records)
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *records])


def set_cell(folder: Path, name: str, row: int, column: str, value: str) -> None:
    """Set the cell of data row ``row`` (1 = the line after the header)."""
    edit(folder, name, lambda h, r: r[row - 1].__setitem__(h.index(column), value))


def refused(source: Path | Document) -> list[Problem]:
    with pytest.raises(HsdsError) as caught:
        if isinstance(source, Path):
            read_hsds(source, OPTIONS)
        else:
            import_document(json.loads(json.dumps(source)), "broken.json", OPTIONS)
    problems = caught.value.problems
    assert problems and all(p.message() for p in problems)
    return problems


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


def where(problem: Problem) -> tuple[str, int | None, str]:
    return problem.place.file, problem.place.row, problem.place.field


# ------------------------------------------------------------------ JSON documents


def test_a_name_that_is_a_number(document: Document) -> None:
    document["contents"][0]["name"] = 5
    problem = only(refused(document))
    assert problem.code is Code.WRONG_TYPE
    assert (problem.place.pointer, problem.place.field) == ("/contents/0", "name")
    assert "must be text, not a number" in problem.message()


def test_a_list_that_is_an_object(document: Document) -> None:
    document["contents"][0]["phones"] = {"number": "+43 1 000 0001"}
    problem = only(refused(document))
    assert (problem.code, problem.place.pointer) == (Code.WRONG_TYPE, "/contents/0/phones")


def test_a_truncated_download(document: Document, tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    text = json.dumps(document, indent=1)
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    problem = only(refused(path))
    assert problem.code is Code.NOT_JSON and problem.place.file == "cut.json"
    assert int(problem.params["line"]) > 100


def test_bad_utf8_in_json(document: Document, tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    raw = json.dumps(document, indent=1, ensure_ascii=False).encode("utf-8")
    cut = raw.index(b"\n", 5000)
    path.write_bytes(raw[:cut] + "\nStraße".encode("latin-1") + raw[cut:])
    problem = only(refused(path))
    assert problem.code is Code.NOT_UTF8
    assert problem.params["line"] == str(raw[:cut].count(b"\n") + 2)


def test_json_that_is_no_directory() -> None:
    assert only(refused({"hello": "world"})).code is Code.NOT_HSDS
    problem = only(refused([]))  # nothing at all: never replace a directory with nothing
    assert problem.code is Code.NOT_HSDS


def test_json_nested_beyond_reason(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    assert only(refused(path)).code is Code.NOT_JSON


def test_a_future_referral_desk_block(document: Document) -> None:
    document["referral_desk"]["format_version"] = 99
    problem = only(refused(document))
    assert problem.code is Code.UNKNOWN_FORMAT_VERSION
    assert problem.params == {"found": "99", "expected": "1"}


def test_an_id_that_is_no_uuid(document: Document) -> None:
    document["contents"][0]["services"][0]["id"] = "service-1"
    problems = refused(document)
    assert problems[0].code is Code.NOT_UUID
    assert problems[0].place.pointer == "/contents/0/services/0"


def test_one_id_for_two_records(document: Document) -> None:
    org = document["contents"][0]
    org["services"][0]["id"] = org["id"]
    problem = only(refused(document))
    assert problem.code is Code.DUPLICATE_ID
    assert problem.place.pointer == "/contents/0/services/0"
    assert problem.other is not None and problem.other.pointer == "/contents/0"
    assert "(broken.json, /contents/0)" in problem.message()


def test_a_counterpart_outside_the_file_is_dropped_and_said(document: Document) -> None:
    contact = document["contents"][0]["contacts"][0]
    counterpart = "00000000-0000-4000-8000-000000000001"
    attribute = {
        "id": "00000000-0000-4000-8000-000000000002",
        "taxonomy_term_id": FIELD_TERMS[Field.COUNTERPART_ID]["id"],
        "value": counterpart,
    }
    contact["attributes"].append(attribute)
    result = import_document(document, "partner.json", OPTIONS)
    assert [(p.code, p.place.field, p.params["value"]) for p in result.report] == [
        (Code.LINK_DROPPED, "counterpart_id", counterpart)
    ]
    imported = result.directory.content["organizations"][0]["contacts"][0]
    assert imported["counterpart_id"] is None


@pytest.mark.parametrize(
    ("number", "reason"),
    [("+43 1 2", "not_possible"), ("call the duty desk", "not_parsed"), ("911", "sample_real")],
)
def test_phone_numbers_that_are_not(document: Document, number: str, reason: str) -> None:
    document["contents"][0]["phones"][0]["number"] = number
    problem = only(refused(document))
    assert problem.code is Code.BAD_PHONE
    assert (problem.place.pointer, problem.place.field) == ("/contents/0/phones/0", "number")
    assert problem.params["reason"] == reason


def test_an_email_address_that_is_not(document: Document) -> None:
    document["contents"][0]["email"] = "desk(at)example.org"
    problem = only(refused(document))
    assert (problem.code, problem.place.field) == (Code.BAD_EMAIL, "email")


def test_a_website_without_its_scheme(document: Document) -> None:
    document["contents"][0]["website"] = "www.example.org"
    problem = only(refused(document))
    assert (problem.code, problem.place.field) == (Code.BAD_URL, "website")


def test_a_translation_that_is_not_json(document: Document) -> None:
    attributes = document["contents"][0]["attributes"]
    translations = next(a for a in attributes if a["taxonomy_term"]["code"] == "field:translations")
    translations["value"] = '{"bg": "unfinished'
    problem = only(refused(document))
    assert (problem.code, problem.place.field) == (Code.BAD_VALUE, "value")
    assert problem.params["reason"] == "bad_json"


def test_an_unknown_location_type(document: Document) -> None:
    document["contents"][0]["locations"][0]["location_type"] = "mobile"
    problem = only(refused(document))
    assert (problem.code, problem.place.field) == (Code.BAD_ENUM, "location_type")
    assert "physical, postal, virtual" in problem.message()


def test_a_confidential_address_left_out(small: DirectoryFile) -> None:
    content = copy.deepcopy(small.content)
    content["organizations"][0]["locations"][0]["confidential"] = True
    document = export_document(DirectoryFile(content, "0" * 64))
    problems = refused(document)
    assert {p.code for p in problems} == {Code.ADDRESS_WITHHELD}
    confidential = {
        f"/contents/{i}/locations/{j}"
        for i, org in enumerate(content["organizations"])
        for j, location in enumerate(org["locations"])
        if location["confidential"]
    }
    assert {p.place.pointer for p in problems} == confidential
    assert "/contents/0/locations/0" in confidential


# ------------------------------------------------------------------ CSV tables


def test_a_formula_in_a_cell(tables: Path) -> None:
    set_cell(tables, "organizations.csv", 2, "name", '=HYPERLINK("http://example.org","Call")')
    problem = only(refused(tables))
    assert problem.code is Code.FORMULA
    assert where(problem) == ("organizations.csv", 3, "name")


def test_an_unknown_service_status(tables: Path) -> None:
    set_cell(tables, "services.csv", 1, "status", "open")
    problem = only(refused(tables))
    assert (problem.code, *where(problem)) == (Code.BAD_ENUM, "services.csv", 2, "status")


def test_a_service_of_no_organization(tables: Path) -> None:
    nobody = "00000000-0000-4000-8000-00000000000a"
    set_cell(tables, "services.csv", 1, "organization_id", nobody)
    problem = only(refused(tables))
    assert (problem.code, *where(problem)) == (
        Code.DANGLING,
        "services.csv",
        2,
        "organization_id",
    )
    assert problem.params == {"table": "organization", "value": nobody}


def test_a_missing_column(tables: Path) -> None:
    def drop_name(header: list[str], records: Records) -> None:
        index = header.index("name")
        for line in [header, *records]:
            del line[index]

    edit(tables, "services.csv", drop_name)
    problem = only(refused(tables))
    assert problem.code is Code.MISSING_COLUMNS
    assert problem.place.file == "services.csv" and problem.params == {"columns": "name"}


def test_an_empty_required_cell(tables: Path) -> None:
    set_cell(tables, "organizations.csv", 3, "name", "  ")
    problem = only(refused(tables))
    assert (problem.code, *where(problem)) == (
        Code.MISSING_VALUE,
        "organizations.csv",
        4,
        "name",
    )


def test_the_same_row_twice(tables: Path) -> None:
    edit(tables, "organizations.csv", lambda h, r: r.append(list(r[0])))
    problem = only(refused(tables))
    assert (problem.code, *where(problem)) == (Code.DUPLICATE_ID, "organizations.csv", 6, "id")
    assert problem.other is not None and problem.other.row == 2
    assert "(organizations.csv, row 2)" in problem.message()


def test_a_row_with_a_cell_too_many(tables: Path) -> None:
    edit(tables, "phones.csv", lambda h, r: r[1].append("surplus"))
    problem = only(refused(tables))
    assert (problem.code, problem.place.file, problem.place.row) == (Code.NOT_CSV, "phones.csv", 3)


def test_words_in_a_number_column(tables: Path) -> None:
    set_cell(tables, "locations.csv", 1, "latitude", "north")
    problem = only(refused(tables))
    assert (problem.code, *where(problem)) == (Code.NOT_NUMBER, "locations.csv", 2, "latitude")


def test_hours_past_the_end_of_the_day(tables: Path) -> None:
    set_cell(tables, "schedules.csv", 1, "opens_at", "25:00:00")
    problem = only(refused(tables))
    assert (problem.code, *where(problem)) == (Code.NOT_TIME, "schedules.csv", 2, "opens_at")


def test_a_date_written_the_local_way(tables: Path) -> None:
    set_cell(tables, "metadata.csv", 1, "last_action_date", "31.12.2025")
    problem = only(refused(tables))
    assert (problem.code, *where(problem)) == (
        Code.NOT_DATE,
        "metadata.csv",
        2,
        "last_action_date",
    )


def test_bad_utf8_in_a_table(tables: Path) -> None:
    path = tables / "contacts.csv"
    lines = path.read_bytes().split(b"\n")
    lines[3] = lines[3].replace(b",", "Straße,".encode("cp1252"), 1)
    path.write_bytes(b"\n".join(lines))
    problem = only(refused(tables))
    assert (problem.code, problem.place.file) == (Code.NOT_UTF8, "contacts.csv")
    assert problem.params == {"line": "4"}


def test_an_empty_table_file(tables: Path) -> None:
    (tables / "locations.csv").write_text("", encoding="utf-8")
    problem = only(refused(tables))
    assert (problem.code, problem.place.file) == (Code.NOT_CSV, "locations.csv")


def test_a_location_of_no_organization(tables: Path) -> None:
    edit(tables, "service_at_location.csv", lambda h, r: r.clear())
    set_cell(tables, "locations.csv", 1, "organization_id", "")
    problems = refused(tables)
    assert (problems[0].code, *where(problems[0])) == (
        Code.NO_ORGANIZATION,
        "locations.csv",
        2,
        "id",
    )


def test_a_folder_without_hsds_tables(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert only(refused(tmp_path)).code is Code.NOT_HSDS


def test_a_very_large_file(tables: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 4096)
    problems = refused(tables)
    assert {p.code for p in problems} == {Code.TOO_LARGE}
    assert "attributes.csv" in {p.place.file for p in problems}


def test_a_very_large_cell(tables: Path) -> None:
    set_cell(tables, "services.csv", 1, "description", "x" * 200_000)
    problem = only(refused(tables))
    assert (problem.code, problem.place.file, problem.place.row) == (
        Code.CELL_TOO_LARGE,
        "services.csv",
        2,
    )


def test_a_table_of_50000_rows_imports_whole(tables: Path) -> None:
    """A service covering 50,000 areas: slow tools choke on such a sheet; this import must not."""

    def areas(header: list[str], records: Records) -> None:
        template = records[0]
        service = template[header.index("service_id")]
        records.clear()
        for index in range(50_000):
            row = [""] * len(header)
            row[header.index("id")] = f"00000000-0000-4000-8000-{index:012d}"
            row[header.index("service_id")] = service
            row[header.index("name")] = f"District {index}"
            records.append(row)

    edit(tables, "service_areas.csv", areas)

    def without_area_attributes(header: list[str], records: Records) -> None:
        column = header.index("link_entity")
        records[:] = [r for r in records if r[column] != "service_area"]

    edit(tables, "attributes.csv", without_area_attributes)
    result: HsdsImport = read_hsds(tables, OPTIONS)
    service = next(
        s
        for o in result.directory.content["organizations"]
        for s in o["services"]
        if len(s["service_areas"]) > 1
    )
    assert len(service["service_areas"]) == 50_000
    assert service["service_areas"][-1]["region"] == "District 49999"
    # Their ids are not the ones Referral Desk derives: said once for the table, not 50,000 times.
    assert [(p.code, p.params) for p in result.report] == [(Code.IDS_NOT_KEPT, {"count": "50000"})]


def test_a_verification_checked_in_a_way_we_do_not_know(document: Document) -> None:
    organization = document["contents"][0]
    record = organization["metadata"][0]
    organization["metadata"].append(
        {**record, "id": str(uuid.uuid4()), "field_name": "verification_how",
         "replacement_value": "telepathy"}
    )  # fmt: skip
    problem = only(refused(document))
    assert (problem.code, problem.place.field) == (Code.BAD_ENUM, "replacement_value")
    assert "phone, email, website, letter, in_person" in problem.message()


def test_a_verification_note_too_long(document: Document) -> None:
    organization = document["contents"][0]
    record = organization["metadata"][0]
    organization["metadata"].append(
        {**record, "id": str(uuid.uuid4()), "field_name": "verification_note",
         "replacement_value": "x" * 2001}
    )  # fmt: skip
    problem = only(refused(document))
    assert (problem.code, problem.params["reason"]) == (Code.BAD_VALUE, "long_note")


@pytest.mark.parametrize(
    ("latitude", "longitude", "fields", "reason"),
    [
        (100, 101, ["latitude", "longitude"], "not a position on the earth"),
        (48.2, None, ["latitude"], "needs both latitude and longitude"),
    ],
)
def test_a_position_we_cannot_keep_is_reported_with_its_reason(
    document: Document, latitude: float, longitude: float | None, fields: list[str], reason: str
) -> None:
    """Referral Desk does hold positions: one it leaves out is reported with why, not as a
    field it has no place for (the official example has latitude 100, longitude 101)."""
    location = document["contents"][0]["locations"][0]
    location["latitude"], location["longitude"] = latitude, longitude
    result = import_document(document, "places.json", OPTIONS)
    found = [p for p in result.report if p.place.field in ("latitude", "longitude")]
    assert [p.place.field for p in found] == fields
    for problem in found:
        assert problem.code is not Code.NOT_HELD
        assert reason in problem.message(), problem.message()
    held = result.directory.content["organizations"][0]["locations"][0]
    assert (held["latitude"], held["longitude"]) == (None, None)
