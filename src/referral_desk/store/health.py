"""``db check``: every table and index of the file, and the search index against the records.

On a central PostgreSQL database only the search index is compared: the server
checks its own pages.

SQLite's integrity check reads every b-tree (the directory, the log, the search tables
and their indexes); the FTS tables check their own index; the directory file kept for
``db rebuild`` is read whole and compared with its hash; the plain search tables
(typo index included) are worked out again from the records and compared row by row,
as a count and a sum of row hashes per table (retired records are left out of it, as
the index leaves them out). Retired records must be whole: when, by whom and why, and
nothing under a retired organization still in the directory.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import itertools
import shutil
import sqlite3
import tempfile
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from referral_desk.store.raw import is_postgres, raw_connection
from referral_desk.store.search_index import (
    FTS_TABLES,
    PLAIN_TABLES,
    TYPO_TABLE,
    index_rows,
)

__all__ = ["problems"]

_MOD = 2**64


def problems(connection: Connection) -> list[str]:
    """What is wrong with the file, one line each; empty when all is sound."""
    raw = raw_connection(connection)
    if is_postgres(connection):
        # The server checks its own pages; the index is compared with the records.
        return _retired_problems(raw) + _kept_file_problems(raw) + _index_problems(connection, raw)
    found = _sqlite_problems(raw)
    if found:  # a damaged b-tree: comparing the index with the records would mislead
        return found
    found += _fts_problems(raw)
    found += _kept_file_problems(raw)
    found += _retired_problems(raw)
    found += _index_problems(connection, raw)
    return found


def _sqlite_problems(raw: sqlite3.Connection) -> list[str]:
    found: list[str] = []
    try:
        for (message,) in raw.execute("PRAGMA integrity_check"):
            if message != "ok":
                found.append(f"integrity: {message}")
        for row in raw.execute("PRAGMA foreign_key_check"):
            found.append(f"foreign key: table {row[0]} row {row[1]} -> {row[2]}")
    except sqlite3.Error as error:
        found.append(f"integrity: {error}")
    return found


def _kept_file_problems(raw: sqlite3.Connection) -> list[str]:
    """The kept directory file (gzip members, SHA-256 of the JSON) read whole: nothing
    else reads it until a rebuild needs it, when it is too late to find it damaged."""
    try:
        row = raw.execute("SELECT content_gz, sha256 FROM directory_source").fetchone()
        if row is None:
            return []
        digest = hashlib.sha256()
        with gzip.GzipFile(fileobj=io.BytesIO(bytes(row[0]))) as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
        if digest.hexdigest() == row[1]:
            return []
        reason = "its content does not match its hash"
    except (sqlite3.Error, OSError, EOFError, zlib.error, TypeError) as error:
        reason = f"it cannot be read ({type(error).__name__})"
    return [f"the directory file kept for db rebuild is damaged: {reason}"]


def _retired_problems(raw: sqlite3.Connection) -> list[str]:
    """Retired rows half flagged, and records still in the directory under a retired one."""
    found: list[str] = []
    for table in ("organization", "location", "service", "contact"):
        for (record_id,) in raw.execute(
            f"SELECT id FROM {table} WHERE retired_at IS NOT NULL "
            "AND (retired_by IS NULL OR retired_reason IS NULL) ORDER BY id"
        ):
            found.append(f"retired {table} {record_id}: it does not say by whom or why")
        if table == "organization":
            continue
        for record_id, org_id in raw.execute(
            f"SELECT r.id, o.id FROM {table} r JOIN organization o ON o.id = r.organization_id "
            "WHERE o.retired_at IS NOT NULL AND r.retired_at IS NULL ORDER BY r.id"
        ):
            found.append(
                f"{table} {record_id}: in the directory, but its organization {org_id} is retired"
            )
    return found


def _fts_problems(raw: sqlite3.Connection) -> list[str]:
    """FTS5's own check; it is a write statement, so a read-only file is checked on a copy."""
    found: list[str] = []
    for table in FTS_TABLES:
        try:
            raw.execute(f"INSERT INTO {table}({table}) VALUES('integrity-check')")
        except sqlite3.OperationalError as error:
            if "readonly" not in str(error) and "query_only" not in str(error):
                found.append(f"search index {table}: {error}")
                continue
            return _fts_problems_on_copy(raw)
        except sqlite3.Error as error:
            found.append(f"search index {table}: {error}")
    return found


