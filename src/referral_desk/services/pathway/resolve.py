"""Making a pathway: the rules' steps, each role resolved to bodies of the directory."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime

from sqlalchemy.orm import Session

from referral_desk.domain.case import Body, Case, LeftOut, LeftOutReason, Pathway, Step
from referral_desk.domain.hours import Reachability
from referral_desk.domain.pathway_steps import merge_same_bodies, unreached_now
from referral_desk.domain.ranking import Candidate, Choice, choose_bodies
from referral_desk.domain.rules import (
    PHASE_ORDER,
    SELF_ROLE,
    PlannedStep,
    RuleSet,
    plan,
)
from referral_desk.services.pathway.rules_files import load_rules
from referral_desk.store import records


def step_region(case: Case, country: str) -> str | None:
    """The region that counts in ``country``: where the person is, or their home region."""
    if country == case.country:
        return case.region
    return case.home_region if country == case.nationality else None


def find_bodies(session: Session, role: str, country: str, case: Case) -> Choice:
    """The services playing ``role`` in ``country`` that fit the person (best first), and not."""
    candidates = records.role_candidates(session, role, country)
    return choose_bodies(role, country, case, candidates, step_region(case, country))


class _Bodies:
    """Bodies for one pathway, each service read once in a single session."""

    def __init__(self, session: Session, now: datetime) -> None:
        self.session, self.now = session, now
        self.cache: dict[str, Body | None] = {}
        self.choices: dict[tuple[str, str], list[Candidate]] = {}

    def reach(self, service_id: str) -> Reachability:
        return records.timing(self.session, service_id).reach(self.now)

    def choose(self, role: str, country: str, case: Case) -> Choice:
        """Who plays ``role`` in ``country`` for this person; each role's services read once."""
        self.read_roles([(role, country)])
        candidates = self.choices[role, country]
        return choose_bodies(role, country, case, candidates, step_region(case, country))

    def read_roles(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Read the services of the roles and countries not read yet, all in one go."""
        missing = [pair for pair in dict.fromkeys(pairs) if pair not in self.choices]
        if missing:
            self.choices.update(records.roles_candidates(self.session, missing))

    def prefetch(self, service_ids: Iterable[str]) -> None:
        """Read the bodies not read yet, all in one go."""
        missing = [i for i in dict.fromkeys(service_ids) if i not in self.cache]
        if missing:
            found = records.service_bodies(self.session, missing, self.now)
            self.cache.update({i: found.get(i) for i in missing})

    def body(self, service_id: str) -> Body | None:
        self.prefetch([service_id])
        return self.cache[service_id]


def _resolve(
    planned: Iterable[PlannedStep],
    case: Case,
    bodies: _Bodies,
    notes: list[str],
    left_out: list[LeftOut],
) -> list[Step]:
    planned = list(planned)
    bodies.read_roles(
        (item.rule.role, item.country) for item in planned if item.rule.role != SELF_ROLE
    )
    choices = {
        index: bodies.choose(item.rule.role, item.country, case)
        for index, item in enumerate(planned)
        if item.rule.role != SELF_ROLE
    }
    bodies.prefetch(
        i for choice in choices.values() for i in [*choice.ids, *(s for s, _ in choice.left_out)]
    )
    steps = []
    for index, item in enumerate(planned):
        rule = item.rule
        found: list[Body] = []
        if rule.role != SELF_ROLE:
            choice = choices[index]
            found = [b for b in (bodies.body(i) for i in choice.ids) if b is not None]
            for service_id, reason in choice.left_out:
                body = bodies.body(service_id)
                if body is not None:
                    left_out.append(LeftOut(rule.id, body.ref, reason))
            if not found:
                notes.append(f"unresolved:{rule.role}:{item.country}")
                if choice.left_out:
                    notes.append(f"none_fits:{rule.role}:{item.country}")
                if choice.left_out and all(
                    reason is LeftOutReason.REGION_UNKNOWN for _, reason in choice.left_out
                ):
                    notes.append(f"region_needed:{rule.id}")
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
                rule.shares_data,
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
    left_out: list[LeftOut] = []
    with sessions() as session:
        bodies = _Bodies(session, now)
        steps = _resolve(planned.steps, case, bodies, notes, left_out)
        unreached = unreached_now(steps)  # judged step by step, not for the whole pathway
        notes += [f"now_unreached:{rule_id}" for rule_id in unreached]
        for fallback in planned.fallbacks:
            if _reachable(steps) and not unreached:
                break
            steps += _resolve([fallback], case, bodies, notes, left_out)
            if _reachable(steps[-1:]):
                break
    order = {rule.id: rule.order for rule in rules.steps}
    steps.sort(key=lambda s: (PHASE_ORDER.index(s.phase), order[s.rule_id]))
    steps = merge_same_bodies(steps)
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
        tuple(_first_of_each(left_out)),
    )


def _first_of_each(left_out: list[LeftOut]) -> list[LeftOut]:
    """Each body left out for a reason once, under the first step it was left out of."""
    unique: dict[tuple[str, str], LeftOut] = {}
    for item in left_out:
        unique.setdefault((item.ref.id, item.reason.value), item)
    return list(unique.values())


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
