"""The command line on a central PostgreSQL database: db migrate, load, status, check, search."""

from __future__ import annotations

from pathlib import Path

import pytest

from referral_desk.cli import main
from referral_desk.store.db import HEAD_REVISION

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "directory.json"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as stop:
        code = int(stop.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_migrate_load_status_check_and_search_on_a_new_central_database(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "--db", pg_url, "db", "status")
    assert code == 1
    assert "schema: none" in out and "db migrate" in out
    assert "test-only-password" not in out + err

    code, out, _ = _run(capsys, "--db", pg_url, "db", "migrate")
    assert code == 0, out
    assert f"schema none -> {HEAD_REVISION}" in out and "db load FILE" in out
    # the command to type next names the database without its password, not with "***"
    hint = out.splitlines()[-1].removeprefix("Load a directory next: ")
    without = pg_url.replace(":test-only-password@", "@")
    assert without != pg_url and hint == f"referral-desk --db {without} db load FILE"
    code, out, _ = _run(capsys, "--db", pg_url, "db", "migrate")
    assert code == 0 and "already this version's" in out

    code, out, err = _run(capsys, "--db", pg_url, "db", "load", str(SAMPLE))
    assert code == 0, err
    assert "organizations" in out

    code, out, _ = _run(capsys, "--db", pg_url, "db", "status")
    assert code == 0
    assert "(PostgreSQL 1" in out and "pg_trgm: installed" in out and "organizations" in out
    assert "test-only-password" not in out

    code, out, _ = _run(capsys, "--db", pg_url, "db", "check")
    assert (code, out.strip()) == (0, "The database is sound.")

    code, out, _ = _run(capsys, "--db", pg_url, "search", "Drehscjeibe")
    assert code == 0 and "Drehscheibe" in out


def test_file_commands_give_one_sentence_for_a_central_database(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "--db", pg_url, "db", "restore", "--list")
    assert code == 1
    assert "central PostgreSQL database, not a file" in err
    assert "Traceback" not in err and "test-only-password" not in err


def test_an_empty_central_database_says_what_to_do(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "--db", pg_url, "search", "x")
    assert code == 1
    assert "no Referral Desk tables yet" in err and "db migrate" in err


def test_migrate_and_status_on_a_post_s_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "post.sqlite3"
    code, out, _ = _run(capsys, "--db", str(path), "db", "status")
    assert (code, "schema: none" in out) == (1, True)
    code, out, _ = _run(capsys, "--db", str(path), "db", "migrate")
    assert code == 0 and f"{path}: schema none -> {HEAD_REVISION}." in out
    code, out, _ = _run(capsys, "--db", str(path), "db", "status")
    assert code == 0 and f"database file: {path}" in out and f"schema: {HEAD_REVISION}" in out
