"""Making a pathway: the rules' steps, each role resolved to bodies of the directory."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from referral_desk.domain.case import Body, Case, Gender, Pathway, Step
from referral_desk.domain.hours import Reachability
from referral_desk.domain.rules import (
    PHASE_ORDER,
    SELF_ROLE,
    PlannedStep,
    RuleSet,
    case_facts,
    plan,
)
from referral_desk.domain.vocab import Population, Role
from referral_desk.services.pathway.rules_files import load_rules
from referral_desk.store import models as m
from referral_desk.store import records

MAX_BODIES = 3  # bodies shown per step, best match first


def wanted_populations(case: Case) -> tuple[set[str], set[str]]:
    """(populations that fit best, populations that also fit) for this person."""
    facts = case_facts(case)
    best: set[str] = set()
    if facts["is_child"]:
        best.add(Population.CHILDREN.value)
        if case.gender is Gender.FEMALE and facts["aged_15_plus"]:
            best.add(Population.WOMEN.value)
    elif case.gender is Gender.FEMALE:
        best.add(Population.WOMEN.value)
    elif case.gender is Gender.MALE:
        best.add(Population.MEN.value)
    else:
        best |= {Population.WOMEN.value, Population.MEN.value}
    also = {Population.ANY.value}
    if facts["is_child"]:
        also.add(Population.FAMILIES.value)  # a family service reaches a child through the family
    return best, also


def _other_gender_only(populations: set[str], gender: Gender) -> bool:
    """A service for women (and girls) only, for a male person; or for men only, for a female."""
    general = {Population.ANY.value, Population.FAMILIES.value}
    if gender is Gender.MALE:
        return Population.WOMEN.value in populations and not populations & (general | {"men"})
    if gender is Gender.FEMALE:
        return Population.MEN.value in populations and not populations & (general | {"women"})
    return False


def find_bodies(session: Session, role: str, country: str, case: Case) -> list[str]:
    """Ids of the services playing ``role`` in ``country`` that fit the person, best match first."""
    term = select(m.TaxonomyTerm.id).where(
        m.TaxonomyTerm.taxonomy == "role", m.TaxonomyTerm.code == role
    )
    service_ids = select(m.Attribute.link_id).where(m.Attribute.taxonomy_term_id.in_(term))
    areas: dict[str, list[str | None]] = {}
    for service_id, region in session.execute(
        select(m.ServiceArea.service_id, m.ServiceArea.region).where(
            m.ServiceArea.country == country, m.ServiceArea.service_id.in_(service_ids)
        )
    ):
        areas.setdefault(service_id, []).append(region)
    services = session.scalars(select(m.Service).where(m.Service.id.in_(list(areas)))).all()
    names = dict(
        session.execute(
            select(m.LocalizedText.owner_id, m.LocalizedText.value).where(
                m.LocalizedText.owner_id.in_(list(areas)),
                m.LocalizedText.field == "name",
                m.LocalizedText.lang == "en",
            )
        )
        .tuples()
        .all()
    )
    languages: dict[str, set[str]] = {}
    for owner, code in session.execute(
        select(m.Language.owner_id, m.Language.code).where(m.Language.owner_id.in_(list(areas)))
    ):
        languages.setdefault(owner, set()).add(code)
    best, also = wanted_populations(case)
    region = case.region.casefold() if case.region and country == case.country else None
    ranked: list[tuple[tuple[int, int, int, str, str], str]] = []
    for service in services:
        if role == Role.CONSULATE and case.nationality not in service.serves_nationals_of.split():
            continue
        populations = set(service.populations.split()) or {Population.ANY.value}
        if not populations & (best | also) or _other_gender_only(populations, case.gender):
            continue
        regions = {r.casefold() if r else None for r in areas[service.id]}
        if region is not None:
            area_rank = 0 if region in regions else 1 if None in regions else 2
        else:
            area_rank = 0 if None in regions else 1
        spoken = len(set(case.languages) & languages.get(service.id, set()))
        ranked.append(
            (
                (
                    area_rank,
                    0 if populations & best else 1,
                    -spoken,
                    names.get(service.id, ""),
                    service.id,
                ),
                service.id,
            )
        )
    ranked.sort()
    if ranked and ranked[0][0][0] < 2:  # a service of another region only if nothing nearer
        ranked = [r for r in ranked if r[0][0] < 2]
    return [service_id for _key, service_id in ranked[:MAX_BODIES]]


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
