"""A database in a read-only folder, on a full disk, or written by a newer version.

The read-only folder and the full disk are real: a read-only bind mount and a tiny
tmpfs filled to the last byte (tests run as root, for whom ``chmod`` stops nothing).
Where mounting is not allowed, the folder is made read-only with ``chmod`` instead,
which holds for a user who is not root.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from referral_desk.domain.case import Pathway
from referral_desk.domain.referral import ReferralHeader
from referral_desk.services.desk import Desk
from referral_desk.store import db
from referral_desk.store.failures import ReadOnlyDatabaseError

ROOT = Path(__file__).resolve().parents[2]
CASE = ROOT / "data" / "cases" / "bg-child-begging-vienna.json"


def make_pathway_and_header(desk: Desk) -> tuple[Pathway, ReferralHeader]:
    from referral_desk.exchange.case_file import read_case_file
    from referral_desk.services.pathway import load_rules

    now = datetime(2026, 11, 30, 10, tzinfo=UTC)
    rules = load_rules().rules
    assert rules is not None
    pathway = desk.pathways.make(read_case_file(CASE), now, rules)
    return pathway, desk.log.new_header("Post", "Caseworker", now)


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _in_use(template: Path, target: Path) -> Path:
    """A copy of the sample as a file in use looks: in WAL mode."""
    target.write_bytes(template.read_bytes())
    with Desk.open(target) as desk:
        desk.directory.info()
    return target


@pytest.fixture
def read_only_folder(sample_db_template: Path, tmp_path: Path) -> Iterator[Path]:
    source = tmp_path / "source"
    source.mkdir()
    _in_use(sample_db_template, source / "directory.sqlite3")
    view = tmp_path / "view"
    view.mkdir()
    if os.geteuid() == 0:
        if not _mount("--bind", "-o", "ro", str(source), str(view)):
            pytest.skip("root without the right to mount: a read-only folder cannot be made")
        try:
            yield view / "directory.sqlite3"
        finally:
            subprocess.run(["umount", str(view)], check=True)
    else:
        source.chmod(0o555)
        try:
            yield source / "directory.sqlite3"
        finally:
            source.chmod(0o755)


def test_a_read_only_folder_is_read_and_named_as_the_reason(read_only_folder: Path) -> None:
    with Desk.open(read_only_folder) as desk:
        assert desk.read_only is not None and "is not writable" in desk.read_only
        assert desk.directory.search("Drehscheibe")
        assert desk.directory.check() == []
        pathway, header = make_pathway_and_header(desk)
        with pytest.raises(ReadOnlyDatabaseError, match="is not writable"):
            desk.log.save(pathway, header)
    assert sorted(p.name for p in read_only_folder.parent.iterdir()) == ["directory.sqlite3"]


@pytest.fixture
def full_disk(sample_db_template: Path, tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("a full disk is made as a tiny tmpfs, which needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    size = sample_db_template.stat().st_size + 2 * 2**20
    if not _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(disk)):
        pytest.skip("root without the right to mount: a full disk cannot be made")
    try:
        path = _in_use(sample_db_template, disk / "directory.sqlite3")
        with (disk / "filler").open("wb") as filler:
            try:
                while True:
                    filler.write(b"\0" * 65536)
                    filler.flush()
            except OSError:
                pass
        yield path
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_a_full_disk_is_read_and_named_as_the_reason(full_disk: Path) -> None:
    assert shutil.disk_usage(full_disk.parent).free < 65536
    with Desk.open(full_disk) as desk:
        assert desk.read_only is not None and "is full" in desk.read_only
        assert desk.directory.search("Drehscheibe")
        pathway, header = make_pathway_and_header(desk)
        with pytest.raises(ReadOnlyDatabaseError, match="is full"):
            desk.log.save(pathway, header)
        assert desk.log.list() == []


def test_sqlites_full_disk_error_in_a_session_says_the_disk_is_full(sample_desk: Desk) -> None:
    """Proves only the wording: SQLite's "database or disk is full" inside a desk session."""
    sessions = db.session_factory(db.make_engine(sample_desk.path), sample_desk.path)
    full = pytest.raises(ReadOnlyDatabaseError, match=r"disk is full: .* was not changed")
    with full, sessions() as session:
        del session
        raise sqlite3.OperationalError("database or disk is full")


def test_a_newer_database_in_wal_mode_is_refused_without_a_trace(
    sample_db_template: Path, tmp_path: Path
) -> None:
    path = _in_use(sample_db_template, tmp_path / "newer.sqlite3")
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(db.NewerDatabaseError, match="has not been changed"):
        Desk.open(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.sqlite3"]
