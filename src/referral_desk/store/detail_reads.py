"""Reading records' details: one query per kind of row, for one record or many at once.

``read_details`` reads the rows of all the records asked together (in chunks of ids), so a
list of a hundred bodies costs a dozen queries instead of a dozen per body; the detail
pane's ``read_detail`` is the same reading for one record.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
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

__all__ = ["kinds_of", "read_detail", "read_details", "verification_of"]

T = TypeVar("T")
TextsByField = dict[str, dict[str, dict[str, str]]]  # owner -> field -> language -> text


def _chunks(values: Sequence[T]) -> Iterable[Sequence[T]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def verification_of(row: m.Organization | m.Service | m.Contact) -> Verification:
    """Who checked a record, when and how."""
    return Verification(
        row.verified_at, row.verified_by, row.source, row.verified_how, row.verified_note
    )


def read_detail(session: Session, entity_id: str, now: datetime) -> Detail | None:
    """Everything about one record, or None if no record has that id."""
    found = read_details(session, [entity_id], now)
    return found[0] if found else None


def read_details(session: Session, entity_ids: Iterable[str], now: datetime) -> list[Detail]:
    """Everything about each record, in the order asked; ids no record has are left out."""
    wanted = list(dict.fromkeys(entity_ids))
    if not wanted:
        return []
    kinds = kinds_of(session, wanted)
    reader = _BulkReader(session, now)
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


def kinds_of(session: Session, entity_ids: Iterable[str]) -> dict[str, Kind]:
    """Whether each id is an organization, a service or a contact; ids of none left out."""
    ids = list(dict.fromkeys(entity_ids))
    kinds = {
        entity_id: Kind(kind)
        for entity_id, kind in _rows(
            raw_connection(session.connection()),
            "SELECT entity_id, kind FROM search_doc WHERE entity_id IN ({ids})",
            ids,
        )
    }
    missing = [i for i in ids if i not in kinds]  # the index is always rebuilt: a safety net
    for kind, model in (
        (Kind.ORGANIZATION, m.Organization),
        (Kind.SERVICE, m.Service),
        (Kind.CONTACT, m.Contact),
    ):
        kinds.update((i, kind) for i in _objects(session, model, missing, live=True))
    return kinds


def _rows(raw: Any, sql: str, ids: Sequence[str]) -> list[Any]:
    """``sql`` run on the driver for each chunk of ``ids`` (its ``{ids}`` is the marks):
    SQLAlchemy's compiling of a long IN list costs more than the query itself."""
    rows: list[Any] = []
    for chunk in _chunks(list(ids)):
        rows += raw.execute(sql.format(ids=",".join("?" * len(chunk))), tuple(chunk))
    return rows


def _objects(
    session: Session, model: Any, ids: Sequence[str], *, live: bool = False
) -> dict[str, Any]:
    """Rows by id; with ``live``, a retired record's row is left out."""
    out: dict[str, Any] = {}
    for chunk in _chunks(list(ids)):
        query = select(model).where(model.id.in_(chunk))
        if live:
            query = query.where(model.retired_at.is_(None))
        out.update((row.id, row) for row in session.scalars(query))
    return out


