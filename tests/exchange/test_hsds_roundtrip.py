"""Our HSDS export comes back as the same directory, record by record, with nothing to report."""

from __future__ import annotations

import json
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
    export_document,
    import_document,
    read_hsds,
    write_json,
    write_tabular,
)

FULL = ExportOptions(include_confidential_addresses=True)
OPTIONS = ImportOptions(today=date(2026, 11, 30))
Content = dict[str, Any]


def _records(content: Content) -> dict[str, tuple[str, Any]]:
    """Every record of the directory by id, with its kind."""
    out: dict[str, tuple[str, Any]] = {}
    for term in content["taxonomy"]:
        out[term["id"]] = ("term", term)
    for org in content["organizations"]:
        out[org["id"]] = ("organization", org)
        for kind in ("locations", "services", "contacts"):
            for record in org[kind]:
                out[record["id"]] = (kind, record)
    return out


def assert_same_directory(before: Content, after: Content) -> None:
    """Equal record by record (each difference named), then equal as a whole, order too."""
    assert after["directory"] == before["directory"]
    old, new = _records(before), _records(after)
    assert new.keys() == old.keys()
    differences = []
    for record_id, (kind, record) in old.items():
        other = new[record_id][1]
        for key in sorted(set(record) | set(other)):
            if record.get(key, "<absent>") != other.get(key, "<absent>"):
                differences.append(
                    f"{kind} {record_id} {key}: {record.get(key)!r} -> {other.get(key)!r}"
                )
    assert not differences, "\n".join(differences[:20])
    assert after == before


def _export_json(directory: DirectoryFile, tmp_path: Path) -> HsdsImport:
    write_json(directory, tmp_path / "directory.json", FULL)
    return read_hsds(tmp_path / "directory.json", OPTIONS)


def _export_tables(directory: DirectoryFile, tmp_path: Path) -> HsdsImport:
    write_tabular(directory, tmp_path / "tables", FULL)
    return read_hsds(tmp_path / "tables", OPTIONS)


def _export_package(directory: DirectoryFile, tmp_path: Path) -> HsdsImport:
    write_tabular(directory, tmp_path / "tables", FULL)
    return read_hsds(tmp_path / "tables" / "datapackage.json", OPTIONS)


ROUTES: dict[str, Callable[[DirectoryFile, Path], HsdsImport]] = {
    "json": _export_json,
    "tables": _export_tables,
    "datapackage": _export_package,
}


@pytest.mark.parametrize("route", ROUTES)
def test_the_sample_directory_comes_back_unchanged(
    sample_file: DirectoryFile, tmp_path: Path, route: str
) -> None:
    result = ROUTES[route](sample_file, tmp_path)
    assert result.report == ()
    assert result.from_referral_desk and result.confidential_addresses
    assert_same_directory(sample_file.content, result.directory.content)
    assert check_directory(result.directory.content) == []


@pytest.fixture
def rich_content(sample_content: Content) -> Content:
    """The sample with every optional field of the format filled somewhere, and awkward text."""
    content = sample_content
    content["taxonomy"][0].pop("description")
    orgs = content["organizations"]
    org = next(o for o in orgs if o["locations"] and o["services"] and o["contacts"])
    org["alternate_names"] = ["ONE", "Two, with a comma", 'Three "quoted"']
    org["name"]["ro"] = "Organizație — nume în română"
    org["description"]["en"] = "  Leading and trailing spaces stay.  \nA second line, too."
    org["phones"][0]["extension"] = "012"
    org["phones"].append(
        {"number": "+43 1 000 0099", "type": "fax", "placeholder": True, "extension": "7"}
    )
    location = org["locations"][0]
    location["latitude"], location["longitude"] = 48.208174, 16.373819
    location["address"].update({"address_2": "Stiege 2", "region": "Wien"})
    location["schedules"].append(
        {
            "freq": "WEEKLY",
            "byday": "SA,SU",
            "opens_at": "22:00",
            "closes_at": "06:00",
            "valid_from": "2026-01-01",
            "valid_to": "2026-12-31",
            "description": {"en": "Night shift at weekends", "de": "Nachtdienst am Wochenende"},
        }
    )
    service = org["services"][0]
    service["populations"] = ["children"]
    service["eligibility"] = {"en": "Under 18 = child", "bg": "Под 18 години"}
    service["serves_nationals_of"] = ["BG", "RO"]
    service["around_the_clock"] = True
    service["verified"].update(how="phone", note="Spoke to the duty officer; new fax = 2")
    org["verified"].update(how="in_person", note="Met the director, «all as written»")
    contact = org["contacts"][0]
    contact["verified"]["how"] = "email"  # how, without a note
    contact["name"] = None
    contact["department"] = "Desk; night; 🌙"
    contact["schedules"] = [
        {"freq": "WEEKLY", "byday": "MO", "opens_at": "09:00", "closes_at": "12:00"}
    ]
    empty = next(o for o in orgs if o is not org)
    empty["alternate_names"] = []
    assert check_directory(content) == []
    return content


