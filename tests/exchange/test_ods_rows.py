"""The records streamed into an ODS workbook: escaped, in their tables, read back as written."""

from __future__ import annotations

import copy
import zipfile
from datetime import date
from pathlib import Path

from test_hsds_roundtrip import assert_same_directory

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.exchange.spreadsheet import (
    SheetExportOptions,
    SheetFormat,
    SheetImportOptions,
    read_workbook,
    write_workbook,
)
from referral_desk.exchange.spreadsheet.ods_rows import MARKER_PREFIX, marker, split_at_markers

FULL = SheetExportOptions(include_confidential_addresses=True)
AWKWARD = "A & B <Beratung> \"Süd\" 'x'\nzweite Zeile ]]> &amp;"


def test_text_that_looks_like_markup_comes_back_as_written(
    sample_file: DirectoryFile, tmp_path: Path
) -> None:
    content = copy.deepcopy(sample_file.content)
    organization = content["organizations"][0]
    organization["description"]["en"] = AWKWARD
    organization["services"][0]["name"]["de"] = "Tür < Tor > Haus & Hof"
    path = tmp_path / "awkward.ods"
    write_workbook(DirectoryFile(content, ""), path, SheetFormat.ODS, FULL)

    with zipfile.ZipFile(path) as archive:
        assert archive.namelist()[0] == "mimetype"  # first and stored, as ODF asks
        assert archive.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        xml = archive.read("content.xml").decode("utf-8")
    assert MARKER_PREFIX not in xml
    assert "A &amp; B &lt;Beratung&gt;" in xml and "&amp;amp;" in xml
    result = read_workbook(path, SheetImportOptions(today=date(2026, 11, 30)))
    assert_same_directory(content, result.directory.content)


def test_the_text_is_cut_at_each_marker_row_whatever_their_order() -> None:
    rows = {
        name: f"<table:table-row><table:table-cell><text:p>{marker(name)}</text:p>"
        "</table:table-cell></table:table-row>"
        for name in ("b", "a")
    }
    content = f"<t1><h/>{rows['b']}<e/></t1><t2><h/>{rows['a']}</t2>"
    pieces = list(split_at_markers(content, [marker("a"), marker("b")]))
    assert pieces == [
        ("<t1><h/>", marker("b")),
        ("<e/></t1><t2><h/>", marker("a")),
        ("</t2>", None),
    ]
