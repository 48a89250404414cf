"""What went wrong with a database file, in one plain sentence: damage, a lock, a full disk."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "DatabaseBusyError",
    "DatabaseDamagedError",
    "DatabaseError",
    "NewerDatabaseError",
    "ReadOnlyDatabaseError",
    "explain",
    "why_not_writable",
]

BUSY_TIMEOUT_SECONDS = 10  # a write waits this long for another program's write to end
_LOW_SPACE_BYTES = 1 * 2**20

# SQLite's primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


class DatabaseError(Exception):
    """A database cannot be opened or used; the message says why in plain words."""


class LoginRefusedError(DatabaseError):
    """A central database refused the login (a wrong password, or no such role)."""


class NewerDatabaseError(DatabaseError):
    """The file was written by a newer Referral Desk; it is left untouched."""


class DatabaseDamagedError(DatabaseError):
    """The file is damaged: ``db check`` says where, a backup or a rebuild brings it back."""


class DatabaseBusyError(DatabaseError):
    """Another program kept the database locked for longer than we wait."""


class ReadOnlyDatabaseError(DatabaseError):
    """The database can be read but not changed (a read-only folder or file, a full disk)."""


def why_not_writable(path: Path) -> str | None:
    """Why a database file cannot be written, or None when nothing is seen to stop it."""
    folder = path.resolve().parent
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"the folder {folder} is not writable"
    if path.exists() and not os.access(path, os.W_OK):
        return f"the file {path} is read-only"
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return None
    if free < _LOW_SPACE_BYTES:
        return f"the disk that holds {folder} is full"
    return None


def _code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def explain(error: BaseException, path: Path) -> DatabaseError | None:
    """The plain-words error for an SQLite or operating-system failure, or None if it is
    not one (a programming error keeps its traceback)."""
    if isinstance(error, DatabaseError):
        return error
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return ReadOnlyDatabaseError(f"The disk is full: {path} was not changed.")
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            reason = why_not_writable(path) or error.strerror
            return ReadOnlyDatabaseError(f"{path} cannot be changed: {reason}.")
        return DatabaseError(f"{path} cannot be used: {error.strerror or error}.")
    if type(error).__module__.startswith("psycopg"):
        return _explain_server(error, str(path))
    if not isinstance(error, sqlite3.Error):
        return None
    code = _code(error)
    text = str(error)
    if code in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text:
        return DatabaseDamagedError(
            f"The database {path} is damaged ({text}). Check it (db check); a backup can be "
            "restored, or the directory rebuilt keeping the referral log."
        )
    if code in (_BUSY, _LOCKED) or "locked" in text:
        return DatabaseBusyError(
            f"The database {path} is busy: another program has been writing to it for more "
            f"than {BUSY_TIMEOUT_SECONDS} seconds. Nothing was changed; try again."
        )
    if code == _FULL or "disk is full" in text:
        return ReadOnlyDatabaseError(f"The disk is full: {path} was not changed.")
    if code in (_READONLY, _CANTOPEN, _IOERR) or "readonly" in text:
        reason = why_not_writable(path)
        if reason:
            return ReadOnlyDatabaseError(f"{path} cannot be changed: {reason}.")
        if code == _IOERR:
            return DatabaseError(f"The disk could not read or write {path} ({text}).")
        return DatabaseError(f"{path} cannot be opened ({text}).")
    if isinstance(error, sqlite3.DatabaseError):  # e.g. a text that is not UTF-8 any more
        return DatabaseDamagedError(
            f"The database {path} is damaged ({text}). Check it (db check); a backup can be "
            "restored, or the directory rebuilt keeping the referral log."
        )
    return None


def _explain_server(error: BaseException, where: str) -> DatabaseError | None:
    """The plain-words error for a failure of a central PostgreSQL database."""
    import psycopg
    from psycopg import errors

    first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
    if isinstance(error, errors.InsufficientPrivilege):
        return ReadOnlyDatabaseError(
            f"Your database role may not do this on {where} ({first_line}); nothing was changed."
        )
    if isinstance(error, errors.ReadOnlySqlTransaction):
        return ReadOnlyDatabaseError(f"{where} can only be read now ({first_line}).")
    if isinstance(error, errors.LockNotAvailable | errors.DeadlockDetected):
        return DatabaseBusyError(
            f"{where} is busy: another editor is changing the same records. Nothing was "
            "changed; try again."
        )
    if isinstance(error, psycopg.OperationalError):
        return DatabaseError(f"The database {where} cannot be reached: {first_line}.")
    if isinstance(error, psycopg.IntegrityError):
        return None  # a broken rule of ours, not a broken server
    return None
