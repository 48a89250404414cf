"""Writing the search index on PostgreSQL: the rows SQLite's FTS5 tables get, as plain tables.

``index_rows`` works out the same rows for both databases. Here the FTS rows become
what ``PostgresSearch`` reads: each folded word of a document with its count and
column, the document's size in words, and names with their size in trigrams. Rows go
in with COPY, in batches; the old rows are deleted (not truncated) so that searches
running meanwhile keep seeing the old index until the commit.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection

from referral_desk.store.raw import raw_connection
from referral_desk.store.search_schema import TABLES_PG

__all__ = ["rebuild"]

_BATCH_ROWS = 20_000
# The tables whose rows differ from SQLite's (the rest take ``index_rows``'s rows as
# they are, in the columns' order).
_COLUMNS = {
    "search_fts": ("rowid", "size"),
    "search_token": ("doc", "col", "token", "freq"),
    "search_tri": ("rowid", "names", "size"),
}


def _translated(
    rows: Iterable[tuple[str, tuple[Any, ...]]],
) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """The FTS rows as word counts and sizes; every other row as it is."""
    for table, row in rows:
        if table == "search_fts":
            rowid, *texts = row
            size = 0
            for column, text in enumerate(texts):
                words = text.split()
                size += len(words)
                for word, count in Counter(words).items():
                    yield "search_token", (rowid, column, word, count)
            yield "search_fts", (rowid, size)
        elif table == "search_tri":
            rowid, names = row
            yield "search_tri", (rowid, names, max(len(names) - 2, 0))  # FTS5's trigrams
        else:
            yield table, row


def rebuild(connection: Connection, rows: Iterable[tuple[str, tuple[Any, ...]]]) -> None:
    """Replace every search table's rows with ``rows`` (from ``index_rows``)."""
    raw = raw_connection(connection)
    for table in TABLES_PG:
        raw.execute(f"DELETE FROM {table}")
    batches: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for table, row in _translated(rows):
        batch = batches[table]
        batch.append(row)
        if len(batch) >= _BATCH_ROWS:
            raw.copy_rows(table, _COLUMNS.get(table), batch)
            batch.clear()
    for table, batch in batches.items():
        if batch:
            raw.copy_rows(table, _COLUMNS.get(table), batch)
    raw.execute("INSERT INTO search_build VALUES (?)", (uuid.uuid4().hex,))
    for table in TABLES_PG:
        raw.execute(f"ANALYZE {table}")
