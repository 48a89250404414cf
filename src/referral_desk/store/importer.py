"""Writing a checked directory file into the database: all that was there replaced, at once."""

from __future__ import annotations

import json
import uuid
import zlib
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from referral_desk.domain.directory_data import DirectoryFile, StreamedDirectoryFile
from referral_desk.domain.phones import normalize_phone
from referral_desk.store import models as m
from referral_desk.store.retired_rows import RetiredRows, put_back, take_retired
from referral_desk.store.search_index import rebuild_search_index
from referral_desk.store.update_store import write_source, write_source_gz
from referral_desk.store.verification_store import reapply_checks

# Child tables first, so deleting keeps foreign keys satisfied.
_DIRECTORY_TABLES = (
    m.Attribute,
    m.ServiceArea,
    m.ServiceAtLocation,
    m.Phone,
    m.Schedule,
    m.Language,
    m.Contact,
    m.Service,
    m.Address,
    m.Location,
    m.Organization,
    m.TaxonomyTerm,
    m.LocalizedText,
    m.DirectoryInfo,
)


_BATCH_ROWS = 5_000


_BLANK_ROWS: dict[type[Any], dict[str, Any]] = {}


def _blank_row(table: type[Any]) -> dict[str, Any]:
    """Every column of ``table`` unset, as a new ORM object would leave it; a record
    written from a file starts at version 1."""
    if table not in _BLANK_ROWS:
        blank: dict[str, Any] = {column.key: None for column in table.__table__.columns}
        if "version" in blank:
            blank["version"] = 1
        _BLANK_ROWS[table] = blank
    return _BLANK_ROWS[table]


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _new_id(*parts: str) -> str:
    """A stable id for rows the file does not name (addresses, phones, links)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "referral-desk:" + ":".join(parts)))


class _Writer:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.pending: dict[type[Any], list[dict[str, Any]]] = {}
        self.term_ids: dict[tuple[str, str], str] = {}

    def add(self, table: type[Any], **values: Any) -> None:
        """Queue a row of ``table`` (a model class). When a table's batch is full, every
        table's rows queued so far are written, parents first, an executemany each (no
        ORM object per row): memory follows the batch, not the file, and a row seldom
        waits for its parent (while one does, SQLite looks for orphans at each insert)."""
        batch = self.pending.setdefault(table, [])
        batch.append({**_blank_row(table), **values})
        if len(batch) >= _BATCH_ROWS:
            self.flush()

    def _write(self, table: type[Any], rows: list[dict[str, Any]]) -> None:
        self.session.execute(insert(table.__table__), rows)

    def flush(self) -> None:
        """Write every queued row, parents first."""
        for table in reversed(_DIRECTORY_TABLES):
            batch = self.pending.pop(table, None)
            if batch:
                self._write(table, batch)

    def texts(self, owner_id: str, field: str, text: dict[str, str] | None) -> None:
        for lang, value in (text or {}).items():
            if value:
                self.add(m.LocalizedText, owner_id=owner_id, field=field, lang=lang, value=value)

    def phones(self, owner_id: str, kind: str, phones: list[dict[str, Any]], country: str) -> None:
        for position, phone in enumerate(phones):
            phone_id = _new_id(owner_id, "phone", str(position))
            self.add(
                m.Phone,
                id=phone_id,
                owner_id=owner_id,
                owner_kind=kind,
                number=normalize_phone(phone["number"], phone.get("short_code_country"), country),
                short_code_country=phone.get("short_code_country"),
                type=phone.get("type", "voice"),
                extension=phone.get("extension"),
                position=position,
                placeholder=bool(phone.get("placeholder", False)),
            )
            self.texts(phone_id, "description", phone.get("description"))

    def schedules(self, owner_id: str, kind: str, schedules: list[dict[str, Any]]) -> None:
        for position, row in enumerate(schedules):
            schedule_id = _new_id(owner_id, "schedule", str(position))
            self.add(
                m.Schedule,
                id=schedule_id,
                owner_id=owner_id,
                owner_kind=kind,
                freq=row.get("freq", "WEEKLY"),
                byday=row["byday"],
                opens_at=row["opens_at"],
                closes_at=row["closes_at"],
                valid_from=_date(row.get("valid_from")),
                valid_to=_date(row.get("valid_to")),
                position=position,
            )
            self.texts(schedule_id, "description", row.get("description"))

    def languages(self, owner_id: str, kind: str, codes: list[str]) -> None:
        for position, code in enumerate(dict.fromkeys(codes)):
            self.add(
                m.Language,
                id=_new_id(owner_id, "language", code),
                owner_id=owner_id,
                owner_kind=kind,
                code=code,
                position=position,
            )

    def verification(self, record: dict[str, Any]) -> dict[str, Any]:
        verified = record.get("verified") or {}
        return {
            "verified_at": _date(verified.get("at")),
            "verified_by": verified.get("by"),
            "source": verified.get("source"),
            "verified_how": verified.get("how"),
            "verified_note": verified.get("note"),
        }


def replace_directory(
    session: Session,
    directory: DirectoryFile | StreamedDirectoryFile,
    retired: RetiredRows | None = None,
) -> None:
    """Replace the whole directory with the file's content; the caller commits or rolls back.

    A streamed file is written an organization at a time as it is read again, and its
    bytes are compressed as they pass into the copy kept of the file in force. The
    records retired here outlive the load (``retired``: those of another file, for a
    rebuild).
    """
    content = directory.content if isinstance(directory, DirectoryFile) else directory.head
    if retired is None:
        retired = take_retired(session)
    for table in _DIRECTORY_TABLES:
        session.execute(delete(table))
    session.flush()
    # Parents and counterparts may point forward in the file: foreign keys are checked at
    # commit.
    if session.get_bind().dialect.name == "postgresql":  # deferrable since revision 0009
        session.execute(text("SET CONSTRAINTS ALL DEFERRED"))
    else:
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
    writer = _Writer(session)
    info = content["directory"]
    writer.add(
        m.DirectoryInfo,
        id=1,
        name=json.dumps(info["name"], ensure_ascii=False),
        version=info["version"],
        published=date.fromisoformat(info["published"]),
        publisher=info["publisher"],
        sample=bool(info["sample"]),
        notice_json=json.dumps(info.get("notice") or {}, ensure_ascii=False),
        loaded_at=datetime.now(UTC).replace(tzinfo=None),
        source_sha256=directory.sha256,
    )
    for term in content["taxonomy"]:
        writer.term_ids[(term["taxonomy"], term["code"])] = term["id"]
        writer.add(m.TaxonomyTerm, id=term["id"], taxonomy=term["taxonomy"], code=term["code"])
        writer.texts(term["id"], "name", term["name"])
        writer.texts(term["id"], "description", term.get("description"))
    if isinstance(directory, DirectoryFile):
        for position, org in enumerate(content["organizations"]):
            _write_organization(writer, org, position)
    else:
        packer = zlib.compressobj(1, zlib.DEFLATED, 31)  # gzip, as the kept copies are
        packed: list[bytes] = []
        organizations = directory.organizations(lambda data: packed.append(packer.compress(data)))
        for position, org in enumerate(organizations):
            _write_organization(writer, org, position)
        packed.append(packer.flush())
    writer.flush()
    put_back(session, retired)
    reapply_checks(session)  # a check made here after the file was written is kept
    rebuild_search_index(session.connection())
    if isinstance(directory, StreamedDirectoryFile):
        write_source_gz(session, b"".join(packed), directory.sha256)
    elif directory.kept_gz is not None:
        write_source_gz(session, directory.kept_gz, directory.sha256)
    else:
        write_source(session, content)


def _write_organization(writer: _Writer, org: dict[str, Any], position: int) -> None:
    _write_organization_row(writer, org, position)
    for place, location in enumerate(org.get("locations", [])):
        _write_location(writer, org["id"], location, place)
    for place, service in enumerate(org.get("services", [])):
        _write_service(writer, org["id"], org["country"], service, place)
    for place, contact in enumerate(org.get("contacts", [])):
        _write_contact(writer, org["id"], org["country"], contact, place)


def _write_organization_row(writer: _Writer, org: dict[str, Any], position: int) -> None:
    org_id = org["id"]
    country = org["country"]
    writer.add(
        m.Organization,
        id=org_id,
        parent_organization_id=org.get("parent_id"),
        country=country,
        own_name=org["own_name"]["text"],
        own_name_lang=org["own_name"]["lang"],
        alternate_names="\n".join(org.get("alternate_names", [])),
        website=org.get("website"),
        email=org.get("email"),
        position=position,
        **writer.verification(org),
    )
    writer.texts(org_id, "name", org["name"])
    writer.texts(org_id, "description", org.get("description"))
    writer.phones(org_id, "organization", org.get("phones", []), country)


def _write_location(writer: _Writer, org_id: str, location: dict[str, Any], position: int) -> None:
    location_id = location["id"]
    writer.add(
        m.Location,
        id=location_id,
        organization_id=org_id,
        timezone=location["timezone"],
        confidential=bool(location.get("confidential", False)),
        latitude=location.get("latitude"),
        longitude=location.get("longitude"),
        position=position,
    )
    writer.texts(location_id, "name", location.get("name"))
    address = location.get("address")
    if address:
        writer.add(
            m.Address,
            id=_new_id(location_id, "address"),
            location_id=location_id,
            address_1=address["address_1"],
            address_2=address.get("address_2"),
            city=address["city"],
            region=address.get("region"),
            postal_code=address.get("postal_code"),
            country=address["country"],
        )
    writer.schedules(location_id, "location", location.get("schedules", []))


def _write_contact(
    writer: _Writer, org_id: str, country: str, contact: dict[str, Any], position: int
) -> None:
    contact_id = contact["id"]
    writer.add(
        m.Contact,
        id=contact_id,
        organization_id=org_id,
        service_id=contact.get("service_id"),
        location_id=contact.get("location_id"),
        name=contact.get("name"),
        department=contact.get("department"),
        email=contact.get("email"),
        liaison=bool(contact.get("liaison", False)),
        counterpart_country=contact.get("counterpart_country"),
        counterpart_id=contact.get("counterpart_id"),
        around_the_clock=bool(contact.get("around_the_clock", False)),
        position=position,
        **writer.verification(contact),
    )
    writer.texts(contact_id, "title", contact.get("title"))
    writer.phones(contact_id, "contact", contact.get("phones", []), country)
    writer.schedules(contact_id, "contact", contact.get("schedules", []))
    writer.languages(contact_id, "contact", contact.get("languages", []))


def _write_service(
    writer: _Writer, org_id: str, country: str, service: dict[str, Any], position: int
) -> None:
    service_id = service["id"]
    writer.add(
        m.Service,
        id=service_id,
        organization_id=org_id,
        email=service.get("email"),
        url=service.get("url"),
        around_the_clock=bool(service.get("around_the_clock", False)),
        populations=" ".join(service.get("populations", [])),
        referral_methods=" ".join(service.get("referral_methods", [])),
        serves_nationals_of=" ".join(service.get("serves_nationals_of", [])),
        minimum_age=service.get("minimum_age"),
        maximum_age=service.get("maximum_age"),
        genders=" ".join(service.get("genders", [])),
        nationality_status=" ".join(service.get("nationality_status", [])),
        position=position,
        **writer.verification(service),
    )
    writer.texts(service_id, "name", service["name"])
    writer.texts(service_id, "description", service.get("description"))
    writer.texts(service_id, "eligibility", service.get("eligibility"))
    writer.texts(service_id, "referral_notes", service.get("referral_notes"))
    for taxonomy, key in (
        ("category", "categories"),
        ("role", "roles"),
        ("population", "populations"),
    ):
        for code in dict.fromkeys(service.get(key, [])):
            term_id = writer.term_ids[(taxonomy, code)]
            writer.add(
                m.Attribute,
                id=_new_id(service_id, "attribute", term_id),
                link_id=service_id,
                link_type="service",
                taxonomy_term_id=term_id,
            )
    for position, location_id in enumerate(service.get("location_ids", [])):
        writer.add(
            m.ServiceAtLocation,
            id=_new_id(service_id, "at", location_id),
            service_id=service_id,
            location_id=location_id,
            position=position,
        )
    for position, area in enumerate(service.get("service_areas", [])):
        region = area.get("region")
        writer.add(
            m.ServiceArea,
            id=_new_id(service_id, "area", area["country"], region or ""),
            service_id=service_id,
            country=area["country"],
            region=region,
            position=position,
        )
    writer.phones(service_id, "service", service.get("phones", []), country)
    writer.schedules(service_id, "service", service.get("schedules", []))
    writer.languages(service_id, "service", service.get("languages", []))


# ----------------------------------------------------------------------------- one record

RECORD_TABLES = m.RECORD_TABLES


def write_record(
    session: Session,
    kind: str,
    organization: dict[str, Any],
    record: dict[str, Any],
    *,
    new: bool,
    version: int,
) -> None:
    """Write one record of ``organization`` (itself, or one of its locations, services or
    contacts) from its file content: the rows it owns are written again, its own row is
    inserted after the others when ``new`` and otherwise updated in place, so links to it
    hold; a retired record comes back, placed after the others as it is in the file."""
    table = RECORD_TABLES[kind]
    writer = _Writer(session)
    writer.term_ids = {
        (taxonomy, code): term_id
        for term_id, taxonomy, code in session.execute(
            select(m.TaxonomyTerm.id, m.TaxonomyTerm.taxonomy, m.TaxonomyTerm.code)
        )
    }
    if not new:
        _delete_owned(session, kind, record["id"])
    org_id, country = organization["id"], organization["country"]
    returning = not new and _is_retired(session, table, record["id"])
    position = 0
    if new or returning:
        position = _next_position(session, table, None if kind == "organization" else org_id)
    if kind == "organization":
        _write_organization_row(writer, record, position)
    elif kind == "location":
        _write_location(writer, org_id, record, position)
    elif kind == "service":
        _write_service(writer, org_id, country, record, position)
    else:
        _write_contact(writer, org_id, country, record, position)
    own = writer.pending[table].pop(0)
    own["version"] = version
    if new:
        session.execute(insert(table), [own])
    else:
        record_id = own.pop("id")
        if not returning:
            own.pop("position")
        session.execute(update(table).where(table.id == record_id).values(**own))
    writer.flush()


def _is_retired(session: Session, table: type[Any], record_id: str) -> bool:
    query = select(table.retired_at).where(table.id == record_id)
    return session.execute(query).scalar() is not None


def _next_position(session: Session, table: type[Any], org_id: str | None) -> int:
    query = select(func.coalesce(func.max(table.position) + 1, 0))
    if org_id is not None:
        query = query.where(table.organization_id == org_id)
    return int(session.execute(query).scalar_one())


def retire_record(
    session: Session, kind: str, record_id: str, at: datetime, by: str, reason: str
) -> None:
    """Flag a record retired: its rows stay (for its history and to bring it back), but
    search, pathways and exports leave it out. Links to it are the caller's to clear."""
    table = RECORD_TABLES[kind]
    session.execute(
        update(table)
        .where(table.id == record_id)
        .values(retired_at=at, retired_by=by, retired_reason=reason)
    )


def _delete_owned(session: Session, kind: str, record_id: str) -> None:
    """The rows a record owns: texts, phones, hours, languages, terms, areas, address."""
    owned_ids = [
        *session.scalars(select(m.Phone.id).where(m.Phone.owner_id == record_id)),
        *session.scalars(select(m.Schedule.id).where(m.Schedule.owner_id == record_id)),
    ]
    session.execute(
        delete(m.LocalizedText).where(m.LocalizedText.owner_id.in_([record_id, *owned_ids]))
    )
    for owned in (m.Phone, m.Schedule, m.Language):
        session.execute(delete(owned).where(owned.owner_id == record_id))
    if kind == "service":
        session.execute(delete(m.Attribute).where(m.Attribute.link_id == record_id))
        session.execute(delete(m.ServiceArea).where(m.ServiceArea.service_id == record_id))
        session.execute(
            delete(m.ServiceAtLocation).where(m.ServiceAtLocation.service_id == record_id)
        )
    if kind == "location":
        session.execute(delete(m.Address).where(m.Address.location_id == record_id))
