"""An HSDS JSON document read a record at a time gives the rows that reading it whole gives."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.exchange.hsds import ExportOptions, export_document
from referral_desk.exchange.hsds.attributes import Attribute
from referral_desk.exchange.hsds.problems import Findings
from referral_desk.exchange.hsds.readers import (
    Rows,
    document_rows,
    json_rows,
    streamed_rows,
    whole_json_rows,
)
from referral_desk.exchange.hsds.rows import Row
from referral_desk.exchange.json_stream import CHUNK, StreamGaveUp

FULL = ExportOptions(include_confidential_addresses=True)


def plain(rows: Rows) -> dict[str, list[tuple[Any, ...]]]:
    return {
        table: [(cells(row), tuple(row.place)) for row in found] for table, found in rows.items()
    }


def cells(row: Row) -> Any:
    """A row's cells; an attribute keeps what it says instead."""
    if isinstance(row, Attribute):
        return (row.link_id, row.term_id, row.value, row.link_type)
    return row.values


def read_streamed(document: Any) -> tuple[Rows, Any, Findings]:
    findings = Findings()
    data = json.dumps(document, ensure_ascii=False).encode("utf-8")
    rows, block = streamed_rows(io.BytesIO(data), "d.json", findings)
    return rows, block, findings


@pytest.mark.parametrize("shape", ["organizations", "services"])
def test_our_export_streams_to_the_same_rows_and_findings(
    sample_file: DirectoryFile, shape: str
) -> None:
    document = export_document(sample_file, FULL, shape)  # type: ignore[arg-type]
    assert len(json.dumps(document).encode()) > CHUNK  # read in more than one piece
    whole = Findings()
    expected, expected_block = document_rows(json.loads(json.dumps(document)), "d.json", whole)

    rows, block, findings = read_streamed(document)

    assert plain(rows) == plain(expected) and sum(map(len, rows.values())) > 1000
    assert block == expected_block and block is not None
    assert (findings.errors, findings.report) == (whole.errors, whole.report)


def test_a_list_keyed_by_its_table_streams(sample_file: DirectoryFile) -> None:
    document = export_document(sample_file, FULL)
    keyed = {"organizations": document["contents"], "referral_desk": document["referral_desk"]}
    rows, _block, _findings = read_streamed(keyed)
    expected, _ = document_rows(json.loads(json.dumps(keyed)), "d.json", Findings())
    assert plain(rows) == plain(expected)


ORGANIZATION = {"id": "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", "name": "Org", "description": "x"}
SERVICE = {"id": "ac148810-d857-441c-9679-408f346de14b", "name": "S", "status": "active"}


@pytest.mark.parametrize(
    "document",
    [
        [ORGANIZATION],  # a list at the top
        ORGANIZATION,  # one record
        {"contents": [ORGANIZATION, SERVICE]},  # records of two kinds
        {"contents": [ORGANIZATION], "organizations": [ORGANIZATION]},  # two lists
        {"contents": [], "organizations": [ORGANIZATION]},  # the empty list comes first
        {"contents": [{"id": "x", "term_uri": "y"}]},  # taxonomy terms
        {"contents": [ORGANIZATION], "contents ": 1, "id": "z"},  # a record after all
    ],
    ids=["list", "record", "two kinds", "two lists", "empty first", "terms", "id at the top"],
)
def test_documents_the_stream_cannot_follow_are_read_whole(document: Any, tmp_path: Path) -> None:
    with pytest.raises(StreamGaveUp):
        read_streamed(document)
    path = tmp_path / "d.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    streamed, whole = Findings(), Findings()
    rows, block = json_rows(path, streamed)
    expected, expected_block = whole_json_rows(path, whole)
    assert plain(rows) == plain(expected) and block == expected_block
    assert (streamed.errors, streamed.report) == (whole.errors, whole.report)


def test_a_streamed_file_gives_its_findings_once(
    sample_file: DirectoryFile, tmp_path: Path
) -> None:
    document = export_document(sample_file, FULL)
    document["contents"][1] = "not an organization"  # a finding in the second item
    path = tmp_path / "d.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    findings, whole = Findings(), Findings()
    json_rows(path, findings)
    whole_json_rows(path, whole)
    assert findings.errors == whole.errors and len(findings.errors) == 1
    assert findings.errors[0].place.pointer == "/contents/1"
