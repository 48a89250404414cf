"""``db check``, ``db info`` and ``db load``, and a database file that is not one."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from referral_desk.cli import main

Run = Callable[..., tuple[int, str, str]]
SAMPLE = Path(__file__).resolve().parent.parent.parent / "data" / "directory.json"


def test_db_check_and_info(run: Run) -> None:
    code, out, _ = run("db", "check")
    assert (code, out) == (0, "The database is sound.\n")
    code, out, _ = run("db", "info")
    assert code == 0
    assert "SAMPLE DATA" in out and "version 2026" in out


def test_db_check_lists_problems_and_fails(run: Run, db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("UPDATE service SET organization_id = 'gone' WHERE rowid = 1")
    connection.close()
    code, out, _ = run("db", "check")
    lines = out.strip().splitlines()
    assert code == 1
    assert lines[0].startswith("foreign key: table service")
    assert lines[-1] == f"{len(lines) - 1} problem(s) found."


def test_db_load_replaces_the_directory(run: Run, tmp_path: Path) -> None:
    content = json.loads(SAMPLE.read_text(encoding="utf-8"))
    content["directory"]["version"] = "2027.01-test"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run("db", "load", str(changed))
    assert code == 0 and "version 2027.01-test" in out
    assert "version 2027.01-test" in run("db", "info")[1]


def test_db_load_of_a_bad_file_changes_nothing(run: Run, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "referral-desk-directory"', encoding="utf-8")
    code, _, err = run("db", "load", str(broken))
    assert code == 1
    assert f"referral-desk: The directory file {broken} cannot be used" in err
    assert "not valid JSON" in err
    assert "version 2026" in run("db", "info")[1]


def test_bad_database_file_gives_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database")
    code = main(["--db", str(bad), "search", "x"])
    assert code == 1
    assert "not a Referral Desk database" in capsys.readouterr().err
