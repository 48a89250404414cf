"""The official HSDS 3.0 examples import, and every value in them is kept or reported."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from referral_desk.exchange.hsds import Code, HsdsError, HsdsImport, ImportOptions, read_hsds
from referral_desk.exchange.hsds.problems import Findings
from referral_desk.exchange.hsds.readers import document_items
from referral_desk.exchange.hsds.rows import Flattener, Row
from referral_desk.exchange.hsds.tables import TABLE_BY_PATH

OPTIONS = ImportOptions(today=date(2026, 11, 30))
# The service list names no place: an importing post says which country its bodies are in.
PLACED = ImportOptions(today=date(2026, 11, 30), country="GB", timezone="Europe/London")


def _imported(result: HsdsImport) -> str:
    return json.dumps(result.directory.content, ensure_ascii=False)


def _covered(result: HsdsImport) -> tuple[set[tuple[str, str]], set[str], set[str]]:
    """(pointer or row, field) pairs reported, rows left out whole, tables not held."""
    fields: set[tuple[str, str]] = set()
    rows: set[str] = set()
    tables: set[str] = set()
    for problem in result.report:
        place = problem.place
        where = place.pointer or f"{place.file}:{place.row}"
        if problem.code in (Code.TABLE_NOT_HELD, Code.IDS_NOT_KEPT, Code.COLUMN_NOT_HELD):
            tables.add(f"{problem.code}:{place.table or place.file}:{place.field}")
        elif place.field:
            fields.add((where, place.field))
        else:
            rows.add(where)
    return fields, rows, tables


def _unaccounted_json(document: Any, file: str, result: HsdsImport) -> list[str]:
    """Values of the document neither in the imported directory nor in the report."""
    rows: list[Row] = []
    found = document_items(document)
    assert found is not None
    table, items, base = found
    flattener = Flattener(file, rows.append, Findings())
    single = base == "" and isinstance(document, dict)
    for index, item in enumerate(items):
        flattener.flatten(table, item, "" if single else f"{base}/{index}")
    imported = _imported(result)
    fields, left_out, tables = _covered(result)
    first: dict[tuple[str, str], Row] = {}
    missing = []
    for row in rows:
        # An object repeated wherever it is nested is one row, reported where first seen.
        key = (row.table, str(row.values.get("id")))
        earlier = first.setdefault(key, row)
        pointer = earlier.place.pointer if earlier.values == row.values else row.place.pointer
        if any(pointer == r or pointer.startswith(r + "/") for r in left_out):
            continue
        if f"{Code.TABLE_NOT_HELD}:{row.table}:" in tables:
            continue
        source = _object_at(document, row.place.pointer)
        for key, value in source.items():
            if isinstance(value, dict | list) or value in (None, ""):
                continue
            if key == "id" and f"{Code.IDS_NOT_KEPT}:{row.table}:" in tables:
                continue
            if (pointer, key) in fields or _kept(key, str(value), imported):
                continue
            missing.append(f"{row.place.pointer} {key} = {value!r}")
    return missing


# Values every record Referral Desk holds has, so they are kept without being written.
IMPLIED = {("status", "active"), ("location_type", "physical"), ("address_type", "postal")}


def _kept(key: str, value: str, imported: str) -> bool:
    """The value is in the imported directory, as written or in the form we hold it."""
    if (key, value) in IMPLIED or value.strip('"') in imported:
        return True
    if key == "number":
        return "".join(c for c in value if c.isdigit()) in imported
    if key in ("opens_at", "closes_at"):
        return f'"{value[:5]}"' in imported
    return False


def _object_at(document: Any, pointer: str) -> dict[str, Any]:
    node = document
    for part in [p for p in pointer.split("/") if p]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    assert isinstance(node, dict)
    return node


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("organization_full.json", OPTIONS),
        ("service_full.json", OPTIONS),
        ("service_list.json", PLACED),
    ],
)
def test_the_json_examples_import_with_nothing_dropped_unsaid(
    hsds_reference: Path, name: str, options: ImportOptions
) -> None:
    path = hsds_reference / "examples" / name
    result = read_hsds(path, options)
    organizations = result.directory.content["organizations"]
    assert [o["id"] for o in organizations] == ["d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"]
    assert organizations[0]["name"] == {"en": "Example Organization Inc."}
    assert [s["id"] for s in organizations[0]["services"]] == [
        "ac148810-d857-441c-9679-408f346de14b"
    ]
    assert not result.from_referral_desk
    document = json.loads(path.read_text(encoding="utf-8"))
    missing = _unaccounted_json(document, name, result)
    assert not missing, "\n".join(missing)


def test_the_full_organization_lands_where_it_should(hsds_reference: Path) -> None:
    result = read_hsds(hsds_reference / "examples" / "organization_full.json", OPTIONS)
    org = result.directory.content["organizations"][0]
    assert org["country"] == "US"  # from the address: HSDS has no country of its own
    assert org["alternate_names"] == ["Example Org"]
    assert org["phones"] == [
        {
            "number": "+441234234567",
            "type": "voice",
            "extension": "100",
            "description": {"en": org["phones"][0]["description"]["en"]},
        }
    ]
    location = org["locations"][0]
    assert location["timezone"] == "Etc/GMT-3"  # the schedules' UTC offset of 3 hours
    assert location["address"]["postal_code"] == "ABC 1234"
    assert location["latitude"] is None  # 100 is no latitude: reported, not kept
    service = org["services"][0]
    assert service["languages"] == ["ur"]
    assert service["location_ids"] == [location["id"]]
    assert service["categories"] == ["social_services"]  # assumed, and reported
    assert service["verified"] == {
        "at": "2005-01-01",
        "by": "email@example.com",
        "source": "organization_full.json",
    }
    assert org["contacts"][0]["title"] == {"en": "Reception Manager"}
    assert org["contacts"][0]["service_id"] == service["id"]
    codes = {(p.code, p.place.field) for p in result.report}
    assert (Code.NOT_HELD, "tax_status") in codes
    assert (Code.VALUE_LEFT_OUT, "latitude") in codes  # 100: not on the earth
    assert (Code.ASSUMED, "category") in codes
    assert (Code.ASSUMED, "own_name") in codes  # HSDS has no own-language name
    assert (Code.ASSUMED, "verified") in codes  # the organization names no verification
    assert org["verified"] == {
        "at": "2026-11-30",
        "by": "HSDS import",
        "source": "organization_full.json",
    }
    assert (Code.LINK_DROPPED, "parent_organization_id") in codes
    held_not = {p.place.table for p in result.report if p.code is Code.TABLE_NOT_HELD}
    assert held_not == {
        "funding",
        "accessibility",
        "program",
        "organization_identifier",
        "cost_option",
        "required_document",
    }


def test_the_csv_example_imports_with_every_cell_kept_or_reported(hsds_reference: Path) -> None:
    folder = hsds_reference / "examples" / "csv"
    result = read_hsds(folder, OPTIONS)
    org = result.directory.content["organizations"][0]
    assert org["id"] == "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"
    # The example's location names an organization that is not in it; the service
    # delivered there places it, and the dangling link is reported.
    assert [loc["id"] for loc in org["locations"]] == ["3a19ff88-4620-4d17-9830-ac1d859eb5d5"]
    assert org["contacts"][0]["id"] == "1e7efce3-639b-4880-940c-b95cd30cdb50"
    imported = _imported(result)
    fields, left_out, tables = _covered(result)
    missing = []
    for path in sorted(folder.glob("*.csv")):
        if f"{Code.TABLE_NOT_HELD}:{path.name}:" in tables:
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            for values in reader:
                where = f"{path.name}:{reader.line_num}"
                if where in left_out:
                    continue
                for key, value in values.items():
                    if not value or (where, key) in fields or _kept(key, value, imported):
                        continue
                    table = TABLE_BY_PATH.get(path.name)
                    if key == "id" and f"{Code.IDS_NOT_KEPT}:{table}:" in tables:
                        continue
                    missing.append(f"{where} {key} = {value!r}")
    assert not missing, "\n".join(missing)


def test_files_that_hold_no_directory_are_refused_clearly(hsds_reference: Path) -> None:
    with pytest.raises(HsdsError) as caught:
        read_hsds(hsds_reference / "examples" / "taxonomy_term.json", OPTIONS)
    assert [p.code for p in caught.value.problems] == [Code.NOT_HSDS]
    assert "taxonomy term" in caught.value.problems[0].message()
    # The schedule guidance example lists services without their organization.
    with pytest.raises(HsdsError) as caught:
        read_hsds(hsds_reference / "examples" / "field-guidance-schedules-services.json", OPTIONS)
    assert {(p.code, p.place.field) for p in caught.value.problems} == {
        (Code.MISSING_VALUE, "organization_id")
    }


def test_a_service_list_without_places_asks_for_a_country(hsds_reference: Path) -> None:
    with pytest.raises(HsdsError) as caught:
        read_hsds(hsds_reference / "examples" / "service_list.json", OPTIONS)
    assert [p.code for p in caught.value.problems] == [Code.NEEDS_COUNTRY]
    assert caught.value.problems[0].place.pointer == "/contents/0/organization"


def test_the_report_reads_in_words(hsds_reference: Path) -> None:
    result = read_hsds(hsds_reference / "examples" / "csv", OPTIONS)
    by_code: dict[Code, list[str]] = defaultdict(list)
    for problem in result.report:
        by_code[problem.code].append(problem.message())
    assert "services.csv, row 2, field fees" in "\n".join(by_code[Code.NOT_HELD])
    assert all("{" not in m for messages in by_code.values() for m in messages)
