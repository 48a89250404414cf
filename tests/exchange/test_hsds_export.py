"""The HSDS export: every object valid against the official 3.0 schemas, confidential kept."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.exchange.hsds import ExportOptions, export_document, write_json, write_tabular
from referral_desk.exchange.hsds.tables import TABLES

Validator = Callable[[str], Draft202012Validator]
BOTH = [ExportOptions(), ExportOptions(include_confidential_addresses=True)]


def _errors(validator: Draft202012Validator, instance: Any, where: str) -> list[str]:
    return [
        f"{where}/{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator.iter_errors(instance)
    ]


def _nested(document: dict[str, Any], key: str) -> list[tuple[str, Any]]:
    """Every object under ``key`` anywhere in the document, with its pointer."""
    found: list[tuple[str, Any]] = []

    def walk(node: Any, pointer: str) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k == key and isinstance(v, list):
                    found.extend((f"{pointer}/{k}/{i}", item) for i, item in enumerate(v))
                walk(v, f"{pointer}/{k}")
        elif isinstance(node, list):
            for i, item in enumerate(node):
                walk(item, f"{pointer}/{i}")

    walk(document, "")
    return found


@pytest.mark.parametrize("options", BOTH, ids=["without-addresses", "with-addresses"])
def test_every_exported_object_validates(
    sample_file: DirectoryFile, hsds_validator: Validator, options: ExportOptions
) -> None:
    document = export_document(sample_file, options)
    organizations = document["contents"]
    assert len(organizations) == len(sample_file.content["organizations"])
    problems = []
    for index, organization in enumerate(organizations):
        problems += _errors(hsds_validator("organization"), organization, f"/contents/{index}")
    # organization.json has no "services" property, so each nested service is checked
    # against service.json; everything else is reached through the schemas' own $refs.
    services = _nested(document, "services")
    for pointer, service in services:
        problems += _errors(hsds_validator("service"), service, pointer)
    attributes = _nested(document, "attributes")
    assert not problems, "\n".join(problems[:30])
    assert len(services) == sum(len(o["services"]) for o in sample_file.content["organizations"])
    assert len(attributes) > 2000


def test_how_and_the_note_of_a_verification_are_metadata_that_validates(
    sample_content: dict[str, Any], hsds_validator: Validator
) -> None:
    organization = sample_content["organizations"][0]
    service = organization["services"][0]
    service["verified"].update(how="letter", note="They wrote: new fax from May")
    organization["verified"]["how"] = "website"
    document = export_document(DirectoryFile(sample_content, "0" * 64))
    exported = document["contents"][0]
    service_rows = next(s for s in exported["services"] if s["id"] == service["id"])["metadata"]
    assert [(m["field_name"], m["replacement_value"]) for m in service_rows] == [
        ("record", service["verified"]["source"]),
        ("verification_how", "letter"),
        ("verification_note", "They wrote: new fax from May"),
    ]
    assert {m["last_action_date"] for m in service_rows} == {service["verified"]["at"]}
    assert {m["updated_by"] for m in service_rows} == {service["verified"]["by"]}
    assert len({m["id"] for m in service_rows}) == 3
    assert [m["field_name"] for m in exported["metadata"]] == ["record", "verification_how"]
    problems = _errors(hsds_validator("organization"), exported, "/contents/0")
    for index, nested in enumerate(exported["services"]):
        problems += _errors(hsds_validator("service"), nested, f"/contents/0/services/{index}")
    assert not problems, "\n".join(problems)


def test_the_service_shape_validates(sample_file: DirectoryFile, hsds_validator: Validator) -> None:
    document = export_document(sample_file, shape="services")
    services = [s for o in sample_file.content["organizations"] for s in o["services"]]
    assert document["total_items"] == len(services) == len(document["contents"])
    problems = []
    for index, service in enumerate(document["contents"]):
        problems += _errors(hsds_validator("service"), service, f"/contents/{index}")
        assert service["organization"]["id"]
        for at in service.get("service_at_locations", []):
            assert at["location"]["id"] == at["location_id"]
    assert not problems, "\n".join(problems[:30])


def test_the_validator_is_not_a_rubber_stamp(
    sample_file: DirectoryFile, hsds_validator: Validator
) -> None:
    service = export_document(sample_file)["contents"][0]["services"][0]
    assert not list(hsds_validator("service").iter_errors(service))
    broken = dict(service)
    del broken["status"]
    assert list(hsds_validator("service").iter_errors(broken))
    broken = {**service, "id": "not-a-uuid"}
    assert list(hsds_validator("service").iter_errors(broken))
    broken = {**service, "url": "no address"}
    assert list(hsds_validator("service").iter_errors(broken))
    broken = {**service, "phones": [{"id": service["id"]}]}  # a phone needs a number
    assert list(hsds_validator("service").iter_errors(broken))


def _confidential(content: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        loc for org in content["organizations"] for loc in org["locations"] if loc["confidential"]
    ]


def test_confidential_addresses_stay_out_unless_asked(
    sample_content: dict[str, Any], tmp_path: Path
) -> None:
    hidden = _confidential(sample_content)
    assert len(hidden) >= 5
    # Coordinates would give a shelter away as surely as its street.
    hidden[0]["latitude"], hidden[0]["longitude"] = 48.123456, 16.654321
    directory = DirectoryFile(sample_content, "0" * 64)
    write_json(directory, tmp_path / "out.json")
    write_tabular(directory, tmp_path / "tables")
    written = (tmp_path / "out.json").read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in (tmp_path / "tables").iterdir()
    )
    for location in hidden:
        assert location["address"]["address_1"] not in written
    assert "48.123456" not in written and "16.654321" not in written
    assert "CONFIDENTIAL" not in written
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert document["referral_desk"]["confidential_addresses"] == "left_out"
    # The places themselves are still there, marked, so hours and services keep their place.
    names = [loc["name"]["en"] for loc in hidden]
    assert all(name in written for name in names)


def test_asked_for_confidential_addresses_come_with_a_mark(
    sample_file: DirectoryFile, tmp_path: Path
) -> None:
    options = ExportOptions(include_confidential_addresses=True)
    write_json(sample_file, tmp_path / "out.json", options)
    write_tabular(sample_file, tmp_path / "tables", options)
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    package = json.loads((tmp_path / "tables" / "datapackage.json").read_text(encoding="utf-8"))
    assert document["referral_desk"]["confidential_addresses"] == "included"
    assert document["referral_desk"]["notice"].startswith("CONFIDENTIAL")
    assert package["referral_desk"]["confidential_addresses"] == "included"
    assert package["description"].startswith("CONFIDENTIAL")
    addresses = (tmp_path / "tables" / "addresses.csv").read_text(encoding="utf-8")
    for location in _confidential(sample_file.content):
        assert location["address"]["address_1"] in addresses


def test_an_export_is_the_same_every_time(sample_file: DirectoryFile, tmp_path: Path) -> None:
    write_json(sample_file, tmp_path / "a.json")
    write_json(sample_file, tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8")) == export_document(
        sample_file
    )
    assert not list(tmp_path.glob(".*partial"))


def test_our_tables_match_the_official_data_package(hsds_reference: Path) -> None:
    """Column names, order, types, formats, required, unique, allowed values and keys."""
    official = json.loads((hsds_reference / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in official["resources"]}
    present = set(TABLES)
    for name, table in TABLES.items():
        theirs = resources[name]
        assert table.path == theirs["path"]
        ours = table.schema(present)
        keep = ("name", "type", "format")
        assert [{k: f.get(k) for k in keep} for f in ours["fields"]] == [
            {k: f.get(k) for k in keep} for f in theirs["schema"]["fields"]
        ], name
        assert [f["constraints"] for f in ours["fields"]] == [
            {k: v for k, v in f["constraints"].items() if k in ("required", "unique", "enum")}
            for f in theirs["schema"]["fields"]
        ], name
        their_keys = [
            (k["fields"], k["reference"]["resource"])
            for k in theirs["schema"].get("foreignKeys", [])
            if k["reference"]["resource"] in present
        ]
        assert sorted(
            (k["fields"], k["reference"]["resource"]) for k in ours.get("foreignKeys", [])
        ) == sorted(their_keys), name
