"""Nested HSDS objects as table rows: what the JSON and the tabular forms have in common.

A nested object becomes a row of its table with the id of the object it sits
in (``organization_id``, ``link_id`` …) filled in, so the JSON import and the
CSV import build the directory from the same rows, and the CSV export writes
the rows of the JSON export.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any

from referral_desk.exchange.hsds.problems import Code, Findings, Place, type_name
from referral_desk.exchange.hsds.tables import COLUMN_NAMES

UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


class Row:
    """One record of one HSDS table, where it was read, and whether the import took it.

    Kept small, since an import holds every row of a file at once: the place is made
    when asked for, not stored, and a CSV row holds only its non-empty cells.
    """

    __slots__ = ("claimed", "file", "item", "line", "pointer", "table", "values")

    def __init__(
        self, table: str, values: dict[str, Any], place: Place, within: str | None = None
    ) -> None:
        """``within``: the pointer of the JSON list the row's object is an item of. The row
        keeps that (all items share it) and the index, not a long pointer of its own."""
        self.table = table
        self.values = values
        self.file = place.file
        self.line = place.row
        self.pointer = place.pointer if within is None else within
        self.item = None if within is None else int(place.pointer.rpartition("/")[2])
        self.claimed = False  # a record of the directory, or said why not

    @property
    def place(self) -> Place:
        pointer = self.pointer if self.item is None else f"{self.pointer}/{self.item}"
        return Place(self.file, self.table, self.line, pointer)

    def __repr__(self) -> str:
        return f"Row({self.table!r}, {self.values!r}, {self.place!r})"


# Arrays of nested objects, per table: key -> table of the nested objects.
CHILDREN: dict[str, dict[str, str]] = {
    "organization": {
        "services": "service",
        "locations": "location",
        "contacts": "contact",
        "phones": "phone",
        "programs": "program",
        "organization_identifiers": "organization_identifier",
        "funding": "funding",
    },
    "service": {
        "phones": "phone",
        "schedules": "schedule",
        "service_areas": "service_area",
        "service_at_locations": "service_at_location",
        "languages": "language",
        "funding": "funding",
        "cost_options": "cost_option",
        "required_documents": "required_document",
        "contacts": "contact",
    },
    "location": {
        "languages": "language",
        "addresses": "address",
        "contacts": "contact",
        "accessibility": "accessibility",
        "phones": "phone",
        "schedules": "schedule",
    },
    "service_at_location": {"contacts": "contact", "phones": "phone", "schedules": "schedule"},
    "contact": {"phones": "phone"},
    "phone": {"languages": "language"},
}
# Single nested objects that another row points to: key -> (table, the pointing column).
REFERENCED: dict[str, dict[str, tuple[str, str]]] = {
    "service": {
        "organization": ("organization", "organization_id"),
        "program": ("program", "program_id"),
    },
    "service_at_location": {"location": ("location", "location_id")},
    "attribute": {"taxonomy_term": ("taxonomy_term", "taxonomy_term_id")},
    "taxonomy_term": {"taxonomy_detail": ("taxonomy", "taxonomy_id")},
}
# Every object may carry attributes and metadata.
COMMON_CHILDREN = {"attributes": "attribute", "metadata": "metadata"}
CHILD_TABLES = {table: {**keys, **COMMON_CHILDREN} for table, keys in CHILDREN.items()}
# Records that belong to an organization even when nested deeper (a service's contacts).
OWNED_BY_ORGANIZATION = {"location", "contact"}
Sink = Callable[[Row], None]
SHARED_LENGTH = 40  # ids, links, terms, types, codes, times: texts many rows repeat


def shared(column: str, value: Any) -> Any:
    """``value``, a short text made one object with its equals: a large file repeats the
    same link, term, type or time in thousands of rows. A row's own id is unique."""
    if type(value) is str and len(value) <= SHARED_LENGTH and column != "id":
        return sys.intern(value)
    return value


COLUMN_SETS = {table: frozenset(names) for table, names in COLUMN_NAMES.items()}


class Flattener:
    """Turns nested HSDS objects into rows passed to ``sink``; odd shapes become findings."""

    def __init__(self, file: str, sink: Sink, findings: Findings | None = None) -> None:
        self.file = file
        self.sink = sink
        self.findings = findings or Findings()

    def flatten(
        self,
        table: str,
        obj: Any,
        pointer: str,
        parent: tuple[str, str] | None = None,
        organization_id: str | None = None,
        within: str | None = None,
    ) -> str | None:
        """Emit ``obj`` and everything nested in it; returns its id (None if unusable).
        ``within``: the pointer of the list ``obj`` is an item of, if it is one."""
        place = Place(self.file, table, pointer=pointer or "/")
        if not isinstance(obj, dict):
            self.findings.error(place, Code.WRONG_TYPE, expected="an object", found=type_name(obj))
            return None
        columns = COLUMN_SETS.get(table)
        if columns is None:
            values = dict(obj)
        else:
            values = {
                key: shared(key, value)
                for key, value in obj.items()
                if key in columns and value is not None  # null reads as missing
            }
        object_id = values.get("id")
        own_id = object_id if isinstance(object_id, str) and UUID.match(object_id) else None
        if parent is not None:
            parent_table, parent_id = parent
            if table == "attribute":
                values.setdefault("link_id", parent_id)
                values.setdefault("link_entity", parent_table)
            elif table == "metadata":
                values.setdefault("resource_id", parent_id)
                values.setdefault("resource_type", parent_table)
            elif columns is not None and f"{parent_table}_id" in columns:
                values.setdefault(f"{parent_table}_id", parent_id)
        if table in OWNED_BY_ORGANIZATION and organization_id is not None:
            values.setdefault("organization_id", organization_id)
        if table == "organization" and own_id:
            organization_id = own_id
        elif table == "service" and isinstance(values.get("organization_id"), str):
            organization_id = values["organization_id"]
        for key, (target, column) in REFERENCED.get(table, {}).items():
            if key in obj and obj[key] is not None:
                target_id = self.flatten(
                    target, obj[key], f"{pointer}/{key}", organization_id=organization_id
                )
                if target_id is not None:
                    values.setdefault(column, target_id)
                    if target == "organization":
                        organization_id = target_id
        self.sink(Row(table, values, place, within))
        if own_id is None:
            return None  # the import names the bad id; what hangs on it would only echo that
        children = CHILD_TABLES.get(table, COMMON_CHILDREN)
        referenced = REFERENCED.get(table, {})
        for key, value in obj.items():
            if key in children:
                self._children(
                    children[key], value, f"{pointer}/{key}", table, own_id, organization_id
                )
            elif (
                columns is not None
                and key not in columns
                and key not in referenced
                and value not in (None, "", [], {})
            ):
                self.findings.note(place.at(key), Code.NOT_HELD)
        return own_id

    def _children(
        self,
        table: str,
        items: Any,
        pointer: str,
        parent_table: str,
        parent_id: str | None,
        organization_id: str | None,
    ) -> None:
        if items is None:
            return
        if not isinstance(items, list):
            self.findings.error(
                Place(self.file, parent_table, pointer=pointer),
                Code.WRONG_TYPE,
                expected="a list",
                found=type_name(items),
            )
            return
        parent = (parent_table, parent_id) if parent_id else None
        for index, item in enumerate(items):
            self.flatten(table, item, f"{pointer}/{index}", parent, organization_id, pointer)
