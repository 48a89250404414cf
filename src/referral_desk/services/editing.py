"""Editing the directory: every change to a record goes through here, checked, versioned, audited.

A record (organization, location, service, contact) is edited in the shape of
the directory file. A save is checked with the file's own rules, refused when
the record changed since the editor read it (optimistic locking on its
version), and then written in one transaction: the record's rows, the file in
force (so ``publish`` and updates start from it), one audit change per record
touched with each field's old and new value, and the search documents of the
organizations concerned. Retired records leave the directory file, search,
pathways and exports, but their rows stay, flagged with when, by whom and why:
the list of retired records and their history show them, and ``restore`` brings
one back under its id.
"""

from __future__ import annotations

import copy
import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from functools import partial
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from referral_desk.domain.editing import (
    CHILDREN,
    LINK_FIELDS,
    FieldChange,
    HistoryEntry,
    RecordKind,
    RecordName,
    RetiredRecord,
    changed_fields,
    own_fields,
    record_name,
    same_value,
    template,
)
from referral_desk.domain.local_time import day_end_utc, day_start_utc
from referral_desk.exchange.check_problem import PARENT_LOOP, CheckProblem
from referral_desk.exchange.history_csv import history_csv
from referral_desk.exchange.record_check import FieldProblem, check_organization
from referral_desk.services.changes import Changes
from referral_desk.services.record_index import Draft, RecordIndex
from referral_desk.store import audit, db, record_store, verification_store
from referral_desk.store.importer import retire_record, write_record
from referral_desk.store.search_index import (
    rebuild_if_patched,
    rebuild_search_index,
    reindex_organizations,
)

log = logging.getLogger(__name__)

__all__ = [
    "EditConflict",
    "EditRejected",
    "EditableRecord",
    "Editing",
    "EditingError",
    "FieldProblem",
    "HistoryEntry",
    "LinkBack",
    "LinkLeft",
    "Restored",
    "RetiredRecord",
    "SavedEdit",
]


class EditingError(Exception):
    """An edit that cannot be made at all (no such record, no directory file kept)."""


class EditRejected(Exception):
    """The edited record breaks the directory file's rules; ``problems`` name each field."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems[:10]))


class EditConflict(Exception):
    """Someone saved the record since this editor read it: both versions, field by field."""

    def __init__(
        self,
        record_id: str,
        base_version: int,
        current_version: int,
        mine: dict[str, Any],
        theirs: dict[str, Any],
    ) -> None:
        self.record_id = record_id
        self.base_version = base_version
        self.current_version = current_version
        self.mine = mine
        self.theirs = theirs
        self.differences = changed_fields(theirs, mine)  # old = theirs, new = mine
        super().__init__(
            f"{record_id} was changed by someone else (version {current_version}; "
            f"yours was based on {base_version})"
        )


@dataclass(frozen=True)
class EditableRecord:
    """A record as an editor sees it: its own fields in the file's shape and its version."""

    kind: RecordKind
    id: str
    organization_id: str
    country: str
    version: int
    fields: dict[str, Any]
    label: str
    children: tuple[tuple[RecordKind, str, str], ...] = ()  # an organization's records
    sample: bool = False

    def label_in(self, lang: str) -> str:
        """The record's name in ``lang`` for titles, else ``label`` (English or any)."""
        for key in ("name", "title"):
            value = self.fields.get(key)
            if isinstance(value, dict) and isinstance(value.get(lang), str) and value[lang]:
                return str(value[lang])
        return self.label


@dataclass(frozen=True)
class SavedEdit:
    record_id: str
    kind: RecordKind
    version: int
    changes: tuple[FieldChange, ...]
    touched: tuple[str, ...] = field(default=())  # every record the save changed


class LinkLeft(StrEnum):
    """Why a link another record had to a retired record was not put back on restore."""

    RECORD_GONE = "record_gone"  # the record that had the link is no longer in the directory
    FIELD_CHANGED = "field_changed"  # its field was changed since the link was cleared


