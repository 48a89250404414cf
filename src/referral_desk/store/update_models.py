"""SQLAlchemy models of signed updates: the directory file in force, and each update applied."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from referral_desk.store.models import Base


class DirectorySource(Base):
    """The directory file the records were written from (gzip'd JSON): one row.

    Replaced with the records, so it is always the file they came from; an
    update merges into it, and ``publish`` and undo start from it.
    """

    __tablename__ = "directory_source"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_gz: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))  # of the JSON as stored (not gzip'd)


class DirectoryUpdate(Base):
    """One signed update applied at this post, kept with the directory it replaced.

    An import of a file (HSDS, a workbook) is a row too, so it shows in the history
    and is undone the same way: its publisher is empty, its sequence 0, its
    ``bundle_sha256`` the file's (empty for a folder), and ``counts_json`` holds
    the file's name and format under ``"import"``.
    """

    __tablename__ = "directory_update"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    publisher: Mapped[str] = mapped_column(String(64), index=True)
    key_id: Mapped[str] = mapped_column(String(16))
    countries: Mapped[str] = mapped_column(Text)  # space-separated ISO codes
    sequence: Mapped[int] = mapped_column(Integer)
    created: Mapped[datetime] = mapped_column(DateTime)  # when the publisher wrote it (UTC)
    stale_after_days: Mapped[int] = mapped_column(Integer)
    bundle_sha256: Mapped[str] = mapped_column(String(64))
    result_sha256: Mapped[str] = mapped_column(String(64))  # the directory file it left
    counts_json: Mapped[str] = mapped_column(Text)  # added, retired, changed, before, after
    retired_json: Mapped[str] = mapped_column(Text, default="{}")  # retired id -> English name
    applied_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    undone_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # The directory file before this update (gzip'd JSON), to undo it; dropped for old ones.
    previous_gz: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
