"""Reading many records' details at once: one query per kind of row, for every record asked.

``read_details`` gives the same ``Detail`` as ``records.read_detail`` does for each id,
but reads the rows of all of them together (in chunks of ids), so a list of a hundred
bodies costs a dozen queries instead of a dozen per body.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from referral_desk.domain.entities import (
    Address,
    Detail,
    Location,
    Phone,
    RecordRef,
    Texts,
    Verification,
)
from referral_desk.domain.hours import RecordTiming, WeeklyHours
from referral_desk.domain.phones import display_phone
from referral_desk.domain.vocab import Kind
from referral_desk.store import models as m
from referral_desk.store.index_reads import CHUNK, record_refs, timings_of
from referral_desk.store.raw import raw_connection

__all__ = ["read_details", "verification_of"]

T = TypeVar("T")


def _chunks(values: Sequence[T]) -> Iterable[Sequence[T]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def verification_of(row: m.Organization | m.Service | m.Contact) -> Verification:
    """Who checked a record, when and how."""
    return Verification(
        row.verified_at, row.verified_by, row.source, row.verified_how, row.verified_note
    )


def read_details(session: Session, entity_ids: Iterable[str], now: datetime) -> list[Detail]:
    """Everything about each record, in the order asked; ids no record has are left out."""
    wanted = list(dict.fromkeys(entity_ids))
    if not wanted:
        return []
    reader = _BulkReader(session, now)
    kinds = reader.kinds(wanted)
    found: dict[str, Detail] = {}
    for kind, make in (
        (Kind.ORGANIZATION, reader.organizations),
        (Kind.SERVICE, reader.services),
        (Kind.CONTACT, reader.contacts),
    ):
        ids = [i for i in wanted if kinds.get(i) is kind]
        if ids:
            found.update(make(ids))
    return [found[i] for i in wanted if i in found]


def _day(value: date | str | None) -> date | None:
    """A date as the driver gives it (ISO text on both backends, through ``raw_connection``)."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _grouped(rows: Iterable[tuple[str, T]]) -> dict[str, list[T]]:
    """Rows of (owner, value) as lists by owner, each in the order the rows came."""
    out: dict[str, list[T]] = defaultdict(list)
    for owner, value in rows:
        out[owner].append(value)
    return out


