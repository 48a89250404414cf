"""The directory file in force, held for one edit; the versions of records; retired records."""

from __future__ import annotations

import gzip
import hashlib
import json
from dataclasses import replace
from datetime import UTC
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session, aliased

from referral_desk.domain.editing import RecordKind, RetiredRecord
from referral_desk.store import models as m
from referral_desk.store.importer import RECORD_TABLES
from referral_desk.store.update_models import DirectorySource
from referral_desk.store.update_store import unpack


def lock_source(session: Session) -> str | None:
    """Take the write lock for an edit (SQLite) or the source row's lock (PostgreSQL) first,
    so two editors' saves follow one another; the source's hash, None if none is kept."""
    if session.get_bind().dialect.name == "sqlite":
        # Any writing statement takes SQLite's one write lock, also one that changes no
        # row; this one does not write the row again, whose file is megabytes long.
        session.execute(update(DirectorySource).where(DirectorySource.id == -1).values(id=-1))
    query = select(DirectorySource.sha256).where(DirectorySource.id == 1).with_for_update()
    return session.execute(query).scalar()


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

    What is hashed and stored is still the whole file, in the save's one transaction. Its
    SHA-256 is taken again from the first part that changed since the last time: the
    hash's state after each part is kept.
    """

    def __init__(self) -> None:
        # org id -> (the dict, a comma before it, its JSON, that gzip'd)
        self._written: dict[str, tuple[Any, bool, bytes, bytes]] = {}
        self._raws: list[bytes] = []  # the last file's parts
        self._hashed: list[Any] = [hashlib.sha256()]  # the hash of its first 0, 1, 2... parts

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
        return b"".join(packed), self._sha256(raws)

    def _sha256(self, raws: list[bytes]) -> str:
        """The SHA-256 of the parts joined, hashed again from the first that changed."""
        same = 0
        for new, old in zip(raws, self._raws, strict=False):
            if new is not old and new != old:
                break
            same += 1
        hashed = self._hashed[: same + 1]
        digest = hashed[-1].copy()
        for raw in raws[same:]:
            digest.update(raw)
            hashed.append(digest.copy())
        self._raws, self._hashed = raws, hashed
        return str(hashed[-1].hexdigest())


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


def retired_version(session: Session, kind: str, record_id: str) -> int | None:
    """The version of a retired record with this id; None if there is no such record."""
    table = RECORD_TABLES[kind]
    query = select(table.version).where(table.id == record_id, table.retired_at.is_not(None))
    return session.execute(query).scalar()


def retired_kind(session: Session, record_id: str) -> str | None:
    """The kind of the retired record with this id; None if no record with it is retired."""
    for kind, table in RECORD_TABLES.items():
        query = select(table.id).where(table.id == record_id, table.retired_at.is_not(None))
        if session.execute(query).first() is not None:
            return kind
    return None


def retired_records(session: Session, country: str | None = None) -> list[RetiredRecord]:
    """The records retired here (in ``country``), the most recently retired first."""
    found: list[RetiredRecord] = []
    for kind, table in RECORD_TABLES.items():
        org = aliased(m.Organization)
        own_org = table.id if kind == "organization" else table.organization_id
        query = (
            select(table.id, org.id, org.country, table.retired_at, table.retired_by)
            .add_columns(table.retired_reason)
            .join(org, org.id == own_org)
            .where(table.retired_at.is_not(None))
        )
        if country:
            query = query.where(org.country == country.upper())
        for record_id, org_id, org_country, at, by, reason in session.execute(query):
            found.append(
                RetiredRecord(
                    RecordKind(kind), record_id, org_id, org_country, "", at.replace(tzinfo=UTC),
                    by or "", reason or "",
                )
            )  # fmt: skip
    labels = _labels(session, [r.id for r in found])
    order = {kind: n for n, kind in enumerate(RECORD_TABLES)}
    found.sort(key=lambda r: (-r.at.timestamp(), order[r.kind.value], r.id))
    return [replace(r, label=labels.get(r.id, r.id)) for r in found]


def _labels(session: Session, record_ids: list[str]) -> dict[str, str]:
    """Records' names in English, or in any language they have; an organization's own name,
    a location's city where no name is kept."""
    names: dict[str, dict[str, str]] = {}
    for start in range(0, len(record_ids), 500):
        chunk = record_ids[start : start + 500]
        for owner, lang, value in session.execute(
            select(m.LocalizedText.owner_id, m.LocalizedText.lang, m.LocalizedText.value).where(
                m.LocalizedText.owner_id.in_(chunk),
                m.LocalizedText.field.in_(("name", "title")),
            )
        ):
            names.setdefault(owner, {})[lang] = value
        for record_id, own in session.execute(
            select(m.Organization.id, m.Organization.own_name).where(m.Organization.id.in_(chunk))
        ):
            names.setdefault(record_id, {}).setdefault("", own)
        for record_id, city in session.execute(
            select(m.Address.location_id, m.Address.city).where(m.Address.location_id.in_(chunk))
        ):
            names.setdefault(record_id, {}).setdefault("", city)
    return {
        owner: by_lang.get("en") or next(v for v in by_lang.values())
        for owner, by_lang in names.items()
        if by_lang
    }


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
