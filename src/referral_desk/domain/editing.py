"""What an editor may change in each kind of record, and how a change is told field by field.

Records are edited in the shape of the directory file (data/FORMAT.md): an
organization, location, service or contact is a mapping of file keys to JSON
values, its phones, opening hours, languages, areas and translations included.
The records under an organization (its locations, services and contacts) are
records of their own, edited one at a time.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class RecordKind(StrEnum):
    ORGANIZATION = "organization"
    LOCATION = "location"
    SERVICE = "service"
    CONTACT = "contact"


class FieldType(StrEnum):
    TEXTS = "texts"  # a text in each language: {"en": ..., "bg": ...}
    STRING = "string"
    BOOL = "bool"
    INTEGER = "integer"
    NUMBER = "number"
    CODES = "codes"  # a list of codes or names
    ITEMS = "items"  # a list of mappings: phones, opening hours, service areas
    MAPPING = "mapping"  # an address, an organization's own name


class CodeList(StrEnum):
    """A controlled list a field's values come from: the form offers a picker, not free text."""

    CATEGORY = "category"
    ROLE = "role"
    POPULATION = "population"
    REFERRAL_METHOD = "referral_method"
    GENDER = "gender"
    NATIONALITY_STATUS = "nationality_status"
    PHONE_TYPE = "phone_type"
    REPEAT = "repeat"
    WEEKDAYS = "weekdays"  # several days, written "MO,TU"
    LANGUAGE = "language"
    COUNTRY = "country"
    REGION = "region"  # a region of the row's country
    TIME_ZONE = "time_zone"


# The list each controlled field or table column draws from, by its key in the file.
CODE_LISTS: dict[str, CodeList] = {
    "categories": CodeList.CATEGORY,
    "roles": CodeList.ROLE,
    "populations": CodeList.POPULATION,
    "referral_methods": CodeList.REFERRAL_METHOD,
    "genders": CodeList.GENDER,
    "nationality_status": CodeList.NATIONALITY_STATUS,
    "languages": CodeList.LANGUAGE,
    "serves_nationals_of": CodeList.COUNTRY,
    "counterpart_country": CodeList.COUNTRY,
    "timezone": CodeList.TIME_ZONE,
    "type": CodeList.PHONE_TYPE,
    "short_code_country": CodeList.COUNTRY,
    "freq": CodeList.REPEAT,
    "byday": CodeList.WEEKDAYS,
    "country": CodeList.COUNTRY,
    "region": CodeList.REGION,
    "lang": CodeList.LANGUAGE,
}
# The fields that point at other records by id (a list of ids for ``location_ids``).
LINK_FIELDS = ("parent_id", "location_ids", "service_id", "location_id", "counterpart_id")
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # iCalendar BYDAY, Monday first


@dataclass(frozen=True)
class FieldSpec:
    key: str
    type: FieldType
    columns: tuple[str, ...] = ()  # the keys of each item of an ITEMS field, or of a MAPPING


_PHONE = ("number", "type", "extension", "short_code_country", "placeholder", "description")
_HOURS = ("freq", "byday", "opens_at", "closes_at", "valid_from", "valid_to", "description")
_AREA = ("country", "region")
_ADDRESS = ("address_1", "address_2", "city", "region", "postal_code", "country")

