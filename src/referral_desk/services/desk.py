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

from referral_desk.exchange.directory_stream import read_directory_stream
from referral_desk.services.changes import Notices, Subscriber
from referral_desk.services.directory import Directory, sample_directory_file
from referral_desk.services.errors import DatabaseError
from referral_desk.store import db, server
from referral_desk.store.backups import backup_file
from referral_desk.store.failures import LoginRefusedError
from referral_desk.store.importer import replace_directory

if TYPE_CHECKING:
    from referral_desk.services.corrections import Corrections
    from referral_desk.services.credentials import PasswordPrompt
    from referral_desk.services.editing import Editing
    from referral_desk.services.exchange import Exchange
    from referral_desk.services.log_service import ReferralLog
    from referral_desk.services.notes import Notes
    from referral_desk.services.pathway.service import Pathways
    from referral_desk.services.updates import Updates
    from referral_desk.services.verification import Verifications

__all__ = ["Desk", "database_path", "is_central"]

SQLITE_PREFIX = "sqlite:///"
LOGIN_ATTEMPTS = 3  # passwords asked for before a refused login is the answer


def database_path(target: str | Path) -> Path:
    """The file a database URL or a plain path names (``sqlite:///path``; a path means that)."""
    if isinstance(target, Path):
        return target
    if target.startswith(SQLITE_PREFIX):
        return Path(target.removeprefix(SQLITE_PREFIX))
    if server.is_server_url(target):
        raise DatabaseError(
            f"{server.public_url(target)} is a central PostgreSQL database, not a file: "
            "this works only on a post's own database file."
        )
    if "://" in target:
        raise DatabaseError(
            f"{server.public_text(target)}: a database is a file path, sqlite:///path or "
            "postgresql+psycopg://user@host/database."
        )
    return Path(target)


def is_central(target: str | Path) -> bool:
    """True when ``target`` names a central PostgreSQL database rather than a file."""
    return server.is_server_url(target)


def _own_folder() -> Path:
    """This user's data folder: a central database's desk keeps its local keys there."""
    from referral_desk.paths import user_data_dir

    return user_data_dir()


class Desk:
    """The open database and its services: ``directory``, ``pathways`` and ``log``."""

    def __init__(
        self,
        engine: Engine,
        path: Path | None,
        read_only: str | None = None,
        location: str | None = None,
    ) -> None:
        """Use ``Desk.open``; this wraps an engine that is already open and current.

        ``path`` is the database file; None for a central PostgreSQL database, which
        ``location`` names (its URL without the password).
        """
        self.central = path is None
        self.path = path if path is not None else _own_folder() / "central"
        self.location = location or str(path)
        self.read_only = read_only  # why nothing can be changed, or None
        self._engine = engine
        self._sessions: sessionmaker[Session] = db.session_factory(
            engine, path or self.location, read_only
        )
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
    def editing(self) -> Editing:
        """Editing the directory: records changed, created, retired; the audit trail."""
        from referral_desk.services.editing import Editing

        return Editing(self._sessions, self._notices.send)

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

    @cached_property
    def exchange(self) -> Exchange:
        """The whole directory in and out of files: HSDS 3.0 and workbooks."""
        from referral_desk.services.exchange import Exchange

        return Exchange(self._sessions, self._notices.send, self._back_up)

    @classmethod
    def open(
        cls,
        target: str | Path,
        seed_file: Path | None = None,
        ask_password: PasswordPrompt | None = None,
    ) -> Desk:
        """Open the database at ``target``; create it from ``seed_file`` (the sample) if missing.

        A new database is built under a temporary name and renamed into place only
        when it is complete. The seed file is loaded as ``db load`` loads one: checked an
        organization at a time, then read again to store it, so memory follows an
        organization, not the file. A file written by a newer version is refused and never
        changed; an older one is backed up, then migrated. Raises DirectoryFileError
        for a bad seed file (and leaves no database behind), DatabaseError or
        NewerDatabaseError for a file that cannot be opened.

        A ``postgresql+psycopg://`` URL opens a coordinator's central database (see
        ``open_central``); ``seed_file`` does not apply to it.
        """
        if isinstance(target, str) and server.is_server_url(target):
            return cls.open_central(target, ask_password)
        path = database_path(target)
        if path.exists():
            opened = db.open_existing(path)
            return cls(opened.engine, path, opened.read_only)
        checked = read_directory_stream(seed_file or sample_directory_file())

        def fill(engine: Engine) -> None:
            with db.session_factory(engine, path)() as session, session.begin():
                replace_directory(session, checked)

        return cls(db.create_new(path, fill), path)

    @classmethod
    def open_central(cls, url: str, ask_password: PasswordPrompt | None = None) -> Desk:
        """Open a coordinator's central PostgreSQL database, whose tables are this version's.

        A URL with a user and no password takes the password from the platform's
        keyring, else from ``ask_password`` (the GUI's or the terminal's prompt);
        without either, the server's own ways (``~/.pgpass``, a trusted local login)
        are left to work. The password is never written anywhere by this.
        """
        from referral_desk.services.credentials import complete_url

        refused, attempt = False, 1
        while True:
            full = complete_url(url, ask_password, refused)
            try:
                engine = server.open_server(full)
            except LoginRefusedError:
                if ask_password is None or attempt >= LOGIN_ATTEMPTS:
                    raise
                refused, attempt = True, attempt + 1  # a wrong password: asked for again
                continue
            return cls(engine, None, location=server.public_url(full))

    def _back_up(self) -> None:
        """A rotating backup of the whole file (the log with it) before a big change.

        A central database has none here: its server keeps backups (``pg_dump``)."""
        if self.read_only is None and not self.central:
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
