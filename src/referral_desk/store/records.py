"""Reading the directory into plain records: search hits, kinds, timings, bodies, the data set.

A record's details are read by ``detail_reads``, for one record or many alike.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session, selectinload

from referral_desk.domain.case import Body
from referral_desk.domain.entities import (
    DirectoryInfo,
    Phone,
    RecordRef,
    SearchHit,
    Texts,
)
from referral_desk.domain.hours import RecordTiming
from referral_desk.domain.phones import display_phone
from referral_desk.domain.ranking import Candidate
from referral_desk.domain.vocab import Kind
from referral_desk.store import models as m
from referral_desk.store.detail_reads import kinds_of
from referral_desk.store.index_reads import DisplayCache, timing_of, timings_of
from referral_desk.store.raw import raw_connection
from referral_desk.store.search_query import IndexHit

__all__ = [
    "directory_info",
    "kind_of",
    "role_candidates",
    "search_hits",
    "service_body",
    "timing",
]


# ----------------------------------------------------------------------------- the data set


def directory_info(session: Session) -> DirectoryInfo:
    """The loaded data set: name, version, publisher, sample or not, and how many records."""
    row = session.get(m.DirectoryInfo, 1)
    counts = {
        "organizations": _live_count(session, m.Organization),
        "services": _live_count(session, m.Service),
        "contacts": _live_count(session, m.Contact),
    }
    if row is None:
        return DirectoryInfo(Texts(), "", date.min, "", True, Texts(), counts)
    return DirectoryInfo(
        Texts(json.loads(row.name)),
        row.version,
        row.published,
        row.publisher,
        row.sample,
        Texts(json.loads(row.notice_json)),
        counts,
    )


def _live_count(session: Session, table: type[m.Organization | m.Service | m.Contact]) -> int:
    return int(
        session.execute(
            select(func.count()).select_from(table).where(table.retired_at.is_(None))
        ).scalar_one()
    )


# ----------------------------------------------------------------------------- search hits


def search_hits(
    connection: Connection, hits: Sequence[IndexHit], now: datetime, cache: DisplayCache
) -> list[SearchHit]:
    """The index's hits as search results: names in every language, reachable at ``now``."""
    raw = raw_connection(connection)
    cache.check(raw)
    names = cache.labels(raw, {h.rowid for h in hits} | {h.organization_doc for h in hits})
    weeks = cache.hours(raw, {h.hours_set for h in hits if h.hours_set is not None})
    results = []
    for hit in hits:
        hours = weeks.get(hit.hours_set, ()) if hit.hours_set is not None else ()
        reach = cache.reach(hit.hours_set, hours, hit.timezone, hit.around_the_clock, now)
        organization = names.get(hit.organization_doc, Texts())
        results.append(
            SearchHit(
                hit.kind,
                hit.entity_id,
                organization if hit.kind is Kind.ORGANIZATION else names.get(hit.rowid, Texts()),
                organization,
                hit.organization_id,
                hit.country,
                reach,
                hit.tier,
                hit.main_phone,
                hit.main_phone_placeholder,
            )
        )
    return results


# ----------------------------------------------------------------------------- one record


def kind_of(session: Session, entity_id: str) -> Kind | None:
    """Whether an id is an organization, a service or a contact; None if it is none."""
    return kinds_of(session, [entity_id]).get(entity_id)


def timing(session: Session, entity_id: str) -> RecordTiming:
    """A record's hours, time zone and around-the-clock flag (worked out once, by the index)."""
    return timing_of(session.connection(), entity_id) or RecordTiming()


# ----------------------------------------------------------------------------- pathway bodies


def role_candidates(session: Session, role: str, country: str) -> list[Candidate]:
    """The services playing ``role`` in ``country``, with what the ranking policy weighs."""
    return roles_candidates(session, [(role, country)])[role, country]


