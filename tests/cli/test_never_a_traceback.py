"""Bad input, a failed migration or an unexpected error: one sentence and an exit code, never a
traceback; an unexpected error's details go to the error log, without the error's message."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from referral_desk.cli import main
from referral_desk.cli.exit_codes import ExitCode
from referral_desk.error_log import log_path
from referral_desk.services.directory import Directory

SECRET = "Ivana Petrova, born 2009"  # what a caseworker might have typed about a person


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str, bool]:
    """Exit code, stdout, stderr, and whether an exception escaped (a traceback)."""
    escaped = False
    try:
        code = main(argv)
    except SystemExit as stop:  # argparse's own errors
        code = int(stop.code or 0)
    except Exception:
        code, escaped = -1, True
    captured = capsys.readouterr()
    return code, captured.out, captured.err, escaped


def last_sentence(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines, "something is said on stderr"
    return lines[-1]


BAD_INPUT = [
    (["search", "--verified-within", "100000"], ExitCode.USAGE, "not from 1 to 1200"),
    (["search", "--verified-within", "-3"], ExitCode.USAGE, "not from 1 to 1200"),
    (["search", "--verified-within", "many"], ExitCode.USAGE, "is not a whole number"),
    (["search", "--limit", "0"], ExitCode.USAGE, "not from 1 to 5000"),
    (["search", "--limit", "99999999999999999999"], ExitCode.USAGE, "not from 1 to 5000"),
    (["show", "no-such-record"], ExitCode.NOT_FOUND, "No record has the id no-such-record."),
    # Bytes that are not UTF-8 arrive in sys.argv as lone surrogates.
    (["show", b"\xff\xfeid".decode("utf-8", "surrogateescape")], ExitCode.USAGE, "not UTF-8"),
    (["search", b"Dreh\xe9".decode("utf-8", "surrogateescape")], ExitCode.USAGE, "not UTF-8"),
]


@pytest.mark.parametrize(("argv", "code", "said"), BAD_INPUT)
def test_bad_input_ends_with_one_sentence(
    argv: list[str],
    code: ExitCode,
    said: str,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    got, _out, err, escaped = run(["--db", str(db_path), *argv], capsys)
    assert not escaped
    assert got == code
    assert said in last_sentence(err)
    assert "Traceback" not in err


def test_a_failed_migration_is_one_sentence_and_a_log_entry(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(db_path) as connection:  # claims to be older than its tables
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    code, _out, err, escaped = run(["--db", str(db_path), "search", "Wien"], capsys)
    assert not escaped
    assert code == ExitCode.UNEXPECTED
    sentence = last_sentence(err)
    assert sentence.startswith("referral-desk: the search command stopped on an unexpected error")
    assert str(log_path()) in sentence
    assert "Traceback" not in err
    assert "OperationalError" in log_path().read_text(encoding="utf-8")


def test_an_unexpected_error_is_logged_without_case_data(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError(SECRET)

    monkeypatch.setattr(Directory, "search", broken)
    code, _out, err, escaped = run(["--db", str(db_path), "search", SECRET], capsys)
    assert not escaped
    assert code == ExitCode.UNEXPECTED
    assert len(err.strip().splitlines()) == 1, "one sentence"
    assert "KeyError" in err and str(log_path()) in err
    log = log_path().read_text(encoding="utf-8")
    assert "builtins.KeyError" in log
    assert "in run_search" in log, "the log says where it failed"
    assert SECRET not in log and SECRET not in err, "no case data in the log or on screen"


def test_the_cli_cases_figures(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every case above once more, counted: the figure for the report."""
    cases = [["--db", str(db_path), *argv] for argv, _code, _said in BAD_INPUT]
    tracebacks = sum(run(argv, capsys)[3] for argv in cases)
    with capsys.disabled():
        print(f"\nCLI bad-input cases: {len(cases)}, tracebacks: {tracebacks}")
    assert tracebacks == 0
