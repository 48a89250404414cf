"""The directory file in force, held for one edit, and the versions of the records it has."""

from __future__ import annotations

import gzip
import hashlib
import json
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from referral_desk.store.importer import RECORD_TABLES
from referral_desk.store.update_models import DirectorySource
from referral_desk.store.update_store import unpack


def lock_source(session: Session) -> str | None:
    """Take the write lock for an edit (SQLite) or the source row's lock (PostgreSQL) first,
    so two editors' saves follow one another; the source's hash, None if none is kept."""
    session.execute(update(DirectorySource).where(DirectorySource.id == 1).values(id=1))
    return session.execute(select(DirectorySource.sha256).where(DirectorySource.id == 1)).scalar()


def source_sha256(session: Session) -> str | None:
    """The hash of the directory file in force, None if none is kept."""
    return session.execute(select(DirectorySource.sha256).where(DirectorySource.id == 1)).scalar()


def read_source(session: Session) -> dict[str, Any]:
    row = session.get(DirectorySource, 1)
    assert row is not None
    return unpack(row.content_gz)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class SourceWriter:
    """Writes the edited directory as ``update_store.pack`` would, byte for byte, writing
    out again only the organizations that changed since the last time."""

    def __init__(self) -> None:
        self._written: dict[str, tuple[Any, str]] = {}  # org id -> (the dict, its JSON)

    def _organization(self, org: dict[str, Any]) -> str:
        kept = self._written.get(org["id"])
        if kept is not None and kept[0] is org:
            return kept[1]
        text = _dumps(org)
        self._written[org["id"]] = (org, text)
        return text

    def pack(self, content: dict[str, Any]) -> tuple[bytes, str]:
        parts = []
        for key, value in content.items():
            if key == "organizations":
                shown = "[" + ",".join(self._organization(o) for o in value) + "]"
            else:
                shown = _dumps(value)
            parts.append(_dumps(key) + ":" + shown)
        raw = ("{" + ",".join(parts) + "}").encode("utf-8")
        return gzip.compress(raw, compresslevel=1, mtime=0), hashlib.sha256(raw).hexdigest()


def write_source(
    session: Session, content: dict[str, Any], writer: SourceWriter | None = None
) -> str:
    """Keep the edited directory as the file in force; returns its hash."""
    content_gz, sha256 = (writer or SourceWriter()).pack(content)
    session.execute(
        update(DirectorySource)
        .where(DirectorySource.id == 1)
        .values(content_gz=content_gz, sha256=sha256)
    )
    return sha256


def version_of(session: Session, kind: str, record_id: str) -> int | None:
    table = RECORD_TABLES[kind]
    return session.execute(select(table.version).where(table.id == record_id)).scalar()


def versions_of(session: Session, kind: str, record_ids: list[str]) -> dict[str, int]:
    table = RECORD_TABLES[kind]
    rows = session.execute(select(table.id, table.version).where(table.id.in_(record_ids)))
    return {str(row[0]): int(row[1]) for row in rows}


def organizations_with_contacts_of(session: Session, service_ids: list[str]) -> set[str]:
    """Organizations whose contacts belong to one of these services (their search documents
    carry the service's names)."""
    if not service_ids:
        return set()
    marks = ",".join(f":s{i}" for i in range(len(service_ids)))
    rows = session.execute(
        text(f"SELECT DISTINCT organization_id FROM contact WHERE service_id IN ({marks})"),
        {f"s{i}": value for i, value in enumerate(service_ids)},
    )
    return {str(row[0]) for row in rows}
