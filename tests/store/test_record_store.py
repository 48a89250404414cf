"""The file in force written as ``pack`` writes it, and an index patched for some organizations
answering as one built afresh."""

from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from referral_desk.paths import data_dir
from referral_desk.services.desk import Desk
from referral_desk.store import db, record_store
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


def test_the_hash_taken_again_from_the_first_change_is_the_whole_files() -> None:
    content = json.loads((data_dir() / "directory.json").read_text(encoding="utf-8"))
    organizations = content["organizations"]
    writer = SourceWriter()

    def packed_as_whole() -> None:
        stored, sha256 = writer.pack(content)
        whole, whole_sha256 = pack(content)
        assert gzip.decompress(stored) == gzip.decompress(whole)
        assert sha256 == whole_sha256 == hashlib.sha256(gzip.decompress(stored)).hexdigest()

    packed_as_whole()
    packed_as_whole()  # nothing changed
    for position in (len(organizations) - 1, 0, len(organizations) // 2):  # last, first, middle
        org = organizations[position]
        organizations[position] = {**org, "website": f"https://example.org/{position}"}
        packed_as_whole()
    retired = organizations.pop(3)  # every organization after it moves up
    packed_as_whole()
    organizations.append(retired)  # and back at the end
    packed_as_whole()
    content["directory"] = {**content["directory"], "version": "changed"}  # the head
    packed_as_whole()
    organizations.clear()
    packed_as_whole()


def test_a_save_takes_the_write_lock_first_without_writing_the_file_again(
    tmp_path: Path,
) -> None:
    path = tmp_path / "lock.sqlite3"
    with Desk.open(path, data_dir() / "directory.json"):
        pass
    engine = db.make_engine(path)
    other = sqlite3.connect(path, timeout=0)
    try:
        with Session(engine) as session, session.begin():
            sha256 = record_store.lock_source(session)
            assert sha256 == other.execute("SELECT sha256 FROM directory_source").fetchone()[0]
            assert session.execute(text("SELECT changes()")).scalar() == 0  # no row written
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("UPDATE directory_info SET id = id")  # another editor waits
            session.rollback()
    finally:
        other.close()
        engine.dispose()
