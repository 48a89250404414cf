"""Verification use cases: confirm a record, record a call's outcome, the queue, freshness."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from referral_desk.domain.freshness import WINDOWS, FreshnessRow, freshness_rows
from referral_desk.domain.staleness import fresh_since
from referral_desk.domain.verification import (
    MAX_NOTE,
    Check,
    QueueItem,
    RecordFacts,
    queue_order,
    role_uses,
    uses_of,
)
from referral_desk.domain.vocab import Freshness, Outcome, VerifyHow
from referral_desk.services.changes import Changes
from referral_desk.services.errors import InputRefused, RecordNotFound
from referral_desk.store import verification_store as store
from referral_desk.store.freshness_sql import freshness_counts
from referral_desk.store.queue_rows import queue_rows
from referral_desk.store.verification_models import CorrectionRow

__all__ = ["Verifications", "one_line"]


def one_line(text: str) -> str:
    """A note as one line: runs of spaces and line breaks become one space."""
    return " ".join(text.split())


def pathway_role_uses() -> dict[str, int]:
    """How many steps of the pathway rules in use name each role (empty if none load)."""
    from referral_desk.services.pathway.rules_files import load_rules

    rules = load_rules().rules
    if rules is None:
        return {}
    return role_uses([step.role for step in rules.steps])


class Verifications:
    """Checks of the directory's records; each kept in the history, none ever changed."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        notify: Callable[[Changes], None],
        role_uses: Callable[[], dict[str, int]] = pathway_role_uses,
    ) -> None:
        self._sessions = sessions
        self._notify = notify
        self._role_uses = role_uses
        self._uses: dict[str, int] | None = None

    def record(
        self,
        record_id: str,
        by: str,
        how: VerifyHow,
        outcome: Outcome = Outcome.CONFIRMED,
        note: str = "",
        on: date | None = None,
        now: datetime | None = None,
        corrected: bool = False,
    ) -> Check:
        """Keep a check of a record. "Confirmed" makes it the record's last verification
        (nothing else of the record changes); so does "changed" when the change is already
        saved in the directory (``corrected``). Otherwise "changed" and "unreachable" are kept
        in the history only, and the record stays due. A confirmed or changed record's open
        corrections are closed: the body was reached. Raises RecordNotFound, InputRefused."""
        now = now or datetime.now(UTC)
        by, note = one_line(by), one_line(note)
        problems = []
        if not by:
            problems.append("say who checked it")
        if len(by) > 300:
            problems.append("the name of who checked it is longer than 300 characters")
        if len(note) > MAX_NOTE:
            problems.append(f"the note is longer than {MAX_NOTE} characters")
        if outcome is Outcome.CHANGED and not note:
            problems.append("say what changed")
        today = now.astimezone().date()  # the checker's own day, not UTC's
        on = on or today
        if on > today:
            problems.append(f"{on.isoformat()} is in the future")
        if problems:
            raise InputRefused(problems)
        check = Check(record_id, on, by, how, outcome, note, now)
        with self._sessions() as session, session.begin():
            if store.kind_of_record(session, record_id) is None:
                raise RecordNotFound(record_id)
            store.add_check(session, check)
            if outcome is Outcome.CONFIRMED or (outcome is Outcome.CHANGED and corrected):
                store.confirm(session, check)
            closed = 0
            if outcome is not Outcome.UNREACHABLE:  # the body was reached: the reports are answered
                done = session.execute(
                    update(CorrectionRow)
                    .where(CorrectionRow.record_id == record_id, CorrectionRow.closed_at.is_(None))
                    .values(closed_at=now.astimezone(UTC).replace(tzinfo=None))
                )
                closed = int(getattr(done, "rowcount", 0))
        self._notify(Changes(verification=True, corrections=bool(closed)))
        return check

    def confirm(
        self, record_id: str, by: str, how: VerifyHow = VerifyHow.PHONE, note: str = ""
    ) -> Check:
        """The one-click "Verify": the record's details were confirmed today, as they are."""
        return self.record(record_id, by, how, Outcome.CONFIRMED, note)

    def history(self, record_id: str) -> list[Check]:
        """Every check of a record, newest first."""
        with self._sessions() as session:
            return store.history(session, record_id)

    def facts(self, details: bool = True) -> list[RecordFacts]:
        """Every record with what the queue needs; without ``details`` no names nor numbers."""
        with self._sessions() as session:
            return store.record_facts(session, details)

    def queue(self, months: int, today: date | None = None) -> list[QueueItem]:
        """Records not verified within ``months`` months (or with a correction reported),
        24-hour and emergency lines first, then the most used in pathways, oldest first."""
        return self.queue_items(self.queue_order(months, today))

    def queue_order(self, months: int, today: date | None = None) -> list[str]:
        """The ids of ``queue``'s records in its order, chosen and ranked from a light read
        of every record (``queue_items`` gives the items, for a page of them at a time)."""
        today = today or datetime.now().astimezone().date()
        with self._sessions() as session:
            rows = queue_rows(session)
            corrections = _open_corrections(session)
        return queue_order(rows, corrections, self._role_counts(), today, months)

    def queue_items(self, record_ids: list[str]) -> list[QueueItem]:
        """The queue's items of these records, in this order: their facts in full, uses in
        pathways, last checks and open corrections (a record retired since is left out)."""
        uses = self._role_counts()
        with self._sessions() as session:
            facts = {f.id: f for f in store.record_facts(session, wanted=record_ids)}
            checks = store.latest_checks(session, record_ids)
            corrections = _open_corrections(session)
        return [
            QueueItem(facts[i], uses_of(facts[i], uses), checks.get(i), corrections.get(i, ()))
            for i in record_ids
            if i in facts
        ]

    def _role_counts(self) -> dict[str, int]:
        if self._uses is None:  # the rule files are read once per desk
            self._uses = self._role_uses()
        return self._uses

    def freshness(self, dimension: Freshness, today: date | None = None) -> list[FreshnessRow]:
        """Per country, category or region: records, and those verified within 3, 6, 12 months
        (counted by the database)."""
        return self._freshness((dimension,), today)

    def all_freshness(self, today: date | None = None) -> list[FreshnessRow]:
        """The figures of every dimension: country, then category, then region."""
        return self._freshness(tuple(Freshness), today)

    def _freshness(
        self, dimensions: tuple[Freshness, ...], today: date | None
    ) -> list[FreshnessRow]:
        today = today or datetime.now().astimezone().date()
        since = [fresh_since(today, months) for months in WINDOWS]
        with self._sessions() as session:
            return [
                row
                for dimension in dimensions
                for row in freshness_rows(dimension, freshness_counts(session, dimension, since))
            ]


def _open_corrections(session: Session) -> dict[str, tuple[str, ...]]:
    from sqlalchemy import select

    found: dict[str, list[str]] = {}
    rows = session.execute(
        select(CorrectionRow.record_id, CorrectionRow.id)
        .where(CorrectionRow.closed_at.is_(None))
        .order_by(CorrectionRow.reported_at)
    )
    for record_id, correction_id in rows:
        found.setdefault(record_id, []).append(correction_id)
    return {record_id: tuple(ids) for record_id, ids in found.items()}
