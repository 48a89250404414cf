"""SQLAlchemy models of the audit trail: each change to the directory, and each field it changed.

Append-only: the program never updates or deletes these rows, and the database
refuses to (a trigger on both dialects, added by migration 0010).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from referral_desk.store.models import Base, Uuid


class AuditChange(Base):
    """One change an editor saved: who, when, which record, why."""

    __tablename__ = "audit_change"
    __table_args__ = (Index("ix_audit_change_record_id", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    editor: Mapped[str] = mapped_column(Text)  # the OS user (SQLite) or the database role
    action: Mapped[str] = mapped_column(String(16))  # create, edit, retire
    record_id: Mapped[str] = mapped_column(Uuid)
    record_kind: Mapped[str] = mapped_column(String(16))
    organization_id: Mapped[str] = mapped_column(Uuid)
    country: Mapped[str] = mapped_column(String(2))
    label: Mapped[str] = mapped_column(Text)  # the record's English name when changed
    version: Mapped[int] = mapped_column(Integer)  # the record's version after the change
    reason: Mapped[str] = mapped_column(Text)


class AuditField(Base):
    """One field of a change: its value before and after, as JSON (null where none)."""

    __tablename__ = "audit_field"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[int] = mapped_column(
        ForeignKey("audit_change.id", ondelete="RESTRICT"), index=True
    )
    field: Mapped[str] = mapped_column(String(64))
    old_json: Mapped[str] = mapped_column(Text)
    new_json: Mapped[str] = mapped_column(Text)
