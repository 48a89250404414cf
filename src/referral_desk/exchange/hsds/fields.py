"""Reading one HSDS row's values with their types checked, and noticing what was not read.

Every value the import takes goes through a ``Fields`` getter, which names the
row and field in its error; ``Fields.finish`` reports each non-empty value no
getter took, so nothing is dropped without a word.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from referral_desk.exchange.hsds.problems import Code, Findings, Place, type_name
from referral_desk.exchange.hsds.rows import UUID, Row

TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$")
COUNTRY = re.compile(r"^[A-Z]{2}$")
LANGUAGE = re.compile(r"^[a-z]{2,3}$")  # ISO 639-1, or 639-3 where 639-1 has none
URL = re.compile(r"^https?://[^\s]+$")
EMPTY: tuple[Any, ...] = (None, "", [], {})


class Fields:
    """Typed access to one row's values, each problem named with its row and field."""

    __slots__ = ("findings", "ok", "row", "used", "values")

    def __init__(self, row: Row, findings: Findings) -> None:
        self.row = row
        self.values = row.values
        self.findings = findings
        self.used: set[str] = set()
        self.ok = True

    @property
    def place(self) -> Place:
        return self.row.place

    def error(self, name: str, code: Code, other: Place | None = None, **params: str) -> None:
        self.ok = False
        self.findings.error(self.place.at(name), code, other, **params)

    def note(self, name: str, code: Code, **params: str) -> None:
        self.findings.note(self.place.at(name), code, **params)

    def has(self, name: str) -> bool:
        return self.values.get(name) not in EMPTY

    def raw(self, name: str) -> Any:
        self.used.add(name)
        return self.values.get(name)

    def skip(self, *names: str) -> None:
        """Mark values as taken care of without reading them."""
        self.used.update(names)

    def text(self, name: str, required: bool = False) -> str | None:
        value = self.raw(name)
        if value in EMPTY:
            if required:
                self.error(name, Code.MISSING_VALUE)
            return None
        if not isinstance(value, str):
            self.error(name, Code.WRONG_TYPE, expected="text", found=type_name(value))
            return None
        if value.lstrip().startswith("="):
            self.error(name, Code.FORMULA)
            return None
        if not value.strip():
            if required:
                self.error(name, Code.MISSING_VALUE)
            return None
        return value

    def id(self, name: str = "id", required: bool = False) -> str | None:
        value = self.text(name, required)
        if value is None:
            return None
        value = value.strip()
        if not UUID.match(value):
            self.error(name, Code.NOT_UUID, value=value)
            return None
        return value.lower()

    def number(self, name: str) -> int | float | None:
        value = self.raw(name)
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.error(name, Code.WRONG_TYPE, expected="a number", found=type_name(value))
            return None
        return value

    def enum(self, name: str, allowed: tuple[str, ...], required: bool = False) -> str | None:
        value = self.text(name, required)
        if value is not None and value not in allowed:
            self.error(name, Code.BAD_ENUM, value=value, allowed=", ".join(allowed))
            return None
        return value

    def date(self, name: str) -> str | None:
        """A date as YYYY-MM-DD; a date-time is cut to its date."""
        value = self.text(name)
        if value is None:
            return None
        try:
            if len(value) == 10:
                return date.fromisoformat(value).isoformat()
            return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
        except ValueError:
            self.error(name, Code.NOT_DATE, value=value)
            return None

    def time(self, name: str) -> tuple[str, str | None] | None:
        """``(HH:MM, offset or None)``; seconds other than 00 are reported and dropped."""
        value = self.text(name)
        if value is None:
            return None
        match = TIME.match(value)
        if not match or int(match[1]) > 24 or int(match[2]) > 59:
            self.error(name, Code.NOT_TIME, value=value)
            return None
        hour, minute = int(match[1]) % 24, int(match[2])
        if match[3] and match[3] != "00":
            self.note(name, Code.REPLACED, value=value, replacement=f"{hour:02}:{minute:02}")
        return f"{hour:02}:{minute:02}", match[4]

    def finish(self, *ignore: str) -> None:
        """Report every non-empty value nobody read."""
        for name, value in self.values.items():
            if name not in self.used and name not in ignore and value not in EMPTY:
                self.note(name, Code.NOT_HELD)
