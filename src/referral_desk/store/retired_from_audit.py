"""Retired records made again from the audit trail, when a damaged file's rows are lost.

Retiring a record audits everything it held (its whole content in the file's shape),
so a rebuilt database can have its retired records back even when their rows cannot
be read: each record whose last change is its retirement, and that the directory
file does not hold, is written again and flagged retired as it was.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from referral_desk.domain.editing import HistoryEntry
from referral_desk.store import audit
from referral_desk.store.importer import retire_record, write_record
from referral_desk.store.models import RECORD_TABLES

__all__ = ["put_back_from_audit"]

_ORDER = ("organization", "location", "service", "contact")
_LINKS = ("parent_id", "service_id", "location_id", "counterpart_id")


def _retired_last(session: Session) -> list[HistoryEntry]:
    """The records whose newest change is their retirement, with their content."""
    newest: dict[str, HistoryEntry] = {}
    for entry in audit.changes(session):  # the newest first
        newest.setdefault(entry.record_id, entry)
    return [
        entry
        for entry in newest.values()
        if entry.action == "retire"
        and entry.record_kind in RECORD_TABLES
        and entry.changes
        and isinstance(entry.changes[0].old, dict)
    ]


def put_back_from_audit(session: Session) -> int:
    """Write again, flagged retired, the retired records the database has no rows of;
    links to records it has neither are cleared. Returns how many were written."""
    present = {
        record_id
        for table in RECORD_TABLES.values()
        for record_id in session.scalars(select(table.id))
    }
    retired = [e for e in _retired_last(session) if e.record_id not in present]
    organizations = present | {e.record_id for e in retired if e.record_kind == "organization"}
    retired = [
        e for e in retired if e.record_kind == "organization" or e.organization_id in organizations
    ]
    known = present | {e.record_id for e in retired}
    retired.sort(key=lambda e: _ORDER.index(e.record_kind))
    for entry in retired:
        record: dict[str, Any] = dict(entry.changes[0].old)
        for key in _LINKS:
            if record.get(key) and record[key] not in known:
                record[key] = None
        if "location_ids" in record:
            record["location_ids"] = [i for i in record["location_ids"] if i in known]
        organization = {"id": entry.organization_id, "country": entry.country}
        kind = entry.record_kind
        write_record(session, kind, organization, record, new=True, version=entry.version)
        at = entry.at.astimezone(UTC).replace(tzinfo=None)
        retire_record(session, kind, entry.record_id, at, entry.editor, entry.reason)
    return len(retired)
