"""The command line's fixtures: a copy of the sample database, and running one command."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from db_access import database_url
from referral_desk.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
CASES = ROOT / "data" / "cases"

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def db_path(sample_db_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite3"
    path.write_bytes(sample_db_template.read_bytes())
    return path


@pytest.fixture
def db_target(request: pytest.FixtureRequest, database_backend: str, db_path: Path) -> str:
    """What ``--db`` names: the copy of the sample file, or (for the modules run on both
    backends) a copy of the sample on the test cluster."""
    if database_backend == "postgresql":
        return database_url(request.getfixturevalue("sample_desk"))
    return str(db_path)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], db_target: str) -> Run:
    """``run("search", "x")``: the exit code, standard output and error of one command."""

    def run_command(*argv: str) -> tuple[int, str, str]:
        try:
            code = main(["--db", db_target, *argv])
        except SystemExit as stop:  # argparse's own errors and --help
            code = int(stop.code or 0)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run_command
