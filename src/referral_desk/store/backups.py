"""Rotating backups of the database file with SQLite's backup API, and bringing one back.

A backup is taken before every migration and every directory replacement. It holds the
whole file: the post's own referral log and follow-up notes with the directory; and
beside it a copy of the settings file, where the favourites are. The newest ``KEEP``
backups are kept next to the database as ``NAME.backup-STAMP.sqlite3`` (and
``NAME.backup-STAMP.sqlite3.settings.json``).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from referral_desk.atomic_file import write_atomically
from referral_desk.paths import settings_file
from referral_desk.store.failures import BUSY_TIMEOUT_SECONDS, DatabaseError, explain

__all__ = [
    "KEEP",
    "backup_file",
    "backups_of",
    "is_sound",
    "kept_settings",
    "restore",
    "set_aside",
]

KEEP = 5
_SIDE_FILES = ("-wal", "-shm", "-journal")


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backups_of(path: Path) -> list[Path]:
    """The backups of a database file, newest first."""
    pattern = f"{path.stem}.backup-*{path.suffix}"
    return sorted(path.parent.glob(pattern), key=lambda p: p.name, reverse=True)


def kept_settings(backup: Path) -> Path:
    """Where the copy of the settings file taken with ``backup`` is."""
    return backup.with_name(backup.name + ".settings.json")


def backup_file(path: Path, keep: int = KEEP, settings: Path | None = None) -> Path:
    """Copy a database with SQLite's online backup next to it, and the settings file
    (``settings``, by default the user's) beside it; keep the newest ``keep``."""
    target = path.with_name(f"{path.stem}.backup-{_stamp()}{path.suffix}")
    settings = settings or settings_file()
    try:
        if settings.is_file():
            write_atomically(kept_settings(target), settings.read_bytes())
        source = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
    except (OSError, sqlite3.Error) as error:
        target.unlink(missing_ok=True)
        kept_settings(target).unlink(missing_ok=True)
        explained = explain(error, path) or DatabaseError(f"{path}: {error}")
        message = f"No backup could be made, so nothing was changed. {explained}"
        raise DatabaseError(message) from error
    for old in backups_of(path)[keep:]:
        old.unlink(missing_ok=True)
        kept_settings(old).unlink(missing_ok=True)
    return target


def is_sound(path: Path) -> bool:
    """Whether SQLite finds a file whole (its integrity check), read without changing it."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return False
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        return rows == [("ok",)]
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def set_aside(path: Path, why: str = "damaged") -> Path | None:
    """Rename a database and its side files out of the way, named for ``why`` it was set
    aside (``damaged``, ``before-restore``); the new main name."""
    if not path.exists():
        return None
    aside = path.with_name(f"{path.stem}.{why}-{_stamp()}{path.suffix}")
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(aside.with_name(aside.name + suffix))
    path.replace(aside)
    return aside


def restore(path: Path, backup: Path, settings: Path | None = None) -> Path | None:
    """Put ``backup`` in the place of ``path``; the file it replaces is kept, renamed.
    The settings file (``settings``, by default the user's) taken with the backup comes
    back too; the one it replaces is kept beside it as ``settings.json.before-restore``.

    Returns the name the replaced file was given (None if there was none). The copy is
    made under a temporary name first, so a failure leaves the database as it was.
    """
    if not is_sound(backup):
        raise DatabaseError(f"The backup {backup} is damaged too; choose another one.")
    temporary = path.with_name(f".{path.name}.restoring")
    try:
        temporary.unlink(missing_ok=True)
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            destination = sqlite3.connect(temporary)
            try:
                source.backup(destination)
                destination.execute("PRAGMA journal_mode = DELETE")
            finally:
                destination.close()
        finally:
            source.close()
        aside = set_aside(
            path, "damaged" if path.exists() and not is_sound(path) else "before-restore"
        )
        temporary.replace(path)
        _restore_settings(kept_settings(backup), settings or settings_file())
    except (OSError, sqlite3.Error) as error:
        temporary.unlink(missing_ok=True)
        explained = explain(error, path) or DatabaseError(f"{path}: {error}")
        raise DatabaseError(f"The backup was not restored. {explained}") from error
    return aside


def _restore_settings(kept: Path, settings: Path) -> None:
    if not kept.is_file():  # a backup taken before settings were kept, or without any
        return
    if settings.is_file():
        write_atomically(
            settings.with_name(settings.name + ".before-restore"), settings.read_bytes()
        )
    write_atomically(settings, kept.read_bytes())
