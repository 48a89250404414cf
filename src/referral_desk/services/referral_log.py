"""The referral log: save, follow up and reprint referrals; count them for the coordinator."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, selectinload

from referral_desk.domain.case import (
    AgeGroup,
    Assessment,
    Body,
    Case,
    Pathway,
    Phase,
    Reason,
    Step,
    Text,
    Timing,
    Urgency,
    Warning,
)
from referral_desk.domain.entities import Detail, RecordRef, Texts
from referral_desk.domain.hours import Reach, Reachability
from referral_desk.domain.languages import UI_LANGUAGES
from referral_desk.domain.local_time import day_end_utc, day_start_utc, in_zone
from referral_desk.domain.person import case_type, treated_as_child
from referral_desk.domain.referral import (
    ConsentMissing,
    LogFilter,
    LoggedBody,
    LoggedReferral,
    ReferralHeader,
    Statistics,
    StatRow,
    consent_of,
    may_refer,
    new_reference,
)
from referral_desk.domain.vocab import Consent, FollowUp, Kind
from referral_desk.services.directory import Directory
from referral_desk.store.log_models import Referral, ReferralBody

Sessions = Callable[[], Session]  # the desk's session factory

# ----------------------------------------------------------------------------- headers


def new_header(
    directory: Directory, post: str, caseworker: str, now: datetime | None = None
) -> ReferralHeader:
    """A header for a new sheet: a fresh reference and the loaded directory's version."""
    now = now or datetime.now(UTC)
    info = directory.info()
    return ReferralHeader(
        post, caseworker, now, new_reference(now), info.version, info.published, info.sample
    )


def age_group(pathway: Pathway) -> str:
    return AgeGroup.CHILD.value if pathway.is_child else AgeGroup.ADULT.value


# ----------------------------------------------------------------------------- saving


def _text_json(text: Text) -> dict[str, str]:
    return dict(text.by_lang)


def pathway_snapshot(pathway: Pathway) -> dict[str, Any]:
    """What a reprint needs: the rule texts and record ids; nothing about the person.

    Also the consent the case recorded (given, refused, not asked, not needed) and each
    body's name in every language, so the log shows it in its reader's language.
    """
    names = {
        b.ref.id: {lang: b.ref.name.get(lang) for lang in UI_LANGUAGES}
        for s in pathway.steps
        for b in s.bodies
    }
    return {
        "consent": consent_of(pathway.is_child, pathway.case.consents_to_referral).value,
        "names": names,
        "is_child": pathway.is_child,
        "assessment": pathway.assessment.value,
        "rules_version": pathway.rules_version,
        "reasons": [{"code": r.code, "text": _text_json(r.text)} for r in pathway.reasons],
        "warnings": [{"code": w.code, "text": _text_json(w.text)} for w in pathway.warnings],
        "steps": [
            {
                "rule_id": s.rule_id,
                "phase": s.phase.value,
                "role": s.role,
                "country": s.country,
                "action": _text_json(s.action),
                "why": _text_json(s.why),
                "timing": s.timing.value,
                "bodies": [b.ref.id for b in s.bodies],
            }
            for s in pathway.steps
        ],
    }


def save_referral(sessions: Sessions, pathway: Pathway, header: ReferralHeader) -> str:
    """Keep the referral in the log; return its case reference (new if the header has none)."""
    reference = header.reference or new_reference(header.created_at)
    created = header.created_at.astimezone(UTC).replace(tzinfo=None)
    referral = Referral(
        id=str(uuid.uuid4()),
        reference=reference,
        created_at=created,
        post=header.post,
        caseworker=header.caseworker,
        assessment=pathway.assessment.value,
        age_group=age_group(pathway),
        case_type=case_type(pathway.case).value,
        purposes=" ".join(sorted(p.value for p in pathway.case.purposes)),
        urgent=" ".join(sorted(u.value for u in pathway.case.urgent)),
        country=pathway.case.country,
        directory_version=header.directory_version,
        directory_published=header.directory_published,
        rules_version=pathway.rules_version,
        pathway_json=json.dumps(pathway_snapshot(pathway), ensure_ascii=False),
    )
    position = 0
    seen: set[str] = set()
    for number, step in enumerate(pathway.steps, start=1):
        for body in step.bodies:
            if body.ref.id in seen:  # a body named by two steps is referred to once
                continue
            seen.add(body.ref.id)
            referral.bodies.append(
                ReferralBody(
                    id=str(uuid.uuid4()),
                    position=position,
                    step=number,
                    record_id=body.ref.id,
                    record_name=body.ref.name.get("en"),
                    role=step.role,
                    status=FollowUp.PLANNED.value,  # referred when the caseworker says so
                    feedback="",
                    updated_at=created,
                )
            )
            position += 1
    with sessions() as session, session.begin():
        session.add(referral)
    return reference


# ----------------------------------------------------------------------------- reading


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC)


def _snapshot(row: Referral) -> dict[str, Any]:
    try:
        data = json.loads(row.pathway_json or "{}")
    except json.JSONDecodeError:
        return {}
    return data if isinstance(data, dict) else {}


