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
    """Writes the edited directory's JSON as ``update_store.pack`` would, byte for byte, and
    gzips it as one gzip member per organization, so a save compresses again only the
    organizations that changed since the last time (gzip reads the members as one file).

    What is hashed and stored is still the whole file, in the save's one transaction.
    """

    def __init__(self) -> None:
        # org id -> (the dict, a comma before it, its JSON, that gzip'd)
        self._written: dict[str, tuple[Any, bool, bytes, bytes]] = {}

    def _organization(self, org: dict[str, Any], comma: bool) -> tuple[bytes, bytes]:
        kept = self._written.get(org["id"])
        if kept is not None and kept[0] is org and kept[1] is comma:
            return kept[2], kept[3]
        raw = (("," if comma else "") + _dumps(org)).encode("utf-8")
        packed = _gzip(raw)
        self._written[org["id"]] = (org, comma, raw, packed)
        return raw, packed

    def pack(self, content: dict[str, Any]) -> tuple[bytes, str]:
        """The content gzip'd (a member per organization, one for the text between) and the
        SHA-256 of its JSON."""
        raws: list[bytes] = []
        packed: list[bytes] = []
        between: list[str] = ["{"]

        def end_between() -> None:
            raw = "".join(between).encode("utf-8")
            raws.append(raw)
            packed.append(_gzip(raw))
            between.clear()

        for index, (key, value) in enumerate(content.items()):
            between.append(("," if index else "") + _dumps(key) + ":")
            if key != "organizations":
                between.append(_dumps(value))
                continue
            between.append("[")
            end_between()
            for position, org in enumerate(value):
                raw, gz = self._organization(org, position > 0)
                raws.append(raw)
                packed.append(gz)
            between.append("]")
        between.append("}")
        end_between()
        return b"".join(packed), hashlib.sha256(b"".join(raws)).hexdigest()


def _gzip(raw: bytes) -> bytes:
    return gzip.compress(raw, compresslevel=1, mtime=0)


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
