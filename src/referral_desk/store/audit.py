"""The audit trail in the database: who is editing, adding a change, reading changes back."""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import CursorResult, insert, select, text
from sqlalchemy.orm import Session

from referral_desk.domain.editing import FieldChange, HistoryEntry
from referral_desk.store.audit_models import AuditChange, AuditField


def current_editor(session: Session) -> str:
    """Who is changing the directory: the database role on a server, the OS user on SQLite."""
    if session.get_bind().dialect.name == "sqlite":
        try:
            return getpass.getuser()
        except (OSError, KeyError):  # no user name in the environment or the password file
            return "unknown"
    return str(session.execute(text("SELECT current_user")).scalar_one())


def add_change(
    session: Session,
    *,
    at: datetime,
    editor: str,
    action: str,
    record_id: str,
    record_kind: str,
    organization_id: str,
    country: str,
    label: str,
    version: int,
    reason: str,
    fields: Iterable[FieldChange],
) -> int:
    result: CursorResult[Any] = session.execute(  # type: ignore[assignment]
        insert(AuditChange).values(
            at=at,
            editor=editor,
            action=action,
            record_id=record_id,
            record_kind=record_kind,
            organization_id=organization_id,
            country=country,
            label=label,
            version=version,
            reason=reason,
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    change_id = key[0]
    values = [
        {
            "change_id": change_id,
            "field": change.field,
            "old_json": json.dumps(change.old, ensure_ascii=False, sort_keys=True),
            "new_json": json.dumps(change.new, ensure_ascii=False, sort_keys=True),
        }
        for change in fields
    ]
    if values:
        session.execute(insert(AuditField), values)
    return int(change_id)


def changes(
    session: Session,
    *,
    record_id: str | None = None,
    editor: str | None = None,
    country: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
) -> list[HistoryEntry]:
    """Changes, the newest first (``since`` and ``until`` naive UTC); a record's are those
    of it and of the records under it when it is an organization."""
    query = select(AuditChange).order_by(AuditChange.id.desc())
    if record_id:
        query = query.where(
            (AuditChange.record_id == record_id) | (AuditChange.organization_id == record_id)
        )
    if editor:
        query = query.where(AuditChange.editor == editor)
    if country:
        query = query.where(AuditChange.country == country.upper())
    if since:
        query = query.where(AuditChange.at >= since)
    if until:
        query = query.where(AuditChange.at < until)
    if limit:
        query = query.limit(limit)
    found = list(session.scalars(query))
    by_change: dict[int, list[FieldChange]] = {row.id: [] for row in found}
    if found:
        ids = list(by_change)
        for start in range(0, len(ids), 500):
            for field in session.scalars(
                select(AuditField)
                .where(AuditField.change_id.in_(ids[start : start + 500]))
                .order_by(AuditField.id)
            ):
                by_change[field.change_id].append(
                    FieldChange(field.field, json.loads(field.old_json), json.loads(field.new_json))
                )
    return [
        HistoryEntry(
            id=row.id,
            at=row.at.replace(tzinfo=UTC),
            editor=row.editor,
            action=row.action,
            record_id=row.record_id,
            record_kind=row.record_kind,
            organization_id=row.organization_id,
            country=row.country,
            label=row.label,
            version=row.version,
            reason=row.reason,
            changes=tuple(by_change[row.id]),
        )
        for row in found
    ]


def editors(session: Session) -> list[str]:
    """Everyone who has changed the directory here."""
    return list(session.scalars(select(AuditChange.editor).distinct().order_by(AuditChange.editor)))
