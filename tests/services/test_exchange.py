"""The desk's import and export: every format out and back, the preview, all or nothing."""

from __future__ import annotations

import hashlib
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from referral_desk.exchange.hsds.problems import Code
from referral_desk.exchange.refusals import UpdateRefused
from referral_desk.services.changes import Changes
from referral_desk.services.desk import Desk
from referral_desk.services.exchange import IMPORT_ERRORS, ExportFormat, import_format
from referral_desk.store import update_store

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
NAMES = {
    ExportFormat.HSDS_JSON: "d.json",
    ExportFormat.HSDS_CSV: "hsds",
    ExportFormat.XLSX: "d.xlsx",
    ExportFormat.ODS: "d.ods",
    ExportFormat.CSV: "sheets",
}


def source_sha(desk: Desk) -> str:
    with desk._sessions() as session:
        source = update_store.source(session)
    assert source is not None
    return source[1]


@pytest.mark.parametrize("kind", list(ExportFormat))
def test_each_format_goes_out_and_comes_back_unchanged(
    kind: ExportFormat, sample_desk: Desk, tmp_path: Path
) -> None:
    path = tmp_path / NAMES[kind]
    result = sample_desk.exchange.export(path, kind)
    assert result.counts["organization"] > 100 and not result.confidential_addresses
    assert import_format(path) is kind
    preview = sample_desk.exchange.check_import(path)
    assert preview.comparison.unchanged
    assert preview.read == preview.comparison.before
    assert {p.code for p in preview.report} == {Code.ADDRESS_KEPT}  # type: ignore[attr-defined]


