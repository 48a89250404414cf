"""A directory file is written in bulk (a batch of rows per executemany, no ORM object per
row), and the rows are the same, on both backends, as those the ORM makes when each row is
added as an object and flushed by the unit of work, the way the loader wrote them before."""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, inspect, select, text
from sqlalchemy.orm import Session

from db_access import connected
from referral_desk.domain.directory_data import DirectoryFile, StreamedDirectoryFile
from referral_desk.exchange.directory_json import read_directory_file
from referral_desk.exchange.directory_stream import read_directory_stream
from referral_desk.services.desk import Desk
from referral_desk.store import db, importer
from referral_desk.store import models as m
from referral_desk.store.search_schema import FTS_TABLES
from referral_desk.store.search_schema import TABLES as SEARCH_TABLES

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "directory.json"
# Every table a directory file fills, and the columns left out of the comparison.
TABLES = (
    "directory_info",
    "taxonomy_term",
    "localized_text",
    "organization",
    "location",
    "address",
    "service",
    "contact",
    "language",
    "schedule",
    "phone",
    "service_at_location",
    "service_area",
    "attribute",
)
LEFT_OUT = {"loaded_at"}  # when the file was loaded: differs from one load to the next


def table_rows(connection: Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Each table's rows, every column but those left out, in a fixed order."""
    rows = {}
    for table in TABLES:
        result = connection.execute(text(f"SELECT * FROM {table}"))
        keep = [i for i, name in enumerate(result.keys()) if name not in LEFT_OUT]
        rows[table] = sorted(
            (tuple(row[i] for i in keep) for row in result), key=lambda row: repr(row)
        )
    return rows


def load(desk: Desk, read: Callable[[Path], DirectoryFile | StreamedDirectoryFile]) -> None:
    with connected(desk) as connection:
        importer.replace_directory(Session(bind=connection), read(SAMPLE))


def one_object_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the loader add an ORM object per row and leave the writing to the session's
    unit of work (its column defaults included)."""

    def add(self: Any, table: type[Any], **values: Any) -> None:
        self.session.add(table(**values))

    def flush(self: Any) -> None:
        self.session.flush()

    monkeypatch.setattr(importer._Writer, "add", add)
    monkeypatch.setattr(importer._Writer, "flush", flush)


@pytest.mark.parametrize(
    "read", [read_directory_file, read_directory_stream], ids=["whole", "streamed"]
)
def test_bulk_load_writes_the_rows_the_orm_writes_an_object_at_a_time(
    sample_desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
    read: Callable[[Path], DirectoryFile | StreamedDirectoryFile],
) -> None:
    with connected(sample_desk) as connection:
        indexes = inspect(connection).get_indexes("contact")
    # A contact deleted or written is looked up by the columns pointing at it (0012).
    assert {tuple(i["column_names"]) for i in indexes} >= {("location_id",), ("counterpart_id",)}
    load(sample_desk, read)
    with connected(sample_desk) as connection:
        bulk = table_rows(connection)
        assert inspect(connection).get_indexes("contact") == indexes
    one_object_at_a_time(monkeypatch)
    load(sample_desk, read)
    with connected(sample_desk) as connection:
        by_objects = table_rows(connection)
    assert all(bulk[table] for table in TABLES)  # the sample fills every table
    for table in TABLES:
        assert bulk[table] == by_objects[table], table


def test_a_load_interrupted_midway_leaves_the_directory_as_it_was(
    sample_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches are written as they fill: a failure after some were written undoes them all."""
    with connected(sample_desk) as connection:
        before = table_rows(connection)
    written: list[str] = []
    write = importer._Writer._write

    def fail_at_the_third_batch(self: Any, table: type[Any], rows: list[dict[str, Any]]) -> None:
        if len(written) == 2:
            raise OSError("disk full")
        written.append(table.__tablename__)
        write(self, table, rows)

    monkeypatch.setattr(importer._Writer, "_write", fail_at_the_third_batch)
    with pytest.raises(db.DatabaseError, match="disk full"):
        sample_desk.directory.replace_from_file(SAMPLE)
    assert len(written) == 2
    with connected(sample_desk) as connection:
        assert table_rows(connection) == before


def typed_rows(connection: Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Each table's rows read through its model's column types, so that either backend
    gives the same Python values (dates as dates, flags as booleans)."""
    rows = {}
    for name in TABLES:
        table = m.Base.metadata.tables[name]
        columns = [column for column in table.columns if column.key not in LEFT_OUT]
        rows[name] = sorted(connection.execute(select(*columns)).tuples(), key=repr)
    return rows


def kept_file(connection: Connection) -> tuple[str, bytes]:
    """The directory file in force as kept for editing and updates: its hash and its bytes."""
    query = text("SELECT sha256, content_gz FROM directory_source")
    sha256, content_gz = connection.execute(query).one()
    return sha256, gzip.decompress(content_gz)


def search_rows(connection: Connection) -> dict[str, list[tuple[Any, ...]]]:
    """The search index of an SQLite file: its plain tables and what FTS5 holds (not the
    build's own id, new at each build)."""
    rows = {}
    for table in (*SEARCH_TABLES, *FTS_TABLES):
        if table == "search_build":
            continue
        result = connection.execute(text(f"SELECT * FROM {table}"))
        rows[table] = sorted((tuple(row) for row in result), key=repr)
    return rows


def test_a_database_seeded_from_a_file_holds_what_db_load_writes(
    sample_desk: Desk, tmp_path: Path
) -> None:
    """A first start that makes the database from a file loads it the one way ``db load``
    does: every table, the file kept in force (its bytes, as read) and the search index
    are the same."""
    sample_desk.directory.replace_from_file(SAMPLE)
    with Desk.open(tmp_path / "seeded.sqlite3", SAMPLE) as seeded, connected(seeded) as connection:
        seeded_rows, seeded_file = typed_rows(connection), kept_file(connection)
        seeded_index = search_rows(connection)
    with connected(sample_desk) as connection:
        loaded_rows, loaded_file = typed_rows(connection), kept_file(connection)
        loaded_index = None if sample_desk.central else search_rows(connection)
    assert all(seeded_rows[table] for table in TABLES)
    for table in TABLES:
        assert seeded_rows[table] == loaded_rows[table], table
    assert seeded_file == loaded_file
    assert seeded_file == (hashlib.sha256(SAMPLE.read_bytes()).hexdigest(), SAMPLE.read_bytes())
    if loaded_index is not None:  # PostgreSQL's index has other tables
        assert seeded_index["search_doc"]
        assert seeded_index == loaded_index
