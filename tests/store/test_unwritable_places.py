"""A database in a read-only folder, on a full disk, or written by a newer version.

Where the machine allows, the read-only folder and the full disk are real: for root a
read-only bind mount and a tiny tmpfs filled to the last byte (``chmod`` stops nothing
for root), for any other user a folder made read-only with ``chmod``. Where mounting is
not allowed, the operating system's answers are simulated at the seam the program asks
them through: ``os.access`` says the folder cannot be written, ``shutil.disk_usage``
that no byte is free. SQLite could still write there, so the tests also prove that the
program, told so, opens the file read-only and leaves nothing beside it. No test is
skipped: each runs everywhere, on the real thing where it can be made.
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
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _inside(path: object, folder: Path) -> bool:
    try:
        return Path(os.fsdecode(path)).resolve().is_relative_to(folder)  # type: ignore[arg-type]
    except (TypeError, ValueError, OSError):
        return False


def _simulate_read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """``os.access`` answers that nothing in ``folder`` can be written."""
    real = os.access

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and _inside(path, folder.resolve()):
            return False
        return real(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)


def _simulate_full_disk(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """``shutil.disk_usage`` answers that the disk holding ``folder`` has no byte free."""
    real = shutil.disk_usage

    def disk_usage(path: object) -> object:
        usage = real(path)  # type: ignore[arg-type]
        if _inside(path, folder.resolve()):
            return type(usage)(usage.total, usage.total, 0)
        return usage

    monkeypatch.setattr(shutil, "disk_usage", disk_usage)


def _in_use(template: Path, target: Path) -> Path:
    """A copy of the sample as a file in use looks: in WAL mode."""
    target.write_bytes(template.read_bytes())
    with Desk.open(target) as desk:
        desk.directory.info()
    return target


# "real" is the real thing where this machine can make it (simulated where it cannot);
# "simulated" is always simulated, so the seam is proved on every machine.
WAYS = ["real", "simulated"]


@pytest.fixture(params=WAYS)
def read_only_folder(
    sample_db_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> Iterator[Path]:
    source = tmp_path / "source"
    source.mkdir()
    _in_use(sample_db_template, source / "directory.sqlite3")
    view = tmp_path / "view"
    view.mkdir()
    if request.param == "simulated":
        _simulate_read_only(monkeypatch, source)
        yield source / "directory.sqlite3"
    elif os.geteuid() == 0:
        if not _mount("--bind", "-o", "ro", str(source), str(view)):
            _simulate_read_only(monkeypatch, source)
            yield source / "directory.sqlite3"
            return
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


@pytest.fixture(params=WAYS)
def full_disk(
    sample_db_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> Iterator[Path]:
    disk = tmp_path / "disk"
    disk.mkdir()
    size = sample_db_template.stat().st_size + 2 * 2**20
    if request.param == "simulated" or not _mount(
        "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(disk)
    ):
        path = _in_use(sample_db_template, disk / "directory.sqlite3")
        _simulate_full_disk(monkeypatch, disk)
        yield path
        return
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
