"""The file in force written as ``pack`` writes it, and an index patched for some organizations
answering as one built afresh."""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

import pytest

from referral_desk.paths import data_dir
from referral_desk.services.desk import Desk
from referral_desk.store import record_store
from referral_desk.store.record_store import SourceWriter
from referral_desk.store.update_store import pack, unpack

QUERIES = ["polizei", "116", "shelter", "дете", "Drehscheibe", "вътрешните", "Zebrafinch"]


def test_the_source_writer_packs_the_same_file_and_compresses_only_what_changed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    content = json.loads((data_dir() / "directory.json").read_text(encoding="utf-8"))
    compressed: list[int] = []
    gzip_one = record_store._gzip
    monkeypatch.setattr(
        record_store, "_gzip", lambda raw: compressed.append(len(raw)) or gzip_one(raw)
    )
    writer = SourceWriter()
    stored, sha256 = writer.pack(content)
    whole, whole_sha256 = pack(content)
    assert gzip.decompress(stored) == gzip.decompress(whole) and sha256 == whole_sha256
    assert unpack(stored) == content  # gzip reads the members as one file
    size = sum(compressed)
    compressed.clear()
    first = content["organizations"][0]
    content["organizations"][0] = {**first, "website": "https://example.org/changed"}
    stored, sha256 = writer.pack(content)
    assert (gzip.decompress(stored), sha256) == (
        gzip.decompress(pack(content)[0]),
        pack(content)[1],
    )
    changed = len(json.dumps(content["organizations"][0], ensure_ascii=False).encode())
    assert sum(compressed) < changed + len(json.dumps(content["taxonomy"], ensure_ascii=False)) * 2
    assert sum(compressed) < size / 5  # the other organizations were not compressed again


def test_an_index_patched_by_edits_finds_what_a_rebuild_finds(
    sample_desk: Desk, tmp_path: Path
) -> None:
    editing = sample_desk.editing
    hits = sample_desk.directory.search("", limit=2000)
    org_id = next(h.id for h in hits if h.kind.value == "organization")
    service_id = next(h.id for h in hits if h.kind.value == "service")
    editing.save(org_id, 1, {"name": {"en": "Zebrafinch Union"}}, "")
    record = editing.record(service_id)
    editing.save(service_id, record.version, {"name": {"en": "Zebrafinch line"}}, "")
    contact_id = next(h.id for h in hits if h.kind.value == "contact")
    editing.retire(contact_id, "gone")
    patched = {q: [h.id for h in sample_desk.directory.search(q, limit=2000)] for q in QUERIES}
    assert editing.settle() is True  # a full rebuild
    rebuilt = {q: [h.id for h in sample_desk.directory.search(q, limit=2000)] for q in QUERIES}
    for query in QUERIES:
        assert sorted(patched[query]) == sorted(rebuilt[query]), query
    assert contact_id not in {i for ids in patched.values() for i in ids}
    assert set(patched["Zebrafinch"]) >= {org_id, service_id}
    connection = sqlite3.connect(sample_desk.path)
    try:
        (build,) = connection.execute("SELECT id FROM search_build").fetchone()
    finally:
        connection.close()
    assert not build.startswith("patched:")
