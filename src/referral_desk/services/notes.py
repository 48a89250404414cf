"""The caseworker's own notes on records: kept at this post, never exported nor printed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from referral_desk.domain.verification import MAX_NOTE
from referral_desk.services.changes import Changes
from referral_desk.services.errors import InputRefused
from referral_desk.store.verification_models import RecordNote

__all__ = ["Notes"]


class Notes:
    """One note per record, by record id: it outlives directory loads and updates."""

    def __init__(self, sessions: sessionmaker[Session], notify: Callable[[Changes], None]) -> None:
        self._sessions = sessions
        self._notify = notify

    def get(self, record_id: str) -> str:
        """The note on a record; "" when there is none."""
        with self._sessions() as session:
            row = session.get(RecordNote, record_id)
            return "" if row is None else row.text

    def set(self, record_id: str, text: str, now: datetime | None = None) -> None:
        """Keep the note on a record; an empty note takes it away. Raises InputRefused."""
        text = text.strip()
        if len(text) > MAX_NOTE:
            raise InputRefused([f"the note is longer than {MAX_NOTE} characters"])
        moment = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
        with self._sessions() as session, session.begin():
            row = session.get(RecordNote, record_id)
            if not text:
                if row is None:
                    return
                session.execute(delete(RecordNote).where(RecordNote.record_id == record_id))
            elif row is None:
                session.add(RecordNote(record_id=record_id, text=text, updated_at=moment))
            elif row.text == text:
                return
            else:
                row.text, row.updated_at = text, moment
        self._notify(Changes(notes=True))

    def noted(self) -> list[str]:
        """The ids of the records with a note."""
        with self._sessions() as session:
            return list(
                session.scalars(select(RecordNote.record_id).order_by(RecordNote.record_id))
            )
