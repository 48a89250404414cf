"""The pathway use cases the desk hands out: make a case's pathway, work out reach again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from referral_desk.domain.case import Case, Pathway
from referral_desk.domain.rules import RuleSet
from referral_desk.services.pathway.resolve import find_bodies, make_pathway, refresh_reach


class Pathways:
    """Pathways over the desk's directory; they change no data, so they send no notice."""

    def __init__(self, sessions: Callable[[], Session]) -> None:
        self._sessions = sessions

    def make(
        self, case: Case, now: datetime | None = None, rules: RuleSet | None = None
    ) -> Pathway:
        """The pathway for a case: steps with matching bodies and their reach at ``now``.

        Without ``rules`` the rule files are loaded; raises their error if they cannot be used.
        """
        return make_pathway(self._sessions, case, now or datetime.now(UTC), rules)

    def refresh_reach(self, pathway: Pathway, now: datetime | None = None) -> Pathway:
        """The same pathway with every body's reachability worked out again for ``now``."""
        return refresh_reach(self._sessions, pathway, now or datetime.now(UTC))

    def bodies_for(self, role: str, country: str, case: Case) -> list[str]:
        """Ids of the services playing ``role`` in ``country`` that fit the person, best first."""
        with self._sessions() as session:
            return find_bodies(session, role, country, case).ids
