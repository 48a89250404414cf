"""Opening the database file: pragmas, migrations with a backup first, version checks."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfoNotFoundError

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from referral_desk.store.backups import backup_file
from referral_desk.store.failures import (
    BUSY_TIMEOUT_SECONDS,
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseError,
    NewerDatabaseError,
    ReadOnlyDatabaseError,
    explain,
    why_not_writable,
)

__all__ = [
    "DatabaseError",
    "NewerDatabaseError",
    "Opened",
    "ReadOnlyDatabaseError",
    "backup_file",
    "create_new",
    "make_engine",
    "make_read_only_engine",
    "open_existing",
    "session_factory",
    "stored_revision",
]

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest migration. Opening an up-to-date file needs no Alembic import (a
# third of a second at start-up); a test keeps this equal to Alembic's head.
HEAD_REVISION = "0012"


# psycopg's errors for a broken rule of ours (a failed constraint), not a broken server.
_SERVER_RULES = frozenset(
    {
        "IntegrityError",
        "UniqueViolation",
        "ForeignKeyViolation",
        "NotNullViolation",
        "CheckViolation",
    }
)


class GuardedSession(Session):
    """A session that turns SQLite's failures into one plain sentence (``failures.explain``).

    Everything done inside ``with sessions() as session:`` is covered, also the hot
    paths that use the sqlite3 connection under SQLAlchemy's.
    """

    def __exit__(self, kind: Any, error: Any, traceback: Any) -> None:
        super().__exit__(kind, error, traceback)
        if error is None:
            return
        cause = getattr(error, "orig", None) or error
        if isinstance(cause, sqlite3.IntegrityError) or type(cause).__name__ in _SERVER_RULES:
            return  # a broken rule of ours, not a broken file
        path = Path(self.info.get("path", "the database"))
        if isinstance(cause, ZoneInfoNotFoundError | TypeError):
            # Every time zone is checked when a directory is loaded, and every column
            # has one type: an unknown zone or a value of another type was damaged since.
            raise DatabaseDamagedError(
                f"The database {path} holds a value that cannot be used ({cause}); it is "
                "probably damaged. Check it (db check); a backup can be restored, or the "
                "directory rebuilt keeping the referral log."
            ) from error
        explained = explain(cause, path)
        if explained is not None and explained is not error:
            reason = self.info.get("read_only")
            if reason and isinstance(explained, ReadOnlyDatabaseError):
                explained = ReadOnlyDatabaseError(f"Nothing can be changed: {reason}.")
            raise explained from error


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _on_connect_read_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
    cursor.execute("PRAGMA foreign_keys = ON")  # the file itself is opened with mode=ro
    cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine that reads and writes ``path``; a write waits for another's lock."""
    engine = create_engine(
        f"sqlite:///{path}", future=True, connect_args={"timeout": BUSY_TIMEOUT_SECONDS}
    )
    event.listen(engine, "connect", _on_connect)
    return engine


def read_only_uri(path: Path, immutable: bool | None = None) -> str:
    """An SQLite URI that reads ``path`` without writing a byte, nor a ``-wal``/``-shm`` file.

    ``immutable`` reads the main file alone; a file whose last changes still sit in its
    ``-wal`` file is read with ``mode=ro`` instead (which uses the files already there),
    unless ``immutable`` is asked for.
    """
    uri = path.resolve().as_uri()
    if immutable is None:
        immutable = not _has_changes_in_wal(path)
    return f"{uri}?mode=ro&immutable=1" if immutable else f"{uri}?mode=ro"


def _has_changes_in_wal(path: Path) -> bool:
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def make_read_only_engine(path: Path, immutable: bool | None = None) -> Engine:
    """An engine that only reads ``path``: for a read-only folder or file, or a full disk."""
    uri = read_only_uri(path, immutable)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)

    engine = create_engine("sqlite://", creator=connect, future=True)
    event.listen(engine, "connect", _on_connect_read_only)
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


