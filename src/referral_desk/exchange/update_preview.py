"""What a directory update changes: the merged directory and a preview of the difference.

Both work on directory-file content (data/FORMAT.md), so they need neither
the database nor Qt: ``merge_update`` puts a publisher's part in place of the
records of its countries, ``merge_by_id`` only adds a file's organizations or
replaces those with the same id and keeps every other; ``compare_directories``
lists the bodies added, retired and changed, and shows old → new for phones,
opening hours and addresses.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

PARTS = (("location", "locations"), ("service", "services"), ("contact", "contacts"))
CHILD_KEYS = frozenset(key for _kind, key in PARTS)


class Field(StrEnum):
    """The details a caseworker must see old → new before applying an update."""

    PHONES = "phones"
    HOURS = "hours"
    ADDRESS = "address"


@dataclass(frozen=True)
class Body:
    """An organization, location, service or contact as the preview names it."""

    id: str
    kind: str
    country: str
    name: Mapping[str, str]
    organization: Mapping[str, str]  # the organization's name (its own for an organization)

    def label(self, lang: str = "en") -> str:
        own = _pick(self.name, lang)
        org = _pick(self.organization, lang)
        return own if self.kind == "organization" or own == org else f"{own} ({org})"


@dataclass(frozen=True)
class FieldChange:
    """One detail of one body, before and after the update, one line per phone or schedule."""

    body: Body
    field: Field
    old: tuple[str, ...]
    new: tuple[str, ...]


@dataclass(frozen=True)
class Comparison:
    """The difference between two directories: what the preview shows."""

    before: Mapping[str, int]  # records per kind before, in the countries compared
    after: Mapping[str, int]
    added: tuple[Body, ...]
    retired: tuple[Body, ...]
    changed: tuple[Body, ...]
    field_changes: tuple[FieldChange, ...]

    @property
    def unchanged(self) -> bool:
        return not (self.added or self.retired or self.changed)


def _pick(text: Mapping[str, str] | None, lang: str) -> str:
    if not text:
        return ""
    return text.get(lang) or text.get("en") or next(iter(text.values()), "")


def _name(record: Mapping[str, Any], fallback: Mapping[str, str]) -> Mapping[str, str]:
    for key in ("name", "title"):
        value = record.get(key)
        if isinstance(value, Mapping) and value:
            return {str(k): str(v) for k, v in value.items()}
    if isinstance(record.get("name"), str) and record["name"]:
        return {"en": record["name"]}
    return fallback


def _records(
    directory: Mapping[str, Any], countries: frozenset[str] | None
) -> Iterator[tuple[Body, Mapping[str, Any]]]:
    for org in directory.get("organizations", []):
        if countries is not None and org["country"] not in countries:
            continue
        org_name = _name(org, {"en": org["id"]})
        country = org["country"]
        own = {k: v for k, v in org.items() if k not in CHILD_KEYS}
        yield Body(org["id"], "organization", country, org_name, org_name), own
        for kind, key in PARTS:
            for record in org.get(key, []):
                body = Body(record["id"], kind, country, _name(record, org_name), org_name)
                yield body, record


def count_records(
    directory: Mapping[str, Any], countries: frozenset[str] | None = None
) -> dict[str, int]:
    """How many organizations, locations, services and contacts (of ``countries``, or all)."""
    counts = {"organization": 0, "location": 0, "service": 0, "contact": 0}
    for body, _record in _records(directory, countries):
        counts[body.kind] += 1
    return counts


def phone_lines(record: Mapping[str, Any]) -> tuple[str, ...]:
    lines = []
    for phone in record.get("phones") or []:
        text = str(phone.get("number", ""))
        if phone.get("extension"):
            text += f" ext. {phone['extension']}"
        kind = phone.get("type", "voice")
        lines.append(text if kind == "voice" else f"{text} ({kind})")
    return tuple(lines)


def hours_lines(record: Mapping[str, Any]) -> tuple[str, ...]:
    lines = []
    for row in record.get("schedules") or []:
        text = f"{row.get('byday', '')} {row.get('opens_at', '')}–{row.get('closes_at', '')}"
        if row.get("valid_from") or row.get("valid_to"):
            text += f" ({row.get('valid_from') or '…'} – {row.get('valid_to') or '…'})"
        lines.append(text)
    if record.get("around_the_clock"):
        lines.append("24/7")
    return tuple(lines)


def address_lines(record: Mapping[str, Any]) -> tuple[str, ...]:
    address = record.get("address")
    if not address:
        return ()
    place = " ".join(p for p in (address.get("postal_code"), address.get("city")) if p)
    parts = (address.get("address_1"), address.get("address_2"), place, address.get("country"))
    return (", ".join(str(p) for p in parts if p),)


_FIELDS = ((Field.PHONES, phone_lines), (Field.HOURS, hours_lines), (Field.ADDRESS, address_lines))


def compare_directories(
    old: Mapping[str, Any], new: Mapping[str, Any], countries: tuple[str, ...] | None = None
) -> Comparison:
    """What changes from ``old`` to ``new`` in ``countries`` (all countries when None)."""
    scope = frozenset(countries) if countries is not None else None
    old_by_id = {body.id: (body, record) for body, record in _records(old, scope)}
    new_by_id = {body.id: (body, record) for body, record in _records(new, scope)}
    added = tuple(body for body_id, (body, _r) in new_by_id.items() if body_id not in old_by_id)
    retired = tuple(body for body_id, (body, _r) in old_by_id.items() if body_id not in new_by_id)
    changed: list[Body] = []
    field_changes: list[FieldChange] = []
    for body_id, (body, record) in new_by_id.items():
        if body_id not in old_by_id:
            continue
        old_body, old_record = old_by_id[body_id]
        if old_record == record and old_body == body:
            continue
        changed.append(body)
        for field, lines in _FIELDS:
            was, now = lines(old_record), lines(record)
            if was != now:
                field_changes.append(FieldChange(body, field, was, now))
    return Comparison(
        before=count_records(old, scope),
        after=count_records(new, scope),
        added=added,
        retired=retired,
        changed=tuple(changed),
        field_changes=tuple(field_changes),
    )


def merge_update(
    current: Mapping[str, Any], payload: Mapping[str, Any], countries: tuple[str, ...]
) -> dict[str, Any]:
    """The post's directory with the records of ``countries`` replaced by the payload's.

    The other countries' organizations stay as they are, in their order, then
    the payload's follow. Taxonomy terms are the union (the payload's wording
    wins), and the directory's description is the payload's.
    """
    scope = set(countries)
    merged = copy.deepcopy(dict(payload))
    kept = [org for org in current.get("organizations", []) if org["country"] not in scope]
    merged["organizations"] = copy.deepcopy(kept) + merged["organizations"]
    merged["taxonomy"] = _taxonomy(current, merged)
    return merged


def _taxonomy(current: Mapping[str, Any], payload: Mapping[str, Any]) -> list[Any]:
    """The union of both directories' taxonomy terms, the payload's wording winning."""
    terms = {term["id"]: term for term in current.get("taxonomy", [])}
    terms.update({term["id"]: term for term in payload.get("taxonomy", [])})
    return copy.deepcopy(list(terms.values()))


def merge_by_id(current: Mapping[str, Any], payload: Mapping[str, Any]) -> dict[str, Any]:
    """The directory with the payload's organizations added or, by id, replaced; all else kept.

    An organization whose id is in the payload gives way to the payload's version in
    its place; the payload's new ones follow at the end, in their order; every other
    organization stays as it is. As in ``merge_update``, taxonomy terms are the union
    (the payload's wording wins) and the directory's description is the payload's.
    """
    merged = copy.deepcopy({k: v for k, v in payload.items() if k != "organizations"})
    merged["taxonomy"] = _taxonomy(current, payload)
    incoming = {org["id"]: copy.deepcopy(org) for org in payload.get("organizations", [])}
    organizations = [
        incoming.pop(org["id"]) if org["id"] in incoming else copy.deepcopy(org)
        for org in current.get("organizations", [])
    ]
    merged["organizations"] = organizations + list(incoming.values())
    return merged


def part_for(directory: Mapping[str, Any], countries: tuple[str, ...]) -> dict[str, Any]:
    """The publisher's part of a directory: the organizations of ``countries``, everything else."""
    scope = set(countries)
    part = copy.deepcopy(dict(directory))
    part["organizations"] = [o for o in part.get("organizations", []) if o["country"] in scope]
    return part