def _consent(snapshot: dict[str, Any]) -> Consent | None:
    value = snapshot.get("consent")
    return Consent(value) if isinstance(value, str) and value in set(Consent) else None


def _plain(row: Referral) -> LoggedReferral:
    snapshot = _snapshot(row)
    names = snapshot.get("names")
    names = names if isinstance(names, dict) else {}
    return LoggedReferral(
        id=row.id,
        reference=row.reference,
        created_at=_aware(row.created_at),
        post=row.post,
        caseworker=row.caseworker,
        assessment=row.assessment,
        age_group=row.age_group,
        case_type=row.case_type,
        purposes=tuple(row.purposes.split()),
        urgent=tuple(row.urgent.split()),
        country=row.country,
        directory_version=row.directory_version,
        bodies=tuple(
            LoggedBody(
                b.id,
                b.step,
                b.record_id,
                b.record_name,
                b.role,
                FollowUp(b.status),
                b.feedback,
                _aware(b.updated_at),
                _names(names.get(b.record_id)),
            )
            for b in row.bodies
        ),
        consent=_consent(snapshot),
    )


def _names(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str) and v}


def _filtered(filters: LogFilter) -> Select[tuple[Referral]]:
    query = select(Referral)
    if filters.date_from:
        query = query.where(Referral.created_at >= day_start_utc(filters.date_from, filters.zone))
    if filters.date_to:
        query = query.where(Referral.created_at < day_end_utc(filters.date_to, filters.zone))
    if filters.age_group:
        query = query.where(Referral.age_group == filters.age_group)
    if filters.case_type:
        query = query.where(Referral.case_type == filters.case_type)
    if filters.assessment:
        query = query.where(Referral.assessment == filters.assessment)
    if filters.status:
        query = query.where(Referral.bodies.any(ReferralBody.status == filters.status.value))
    text = filters.text.strip()
    if text:
        pattern = f"%{text.replace('%', '').replace('_', '')}%"
        query = query.where(
            or_(
                Referral.reference.ilike(pattern),
                Referral.post.ilike(pattern),
                Referral.caseworker.ilike(pattern),
                Referral.bodies.any(ReferralBody.record_name.ilike(pattern)),
            )
        )
    return query


def list_referrals(
    sessions: Sessions, filters: LogFilter | None = None, limit: int = 1000
) -> list[LoggedReferral]:
    """Referrals matching the filter, newest first."""
    query = _filtered(filters or LogFilter()).order_by(Referral.created_at.desc()).limit(limit)
    with sessions() as session:
        rows = session.scalars(query.options(selectinload(Referral.bodies))).all()
        return [_plain(r) for r in rows]


def get_referral(sessions: Sessions, reference: str) -> LoggedReferral | None:
    with sessions() as session:
        row = session.scalar(
            select(Referral)
            .where(Referral.reference == reference)
            .options(selectinload(Referral.bodies))
        )
        return None if row is None else _plain(row)


def update_follow_up(
    sessions: Sessions, body_id: str, status: FollowUp, feedback: str, now: datetime | None = None
) -> None:
    """Record what a body answered; raises KeyError for an unknown body id.

    Raises ConsentMissing when an adult's referral is marked as made (any status but
    "not referred yet") while the person's consent is not asked or refused.
    """
    with sessions() as session, session.begin():
        body = session.get(ReferralBody, body_id)
        if body is None:
            raise KeyError(body_id)
        status = FollowUp(status)
        consent = _consent(_snapshot(body.referral))
        if status is not FollowUp.PLANNED and not may_refer(consent):
            assert consent is not None
            raise ConsentMissing(body.referral.reference, consent)
        body.status = FollowUp(status).value
        body.feedback = feedback
        body.updated_at = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)


def record_consent(sessions: Sessions, reference: str, consent: Consent) -> None:
    """Record the consent an adult gave or refused after the sheet; KeyError if unknown.

    A child's referral needs none, and a body already marked referred keeps its status.
    """
    with sessions() as session, session.begin():
        row = session.scalar(select(Referral).where(Referral.reference == reference))
        if row is None:
            raise KeyError(reference)
        snapshot = _snapshot(row)
        if snapshot.get("consent") == Consent.NOT_NEEDED.value or snapshot.get("is_child"):
            raise ValueError(f"{reference}: a child's referral needs no consent")
        if consent is Consent.NOT_NEEDED:
            raise ValueError(f"{reference}: an adult's referral needs consent")
        snapshot["consent"] = Consent(consent).value
        row.pathway_json = json.dumps(snapshot, ensure_ascii=False)


# ----------------------------------------------------------------------------- reprint


def _text(data: dict[str, str]) -> Text:
    return Text(dict(data) or {"en": ""})


def body_from_detail(detail: Detail) -> Body:
    return Body(
        ref=RecordRef(detail.kind, detail.id, detail.name, detail.country),
        organization=detail.organization,
        phones=detail.phones,
        email=detail.email,
        website=detail.website,
        reach=detail.reach,
        languages=detail.languages,
    )


