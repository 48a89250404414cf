"""A test's own connection to a desk's database, an SQLite file or a PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from referral_desk.services.desk import Desk
from referral_desk.store import db
from referral_desk.store.server import make_server_engine

# A central desk's public address (no password) -> the test cluster's address of it.
FULL_URLS: dict[str, str] = {}


def database_url(desk: Desk) -> str:
    """What ``Desk.open`` takes to open the same database again (a second editor)."""
    return FULL_URLS[desk.location] if desk.central else str(desk.path)


@contextmanager
def connected(desk: Desk) -> Iterator[Connection]:
    """A connection of its own to the desk's database, committed at the end."""
    engine = (
        make_server_engine(FULL_URLS[desk.location]) if desk.central else db.make_engine(desk.path)
    )
    try:
        with engine.begin() as connection:
            yield connection
    finally:
        engine.dispose()