def stored_revision(path: Path) -> str | None:
    """The schema revision written in a file, read without changing a byte of it."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
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


@dataclass(frozen=True)
class Opened:
    """An open database: its engine, and why it can only be read (None: it can be changed)."""

    engine: Engine
    read_only: str | None = None


def open_existing(path: Path) -> Opened:
    """Open a database file, migrating an older one after backing it up.

    A file written by a newer version is refused and never altered (not even a
    ``-wal`` file is made). A file that cannot be written (a read-only folder or file,
    a full disk) is opened read-only, and ``Opened.read_only`` says why.
    """
    if not _is_sqlite(path):
        raise DatabaseError(f"{path} is not a Referral Desk database (not an SQLite file).")
    revision = stored_revision(path)
    if revision is None:
        raise DatabaseError(f"{path} is not a Referral Desk database (no schema version).")
    if revision != HEAD_REVISION and revision not in known_revisions():
        raise NewerDatabaseError(
            f"{path} was written by a newer version of Referral Desk (schema {revision}). "
            "It has not been changed. Please update Referral Desk to open it."
        )
    if revision != HEAD_REVISION:
        reason = why_not_writable(path)
        if reason:
            raise ReadOnlyDatabaseError(
                f"{path} was written by an older version of Referral Desk and must be updated "
                f"before it can be opened, but it cannot be changed: {reason}."
            )
        backup_file(path)
        engine = make_engine(path)
        try:
            upgrade(engine)
        except (OSError, SQLAlchemyError) as error:
            engine.dispose()
            cause = getattr(error, "orig", None) or error
            explained = explain(cause, path)
            if not isinstance(explained, ReadOnlyDatabaseError | DatabaseBusyError):
                raise  # a migration that fails on a sound disk is a fault of ours: logged
            raise DatabaseError(
                f"{path} could not be updated to this version; it is as it was, and a backup "
                f"was made first. {explained}"
            ) from error
        return Opened(engine)
    return _open_current(path)


def _open_current(path: Path) -> Opened:
    side_files = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = [side.exists() for side in side_files]
    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except (OSError, SQLAlchemyError) as error:
        engine.dispose()
        for side, was_there in zip(side_files, existed, strict=True):
            _remove_if_empty(side, was_there)
        cause = getattr(error, "orig", None) or error
        reason = why_not_writable(path)
        if reason is None:
            explained = explain(cause, path)
            raise (explained or DatabaseError(f"{path} cannot be opened: {cause}.")) from error
        return _open_read_only(path, reason)
    reason = why_not_writable(path)
    if reason is not None:  # e.g. a full disk: reads work now, writes would fail later
        engine.dispose()
        return _open_read_only(path, reason)
    return Opened(engine)


def _remove_if_empty(side: Path, was_there: bool) -> None:
    """Take away an empty ``-wal`` or ``-shm`` file a failed open has just made."""
    try:
        if not was_there and side.stat().st_size == 0:
            side.unlink()
    except OSError:
        pass


def _open_read_only(path: Path, reason: str) -> Opened:
    """Read-only: with the ``-wal`` file's changes if they can be read, else the main file."""
    error: SQLAlchemyError | None = None
    for immutable in (None, True):
        engine = make_read_only_engine(path, immutable)
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except SQLAlchemyError as failure:
            engine.dispose()
            error = failure
            continue
        return Opened(engine, reason)
    cause = getattr(error, "orig", None) or error
    raise DatabaseError(f"{path} cannot be opened, even to read: {reason} ({cause}).") from error


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
        if isinstance(error, OSError | SQLAlchemyError | DatabaseError):
            cause = getattr(error, "orig", None) or error
            explained = explain(cause, path) or cause
            raise DatabaseError(f"The database {path} could not be created: {explained}") from error
        raise
    return make_engine(path)


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            candidate.unlink()


def session_factory(
    engine: Engine, path: Path | str | None = None, read_only: str | None = None
) -> sessionmaker[Session]:
    """Sessions over ``engine`` whose SQLite failures say what is wrong with ``path``."""
    info = {"path": str(path) if path else "the database", "read_only": read_only}
    return sessionmaker(engine, class_=GuardedSession, expire_on_commit=False, info=info)


def integrity_problems(connection: Connection) -> list[str]:
    """Every table and index checked, the search index against the records (``health``)."""
    from referral_desk.store.health import problems

    return problems(connection)