def _missing_body(record_id: str, name: str, country: str) -> Body:
    return Body(
        ref=RecordRef(Kind.SERVICE, record_id, Texts({"en": name}), country),
        organization=None,
        phones=(),
        email=None,
        website=None,
        reach=Reachability(Reach.UNKNOWN, "UTC"),
    )


def pathway_for_reprint(
    sessions: Sessions, directory: Directory, reference: str, now: datetime | None = None
) -> tuple[Pathway, ReferralHeader, tuple[str, ...]] | None:
    """Rebuild a saved referral's pathway with today's contact data.

    Returns the pathway, the original header, and the ids of bodies that are no
    longer in the directory (printed under their saved name, without contact ways).
    """
    now = now or datetime.now(UTC)
    with sessions() as session:
        row = session.scalar(
            select(Referral)
            .where(Referral.reference == reference)
            .options(selectinload(Referral.bodies))
        )
        if row is None:
            return None
        snapshot = json.loads(row.pathway_json or "{}")
        names = {b.record_id: b.record_name for b in row.bodies}
        header = ReferralHeader(
            row.post,
            row.caseworker,
            _aware(row.created_at),
            row.reference,
            row.directory_version,
            row.directory_published,
            True,
        )
        case = Case(
            country=row.country,
            age_group=AgeGroup(row.age_group)
            if row.age_group in AgeGroup.__members__.values()
            else AgeGroup.UNKNOWN,
            urgent=frozenset(
                Urgency(u) for u in row.urgent.split() if u in Urgency.__members__.values()
            ),
        )
        assessment = Assessment(row.assessment)
        rules_version = row.rules_version
    gone: list[str] = []
    steps = []
    for item in snapshot.get("steps", []):
        bodies = []
        for record_id in item.get("bodies", []):
            detail = directory.show(record_id, now)
            if detail is None:
                gone.append(record_id)
                bodies.append(
                    _missing_body(record_id, names.get(record_id, record_id), item["country"])
                )
            else:
                bodies.append(body_from_detail(detail))
        steps.append(
            Step(
                rule_id=item["rule_id"],
                phase=Phase(item["phase"]),
                role=item["role"],
                country=item["country"],
                action=_text(item["action"]),
                why=_text(item["why"]),
                timing=Timing(item["timing"]),
                bodies=tuple(bodies),
            )
        )
    pathway = Pathway(
        case=case,
        assessment=assessment,
        reasons=tuple(Reason(r["code"], _text(r["text"])) for r in snapshot.get("reasons", [])),
        steps=tuple(steps),
        warnings=tuple(Warning(w["code"], _text(w["text"])) for w in snapshot.get("warnings", [])),
        is_child=bool(snapshot.get("is_child", treated_as_child(case))),
        rules_version=rules_version,
    )
    info = directory.info()
    header = ReferralHeader(
        header.post,
        header.caseworker,
        header.created_at,
        header.reference,
        info.version,
        info.published,
        info.sample,
    )
    return pathway, header, tuple(gone)


# ----------------------------------------------------------------------------- statistics


def statistics(
    sessions: Sessions,
    date_from: date | None = None,
    date_to: date | None = None,
    zone: str = "UTC",
) -> Statistics:
    """Counts for the national coordinator; no reference, name or caseworker in them.

    Days and months are the post's (``zone``), as the caseworker saw them.
    """
    query = _filtered(LogFilter(date_from=date_from, date_to=date_to, zone=zone)).options(
        selectinload(Referral.bodies)
    )
    counters: dict[str, Counter[str]] = {
        key: Counter()
        for key in (
            "month",
            "case_type",
            "assessment",
            "age_group",
            "purpose",
            "urgent",
            "body",
            "status",
            "body_status",
        )
    }
    body_status: dict[str, tuple[str, FollowUp]] = {}
    body_names: dict[str, dict[str, str]] = {}
    total = 0
    with sessions() as session:
        for row in session.scalars(query):
            total += 1
            names = _snapshot(row).get("names")
            if isinstance(names, dict):
                for body in row.bodies:
                    body_names.setdefault(body.record_name, _names(names.get(body.record_id)))
            counters["month"][f"{in_zone(row.created_at, zone):%Y-%m}"] += 1
            counters["case_type"][row.case_type] += 1
            counters["assessment"][row.assessment] += 1
            counters["age_group"][row.age_group] += 1
            counters["purpose"].update(row.purposes.split())
            counters["urgent"].update(row.urgent.split())
            counters["body"].update({b.record_name for b in row.bodies})
            for body in row.bodies:
                counters["status"][body.status] += 1
                key = f"{body.record_name} | {body.status}"
                counters["body_status"][key] += 1
                body_status[key] = (body.record_name, FollowUp(body.status))
    rows = [
        StatRow(dimension, value, count, *body_status[value])
        if dimension == "body_status"
        else StatRow(dimension, value, count)
        for dimension, counter in counters.items()
        for value, count in sorted(counter.items())
    ]
    return Statistics(total, tuple(rows), body_names)
