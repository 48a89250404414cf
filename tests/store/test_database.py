"""Opening database files: first-run seeding is all or nothing, migrations back up first,
newer files are refused untouched, and the integrity check finds damage."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from referral_desk.exchange.directory_json import DirectoryFileError
from referral_desk.services.changes import Changes
from referral_desk.services.desk import Desk
from referral_desk.store import db

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "directory.json"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_run_seeds_the_sample_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "new" / "directory.sqlite3"
    desk = Desk.open(f"sqlite:///{path}", SAMPLE)  # a database URL or a plain path
    try:
        info = desk.directory.info()
        assert info.sample
        assert info.counts["organizations"] >= 40
        assert desk.directory.check() == []
    finally:
        desk.close()
    engine = db.make_engine(path)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        (b"{ not json", "not valid JSON"),
        (b"\xff\xfe\x00", "not UTF-8"),
        (json.dumps({"format": "something-else"}).encode(), "not a Referral Desk directory"),
    ],
)
def test_broken_or_missing_seed_file_leaves_no_database(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    seed = tmp_path / "seed.json"
    if content is not None:
        seed.write_bytes(content)
    target = tmp_path / "db" / "directory.sqlite3"
    with pytest.raises(DirectoryFileError, match=message):
        Desk.open(target, seed)
    assert not target.exists()
    assert not target.parent.exists() or [p.name for p in target.parent.iterdir()] == []


def _broken_sample(tmp_path: Path, change: str) -> Path:
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    org = data["organizations"][0]
    if change == "phone":
        org.setdefault("phones", []).append({"number": "+359 2 00000000000000", "type": "voice"})
    elif change == "real_phone":
        org.setdefault("phones", []).append({"number": "+43 1 53126 0", "type": "voice"})
    elif change == "email":
        org["email"] = "office@bmi.gv.at"
    elif change == "parent":
        org["parent_id"] = "00000000-0000-4000-8000-000000000000"
    elif change == "timezone":
        org["locations"][0]["timezone"] = "Europe/Atlantis"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("phone", r"organizations\[0\]\.phones\[\d+\]\.number: '\+359 2 0+' is not a possible"),
        ("real_phone", "looks like a real number"),
        ("email", "placeholder e-mails"),
        ("parent", r"organizations\[0\]\.parent_id: no organization"),
        ("timezone", "not an IANA time zone"),
    ],
)
def test_bad_records_are_refused_with_the_place_named(
    tmp_path: Path, change: str, message: str
) -> None:
    with pytest.raises(DirectoryFileError, match=message):
        Desk.open(tmp_path / "directory.sqlite3", _broken_sample(tmp_path, change))
    assert not (tmp_path / "directory.sqlite3").exists()


def test_newer_database_is_refused_and_left_untouched(
    sample_db_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "newer.sqlite3"
    path.write_bytes(sample_db_template.read_bytes())
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = _digest(path)
    with pytest.raises(db.NewerDatabaseError, match="newer version"):
        Desk.open(path)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.sqlite3"]


def test_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list")
    with pytest.raises(db.DatabaseError, match="not a Referral Desk database"):
        Desk.open(path)
    assert path.read_text() == "shopping list"


def test_older_database_is_backed_up_then_migrated(
    sample_db_template: Path, tmp_path: Path
) -> None:
    revisions = db.known_revisions()
    oldest = "0001"
    assert oldest in revisions
    path = tmp_path / "old.sqlite3"
    path.write_bytes(sample_db_template.read_bytes())
    engine = db.make_engine(path)
    if db.head_revision() != oldest:
        from alembic import command

        with engine.begin() as connection:
            command.downgrade(db._alembic_config(connection), oldest)
    else:
        # Only one schema revision exists: pretend the file is older by its version stamp.
        with engine.begin() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
    engine.dispose()
    before = _digest(path)
    desk = Desk.open(path)
    try:
        assert desk.directory.info().counts["organizations"] >= 40
        assert desk.directory.search("Drehscheibe"), "the search index is rebuilt after migrating"
    finally:
        desk.close()
    assert db.stored_revision(path) == db.head_revision()
    backups = list(tmp_path.glob("old.backup-*.sqlite3"))
    assert len(backups) == (1 if db.head_revision() != oldest else 0)
    if backups:  # the backup is the file as it was, at the old revision
        assert db.stored_revision(backups[0]) == oldest
        with sqlite3.connect(backups[0]) as old, sqlite3.connect(path) as new:
            count = "SELECT count(*) FROM organization"
            assert old.execute(count).fetchone() == new.execute(count).fetchone()
    assert before != _digest(path)


def test_integrity_check_reports_a_broken_reference(
    sample_db_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(sample_db_template.read_bytes())
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("UPDATE service SET organization_id = 'gone' WHERE rowid = 1")
    connection.close()
    desk = Desk.open(path)
    try:
        problems = desk.directory.check()
    finally:
        desk.close()
    assert any("foreign key" in p and "service" in p for p in problems)


def test_replacing_the_directory_is_all_or_nothing(
    sample_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from referral_desk.store import importer

    sample_directory = sample_desk.directory
    notices: list[Changes] = []
    sample_desk.subscribe(notices.append)
    before = sample_directory.info()
    hits_before = len(sample_directory.search("Drehscheibe"))

    def crash(connection: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(importer, "rebuild_search_index", crash)
    with pytest.raises(db.DatabaseError, match=r"disk is full: .* not changed"):
        sample_directory.replace_from_file(SAMPLE)
    after = sample_directory.info()
    assert after.counts == before.counts
    assert len(sample_directory.search("Drehscheibe")) == hits_before
    assert sample_directory.check() == []
    assert notices == [], "nothing changed, so no notice"
    monkeypatch.undo()
    sample_directory.replace_from_file(SAMPLE)
    assert notices == [Changes(directory=True)]


def test_a_database_url_of_another_kind_is_refused(tmp_path: Path) -> None:
    with pytest.raises(db.DatabaseError, match="a file path, sqlite:///path or postgresql"):
        Desk.open("mysql://someone:secret@localhost/desk")
    with pytest.raises(db.DatabaseError, match="names no database"):
        Desk.open("postgresql://localhost")


def test_a_fresh_database_has_the_search_index_the_code_reads(tmp_path: Path) -> None:
    from referral_desk.store.search_schema import SCHEMA, TABLES

    path = tmp_path / "fresh.sqlite3"
    engine = db.make_engine(path)
    db.upgrade(engine)  # the migrations alone
    engine.dispose()
    with sqlite3.connect(path) as connection:
        stored = {
            name: sql
            for name, sql in connection.execute("SELECT name, sql FROM sqlite_master")
            if name.startswith(("search_", "ix_search_"))
        }
    connection.close()
    assert set(TABLES) <= set(stored)
    for statement in SCHEMA:  # each table and index as the one definition writes it
        assert any(
            sql and statement.replace(" IF NOT EXISTS", "") == sql for sql in stored.values()
        ), statement


def test_head_revision_constant_matches_the_migrations() -> None:
    assert db.head_revision() == db.HEAD_REVISION


def test_an_unusable_place_for_the_database_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(db.DatabaseError, match="Cannot create the database"):
        Desk.open(blocker / "directory.sqlite3", SAMPLE)


def test_a_failure_while_seeding_leaves_no_file_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from referral_desk.store import importer

    def full_disk(connection: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(importer, "rebuild_search_index", full_disk)
    target = tmp_path / "directory.sqlite3"
    with pytest.raises(db.DatabaseError, match=r"could not be created: .*disk is full"):
        Desk.open(target, SAMPLE)
    assert list(tmp_path.iterdir()) == []


def test_a_seed_file_changed_after_its_check_leaves_no_file_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seed file is checked, then read again as it is stored (as ``db load`` reads
    one): a file changed in between is refused, and no database is left behind."""
    from referral_desk.exchange.directory_stream import read_directory_stream
    from referral_desk.services import desk as desk_module

    seed = tmp_path / "seed.json"
    content = json.loads(SAMPLE.read_text(encoding="utf-8"))
    seed.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")

    def changed_after_the_check(path: Path) -> object:
        checked = read_directory_stream(path)
        content["organizations"][0]["name"]["en"] = "Changed after the check"
        path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
        return checked

    monkeypatch.setattr(desk_module, "read_directory_stream", changed_after_the_check)
    target = tmp_path / "db" / "directory.sqlite3"
    with pytest.raises(DirectoryFileError, match="changed while it was loaded"):
        Desk.open(target, seed)
    assert list(target.parent.iterdir()) == []