class _BulkReader:
    """Reads the rows of many records in one session, a query per kind of row and chunk."""

    def __init__(self, session: Session, now: datetime) -> None:
        self.session = session
        self.now = now
        self.raw = raw_connection(session.connection())

    def _rows(self, sql: str, ids: Sequence[str]) -> list[Any]:
        """``sql`` run on the driver for each chunk of ``ids`` (its ``{ids}`` is the marks):
        SQLAlchemy's compiling of a long IN list costs more than the query itself."""
        rows: list[Any] = []
        for chunk in _chunks(list(ids)):
            rows += self.raw.execute(sql.format(ids=",".join("?" * len(chunk))), tuple(chunk))
        return rows

    def _objects(self, model: Any, ids: Sequence[str], *, live: bool = False) -> dict[str, Any]:
        """Rows by id; with ``live``, a retired record's row is left out."""
        out: dict[str, Any] = {}
        for chunk in _chunks(list(ids)):
            query = select(model).where(model.id.in_(chunk))
            if live:
                query = query.where(model.retired_at.is_(None))
            out.update((row.id, row) for row in self.session.scalars(query))
        return out

    # -- what every kind needs

    def kinds(self, ids: Sequence[str]) -> dict[str, Kind]:
        kinds = {
            entity_id: Kind(kind)
            for entity_id, kind in self._rows(
                "SELECT entity_id, kind FROM search_doc WHERE entity_id IN ({ids})", ids
            )
        }
        missing = [i for i in ids if i not in kinds]  # the index is always rebuilt: a safety net
        for kind, model in (
            (Kind.ORGANIZATION, m.Organization),
            (Kind.SERVICE, m.Service),
            (Kind.CONTACT, m.Contact),
        ):
            kinds.update((i, kind) for i in self._objects(model, missing, live=True))
        return kinds

    def texts(self, owners: Sequence[str]) -> dict[str, dict[str, dict[str, str]]]:
        texts: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
        for owner, field, lang, value in self._rows(
            "SELECT owner_id, field, lang, value FROM localized_text WHERE owner_id IN ({ids})",
            owners,
        ):
            texts[owner][field][lang] = value
        return texts

    def phones(self, owners: Sequence[str]) -> dict[str, list[Phone]]:
        rows = self._rows(
            "SELECT owner_id, number, type, extension, placeholder, id FROM phone "
            "WHERE owner_id IN ({ids}) ORDER BY owner_id, position",
            owners,
        )
        described = self.texts([row[5] for row in rows])  # a phone's texts hang on its id
        return _grouped(
            (
                owner,
                Phone(
                    number,
                    display_phone(number),
                    kind,
                    extension,
                    Texts(dict(described.get(phone_id, {}).get("description", {}))),
                    bool(fake),
                ),
            )
            for owner, number, kind, extension, fake, phone_id in rows
        )

    def languages(self, owners: Sequence[str]) -> dict[str, list[str]]:
        return _grouped(
            (owner, code)
            for owner, code in self._rows(
                "SELECT owner_id, code FROM language WHERE owner_id IN ({ids}) "
                "ORDER BY owner_id, position",
                owners,
            )
        )

    def refs(self, ids: Iterable[str | None]) -> dict[str, RecordRef]:
        return {ref.id: ref for ref in record_refs(self.session.connection(), ids)}

    def locations(
        self, location_ids: Sequence[str], texts: dict[str, dict[str, dict[str, str]]]
    ) -> dict[str, Location]:
        rows = self._objects(m.Location, location_ids)
        addresses: dict[str, m.Address] = {}
        for chunk in _chunks(list(location_ids)):
            addresses.update(
                (a.location_id, a)
                for a in self.session.scalars(
                    select(m.Address).where(m.Address.location_id.in_(chunk))
                )
            )
        hours = _grouped(
            (owner, WeeklyHours.parse(byday, opens, closes, _day(valid_from), _day(valid_to)))
            for owner, byday, opens, closes, valid_from, valid_to in self._rows(
                "SELECT owner_id, byday, opens_at, closes_at, valid_from, valid_to FROM schedule "
                "WHERE owner_id IN ({ids}) ORDER BY owner_id, position",
                location_ids,
            )
        )
        out = {}
        for location_id, location in rows.items():
            address = addresses.get(location_id)
            out[location_id] = Location(
                location.id,
                Texts(dict(texts.get(location_id, {}).get("name", {}))),
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
                tuple(hours.get(location_id, ())),
            )
        return out

    # -- each kind

    def services(self, ids: Sequence[str]) -> dict[str, Detail]:
        services = self._objects(m.Service, ids)
        ids = [i for i in ids if i in services]
        countries = dict(
            self._rows(
                "SELECT s.id, o.country FROM service s "
                "JOIN organization o ON o.id = s.organization_id WHERE s.id IN ({ids})",
                ids,
            )
        )
        at = _grouped(
            self._rows(
                "SELECT service_id, location_id FROM service_at_location "
                "WHERE service_id IN ({ids}) ORDER BY service_id, position",
                ids,
            )
        )
        location_ids = list(dict.fromkeys(loc for i in ids for loc in at.get(i, ())))
        texts = self.texts([*ids, *location_ids])
        places = self.locations(location_ids, texts)
        when = timings_of(self.session.connection(), ids)
        terms: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for link, taxonomy, code in self._rows(
            "SELECT a.link_id, t.taxonomy, t.code FROM attribute a "
            "JOIN taxonomy_term t ON t.id = a.taxonomy_term_id WHERE a.link_id IN ({ids})",
            ids,
        ):
            terms[link][taxonomy].append(code)
        areas = _grouped(
            (service, (country, region))
            for service, country, region in self._rows(
                "SELECT service_id, country, region FROM service_area WHERE service_id IN ({ids}) "
                "ORDER BY service_id, position",
                ids,
            )
        )
        contacts = _grouped(
            self._rows(
                "SELECT service_id, id FROM contact WHERE service_id IN ({ids}) "
                "AND retired_at IS NULL ORDER BY service_id, position, id",
                ids,
            )
        )
        phones = self.phones(ids)
        languages = self.languages(ids)
        refs = self.refs(
            [
                *(services[i].organization_id for i in ids),
                *(c for i in ids for c in contacts.get(i, ())),
            ]
        )
        out = {}
        for service_id in ids:
            service = services[service_id]
            own = texts.get(service_id, {})
            timing = when.get(service_id, RecordTiming())
            out[service_id] = Detail(
                kind=Kind.SERVICE,
                id=service_id,
                name=Texts(dict(own.get("name", {}))),
                description=Texts(dict(own.get("description", {}))),
                country=countries[service_id],
                organization=refs.get(service.organization_id),
                phones=tuple(phones.get(service_id, ())),
                email=service.email,
                website=service.url,
                locations=tuple(places[i] for i in at.get(service_id, ()) if i in places),
                hours=timing.hours,
                timezone=timing.timezone,
                reach=timing.reach(self.now),
                around_the_clock=timing.around_the_clock,
                languages=tuple(languages.get(service_id, ())),
                verification=verification_of(service),
                categories=tuple(sorted(terms[service_id]["category"])),
                roles=tuple(sorted(terms[service_id]["role"])),
                populations=tuple(service.populations.split()),
                eligibility=Texts(dict(own.get("eligibility", {}))),
                referral_methods=tuple(service.referral_methods.split()),
                referral_notes=Texts(dict(own.get("referral_notes", {}))),
                serves_nationals_of=tuple(service.serves_nationals_of.split()),
                minimum_age=service.minimum_age,
                maximum_age=service.maximum_age,
                genders=tuple(service.genders.split()),
                nationality_status=tuple(service.nationality_status.split()),
                service_areas=tuple(areas.get(service_id, ())),
                contacts=tuple(refs[c] for c in contacts.get(service_id, ()) if c in refs),
            )
        return out

    def contacts(self, ids: Sequence[str]) -> dict[str, Detail]:
        contacts = self._objects(m.Contact, ids)
        ids = [i for i in ids if i in contacts]
        countries = dict(
            self._rows(
                "SELECT c.id, o.country FROM contact c "
                "JOIN organization o ON o.id = c.organization_id WHERE c.id IN ({ids})",
                ids,
            )
        )
        location_ids = list(
            dict.fromkeys(c.location_id for c in contacts.values() if c.location_id)
        )
        texts = self.texts([*ids, *location_ids])
        places = self.locations(location_ids, texts)
        when = timings_of(self.session.connection(), ids)
        phones = self.phones(ids)
        languages = self.languages(ids)
        refs = self.refs(
            [
                link
                for c in contacts.values()
                for link in (c.organization_id, c.counterpart_id, c.service_id)
            ]
        )
        out = {}
        for contact_id in ids:
            contact = contacts[contact_id]
            timing = when.get(contact_id, RecordTiming())
            location = places.get(contact.location_id) if contact.location_id else None
            out[contact_id] = Detail(
                kind=Kind.CONTACT,
                id=contact_id,
                name=Texts(dict(texts.get(contact_id, {}).get("title", {}))),
                description=Texts(),
                country=countries[contact_id],
                organization=refs.get(contact.organization_id),
                phones=tuple(phones.get(contact_id, ())),
                email=contact.email,
                website=None,
                locations=(location,) if location else (),
                hours=timing.hours,
                timezone=timing.timezone,
                reach=timing.reach(self.now),
                around_the_clock=timing.around_the_clock,
                languages=tuple(languages.get(contact_id, ())),
                verification=verification_of(contact),
                person=contact.name,
                department=contact.department,
                liaison=contact.liaison,
                counterpart_country=contact.counterpart_country,
                counterpart=refs.get(contact.counterpart_id) if contact.counterpart_id else None,
                service=refs.get(contact.service_id) if contact.service_id else None,
            )
        return out

    def organizations(self, ids: Sequence[str]) -> dict[str, Detail]:
        orgs = self._objects(m.Organization, ids)
        ids = [i for i in ids if i in orgs]
        owned = _grouped(
            self._rows(
                "SELECT organization_id, id FROM location WHERE organization_id IN ({ids}) "
                "AND retired_at IS NULL ORDER BY organization_id, position, id",
                ids,
            )
        )
        services = _grouped(
            self._rows(
                "SELECT organization_id, id FROM service WHERE organization_id IN ({ids}) "
                "AND retired_at IS NULL ORDER BY organization_id, position, id",
                ids,
            )
        )
        contacts = _grouped(
            self._rows(
                "SELECT organization_id, id FROM contact WHERE organization_id IN ({ids}) "
                "AND retired_at IS NULL ORDER BY organization_id, position, id",
                ids,
            )
        )
        children = _grouped(
            self._rows(
                "SELECT parent_organization_id, id FROM organization "
                "WHERE parent_organization_id IN ({ids}) AND retired_at IS NULL "
                "ORDER BY parent_organization_id, position, id",
                ids,
            )
        )
        location_ids = list(dict.fromkeys(loc for i in ids for loc in owned.get(i, ())))
        texts = self.texts([*ids, *location_ids])
        places = self.locations(location_ids, texts)
        when = timings_of(self.session.connection(), ids)
        phones = self.phones(ids)
        service_languages = self.languages([s for i in ids for s in services.get(i, ())])
        refs = self.refs(
            [
                *(orgs[i].parent_organization_id for i in ids),
                *(r for i in ids for r in children.get(i, ())),
                *(r for i in ids for r in services.get(i, ())),
                *(r for i in ids for r in contacts.get(i, ())),
            ]
        )

        def linked(links: Iterable[str]) -> tuple[RecordRef, ...]:
            return tuple(refs[r] for r in links if r in refs)

        out = {}
        for org_id in ids:
            org = orgs[org_id]
            own = texts.get(org_id, {})
            timing = when.get(org_id, RecordTiming())
            parent = org.parent_organization_id
            out[org_id] = Detail(
                kind=Kind.ORGANIZATION,
                id=org_id,
                name=Texts(dict(own.get("name", {})), org.own_name, org.own_name_lang),
                description=Texts(dict(own.get("description", {}))),
                country=org.country,
                organization=refs.get(parent) if parent else None,
                phones=tuple(phones.get(org_id, ())),
                email=org.email,
                website=org.website,
                locations=tuple(places[i] for i in owned.get(org_id, ()) if i in places),
                hours=timing.hours,
                timezone=timing.timezone,
                reach=timing.reach(self.now),
                around_the_clock=timing.around_the_clock,
                languages=tuple(
                    sorted(
                        {c for s in services.get(org_id, ()) for c in service_languages.get(s, ())}
                    )
                ),
                verification=verification_of(org),
                children=linked(children.get(org_id, ())),
                services=linked(services.get(org_id, ())),
                contacts=linked(contacts.get(org_id, ())),
                alternate_names=tuple(org.alternate_names.splitlines()),
            )
        return out
