"""Where each record of the directory file in force is, kept up to date save by save.

A save finds its record, checks links against the ids the directory holds, and
writes the organizations it touched; with this index none of it reads the whole
directory. The index is made once when the file is read (``of``) and follows each
save by the organizations it changed (``replace``).
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from referral_desk.domain.editing import CHILDREN, RecordKind

__all__ = ["Draft", "Place", "RecordIndex"]

# What a parent or a counterpart in another organization may name.
_LINK_TARGET_KINDS = frozenset({RecordKind.ORGANIZATION, RecordKind.CONTACT})


class Place(NamedTuple):
    organization_id: str
    kind: RecordKind


def _places(org: Mapping[str, Any]) -> Iterator[tuple[str, Place]]:
    yield org["id"], Place(org["id"], RecordKind.ORGANIZATION)
    for group, kind in CHILDREN.items():
        for child in org.get(group, []):
            yield child["id"], Place(org["id"], kind)


class _LinkTargets(Collection[str]):
    """The ids of organizations and contacts, read from the index."""

    def __init__(self, places: Mapping[str, Place]) -> None:
        self._places = places

    def __contains__(self, record_id: object) -> bool:
        place = self._places.get(record_id) if isinstance(record_id, str) else None
        return place is not None and place.kind in _LINK_TARGET_KINDS

    def __iter__(self) -> Iterator[str]:
        return (i for i, place in self._places.items() if place.kind in _LINK_TARGET_KINDS)

    def __len__(self) -> int:
        return sum(1 for _ in self)


class RecordIndex:
    """Every record's organization and kind by id, and each organization's position in
    the file's list of organizations."""

    def __init__(self, places: dict[str, Place], organizations: Sequence[Mapping[str, Any]]):
        self._places = places
        self._positions = {org["id"]: n for n, org in enumerate(organizations)}

    @classmethod
    def of(cls, organizations: Sequence[Mapping[str, Any]]) -> RecordIndex:
        return cls(dict(p for org in organizations for p in _places(org)), organizations)

    def replace(
        self,
        before: Sequence[Mapping[str, Any]],
        after: Sequence[Mapping[str, Any]],
        organizations: Sequence[Mapping[str, Any]],
    ) -> None:
        """Follow a save that replaced the organizations ``before`` by those ``after`` (one
        only in ``before`` was retired, one only in ``after`` added); ``organizations`` is
        the file's new list. ``replace(after, before, old list)`` undoes it."""
        for org in before:
            for record_id, _place in _places(org):
                self._places.pop(record_id, None)
        for org in after:
            self._places.update(_places(org))
        self._positions = {org["id"]: n for n, org in enumerate(organizations)}

    def __contains__(self, record_id: str) -> bool:
        return record_id in self._places

    def __len__(self) -> int:
        return len(self._places)

    def place(self, record_id: str) -> Place | None:
        return self._places.get(record_id)

    @property
    def link_targets(self) -> Collection[str]:
        """The ids a parent or a counterpart may name: organizations' and contacts'."""
        return _LinkTargets(self._places)

    def position(self, organizations: Sequence[Mapping[str, Any]], org_id: str) -> int | None:
        """Where the organization is in ``organizations`` (the list indexed, or a copy of it
        with organizations added at its end or taken out), None if it is not there."""
        known = self._positions.get(org_id, len(organizations))
        if known < len(organizations) and organizations[known]["id"] == org_id:
            return known
        return next((n for n, o in enumerate(organizations) if o["id"] == org_id), None)


class Draft:
    """The directory file as one save changes it: a new list of organizations, each copied
    before it is changed, so the file in force stays as it was until the save commits.

    Records are found through the index of the file before the save; one the save itself
    added is looked for in the organizations it added or changed only.
    """

    def __init__(self, content: Mapping[str, Any], index: RecordIndex) -> None:
        self.content: dict[str, Any] = {**content, "organizations": list(content["organizations"])}
        self.index = index
        self._as_read = {id(org) for org in content["organizations"]}

    @property
    def organizations(self) -> list[dict[str, Any]]:
        organizations: list[dict[str, Any]] = self.content["organizations"]
        return organizations

    def holds(self, record_id: str) -> bool:
        """Whether the directory, as the save has changed it so far, has this record."""
        return self.locate(record_id) is not None

    def locate(
        self, record_id: str, *, copy_on_write: bool = False
    ) -> tuple[int, dict[str, Any], RecordKind, dict[str, Any]] | None:
        """The organization holding a record (its position and itself), the record's kind
        and the record; None if there is no such record. With ``copy_on_write`` the
        organization is first replaced in the draft by a copy the caller may change."""
        found = self._found(record_id)
        if found is None:
            return None
        position, kind = found
        org = self.organizations[position]
        if copy_on_write:
            org = copy.deepcopy(org)
            self.organizations[position] = org
        if kind is RecordKind.ORGANIZATION:
            return position, org, kind, org
        group = next(g for g, k in CHILDREN.items() if k is kind)
        record = next(c for c in org.get(group, []) if c["id"] == record_id)
        return position, org, kind, record

    def _found(self, record_id: str) -> tuple[int, RecordKind] | None:
        """Where a record is now: its organization's position and its kind."""
        place = self.index.place(record_id)
        if place is not None:
            position = self.index.position(self.organizations, place.organization_id)
            if position is not None and _holds(self.organizations[position], record_id):
                return position, place.kind
        for position, org in enumerate(self.organizations):
            if id(org) not in self._as_read:  # added or copied by this save
                for found_id, found in _places(org):
                    if found_id == record_id:
                        return position, found.kind
        return None


def _holds(org: Mapping[str, Any], record_id: str) -> bool:
    return org["id"] == record_id or any(
        c["id"] == record_id for group in CHILDREN for c in org.get(group, [])
    )