def _day(value: date | str | None) -> date | None:
    """A date as the driver gives it (ISO text on both backends, through ``raw_connection``)."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _grouped(rows: Iterable[tuple[str, T]]) -> dict[str, list[T]]:
    """Rows of (owner, value) as lists by owner, each in the order the rows came."""
    out: dict[str, list[T]] = defaultdict(list)
    for owner, value in rows:
        out[owner].append(value)
    return out


@dataclass
class _Shared:
    """The rows every kind of record has, read for a batch of records of one kind."""

    texts: TextsByField
    places: dict[str, Location]
    timings: dict[str, RecordTiming]
    phones: dict[str, list[Phone]]
    refs: dict[str, RecordRef]

    def text(
        self, owner: str, field: str, own: str | None = None, lang: str | None = None
    ) -> Texts:
        return Texts(dict(self.texts.get(owner, {}).get(field, {})), own, lang)

    def located(self, location_ids: Iterable[str]) -> tuple[Location, ...]:
        return tuple(self.places[i] for i in location_ids if i in self.places)

    def linked(self, ids: Iterable[str]) -> tuple[RecordRef, ...]:
        return tuple(self.refs[i] for i in ids if i in self.refs)

    def ref(self, record_id: str | None) -> RecordRef | None:
        return self.refs.get(record_id) if record_id else None

    def common(
        self, kind: Kind, row: m.Organization | m.Service | m.Contact, now: datetime
    ) -> dict[str, Any]:
        """The fields of ``row``'s ``Detail`` that read alike for every kind."""
        timing = self.timings.get(row.id, RecordTiming())
        return {
            "kind": kind,
            "id": row.id,
            "phones": tuple(self.phones.get(row.id, ())),
            "email": row.email,
            "hours": timing.hours,
            "timezone": timing.timezone,
            "reach": timing.reach(now),
            "around_the_clock": timing.around_the_clock,
            "verification": verification_of(row),
        }


