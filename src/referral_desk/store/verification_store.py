"""Reading and writing checks of records: the facts the queue needs, a record's last check.

A check is kept twice: as a row of the append-only history (``verification_check``),
and, when it confirms the record, as the record's "last verified" columns, which a
directory file also carries. A directory loaded later may carry an older date than
the history; ``reapply_checks`` puts the newer one back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select, text, true, update
from sqlalchemy.orm import Session

from referral_desk.domain.entities import Texts
from referral_desk.domain.labels import VERIFY_HOW
from referral_desk.domain.verification import CallNumber, Check, RecordFacts
from referral_desk.domain.vocab import Category, Kind, Outcome, Role, VerifyHow
from referral_desk.store import models as m
from referral_desk.store.verification_models import VerificationCheck

VERIFIED_MODELS: dict[Kind, Any] = {
    Kind.ORGANIZATION: m.Organization,
    Kind.SERVICE: m.Service,
    Kind.CONTACT: m.Contact,
}
EMERGENCY_CATEGORY = Category.EMERGENCY.value
EMERGENCY_ROLE = Role.EMERGENCY_NUMBER.value


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def kind_of_record(session: Session, record_id: str) -> Kind | None:
    for kind, model in VERIFIED_MODELS.items():
        if session.get(model, record_id) is not None:
            return kind
    return None


def source_text(how: VerifyHow) -> str:
    """What the directory file's free-text ``source`` says for a check made in the app."""
    return VERIFY_HOW[how]


def confirm(session: Session, check: Check) -> bool:
    """Write a confirming check as the record's last verification; False if no such record.

    The search index's date goes with it (the "verified within" filter reads it).
    """
    kind = kind_of_record(session, check.record_id)
    if kind is None:
        return False
    model = VERIFIED_MODELS[kind]
    session.execute(
        update(model)
        .where(model.id == check.record_id)
        .values(
            verified_at=check.on,
            verified_by=check.by,
            source=source_text(check.how),
            verified_how=check.how.value,
            verified_note=check.note or None,
        )
    )
    _index_date(session, check.record_id, check.on)
    return True


def _index_date(session: Session, record_id: str, on: date) -> None:
    """The search index keeps the date as ISO text (``search_schema``)."""
    session.execute(
        text("UPDATE search_doc SET verified_at = :on WHERE entity_id = :id"),
        {"on": on.isoformat(), "id": record_id},
    )


def add_check(session: Session, check: Check) -> None:
    """Append a check to the history (nothing there is ever changed or taken away)."""
    session.add(
        VerificationCheck(
            record_id=check.record_id,
            checked_on=check.on,
            checked_by=check.by,
            how=check.how.value,
            outcome=check.outcome.value,
            note=check.note,
            recorded_at=(check.recorded_at or datetime.now(UTC)).replace(tzinfo=None),
        )
    )
    session.flush()


def _check(row: VerificationCheck) -> Check:
    return Check(
        row.record_id,
        row.checked_on,
        row.checked_by,
        VerifyHow(row.how),
        Outcome(row.outcome),
        row.note,
        row.recorded_at.replace(tzinfo=UTC),
    )


def history(session: Session, record_id: str) -> list[Check]:
    """Every check of a record, newest first."""
    rows = session.scalars(
        select(VerificationCheck)
        .where(VerificationCheck.record_id == record_id)
        .order_by(VerificationCheck.id.desc())
    )
    return [_check(row) for row in rows]


def latest_checks(
    session: Session, wanted: Select[tuple[str]] | Collection[str] | None = None
) -> dict[str, Check]:
    """The newest check of each record that has one (of any outcome); of ``wanted`` ones
    (selected, or listed)."""
    latest: dict[str, Check] = {}
    query = select(VerificationCheck).order_by(VerificationCheck.id)
    listed = None if isinstance(wanted, Select) or wanted is None else set(wanted)
    if isinstance(wanted, Select):
        query = query.where(VerificationCheck.record_id.in_(wanted))
    elif listed is not None and len(listed) <= LISTED_IDS:  # more: every row is read
        query = query.where(VerificationCheck.record_id.in_(sorted(listed)))
    for row in session.scalars(query):
        if listed is None or row.record_id in listed:
            latest[row.record_id] = _check(row)
    return latest


