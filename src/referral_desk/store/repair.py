"""Rebuild a damaged database: the directory from a directory file; the log and history kept.

The records retired here are kept too: their rows are carried over from the damaged
file, or, when those cannot be read, made again from the audit trail. The new file
is made under a temporary name; only when it is complete is the damaged file set
aside (renamed, never deleted) and the new one put in its place.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from referral_desk.domain.directory_data import DirectoryFile, StreamedDirectoryFile
from referral_desk.store import db
from referral_desk.store.backups import set_aside
from referral_desk.store.failures import DatabaseError
from referral_desk.store.importer import replace_directory
from referral_desk.store.models import RECORD_TABLES
from referral_desk.store.retired_from_audit import put_back_from_audit
from referral_desk.store.retired_rows import RetiredRows, take_retired

__all__ = ["LOG_TABLES", "Rebuilt", "read_log_rows", "read_retired_rows", "rebuild"]

LOG_TABLES = ("referral", "referral_body")  # parents first
# Kept beside the directory too: checks of records, corrections, the caseworkers' own notes
# (absent from files made before they were kept).
POST_TABLES = ("verification_check", "correction", "record_note")
AUDIT_TABLES = ("audit_change", "audit_field")  # the editors' history, kept too


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
        for table in (*LOG_TABLES, *POST_TABLES, *AUDIT_TABLES):
            if table not in LOG_TABLES and table not in present:
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


def read_retired_rows(path: Path) -> RetiredRows | None:
    """The rows of the records retired in a possibly damaged file; None when they cannot
    be read (the record tables are damaged)."""
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    try:
        with Session(engine) as session:
            return take_retired(session)
    except (SQLAlchemyError, sqlite3.Error):
        return None
    finally:
        engine.dispose()


@dataclass(frozen=True)
class Rebuilt:
    """What a rebuild kept: where the damaged file went, referrals, retired records."""

    aside: Path | None
    referrals: int
    retired: int
    retired_from_audit: bool = False  # their rows were unreadable: made from the audit trail


def _retired_count(session: Session) -> int:
    return sum(
        session.execute(select(func.count()).where(table.retired_at.is_not(None))).scalar_one()
        for table in RECORD_TABLES.values()
    )


def rebuild(path: Path, directory: DirectoryFile | StreamedDirectoryFile) -> Rebuilt:
    """Make ``path`` anew from ``directory`` with the referral log (and the checks,
    corrections, own notes, audit trail and retired records) of the file there now."""
    log = read_log_rows(path) if path.exists() else {}
    retired = read_retired_rows(path) if path.exists() else RetiredRows()
    target = path.with_name(f".{path.name}.rebuilt")
    kept: list[int] = []

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
            replace_directory(session, directory, retired or RetiredRows())
            copy(LOG_TABLES)
            copy(AUDIT_TABLES)
            if retired is None:
                put_back_from_audit(session)
            kept.append(_retired_count(session))

    db.create_new(target, fill).dispose()
    try:
        aside = set_aside(path)
        target.replace(path)
    except OSError as error:
        raise DatabaseError(f"The rebuilt database could not be put in place: {error}.") from error
    referrals = len(log.get("referral", ([], []))[1])
    return Rebuilt(aside, referrals, kept[0], retired_from_audit=retired is None)