@pytest.mark.parametrize("route", ROUTES)
def test_every_optional_field_comes_back(rich_content: Content, tmp_path: Path, route: str) -> None:
    directory = DirectoryFile(rich_content, "0" * 64)
    result = ROUTES[route](directory, tmp_path)
    assert result.report == ()
    assert_same_directory(rich_content, result.directory.content)


def test_the_comparison_sees_a_changed_record(sample_file: DirectoryFile, tmp_path: Path) -> None:
    """A lost translation or a reordered phone list would not pass unnoticed."""
    document = export_document(sample_file, FULL)
    attributes = document["contents"][0]["attributes"]
    translations = next(a for a in attributes if a["taxonomy_term"]["code"] == "field:translations")
    attributes.remove(translations)
    result = import_document(document, "edited.json", OPTIONS)
    with pytest.raises(AssertionError, match="organization"):
        assert_same_directory(sample_file.content, result.directory.content)


def test_a_services_shaped_export_comes_back_whole_when_every_body_has_services(
    sample_file: DirectoryFile,
) -> None:
    assert all(o["services"] for o in sample_file.content["organizations"])
    document = export_document(sample_file, FULL, shape="services")
    result = import_document(json.loads(json.dumps(document)), "services.json", OPTIONS)
    assert result.report == ()
    assert_same_directory(sample_file.content, result.directory.content)


def test_a_services_shaped_export_leaves_out_bodies_without_services(
    sample_content: Content,
) -> None:
    ministry = sample_content["organizations"][0]
    children = [o for o in sample_content["organizations"] if o["parent_id"] == ministry["id"]]
    assert children
    ministry["services"] = []
    for contact in ministry["contacts"]:
        contact["service_id"] = None
    assert check_directory(sample_content) == []
    document = export_document(DirectoryFile(sample_content, "0" * 64), FULL, shape="services")
    result = import_document(document, "services.json", OPTIONS)
    kept = {o["id"] for o in result.directory.content["organizations"]}
    assert ministry["id"] not in kept
    assert len(kept) == len(sample_content["organizations"]) - 1
    # The links to the body the file does not hold are dropped, and each is said.
    assert {(p.code, p.place.field, p.params["value"]) for p in result.report} == {
        (Code.LINK_DROPPED, "parent_organization_id", ministry["id"])
    }
    assert len(result.report) == len(children)


def test_an_export_without_confidential_addresses_cannot_pass_for_a_full_one(
    sample_file: DirectoryFile, tmp_path: Path
) -> None:
    write_json(sample_file, tmp_path / "shared.json")
    with pytest.raises(HsdsError) as caught:
        read_hsds(tmp_path / "shared.json", OPTIONS)
    problems = caught.value.problems
    hidden = [
        loc["id"]
        for org in sample_file.content["organizations"]
        for loc in org["locations"]
        if loc["confidential"]
    ]
    assert [p.code for p in problems] == [Code.ADDRESS_WITHHELD] * len(hidden)
    assert all(p.place.file == "shared.json" and p.place.pointer for p in problems)
    assert "confidential" in problems[0].message()


@pytest.mark.parametrize("tabular", [False, True])
def test_an_export_without_confidential_addresses_keeps_the_addresses_held(
    tabular: bool, sample_file: DirectoryFile, tmp_path: Path
) -> None:
    """Back into the directory it came from, the places keep the addresses held there."""
    path = tmp_path / ("tables" if tabular else "shared.json")
    if tabular:
        write_tabular(sample_file, path)
    else:
        write_json(sample_file, path)
    kept = {
        loc["id"]: {key: loc[key] for key in ("address", "latitude", "longitude")}
        for org in sample_file.content["organizations"]
        for loc in org["locations"]
        if loc["confidential"]
    }
    options = ImportOptions(today=date(2026, 11, 30), kept_addresses=kept)
    result = read_hsds(path, options)
    assert_same_directory(sample_file.content, result.directory.content)
    assert [p.code for p in result.report] == [Code.ADDRESS_KEPT] * len(kept)
    assert not result.confidential_addresses
