"""The command line's fixtures: a copy of the sample database, and running one command."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

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
def run(capsys: pytest.CaptureFixture[str], db_path: Path) -> Run:
    """``run("search", "x")``: the exit code, standard output and error of one command."""

    def run_command(*argv: str) -> tuple[int, str, str]:
        try:
            code = main(["--db", str(db_path), *argv])
        except SystemExit as stop:  # argparse's own errors and --help
            code = int(stop.code or 0)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run_command
