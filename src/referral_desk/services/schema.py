"""Where a database's schema stands against this version's, and bringing it there (db migrate).

A post's file is migrated as it opens (after a backup); a central PostgreSQL
database only when someone asks, once for everyone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from referral_desk.services.credentials import PasswordPrompt, complete_url
from referral_desk.services.desk import Desk, database_path, is_central
from referral_desk.store import db, server

__all__ = ["Migrated", "SchemaStatus", "migrate", "schema_status"]


@dataclass(frozen=True)
class Migrated:
    location: str  # a file's path, or a URL without its password
    before: str | None  # None: there were no tables
    after: str
    central: bool


@dataclass(frozen=True)
class SchemaStatus:
    location: str
    central: bool
    revision: str | None
    head: str
    server_version: str | None = None  # PostgreSQL's, for a central database
    has_trigram: bool | None = None  # pg_trgm installed, for a central database

    @property
    def current(self) -> bool:
        return self.revision == self.head


def migrate(target: str | Path, ask_password: PasswordPrompt | None = None) -> Migrated:
    """Create or update the tables of ``target`` to this version's schema."""
    if isinstance(target, str) and is_central(target):
        url = complete_url(target, ask_password)
        before, after = server.migrate_server(url)
        return Migrated(server.public_url(url), before, after, central=True)
    path = database_path(target)
    before = db.stored_revision(path) if path.exists() else None
    with Desk.open(path) as desk:  # backed up and migrated as it opens; created if missing
        return Migrated(desk.location, before, db.HEAD_REVISION, central=False)


def schema_status(target: str | Path, ask_password: PasswordPrompt | None = None) -> SchemaStatus:
    """The schema revision of ``target`` and this version's, without changing anything."""
    if isinstance(target, str) and is_central(target):
        found = server.server_status(complete_url(target, ask_password))
        return SchemaStatus(
            found.url, True, found.revision, found.head, found.server_version, found.has_trigram
        )
    path = database_path(target)
    revision = db.stored_revision(path) if path.exists() else None
    return SchemaStatus(str(path), False, revision, db.HEAD_REVISION)