@dataclass(frozen=True)
class LinkBack:
    """A link another record had to a restored record: put back (``left`` None), or why not."""

    record_id: str
    kind: RecordKind
    label: str
    field: str
    target_id: str
    left: LinkLeft | None = None


@dataclass(frozen=True)
class Restored:
    """What a restore did: the records back (the one asked for first) and the links others
    had to them, each put back or left with its reason."""

    saved: SavedEdit
    records: tuple[tuple[RecordKind, str], ...]
    links: tuple[LinkBack, ...] = ()

    @property
    def relinked(self) -> tuple[LinkBack, ...]:
        return tuple(link for link in self.links if link.left is None)

    @property
    def left(self) -> tuple[LinkBack, ...]:
        return tuple(link for link in self.links if link.left is not None)


def label_of(kind: str, record: Mapping[str, Any]) -> str:
    """A record's name in English (or any language it has) for lists and the trail."""
    for key in ("name", "title"):
        value = record.get(key)
        if isinstance(value, dict) and value:
            return str(value.get("en") or next(iter(value.values())))
        if isinstance(value, str) and value:
            return value
    address = record.get("address") or {}
    return str(address.get("city") or record.get("id", kind))


def _records(org: Mapping[str, Any]) -> dict[str, tuple[RecordKind, dict[str, Any]]]:
    """An organization's records by id, as they are in the file (not copied: read only)."""
    own = {k: v for k, v in org.items() if k not in CHILDREN}
    found = {org["id"]: (RecordKind.ORGANIZATION, own)}
    for group, kind in CHILDREN.items():
        for child in org.get(group, []):
            found[child["id"]] = (kind, child)
    return found


_WRITE_ORDER = [
    RecordKind.ORGANIZATION,
    RecordKind.LOCATION,
    RecordKind.SERVICE,
    RecordKind.CONTACT,
]


