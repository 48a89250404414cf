"""Making a pathway: the rules' steps, each role resolved to bodies of the directory."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime

from sqlalchemy.orm import Session

from referral_desk.domain.case import Body, Case, Pathway, Step
from referral_desk.domain.hours import Reachability
from referral_desk.domain.ranking import rank_bodies
from referral_desk.domain.rules import (
    PHASE_ORDER,
    SELF_ROLE,
    PlannedStep,
    RuleSet,
    plan,
)
from referral_desk.services.pathway.rules_files import load_rules
from referral_desk.store import records


def find_bodies(session: Session, role: str, country: str, case: Case) -> list[str]:
    """Ids of the services playing ``role`` in ``country`` that fit the person, best match first."""
    return rank_bodies(role, country, case, records.role_candidates(session, role, country))


class _Bodies:
    """Bodies for one pathway, each service read once in a single session."""

    def __init__(self, session: Session, now: datetime) -> None:
        self.session, self.now = session, now
        self.cache: dict[str, Body | None] = {}

    def reach(self, service_id: str) -> Reachability:
        return records.timing(self.session, service_id).reach(self.now)

    def body(self, service_id: str) -> Body | None:
        if service_id not in self.cache:
            self.cache[service_id] = records.service_body(self.session, service_id, self.now)
        return self.cache[service_id]


def _resolve(
    planned: Iterable[PlannedStep], case: Case, bodies: _Bodies, notes: list[str]
) -> list[Step]:
    steps = []
    for item in planned:
        rule = item.rule
        found: list[Body] = []
        if rule.role != SELF_ROLE:
            ids = find_bodies(bodies.session, rule.role, item.country, case)
            found = [b for b in (bodies.body(i) for i in ids) if b is not None]
            if not found:
                notes.append(f"unresolved:{rule.role}:{item.country}")
        steps.append(
            Step(
                rule.id,
                rule.phase,
                rule.role,
                item.country,
                rule.action,
                rule.why,
                rule.timing,
                tuple(found),
            )
        )
    return steps


def _reachable(steps: Iterable[Step]) -> bool:
    return any(b.reach.reachable for s in steps for b in s.bodies)


def make_pathway(
    sessions: Callable[[], Session], case: Case, now: datetime, rules: RuleSet | None = None
) -> Pathway:
    """The pathway for a case: assessment, steps with matching bodies and their reach at ``now``."""
    if rules is None:
        loaded = load_rules()
        if loaded.rules is None:
            assert loaded.error is not None
            raise loaded.error
        rules = loaded.rules
    planned = plan(rules, case)
    notes: list[str] = []
    with sessions() as session:
        bodies = _Bodies(session, now)
        steps = _resolve(planned.steps, case, bodies, notes)
        for fallback in planned.fallbacks:  # only while no step reaches anyone now
            if _reachable(steps):
                break
            steps += _resolve([fallback], case, bodies, notes)
    order = {rule.id: rule.order for rule in rules.steps}
    steps.sort(key=lambda s: (PHASE_ORDER.index(s.phase), order[s.rule_id]))
    if not _reachable(steps):
        notes.append("none_reachable")
    return Pathway(
        case,
        planned.assessment,
        planned.reasons,
        tuple(steps),
        planned.warnings,
        planned.is_child,
        rules.version,
        tuple(dict.fromkeys(notes)),
    )


def refresh_reach(sessions: Callable[[], Session], pathway: Pathway, now: datetime) -> Pathway:
    """The same pathway with every body's reachability worked out again for ``now``."""
    with sessions() as session:
        bodies = _Bodies(session, now)
        steps = tuple(
            replace(
                step, bodies=tuple(replace(b, reach=bodies.reach(b.ref.id)) for b in step.bodies)
            )
            for step in pathway.steps
        )
    return replace(pathway, steps=steps)
