"""The file in force written as ``pack`` writes it, and an index patched for some organizations
answering as one built afresh."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from referral_desk.paths import data_dir
from referral_desk.services.desk import Desk
from referral_desk.store.record_store import SourceWriter
from referral_desk.store.update_store import pack

QUERIES = ["polizei", "116", "shelter", "дете", "Drehscheibe", "вътрешните", "Zebrafinch"]


def test_the_source_writer_packs_byte_for_byte_and_reuses_unchanged_organizations() -> None:
    content = json.loads((data_dir() / "directory.json").read_text(encoding="utf-8"))
    writer = SourceWriter()
    assert writer.pack(content) == pack(content)
    first = content["organizations"][0]
    content["organizations"][0] = {**first, "website": "https://example.org/changed"}
    assert writer.pack(content) == pack(content)  # the changed one is written out again


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