def roles_candidates(
    session: Session, wanted: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], list[Candidate]]:
    """``role_candidates`` for several roles and countries, read with five queries in all."""
    pairs = list(dict.fromkeys(wanted))
    roles = {role for role, _ in pairs}
    countries = {country for _, country in pairs}
    plays: dict[str, set[str]] = defaultdict(set)  # service id -> roles
    for service_id, code in session.execute(
        select(m.Attribute.link_id, m.TaxonomyTerm.code)
        .join(m.TaxonomyTerm, m.TaxonomyTerm.id == m.Attribute.taxonomy_term_id)
        .where(m.TaxonomyTerm.taxonomy == "role", m.TaxonomyTerm.code.in_(roles))
    ):
        plays[service_id].add(code)
    areas: dict[str, dict[str, list[str | None]]] = defaultdict(lambda: defaultdict(list))
    for service_id, area_country, region in session.execute(
        select(m.ServiceArea.service_id, m.ServiceArea.country, m.ServiceArea.region).where(
            m.ServiceArea.country.in_(countries), m.ServiceArea.service_id.in_(list(plays))
        )
    ):
        areas[service_id][area_country].append(region)
    ids = list(areas)
    services = session.execute(  # the columns weighed, not whole rows: thousands at 10k records
        select(
            m.Service.id,
            m.Service.populations,
            m.Service.serves_nationals_of,
            m.Service.minimum_age,
            m.Service.maximum_age,
            m.Service.genders,
            m.Service.nationality_status,
        )
        .where(m.Service.id.in_(ids), m.Service.retired_at.is_(None))
        .order_by(m.Service.id)
    ).all()
    names = dict(
        session.execute(
            select(m.LocalizedText.owner_id, m.LocalizedText.value).where(
                m.LocalizedText.owner_id.in_(ids),
                m.LocalizedText.field == "name",
                m.LocalizedText.lang == "en",
            )
        )
        .tuples()
        .all()
    )
    languages: dict[str, set[str]] = {}
    for owner, code in session.execute(
        select(m.Language.owner_id, m.Language.code).where(m.Language.owner_id.in_(ids))
    ):
        languages.setdefault(owner, set()).add(code)
    found: dict[tuple[str, str], list[Candidate]] = {pair: [] for pair in pairs}
    for service in services:
        for role, country in pairs:
            if role not in plays[service.id] or country not in areas[service.id]:
                continue
            found[role, country].append(
                Candidate(
                    service.id,
                    names.get(service.id, ""),
                    frozenset(service.populations.split()),
                    frozenset(areas[service.id][country]),
                    frozenset(languages.get(service.id, ())),
                    frozenset(service.serves_nationals_of.split()),
                    service.minimum_age,
                    service.maximum_age,
                    frozenset(service.genders.split()),
                    frozenset(service.nationality_status.split()),
                )
            )
    return found


def service_body(session: Session, service_id: str, now: datetime) -> Body | None:
    """A service as a body on a pathway: its links, contact ways and reach at ``now``."""
    return service_bodies(session, [service_id], now).get(service_id)


def service_bodies(session: Session, service_ids: Iterable[str], now: datetime) -> dict[str, Body]:
    """Services as bodies on a pathway, by id, read with one query per kind of row."""
    wanted = list(dict.fromkeys(service_ids))
    services = session.scalars(
        select(m.Service)
        .where(m.Service.id.in_(wanted), m.Service.retired_at.is_(None))
        .options(selectinload(m.Service.organization))
    ).all()
    owners = [s.id for s in services] + list({s.organization_id for s in services})
    names: dict[str, dict[str, str]] = defaultdict(dict)
    for owner, lang, value in session.execute(
        select(m.LocalizedText.owner_id, m.LocalizedText.lang, m.LocalizedText.value).where(
            m.LocalizedText.owner_id.in_(owners), m.LocalizedText.field == "name"
        )
    ):
        names[owner][lang] = value
    phones: dict[str, list[Phone]] = defaultdict(list)
    for r in session.scalars(
        select(m.Phone).where(m.Phone.owner_id.in_(owners)).order_by(m.Phone.position)
    ):
        phones[r.owner_id].append(
            Phone(r.number, display_phone(r.number), r.type, r.extension, placeholder=r.placeholder)
        )
    languages: dict[str, list[str]] = defaultdict(list)
    for owner, code in session.execute(
        select(m.Language.owner_id, m.Language.code)
        .where(m.Language.owner_id.in_([s.id for s in services]))
        .order_by(m.Language.owner_id, m.Language.position)
    ):
        languages[owner].append(code)
    when = timings_of(session.connection(), [s.id for s in services])
    bodies = {}
    for service in services:
        org = service.organization
        org_ref = RecordRef(
            Kind.ORGANIZATION,
            org.id,
            Texts(dict(names[org.id]), org.own_name, org.own_name_lang),
            org.country,
        )
        bodies[service.id] = Body(
            ref=RecordRef(Kind.SERVICE, service.id, Texts(dict(names[service.id])), org.country),
            organization=org_ref,
            phones=tuple(phones[service.id]) or tuple(phones[org.id]),
            email=service.email or org.email,
            website=service.url or org.website,
            reach=when.get(service.id, RecordTiming()).reach(now),
            languages=tuple(languages[service.id]),
        )
    return bodies
