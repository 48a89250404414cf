"""The directory use cases: open, seed, search, show, check, replace from a file."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import phonenumbers
from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from referral_desk.domain.entities import (
    Address,
    Detail,
    DirectoryInfo,
    Location,
    Phone,
    RecordRef,
    SearchHit,
    Texts,
    Verification,
)
from referral_desk.domain.hours import Reach, Reachability, WeeklyHours, reachability
from referral_desk.domain.vocab import Kind
from referral_desk.exchange.directory_json import read_directory_file
from referral_desk.store import db
from referral_desk.store import models as m
from referral_desk.store.importer import replace_directory
from referral_desk.store.search_index import (
    SearchFilters,
    parse_hours_text,
    raw_connection,
    search_index,
)

__all__ = ["Directory", "SearchFilters", "open_directory", "sample_directory_file"]


def sample_directory_file() -> Path:
    from referral_desk.paths import data_dir

    return data_dir() / "directory.json"


def open_directory(path: Path, seed_file: Path | None = None) -> Directory:
    """Open the database at ``path``; create it from ``seed_file`` (the sample) if missing.

    Raises DirectoryFileError for a bad seed file (and leaves no database behind),
    DatabaseError / NewerDatabaseError for a file that cannot be opened.
    """
    if path.exists():
        return Directory(db.open_existing(path), path)
    checked = read_directory_file(seed_file or sample_directory_file())

    def fill(engine: Engine) -> None:
        with Session(engine) as session, session.begin():
            replace_directory(session, checked)

    return Directory(db.create_new(path, fill), path)


def _display_phone(number: str) -> str:
    """A number as people write it: ``+359 2 000 0005``; short codes as ``116 111``."""
    if not number.startswith("+"):
        return f"{number[:3]} {number[3:]}" if len(number) == 6 else number
    try:
        parsed = phonenumbers.parse(number)
    except phonenumbers.NumberParseException:
        return number
    if phonenumbers.is_valid_number(parsed):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    # Placeholders are not valid numbers, so no national pattern applies: group by threes.
    national = str(parsed.national_number)
    groups = [national[i : i + 3] for i in range(0, len(national), 3)]
    return f"+{parsed.country_code} " + " ".join(groups)


@dataclass
class _Loaded:
    texts: dict[str, dict[str, dict[str, str]]]

    def of(
        self, owner: str, field: str, own: str | None = None, own_lang: str | None = None
    ) -> Texts:
        return Texts(dict(self.texts.get(owner, {}).get(field, {})), own, own_lang)


class Directory:
    """The directory in one database file."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path
        self._sessions: sessionmaker[Session] = db.session_factory(engine)

    def close(self) -> None:
        self.engine.dispose()

    # -- about the data set

    def info(self) -> DirectoryInfo:
        with self._sessions() as session:
            row = session.get(m.DirectoryInfo, 1)
            counts = {
                "organizations": session.query(m.Organization).count(),
                "services": session.query(m.Service).count(),
                "contacts": session.query(m.Contact).count(),
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

    def countries(self) -> list[str]:
        """Every country the directory has a body in."""
        with self.engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT DISTINCT country FROM search_doc ORDER BY 1")
            return [row[0] for row in rows]

    def check(self) -> list[str]:
        return db.integrity_problems(self.engine)

    def replace_from_file(self, path: Path) -> DirectoryInfo:
        """Replace the whole directory with a checked file: all of it, or nothing."""
        checked = read_directory_file(path)
        try:
            with self._sessions() as session, session.begin():
                replace_directory(session, checked)
        except (OSError, SQLAlchemyError) as error:  # a full disk, a locked or damaged file
            raise db.DatabaseError(
                f"The directory was not changed: {getattr(error, 'orig', None) or error}"
            ) from error
        return self.info()

    # -- search

    def search(
        self,
        text: str,
        filters: SearchFilters | None = None,
        now: datetime | None = None,
        limit: int = 200,
    ) -> list[SearchHit]:
        now = now or datetime.now(UTC)
        with self.engine.connect() as connection:
            hits = search_index(connection, text, filters or SearchFilters(), now, limit)
        results = []
        reach_cache: dict[tuple[str, bool], Reachability] = {}
        for hit in hits:
            names, org_names = json.loads(hit.display)
            own, own_lang = org_names.pop("*", None), org_names.pop("*lang", None)
            org_texts = Texts(org_names, own, own_lang)
            name = org_texts if hit.kind is Kind.ORGANIZATION else Texts(names)
            key = (hit.hours, hit.around_the_clock)  # many bodies share the same hours
            if key not in reach_cache:
                tz, weekly = parse_hours_text(hit.hours)
                reach_cache[key] = _reach(weekly, tz, hit.around_the_clock, now)
            results.append(
                SearchHit(
                    hit.kind,
                    hit.entity_id,
                    name,
                    org_texts,
                    hit.organization_id,
                    hit.country,
                    reach_cache[key],
                    hit.tier,
                )
            )
        return results

    def _texts(self, session: Session, owners: Iterable[str]) -> _Loaded:
        texts: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
        owner_list = list(owners)
        for start in range(0, len(owner_list), 500):
            chunk = owner_list[start : start + 500]
            for row in session.scalars(
                select(m.LocalizedText).where(m.LocalizedText.owner_id.in_(chunk))
            ):
                texts[row.owner_id][row.field][row.lang] = row.value
        return _Loaded(texts)

    def _hours(self, session: Session, owner_ids: Iterable[str]) -> dict[str, list[WeeklyHours]]:
        out: dict[str, list[WeeklyHours]] = defaultdict(list)
        ids = list(owner_ids)
        if not ids:
            return out
        for row in session.scalars(select(m.Schedule).where(m.Schedule.owner_id.in_(ids))):
            out[row.owner_id].append(
                WeeklyHours.parse(
                    row.byday, row.opens_at, row.closes_at, row.valid_from, row.valid_to
                )
            )
        return out

    def _timing(
        self, session: Session, kind: Kind, entity_id: str
    ) -> tuple[list[WeeklyHours], str | None, bool]:
        """Hours, time zone and around-the-clock flag of a record (the search's rules)."""
        if kind is Kind.SERVICE:
            service = session.get(m.Service, entity_id)
            assert service is not None
            location_id = session.scalar(
                select(m.ServiceAtLocation.location_id)
                .where(m.ServiceAtLocation.service_id == entity_id)
                .order_by(m.ServiceAtLocation.position)
            )
            tz = self._tz(session, location_id, service.organization_id)
            return self._hours(session, [entity_id])[entity_id], tz, service.around_the_clock
        if kind is Kind.CONTACT:
            contact = session.get(m.Contact, entity_id)
            assert contact is not None
            hours = self._hours(session, [entity_id])[entity_id]
            tz = self._tz(session, contact.location_id, None) if contact.location_id else None
            if not hours and contact.service_id:
                hours, service_tz, _always = self._timing(session, Kind.SERVICE, contact.service_id)
                tz = service_tz
            if tz is None:
                tz = self._tz(session, None, contact.organization_id)
            return hours, tz, contact.around_the_clock
        org = session.get(m.Organization, entity_id)
        assert org is not None
        location_ids = [loc.id for loc in org.locations]
        hours_by_location = self._hours(session, location_ids)
        hours = [h for i in location_ids for h in hours_by_location[i]]
        always = any(s.around_the_clock for s in org.services)
        return hours, self._tz(session, None, entity_id), always

    def _tz(
        self, session: Session, location_id: str | None, organization_id: str | None
    ) -> str | None:
        if location_id:
            tz = session.scalar(select(m.Location.timezone).where(m.Location.id == location_id))
            if tz:
                return tz
        if organization_id:
            return session.scalar(
                select(m.Location.timezone)
                .where(m.Location.organization_id == organization_id)
                .limit(1)
            )
        return None

    # -- one record

    def kind_of(self, entity_id: str) -> Kind | None:
        with self.engine.connect() as connection:
            row = (
                raw_connection(connection)
                .execute("SELECT kind FROM search_doc WHERE entity_id = ?", (entity_id,))
                .fetchone()
            )
        if row is not None:
            return Kind(row[0])
        with self._sessions() as session:  # the index is always rebuilt; this is a safety net
            for kind, model in (
                (Kind.ORGANIZATION, m.Organization),
                (Kind.SERVICE, m.Service),
                (Kind.CONTACT, m.Contact),
            ):
                if session.get(model, entity_id) is not None:
                    return kind
        return None

    def show(self, entity_id: str, now: datetime | None = None) -> Detail | None:
        """Everything about one record, or None if no record has that id."""
        now = now or datetime.now(UTC)
        kind = self.kind_of(entity_id)
        if kind is None:
            return None
        with self._sessions() as session:
            if kind is Kind.ORGANIZATION:
                return self._show_organization(session, entity_id, now)
            if kind is Kind.SERVICE:
                return self._show_service(session, entity_id, now)
            return self._show_contact(session, entity_id, now)

    def _phones(self, session: Session, owner_id: str, loaded: _Loaded) -> tuple[Phone, ...]:
        rows = session.scalars(
            select(m.Phone).where(m.Phone.owner_id == owner_id).order_by(m.Phone.position)
        )
        return tuple(
            Phone(
                r.number,
                _display_phone(r.number),
                r.type,
                r.extension,
                loaded.of(r.id, "description"),
            )
            for r in rows
        )

    def _languages(self, session: Session, owner_id: str) -> tuple[str, ...]:
        return tuple(
            session.scalars(select(m.Language.code).where(m.Language.owner_id == owner_id))
        )

    def _locations(
        self, session: Session, location_ids: list[str], loaded: _Loaded
    ) -> tuple[Location, ...]:
        hours = self._hours(session, location_ids)
        out = []
        for location_id in location_ids:
            location = session.get(m.Location, location_id)
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

    def _refs(self, session: Session, ids: Iterable[str | None]) -> tuple[RecordRef, ...]:
        """Links to records, in the order asked, from the search index: one query for all."""
        wanted = [i for i in ids if i]
        if not wanted:
            return ()
        marks = ",".join("?" * len(wanted))
        rows = raw_connection(session.connection()).execute(
            "SELECT entity_id, kind, country, display FROM search_doc "
            f"WHERE entity_id IN ({marks})",
            tuple(wanted),
        )
        found = {}
        for entity_id, kind, country, display in rows:
            names = json.loads(display)[0]
            own, own_lang = names.pop("*", None), names.pop("*lang", None)
            found[entity_id] = RecordRef(
                Kind(kind), entity_id, Texts(names, own, own_lang), country
            )
        return tuple(found[i] for i in wanted if i in found)

    def _ref(self, session: Session, entity_id: str | None) -> RecordRef | None:
        refs = self._refs(session, [entity_id])
        return refs[0] if refs else None

    def _show_organization(self, session: Session, org_id: str, now: datetime) -> Detail:
        org = session.get(m.Organization, org_id)
        assert org is not None
        loaded = self._texts(session, [org_id, *(loc.id for loc in org.locations)])
        hours, tz, always = self._timing(session, Kind.ORGANIZATION, org_id)
        children = session.scalars(
            select(m.Organization.id).where(m.Organization.parent_organization_id == org_id)
        )
        return Detail(
            kind=Kind.ORGANIZATION,
            id=org_id,
            name=loaded.of(org_id, "name", org.own_name, org.own_name_lang),
            description=loaded.of(org_id, "description"),
            country=org.country,
            organization=self._ref(session, org.parent_organization_id),
            phones=self._phones(session, org_id, loaded),
            email=org.email,
            website=org.website,
            locations=self._locations(session, [loc.id for loc in org.locations], loaded),
            hours=tuple(hours),
            timezone=tz,
            reach=_reach(hours, tz, always, now),
            around_the_clock=always,
            languages=tuple(
                sorted(
                    set(
                        session.scalars(
                            select(m.Language.code).where(
                                m.Language.owner_id.in_([s.id for s in org.services])
                            )
                        )
                    )
                )
            ),
            verification=Verification(org.verified_at, org.verified_by, org.source),
            children=self._refs(session, children),
            services=self._refs(session, (s.id for s in org.services)),
            contacts=self._refs(session, (c.id for c in org.contacts)),
            alternate_names=tuple(org.alternate_names.splitlines()),
        )

    def _show_service(self, session: Session, service_id: str, now: datetime) -> Detail:
        service = session.get(m.Service, service_id)
        assert service is not None
        location_ids = list(
            session.scalars(
                select(m.ServiceAtLocation.location_id)
                .where(m.ServiceAtLocation.service_id == service_id)
                .order_by(m.ServiceAtLocation.position)
            )
        )
        loaded = self._texts(session, [service_id, *location_ids])
        hours, tz, always = self._timing(session, Kind.SERVICE, service_id)
        terms: dict[str, list[str]] = defaultdict(list)
        for taxonomy, code in session.execute(
            select(m.TaxonomyTerm.taxonomy, m.TaxonomyTerm.code)
            .join(m.Attribute, m.Attribute.taxonomy_term_id == m.TaxonomyTerm.id)
            .where(m.Attribute.link_id == service_id)
        ):
            terms[taxonomy].append(code)
        areas = session.execute(
            select(m.ServiceArea.country, m.ServiceArea.region).where(
                m.ServiceArea.service_id == service_id
            )
        )
        contacts = session.scalars(select(m.Contact.id).where(m.Contact.service_id == service_id))
        return Detail(
            kind=Kind.SERVICE,
            id=service_id,
            name=loaded.of(service_id, "name"),
            description=loaded.of(service_id, "description"),
            country=service.organization.country,
            organization=self._ref(session, service.organization_id),
            phones=self._phones(session, service_id, loaded),
            email=service.email,
            website=service.url,
            locations=self._locations(session, location_ids, loaded),
            hours=tuple(hours),
            timezone=tz,
            reach=_reach(hours, tz, always, now),
            around_the_clock=always,
            languages=self._languages(session, service_id),
            verification=Verification(service.verified_at, service.verified_by, service.source),
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
            contacts=self._refs(session, contacts),
        )

    def _show_contact(self, session: Session, contact_id: str, now: datetime) -> Detail:
        contact = session.get(m.Contact, contact_id)
        assert contact is not None
        location_ids = [contact.location_id] if contact.location_id else []
        loaded = self._texts(session, [contact_id, *location_ids])
        hours, tz, always = self._timing(session, Kind.CONTACT, contact_id)
        return Detail(
            kind=Kind.CONTACT,
            id=contact_id,
            name=loaded.of(contact_id, "title"),
            description=Texts(),
            country=contact.organization.country,
            organization=self._ref(session, contact.organization_id),
            phones=self._phones(session, contact_id, loaded),
            email=contact.email,
            website=None,
            locations=self._locations(session, location_ids, loaded),
            hours=tuple(hours),
            timezone=tz,
            reach=_reach(hours, tz, always, now),
            around_the_clock=always,
            languages=self._languages(session, contact_id),
            verification=Verification(contact.verified_at, contact.verified_by, contact.source),
            person=contact.name,
            department=contact.department,
            liaison=contact.liaison,
            counterpart_country=contact.counterpart_country,
            counterpart=self._ref(session, contact.counterpart_id),
            service=self._ref(session, contact.service_id),
        )


def _reach(hours: list[WeeklyHours], tz: str | None, always: bool, now: datetime) -> Reachability:
    if tz is None:
        return Reachability(Reach.ALWAYS if always else Reach.UNKNOWN, "UTC")
    return reachability(hours, tz, now, always)
