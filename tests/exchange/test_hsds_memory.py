"""An HSDS import lets each row's cells go once the record the row makes is built.

What an import must hold grows with the records it has built and the rows still to
come, not with every table joined: these are the properties that keep it so, checked
on the sample directory whatever its size.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.exchange.hsds import ExportOptions, export_document, write_tabular
from referral_desk.exchange.hsds.attributes import Attribute
from referral_desk.exchange.hsds.importer import Builder, content_sha256
from referral_desk.exchange.hsds.options import ImportOptions
from referral_desk.exchange.hsds.problems import Findings
from referral_desk.exchange.hsds.readers import Rows, json_rows, tabular_rows

TODAY = date(2026, 11, 30)
FULL = ExportOptions(include_confidential_addresses=True)
# Vocabulary the report of leftovers still reads at the end; a handful of rows.
KEPT_TABLES = {"taxonomy", "taxonomy_term"}


def read(sample_file: DirectoryFile, tmp_path: Path, kind: str) -> tuple[Rows, object]:
    findings = Findings()
    if kind == "tables":
        write_tabular(sample_file, tmp_path / "tables", FULL, today=TODAY)
        return tabular_rows(tmp_path / "tables", findings)
    path = tmp_path / "directory.hsds.json"
    path.write_text(json.dumps(export_document(sample_file, FULL)), encoding="utf-8")
    return json_rows(path, findings)


@pytest.mark.parametrize("kind", ["tables", "json"])
def test_rows_let_go_of_their_cells_once_built(
    sample_file: DirectoryFile, tmp_path: Path, kind: str
) -> None:
    rows, block = read(sample_file, tmp_path, kind)
    attributes = rows["attribute"]
    assert attributes and all(isinstance(a, Attribute) and not a.values for a in attributes)
    held = [row for table, found in rows.items() if table != "attribute" for row in found]
    assert len(held) > 500 and all(row.values for row in held)

    builder = Builder("d", rows, block, ImportOptions(today=TODAY), Findings())
    content = builder.build()

    assert len(content["organizations"]) == len(sample_file.content["organizations"])
    assert "attribute" not in rows  # filed by record, and let go record by record
    assert not any(builder.ctx.attributes.by_link.values())
    assert {row.table for row in held if row.values} <= KEPT_TABLES
    assert builder.findings.errors == [] and builder.findings.report == []


def test_the_digest_made_piece_by_piece_is_that_of_the_whole_text(
    sample_file: DirectoryFile,
) -> None:
    content = sample_file.content
    whole = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()
    assert content_sha256(content) == hashlib.sha256(whole).hexdigest()
    assert content_sha256({}) == hashlib.sha256(b"{}").hexdigest()
