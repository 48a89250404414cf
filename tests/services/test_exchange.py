"""The desk's import and export: every format out and back, the preview, all or nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from referral_desk.exchange.hsds.problems import Code
from referral_desk.exchange.refusals import UpdateRefused
from referral_desk.services.changes import Changes
from referral_desk.services.desk import Desk
from referral_desk.services.exchange import IMPORT_ERRORS, ExportFormat, import_format
from referral_desk.store import update_store

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
