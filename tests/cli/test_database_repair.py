"""``db check`` finds damage in any table (the typo index too); ``db restore`` and
``db rebuild`` bring the file back, keeping the referral log; backups rotate."""

from __future__ import annotations

import gzip
import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from referral_desk.store import backups

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "directory.json"
CASE = ROOT / "data" / "cases" / "bg-child-begging-vienna.json"

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """``sheet`` makes a QGuiApplication unless a QApplication is there."""


def _keep_a_referral(run: Run, tmp_path: Path) -> None:
    code, _, err = run("sheet", str(CASE), "-o", str(tmp_path / "s.pdf"), "--log")
    assert code == 0, err


def _flip_in_typo_index(path: Path) -> None:
    """Flip one byte of a deletion key (a string only the typo index holds) in the file."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (key,) = connection.execute(
            "SELECT key FROM search_term_del WHERE source = 'drehscheibe' AND key = 'drehscheib'"
        ).fetchone()
    connection.close()
    data = bytearray(path.read_bytes())
    at = data.find(key.encode() + b"drehscheibe")  # the table row: key, source, term
    assert at > 0
    data[at + 3] ^= 0x01
    path.write_bytes(bytes(data))


def test_a_changed_row_in_the_typo_index_is_found(run: Run, db_path: Path) -> None:
    assert run("db", "check")[0] == 0
    with sqlite3.connect(db_path) as connection:  # a value no b-tree index covers
        connection.execute("UPDATE search_term_del SET term = 'drehscheibf' WHERE rowid = 7")
    connection.close()
    code, out, _ = run("db", "check")
    assert code == 1
    assert "typo index search_term_del" in out and "content differs" in out


def test_a_flipped_byte_in_the_typo_index_is_found_and_rebuilt_keeping_the_log(
    run: Run, db_path: Path, tmp_path: Path
) -> None:
    _keep_a_referral(run, tmp_path)
    _flip_in_typo_index(db_path)
    code, out, _ = run("db", "check")
    assert code == 1 and "problem(s) found" in out
    assert "db rebuild" in out
    code, out, err = run("db", "rebuild")
    assert code == 0, err
    assert "1 referral(s) of the log kept" in out
    assert run("db", "check") == (0, "The database is sound.\n", "")
    assert run("log", "stats")[1].startswith("1 referral(s)\n")
    assert list(db_path.parent.glob("cli.damaged-*.sqlite3")), "the damaged file is kept"


def _flip_in_kept_file(path: Path) -> None:
    """Flip one bit in the middle of the gzip'd directory file kept for ``db rebuild``."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (kept,) = connection.execute("SELECT content_gz FROM directory_source").fetchone()
    connection.close()
    data = bytearray(path.read_bytes())
    at = data.find(kept[len(kept) // 2 : len(kept) // 2 + 64])  # in the row, not an overflow
    assert at > 0
    data[at + 7] ^= 0x10
    path.write_bytes(bytes(data))


def test_a_flipped_byte_in_the_kept_directory_file_is_found(run: Run, db_path: Path) -> None:
    """Nothing else reads the kept file until a rebuild needs it: the check must."""
    _flip_in_kept_file(db_path)
    code, out, _ = run("db", "check")
    assert code == 1, out
    assert "the directory file kept for db rebuild is damaged" in out
    assert "db rebuild FILE" in out, "a rebuild needs another file"
    assert "To make the database anew from the last applied directory file" not in out


def test_the_kept_directory_file_matches_its_hash_after_each_way_of_writing_it(
    run: Run, db_path: Path, tmp_path: Path
) -> None:
    """Seeded, loaded from a file (streamed), edited: the check finds each one sound."""
    assert run("db", "check") == (0, "The database is sound.\n", "")
    assert run("db", "load", str(SAMPLE))[0] == 0
    assert run("db", "check") == (0, "The database is sound.\n", "")
    service = "05429c8d-f998-540b-9ec0-523d74fc1280"
    code, _out, err = run("edit", service, "--set", "email=desk@example.org", "--reason", "x")
    assert code == 0, err
    assert run("db", "check") == (0, "The database is sound.\n", "")


@pytest.mark.parametrize("table", ["search_phone", "search_fts", "search_tri"])
def test_a_changed_word_in_a_full_text_index_is_found(run: Run, db_path: Path, table: str) -> None:
    """The FTS tables keep no content: their own check sees a changed word as sound."""
    with sqlite3.connect(db_path) as connection:
        blocks = connection.execute(
            f"SELECT id, block FROM {table}_data WHERE id > 10 ORDER BY length(block) DESC"
        ).fetchall()
        for block_id, block in blocks:  # a letter or digit of a word, made another
            found = re.search(rb"[a-z0-9]{4,}", block)
            if found:
                data = bytearray(block)
                at = found.start() + 2
                data[at] = ord("7") if data[at] != ord("7") else ord("6")
                connection.execute(
                    f"UPDATE {table}_data SET block = ? WHERE id = ?", (bytes(data), block_id)
                )
                break
        else:
            pytest.fail(f"no word found in {table}")
    connection.close()
    code, out, _ = run("db", "check")
    assert code == 1, out
    assert f"search index {table}: its words differ from the records'" in out
    assert "db rebuild" in out


def _kept_file(path: Path) -> tuple[str, bytes]:
    """The directory file in force as the database keeps it: its hash and its bytes."""
    with sqlite3.connect(path) as connection:
        sha256, content_gz = connection.execute(
            "SELECT sha256, content_gz FROM directory_source"
        ).fetchone()
    connection.close()
    return sha256, gzip.decompress(content_gz)


def test_a_rebuild_keeps_the_directory_file_in_force_byte_for_byte(run: Run, db_path: Path) -> None:
    before = _kept_file(db_path)
    _flip_in_typo_index(db_path)
    code, _, err = run("db", "rebuild")
    assert code == 0, err
    assert _kept_file(db_path) == before


def test_restore_brings_back_the_newest_sound_backup(run: Run, db_path: Path) -> None:
    code, _, err = run("db", "load", str(SAMPLE))  # backs the file up first
    assert code == 0, err
    assert len(backups.backups_of(db_path)) == 1
    _flip_in_typo_index(db_path)
    code, out, _ = run("db", "check")
    assert code == 1 and "db restore" in out
    code, out, err = run("db", "restore")
    assert code == 0, err
    assert "restored from cli.backup-" in out
    assert run("db", "check")[0] == 0
    assert run("search", "Drehscheibe")[0] == 0


def test_backups_rotate_and_a_damaged_backup_is_not_restored(run: Run, db_path: Path) -> None:
    for _ in range(backups.KEEP + 2):
        assert run("db", "load", str(SAMPLE))[0] == 0
    kept = backups.backups_of(db_path)
    assert len(kept) == backups.KEEP
    data = bytearray(kept[0].read_bytes())
    data[100:4096] = bytes(4096 - 100)  # the first page's schema gone
    kept[0].write_bytes(bytes(data))
    code, _, err = run("db", "restore", str(kept[0]))
    assert code == 1 and "damaged too" in err
    code, out, _ = run("db", "restore")
    assert code == 0 and kept[1].name in out


def test_a_rebuild_keeps_checks_corrections_and_own_notes(run: Run, db_path: Path) -> None:
    from update_helpers import CHANGED_AT

    assert run("note", CHANGED_AT, "ask for the duty officer")[0] == 0
    assert run("verify", CHANGED_AT, "--how", "letter", "--note", "reply", "--by", "M.")[0] == 0
    code, _, _ = run(
        "verify", CHANGED_AT, "--how", "phone", "--outcome", "unreachable", "--by", "K."
    )
    assert code == 0
    _flip_in_typo_index(db_path)
    code, _, err = run("db", "rebuild")
    assert code == 0, err
    assert run("note", CHANGED_AT)[1].strip() == "ask for the duty officer"
    assert len(run("checks", CHANGED_AT)[1].splitlines()) == 2
    verification = json.loads(run("show", CHANGED_AT, "--json")[1])["verification"]
    assert (verification["by"], verification["how"], verification["note"]) == (
        "M.",
        "letter",
        "reply",
    )


def test_a_backup_keeps_the_settings_and_restore_brings_the_favourites_back(
    run: Run, db_path: Path
) -> None:
    from referral_desk.settings import Settings, load_settings, save_settings, settings_path

    pinned = "f290d61b-4120-5baf-827d-fdde690a6849"
    save_settings(Settings(favourites=(pinned,)))
    code, _, err = run("db", "load", str(SAMPLE))  # backs the file and the settings up
    assert code == 0, err
    (backup,) = backups.backups_of(db_path)
    assert backups.kept_settings(backup).read_bytes() == settings_path().read_bytes()
    save_settings(Settings(favourites=()))  # the favourites lost after the backup
    code, out, err = run("db", "restore")
    assert code == 0, err
    assert "favourites taken with it are back" in out
    assert load_settings().favourites == (pinned,)
    before = settings_path().with_name("settings.json.before-restore")
    assert json.loads(before.read_text(encoding="utf-8"))["favourites"] == []


def test_rotation_drops_the_settings_kept_with_old_backups(run: Run, db_path: Path) -> None:
    from referral_desk.settings import Settings, save_settings

    save_settings(Settings(favourites=("f290d61b-4120-5baf-827d-fdde690a6849",)))
    for _ in range(backups.KEEP + 2):
        assert run("db", "load", str(SAMPLE))[0] == 0
    kept = sorted(db_path.parent.glob("*.settings.json"))
    assert kept == sorted(backups.kept_settings(b) for b in backups.backups_of(db_path))
    assert len(kept) == backups.KEEP


ORG = "782afc8b-3420-5d7b-8547-ac0fa5c40d27"  # Federal Ministry of the Interior (AT)
UNDER_ORG = "90519d5d-ed27-5d39-bd19-b88278344dfa"  # an organization whose parent it is
CONTACT_ELSEWHERE = "25308c44-78c3-5b56-9d20-968439890623"  # a liaison officer in Bulgaria


def _retire_some(run: Run) -> list[dict[str, object]]:
    assert run("retire", ORG, "--reason", "merged")[0] == 0
    assert run("retire", CONTACT_ELSEWHERE, "--reason", "left the post")[0] == 0
    retired = json.loads(run("retired", "--json")[1])
    assert {r["id"] for r in retired} >= {ORG, CONTACT_ELSEWHERE} and len(retired) >= 4
    return sorted(retired, key=lambda r: str(r["id"]))


def _break_table(path: Path, table: str) -> None:
    """Overwrite the root page of ``table`` so that SQLite cannot read the table at all."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    connection.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))
    with sqlite3.connect(path) as connection, pytest.raises(sqlite3.DatabaseError):
        connection.execute(f"SELECT count(*) FROM {table} WHERE retired_at IS NOT NULL").fetchone()
    connection.close()


def _restore_after_rebuild(run: Run) -> None:
    """A record retired before the rebuild comes back whole, with the links others had."""
    code, out, err = run("restore", ORG, "--reason", "merger called off")
    assert code == 0, err
    assert f"organization {UNDER_ORG} (" in out and "parent_id links again" in out
    assert json.loads(run("show", UNDER_ORG, "--json")[1])["organization"]["id"] == ORG
    assert run("db", "check") == (0, "The database is sound.\n", "")


def test_a_rebuild_carries_the_retired_records_over(run: Run, db_path: Path) -> None:
    retired = _retire_some(run)
    _flip_in_typo_index(db_path)
    code, out, err = run("db", "rebuild")
    assert code == 0, err
    assert f"{len(retired)} retired record(s) kept" in out and "audit trail" not in out
    assert run("db", "check") == (0, "The database is sound.\n", "")
    assert sorted(json.loads(run("retired", "--json")[1]), key=lambda r: str(r["id"])) == retired
    assert run("show", ORG)[0] == 3  # still out of the directory
    _restore_after_rebuild(run)


def test_a_rebuild_makes_unreadable_retired_records_again_from_the_audit_trail(
    run: Run, db_path: Path
) -> None:
    retired = _retire_some(run)
    _break_table(db_path, "service")
    assert run("db", "check")[0] == 1
    code, out, err = run("db", "rebuild")
    assert code == 0, err
    assert f"{len(retired)} retired record(s) kept" in out
    assert "made again from the audit trail" in out
    assert run("db", "check") == (0, "The database is sound.\n", "")
    assert sorted(json.loads(run("retired", "--json")[1]), key=lambda r: str(r["id"])) == retired
    _restore_after_rebuild(run)
    code, out, err = run("restore", CONTACT_ELSEWHERE, "--reason", "back at the post")
    assert code == 0, err
    shown = json.loads(run("show", CONTACT_ELSEWHERE, "--json")[1])
    assert shown["id"] == CONTACT_ELSEWHERE
