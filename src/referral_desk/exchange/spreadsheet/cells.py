"""Reading one row of a sheet: each cell checked for its column's kind, each problem placed.

Cells arrive as text (the readers turn numbers, dates and times a spreadsheet
program made of them back into text). A cell that starts with ``=`` is a
formula and never data. An id may be a UUID or, for a record added by hand,
any short key: the key becomes the same UUID wherever it is used.
"""

from __future__ import annotations

import re
import uuid
from datetime import date

from referral_desk.domain.codes import is_country, is_language
from referral_desk.exchange.hsds.fields import TIME
from referral_desk.exchange.hsds.parts import timezone_ok
from referral_desk.exchange.hsds.problems import Code
from referral_desk.exchange.hsds.rows import UUID
from referral_desk.exchange.spreadsheet.columns import (
    DAY_CODES,
    FIXED_CHOICES,
    NO,
    YES,
    Choices,
)
from referral_desk.exchange.spreadsheet.problems import SheetFindings, SheetPlace

KEY_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://referral-desk.example.org/sheets/key")
KEY = re.compile(r"^\S{1,80}$")
NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
TRUE_WORDS = frozenset({YES, "true", "1", "x"})
FALSE_WORDS = frozenset({NO, "false", "0", ""})


def key_id(value: str) -> str:
    """The lasting UUID of a short key written by hand."""
    return str(uuid.uuid5(KEY_NAMESPACE, value))


class RowCells:
    """Typed access to one row's cells; each problem names the sheet, row and column."""

    __slots__ = ("cells", "findings", "ok", "place", "used")

    def __init__(self, place: SheetPlace, cells: dict[str, str], findings: SheetFindings) -> None:
        self.place = place
        self.cells = cells
        self.findings = findings
        self.ok = True
        self.used: set[str] = set()

    def error(self, name: str, code: Code, **params: str) -> None:
        self.ok = False
        self.findings.error(self.place.at(name), code, None, **params)

    def text(self, name: str, required: bool = False) -> str | None:
        self.used.add(name)
        value = self.cells.get(name, "")
        if value.lstrip().startswith("="):
            self.error(name, Code.FORMULA)
            return None
        if not value.strip():
            if required:
                self.error(name, Code.MISSING_VALUE)
            return None
        return value

    def texts(self, stem: str, required: bool = False) -> dict[str, str] | None:
        """A text in several languages from the columns ``stem.xx``; English first."""
        out: dict[str, str] = {}
        english = self.text(f"{stem}.en", required)
        if english is not None:
            out["en"] = english
        for name in self.cells:
            if name.startswith(stem + ".") and name != f"{stem}.en":
                value = self.text(name)
                if value is not None:
                    out[name.split(".", 1)[1]] = value
        if out and "en" not in out and not required and not self.cells.get(f"{stem}.en"):
            self.error(f"{stem}.en", Code.MISSING_VALUE)  # other languages need English too
        return out or None

    def ident(self, name: str = "id", required: bool = True) -> str | None:
        """A record's id: a UUID (lower case), or the UUID of a short key."""
        value = self.text(name, required)
        if value is None:
            return None
        value = value.strip()
        if UUID.match(value):
            return value.lower()
        if not KEY.match(value):
            self.error(name, Code.BAD_KEY, value=value)
            return None
        return key_id(value)

    def idents(self, name: str) -> list[str]:
        out: list[str] = []
        value = self.text(name)
        for part in (value or "").replace(",", "\n").splitlines():
            part = part.strip()
            if not part:
                continue
            if UUID.match(part):
                out.append(part.lower())
            elif KEY.match(part):
                out.append(key_id(part))
            else:
                self.error(name, Code.BAD_KEY, value=part)
        return out

    def yes_no(self, name: str, required: bool = False) -> bool:
        value = self.text(name, required)
        word = (value or "").strip().lower()
        if word in TRUE_WORDS:
            return True
        if word not in FALSE_WORDS:
            self.error(name, Code.BAD_ENUM, value=value or "", allowed=f"{YES}, {NO}")
        return False

    def whole(self, name: str) -> int | None:
        value = self.text(name)
        if value is None:
            return None
        text = value.strip()
        if NUMBER.match(text) and float(text).is_integer():
            return int(float(text))
        self.error(name, Code.NOT_NUMBER, value=value)
        return None

    def number(self, name: str) -> float | int | None:
        value = self.text(name)
        if value is None:
            return None
        text = value.strip()
        if not NUMBER.match(text):
            self.error(name, Code.NOT_NUMBER, value=value)
            return None
        number = float(text)
        return int(number) if number.is_integer() and "." not in text else number

    def date(self, name: str, required: bool = False) -> str | None:
        value = self.text(name, required)
        if value is None:
            return None
        try:
            return date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            self.error(name, Code.NOT_DATE, value=value)
            return None

    def time(self, name: str, required: bool = False) -> str | None:
        value = self.text(name, required)
        if value is None:
            return None
        match = TIME.match(value.strip())
        if not match or match[4] or int(match[1]) > 23 or int(match[2]) > 59:
            self.error(name, Code.NOT_TIME, value=value)
            return None
        return f"{int(match[1]):02}:{int(match[2]):02}"

    def choice(self, name: str, choices: Choices, required: bool = False) -> str | None:
        value = self.text(name, required)
        if value is None:
            return None
        code = value.strip()
        if not _allowed(choices, code):
            self.error(name, Code.BAD_ENUM, value=value, allowed=_allowed_words(choices))
            return None
        return code

    def codes(self, name: str, choices: Choices) -> list[str]:
        value = self.text(name)
        out: list[str] = []
        for part in (value or "").replace("\n", ",").split(","):
            code = part.strip()
            if not code:
                continue
            if not _allowed(choices, code):
                self.error(name, Code.BAD_ENUM, value=code, allowed=_allowed_words(choices))
            elif code not in out:
                out.append(code)
        return out

    def lines(self, name: str) -> list[str]:
        value = self.text(name)
        return [line.strip() for line in (value or "").splitlines() if line.strip()]

    def unread(self) -> list[str]:
        """Columns with a value that no getter read."""
        return [n for n, v in self.cells.items() if n not in self.used and v.strip()]


def _allowed(choices: Choices, code: str) -> bool:
    if choices is Choices.COUNTRY:
        return len(code) == 2 and code.isupper() and is_country(code)
    if choices is Choices.LANGUAGE:
        return code.islower() and is_language(code)
    if choices is Choices.TIMEZONE:
        return timezone_ok(code)
    if choices is Choices.DAYS:
        days = code.split(",")
        return all(day in DAY_CODES for day in days) and len(set(days)) == len(days)
    return code in FIXED_CHOICES[choices]


def _allowed_words(choices: Choices) -> str:
    if choices is Choices.COUNTRY:
        return "AT, BG, DE, … (ISO 3166-1)"
    if choices is Choices.LANGUAGE:
        return "bg, de, en, … (ISO 639-1)"
    if choices is Choices.TIMEZONE:
        return "Europe/Sofia, Europe/Vienna, … (IANA)"
    if choices is Choices.DAYS:
        return ", ".join(DAY_CODES)
    return ", ".join(FIXED_CHOICES[choices])
