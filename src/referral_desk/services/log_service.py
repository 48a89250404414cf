"""The referral log as the desk hands it out: each change followed by a notice."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime

from sqlalchemy.orm import Session

from referral_desk.domain.case import Pathway
from referral_desk.domain.referral import LogFilter, LoggedReferral, ReferralHeader, Statistics
from referral_desk.domain.vocab import Consent, FollowUp
from referral_desk.services import referral_log as log
from referral_desk.services.changes import Changes
from referral_desk.services.directory import Directory


class ReferralLog:
    """Keep, find, follow up and reprint referrals; count them for the coordinator."""

    def __init__(
        self,
        sessions: Callable[[], Session],
        directory: Directory,
        notify: Callable[[Changes], None],
    ) -> None:
        self._sessions = sessions
        self._directory = directory
        self._notify = notify

    def new_header(self, post: str, caseworker: str, now: datetime | None = None) -> ReferralHeader:
        """A header for a new sheet: a fresh reference and the loaded directory's version."""
        return log.new_header(self._directory, post, caseworker, now)

    def save(self, pathway: Pathway, header: ReferralHeader) -> str:
        """Keep the referral (nothing about the person); return its case reference."""
        reference = log.save_referral(self._sessions, pathway, header)
        self._notify(Changes(referral_log=True))
        return reference

    def update_follow_up(
        self, body_id: str, status: FollowUp, feedback: str, now: datetime | None = None
    ) -> None:
        """Record what a body answered; raises KeyError for an unknown body id."""
        log.update_follow_up(self._sessions, body_id, status, feedback, now)
        self._notify(Changes(referral_log=True))

    def update_follow_ups(
        self, updates: Iterable[tuple[str, FollowUp, str]], now: datetime | None = None
    ) -> int:
        """Record several answers (body id, status, feedback) with one notice; return how many."""
        count = 0
        try:
            for body_id, status, feedback in updates:
                log.update_follow_up(self._sessions, body_id, status, feedback, now)
                count += 1
        finally:  # answers kept before a refused one are shown too
            if count:
                self._notify(Changes(referral_log=True))
        return count

    def record_consent(self, reference: str, consent: Consent) -> None:
        """Record an adult's consent given (or refused) after the sheet was made."""
        log.record_consent(self._sessions, reference, consent)
        self._notify(Changes(referral_log=True))

    def list(self, filters: LogFilter | None = None, limit: int = 1000) -> list[LoggedReferral]:
        """Referrals matching the filter, newest first."""
        return log.list_referrals(self._sessions, filters, limit)

    def get(self, reference: str) -> LoggedReferral | None:
        return log.get_referral(self._sessions, reference)

    def for_reprint(
        self, reference: str, now: datetime | None = None
    ) -> tuple[Pathway, ReferralHeader, tuple[str, ...]] | None:
        """A saved referral's pathway with today's contact data; see ``pathway_for_reprint``."""
        return log.pathway_for_reprint(self._sessions, self._directory, reference, now)

    def statistics(
        self, date_from: date | None = None, date_to: date | None = None, zone: str = "UTC"
    ) -> Statistics:
        """Counts for the national coordinator; no reference, name or caseworker in them."""
        return log.statistics(self._sessions, date_from, date_to, zone)
