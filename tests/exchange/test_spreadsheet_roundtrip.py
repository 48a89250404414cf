"""The sample directory as a workbook (XLSX, ODS, CSV) comes back the same, record by record."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_hsds_roundtrip import assert_same_directory

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

FULL = SheetExportOptions(include_confidential_addresses=True)
TODAY = date(2026, 11, 30)
NAMES = {
    SheetFormat.XLSX: "directory.xlsx",
    SheetFormat.ODS: "directory.ods",
    SheetFormat.CSV: "sheets",
}


def _confidential(content: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        location["id"]: {k: location[k] for k in ("address", "latitude", "longitude")}
        for org in content["organizations"]
        for location in org["locations"]
        if location["confidential"]
    }


@pytest.mark.parametrize("kind", list(SheetFormat))
def test_the_sample_comes_back_whole(
    kind: SheetFormat, sample_file: DirectoryFile, tmp_path: Path
) -> None:
    path = tmp_path / NAMES[kind]
    write_workbook(sample_file, path, kind, FULL)
    result = read_workbook(path, SheetImportOptions(today=TODAY))
    assert_same_directory(sample_file.content, result.directory.content)
    assert result.report == ()
    assert result.confidential_addresses


@pytest.mark.parametrize("kind", list(SheetFormat))
def test_without_confidential_addresses_the_held_ones_are_kept(
    kind: SheetFormat, sample_file: DirectoryFile, tmp_path: Path
) -> None:
    path = tmp_path / NAMES[kind]
    write_workbook(sample_file, path, kind)
    kept = _confidential(sample_file.content)
    assert kept, "the sample has confidential places"
    result = read_workbook(path, SheetImportOptions(today=TODAY, kept_addresses=kept))
    assert_same_directory(sample_file.content, result.directory.content)
    assert [p.code for p in result.report] == [Code.ADDRESS_KEPT] * len(kept)
    assert not result.confidential_addresses


def test_a_new_confidential_place_without_its_address_is_refused(
    sample_file: DirectoryFile, tmp_path: Path
) -> None:
    path = tmp_path / "directory.xlsx"
    write_workbook(sample_file, path, SheetFormat.XLSX)
    with pytest.raises(SheetError) as refused:
        read_workbook(path, SheetImportOptions(today=TODAY))
    problems = refused.value.problems
    assert {p.code for p in problems} == {Code.ADDRESS_WITHHELD}
    assert len(problems) == len(_confidential(sample_file.content))
    assert all(p.place.sheet == "locations" and p.place.row for p in problems)


def test_texts_in_a_fourth_language_get_their_own_columns(
    sample_content: dict[str, Any], tmp_path: Path
) -> None:
    sample_content["organizations"][0]["name"]["ro"] = "Numele în română"
    sample_content["organizations"][1]["services"][0]["description"]["hu"] = "Magyar szöveg"
    directory = DirectoryFile(sample_content, "")
    path = tmp_path / "four.ods"
    write_workbook(directory, path, SheetFormat.ODS, FULL)
    result = read_workbook(path, SheetImportOptions(today=TODAY))
    assert_same_directory(sample_content, result.directory.content)


def test_hand_written_keys_link_new_records(sample_file: DirectoryFile, tmp_path: Path) -> None:
    """A coordinator adds a body, its place, a service and a phone with short keys."""
    folder = tmp_path / "sheets"
    write_workbook(sample_file, folder, SheetFormat.CSV, FULL)

    def add(name: str, row: dict[str, str]) -> None:
        path = folder / f"{name}.csv"
        text = path.read_text(encoding="utf-8-sig")
        header = text.splitlines()[0]
        import csv
        import io

        fields = next(csv.reader(io.StringIO(header)))
        keys = [f.rsplit("(", 1)[1].rstrip(")") for f in fields]
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerow([row.get(k, "") for k in keys])
        path.write_text(text + buffer.getvalue(), encoding="utf-8-sig")

    verified = {"verified_at": "2026-11-20", "verified_by": "me", "verified_source": "call"}
    add(
        "organizations",
        {
            "id": "org-new",
            "name.en": "New shelter",
            "own_name_lang": "bg",
            "own_name": "Нов приют",
            "description.en": "A new shelter",
            "country": "BG",
            **verified,
        },
    )
    add(
        "locations",
        {
            "id": "loc-new",
            "organization_id": "org-new",
            "name.en": "House",
            "timezone": "Europe/Sofia",
            "confidential": "no",
            "address_1": "Street 1",
            "city": "Sofia",
            "address_country": "BG",
        },
    )
    add(
        "services",
        {
            "id": "svc-new",
            "organization_id": "org-new",
            "name.en": "Beds",
            "description.en": "Beds for women",
            "location_ids": "loc-new",
            **verified,
        },
    )
    add("service_categories", {"service_id": "svc-new", "category": "shelter"})
    add(
        "phones",
        {"owner_id": "svc-new", "number": "+359 88 00000 1", "type": "voice", "placeholder": "yes"},
    )
    add(
        "hours", {"owner_id": "loc-new", "byday": "MO,TU", "opens_at": "9:00", "closes_at": "17:30"}
    )
    result = read_workbook(folder, SheetImportOptions(today=TODAY))
    organizations = result.directory.content["organizations"]
    new = next(o for o in organizations if o["name"]["en"] == "New shelter")
    service = new["services"][0]
    assert service["location_ids"] == [new["locations"][0]["id"]]
    assert service["categories"] == ["shelter"]
    assert service["phones"] == [
        {"number": "+359 88 00000 1", "type": "voice", "placeholder": True}
    ]
    assert new["locations"][0]["schedules"] == [
        {"freq": "WEEKLY", "byday": "MO,TU", "opens_at": "09:00", "closes_at": "17:30"}
    ]
    # the same keys give the same ids the next time
    again = read_workbook(folder, SheetImportOptions(today=TODAY))
    assert again.directory.content == result.directory.content
    assert copy.deepcopy(new["id"]) != "org-new"