def _fts_problems_on_copy(raw: sqlite3.Connection) -> list[str]:
    folder = Path(tempfile.mkdtemp(prefix="referral-desk-check-"))
    try:
        copy = sqlite3.connect(folder / "copy.sqlite3")
        try:
            raw.backup(copy)
            return _fts_problems(copy)
        finally:
            copy.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _index_problems(connection: Connection, raw: sqlite3.Connection) -> list[str]:
    expected: dict[str, list[int]] = {t: [0, 0] for t in (*PLAIN_TABLES, TYPO_TABLE)}
    documents: Counter[str] = Counter()
    replay = None if is_postgres(connection) else _Replay(raw)
    try:
        for table, row in index_rows(connection):
            if table in expected:
                tally = expected[table]
                tally[0] += 1
                tally[1] = (tally[1] + hash(row)) % _MOD
            else:
                documents[table] += 1
                if replay is not None:
                    replay.add(table, row)
        found: list[str] = [] if replay is None else replay.problems(raw)
    except (sqlite3.Error, ValueError, KeyError, TypeError) as error:
        return [f"records: they cannot all be read ({type(error).__name__}: {error})"]
    finally:
        if replay is not None:
            replay.close()
    for table, (count, digest) in expected.items():
        stored = _tally(raw, f"SELECT * FROM {table}")
        if stored != (count, digest):
            what = "typo index" if table == TYPO_TABLE else "search index"
            found.append(
                f"{what} {table}: {stored[0]} rows stored, {count} expected from the records"
                + (", and their content differs" if stored[0] == count else "")
            )
    for table in FTS_TABLES:
        counted = table if is_postgres(connection) else f"{table}_docsize"
        (stored_docs,) = raw.execute(f"SELECT count(*) FROM {counted}").fetchone()
        if stored_docs != documents[table]:
            found.append(
                f"search index {table}: {stored_docs} documents stored, "
                f"{documents[table]} expected from the records"
            )
    return found


class _Replay:
    """The full-text tables made again from the records in a scratch file: they keep no
    content, so FTS5's own check cannot see a changed word; their words, documents,
    columns and places are compared with the stored ones, in the order FTS5 lists them."""

    def __init__(self, raw: sqlite3.Connection) -> None:
        self._folder = Path(tempfile.mkdtemp(prefix="referral-desk-check-"))
        self._scratch = sqlite3.connect(self._folder / "search.sqlite3")
        self._inserts: dict[str, str] = {}
        self._batches: dict[str, list[tuple[Any, ...]]] = {}
        for table in FTS_TABLES:
            (create,) = raw.execute(
                "SELECT sql FROM sqlite_master WHERE name = ?", (table,)
            ).fetchone()
            self._scratch.execute(create)
            columns = [row[1] for row in raw.execute(f"PRAGMA table_info({table})")]
            marks = ",".join("?" * (len(columns) + 1))
            names = ",".join(["rowid", *columns])
            self._inserts[table] = f"INSERT INTO {table}({names}) VALUES ({marks})"
            self._batches[table] = []

    def add(self, table: str, row: tuple[Any, ...]) -> None:
        batch = self._batches[table]
        batch.append(row)
        if len(batch) >= 5000:
            self._scratch.executemany(self._inserts[table], batch)
            batch.clear()

    def problems(self, raw: sqlite3.Connection) -> list[str]:
        for table, batch in self._batches.items():
            self._scratch.executemany(self._inserts[table], batch)
        self._scratch.commit()
        try:
            return self._differing(raw)
        except sqlite3.OperationalError as error:
            if "readonly" not in str(error) and "query_only" not in str(error):
                raise
        copy = sqlite3.connect(self._folder / "copy.sqlite3")  # a read-only file
        try:
            raw.backup(copy)
            return self._differing(copy)
        finally:
            copy.close()

    def _differing(self, stored: sqlite3.Connection) -> list[str]:
        return [
            f"search index {table}: its words differ from the records'"
            for table in FTS_TABLES
            if self._differs(stored, table)
        ]

    def _differs(self, stored: sqlite3.Connection, table: str) -> bool:
        vocabulary = f"temp.referral_desk_check_{table}"
        make = f"CREATE VIRTUAL TABLE {vocabulary} USING fts5vocab(main, {table}, 'instance')"
        query = f"SELECT term, doc, col, offset FROM {vocabulary}"
        stored.execute(make)
        self._scratch.execute(make)
        have, want = stored.execute(query), self._scratch.execute(query)
        try:
            return any(a != b for a, b in itertools.zip_longest(have, want))
        finally:
            have.close()  # a virtual table is dropped only once no statement reads it
            want.close()
            stored.execute(f"DROP TABLE {vocabulary}")
            self._scratch.execute(f"DROP TABLE {vocabulary}")

    def close(self) -> None:
        self._scratch.close()
        shutil.rmtree(self._folder, ignore_errors=True)


def _tally(raw: sqlite3.Connection, sql: str) -> tuple[int, int]:
    count = digest = 0
    row: Any
    for row in raw.execute(sql):
        count += 1
        digest = (digest + hash(row)) % _MOD
    return count, digest
