"""SQLAlchemy models kept beside the directory: checks of records, corrections, own notes.

None of these tables is replaced when a directory is loaded or an update applied:
they refer to records by id only, so they outlive every directory file.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from referral_desk.store.models import Base, Uuid


class VerificationCheck(Base):
    """One check of a record: append-only, the history of its verification."""

    __tablename__ = "verification_check"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(Uuid, index=True)
    checked_on: Mapped[date] = mapped_column(Date)
    checked_by: Mapped[str] = mapped_column(Text)
    how: Mapped[str] = mapped_column(String(16))  # VerifyHow
    outcome: Mapped[str] = mapped_column(String(16))  # Outcome
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)  # UTC


class CorrectionRow(Base):
    """A correction reported at this post, or imported from a post's file."""

    __tablename__ = "correction"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    record_id: Mapped[str] = mapped_column(Uuid, index=True)
    record_name: Mapped[str] = mapped_column(Text)
    country: Mapped[str] = mapped_column(String(2))
    wrong: Mapped[str] = mapped_column(Text)
    found: Mapped[str] = mapped_column(Text, default="")
    post: Mapped[str] = mapped_column(Text)
    reported_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    imported: Mapped[bool] = mapped_column(Boolean, default=False)
    exported_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class RecordNote(Base):
    """A caseworker's own note on a record: it stays at this post and is never exported."""

    __tablename__ = "record_note"

    record_id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
