"""Reading the directory into plain records: details, search hits, links, bodies, the data set."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session, selectinload

from referral_desk.domain.case import Body
from referral_desk.domain.entities import (
    Address,
    Detail,
    DirectoryInfo,
    Location,
    Phone,
    RecordRef,
    SearchHit,
    Texts,
)
from referral_desk.domain.hours import RecordTiming, WeeklyHours
from referral_desk.domain.phones import display_phone
from referral_desk.domain.ranking import Candidate
from referral_desk.domain.vocab import Kind
from referral_desk.store import models as m
from referral_desk.store.detail_reads import verification_of
from referral_desk.store.index_reads import DisplayCache, record_refs, timing_of, timings_of
from referral_desk.store.raw import raw_connection
from referral_desk.store.search_query import IndexHit

_Record = TypeVar("_Record", m.Location, m.Service, m.Contact)

__all__ = [
    "directory_info",
    "kind_of",
    "read_detail",
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
    row = (
        raw_connection(session.connection())
        .execute("SELECT kind FROM search_doc WHERE entity_id = ?", (entity_id,))
        .fetchone()
    )
    if row is not None:
        return Kind(row[0])
    for kind, model in (  # the index is always rebuilt; this is a safety net
        (Kind.ORGANIZATION, m.Organization),
        (Kind.SERVICE, m.Service),
        (Kind.CONTACT, m.Contact),
    ):
        row = session.get(model, entity_id)
        if row is not None and row.retired_at is None:  # a retired record is not shown
            return kind
    return None


def timing(session: Session, entity_id: str) -> RecordTiming:
    """A record's hours, time zone and around-the-clock flag (worked out once, by the index)."""
    return timing_of(session.connection(), entity_id) or RecordTiming()


def read_detail(session: Session, entity_id: str, now: datetime) -> Detail | None:
    """Everything about one record, or None if no record has that id."""
    kind = kind_of(session, entity_id)
    if kind is None:
        return None
    reader = _Reader(session)
    if kind is Kind.ORGANIZATION:
        return reader.organization(entity_id, now)
    if kind is Kind.SERVICE:
        return reader.service(entity_id, now)
    return reader.contact(entity_id, now)


@dataclass
class _Loaded:
    texts: dict[str, dict[str, dict[str, str]]]

    def of(
        self, owner: str, field: str, own: str | None = None, own_lang: str | None = None
    ) -> Texts:
        return Texts(dict(self.texts.get(owner, {}).get(field, {})), own, own_lang)


