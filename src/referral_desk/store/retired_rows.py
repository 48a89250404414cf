"""Retired records kept across a whole-directory load: their rows taken aside, then put back.

Loading a directory file replaces every row. Records an editor retired here are
not in any file, so their rows (the record's and those it owns) are read first
and written again after the file, unless the file brings the record back. Links
to rows the new directory no longer has are cleared, as retiring clears links.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from referral_desk.store import models as m

_RECORDS: dict[str, Any] = m.RECORD_TABLES
_CHUNK = 500


@dataclass
class RetiredRows:
    """The rows of the retired records, by table, as plain values."""

    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    owned: dict[Any, list[dict[str, Any]]] = field(default_factory=dict)
    owner_of: dict[Any, str] = field(default_factory=dict)  # owned table -> its owner column

    @property
    def empty(self) -> bool:
        return not any(self.records.values())


def _plain(session: Session, table: Any, where: Any) -> list[dict[str, Any]]:
    """Rows as plain values (no ORM objects left in the session to go stale)."""
    query = select(*table.__table__.columns).where(where)
    return [dict(row) for row in session.connection().execute(query).mappings()]


def _rows(session: Session, table: Any, column: Any, ids: Iterable[str]) -> list[dict[str, Any]]:
    wanted = list(ids)
    found: list[dict[str, Any]] = []
    for start in range(0, len(wanted), _CHUNK):
        found += _plain(session, table, column.in_(wanted[start : start + _CHUNK]))
    return found


def take_retired(session: Session) -> RetiredRows:
    """Read the retired records' rows, before the directory is replaced."""
    kept = RetiredRows()
    for kind, table in _RECORDS.items():
        kept.records[kind] = _plain(session, table, table.retired_at.is_not(None))
    if kept.empty:
        return kept
    ids = [r["id"] for rows in kept.records.values() for r in rows]
    services = [r["id"] for r in kept.records["service"]]
    locations = [r["id"] for r in kept.records["location"]]
    for table, column, owners in (
        (m.Phone, m.Phone.owner_id, ids),
        (m.Schedule, m.Schedule.owner_id, ids),
        (m.Language, m.Language.owner_id, ids),
        (m.Address, m.Address.location_id, locations),
        (m.Attribute, m.Attribute.link_id, services),
        (m.ServiceArea, m.ServiceArea.service_id, services),
        (m.ServiceAtLocation, m.ServiceAtLocation.service_id, services),
    ):
        kept.owned[table] = _rows(session, table, column, owners)
        kept.owner_of[table] = column.key
    texts_of = [*ids, *(r["id"] for t in (m.Phone, m.Schedule) for r in kept.owned[t])]
    kept.owned[m.LocalizedText] = _rows(
        session, m.LocalizedText, m.LocalizedText.owner_id, texts_of
    )
    kept.owner_of[m.LocalizedText] = "owner_id"
    return kept


def _existing(session: Session, table: Any, ids: Iterable[str]) -> set[str]:
    wanted = list(ids)
    found: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found |= set(session.scalars(select(table.id).where(table.id.in_(chunk))))
    return found


def put_back(session: Session, kept: RetiredRows) -> int:
    """Write the retired records again after a load, but for those the file brought back
    or whose organization is gone; returns how many records were kept."""
    if kept.empty:
        return 0
    session.flush()
    back = set().union(*(_existing(session, _RECORDS[k], [r["id"] for r in rows])
                         for k, rows in kept.records.items()))  # fmt: skip
    orgs = [r for r in kept.records["organization"] if r["id"] not in back]
    org_ids = {r["id"] for r in orgs}
    referenced = {r["organization_id"] for k in ("location", "service", "contact")
                  for r in kept.records[k]}  # fmt: skip
    org_ids |= _existing(session, m.Organization, referenced - org_ids)
    written: dict[str, list[dict[str, Any]]] = {"organization": orgs}
    for kind in ("location", "service", "contact"):
        written[kind] = [
            r for r in kept.records[kind] if r["id"] not in back and r["organization_id"] in org_ids
        ]
    keeps = {r["id"] for rows in written.values() for r in rows}
    links: dict[str, set[str]] = {
        kind: {r["id"] for r in rows} | _linked(session, kind, kept)
        for kind, rows in written.items()
    }
    for row in orgs:
        if row["parent_organization_id"] not in links["organization"]:
            row["parent_organization_id"] = None
    for row in written["contact"]:
        for column, kind in (
            ("service_id", "service"),
            ("location_id", "location"),
            ("counterpart_id", "contact"),
        ):
            if row[column] not in links[kind]:
                row[column] = None
    for kind in ("organization", "location", "service", "contact"):
        if written[kind]:
            session.execute(insert(_RECORDS[kind]), written[kind])
    owned_ids = keeps | {
        r["id"]
        for t in (m.Phone, m.Schedule)
        for r in kept.owned[t]
        if r[kept.owner_of[t]] in keeps
    }
    terms = set(session.scalars(select(m.TaxonomyTerm.id)))
    for table, rows in kept.owned.items():
        owner = kept.owner_of[table]
        chosen = [r for r in rows if r[owner] in owned_ids]
        if table is m.Attribute:
            chosen = [r for r in chosen if r["taxonomy_term_id"] in terms]
        if table is m.ServiceAtLocation:
            chosen = [r for r in chosen if r["location_id"] in links["location"]]
        if chosen:
            session.execute(insert(table), chosen)
    return len(keeps)


def _linked(session: Session, kind: str, kept: RetiredRows) -> set[str]:
    """The ids that kept rows link to and the new directory has, for one kind of record."""
    wanted: set[str] = set()
    for row in [r for rows in kept.records.values() for r in rows]:
        for column, target in (
            ("parent_organization_id", "organization"),
            ("service_id", "service"),
            ("location_id", "location"),
            ("counterpart_id", "contact"),
        ):
            if target == kind and row.get(column):
                wanted.add(row[column])
    for row in kept.owned.get(m.ServiceAtLocation, []):
        if kind == "location":
            wanted.add(row["location_id"])
    return _existing(session, _RECORDS[kind], wanted)
