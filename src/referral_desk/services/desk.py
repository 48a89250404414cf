"""The desk: the one object that opens the database and hands out every service.

Open it once (``Desk.open``), use its services, close it. After each operation that
changes data it sends a ``Changes`` notice to its subscribers (Anki's ``Collection``
and ``OpChanges`` are the model). The desk alone holds the engine and the session
factory; its services get sessions from that factory, and nothing above them (the
windows, the CLI, the sheets) ever holds a session or an ORM object.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from referral_desk.exchange.directory_json import read_directory_file
from referral_desk.services.changes import Notices, Subscriber
from referral_desk.services.directory import Directory, sample_directory_file
from referral_desk.services.errors import DatabaseError
from referral_desk.store import db
from referral_desk.store.backups import backup_file
from referral_desk.store.importer import replace_directory

if TYPE_CHECKING:
    from referral_desk.services.corrections import Corrections
    from referral_desk.services.log_service import ReferralLog
    from referral_desk.services.notes import Notes
    from referral_desk.services.pathway.service import Pathways
    from referral_desk.services.updates import Updates
    from referral_desk.services.verification import Verifications

__all__ = ["Desk", "database_path"]

SQLITE_PREFIX = "sqlite:///"


def database_path(target: str | Path) -> Path:
    """The file a database URL or a plain path names (``sqlite:///path``; a path means that)."""
    if isinstance(target, Path):
        return target
    if target.startswith(SQLITE_PREFIX):
        return Path(target.removeprefix(SQLITE_PREFIX))
    if "://" in target:
        raise DatabaseError(f"{target}: only SQLite databases (sqlite:///path) can be opened.")
    return Path(target)


class Desk:
    """The open database and its services: ``directory``, ``pathways`` and ``log``."""

    def __init__(self, engine: Engine, path: Path, read_only: str | None = None) -> None:
        """Use ``Desk.open``; this wraps an engine that is already open and current."""
        self.path = path
        self.read_only = read_only  # why nothing can be changed, or None
        self._engine = engine
        self._sessions: sessionmaker[Session] = db.session_factory(engine, path, read_only)
        self._notices = Notices()
        self.directory = Directory(self._sessions, self._notices.send, self._back_up)

    # The other services are made when first asked for: the first search after start-up
    # does not wait for the rule engine or the log to be imported. Services still to come
    # (editing the directory) go here too, each given the session factory
    # and ``self._notices.send``.

    @cached_property
    def pathways(self) -> Pathways:
        """Make a case's pathway; work out who is reachable again."""
        from referral_desk.services.pathway.service import Pathways

        return Pathways(self._sessions)

    @cached_property
    def log(self) -> ReferralLog:
        """The referral log: keep, find, follow up, reprint, count."""
        from referral_desk.services.log_service import ReferralLog

        return ReferralLog(self._sessions, self.directory, self._notices.send)

    @cached_property
    def updates(self) -> Updates:
        """Signed directory updates: verify, preview, apply, undo, history; publish; keys.

        The post's own keys and accepted key statements are kept in ``keys/``
        beside the database; the shipped ones come with the program.
        """
        from referral_desk.paths import resources_dir
        from referral_desk.services.updates import Updates

        return Updates(
            self._sessions,
            self._notices.send,
            shipped_keys=resources_dir() / "keys",
            local_keys=self.path.parent / "keys",
            back_up=self._back_up,
        )

    @cached_property
    def verification(self) -> Verifications:
        """Checks of records: confirm, record an outcome, history, the queue, freshness."""
        from referral_desk.services.verification import Verifications

        return Verifications(self._sessions, self._notices.send)

    @cached_property
    def corrections(self) -> Corrections:
        """Corrections from the posts: report, export, import, close."""
        from referral_desk.services.corrections import Corrections

        return Corrections(self._sessions, self._notices.send)

    @cached_property
    def notes(self) -> Notes:
        """The caseworker's own notes on records; they never leave this database."""
        from referral_desk.services.notes import Notes

        return Notes(self._sessions, self._notices.send)

    @classmethod
    def open(cls, target: str | Path, seed_file: Path | None = None) -> Desk:
        """Open the database at ``target``; create it from ``seed_file`` (the sample) if missing.

        A new database is built under a temporary name and renamed into place only
        when it is complete. A file written by a newer version is refused and never
        changed; an older one is backed up, then migrated. Raises DirectoryFileError
        for a bad seed file (and leaves no database behind), DatabaseError or
        NewerDatabaseError for a file that cannot be opened.
        """
        path = database_path(target)
        if path.exists():
            opened = db.open_existing(path)
            return cls(opened.engine, path, opened.read_only)
        checked = read_directory_file(seed_file or sample_directory_file())

        def fill(engine: Engine) -> None:
            with db.session_factory(engine, path)() as session, session.begin():
                replace_directory(session, checked)

        return cls(db.create_new(path, fill), path)

    def _back_up(self) -> None:
        """A rotating backup of the whole file (the log with it) before a big change."""
        if self.read_only is None:
            backup_file(self.path)

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback(changes)`` after each operation that changes data; returns the
        function that stops it."""
        return self._notices.subscribe(callback)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
