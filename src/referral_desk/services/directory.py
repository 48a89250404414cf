"""The directory use cases: what is loaded, search, show a record, check, replace from a file."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from referral_desk.domain.entities import Detail, DirectoryInfo, SearchHit
from referral_desk.domain.vocab import Kind
from referral_desk.exchange.directory_stream import read_directory_stream
from referral_desk.services.changes import Changes
from referral_desk.store import db, records
from referral_desk.store.detail_reads import read_detail, read_details
from referral_desk.store.importer import replace_directory
from referral_desk.store.index_reads import DisplayCache
from referral_desk.store.raw import raw_connection
from referral_desk.store.search_index import SearchFilters, rebuild_if_patched
from referral_desk.store.search_query import search_index

__all__ = ["Directory", "SearchFilters", "sample_directory_file"]


def sample_directory_file() -> Path:
    from referral_desk.paths import data_dir

    return data_dir() / "directory.json"


class Directory:
    """The directory in the desk's database: plain records out, a notice after a change."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        notify: Callable[[Changes], None],
        back_up: Callable[[], None] = lambda: None,
    ) -> None:
        self._sessions = sessions
        self._notify = notify
        self._back_up = back_up
        self._shown = DisplayCache()  # names and hours of records already shown in results

    # -- about the data set

    def info(self) -> DirectoryInfo:
        with self._sessions() as session:
            return records.directory_info(session)

    def countries(self) -> list[str]:
        """Every country the directory has a body in."""
        with self._sessions() as session:
            rows = raw_connection(session.connection()).execute(
                "SELECT DISTINCT country FROM search_doc ORDER BY 1"
            )
            return [row[0] for row in rows]

    def check(self) -> list[str]:
        """Problems SQLite finds in the file and the search index; empty when all is well.

        An index patched by edits is first rebuilt (it is derived data), so that it can
        be compared row for row with the records.
        """
        with self._sessions() as session:
            if not session.info.get("read_only"):
                with session.begin():
                    rebuild_if_patched(session.connection())
            return db.integrity_problems(session.connection())

    def replace_from_file(self, path: Path) -> DirectoryInfo:
        """Replace the whole directory with a checked file: all of it, or nothing.

        The file is read an organization at a time, once to check it and once to store
        it, so memory follows an organization, not the file."""
        checked = read_directory_stream(path)
        self._back_up()
        try:
            with self._sessions() as session, session.begin():
                replace_directory(session, checked)
        except (OSError, SQLAlchemyError) as error:  # a full disk, a locked or damaged file
            raise db.DatabaseError(
                f"The directory was not changed: {getattr(error, 'orig', None) or error}"
            ) from error
        self._notify(Changes(directory=True))
        return self.info()

    # -- search

    def search(
        self,
        text: str,
        filters: SearchFilters | None = None,
        now: datetime | None = None,
        limit: int = 200,
    ) -> list[SearchHit]:
        now = now or datetime.now(UTC)
        with self._sessions() as session:
            connection = session.connection()
            hits = search_index(connection, text, filters or SearchFilters(), now, limit)
            return records.search_hits(connection, hits, now, self._shown)

    # -- records

    def kind_of(self, entity_id: str) -> Kind | None:
        with self._sessions() as session:
            return records.kind_of(session, entity_id)

    def show(self, entity_id: str, now: datetime | None = None) -> Detail | None:
        """Everything about one record, or None if no record has that id."""
        with self._sessions() as session:
            return read_detail(session, entity_id, now or datetime.now(UTC))

    def details(self, entity_ids: Iterable[str], now: datetime | None = None) -> list[Detail]:
        """Several records in one go (a query per kind of row, not per record), in the order
        asked; ids no longer known are left out."""
        now = now or datetime.now(UTC)
        with self._sessions() as session:
            return read_details(session, entity_ids, now)
