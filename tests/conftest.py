"""Shared fixtures. Qt runs offscreen; every test gets its own database in a temp folder."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from collections.abc import Iterator
from pathlib import Path

import pytest

from referral_desk.services.desk import Desk
from referral_desk.services.directory import Directory

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "directory.json"


@pytest.fixture(scope="session")
def sample_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample directory seeded once per test run; tests get copies."""
    path = tmp_path_factory.mktemp("template") / "sample.sqlite3"
    Desk.open(path, SAMPLE).close()
    return path


@pytest.fixture
def sample_desk(sample_db_template: Path, tmp_path: Path) -> Iterator[Desk]:
    """A desk over a fresh copy of the sample directory."""
    target = tmp_path / "sample.sqlite3"
    target.write_bytes(sample_db_template.read_bytes())
    desk = Desk.open(target)
    yield desk
    desk.close()


@pytest.fixture
def sample_directory(sample_desk: Desk) -> Directory:
    """The directory service of ``sample_desk``."""
    return sample_desk.directory


@pytest.fixture(scope="session")
def synthetic_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small synthetic directory (Bulgarian, German and English names), built once."""
    sys.path.insert(0, str(ROOT / "tests" / "bench"))
    from synthetic import build_synthetic_db

    path = tmp_path_factory.mktemp("synthetic") / "synthetic.sqlite3"
    build_synthetic_db(path, 80, seed=3)
    return path


@pytest.fixture
def synthetic_desk(synthetic_db_template: Path, tmp_path: Path) -> Iterator[Desk]:
    """A desk over a fresh copy of the small synthetic directory."""
    target = tmp_path / "synthetic.sqlite3"
    target.write_bytes(synthetic_db_template.read_bytes())
    desk = Desk.open(target)
    yield desk
    desk.close()


@pytest.fixture
def synthetic_directory(synthetic_desk: Desk) -> Directory:
    """The directory service of ``synthetic_desk``."""
    return synthetic_desk.directory


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the real user's settings or database in a test."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))  # the error log
