"""Lint stays clean: ruff's checks and formatting over the sources and the tests."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _ruff() -> str:
    beside = Path(sys.executable).with_name("ruff")
    found = str(beside) if beside.exists() else shutil.which("ruff")
    assert found, "ruff is a pinned dev dependency: install the project with its [dev] extra"
    return found


def test_ruff_finds_nothing() -> None:
    result = subprocess.run(
        [_ruff(), "check", "src", "tests", "dev.py"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_formatted() -> None:
    result = subprocess.run(
        [_ruff(), "format", "--check", "src", "tests", "dev.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
