"""Opening the database file: pragmas, migrations with a backup first, version checks."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest migration. Opening an up-to-date file needs no Alembic import (a
# third of a second at start-up); a test keeps this equal to Alembic's head.
HEAD_REVISION = "0005"


class DatabaseError(Exception):
    """A database cannot be opened; the message says why in plain words."""


class NewerDatabaseError(DatabaseError):
    """The file was written by a newer Referral Desk; it is left untouched."""


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    config = _alembic_config(None)
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(None))
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def upgrade(engine: Engine) -> None:
    """Migrate to the newest schema and rebuild the search index (derived data), all or nothing."""
    from alembic import command

    from referral_desk.store.search_index import rebuild_search_index

    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")
        rebuild_search_index(connection)


def backup_file(path: Path) -> Path:
    """Copy a database with SQLite's online backup, next to it, before a migration."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def stored_revision(path: Path) -> str | None:
    """The schema revision written in a file, read without changing a byte of it."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise DatabaseError(f"Cannot open {path}: {error}.") from error
    try:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except sqlite3.DatabaseError as error:
        raise DatabaseError(f"{path} is not a Referral Desk database ({error}).") from error
    finally:
        connection.close()


def open_existing(path: Path) -> Engine:
    """Open a database file, migrating an older one after backing it up.

    A file written by a newer version is refused and never altered.
    """
    if not _is_sqlite(path):
        raise DatabaseError(f"{path} is not a Referral Desk database (not an SQLite file).")
    revision = stored_revision(path)
    if revision is None:
        raise DatabaseError(f"{path} is not a Referral Desk database (no schema version).")
    if revision == HEAD_REVISION:
        return make_engine(path)
    if revision not in known_revisions():
        raise NewerDatabaseError(
            f"{path} was written by a newer version of Referral Desk (schema {revision}). "
            "It has not been changed. Please update Referral Desk to open it."
        )
    if revision != head_revision():
        backup_file(path)
        engine = make_engine(path)
        upgrade(engine)
        return engine
    return make_engine(path)


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError as error:
        raise DatabaseError(f"Cannot read {path}: {error.strerror}.") from error


def create_new(path: Path, fill: Callable[[Engine], None]) -> Engine:
    """Create a database at ``path`` and fill it, all or nothing.

    The file is built under a temporary name and renamed into place only when
    ``fill`` has succeeded, so a failure leaves no half-made database behind.
    """
    temporary = path.with_name(f".{path.name}.creating")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_database_files(temporary)
    except OSError as error:
        raise DatabaseError(f"Cannot create the database {path}: {error.strerror}.") from error
    engine = make_engine(temporary)
    try:
        upgrade(engine)
        fill(engine)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.exec_driver_sql("PRAGMA journal_mode = DELETE")
        engine.dispose()
        temporary.replace(path)
    except BaseException as error:
        engine.dispose()
        _remove_database_files(temporary)
        if isinstance(error, OSError | SQLAlchemyError):
            raise DatabaseError(f"The database {path} could not be created: {error}") from error
        raise
    return make_engine(path)


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            candidate.unlink()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def integrity_problems(connection: Connection) -> list[str]:
    """SQLite's integrity and foreign-key checks; an empty list means all is well."""
    problems: list[str] = []
    for (message,) in connection.exec_driver_sql("PRAGMA integrity_check"):
        if message != "ok":
            problems.append(f"integrity: {message}")
    for row in connection.exec_driver_sql("PRAGMA foreign_key_check"):
        problems.append(f"foreign key: table {row[0]} row {row[1]} -> {row[2]}")
    try:
        connection.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES('integrity-check')")
    except Exception as error:  # the FTS index reports damage as an exception
        problems.append(f"search index: {error}")
    return problems
