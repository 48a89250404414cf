"""Making a pathway: the rules' steps, each role resolved to bodies of the directory."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from referral_desk.domain.case import Body, Case, Pathway, Step
from referral_desk.domain.entities import Phone, RecordRef, Texts
from referral_desk.domain.hours import Reachability
from referral_desk.domain.ranking import Candidate, rank_bodies
from referral_desk.domain.rules import (
    PHASE_ORDER,
    SELF_ROLE,
    PlannedStep,
    RuleSet,
    plan,
)
from referral_desk.domain.vocab import Kind
from referral_desk.services.directory import Directory, _display_phone, _reach
from referral_desk.services.pathway.rules_files import load_rules
from referral_desk.store import models as m


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
    candidates = (
        Candidate(
            service.id,
            names.get(service.id, ""),
            frozenset(service.populations.split()),
            frozenset(areas[service.id]),
            frozenset(languages.get(service.id, ())),
            frozenset(service.serves_nationals_of.split()),
        )
        for service in services
    )
    return rank_bodies(role, country, case, candidates)


class _Bodies:
    """Bodies for one pathway, each service read once in a single session."""

    def __init__(self, directory: Directory, session: Session, now: datetime) -> None:
        self.directory, self.session, self.now = directory, session, now
        self.cache: dict[str, Body | None] = {}

    def reach(self, service_id: str) -> Reachability:
        hours, tz, always = self.directory._timing(self.session, Kind.SERVICE, service_id)
        return _reach(hours, tz, always, self.now)

    def body(self, service_id: str) -> Body | None:
        if service_id not in self.cache:
            self.cache[service_id] = self._load(service_id)
        return self.cache[service_id]

    def _texts(self, owner: str) -> dict[str, str]:
        rows = self.session.execute(
            select(m.LocalizedText.lang, m.LocalizedText.value).where(
                m.LocalizedText.owner_id == owner, m.LocalizedText.field == "name"
            )
        )
        return dict(rows.tuples().all())

    def _phones(self, owner: str) -> tuple[Phone, ...]:
        rows = self.session.scalars(
            select(m.Phone).where(m.Phone.owner_id == owner).order_by(m.Phone.position)
        )
        return tuple(Phone(r.number, _display_phone(r.number), r.type, r.extension) for r in rows)

    def _load(self, service_id: str) -> Body | None:
        service = self.session.get(m.Service, service_id)
        if service is None:
            return None
        org = service.organization
        org_ref = RecordRef(
            Kind.ORGANIZATION,
            org.id,
            Texts(self._texts(org.id), org.own_name, org.own_name_lang),
            org.country,
        )
        languages = self.session.scalars(
            select(m.Language.code).where(m.Language.owner_id == service_id)
        )
        return Body(
            ref=RecordRef(Kind.SERVICE, service_id, Texts(self._texts(service_id)), org.country),
            organization=org_ref,
            phones=self._phones(service_id) or self._phones(org.id),
            email=service.email or org.email,
            website=service.url or org.website,
            reach=self.reach(service_id),
            languages=tuple(languages),
        )


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
    directory: Directory, case: Case, now: datetime, rules: RuleSet | None = None
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
    with Session(directory.engine) as session:
        bodies = _Bodies(directory, session, now)
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


def refresh_reach(directory: Directory, pathway: Pathway, now: datetime) -> Pathway:
    """The same pathway with every body's reachability worked out again for ``now``."""
    with Session(directory.engine) as session:
        bodies = _Bodies(directory, session, now)
        steps = tuple(
            replace(
                step, bodies=tuple(replace(b, reach=bodies.reach(b.ref.id)) for b in step.bodies)
            )
            for step in pathway.steps
        )
    return replace(pathway, steps=steps)
