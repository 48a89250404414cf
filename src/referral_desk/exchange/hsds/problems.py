"""Where a problem in an HSDS file is, what it is (a code), and how it reads in words."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple

from referral_desk.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

CONTEXT = "HsdsExchange"
MAX_PROBLEMS = 200
ROW = QT_TRANSLATE_NOOP("HsdsExchange", "row {row}")
TABLE = QT_TRANSLATE_NOOP("HsdsExchange", "table {table}")
FIELD = QT_TRANSLATE_NOOP("HsdsExchange", "field {field}")


class Place(NamedTuple):
    """A spot in an HSDS file: the file, the table, a CSV row or a JSON pointer, a field.

    A named tuple, not a dataclass: an import makes one for every row it reads.
    """

    file: str
    table: str = ""
    row: int | None = None  # line of a CSV file; the header is line 1
    pointer: str = ""  # JSON pointer inside a JSON file, e.g. /contents/0/services/1
    field: str = ""

    def at(self, field: str) -> Place:
        return Place(self.file, self.table, self.row, self.pointer, field)

    def text(self, translate: Translate = untranslated) -> str:
        """The place in words, e.g. ``services.csv, row 3, field name``."""
        parts = [self.file]
        if self.row is not None:
            parts.append(translate(CONTEXT, ROW).replace("{row}", str(self.row)))
        elif self.pointer:
            parts.append(self.pointer)
        elif self.table:
            parts.append(translate(CONTEXT, TABLE).replace("{table}", self.table))
        if self.field:
            parts.append(translate(CONTEXT, FIELD).replace("{field}", self.field))
        return ", ".join(parts)


class Code(StrEnum):
    """What went wrong, or what could not be kept; each has a message below."""

    # The file as a whole
    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    NOT_UTF8 = "not_utf8"
    NOT_JSON = "not_json"
    NOT_HSDS = "not_hsds"
    NOT_CSV = "not_csv"
    MISSING_COLUMNS = "missing_columns"
    CELL_TOO_LARGE = "cell_too_large"
    UNKNOWN_FORMAT_VERSION = "unknown_format_version"
    # One value
    WRONG_TYPE = "wrong_type"
    MISSING_VALUE = "missing_value"
    NOT_UUID = "not_uuid"
    NOT_NUMBER = "not_number"
    NOT_DATE = "not_date"
    NOT_TIME = "not_time"
    BAD_ENUM = "bad_enum"
    DUPLICATE_ID = "duplicate_id"
    DANGLING = "dangling"
    BAD_PHONE = "bad_phone"
    BAD_EMAIL = "bad_email"
    BAD_URL = "bad_url"
    BAD_VALUE = "bad_value"
    FORMULA = "formula"
    NO_ORGANIZATION = "no_organization"
    ADDRESS_WITHHELD = "address_withheld"
    BAD_KEY = "bad_key"
    MISSING_SHEET = "missing_sheet"
    NEEDS_COUNTRY = "needs_country"
    NEEDS_TIMEZONE = "needs_timezone"
    DIRECTORY_CHECK = "directory_check"
    # What an import could not keep (report, not errors)
    NOT_HELD = "not_held"
    VALUE_LEFT_OUT = "value_left_out"
    COLUMN_NOT_HELD = "column_not_held"
    TABLE_NOT_HELD = "table_not_held"
    IDS_NOT_KEPT = "ids_not_kept"
    ROW_LEFT_OUT = "row_left_out"
    LINK_DROPPED = "link_dropped"
    ASSUMED = "assumed"
    REPLACED = "replaced"
    ADDRESS_KEPT = "address_kept"


MESSAGES: dict[Code, str] = {
    Code.NOT_FOUND: QT_TRANSLATE_NOOP("HsdsExchange", "The file does not exist."),
    Code.UNREADABLE: QT_TRANSLATE_NOOP("HsdsExchange", "The file cannot be read: {reason}."),
    Code.TOO_LARGE: QT_TRANSLATE_NOOP(
        "HsdsExchange", "The file is larger than {limit} MB, the most an import reads."
    ),
    Code.NOT_UTF8: QT_TRANSLATE_NOOP(
        "HsdsExchange", "The file is not UTF-8 text (a wrong byte in line {line})."
    ),
    Code.NOT_JSON: QT_TRANSLATE_NOOP(
        "HsdsExchange", "The file is not valid JSON (line {line}, column {column})."
    ),
    Code.NOT_HSDS: QT_TRANSLATE_NOOP(
        "HsdsExchange",
        "This is not HSDS data: expected organizations or services, found {found}.",
    ),
    Code.NOT_CSV: QT_TRANSLATE_NOOP("HsdsExchange", "The table cannot be read as CSV: {reason}."),
    Code.MISSING_COLUMNS: QT_TRANSLATE_NOOP(
        "HsdsExchange", "Columns this table needs are missing: {columns}."
    ),
    Code.CELL_TOO_LARGE: QT_TRANSLATE_NOOP(
        "HsdsExchange", "A cell is longer than {limit} characters, the most an import reads."
    ),
    Code.UNKNOWN_FORMAT_VERSION: QT_TRANSLATE_NOOP(
        "HsdsExchange",
        "The Referral Desk part of the file has format version {found}; "
        "this version reads version {expected}.",
    ),
    Code.WRONG_TYPE: QT_TRANSLATE_NOOP(
        "HsdsExchange", "The value must be {expected}, not {found}."
    ),
    Code.MISSING_VALUE: QT_TRANSLATE_NOOP("HsdsExchange", "A value is needed here."),
    Code.NOT_UUID: QT_TRANSLATE_NOOP("HsdsExchange", '"{value}" is not a UUID.'),
    Code.NOT_NUMBER: QT_TRANSLATE_NOOP("HsdsExchange", '"{value}" is not a number.'),
    Code.NOT_DATE: QT_TRANSLATE_NOOP("HsdsExchange", '"{value}" is not a date (YYYY-MM-DD).'),
    Code.NOT_TIME: QT_TRANSLATE_NOOP("HsdsExchange", '"{value}" is not a time of day (HH:MM).'),
    Code.BAD_ENUM: QT_TRANSLATE_NOOP(
        "HsdsExchange", '"{value}" is not one of the allowed values: {allowed}.'
    ),
    Code.DUPLICATE_ID: QT_TRANSLATE_NOOP(
        "HsdsExchange", "The id {value} is already used by another record ({other})."
    ),
    Code.DANGLING: QT_TRANSLATE_NOOP("HsdsExchange", "No {table} in the file has the id {value}."),
    Code.BAD_PHONE: QT_TRANSLATE_NOOP(
        "HsdsExchange", '"{value}" is not a phone number Referral Desk can use: {reason}.'
    ),
    Code.BAD_EMAIL: QT_TRANSLATE_NOOP("HsdsExchange", '"{value}" is not a valid e-mail address.'),
    Code.BAD_URL: QT_TRANSLATE_NOOP(
        "HsdsExchange", '"{value}" is not a web address starting with http:// or https://.'
    ),
    Code.BAD_VALUE: QT_TRANSLATE_NOOP("HsdsExchange", '"{value}" cannot be used: {reason}.'),
    Code.FORMULA: QT_TRANSLATE_NOOP(
        "HsdsExchange",
        "The cell holds a formula (or starts with '=' like one); directory data are typed "
        "values. Replace it with its value: copy the cell, then Paste Special, values only.",
    ),
    Code.NO_ORGANIZATION: QT_TRANSLATE_NOOP(
        "HsdsExchange", "This {table} row belongs to no organization in the file."
    ),
    Code.ADDRESS_WITHHELD: QT_TRANSLATE_NOOP(
        "HsdsExchange",
        "The address of this confidential location was left out when the file was "
        "exported, and this location is new here; a Referral Desk directory needs it. "
        "Import a file exported with confidential addresses.",
    ),
    Code.BAD_KEY: QT_TRANSLATE_NOOP(
        "HsdsExchange", '"{value}" is neither an id nor a short key without spaces.'
    ),
    Code.MISSING_SHEET: QT_TRANSLATE_NOOP(
        "HsdsExchange", "The sheet {table} is missing or has no rows; the import needs it."
    ),
    Code.NEEDS_COUNTRY: QT_TRANSLATE_NOOP(
        "HsdsExchange",
        "The file does not say in which country this organization is; "
        "choose a country for the import.",
    ),
    Code.NEEDS_TIMEZONE: QT_TRANSLATE_NOOP(
        "HsdsExchange",
        "The file does not say in which time zone this location is; "
        "choose a time zone for the import.",
    ),
    Code.DIRECTORY_CHECK: QT_TRANSLATE_NOOP(
        "HsdsExchange", "The imported directory does not pass the directory check: {problem}"
    ),
    Code.NOT_HELD: QT_TRANSLATE_NOOP(
        "HsdsExchange", "Referral Desk has no place for this value; it was not imported."
    ),
    Code.VALUE_LEFT_OUT: QT_TRANSLATE_NOOP("HsdsExchange", "This value was left out: {reason}."),
    Code.COLUMN_NOT_HELD: QT_TRANSLATE_NOOP(
        "HsdsExchange", "Referral Desk has no place for this column; it was not imported."
    ),
    Code.TABLE_NOT_HELD: QT_TRANSLATE_NOOP(
        "HsdsExchange",
        "Referral Desk has no place for this table; its {count} rows were not imported.",
    ),
    Code.IDS_NOT_KEPT: QT_TRANSLATE_NOOP(
        "HsdsExchange",
        "The ids of {count} rows of this table are not kept: "
        "Referral Desk numbers these parts of a record itself.",
    ),
    Code.ROW_LEFT_OUT: QT_TRANSLATE_NOOP(
        "HsdsExchange", "This {table} row was left out: {reason}."
    ),
    Code.LINK_DROPPED: QT_TRANSLATE_NOOP(
        "HsdsExchange", "The link to {table} {value} was dropped: {reason}."
    ),
    Code.ASSUMED: QT_TRANSLATE_NOOP(
        "HsdsExchange", "The file has no value here; the import used {value}."
    ),
    Code.REPLACED: QT_TRANSLATE_NOOP(
        "HsdsExchange", 'Referral Desk cannot hold "{value}"; the import used {replacement}.'
    ),
    Code.ADDRESS_KEPT: QT_TRANSLATE_NOOP(
        "HsdsExchange",
        "The address of this confidential location was left out of the file; "
        "the import keeps the address already held here.",
    ),
}

# Reasons given inside messages ("... was left out: {reason}.").
REASONS: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("HsdsExchange", "the file is empty"),
    "repeated_column": QT_TRANSLATE_NOOP("HsdsExchange", "a column name is repeated"),
    "cell_count": QT_TRANSLATE_NOOP(
        "HsdsExchange", "the row has a different number of cells than the header"
    ),
    "csv_syntax": QT_TRANSLATE_NOOP(
        "HsdsExchange", "a quotation mark or a line break is out of place"
    ),
    "status": QT_TRANSLATE_NOOP(
        "HsdsExchange", "its status is not active, and Referral Desk lists only active services"
    ),
    "no_address": QT_TRANSLATE_NOOP(
        "HsdsExchange", "it has no street address, and Referral Desk holds only places"
    ),
    "owner_not_held": QT_TRANSLATE_NOOP(
        "HsdsExchange", "Referral Desk keeps no such details for what it belongs to"
    ),
    "monthly": QT_TRANSLATE_NOOP("HsdsExchange", "Referral Desk keeps only weekly opening hours"),
    "no_hours": QT_TRANSLATE_NOOP("HsdsExchange", "it has no opening and closing time"),
    "no_location": QT_TRANSLATE_NOOP(
        "HsdsExchange", "opening hours need a location for their time zone"
    ),
    "record_left_out": QT_TRANSLATE_NOOP("HsdsExchange", "the record it points to was left out"),
    "other_organization": QT_TRANSLATE_NOOP("HsdsExchange", "it belongs to another organization"),
    "not_in_file": QT_TRANSLATE_NOOP("HsdsExchange", "it is not in the file"),
    "off_the_globe": QT_TRANSLATE_NOOP(
        "HsdsExchange",
        "it is not a position on the earth (latitude -90 to 90, longitude -180 to 180)",
    ),
    "half_position": QT_TRANSLATE_NOOP(
        "HsdsExchange", "a position needs both latitude and longitude"
    ),
    "not_possible": QT_TRANSLATE_NOOP("HsdsExchange", "it has the wrong length"),
    "not_valid": QT_TRANSLATE_NOOP("HsdsExchange", "no such number exists"),
    "sample_real": QT_TRANSLATE_NOOP(
        "HsdsExchange",
        "sample data may only hold 112, 116 000, 116 111, 147 and placeholders with five "
        "zeros that cannot be dialled",
    ),
    "not_parsed": QT_TRANSLATE_NOOP("HsdsExchange", "it is not written as a phone number"),
    "not_short_code": QT_TRANSLATE_NOOP(
        "HsdsExchange", "it is not one of the short codes 112, 116 000, 116 111 and 147"
    ),
    "not_timezone": QT_TRANSLATE_NOOP("HsdsExchange", "it is not an IANA time zone"),
    "not_country": QT_TRANSLATE_NOOP("HsdsExchange", "it is not a two-letter country code"),
    "not_language": QT_TRANSLATE_NOOP("HsdsExchange", "it is not a two-letter language code"),
    "not_ours": QT_TRANSLATE_NOOP(
        "HsdsExchange", "it is not a value of the Referral Desk taxonomy"
    ),
    "bad_json": QT_TRANSLATE_NOOP("HsdsExchange", "it is not the JSON this attribute holds"),
    "bad_days": QT_TRANSLATE_NOOP("HsdsExchange", "the days are not weekdays such as MO,TU"),
    "long_note": QT_TRANSLATE_NOOP(
        "HsdsExchange", "a verification note is at most 2,000 characters"
    ),
    "not_digits": QT_TRANSLATE_NOOP("HsdsExchange", "an extension is a whole number"),
    "history": QT_TRANSLATE_NOOP(
        "HsdsExchange",
        "Referral Desk keeps when a record was last verified, not its history of changes",
    ),
    "second_address": QT_TRANSLATE_NOOP(
        "HsdsExchange", "Referral Desk keeps one address per location"
    ),
    "interval": QT_TRANSLATE_NOOP("HsdsExchange", "it repeats less often than every week"),
    "not_workbook": QT_TRANSLATE_NOOP(
        "HsdsExchange", "it is not a workbook of this kind, or it is damaged"
    ),
    "three_letter": QT_TRANSLATE_NOOP(
        "HsdsExchange", "Referral Desk keeps two-letter language codes (ISO 639-1)"
    ),
}


# What a value or a document was, or had to be, for "expected" and "found".
WORDS: dict[str, str] = {
    "text": QT_TRANSLATE_NOOP("HsdsExchange", "text"),
    "a number": QT_TRANSLATE_NOOP("HsdsExchange", "a number"),
    "a list": QT_TRANSLATE_NOOP("HsdsExchange", "a list"),
    "an object": QT_TRANSLATE_NOOP("HsdsExchange", "an object"),
    "true or false": QT_TRANSLATE_NOOP("HsdsExchange", "true or false"),
    "null": QT_TRANSLATE_NOOP("HsdsExchange", "nothing (null)"),
    "a taxonomy term": QT_TRANSLATE_NOOP("HsdsExchange", "a taxonomy term"),
    "no organizations": QT_TRANSLATE_NOOP("HsdsExchange", "no organizations"),
    "no HSDS tables": QT_TRANSLATE_NOOP("HsdsExchange", "no HSDS tables"),
}


def type_name(value: Any) -> str:
    """What a JSON value is, as a key of WORDS."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def filled(template: str, params: dict[str, str]) -> str:
    """The message with its values put in; a value that ends with a full stop ("Example
    Inc.") ends a sentence with that one."""
    for key, value in params.items():
        if value.endswith("."):
            template = template.replace("{" + key + "}.", value)
        template = template.replace("{" + key + "}", value)
    return template


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding: where, what (a code), and the values the message names."""

    place: Place
    code: Code
    params: dict[str, str] = field(default_factory=dict)
    other: Place | None = None  # the place an id was first used, for DUPLICATE_ID

    def message(self, translate: Translate = untranslated, lang: str = "en") -> str:
        """The finding in words, in the language ``translate`` gives (``lang`` is that
        language's code, as a workbook's finding takes it; an HSDS finding needs only
        ``translate``)."""
        del lang
        params = dict(self.params)
        if "reason" in params and params["reason"] in REASONS:
            params["reason"] = translate(CONTEXT, REASONS[params["reason"]])
        for key in ("expected", "found"):
            if params.get(key) in WORDS:
                params[key] = translate(CONTEXT, WORDS[params[key]])
        if self.other is not None:
            params["other"] = self.other.text(translate)
        text = filled(translate(CONTEXT, MESSAGES[self.code]), params)
        return f"{self.place.text(translate)}: {text}"

    def __str__(self) -> str:
        return self.message()


class HsdsError(Exception):
    """An HSDS file cannot be imported; ``problems`` says where and why, each one."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"The HSDS data cannot be imported:\n{shown}{more}")