def reapply_checks(session: Session, record_ids: Iterable[str] | None = None) -> int:
    """After a directory load (or an edit of ``record_ids``, which writes the records as the
    directory file has them): give each record back a confirmation newer than the file's.

    Returns how many records got theirs back.
    """
    newest: dict[str, Check] = {}
    query = select(VerificationCheck).where(VerificationCheck.outcome == Outcome.CONFIRMED.value)
    if record_ids is not None:
        wanted = list(record_ids)
        if not wanted:
            return 0
        query = query.where(VerificationCheck.record_id.in_(wanted))
    rows = session.scalars(query.order_by(VerificationCheck.id))
    for row in rows:
        newest[row.record_id] = _check(row)
    count = 0
    for record_id, check in newest.items():
        kind = kind_of_record(session, record_id)
        if kind is None:
            continue
        current = session.get(VERIFIED_MODELS[kind], record_id)
        if current is not None and (current.verified_at is None or current.verified_at < check.on):
            confirm(session, check)
            count += 1
    return count


def verification_overlay(session: Session) -> dict[str, dict[str, Any]]:
    """Each record's last verification as the directory file writes it."""
    overlay: dict[str, dict[str, Any]] = {}
    for model in VERIFIED_MODELS.values():
        rows = session.execute(
            select(
                model.id,
                model.verified_at,
                model.verified_by,
                model.source,
                model.verified_how,
                model.verified_note,
            ).where(model.verified_at.is_not(None))
        )
        for record_id, at, by, source, how, note in rows:
            value: dict[str, Any] = {"at": at.isoformat(), "by": by or "", "source": source or ""}
            if how:
                value["how"] = how
            if note:
                value["note"] = note
            overlay[record_id] = value
    return overlay


# ----------------------------------------------------------------- what the queue needs
# Read through the Core connection: plain rows, none of the ORM's work per row.


LISTED_IDS = 2000  # up to this many wanted ids are sent as a list; more: every row is read


class _Scope:
    """The rows ``record_facts`` reads: all, or those that the ``wanted`` records need."""

    def __init__(
        self, session: Session, query: Select[tuple[str]] | Collection[str] | None
    ) -> None:
        self.chosen: set[str] | None = None
        self.wanted: list[str] | None = None
        if query is None:
            return
        self.chosen = set(session.scalars(query)) if isinstance(query, Select) else set(query)
        if len(self.chosen) > LISTED_IDS:  # most of the directory: reading it all is quicker
            self.wanted = None
            return
        self.wanted = wanted = sorted(self.chosen)  # the database need not work it out again
        contacts = select(m.Contact.id).where(m.Contact.id.in_(wanted))
        self.services = select(m.Service.id).where(  # a contact has its service's roles
            or_(
                m.Service.id.in_(wanted),
                m.Service.id.in_(select(m.Contact.service_id).where(m.Contact.id.in_(contacts))),
            )
        )
        self.organizations = select(m.Organization.id).where(
            or_(
                m.Organization.id.in_(wanted),
                m.Organization.id.in_(select(m.Service.organization_id).where(
                    m.Service.id.in_(wanted))),
                m.Organization.id.in_(select(m.Contact.organization_id).where(
                    m.Contact.id.in_(wanted))),
            )
        )  # fmt: skip
        self.locations = select(m.Location.id).where(
            or_(
                m.Location.organization_id.in_(self.organizations),
                m.Location.id.in_(select(m.Contact.location_id).where(m.Contact.id.in_(wanted))),
                m.Location.id.in_(
                    select(m.ServiceAtLocation.location_id).where(
                        m.ServiceAtLocation.service_id.in_(self.services)
                    )
                ),
            )
        )

    def of(self, column: Any, *sets: str) -> ColumnElement[bool]:
        """``column`` is in one of the named sets (``wanted``, ``services``…); all rows if
        the scope is everything."""
        if self.wanted is None:
            return true()
        return or_(*(column.in_(getattr(self, name)) for name in sets))


def _texts(
    session: Session, fields: tuple[str, ...], scope: _Scope
) -> dict[str, dict[str, dict[str, str]]]:
    found: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    if not fields:
        return found
    rows = session.connection().execute(
        select(
            m.LocalizedText.owner_id,
            m.LocalizedText.field,
            m.LocalizedText.lang,
            m.LocalizedText.value,
        ).where(
            m.LocalizedText.field.in_(fields),
            scope.of(m.LocalizedText.owner_id, "wanted", "organizations"),
        )
    )
    for owner, field, lang, value in rows:
        found[owner][field][lang] = value
    return found


