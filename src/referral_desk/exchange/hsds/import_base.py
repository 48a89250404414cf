"""The shared state of one HSDS import: its rows filed by owner, the ids it took, its helpers."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from referral_desk.exchange.hsds import parts
from referral_desk.exchange.hsds.attributes import READ, AttributeBag, Attributes, Terms
from referral_desk.exchange.hsds.fields import Fields
from referral_desk.exchange.hsds.options import ImportOptions, JsonObject, default_taxonomy
from referral_desk.exchange.hsds.parts import Context
from referral_desk.exchange.hsds.problems import Code, Findings, Place
from referral_desk.exchange.hsds.rows import Row
from referral_desk.exchange.hsds.terms import (
    EXTENSION_FORMAT,
    EXTENSION_KEY,
    EXTENSION_VERSION,
    Field,
)

FEW_SIBLINGS = 8
PHONE_OWNERS = ("organization_id", "service_id", "contact_id")


class BuilderBase:
    """Rows of one file, filed by the record they belong to, and what all steps share."""

    def __init__(
        self,
        file: str,
        rows: dict[str, list[Row]],
        block: Any,
        options: ImportOptions,
        findings: Findings,
    ) -> None:
        self.file = file
        self.rows = rows
        self.options = options
        self.findings = findings
        self.ours = False
        self.confidential = False
        self.taxonomy: list[JsonObject] = list(options.taxonomy or default_taxonomy())
        self.info = options.directory or self._default_info()
        self._read_block(block)
        findings.raise_errors()  # a block we cannot read: say that alone
        term_ids = {t["id"]: (t["taxonomy"], t["code"]) for t in self.taxonomy}
        terms = Terms(rows.get("taxonomy_term", []), term_ids, findings)
        attributes = Attributes(rows.pop("attribute", []), terms, findings)  # held there
        sample = bool(self.info.get("sample")) if self.ours else False
        self.ctx = Context(file, findings, attributes, self.ours, sample, options.today)
        self.by: dict[str, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
        self._filed: dict[tuple[str, str], dict[str, Row]] = {}  # many siblings, by id
        for table, column in (
            ("phone", "organization_id"),
            ("phone", "service_id"),
            ("phone", "contact_id"),
            ("schedule", "service_id"),
            ("schedule", "location_id"),
            ("address", "location_id"),
            ("service_area", "service_id"),
            ("service_at_location", "service_id"),
            ("language", "service_id"),
            ("metadata", "resource_id"),
        ):
            for row in rows.get(table, []):
                value = row.values.get(column)
                if isinstance(value, str) and value:
                    self._index(f"{table}.{column}", value.lower(), row)
        self.ctx.metadata = self.by["metadata.resource_id"]
        self.used_ids: dict[str, Row] = {}  # the row that took each id

    def _index(self, key: str, owner: str, row: Row) -> None:
        """File the row under its owner, once: JSON repeats a row wherever its owner is.
        (A CSV table cannot: it refuses a second row with an id it has.)"""
        siblings = self.by[key][owner]
        row_id = row.values.get("id")
        if row.line is None and isinstance(row_id, str):
            sibling = self._sibling(key, owner, siblings, row_id)
            if sibling is not None:
                if sibling.values != row.values:
                    self.findings.error(
                        row.place.at("id"),
                        Code.DUPLICATE_ID,
                        value=str(row_id),
                        other=sibling.place,
                    )
                row.claimed = True
                return
            filed = self._filed.get((key, owner))
            if filed is not None:
                filed[row_id] = row
        siblings.append(row)

    def _sibling(self, key: str, owner: str, siblings: list[Row], row_id: str) -> Row | None:
        """The first row filed under the owner with this id: looked for in the few rows an
        owner has, or in a table of them made once an owner has many."""
        if len(siblings) <= FEW_SIBLINGS:
            return next((s for s in siblings if s.values.get("id") == row_id), None)
        filed = self._filed.get((key, owner))
        if filed is None:
            filed = {}
            for sibling in siblings:
                sibling_id = sibling.values.get("id")
                if isinstance(sibling_id, str):
                    filed.setdefault(sibling_id, sibling)
            self._filed[key, owner] = filed
        return filed.get(row_id)

    def _release(self, *tables: str) -> None:
        """Let the cells of every row of ``tables`` go: the records they make are built.
        The rows stay, small, for the report of what no record took."""
        for table in tables:
            for row in self.rows.get(table, []):
                row.values = READ
            for key in [key for key in self.by if key.startswith(f"{table}.")]:
                del self.by[key]

    def _default_info(self) -> JsonObject:
        today = self.options.today.isoformat()
        return {
            "name": {"en": f"Imported from {self.file}"},
            "version": f"hsds-{today}",
            "published": today,
            "publisher": "HSDS import",
            "sample": False,
            "notice": {"en": f"Imported from the Open Referral HSDS file {self.file}."},
        }

    def _read_block(self, block: Any) -> None:
        if block is None:
            return
        place = Place(self.file, field=EXTENSION_KEY)
        if not isinstance(block, dict) or block.get("format") != EXTENSION_FORMAT:
            self.findings.note(place, Code.NOT_HELD)
            return
        if block.get("format_version") != EXTENSION_VERSION:
            self.findings.error(
                place,
                Code.UNKNOWN_FORMAT_VERSION,
                found=str(block.get("format_version")),
                expected=str(EXTENSION_VERSION),
            )
            return
        directory, taxonomy = block.get("directory"), block.get("taxonomy")
        if not isinstance(directory, dict) or not isinstance(taxonomy, list):
            found = "an object" if isinstance(taxonomy, list) else "a list"
            self.findings.error(place, Code.WRONG_TYPE, expected="an object", found=found)
            return
        if not all(
            isinstance(t, dict) and {"id", "taxonomy", "code"} <= t.keys() for t in taxonomy
        ):
            self.findings.error(
                place.at("taxonomy"), Code.WRONG_TYPE, expected="a list", found="an object"
            )
            return
        self.ours = True
        self.info = directory
        self.taxonomy = taxonomy
        self.confidential = block.get("confidential_addresses") == "included"

    # ---------------------------------------------------------------- helpers

    def _claim_id(self, fields: Fields, kind: str) -> str | None:
        record_id = fields.id(required=True)
        if record_id is None:
            return None
        if record_id in self.used_ids:
            other = self.used_ids[record_id].place
            fields.error("id", Code.DUPLICATE_ID, other, value=record_id)
            return None
        self.used_ids[record_id] = fields.row
        return record_id

    def _merged(self, table: str) -> list[Row]:
        """Rows of a table, one per id: JSON repeats a record wherever it is nested."""
        merged: dict[str, Row] = {}
        out = []
        for row in self.rows.get(table, []):
            key = str(row.values.get("id") or "").lower()
            first = merged.get(key)
            if first is None or not key:
                merged[key] = row
                out.append(row)
                continue
            if row.place.row is not None:
                out.append(row)  # a CSV row twice: the id check will say so
                continue
            for column, value in row.values.items():
                if first.values.get(column) in (None, ""):
                    first.values[column] = value
                elif value not in (None, "") and value != first.values[column]:
                    self.findings.error(
                        row.place.at(column),
                        Code.DUPLICATE_ID,
                        value=key,
                        other=first.place,
                    )
            row.claimed = True
        return out

    def _codes(
        self, bag: AttributeBag, field: Field, valid: Callable[[str], object], reason: str
    ) -> list[str]:
        """The distinct values of a many-valued field, each checked."""
        out: list[str] = []
        for value, attribute in bag.values(field):
            if not valid(value):
                attribute.error("value", Code.BAD_VALUE, value=value, reason=reason)
            elif value not in out:
                out.append(value)
        return out

    # ---------------------------------------------------------------- records

    def _phones(self, owner_id: str, column: str, country: str) -> list[JsonObject]:
        out: list[JsonObject] = []
        for row in self.by[f"phone.{column}"].get(owner_id, []):
            out.append(parts.phone(self.ctx, row, owner_id, len(out), country))
            if sum(1 for key in PHONE_OWNERS if row.values.get(key)) == 1:
                row.values = READ  # the phone of one owner only, now built: its cells can go
        return out
