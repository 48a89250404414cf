"""The driver connection under SQLAlchemy's, the same way on SQLite and PostgreSQL.

The hot paths (building and reading the search index) fetch many rows and write
them by the thousand, so they talk to the driver directly with ``?`` placeholders.
On PostgreSQL the placeholders become psycopg's, and dates are read as ISO text,
so both give the rows the same shape.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, Protocol

from sqlalchemy import Connection, Engine

__all__ = ["RawConnection", "RawCursor", "is_postgres", "raw_connection"]


class RawCursor(Protocol):
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class RawConnection(Protocol):
    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> RawCursor: ...
    def executemany(self, sql: str, rows: Iterable[Sequence[Any]], /) -> Any: ...


def is_postgres(bind: Connection | Engine) -> bool:
    """True for a PostgreSQL database, False for SQLite."""
    return bind.dialect.name == "postgresql"


@lru_cache(maxsize=512)
def _psycopg_sql(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class _Postgres:
    """psycopg's connection, answering like sqlite3's (``?`` marks, dates as text)."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def _cursor(self) -> Any:
        from psycopg.types.string import TextLoader

        cursor = self._connection.cursor()
        cursor.adapters.register_loader("date", TextLoader)
        return cursor

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> RawCursor:
        cursor = self._cursor()
        if parameters:
            cursor.execute(_psycopg_sql(sql), tuple(parameters))
        else:
            cursor.execute(sql)
        return cursor  # type: ignore[no-any-return]

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]], /) -> Any:
        cursor = self._cursor()
        cursor.executemany(_psycopg_sql(sql), [tuple(row) for row in rows])
        return cursor

    def copy_rows(
        self, table: str, columns: Sequence[str] | None, rows: Iterable[Sequence[Any]]
    ) -> None:
        """Write many rows at once with COPY (much faster than INSERTs); ``columns`` None:
        every column, in the table's order."""
        names = f" ({', '.join(columns)})" if columns else ""
        with (
            self._connection.cursor() as cursor,
            cursor.copy(f"COPY {table}{names} FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)


def raw_connection(connection: Connection) -> Any:
    """The driver connection under SQLAlchemy's, in the same transaction.

    On SQLite this is the ``sqlite3.Connection`` itself; on PostgreSQL a thin
    wrapper that takes the same ``?`` placeholders.
    """
    raw = connection.connection.driver_connection
    if isinstance(raw, sqlite3.Connection):
        return raw
    return _Postgres(raw)