class Editing:
    """The coordinator's editing of the directory: read, save, create, retire, history."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        notify: Callable[[Changes], None],
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._sessions = sessions
        self._notify = notify
        self._clock = clock or (lambda: datetime.now(UTC))
        self._cache: tuple[str, dict[str, Any], RecordIndex] | None = None  # by its hash
        self._source_writer = record_store.SourceWriter()
        self._held_by_id: tuple[dict[str, Any], dict[str, Any]] | None = None  # for names

    # -- reading

    def _content(self, session: Session, sha256: str | None) -> dict[str, Any]:
        return self._in_force(session, sha256)[0]

    def _in_force(self, session: Session, sha256: str | None) -> tuple[dict[str, Any], RecordIndex]:
        """The directory file in force and its index, read again only when it changed."""
        if sha256 is None:
            raise EditingError(
                "This database keeps no directory file to edit; load the directory again "
                "(db load or an update) first."
            )
        if self._cache is None or self._cache[0] != sha256:
            content = record_store.read_source(session)
            self._cache = (sha256, content, RecordIndex.of(content["organizations"]))
        return self._cache[1], self._cache[2]

    def record(self, record_id: str) -> EditableRecord:
        """A record to edit; raises EditingError when the directory has no such record."""
        with self._sessions() as session:
            content, index = self._in_force(session, record_store.source_sha256(session))
            try:
                _position, org, kind, record = _locate(Draft(content, index), record_id)
            except EditingError:
                if record_store.retired_kind(session, record_id) is not None:
                    raise EditingError(
                        f"{record_id}: this record is retired; restore it to edit it."
                    ) from None
                raise
            version = record_store.version_of(session, kind.value, record_id) or 1
            children: tuple[tuple[RecordKind, str, str], ...] = ()
            if kind is RecordKind.ORGANIZATION:
                children = tuple(
                    (child_kind, child["id"], label_of(child_kind.value, child))
                    for group, child_kind in CHILDREN.items()
                    for child in org.get(group, [])
                )
            return EditableRecord(
                kind=kind,
                id=record_id,
                organization_id=org["id"],
                country=org["country"],
                version=version,
                fields=own_fields(record),
                label=label_of(kind.value, record),
                children=children,
                sample=bool(content["directory"].get("sample")),
            )

    def _held(self) -> dict[str, tuple[RecordKind, dict[str, Any], dict[str, Any]]]:
        """Every record of the directory file in force by id, with its organization; made
        once for each version of the file."""
        with self._sessions() as session:
            content = self._content(session, record_store.source_sha256(session))
        if self._held_by_id is None or self._held_by_id[0] is not content:
            held: dict[str, tuple[RecordKind, dict[str, Any], dict[str, Any]]] = {}
            for org in content["organizations"]:
                held[org["id"]] = (RecordKind.ORGANIZATION, org, org)
                for group, kind in CHILDREN.items():
                    for child in org.get(group, []):
                        held[child["id"]] = (kind, child, org)
            self._held_by_id = (content, held)
        return self._held_by_id[1]

    def names(self, record_ids: list[str]) -> dict[str, RecordName]:
        """The records of these ids that are in the directory, named (for pickers and
        messages); an id of no record here is left out."""
        if not record_ids:
            return {}
        held = self._held()
        found: dict[str, RecordName] = {}
        for record_id in record_ids:
            if record_id in held:
                kind, record, org = held[record_id]
                found[record_id] = record_name(kind, record, org["id"], org["country"])
        return found

    def records_of(self, organization_id: str, kind: RecordKind) -> list[RecordName]:
        """An organization's locations, services or contacts, named (what its own records
        may link to); empty when there is no such organization."""
        group = next((g for g, k in CHILDREN.items() if k is kind), None)
        found = self._held().get(organization_id)
        if found is None or found[0] is not RecordKind.ORGANIZATION or group is None:
            return []
        org = found[1]
        return [record_name(kind, child, org["id"], org["country"]) for child in org.get(group, [])]

    # -- changing

    def save(
        self, record_id: str, base_version: int, values: Mapping[str, Any], reason: str = ""
    ) -> SavedEdit:
        """Save new values of a record's fields (the others stay as they are).

        Raises EditConflict if the record's version is no longer ``base_version``,
        EditRejected naming each field that breaks the rules; nothing is written then.
        """

        def change(draft: Draft, session: Session) -> tuple[str, set[int]]:
            org_index, _org, kind, record = _locate(draft, record_id, copy_on_write=True)
            current = record_store.version_of(session, kind.value, record_id) or 1
            mine = {**own_fields(record), **copy.deepcopy(dict(values))}
            if current != base_version:
                raise EditConflict(record_id, base_version, current, mine, own_fields(record))
            for key in ("id", *CHILDREN):
                mine.pop(key, None)
            record.update(mine)
            return record_id, {org_index}

        return self._commit(change, reason, "edit")

    def create(
        self,
        kind: RecordKind,
        values: Mapping[str, Any],
        reason: str = "",
        *,
        organization_id: str | None = None,
        country: str | None = None,
        record_id: str | None = None,
    ) -> SavedEdit:
        """Add a new record: an organization (in ``country``), or a location, service or
        contact of ``organization_id``; ``record_id`` brings a retired record back under its
        own id (undo). Raises EditRejected as ``save`` does."""
        new_id = record_id or str(uuid.uuid4())

        def change(draft: Draft, session: Session) -> tuple[str, set[int]]:
            index = self._insert(draft, session, kind, values, new_id, organization_id, country)
            return new_id, {index}

        return self._commit(change, reason, "create")

    def _insert(
        self,
        draft: Draft,
        session: Session,
        kind: RecordKind,
        values: Mapping[str, Any],
        new_id: str,
        organization_id: str | None,
        country: str | None,
    ) -> int:
        """Put a new record (or a retired one back) into ``draft``; its organization's index."""
        if draft.holds(new_id):
            raise EditingError(f"{new_id}: the directory already has a record with this id.")
        editor = audit.current_editor(session)
        today = self._clock().date().isoformat()
        if kind is RecordKind.ORGANIZATION:
            if not country:
                raise EditingError("A new organization needs its country.")
            record = template(kind, new_id, country.upper(), editor, today)
            record.update({k: v for k, v in values.items() if k not in ("id", *CHILDREN)})
            draft.organizations.append(record)
            return len(draft.organizations) - 1
        if not organization_id:
            raise EditingError(f"A new {kind.value} needs the organization it belongs to.")
        org_index, org, org_kind, _ = _locate(draft, organization_id, copy_on_write=True)
        if org_kind is not RecordKind.ORGANIZATION:
            raise EditingError(f"{organization_id} is not an organization.")
        record = template(kind, new_id, org["country"], editor, today)
        record.update({k: v for k, v in values.items() if k != "id"})
        group = next(g for g, k in CHILDREN.items() if k is kind)
        org.setdefault(group, []).append(record)
        return org_index

    def retire(self, record_id: str, reason: str, base_version: int | None = None) -> SavedEdit:
        """Take a record out of the directory (an organization with all under it), with a
        reason; links to it are cleared. The audit trail keeps everything it held."""
        if not reason.strip():
            raise EditRejected(
                [FieldProblem(record_id, "reason", "a record is retired with a reason")]
            )

        def change(draft: Draft, session: Session) -> tuple[str, set[int]]:
            org_index, org, kind, record = _locate(draft, record_id, copy_on_write=True)
            current = record_store.version_of(session, kind.value, record_id) or 1
            if base_version is not None and current != base_version:
                raise EditConflict(record_id, base_version, current, {}, own_fields(record))
            touched = {org_index}
            gone = {record_id}
            if kind is RecordKind.ORGANIZATION:
                gone |= {c["id"] for g in CHILDREN for c in org.get(g, [])}
                del draft.organizations[org_index]
                touched = set()
            else:
                group = next(g for g, k in CHILDREN.items() if k is kind)
                org[group] = [c for c in org[group] if c["id"] != record_id]
            for index, other in enumerate(draft.organizations):
                if _links_to(other, gone):
                    other = copy.deepcopy(other)
                    draft.organizations[index] = other
                    _clear_links(other, gone)
                    touched.add(index)
            return record_id, touched

        return self._commit(change, reason, "retire")

    def restore(self, record_id: str, reason: str) -> Restored:
        """Bring a retired record back under its id, as it was when retired (an organization
        with the records retired with it), in one transaction. The links other records had
        to it are put back where that record is still in the directory and its field is as
        the retirement left it; the others are named, with why, in ``Restored.links``.
        Raises EditingError when it was never retired or is in the directory again."""
        with self._sessions() as session:
            retired = [
                row for row in audit.changes(session, record_id=record_id) if row.action == "retire"
            ]
        mine = next((row for row in retired if row.record_id == record_id), None)
        if mine is None:
            raise EditingError(f"{record_id}: no record with this id was retired here.")
        if mine.record_kind != RecordKind.ORGANIZATION.value:
            with self._sessions() as session:
                org_retired = record_store.retired_kind(session, mine.organization_id)
            if org_retired is not None:
                raise EditingError(
                    f"{record_id}: its organization {mine.organization_id} is retired; "
                    "restore the organization first."
                )
        together = [
            row
            for row in retired
            if row.at == mine.at and row.reason == mine.reason and row.record_id != record_id
        ]
        order = {kind.value: n for n, kind in enumerate(_WRITE_ORDER)}
        back = [mine, *sorted(together, key=lambda r: order[r.record_kind])]
        cleared = self._links_cleared(mine, {row.record_id for row in back})
        links: list[LinkBack] = []

        def change(draft: Draft, session: Session) -> tuple[str, set[int]]:
            touched = set()
            for row in back:
                kind, fields = RecordKind(row.record_kind), dict(row.changes[0].old)
                where = (row.record_id, row.organization_id, row.country)
                touched.add(self._insert(draft, session, kind, fields, *where))
            links.clear()
            for row, link in cleared:
                target = _target(link.old, link.new)
                kind = RecordKind(row.record_kind)
                found = LinkBack(row.record_id, kind, row.label, link.field, target)
                try:
                    index, _org, _kind, other = _locate(draft, row.record_id, copy_on_write=True)
                except EditingError:
                    links.append(replace(found, left=LinkLeft.RECORD_GONE))
                    continue
                if not same_value(other.get(link.field), link.new):
                    links.append(replace(found, left=LinkLeft.FIELD_CHANGED))
                    continue
                other[link.field] = copy.deepcopy(link.old)
                touched.add(index)
                links.append(found)
            return record_id, touched

        saved = self._commit(change, reason, "restore")
        records = tuple((RecordKind(row.record_kind), row.record_id) for row in back)
        return Restored(saved, records, tuple(links))

    def _links_cleared(
        self, retirement: HistoryEntry, gone: set[str]
    ) -> list[tuple[HistoryEntry, FieldChange]]:
        """The links to ``gone`` records that ``retirement`` cleared in other records: the
        edits audited with it (same time, editor and reason), field by field."""
        start = retirement.at.astimezone(UTC).replace(tzinfo=None)
        with self._sessions() as session:
            rows = audit.changes(session, since=start, until=start + timedelta(seconds=1))
        return [
            (row, change)
            for row in reversed(rows)  # in the order they were written
            if row.action == "edit"
            and row.at == retirement.at
            and (row.editor, row.reason) == (retirement.editor, retirement.reason)
            and row.record_id not in gone
            for change in row.changes
            if change.field in LINK_FIELDS
            and _points_at(change.old, gone)
            and not _points_at(change.new, gone)
        ]

    def _commit(
        self,
        change: Callable[[Draft, Session], tuple[str, set[int]]],
        reason: str,
        action: str,
    ) -> SavedEdit:
        now = self._clock().astimezone(UTC).replace(tzinfo=None, microsecond=0)
        undo: Callable[[], None] | None = None  # the index back as it was, if the save fails
        try:
            with self._sessions() as session, session.begin():
                content, index = self._in_force(session, record_store.lock_source(session))
                draft = Draft(content, index)  # only the organizations changed are copied
                primary, touched_indices = change(draft, session)
                after_orgs = [draft.organizations[i] for i in sorted(touched_indices)]
                before_orgs = _before(content, index, primary, after_orgs)
                edited = draft.content
                index.replace(before_orgs, after_orgs, edited["organizations"])
                undo = partial(index.replace, after_orgs, before_orgs, content["organizations"])
                self._check(edited, after_orgs, index)
                saved = self._write(session, before_orgs, after_orgs, primary, action, reason, now)
                self._reindex(session, before_orgs, after_orgs)
                # the records were written as the file has them: a check made since is kept
                verification_store.reapply_checks(session, saved.touched)
                sha256 = record_store.write_source(session, edited, self._source_writer)
        except BaseException as error:
            if undo is not None:
                undo()
            if isinstance(error, SQLAlchemyError):
                raise db.DatabaseError(
                    f"The directory was not changed: {getattr(error, 'orig', None) or error}"
                ) from error
            raise
        self._cache = (sha256, edited, index)
        log.info("%s %s saved as version %s", action, primary, saved.version)
        self._notify(Changes(directory=True))
        return saved

    def _check(
        self, content: dict[str, Any], organizations: list[dict[str, Any]], index: RecordIndex
    ) -> None:
        known = index.link_targets
        problems = [p for org in organizations for p in check_organization(content, org, known)]
        problems += _parent_loops(content, organizations)
        if problems:
            raise EditRejected(problems)

    def _write(
        self,
        session: Session,
        before_orgs: list[dict[str, Any]],
        after_orgs: list[dict[str, Any]],
        primary: str,
        action: str,
        reason: str,
        now: datetime,
    ) -> SavedEdit:
        old: dict[str, tuple[RecordKind, dict[str, Any], dict[str, Any]]] = {}
        new: dict[str, tuple[RecordKind, dict[str, Any], dict[str, Any]]] = {}
        for org in before_orgs:
            old.update({i: (k, r, org) for i, (k, r) in _records(org).items()})
        for org in after_orgs:
            new.update({i: (k, r, org) for i, (k, r) in _records(org).items()})
        editor = audit.current_editor(session)
        result: SavedEdit | None = None
        order = {kind: n for n, kind in enumerate(_WRITE_ORDER)}
        created = sorted(set(new) - set(old), key=lambda i: order[new[i][0]])
        # Most records of the organizations a save touches stay as they were.
        kept = [i for i in new if i in old and not same_value(old[i][1], new[i][1])]
        gone = sorted(set(old) - set(new), key=lambda i: -order[old[i][0]])
        for record_id in created:
            kind, record, org = new[record_id]
            retired = record_store.retired_version(session, kind.value, record_id)
            version = 1 if retired is None else retired + 1  # a retired record comes back
            write_record(session, kind.value, org, record, new=retired is None, version=version)
            fields = changed_fields({}, copy.deepcopy(record))
            action = "create" if retired is None else "restore"
            saved = self._audit(
                session, editor, now, action, kind, record, org, version, reason, fields
            )
            result = saved if record_id == primary else result
        for record_id in kept:
            kind, record, org = new[record_id]
            fields = changed_fields(copy.deepcopy(old[record_id][1]), copy.deepcopy(record))
            if not fields:
                continue
            version = (record_store.version_of(session, kind.value, record_id) or 1) + 1
            write_record(session, kind.value, org, record, new=False, version=version)
            saved = self._audit(
                session, editor, now, "edit", kind, record, org, version, reason, fields
            )
            result = saved if record_id == primary else result
        for record_id in gone:
            kind, record, org = old[record_id]
            version = record_store.version_of(session, kind.value, record_id) or 1
            retire_record(session, kind.value, record_id, now, editor, reason)
            fields = [FieldChange("record", copy.deepcopy(record), None)]
            saved = self._audit(
                session, editor, now, "retire", kind, record, org, version, reason, fields
            )
            result = saved if record_id == primary else result
        touched = tuple([*created, *kept, *gone])
        if result is None:  # nothing changed: the record as it was
            kind, record, _org = new.get(primary) or old[primary]
            version = record_store.version_of(session, kind.value, primary) or 1
            return SavedEdit(primary, kind, version, (), ())
        return SavedEdit(result.record_id, result.kind, result.version, result.changes, touched)

    def _audit(
        self,
        session: Session,
        editor: str,
        now: datetime,
        action: str,
        kind: RecordKind,
        record: dict[str, Any],
        org: dict[str, Any],
        version: int,
        reason: str,
        fields: list[FieldChange],
    ) -> SavedEdit:
        audit.add_change(
            session,
            at=now,
            editor=editor,
            action=action,
            record_id=record["id"],
            record_kind=kind.value,
            organization_id=org["id"],
            country=org["country"],
            label=label_of(kind.value, record),
            version=version,
            reason=reason,
            fields=fields,
        )
        return SavedEdit(record["id"], kind, version, tuple(fields))

    def _reindex(
        self, session: Session, before: list[dict[str, Any]], after: list[dict[str, Any]]
    ) -> None:
        org_ids = {o["id"] for o in [*before, *after]}
        service_ids = [s["id"] for o in [*before, *after] for s in o.get("services", [])]
        org_ids |= record_store.organizations_with_contacts_of(session, service_ids)
        connection = session.connection()
        if connection.dialect.name == "sqlite":
            reindex_organizations(connection, org_ids)
        else:
            rebuild_search_index(connection)

    def settle(self) -> bool:
        """Rebuild the search index in full if edits patched it (when an editing session
        ends; ``db check`` does it first too). True if it did."""
        try:
            with self._sessions() as session, session.begin():
                connection = session.connection()
                return connection.dialect.name == "sqlite" and rebuild_if_patched(connection)
        except SQLAlchemyError as error:
            raise db.DatabaseError(f"The search index was not rebuilt: {error}") from error

    # -- the audit trail

    def history(
        self,
        record_id: str | None = None,
        *,
        editor: str | None = None,
        country: str | None = None,
        since: date | None = None,
        until: date | None = None,
        zone: str = "UTC",
    ) -> list[HistoryEntry]:
        """Changes, the newest first: of one record (an organization's include its records'),
        or all of them, by editor, country and period (``until`` included; days as the
        post's clock ``zone`` counts them)."""
        start = day_start_utc(since, zone) if since else None
        end = day_end_utc(until, zone) if until else None
        with self._sessions() as session:
            rows = audit.changes(
                session, record_id=record_id, editor=editor, country=country, since=start, until=end
            )
        return rows

    def retired(self, country: str | None = None) -> list[RetiredRecord]:
        """The records retired here, the most recently retired first."""
        with self._sessions() as session:
            return record_store.retired_records(session, country)

    def editors(self) -> list[str]:
        with self._sessions() as session:
            return audit.editors(session)

    @staticmethod
    def history_csv(entries: list[HistoryEntry]) -> str:
        """Changes as CSV text, one row per field changed (UTF-8 with a BOM when saved)."""
        return history_csv(entries)