T = FieldType
FIELDS: dict[RecordKind, tuple[FieldSpec, ...]] = {
    RecordKind.ORGANIZATION: (
        FieldSpec("name", T.TEXTS),
        FieldSpec("description", T.TEXTS),
        FieldSpec("own_name", T.MAPPING, ("lang", "text")),
        FieldSpec("alternate_names", T.CODES),
        FieldSpec("parent_id", T.STRING),
        FieldSpec("website", T.STRING),
        FieldSpec("email", T.STRING),
        FieldSpec("phones", T.ITEMS, _PHONE),
    ),
    RecordKind.LOCATION: (
        FieldSpec("name", T.TEXTS),
        FieldSpec("timezone", T.STRING),
        FieldSpec("confidential", T.BOOL),
        FieldSpec("address", T.MAPPING, _ADDRESS),
        FieldSpec("latitude", T.NUMBER),
        FieldSpec("longitude", T.NUMBER),
        FieldSpec("schedules", T.ITEMS, _HOURS),
    ),
    RecordKind.SERVICE: (
        FieldSpec("name", T.TEXTS),
        FieldSpec("description", T.TEXTS),
        FieldSpec("eligibility", T.TEXTS),
        FieldSpec("referral_notes", T.TEXTS),
        FieldSpec("categories", T.CODES),
        FieldSpec("roles", T.CODES),
        FieldSpec("populations", T.CODES),
        FieldSpec("referral_methods", T.CODES),
        FieldSpec("languages", T.CODES),
        FieldSpec("minimum_age", T.INTEGER),
        FieldSpec("maximum_age", T.INTEGER),
        FieldSpec("genders", T.CODES),
        FieldSpec("nationality_status", T.CODES),
        FieldSpec("serves_nationals_of", T.CODES),
        FieldSpec("service_areas", T.ITEMS, _AREA),
        FieldSpec("location_ids", T.CODES),
        FieldSpec("around_the_clock", T.BOOL),
        FieldSpec("email", T.STRING),
        FieldSpec("url", T.STRING),
        FieldSpec("phones", T.ITEMS, _PHONE),
        FieldSpec("schedules", T.ITEMS, _HOURS),
    ),
    RecordKind.CONTACT: (
        FieldSpec("name", T.STRING),
        FieldSpec("title", T.TEXTS),
        FieldSpec("department", T.STRING),
        FieldSpec("service_id", T.STRING),
        FieldSpec("location_id", T.STRING),
        FieldSpec("liaison", T.BOOL),
        FieldSpec("counterpart_country", T.STRING),
        FieldSpec("counterpart_id", T.STRING),
        FieldSpec("languages", T.CODES),
        FieldSpec("around_the_clock", T.BOOL),
        FieldSpec("email", T.STRING),
        FieldSpec("phones", T.ITEMS, _PHONE),
        FieldSpec("schedules", T.ITEMS, _HOURS),
    ),
}

CHILDREN = {
    "locations": RecordKind.LOCATION,
    "services": RecordKind.SERVICE,
    "contacts": RecordKind.CONTACT,
}


def field_spec(kind: RecordKind, key: str) -> FieldSpec | None:
    return next((spec for spec in FIELDS[kind] if spec.key == key), None)


def editable_fields(kind: RecordKind) -> tuple[str, ...]:
    return tuple(spec.key for spec in FIELDS[kind])


def own_fields(record: Mapping[str, Any]) -> dict[str, Any]:
    """A record without the records under it (an organization's locations, services, contacts)."""
    return {k: copy.deepcopy(v) for k, v in record.items() if k not in CHILDREN}


def template(
    kind: RecordKind, record_id: str, country: str, verified_by: str, today: str
) -> dict[str, Any]:
    """A new record of ``kind``: every key the file needs, empty; the caller fills the rest."""
    verified = {"at": today, "by": verified_by, "source": "editor"}
    if kind is RecordKind.ORGANIZATION:
        return {
            "id": record_id, "name": {"en": ""}, "own_name": {"lang": "en", "text": ""},
            "alternate_names": [], "description": {"en": ""}, "country": country, "parent_id": None,
            "website": None, "email": None, "phones": [], "verified": verified,
            "locations": [], "services": [], "contacts": [],
        }  # fmt: skip
    if kind is RecordKind.LOCATION:
        return {
            "id": record_id, "name": {"en": ""}, "timezone": "", "confidential": False,
            "address": {"address_1": "", "city": "", "country": country},
            "latitude": None, "longitude": None, "schedules": [],
        }  # fmt: skip
    if kind is RecordKind.SERVICE:
        return {
            "id": record_id, "name": {"en": ""}, "description": {"en": ""}, "categories": [],
            "roles": [], "populations": [], "eligibility": None, "referral_methods": [],
            "referral_notes": None, "serves_nationals_of": [], "minimum_age": None,
            "maximum_age": None, "genders": [], "nationality_status": [], "languages": [],
            "service_areas": [], "location_ids": [], "phones": [], "email": None, "url": None,
            "around_the_clock": False, "schedules": [], "verified": verified,
        }  # fmt: skip
    return {
        "id": record_id, "name": None, "title": {"en": ""}, "department": None, "service_id": None,
        "location_id": None, "liaison": False, "counterpart_country": None,
        "counterpart_id": None, "languages": [], "around_the_clock": False, "phones": [],
        "email": None, "schedules": [], "verified": verified,
    }  # fmt: skip