def _phones(session: Session, scope: _Scope) -> dict[str, tuple[CallNumber, ...]]:
    found: dict[str, list[CallNumber]] = defaultdict(list)
    rows = session.connection().execute(
        select(m.Phone.owner_id, m.Phone.number, m.Phone.extension, m.Phone.placeholder)
        .where(scope.of(m.Phone.owner_id, "wanted"))
        .order_by(m.Phone.owner_id, m.Phone.position)
    )
    for owner, number, extension, placeholder in rows:
        found[owner].append(CallNumber(number, extension, bool(placeholder)))
    return {owner: tuple(phones) for owner, phones in found.items()}


def _terms(session: Session, scope: _Scope) -> dict[str, dict[str, list[str]]]:
    """Per service, its codes by taxonomy (category, role)."""
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    rows = session.connection().execute(
        select(m.Attribute.link_id, m.TaxonomyTerm.taxonomy, m.TaxonomyTerm.code)
        .join(m.TaxonomyTerm, m.TaxonomyTerm.id == m.Attribute.taxonomy_term_id)
        .where(scope.of(m.Attribute.link_id, "services"))
        .order_by(m.TaxonomyTerm.code)
    )
    for service_id, taxonomy, code in rows:
        found[service_id][taxonomy].append(code)
    return found


def _organization_services(
    session: Session, scope: _Scope
) -> tuple[dict[str, dict[str, list[str]]], set[str]]:
    """Per organization, its services' codes by taxonomy (each once, in code order); and the
    organizations with a service open around the clock. Counted by the database."""
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    rows = session.connection().execute(
        select(m.Service.organization_id, m.TaxonomyTerm.taxonomy, m.TaxonomyTerm.code)
        .join(m.Attribute, m.Attribute.link_id == m.Service.id)
        .join(m.TaxonomyTerm, m.TaxonomyTerm.id == m.Attribute.taxonomy_term_id)
        .where(scope.of(m.Service.organization_id, "wanted"))
        .distinct()
        .order_by(m.TaxonomyTerm.code)
    )
    for org_id, taxonomy, code in rows:
        found[org_id][taxonomy].append(code)
    round_the_clock = set(
        session.scalars(
            select(m.Service.organization_id)
            .where(m.Service.around_the_clock.is_(True))
            .where(scope.of(m.Service.organization_id, "wanted"))
            .distinct()
        )
    )
    return found, round_the_clock