class _Reader:
    """Reads one record's rows in one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def texts(self, owners: Iterable[str]) -> _Loaded:
        texts: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
        owner_list = list(owners)
        for start in range(0, len(owner_list), 500):
            chunk = owner_list[start : start + 500]
            for row in self.session.scalars(
                select(m.LocalizedText).where(m.LocalizedText.owner_id.in_(chunk))
            ):
                texts[row.owner_id][row.field][row.lang] = row.value
        return _Loaded(texts)

    def hours(self, owner_ids: Iterable[str]) -> dict[str, list[WeeklyHours]]:
        out: dict[str, list[WeeklyHours]] = defaultdict(list)
        ids = list(owner_ids)
        if not ids:
            return out
        for row in self.session.scalars(
            select(m.Schedule).where(m.Schedule.owner_id.in_(ids)).order_by(m.Schedule.position)
        ):
            out[row.owner_id].append(
                WeeklyHours.parse(
                    row.byday, row.opens_at, row.closes_at, row.valid_from, row.valid_to
                )
            )
        return out

    def phones(self, owner_id: str) -> tuple[Phone, ...]:
        rows = list(
            self.session.scalars(
                select(m.Phone).where(m.Phone.owner_id == owner_id).order_by(m.Phone.position)
            )
        )
        described = self.texts([r.id for r in rows])  # a phone's texts hang on the phone's id
        return tuple(
            Phone(
                r.number,
                display_phone(r.number),
                r.type,
                r.extension,
                described.of(r.id, "description"),
                r.placeholder,
            )
            for r in rows
        )

    def languages(self, owner_id: str) -> tuple[str, ...]:
        return tuple(
            self.session.scalars(
                select(m.Language.code)
                .where(m.Language.owner_id == owner_id)
                .order_by(m.Language.position)
            )
        )

    def locations(self, location_ids: list[str], loaded: _Loaded) -> tuple[Location, ...]:
        hours = self.hours(location_ids)
        out = []
        for location_id in location_ids:
            location = self.session.get(m.Location, location_id)
            if location is None:
                continue
            address = location.address
            out.append(
                Location(
                    location.id,
                    loaded.of(location.id, "name"),
                    location.timezone,
                    location.confidential,
                    Address(
                        address.address_1,
                        address.city,
                        address.country,
                        address.address_2,
                        address.region,
                        address.postal_code,
                    )
                    if address
                    else None,
                    tuple(hours[location_id]),
                )
            )
        return tuple(out)

    def refs(self, ids: Iterable[str | None]) -> tuple[RecordRef, ...]:
        return record_refs(self.session.connection(), ids)

    def ref(self, entity_id: str | None) -> RecordRef | None:
        refs = self.refs([entity_id])
        return refs[0] if refs else None

    def organization(self, org_id: str, now: datetime) -> Detail:
        session = self.session
        org = session.get(m.Organization, org_id)
        assert org is not None
        live_locations, live_services, live_contacts = (
            _live(org.locations),
            _live(org.services),
            _live(org.contacts),
        )
        loaded = self.texts([org_id, *(loc.id for loc in live_locations)])
        when = timing(session, org_id)
        children = session.scalars(
            select(m.Organization.id)
            .where(m.Organization.parent_organization_id == org_id)
            .order_by(m.Organization.position, m.Organization.id)
        )
        return Detail(
            kind=Kind.ORGANIZATION,
            id=org_id,
            name=loaded.of(org_id, "name", org.own_name, org.own_name_lang),
            description=loaded.of(org_id, "description"),
            country=org.country,
            organization=self.ref(org.parent_organization_id),
            phones=self.phones(org_id),
            email=org.email,
            website=org.website,
            locations=self.locations([loc.id for loc in live_locations], loaded),
            hours=when.hours,
            timezone=when.timezone,
            reach=when.reach(now),
            around_the_clock=when.around_the_clock,
            languages=tuple(
                sorted(
                    set(
                        session.scalars(
                            select(m.Language.code).where(
                                m.Language.owner_id.in_([s.id for s in live_services])
                            )
                        )
                    )
                )
            ),
            verification=verification_of(org),
            children=self.refs(children),
            services=self.refs(s.id for s in live_services),
            contacts=self.refs(c.id for c in live_contacts),
            alternate_names=tuple(org.alternate_names.splitlines()),
        )

    def service(self, service_id: str, now: datetime) -> Detail:
        session = self.session
        service = session.get(m.Service, service_id)
        assert service is not None
        location_ids = list(
            session.scalars(
                select(m.ServiceAtLocation.location_id)
                .where(m.ServiceAtLocation.service_id == service_id)
                .order_by(m.ServiceAtLocation.position)
            )
        )
        loaded = self.texts([service_id, *location_ids])
        when = timing(session, service_id)
        terms: dict[str, list[str]] = defaultdict(list)
        for taxonomy, code in session.execute(
            select(m.TaxonomyTerm.taxonomy, m.TaxonomyTerm.code)
            .join(m.Attribute, m.Attribute.taxonomy_term_id == m.TaxonomyTerm.id)
            .where(m.Attribute.link_id == service_id)
        ):
            terms[taxonomy].append(code)
        areas = session.execute(
            select(m.ServiceArea.country, m.ServiceArea.region)
            .where(m.ServiceArea.service_id == service_id)
            .order_by(m.ServiceArea.position)
        )
        contacts = session.scalars(
            select(m.Contact.id)
            .where(m.Contact.service_id == service_id)
            .order_by(m.Contact.position, m.Contact.id)
        )
        return Detail(
            kind=Kind.SERVICE,
            id=service_id,
            name=loaded.of(service_id, "name"),
            description=loaded.of(service_id, "description"),
            country=service.organization.country,
            organization=self.ref(service.organization_id),
            phones=self.phones(service_id),
            email=service.email,
            website=service.url,
            locations=self.locations(location_ids, loaded),
            hours=when.hours,
            timezone=when.timezone,
            reach=when.reach(now),
            around_the_clock=when.around_the_clock,
            languages=self.languages(service_id),
            verification=verification_of(service),
            categories=tuple(sorted(terms["category"])),
            roles=tuple(sorted(terms["role"])),
            populations=tuple(service.populations.split()),
            eligibility=loaded.of(service_id, "eligibility"),
            referral_methods=tuple(service.referral_methods.split()),
            referral_notes=loaded.of(service_id, "referral_notes"),
            serves_nationals_of=tuple(service.serves_nationals_of.split()),
            minimum_age=service.minimum_age,
            maximum_age=service.maximum_age,
            genders=tuple(service.genders.split()),
            nationality_status=tuple(service.nationality_status.split()),
            service_areas=tuple((c, r) for c, r in areas),
            contacts=self.refs(contacts),
        )

    def contact(self, contact_id: str, now: datetime) -> Detail:
        contact = self.session.get(m.Contact, contact_id)
        assert contact is not None
        location_ids = [contact.location_id] if contact.location_id else []
        loaded = self.texts([contact_id, *location_ids])
        when = timing(self.session, contact_id)
        return Detail(
            kind=Kind.CONTACT,
            id=contact_id,
            name=loaded.of(contact_id, "title"),
            description=Texts(),
            country=contact.organization.country,
            organization=self.ref(contact.organization_id),
            phones=self.phones(contact_id),
            email=contact.email,
            website=None,
            locations=self.locations(location_ids, loaded),
            hours=when.hours,
            timezone=when.timezone,
            reach=when.reach(now),
            around_the_clock=when.around_the_clock,
            languages=self.languages(contact_id),
            verification=verification_of(contact),
            person=contact.name,
            department=contact.department,
            liaison=contact.liaison,
            counterpart_country=contact.counterpart_country,
            counterpart=self.ref(contact.counterpart_id),
            service=self.ref(contact.service_id),
        )


def _live(records: Iterable[_Record]) -> list[_Record]:
    """An organization's records still in the directory, in their order in the file."""
    return sorted((r for r in records if r.retired_at is None), key=lambda r: (r.position, r.id))


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
