"""Rebuild a damaged database: the directory from a directory file, the referral log kept.

The new file is made under a temporary name; only when it is complete is the damaged
file set aside (renamed, never deleted) and the new one put in its place.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from referral_desk.domain.directory_data import DirectoryFile, StreamedDirectoryFile
from referral_desk.store import db
from referral_desk.store.backups import set_aside
from referral_desk.store.failures import DatabaseError
from referral_desk.store.importer import replace_directory

__all__ = ["LOG_TABLES", "read_log_rows", "rebuild"]

LOG_TABLES = ("referral", "referral_body")  # parents first
# Kept beside the directory too: checks of records, corrections, the caseworkers' own notes
# (absent from files made before they were kept).
POST_TABLES = ("verification_check", "correction", "record_note")


def read_log_rows(path: Path) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """The referral log's rows (column names, rows) read from a possibly damaged file, with
    the checks, corrections and own notes kept beside the directory."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as error:
        raise DatabaseError(f"The referral log cannot be read from {path}: {error}.") from error
    try:
        rows: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
        present = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        for table in (*LOG_TABLES, *POST_TABLES):
            if table in POST_TABLES and table not in present:
                continue
            cursor = connection.execute(f"SELECT * FROM {table}")
            columns = [d[0] for d in cursor.description]
            rows[table] = (columns, cursor.fetchall())
        return rows
    except sqlite3.Error as error:
        raise DatabaseError(
            f"The referral log cannot be read from {path} ({error}); restore a backup instead."
        ) from error
    finally:
        connection.close()


def rebuild(
    path: Path, directory: DirectoryFile | StreamedDirectoryFile
) -> tuple[Path | None, int]:
    """Make ``path`` anew from ``directory`` with the referral log (and the checks,
    corrections and own notes) of the file there now.

    Returns the name the damaged file was set aside under and how many referrals
    were kept.
    """
    log = read_log_rows(path) if path.exists() else {}
    target = path.with_name(f".{path.name}.rebuilt")

    def fill(engine: Engine) -> None:
        with db.session_factory(engine, target)() as session, session.begin():
            raw = session.connection().connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)

            def copy(tables: tuple[str, ...]) -> None:
                for table in tables:
                    if table in log:
                        columns, rows = log[table]
                        marks = ",".join("?" * len(columns))
                        names = ",".join(columns)
                        raw.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)

            copy(POST_TABLES)  # first: loading the directory gives records their newer checks
            replace_directory(session, directory)
            copy(LOG_TABLES)

    db.create_new(target, fill).dispose()
    try:
        aside = set_aside(path)
        target.replace(path)
    except OSError as error:
        raise DatabaseError(f"The rebuilt database could not be put in place: {error}.") from error
    return aside, len(log.get("referral", ([], []))[1])