def _regions(
    session: Session, scope: _Scope
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, str]]:
    """Regions of locations (by location), of service areas (by service); and each location's
    organization."""
    by_location: dict[str, list[str]] = defaultdict(list)
    location_org: dict[str, str] = {}
    rows = session.connection().execute(
        select(m.Location.id, m.Location.organization_id, m.Address.region)
        .outerjoin(m.Address, m.Address.location_id == m.Location.id)
        .where(scope.of(m.Location.id, "locations"))
    )
    for location_id, org_id, region in rows:
        location_org[location_id] = org_id
        if region:
            by_location[location_id].append(region)
    by_service: dict[str, list[str]] = defaultdict(list)
    for service_id, region in session.connection().execute(
        select(m.ServiceArea.service_id, m.ServiceArea.region).where(
            scope.of(m.ServiceArea.service_id, "services")
        )
    ):
        if region:
            by_service[service_id].append(region)
    return by_location, by_service, location_org


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def record_facts(
    session: Session,
    details: bool = True,
    wanted: Select[tuple[str]] | Collection[str] | None = None,
) -> list[RecordFacts]:
    """Every organization, service and contact (or those whose ids ``wanted`` selects or
    lists) with what the queue and freshness need.

    A service's regions are its service areas' and its locations'; an organization has
    its services' categories, roles and flags and its locations' regions; a contact has
    its service's, and its own location's region (else its organization's).
    ``details=False`` leaves out names and numbers.
    """
    scope = _Scope(session, wanted)
    # Without details (for the freshness figures) names and numbers are left empty.
    texts = _texts(session, ("name", "title") if details else (), scope)
    phones = _phones(session, scope) if details else {}
    terms = _terms(session, scope)
    org_terms, org_round_the_clock = _organization_services(session, scope)
    by_location, by_area, location_org = _regions(session, scope)
    org_regions: dict[str, list[str]] = defaultdict(list)
    for location_id, org_id in location_org.items():
        org_regions[org_id] += by_location.get(location_id, [])
    service_locations: dict[str, list[str]] = defaultdict(list)
    for service_id, location_id in session.connection().execute(
        select(m.ServiceAtLocation.service_id, m.ServiceAtLocation.location_id).where(
            scope.of(m.ServiceAtLocation.service_id, "services")
        )
    ):
        service_locations[service_id].append(location_id)

    org_columns = (
        m.Organization.id,
        m.Organization.country,
        m.Organization.own_name,
        m.Organization.own_name_lang,
        m.Organization.verified_at,
    )
    organizations = {  # retired records are not due for a check
        row.id: row
        for row in session.connection().execute(
            select(*org_columns).where(
                scope.of(m.Organization.id, "organizations"), m.Organization.retired_at.is_(None)
            )
        )
    }
    org_names = {
        org_id: Texts(dict(texts[org_id]["name"]), org.own_name, org.own_name_lang)
        for org_id, org in organizations.items()
    }
    services: dict[str, RecordFacts] = {}
    service_columns = (
        m.Service.id,
        m.Service.organization_id,
        m.Service.verified_at,
        m.Service.around_the_clock,
    )
    for service in session.connection().execute(
        select(*service_columns).where(
            scope.of(m.Service.id, "services"), m.Service.retired_at.is_(None)
        )
    ):
        org = organizations[service.organization_id]
        codes = terms[service.id]
        regions = [*by_area.get(service.id, [])]
        for location_id in service_locations.get(service.id, []):
            regions += by_location.get(location_id, [])
        services[service.id] = RecordFacts(
            Kind.SERVICE,
            service.id,
            Texts(dict(texts[service.id]["name"])),
            org_names[org.id],
            org.country,
            service.verified_at,
            around_the_clock=bool(service.around_the_clock),
            emergency=EMERGENCY_CATEGORY in codes["category"] or EMERGENCY_ROLE in codes["role"],
            roles=_unique(codes["role"]),
            categories=_unique(codes["category"]),
            regions=_unique(regions),
            phones=phones.get(service.id, ()),
        )
    found: list[RecordFacts] = []
    for org_id, org in organizations.items():
        codes = org_terms[org_id]
        found.append(
            RecordFacts(
                Kind.ORGANIZATION,
                org_id,
                org_names[org_id],
                org_names[org_id],
                org.country,
                org.verified_at,
                around_the_clock=org_id in org_round_the_clock,
                emergency=EMERGENCY_CATEGORY in codes["category"]
                or EMERGENCY_ROLE in codes["role"],
                roles=tuple(codes["role"]),
                categories=tuple(codes["category"]),
                regions=_unique(org_regions.get(org_id, [])),
                phones=phones.get(org_id, ()),
            )
        )
    found += services.values()
    contact_columns = (
        m.Contact.id,
        m.Contact.organization_id,
        m.Contact.service_id,
        m.Contact.location_id,
        m.Contact.name,
        m.Contact.verified_at,
        m.Contact.around_the_clock,
    )
    for contact in session.connection().execute(
        select(*contact_columns).where(
            scope.of(m.Contact.id, "wanted"), m.Contact.retired_at.is_(None)
        )
    ):
        org = organizations[contact.organization_id]
        of_service = services.get(contact.service_id or "")
        title = Texts(dict(texts[contact.id]["title"]))
        name = Texts(own=contact.name) if contact.name else title
        regions = (
            by_location.get(contact.location_id, []) if contact.location_id else []
        ) or org_regions.get(org.id, [])
        found.append(
            RecordFacts(
                Kind.CONTACT,
                contact.id,
                name,
                org_names[org.id],
                org.country,
                contact.verified_at,
                around_the_clock=bool(contact.around_the_clock),
                emergency=of_service.emergency if of_service else False,
                roles=of_service.roles if of_service else (),
                categories=of_service.categories if of_service else (),
                regions=_unique(regions),
                phones=phones.get(contact.id, ()),
            )
        )
    if scope.chosen is not None:  # the organizations and services read only for what they lend
        return [facts for facts in found if facts.id in scope.chosen]
    return found
