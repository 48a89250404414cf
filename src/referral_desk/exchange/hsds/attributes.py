"""HSDS attributes on the way in: our taxonomy terms and field values, each taken once.

An attribute's term is one of ours (a category, role or population of the
directory, or a field term of ``terms.py``) or someone else's. The import
takes the ones it understands record by record; whatever stays untaken is
reported, so a foreign taxonomy term is never lost without a word.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from referral_desk.exchange.hsds.fields import Fields
from referral_desk.exchange.hsds.problems import Code, Findings, Place
from referral_desk.exchange.hsds.rows import Row
from referral_desk.exchange.hsds.terms import (
    FIELD_BY_TERM_ID,
    Field,
    Taxonomy,
    taxonomy_id,
)

OUR_TAXONOMY_IDS = {taxonomy_id(t): t for t in Taxonomy}
READ: dict[str, Any] = {}  # never written to


@dataclass(frozen=True, slots=True)
class TermInfo:
    """What a taxonomy term means to us: (taxonomy, code), or a field, or nothing."""

    taxonomy: str | None = None  # category, role, population
    code: str | None = None
    field: Field | None = None


UNKNOWN = TermInfo()


class Attribute(Row):
    """An attribute row as an import holds it, made as the row is read: what it says and
    where it was, not its cells (a file has several attributes for every record)."""

    __slots__ = ("findings", "link_id", "link_type", "term", "term_id", "value")

    def __init__(self, row: Row, findings: Findings, link_id: str, term_id: str) -> None:
        super().__init__(row.table, READ, Place(row.file, row=row.line))
        self.pointer, self.item = row.pointer, row.item
        fields = Fields(row, findings)
        self.findings = findings
        self.link_id = link_id
        self.term_id = term_id
        self.term = UNKNOWN
        self.value = fields.text("value")
        self.link_type = fields.text("link_type")

    @classmethod
    def read(cls, row: Row, findings: Findings) -> Attribute | None:
        """The attribute of a row, its ids checked; None (and an error) if it links nothing."""
        fields = Fields(row, findings)
        fields.id(required=True)
        link_id = fields.id("link_id", required=True)
        term_id = fields.id("taxonomy_term_id", required=True)
        if link_id is None or term_id is None:
            return None
        return cls(row, findings, sys.intern(link_id), sys.intern(term_id))

    @property
    def fields(self) -> Fields:
        """The row's fields, to name it in a finding (made when needed: there are many)."""
        return Fields(self, self.findings)

    def says(self, values: dict[str, Any]) -> bool:
        """Whether a row's cells say what this attribute says: a JSON document repeats an
        object, with its attributes, wherever it is nested."""
        return (
            _id(values.get("link_id")) == self.link_id
            and _id(values.get("taxonomy_term_id")) == self.term_id
            and values.get("value") == self.value
            and values.get("link_type") == self.link_type
        )


def _id(value: Any) -> str | None:
    return value.strip().lower() if isinstance(value, str) else None


class Terms:
    """The taxonomy terms of a file, read for what they mean to Referral Desk."""

    def __init__(
        self, rows: Iterable[Row], ours: dict[str, tuple[str, str]], findings: Findings
    ) -> None:
        """``ours``: term id -> (taxonomy, code) of the directory's own terms, if known."""
        self.info: dict[str, TermInfo] = {}
        self.findings = findings
        for term_id, (taxonomy, code) in ours.items():
            self.info[term_id] = TermInfo(taxonomy, code)
        for term_id, field in FIELD_BY_TERM_ID.items():
            self.info[term_id] = TermInfo(field=field)
        for row in rows:
            self._read(row)

    def _read(self, row: Row) -> None:
        fields = Fields(row, self.findings)
        term_id = fields.id(required=True)
        fields.skip(*row.values)  # a term row holds vocabulary, not directory data
        if term_id is None or term_id in self.info:
            return
        taxonomy = OUR_TAXONOMY_IDS.get(str(row.values.get("taxonomy_id") or "").lower())
        code = row.values.get("code")
        if taxonomy in (Taxonomy.CATEGORY, Taxonomy.ROLE, Taxonomy.POPULATION) and (
            isinstance(code, str) and code.startswith(f"{taxonomy}:")
        ):
            self.info[term_id] = TermInfo(taxonomy.value, code.split(":", 1)[1])
            return
        self.findings.note(row.place, Code.ROW_LEFT_OUT, table="taxonomy_term", reason="not_ours")

    def of(self, term_id: str) -> TermInfo:
        return self.info.get(term_id, UNKNOWN)


class Attributes:
    """Attributes grouped by the record they describe."""

    def __init__(self, rows: Iterable[Row], terms: Terms, findings: Findings) -> None:
        self.findings = findings
        self.by_link: dict[str, list[Attribute]] = defaultdict(list)
        for row in rows:
            attribute = row if isinstance(row, Attribute) else Attribute.read(row, findings)
            if attribute is not None:
                attribute.term = terms.of(attribute.term_id)
                self.by_link[attribute.link_id].append(attribute)

    def of(self, link_id: str) -> AttributeBag:
        return AttributeBag(self.by_link.get(link_id, []))

    def report_untaken(self) -> None:
        """Note every attribute no record took: other taxonomies, or links to nothing held."""
        for attributes in self.by_link.values():
            AttributeBag(attributes).finish()


class AttributeBag:
    """The attributes of one record; each ``take`` marks what it used. The list is the
    one ``Attributes`` files them in, so what ``drop`` or ``finish`` lets go is gone."""

    def __init__(self, attributes: list[Attribute]) -> None:
        self.attributes = attributes

    def terms(self, taxonomy: str) -> list[str]:
        codes = []
        for attribute in self.attributes:
            if attribute.term.taxonomy == taxonomy and attribute.term.code:
                attribute.claimed = True
                if attribute.term.code not in codes:
                    codes.append(attribute.term.code)
        return codes

    def values(self, field: Field, link_type: str | None = None) -> list[tuple[str, Fields]]:
        found = []
        for attribute in self.attributes:
            if attribute.term.field is field and attribute.link_type == link_type:
                attribute.claimed = True
                if attribute.value is None:
                    attribute.fields.error("value", Code.MISSING_VALUE)
                else:
                    found.append((attribute.value, attribute.fields))
        return found

    def value(self, field: Field, link_type: str | None = None) -> tuple[str, Fields] | None:
        found = self.values(field, link_type)
        return found[0] if found else None

    def flag(self, field: Field) -> bool:
        return any(value == "true" for value, _ in self.values(field))

    def json(self, field: Field, link_type: str | None = None) -> list[tuple[Any, Fields]]:
        out = []
        for value, fields in self.values(field, link_type):
            try:
                out.append((json.loads(value), fields))
            except ValueError:
                fields.error("value", Code.BAD_VALUE, value=value[:80], reason="bad_json")
        return out

    def drop(self) -> None:
        """Take all, silently: the record they describe was left out (and said so)."""
        self.attributes.clear()

    def finish(self) -> None:
        """Report the attributes nobody took (terms of other taxonomies, stray fields), and
        let them all go: a record's attributes are read while it is built, and no more."""
        for attribute in self.attributes:
            if not attribute.claimed:
                attribute.claimed = True
                ours = attribute.term.field or attribute.term.taxonomy
                attribute.findings.note(
                    attribute.place,
                    Code.ROW_LEFT_OUT,
                    table="attribute",
                    reason="owner_not_held" if ours else "not_ours",
                )
        self.attributes.clear()  # all said: let them go
