"""Corrections from the posts: report one on a record, export them, import them at the
coordinator's desk, where they wait in the verification queue beside their record."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from referral_desk.domain.corrections import Correction, correction_problems
from referral_desk.exchange.corrections_file import corrections_json, read_corrections
from referral_desk.services.changes import Changes
from referral_desk.services.errors import InputRefused, RecordNotFound
from referral_desk.services.verification import one_line
from referral_desk.store.detail_reads import read_detail
from referral_desk.store.verification_models import CorrectionRow

__all__ = ["Corrections", "ImportResult"]


@dataclass(frozen=True)
class ImportResult:
    added: int
    already_there: int


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def _aware(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.replace(tzinfo=UTC)


def _correction(row: CorrectionRow) -> Correction:
    return Correction(
        id=row.id,
        record_id=row.record_id,
        record_name=row.record_name,
        country=row.country,
        wrong=row.wrong,
        found=row.found,
        post=row.post,
        reported_at=row.reported_at.replace(tzinfo=UTC),
        imported=row.imported,
        exported_at=_aware(row.exported_at),
        closed_at=_aware(row.closed_at),
    )


class Corrections:
    """Corrections reported here or imported from posts' files."""

    def __init__(self, sessions: sessionmaker[Session], notify: Callable[[Changes], None]) -> None:
        self._sessions = sessions
        self._notify = notify

    def report(
        self, record_id: str, wrong: str, found: str, post: str, now: datetime | None = None
    ) -> Correction:
        """Keep a correction of a record to send to the coordinator. Raises RecordNotFound,
        InputRefused."""
        now = now or datetime.now(UTC)
        wrong, found, post = one_line(wrong), one_line(found), one_line(post)
        problems = correction_problems(wrong, found, post)
        if problems:
            raise InputRefused(problems)
        with self._sessions() as session, session.begin():
            detail = read_detail(session, record_id, now)
            if detail is None:
                raise RecordNotFound(record_id)
            row = CorrectionRow(
                id=str(uuid.uuid4()),
                record_id=record_id,
                record_name=detail.name.get("en")[:300] or record_id,
                country=detail.country,
                wrong=wrong,
                found=found,
                post=post[:300],
                reported_at=_naive(now),
                imported=False,
            )
            session.add(row)
            session.flush()
            made = _correction(row)
        self._notify(Changes(corrections=True))
        return made

    def listed(self, *, open_only: bool = True, record_id: str | None = None) -> list[Correction]:
        """Corrections, oldest first: those not yet dealt with, or all; of one record, or all."""
        query = select(CorrectionRow).order_by(CorrectionRow.reported_at, CorrectionRow.id)
        if open_only:
            query = query.where(CorrectionRow.closed_at.is_(None))
        if record_id is not None:
            query = query.where(CorrectionRow.record_id == record_id)
        with self._sessions() as session:
            return [_correction(row) for row in session.scalars(query)]

    def to_send(self) -> list[Correction]:
        """The corrections reported here and not yet written to a file."""
        return [c for c in self.listed(open_only=False) if not c.imported and c.exported_at is None]

    def export(self, path: Path, *, everything: bool = False, now: datetime | None = None) -> int:
        """Write the corrections reported here (those not sent yet, or ``everything``) to a
        file for the coordinator, whole or not at all; returns how many."""
        now = now or datetime.now(UTC)
        chosen = (
            [c for c in self.listed(open_only=False) if not c.imported]
            if everything
            else self.to_send()
        )
        _write_whole(path, corrections_json(chosen, now))
        if chosen:
            with self._sessions() as session, session.begin():
                session.execute(
                    update(CorrectionRow)
                    .where(CorrectionRow.id.in_([c.id for c in chosen]))
                    .values(exported_at=_naive(now))
                )
            self._notify(Changes(corrections=True))
        return len(chosen)

    def import_file(self, path: Path) -> ImportResult:
        """Take in a post's corrections file: every correction, or none if the file has a
        problem (CorrectionsFileError names each). One already here is not added again."""
        read = read_corrections(path)
        with self._sessions() as session, session.begin():
            known = set(
                session.scalars(
                    select(CorrectionRow.id).where(CorrectionRow.id.in_([c.id for c in read]))
                )
            )
            fresh = [c for c in read if c.id not in known]
            for item in fresh:
                session.add(
                    CorrectionRow(
                        id=item.id,
                        record_id=item.record_id,
                        record_name=item.record_name,
                        country=item.country,
                        wrong=item.wrong,
                        found=item.found,
                        post=item.post,
                        reported_at=_naive(item.reported_at),
                        imported=True,
                    )
                )
        if fresh:
            self._notify(Changes(corrections=True))
        return ImportResult(len(fresh), len(read) - len(fresh))

    def close(self, correction_id: str, now: datetime | None = None) -> bool:
        """Mark a correction as dealt with; False if there is no such open correction."""
        with self._sessions() as session, session.begin():
            done = session.execute(
                update(CorrectionRow)
                .where(CorrectionRow.id == correction_id, CorrectionRow.closed_at.is_(None))
                .values(closed_at=_naive(now or datetime.now(UTC)))
            )
            changed = bool(getattr(done, "rowcount", 0))
        if changed:
            self._notify(Changes(corrections=True))
        return changed


def _write_whole(path: Path, text: str) -> None:
    """Write a file under a temporary name and rename it into place: whole or not at all."""
    folder = path.parent
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
