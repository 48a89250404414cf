"""Reading and writing the directory's source file and the history of updates applied."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import delete, desc, select, text, update
from sqlalchemy.orm import Session

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.store.update_models import DirectorySource, DirectoryUpdate

IMPORTED = ""  # the publisher of a row that records an import of a file, not a signed update


def pack(content: Mapping[str, Any]) -> tuple[bytes, str]:
    """A directory file's content as stored: gzip'd JSON, and the SHA-256 of the JSON."""
    raw = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return gzip.compress(raw, compresslevel=1, mtime=0), hashlib.sha256(raw).hexdigest()


def unpack(content_gz: bytes) -> dict[str, Any]:
    value = json.loads(gzip.decompress(content_gz))
    assert isinstance(value, dict)
    return value


def kept_file(content_gz: bytes) -> DirectoryFile:
    """A directory file the database kept, to put back as it was: its content, the SHA-256
    of its bytes and the bytes gzip'd, kept again unchanged."""
    raw = gzip.decompress(content_gz)
    value = json.loads(raw)
    assert isinstance(value, dict)
    return DirectoryFile(value, hashlib.sha256(raw).hexdigest(), content_gz)


def write_source(session: Session, content: Mapping[str, Any]) -> None:
    """Keep ``content`` as the file the directory's records come from (replacing the last)."""
    write_source_gz(session, *pack(content))


def write_source_gz(session: Session, content_gz: bytes, sha256: str) -> None:
    """Keep a directory file already gzip'd (``sha256`` of its bytes) as the file in force."""
    session.execute(delete(DirectorySource))
    session.add(DirectorySource(id=1, content_gz=content_gz, sha256=sha256))
    session.flush()


def source(session: Session) -> tuple[dict[str, Any], str] | None:
    """The directory file in force and its hash; None if loaded before files were kept."""
    row = session.get(DirectorySource, 1)
    return None if row is None else (unpack(row.content_gz), row.sha256)


def source_gz(session: Session) -> bytes | None:
    row = session.get(DirectorySource, 1)
    return None if row is None else row.content_gz


def record_countries(session: Session) -> dict[str, str]:
    """The country of every organization, location, service and contact, by id."""
    rows = session.execute(
        text(
            "SELECT id, country FROM organization "
            "UNION ALL SELECT l.id, o.country FROM location l "
            "JOIN organization o ON o.id = l.organization_id "
            "UNION ALL SELECT s.id, o.country FROM service s "
            "JOIN organization o ON o.id = s.organization_id "
            "UNION ALL SELECT c.id, o.country FROM contact c "
            "JOIN organization o ON o.id = c.organization_id"
        )
    )
    return {str(row[0]): str(row[1]) for row in rows}


def _in_force(session: Session, signed_only: bool = False) -> list[DirectoryUpdate]:
    """The rows not undone, the newest first; with ``signed_only``, imports left out."""
    query = (
        select(DirectoryUpdate)
        .where(DirectoryUpdate.undone_at.is_(None))
        .order_by(desc(DirectoryUpdate.id))
    )
    if signed_only:
        query = query.where(DirectoryUpdate.publisher != IMPORTED)
    return list(session.scalars(query))


def applied_sequences(session: Session) -> dict[str, int]:
    """The sequence number in force per publisher (undone updates and imports do not count)."""
    found: dict[str, int] = {}
    for row in _in_force(session, signed_only=True):
        found.setdefault(row.publisher, row.sequence)
    return found


def in_force(session: Session) -> list[DirectoryUpdate]:
    """Each publisher's newest signed update not undone, by publisher."""
    latest: dict[str, DirectoryUpdate] = {}
    for row in _in_force(session, signed_only=True):
        latest.setdefault(row.publisher, row)
    return [latest[p] for p in sorted(latest)]


def record_update(
    session: Session,
    *,
    publisher: str,
    key_id: str,
    countries: tuple[str, ...],
    sequence: int,
    created: datetime,
    stale_after_days: int,
    bundle_sha256: str,
    result_sha256: str,
    counts: Mapping[str, Any],
    retired: Mapping[str, str],
    applied_at: datetime,
    previous_gz: bytes | None,
    keep: int,
) -> int:
    """Add an update (or, with publisher ``IMPORTED``, an import) to the history; drop the
    kept directories of all but the newest ``keep``."""
    row = DirectoryUpdate(
        publisher=publisher,
        key_id=key_id,
        countries=" ".join(countries),
        sequence=sequence,
        created=created,
        stale_after_days=stale_after_days,
        bundle_sha256=bundle_sha256,
        result_sha256=result_sha256,
        counts_json=json.dumps(counts, sort_keys=True),
        retired_json=json.dumps(dict(retired), ensure_ascii=False, sort_keys=True),
        applied_at=applied_at,
        previous_gz=previous_gz,
    )
    session.add(row)
    session.flush()
    kept = [r.id for r in _in_force(session)][:keep]
    session.execute(
        update(DirectoryUpdate)
        .where(DirectoryUpdate.id.not_in(kept), DirectoryUpdate.previous_gz.is_not(None))
        .values(previous_gz=None)
    )
    return row.id


def last_undoable(session: Session) -> tuple[int, bytes] | None:
    """The newest update or import in force and the directory it replaced, if that was kept.

    Only while the directory is still the one the update left: after a
    ``db load`` there is nothing to undo.
    """
    rows = _in_force(session)
    if not rows or rows[0].previous_gz is None:
        return None
    current = session.get(DirectorySource, 1)
    if current is None or current.sha256 != rows[0].result_sha256:
        return None
    return rows[0].id, rows[0].previous_gz


def last_undoable_id(session: Session) -> int | None:
    found = last_undoable(session)
    return None if found is None else found[0]


def mark_undone(session: Session, row_id: int, when: datetime) -> None:
    session.execute(
        update(DirectoryUpdate)
        .where(DirectoryUpdate.id == row_id)
        .values(undone_at=when, previous_gz=None)
    )


def history(session: Session) -> list[DirectoryUpdate]:
    """Every update applied, the newest first."""
    return list(session.scalars(select(DirectoryUpdate).order_by(desc(DirectoryUpdate.id))))


def retired_names(session: Session) -> dict[str, str]:
    """Records retired by the updates in force, id -> English name, the newest wins."""
    names: dict[str, str] = {}
    for row in reversed(_in_force(session)):
        names.update(json.loads(row.retired_json))
    return names


def source_sha256(session: Session) -> str:
    row = session.get(DirectorySource, 1)
    return "" if row is None else row.sha256