class _BulkReader:
    """Reads the rows of many records in one session, a query per kind of row and chunk."""

    def __init__(self, session: Session, now: datetime) -> None:
        self.session = session
        self.now = now
        self.raw = raw_connection(session.connection())

    def _rows(self, sql: str, ids: Sequence[str]) -> list[Any]:
        return _rows(self.raw, sql, ids)

    def _objects(self, model: Any, ids: Sequence[str]) -> dict[str, Any]:
        return _objects(self.session, model, ids)

    def _live_ids(self, table: str, owner: str, ids: Sequence[str]) -> dict[str, list[str]]:
        """The ids of ``table``'s live rows by their ``owner`` column, in the file's order."""
        return _grouped(
            self._rows(
                f"SELECT {owner}, id FROM {table} WHERE {owner} IN ({{ids}}) "
                f"AND retired_at IS NULL ORDER BY {owner}, position, id",
                ids,
            )
        )

    def _countries(self, table: str, ids: Sequence[str]) -> dict[str, str]:
        """The country of the organization each service or contact belongs to."""
        return dict(
            self._rows(
                f"SELECT r.id, o.country FROM {table} r "
                "JOIN organization o ON o.id = r.organization_id WHERE r.id IN ({ids})",
                ids,
            )
        )

    # -- what every kind needs

    def texts(self, owners: Sequence[str]) -> TextsByField:
        texts: TextsByField = defaultdict(lambda: defaultdict(dict))
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

    def locations(self, location_ids: Sequence[str], texts: TextsByField) -> dict[str, Location]:
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

    def shared(
        self, ids: Sequence[str], location_ids: Sequence[str], linked: Iterable[str | None]
    ) -> _Shared:
        """The texts, places, timings and phones of ``ids`` and links to the ``linked``."""
        texts = self.texts([*ids, *location_ids])
        return _Shared(
            texts,
            self.locations(location_ids, texts),
            timings_of(self.session.connection(), ids),
            self.phones(ids),
            {ref.id: ref for ref in record_refs(self.session.connection(), linked)},
        )

    # -- each kind

    def services(self, ids: Sequence[str]) -> dict[str, Detail]:
        services = self._objects(m.Service, ids)
        ids = [i for i in ids if i in services]
        countries = self._countries("service", ids)
        at = _grouped(
            self._rows(
                "SELECT service_id, location_id FROM service_at_location "
                "WHERE service_id IN ({ids}) ORDER BY service_id, position",
                ids,
            )
        )
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
        contacts = self._live_ids("contact", "service_id", ids)
        languages = self.languages(ids)
        shared = self.shared(
            ids,
            list(dict.fromkeys(loc for i in ids for loc in at.get(i, ()))),
            [
                *(services[i].organization_id for i in ids),
                *(c for i in ids for c in contacts.get(i, ())),
            ],
        )
        out = {}
        for service_id in ids:
            service = services[service_id]
            out[service_id] = Detail(
                **shared.common(Kind.SERVICE, service, self.now),
                name=shared.text(service_id, "name"),
                description=shared.text(service_id, "description"),
                country=countries[service_id],
                organization=shared.ref(service.organization_id),
                website=service.url,
                locations=shared.located(at.get(service_id, ())),
                languages=tuple(languages.get(service_id, ())),
                categories=tuple(sorted(terms[service_id]["category"])),
                roles=tuple(sorted(terms[service_id]["role"])),
                populations=tuple(service.populations.split()),
                eligibility=shared.text(service_id, "eligibility"),
                referral_methods=tuple(service.referral_methods.split()),
                referral_notes=shared.text(service_id, "referral_notes"),
                serves_nationals_of=tuple(service.serves_nationals_of.split()),
                minimum_age=service.minimum_age,
                maximum_age=service.maximum_age,
                genders=tuple(service.genders.split()),
                nationality_status=tuple(service.nationality_status.split()),
                service_areas=tuple(areas.get(service_id, ())),
                contacts=shared.linked(contacts.get(service_id, ())),
            )
        return out

    def contacts(self, ids: Sequence[str]) -> dict[str, Detail]:
        contacts = self._objects(m.Contact, ids)
        ids = [i for i in ids if i in contacts]
        countries = self._countries("contact", ids)
        languages = self.languages(ids)
        shared = self.shared(
            ids,
            list(dict.fromkeys(c.location_id for c in contacts.values() if c.location_id)),
            [
                link
                for c in contacts.values()
                for link in (c.organization_id, c.counterpart_id, c.service_id)
            ],
        )
        out = {}
        for contact_id in ids:
            contact = contacts[contact_id]
            out[contact_id] = Detail(
                **shared.common(Kind.CONTACT, contact, self.now),
                name=shared.text(contact_id, "title"),
                description=Texts(),
                country=countries[contact_id],
                organization=shared.ref(contact.organization_id),
                website=None,
                locations=shared.located([contact.location_id] if contact.location_id else ()),
                languages=tuple(languages.get(contact_id, ())),
                person=contact.name,
                department=contact.department,
                liaison=contact.liaison,
                counterpart_country=contact.counterpart_country,
                counterpart=shared.ref(contact.counterpart_id),
                service=shared.ref(contact.service_id),
            )
        return out

    def organizations(self, ids: Sequence[str]) -> dict[str, Detail]:
        orgs = self._objects(m.Organization, ids)
        ids = [i for i in ids if i in orgs]
        owned = self._live_ids("location", "organization_id", ids)
        services = self._live_ids("service", "organization_id", ids)
        contacts = self._live_ids("contact", "organization_id", ids)
        children = self._live_ids("organization", "parent_organization_id", ids)
        service_languages = self.languages([s for i in ids for s in services.get(i, ())])
        shared = self.shared(
            ids,
            list(dict.fromkeys(loc for i in ids for loc in owned.get(i, ()))),
            [
                *(orgs[i].parent_organization_id for i in ids),
                *(r for i in ids for r in children.get(i, ())),
                *(r for i in ids for r in services.get(i, ())),
                *(r for i in ids for r in contacts.get(i, ())),
            ],
        )
        out = {}
        for org_id in ids:
            org = orgs[org_id]
            out[org_id] = Detail(
                **shared.common(Kind.ORGANIZATION, org, self.now),
                name=shared.text(org_id, "name", org.own_name, org.own_name_lang),
                description=shared.text(org_id, "description"),
                country=org.country,
                organization=shared.ref(org.parent_organization_id),
                website=org.website,
                locations=shared.located(owned.get(org_id, ())),
                languages=tuple(
                    sorted(
                        {c for s in services.get(org_id, ()) for c in service_languages.get(s, ())}
                    )
                ),
                children=shared.linked(children.get(org_id, ())),
                services=shared.linked(services.get(org_id, ())),
                contacts=shared.linked(contacts.get(org_id, ())),
                alternate_names=tuple(org.alternate_names.splitlines()),
            )
        return out