def _locate(
    draft: Draft, record_id: str, *, copy_on_write: bool = False
) -> tuple[int, dict[str, Any], RecordKind, dict[str, Any]]:
    """``draft.locate``, raising EditingError when the directory has no such record."""
    found = draft.locate(record_id, copy_on_write=copy_on_write)
    if found is None:
        raise EditingError(f"{record_id}: the directory has no record with this id.")
    return found


def _before(
    content: Mapping[str, Any],
    index: RecordIndex,
    primary: str,
    after: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """The organizations a save replaces, as they were: those it changed, and the one that
    held its record (an organization retired, or the one a retired record leaves)."""
    wanted = {o["id"] for o in after}
    place = index.place(primary)
    if place is not None:
        wanted.add(place.organization_id)
    organizations = content["organizations"]
    positions = (index.position(organizations, org_id) for org_id in wanted)
    return [organizations[n] for n in sorted(p for p in positions if p is not None)]


def _parent_loops(
    content: dict[str, Any], organizations: list[dict[str, Any]]
) -> list[FieldProblem]:
    """An organization that would be its own parent's parent (at any depth)."""
    parent_of = {o["id"]: o.get("parent_id") for o in content["organizations"]}
    names = {o["id"]: label_of("organization", o) for o in content["organizations"]}
    problems = []
    for org in organizations:
        chain, parent = [org["id"]], org.get("parent_id")
        while parent and parent in parent_of and parent not in chain:
            chain.append(parent)
            parent = parent_of[parent]
        if parent == org["id"] and len(chain) > 1:
            shown = " → ".join(names[i] for i in [*chain, org["id"]])
            loop = CheckProblem("", PARENT_LOOP, {"chain": shown})
            problems.append(FieldProblem.of(org["id"], "parent_id", loop))
    return problems


def _points_at(value: Any, ids: set[str]) -> bool:
    """Whether a link field's value (an id, or a list of them) names one of ``ids``."""
    if isinstance(value, list):
        return any(isinstance(v, str) and v in ids for v in value)
    return isinstance(value, str) and value in ids


def _target(old: Any, new: Any) -> str:
    """The id a cleared link pointed at: the old value, or the ids a list lost."""
    if isinstance(old, list):
        lost = [v for v in old if v not in (new or [])]
        return ", ".join(str(v) for v in lost)
    return str(old)


def _links_to(org: Mapping[str, Any], gone: set[str]) -> bool:
    return (
        org.get("parent_id") in gone
        or any(i in gone for s in org.get("services", []) for i in s.get("location_ids", []))
        or any(
            c.get(key) in gone
            for c in org.get("contacts", [])
            for key in ("service_id", "location_id", "counterpart_id")
        )
    )


def _clear_links(org: dict[str, Any], gone: set[str]) -> bool:
    """Clear links to retired records from ``org``'s records; True if any was cleared."""
    cleared = False
    if org.get("parent_id") in gone:
        org["parent_id"] = None
        cleared = True
    for service in org.get("services", []):
        kept = [i for i in service.get("location_ids", []) if i not in gone]
        if kept != service.get("location_ids", []):
            service["location_ids"] = kept
            cleared = True
    for contact in org.get("contacts", []):
        for key in ("service_id", "location_id", "counterpart_id"):
            if contact.get(key) in gone:
                contact[key] = None
                cleared = True
    return cleared