def test_an_edited_workbook_changes_what_the_preview_says_and_nothing_else(
    sample_desk: Desk, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "d.xlsx"
    sample_desk.exchange.export(path, ExportFormat.XLSX, include_confidential_addresses=True)
    book = load_workbook(path)
    phones = book["Phones"]
    old_number = phones["B3"].value
    phones["B3"] = "+43 1 00000 777"
    organizations = book["Organizations"]
    renamed = organizations["A5"].value
    organizations["B5"] = "Renamed body"
    book.save(path)
    before = source_sha(sample_desk)
    preview = sample_desk.exchange.check_import(path)
    assert source_sha(sample_desk) == before, "a preview writes nothing"
    assert preview.confidential_addresses
    changed = {body.id for body in preview.comparison.changed}
    assert renamed in changed and not preview.comparison.added and not preview.comparison.retired
    assert any(
        change.old == (old_number,) or old_number in " ".join(change.old)
        for change in preview.comparison.field_changes
    )
    notices: list[Changes] = []
    sample_desk.subscribe(notices.append)
    sample_desk.exchange.apply_import(preview)
    assert notices == [Changes(directory=True)]
    detail = sample_desk.directory.show(renamed)
    assert detail is not None and detail.name.get("en") == "Renamed body"
    assert sample_desk.exchange.check_import(path).comparison.unchanged


def test_a_broken_file_changes_nothing(sample_desk: Desk, tmp_path: Path) -> None:
    folder = tmp_path / "sheets"
    sample_desk.exchange.export(folder, ExportFormat.CSV, include_confidential_addresses=True)
    phones = folder / "phones.csv"
    text = phones.read_text(encoding="utf-8-sig")
    phones.write_text(text.replace(",voice,", ",pager,", 1), encoding="utf-8-sig")
    before = source_sha(sample_desk)
    with pytest.raises(IMPORT_ERRORS) as refused:
        sample_desk.exchange.check_import(folder)
    assert refused.value.problems[0].place.sheet == "phones"  # type: ignore[union-attr]
    assert source_sha(sample_desk) == before


def test_a_file_of_one_country_replaces_only_that_country(
    sample_desk: Desk, tmp_path: Path
) -> None:
    from referral_desk.domain.directory_data import DirectoryFile
    from referral_desk.exchange.spreadsheet import SheetExportOptions, SheetFormat, write_workbook
    from referral_desk.exchange.update_preview import part_for

    with sample_desk._sessions() as session:
        source = update_store.source(session)
    assert source is not None
    austria = part_for(source[0], ("AT",))
    austria["organizations"][0]["name"]["en"] = "Renamed in Austria"
    path = tmp_path / "austria.ods"
    write_workbook(DirectoryFile(austria, ""), path, SheetFormat.ODS, SheetExportOptions(True))
    preview = sample_desk.exchange.check_import(path)
    assert preview.countries == ("AT",)
    changed = preview.comparison.changed
    assert austria["organizations"][0]["id"] in {body.id for body in changed}
    assert {body.country for body in changed} == {"AT"}
    assert not preview.comparison.added and not preview.comparison.retired
    sample_desk.exchange.apply_import(preview)
    with sample_desk._sessions() as session:
        after = update_store.source(session)
    assert after is not None
    others = [o for o in after[0]["organizations"] if o["country"] != "AT"]
    assert others == [o for o in source[0]["organizations"] if o["country"] != "AT"]


def test_an_import_checked_against_an_older_directory_is_refused(
    sample_desk: Desk, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "d.xlsx"
    sample_desk.exchange.export(path, ExportFormat.XLSX, include_confidential_addresses=True)
    book = load_workbook(path)
    book["Organizations"]["B3"] = "First change"
    book.save(path)
    preview = sample_desk.exchange.check_import(path)
    shutil.copy(path, tmp_path / "again.xlsx")
    second = sample_desk.exchange.check_import(tmp_path / "again.xlsx")
    sample_desk.exchange.apply_import(preview)
    with pytest.raises(UpdateRefused):
        sample_desk.exchange.apply_import(second)


def renamed_workbook(desk: Desk, path: Path, name: str = "Renamed body") -> str:
    """An exported workbook with one organization renamed; the id of that organization."""
    from openpyxl import load_workbook

    desk.exchange.export(path, ExportFormat.XLSX, include_confidential_addresses=True)
    book = load_workbook(path)
    organizations = book["Organizations"]
    organizations["B5"] = name
    renamed = str(organizations["A5"].value)
    book.save(path)
    return renamed


def test_an_import_is_in_the_update_history_and_undone_like_an_update(
    sample_desk: Desk, tmp_path: Path
) -> None:
    from update_helpers import CHANGED_AT, keep_a_referral, referral_rows

    keep_a_referral(sample_desk.path, CHANGED_AT)
    sample_desk.notes.set(CHANGED_AT, "ask for Maria")
    path = tmp_path / "edited.xlsx"
    renamed = renamed_workbook(sample_desk, path)
    before = source_sha(sample_desk)
    preview = sample_desk.exchange.check_import(path)

    sample_desk.exchange.apply_import(preview, NOW)

    history = sample_desk.updates.history()
    assert len(history) == 1
    line = history[0]
    assert line.imported is not None
    assert (line.imported.name, line.imported.format) == ("edited.xlsx", "xlsx")
    assert line.countries == preview.countries and {"AT", "BG"} <= set(line.countries)
    comparison = preview.comparison
    assert renamed in {body.id for body in comparison.changed}
    assert (line.counts["added"], line.counts["retired"], line.counts["changed"]) == (
        0,
        0,
        len(comparison.changed),
    )
    assert line.counts["after"] == dict(preview.comparison.after)
    assert line.bundle_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert line.can_undo and line.undone_at is None and sample_desk.updates.can_undo()
    assert sample_desk.updates.status() == []  # an import is no publisher's signed update
    assert source_sha(sample_desk) != before

    notices: list[Changes] = []
    sample_desk.subscribe(notices.append)
    undone = sample_desk.updates.undo(NOW)

    assert undone is not None and undone.imported == line.imported and undone.undone_at
    assert notices == [Changes(directory=True)]
    assert source_sha(sample_desk) == before
    detail = sample_desk.directory.show(renamed)
    assert detail is not None and detail.name.get("en") != "Renamed body"
    assert sample_desk.notes.get(CHANGED_AT) == "ask for Maria"
    assert referral_rows(sample_desk.path) == [("R-1", CHANGED_AT)]
    assert not sample_desk.updates.can_undo() and sample_desk.updates.undo(NOW) is None


def test_imports_and_signed_updates_are_undone_newest_first(
    sample_desk: Desk, tmp_path: Path
) -> None:
    from update_helpers import LONE_AT, austrian_changes, organization_ids, signed, write

    original = source_sha(sample_desk)
    path = tmp_path / "first.xlsx"
    renamed_workbook(sample_desk, path, "Imported name")
    sample_desk.exchange.apply_import(sample_desk.exchange.check_import(path), NOW)
    imported = source_sha(sample_desk)
    update = write(tmp_path, "at-1.rdupdate", signed(austrian_changes()))
    applied = sample_desk.updates.apply(sample_desk.updates.check(update), NOW)
    assert applied.imported is None and applied.sequence == 1  # the import took no number
    assert LONE_AT not in organization_ids(sample_desk.path)
    assert [line.imported is None for line in sample_desk.updates.history()] == [True, False]

    first = sample_desk.updates.undo(NOW)
    assert first is not None and first.imported is None
    assert source_sha(sample_desk) == imported and LONE_AT in organization_ids(sample_desk.path)
    second = sample_desk.updates.undo(NOW)
    assert second is not None and second.imported is not None
    assert source_sha(sample_desk) == original


def test_an_import_cannot_be_undone_once_the_directory_was_loaded_again(
    sample_desk: Desk, tmp_path: Path
) -> None:
    """Undo puts back only the directory the import left; a later load ends that."""
    import json

    path = tmp_path / "d.xlsx"
    renamed_workbook(sample_desk, path)
    sample_desk.exchange.apply_import(sample_desk.exchange.check_import(path), NOW)
    with sample_desk._sessions() as session:
        source = update_store.source(session)
    assert source is not None
    content = source[0]
    content["organizations"][0]["name"]["en"] = "Loaded again"
    again = tmp_path / "again.json"
    again.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    sample_desk.directory.replace_from_file(again)
    assert not sample_desk.updates.can_undo()
    assert sample_desk.updates.undo(NOW) is None
    assert sample_desk.updates.history()[0].imported is not None  # still in the history


@pytest.mark.parametrize("name", ["organization_full.json", "service_full.json", "csv"])
def test_the_official_hsds_examples_import_into_the_desk(sample_desk: Desk, name: str) -> None:
    """Another source's file labels its services with the directory's own terms: the
    preview's merged directory passes the directory check and the import applies."""
    from exchange.conftest import find_reference
    from referral_desk.exchange.directory_json import check_directory

    preview = sample_desk.exchange.check_import(find_reference() / "examples" / name)
    assert preview.read["organization"] == 1 and preview.read["service"] >= 1
    assert check_directory(preview.merged) == []
    with sample_desk._sessions() as session:
        source = update_store.source(session)
    assert source is not None
    assert preview.merged["taxonomy"] == source[0]["taxonomy"]
    sample_desk.exchange.apply_import(preview)
    assert sample_desk.directory.search("", limit=1000, now=NOW)


def test_a_service_list_that_names_no_country_imports_where_the_post_says(
    sample_desk: Desk,
) -> None:
    """The official service list names no place: refused until a country is chosen, then
    its body is in that country and its places in that country's time zone, both reported."""
    from exchange.conftest import find_reference

    path = find_reference() / "examples" / "service_list.json"
    with pytest.raises(IMPORT_ERRORS) as refused:
        sample_desk.exchange.check_import(path)
    assert {p.code for p in refused.value.problems} == {Code.NEEDS_COUNTRY}  # type: ignore[union-attr]
    preview = sample_desk.exchange.check_import(path, country="GB")
    assert preview.countries == ("GB",)
    assert ("assumed", "GB") in {(p.code, p.params.get("value")) for p in preview.report}  # type: ignore[attr-defined]
    zones = {
        location["timezone"]
        for org in preview.merged["organizations"]
        if org["country"] == "GB"
        for location in org["locations"]
    }
    assert zones <= {"Europe/London"}
