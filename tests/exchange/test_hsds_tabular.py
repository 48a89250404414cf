"""The tabular export against the official HSDS 3.0 data package: names, required, types, keys.

The checks follow the Frictionless Table Schema (v1) defaults the HSDS data
package relies on: an empty cell is a missing value, ``date`` is YYYY-MM-DD,
``time`` is hh:mm:ss, ``datetime`` is ISO 8601.
"""

from __future__ import annotations

import csv
import json
import re
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.exchange.hsds import ExportOptions, write_tabular

UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
Violation = tuple[str, int, str, str]  # (file, line, column, what)


def _type_ok(field: dict[str, Any], value: str) -> bool:
    kind, form = field["type"], field.get("format")
    try:
        if kind == "string":
            if form == "uuid":
                return bool(UUID.match(value))
            if form == "email":
                return bool(EMAIL.match(value))
            if form == "uri":
                parts = urlsplit(value)
                return bool(parts.scheme and parts.netloc)
            return True
        if kind == "number":
            float(value)
            return True
        if kind == "date":
            return len(value) == 10 and bool(date.fromisoformat(value))
        if kind == "datetime":
            return bool(datetime.fromisoformat(value.replace("Z", "+00:00")))
        if kind == "time":
            return len(value) == 8 and bool(time.fromisoformat(value))
    except ValueError:
        return False
    raise AssertionError(f"type {kind} is not checked by this test")


def check_package(folder: Path, resources: list[dict[str, Any]]) -> list[Violation]:
    """Every way the CSV files in ``folder`` break the given Table Schemas."""
    violations: list[Violation] = []
    ids: dict[str, set[str]] = {}
    rows: dict[str, list[tuple[int, dict[str, str]]]] = {}
    by_name = {r["name"]: r for r in resources}
    for resource in resources:
        path = folder / resource["path"]
        if not path.exists():
            continue
        fields = resource["schema"]["fields"]
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle, strict=True)
            header = next(reader)
            if header != [f["name"] for f in fields]:
                violations.append((path.name, 1, "*", "header"))
                continue
            table_rows = []
            seen: dict[str, set[str]] = {f["name"]: set() for f in fields}
            for record in reader:
                line = reader.line_num
                values = dict(zip(header, record, strict=True))
                table_rows.append((line, values))
                for field in fields:
                    name, value = field["name"], values[field["name"]]
                    constraints = field.get("constraints", {})
                    if value == "":
                        if constraints.get("required"):
                            violations.append((path.name, line, name, "required"))
                        continue
                    if not _type_ok(field, value):
                        violations.append((path.name, line, name, "type"))
                    if "enum" in constraints and value not in constraints["enum"]:
                        violations.append((path.name, line, name, "enum"))
                    if constraints.get("unique"):
                        if value in seen[name]:
                            violations.append((path.name, line, name, "unique"))
                        seen[name].add(value)
        rows[resource["name"]] = table_rows
        ids[resource["name"]] = {v["id"] for _, v in table_rows}
    for name, table_rows in rows.items():
        for key in by_name[name]["schema"].get("foreignKeys", []):
            target = key["reference"]["resource"]
            if target not in ids:
                continue
            for line, values in table_rows:
                value = values[key["fields"]]
                if value and value not in ids[target]:
                    violations.append((by_name[name]["path"], line, key["fields"], "reference"))
    return violations


@pytest.fixture(scope="module")
def official_resources(hsds_reference: Path) -> list[dict[str, Any]]:
    package = json.loads((hsds_reference / "datapackage.json").read_text(encoding="utf-8"))
    resources: list[dict[str, Any]] = package["resources"]
    return resources


def _expected_gaps(content: dict[str, Any], folder: Path) -> set[Violation]:
    """HSDS requires a state or province and a postal code; where the directory has none,
    the cell stays empty rather than holding an invented value."""
    addresses = {}
    for org in content["organizations"]:
        for location in org["locations"]:
            addresses[location["id"]] = location["address"]
    gaps: set[Violation] = set()
    with (folder / "addresses.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for values in reader:
            address = addresses[values["location_id"]]
            if "region" not in address:
                gaps.add(("addresses.csv", reader.line_num, "state_province", "required"))
            if "postal_code" not in address:
                gaps.add(("addresses.csv", reader.line_num, "postal_code", "required"))
    return gaps


def test_the_tables_follow_the_official_table_schemas(
    sample_file: DirectoryFile, official_resources: list[dict[str, Any]], tmp_path: Path
) -> None:
    options = ExportOptions(include_confidential_addresses=True)
    written = write_tabular(sample_file, tmp_path, options)
    assert len(written) == 15
    present = {p.name for p in written}
    checked = [r for r in official_resources if r["path"] in present]
    assert len(checked) == 14
    violations = set(check_package(tmp_path, checked))
    gaps = _expected_gaps(sample_file.content, tmp_path)
    assert gaps, "the sample has addresses without a region; the check must see them"
    assert violations == gaps


def test_our_own_package_descriptor_says_the_same(
    sample_file: DirectoryFile, tmp_path: Path
) -> None:
    write_tabular(sample_file, tmp_path)
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert package["profile"] == "tabular-data-package"
    violations = set(check_package(tmp_path, package["resources"]))
    assert violations == _expected_gaps(sample_file.content, tmp_path)


def test_the_check_finds_broken_cells(
    sample_file: DirectoryFile, official_resources: list[dict[str, Any]], tmp_path: Path
) -> None:
    write_tabular(sample_file, tmp_path)
    services = tmp_path / "services.csv"
    with services.open(encoding="utf-8", newline="") as handle:
        records = list(csv.reader(handle))
    header = records[0]
    records[1][header.index("status")] = "open"
    records[2][header.index("id")] = "not-a-uuid"
    records[3][header.index("maximum_age")] = "young"
    records[4][header.index("organization_id")] = "00000000-0000-4000-8000-000000000000"
    records[5][header.index("name")] = ""
    records[6][header.index("assured_date")] = "1.2.2025"
    with services.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(records)
    checked = [r for r in official_resources if (tmp_path / r["path"]).exists()]
    found = {v for v in check_package(tmp_path, checked) if v[0] == "services.csv"}
    assert found == {
        ("services.csv", 2, "status", "enum"),
        ("services.csv", 3, "id", "type"),
        ("services.csv", 4, "maximum_age", "type"),
        ("services.csv", 5, "organization_id", "reference"),
        ("services.csv", 6, "name", "required"),
        ("services.csv", 7, "assured_date", "type"),
    }