@dataclass(frozen=True)
class FieldChange:
    """One field's value before and after (JSON values; None where there was none)."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryEntry:
    """One change in the audit trail: who, when, which record, why, each field (``at`` in UTC)."""

    id: int
    at: datetime
    editor: str
    action: str  # create, edit, retire, restore
    record_id: str
    record_kind: str
    organization_id: str
    country: str
    label: str
    version: int
    reason: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class RecordName:
    """A record another one may link to, as a picker shows it: its names by language
    (``own`` its own name where it has one), country and organization."""

    kind: RecordKind
    id: str
    organization_id: str
    country: str
    names: dict[str, str]
    own: str | None = None

    def name(self, lang: str) -> str:
        """The name in ``lang``, else its own, else English, else any; else the id."""
        for text in (self.names.get(lang), self.own, self.names.get("en")):
            if text:
                return text
        return next((t for t in self.names.values() if t), self.id)


def record_name(
    kind: RecordKind, record: Mapping[str, Any], organization_id: str, country: str
) -> RecordName:
    """How a record is named for people: its names (a contact's name, or its title by
    language; a location without a name by its city)."""
    names: dict[str, str] = {}
    own = None
    value = record.get("name")
    if isinstance(value, dict):
        names = {str(k): str(v) for k, v in value.items() if v}
    elif isinstance(value, str) and value:
        own = value
    if kind is RecordKind.ORGANIZATION:
        own = (record.get("own_name") or {}).get("text") or None
    if not names and own is None:
        title = record.get("title")
        if isinstance(title, dict):
            names = {str(k): str(v) for k, v in title.items() if v}
        address = record.get("address") or {}
        if not names and address.get("city"):
            own = str(address["city"])
    return RecordName(kind, str(record["id"]), organization_id, country, names, own)


@dataclass(frozen=True)
class RetiredRecord:
    """A record taken out of the directory, kept with when, by whom and why (``at`` in UTC)."""

    kind: RecordKind
    id: str
    organization_id: str
    country: str
    label: str
    at: datetime
    by: str
    reason: str


def changed_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[FieldChange]:
    """The fields whose values differ, in the order of ``after`` then of ``before``."""
    keys = [k for k in after if k not in CHILDREN] + [
        k for k in before if k not in after and k not in CHILDREN
    ]
    return [
        FieldChange(key, before.get(key), after.get(key))
        for key in keys
        if _canonical(before.get(key)) != _canonical(after.get(key))
    ]


def same_value(one: Any, other: Any) -> bool:
    """Whether two field values are the same once written (key order aside)."""
    return _canonical(one) == _canonical(other)


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def shown_value(value: Any) -> str:
    """A field's value as one line of text (for history, conflicts and CSV)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


ADDRESS_PARTS = frozenset({"address_1", "city", "postal_code"})  # one is enough to tell
ADDRESS_KEYS = frozenset(_ADDRESS)


def readable_value(value: Any) -> str:
    """A field's value for people: texts per language, an address, phone numbers, hours;
    else as JSON."""
    if (
        isinstance(value, dict)
        and value
        and all(isinstance(k, str) and len(k) == 2 and isinstance(v, str) for k, v in value.items())
    ):
        return " · ".join(f"{lang}: {text}" for lang, text in value.items())
    if isinstance(value, dict) and ADDRESS_PARTS & value.keys() and value.keys() <= ADDRESS_KEYS:
        place = " ".join(str(value[k]) for k in ("postal_code", "city") if value.get(k))
        parts = (value.get("address_1"), value.get("address_2"), place, value.get("region"))
        return ", ".join(str(p) for p in (*parts, value.get("country")) if p)
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        if all("number" in v for v in value):
            return ", ".join(str(v["number"]) for v in value)
        if all("byday" in v for v in value):
            return "; ".join(
                f"{v['byday']} {v.get('opens_at')}–{v.get('closes_at')}" for v in value
            )
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    return shown_value(value)


def parse_assignment(
    kind: RecordKind, record: Mapping[str, Any], assignment: str
) -> tuple[str, Any]:
    """``field=value`` (or ``field.lang=value`` for a translation) as the field's new value.

    The value is read as JSON when it is JSON (``true``, ``12``, ``["a","b"]``,
    ``null``), otherwise as text; a list of codes may also be written ``a, b``.
    Raises ValueError naming what is wrong.
    """
    name, sep, raw = assignment.partition("=")
    if not sep or not name.strip():
        raise ValueError(f"{assignment!r}: write field=value")
    key, _, sub = name.strip().partition(".")
    spec = field_spec(kind, key)
    if spec is None:
        known = ", ".join(editable_fields(kind))
        raise ValueError(f"{key}: a {kind.value} has no such field (fields: {known})")
    try:
        value: Any = json.loads(raw)
    except ValueError:
        value = raw
    if sub:
        if spec.type not in (FieldType.TEXTS, FieldType.MAPPING):
            raise ValueError(f"{name}: only translations and addresses have parts")
        whole = dict(record.get(key) or {})
        if value in ("", None):
            whole.pop(sub, None)
        else:
            whole[sub] = (
                raw if not isinstance(value, str) and spec.type is FieldType.TEXTS else value
            )
        return key, whole or None
    if spec.type is FieldType.CODES and isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    if spec.type is FieldType.STRING and value == "":
        value = None
    return key, value