class Findings:
    """Collects errors (which refuse the import) and report items (what was not kept)."""

    def __init__(self) -> None:
        self.errors: list[Problem] = []
        self.report: list[Problem] = []
        self._seen: set[tuple[object, ...]] = set()

    def _new(
        self, place: Place, code: Code, params: dict[str, str], other: Place | None = None
    ) -> Problem | None:
        """The finding, or None when the same one was already made (a row read twice)."""
        key = (place, code, tuple(sorted(params.items())))
        if key in self._seen:
            return None
        self._seen.add(key)
        return Problem(place, code, params, other)

    def error(self, place: Place, code: Code, other: Place | None = None, **params: str) -> None:
        problem = self._new(place, code, params, other)
        if problem is not None and len(self.errors) < MAX_PROBLEMS:
            self.errors.append(problem)

    def note(self, place: Place, code: Code, **params: str) -> None:
        problem = self._new(place, code, params)
        if problem is not None:
            self.report.append(problem)

    def absorb(self, other: Findings) -> None:
        """Take over what ``other`` found (a reading whose findings were kept apart)."""
        for problem in other.errors:
            if len(self.errors) < MAX_PROBLEMS:
                self.errors.append(problem)
        self.report.extend(other.report)
        self._seen |= other._seen

    def raise_errors(self) -> None:
        if self.errors:
            raise HsdsError(self.errors)
