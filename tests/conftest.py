"""Shared fixtures. Qt runs offscreen; every test gets its own database in a temp folder."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from collections.abc import Iterator
from pathlib import Path

import pytest

from referral_desk.services.directory import Directory, open_directory

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "directory.json"


@pytest.fixture(scope="session")
def sample_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample directory seeded once per test run; tests get copies."""
    path = tmp_path_factory.mktemp("template") / "sample.sqlite3"
    open_directory(path, SAMPLE).close()
    return path


@pytest.fixture
def sample_directory(sample_db_template: Path, tmp_path: Path) -> Iterator[Directory]:
    target = tmp_path / "sample.sqlite3"
    target.write_bytes(sample_db_template.read_bytes())
    directory = open_directory(target)
    yield directory
    directory.close()


@pytest.fixture(scope="session")
def synthetic_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small synthetic directory (Bulgarian, German and English names), built once."""
    sys.path.insert(0, str(ROOT / "tests" / "bench"))
    from synthetic import build_synthetic_db

    path = tmp_path_factory.mktemp("synthetic") / "synthetic.sqlite3"
    build_synthetic_db(path, 80, seed=3)
    return path


@pytest.fixture
def synthetic_directory(synthetic_db_template: Path, tmp_path: Path) -> Iterator[Directory]:
    target = tmp_path / "synthetic.sqlite3"
    target.write_bytes(synthetic_db_template.read_bytes())
    directory = open_directory(target)
    yield directory
    directory.close()


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the real user's settings or database in a test."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
