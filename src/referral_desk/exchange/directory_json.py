"""Reading and checking a directory file (data/FORMAT.md) before anything is stored."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import date
from functools import lru_cache, partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.domain.hours import WeeklyHours
from referral_desk.domain.phones import PhoneError, looks_like_placeholder, parse_phone, short_code
from referral_desk.exchange.check_problem import (
    EMAIL_INVALID,
    FROM_AFTER_TO,
    MIN_ABOVE_MAX,
    NOT_A_REAL_DATE,
    NOT_A_TIME_ZONE,
    OWN_PARENT,
    PHONE_DIALLABLE,
    PHONE_INVALID,
    PHONE_NOT_PLACEHOLDER_LIKE,
    REAL_SHORT_CODE,
    SAME_MINUTE,
    SAMPLE_REAL_NUMBER,
    SAMPLE_UNMARKED_NUMBER,
    CheckProblem,
    placed,
)
from referral_desk.exchange.json_input import (
    MAX_SCHEMA_ERRORS,
    JsonInputError,
    parse_json,
    printable,
    read_bounded,
    schema_errors,
    shown,
    strict_schema,
    structure_problems,
)
from referral_desk.exchange.json_input import where as place_of

FORMAT = "referral-desk-directory"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 512 * 2**20  # 100,000 records written like the sample take about 200 MB
SAMPLE_EMAIL_DOMAIN = "example.org"


class DirectoryFileError(Exception):
    """A directory file cannot be used; ``problems`` lists each, with where it is."""

    def __init__(self, path: Path | str, problems: list[str]) -> None:
        self.path = str(path)
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"The directory file {path} cannot be used:\n{shown}{more}")


def schema_path() -> Path:
    from referral_desk.paths import data_dir

    return data_dir() / "schema" / "directory.schema.json"


def read_directory_file(path: Path) -> DirectoryFile:
    """Read, parse and check a directory file; raise DirectoryFileError with every problem."""
    try:
        raw = read_bounded(path, MAX_FILE_BYTES, "directory file")
        content = parse_json(raw)
    except JsonInputError as error:
        raise DirectoryFileError(path, error.problems) from None
    problems = check_directory(content)
    if problems:
        raise DirectoryFileError(path, problems)
    return DirectoryFile(content, hashlib.sha256(raw).hexdigest())


def check_directory(content: Any) -> list[str]:
    """Every problem in a parsed directory file: structure and text, schema, then meaning.

    Each is one line a terminal can show as it is (what it could not show is escaped).
    """
    if not isinstance(content, dict):
        structure, texts = structure_problems(content)
        problems = structure or [f"not a Referral Desk directory file (format must be {FORMAT!r})"]
        return [printable(p) for p in problems + texts]
    checker = DirectoryChecker()
    found = content.get("organizations")
    organizations: list[Any] = found if isinstance(found, list) else []
    apart = isinstance(found, list)
    for key, value in content.items():
        if apart and key == "organizations":
            for index, organization in enumerate(organizations):
                checker.organization(index, organization)
        checker.member(key, [] if apart and key == "organizations" else value)
    if checker.meaning_skipped:
        for index, organization in enumerate(organizations):
            checker.organization(index, organization, meaning_only=True)
    return checker.finish()


class DirectoryChecker:
    """The checks of a directory file given a part at a time: each top-level member (the
    organizations as an empty list), then each organization in order, once ``ready()``.

    ``finish()`` gives what ``check_directory`` gives for the whole: structure and text
    problems; else the schema's; else the meaning's. Memory holds the ids, not the records.
    """

    def __init__(self) -> None:
        self.head: dict[str, Any] = {}
        self.structure: list[str] = []
        self.texts: list[str] = []
        self.schema: list[tuple[list[Any], str]] = []
        self.schema_failed = False
        self.twice: list[str] = []
        self.meaning: list[str | Callable[[], list[str]]] = []
        self.seen: dict[str, str] = {}
        self.term_codes: dict[tuple[str, str], int] = {}
        self.org_ids: set[str] = set()
        self.contact_ids: set[str] = set()
        self.parents: list[dict[str, Any]] = []
        self.unsound: set[int] = set()  # organizations whose meaning cannot be checked
        self.meaning_skipped = False
        self.started = False
        self.head_ok = False

    def member(self, key: str, value: Any) -> None:
        """One top-level member (``organizations`` as ``[]`` when its items are given apart)."""
        self.head[key] = value
        structure, texts = structure_problems({key: value})
        self.structure += structure
        self.texts += texts

    def given_twice(self, problems: list[str]) -> None:
        self.twice += problems

    def ready(self) -> bool:
        """Whether the members organizations need are in: format, version, directory, taxonomy."""
        return all(k in self.head for k in ("format", "format_version", "directory", "taxonomy"))

    def _head_sound(self) -> bool:
        if not self.started:
            self.started = True
            head = {"organizations": [], **self.head}  # [] while they are still to come
            self.head_ok = not self.structure and self._schema_of("file", head, [])
            if self.head_ok:
                self._begin_meaning()
        return self.head_ok

    def organization(self, index: int, org: Any, meaning_only: bool = False) -> None:
        """One organization; ``meaning_only`` for those given again because they came
        before the members they need (``meaning_skipped``)."""
        if meaning_only:
            if self._head_sound() and index not in self.unsound:
                self._meaning_of(index, org)
            return
        at: list[str | int] = ["organizations", index]
        structure, texts = structure_problems(org, at, "organizations")
        self.structure += structure
        self.texts += texts
        if isinstance(org, dict):
            self.parents.append({"id": org.get("id"), "parent_id": org.get("parent_id")})
        if structure or not self._schema_of("organization", org, at):
            self.unsound.add(index)
        elif not self.ready():
            self.meaning_skipped = True
        elif self._head_sound():
            self._meaning_of(index, org)

    def _schema_of(self, part: str, value: Any, at: list[str | int]) -> bool:
        """Whether ``value`` (the ``part`` of the schema, at ``at``) follows the schema;
        if not, what breaks it is kept."""
        import fastjsonschema

        try:
            _fast_validator(part)(value)
        except fastjsonschema.JsonSchemaException:
            self.schema_failed = True
            if len(self.schema) < MAX_SCHEMA_ERRORS:
                self.schema += [
                    ([*at, *path], message)
                    for path, message in schema_errors(_validator(part), value, MAX_SCHEMA_ERRORS)
                ]
            return False
        return True

    def finish(self) -> list[str]:
        return [printable(p) for p in self._problems()]

    def _problems(self) -> list[str]:
        if self.twice:
            return self.twice
        if self.structure:
            return self.structure + self.texts
        head = self.head
        if head.get("format") != FORMAT:
            return [f"not a Referral Desk directory file (format must be {FORMAT!r})", *self.texts]
        if head.get("format_version") != FORMAT_VERSION:
            return [
                f"format_version {shown(head.get('format_version'))} is not supported "
                f"(this version of Referral Desk reads version {FORMAT_VERSION})"
            ]
        if "organizations" not in head:  # _head_sound takes them as still to come
            return ["organizations: missing (a directory file lists its organizations)"]
        self._head_sound()
        if self.schema_failed:
            self.schema.sort(key=lambda e: [(0, p) if isinstance(p, int) else (1, p) for p in e[0]])
            listed = [placed(place_of(path), message) for path, message in self.schema]
            return self.texts + (
                list(dict.fromkeys(listed)) or ["the file does not follow the directory schema"]
            )
        found: list[str] = []
        for item in self.meaning:
            found += [item] if isinstance(item, str) else item()
        return self.texts + found

    # -- meaning: the ids, references and values the schema cannot check

    def _begin_meaning(self) -> None:
        head = self.head
        self.sample = bool(head["directory"]["sample"])
        self.meaning += _check_date(head["directory"]["published"], "directory.published")
        for index, term in enumerate(head["taxonomy"]):
            self._claim(term["id"], f"taxonomy[{index}]")
            term_key = (term["taxonomy"], term["code"])
            if term_key in self.term_codes:
                self.meaning.append(
                    f"taxonomy[{index}].code: {term['code']!r} is already the "
                    f"{term['taxonomy']} of taxonomy[{self.term_codes[term_key]}]"
                )
            else:
                self.term_codes[term_key] = index
        self.meaning.append(lambda: _check_parent_loops(self.parents))

    def _counterpart_known(self, where: str, counterpart: str) -> list[str]:
        if counterpart in self.contact_ids:
            return []
        return [f"{where}.counterpart_id: no contact has id {counterpart}"]

    def _claim(self, record_id: str, where: str) -> None:
        if record_id in self.seen:
            first = self.seen[record_id]
            self.meaning.append(f"{where}.id: {record_id} is already used at {first}")
        else:
            self.seen[record_id] = where

    def _meaning_of(self, oi: int, org: dict[str, Any]) -> None:
        problems = self.meaning
        sample = self.sample
        where = f"organizations[{oi}]"
        self.org_ids.add(org["id"])
        self.contact_ids.update(c["id"] for c in org.get("contacts", []))
        self._claim(org["id"], where)
        parent = org.get("parent_id")
        if parent is not None:
            problems.append(
                lambda: (
                    []
                    if parent in self.org_ids
                    else [f"{where}.parent_id: no organization has id {parent}"]
                )
            )
        if parent == org["id"]:
            problems.append(CheckProblem(f"{where}.parent_id", OWN_PARENT))
        problems += _check_date(org["verified"]["at"], f"{where}.verified.at")
        problems += _check_contact_ways(org, where, org["country"], sample)
        location_ids = set()
        for li, location in enumerate(org.get("locations", [])):
            lwhere = f"{where}.locations[{li}]"
            self._claim(location["id"], lwhere)
            location_ids.add(location["id"])
            problems += _check_timezone(location["timezone"], f"{lwhere}.timezone")
            problems += _check_schedules(location.get("schedules", []), lwhere)
        service_ids = set()
        for si, service in enumerate(org.get("services", [])):
            swhere = f"{where}.services[{si}]"
            self._claim(service["id"], swhere)
            service_ids.add(service["id"])
            problems += _check_date(service["verified"]["at"], f"{swhere}.verified.at")
            for taxonomy, key in (
                ("category", "categories"),
                ("role", "roles"),
                ("population", "populations"),
            ):
                for code in service.get(key, []):
                    if (taxonomy, code) not in self.term_codes:
                        problems.append(
                            f"{swhere}.{key}: {code!r} is not a {taxonomy} in the taxonomy"
                        )
            problems += _check_service_areas(service.get("service_areas", []), swhere)
            youngest, oldest = service.get("minimum_age"), service.get("maximum_age")
            if youngest is not None and oldest is not None and youngest > oldest:
                problems.append(
                    CheckProblem(
                        f"{swhere}.minimum_age",
                        MIN_ABOVE_MAX,
                        {"minimum": youngest, "maximum": oldest},
                        {"maximum_age": "maximum_age"},
                    )
                )
            for lid in service.get("location_ids", []):
                if lid not in location_ids:
                    problems.append(
                        f"{swhere}.location_ids: {lid} is not a location of this organization"
                    )
            if service.get("schedules") and not service.get("location_ids"):
                problems.append(f"{swhere}.schedules: hours need a location for their time zone")
            problems += _check_contact_ways(service, swhere, org["country"], sample)
            problems += _check_schedules(service.get("schedules", []), swhere)
        for ci, contact in enumerate(org.get("contacts", [])):
            cwhere = f"{where}.contacts[{ci}]"
            self._claim(contact["id"], cwhere)
            problems += _check_date(contact["verified"]["at"], f"{cwhere}.verified.at")
            if contact.get("service_id") and contact["service_id"] not in service_ids:
                problems.append(
                    f"{cwhere}.service_id: {contact['service_id']} "
                    "is not a service of this organization"
                )
            if contact.get("location_id") and contact["location_id"] not in location_ids:
                problems.append(
                    f"{cwhere}.location_id: {contact['location_id']} "
                    "is not a location of this organization"
                )
            counterpart = contact.get("counterpart_id")
            if counterpart:
                problems.append(partial(self._counterpart_known, cwhere, counterpart))
            if contact.get("schedules") and not contact.get("location_id") and not location_ids:
                problems.append(f"{cwhere}.schedules: hours need a location for their time zone")
            problems += _check_contact_ways(contact, cwhere, org["country"], sample)
            problems += _check_schedules(contact.get("schedules", []), cwhere)


def _schema(part: str) -> Any:
    """The directory schema (``part`` "file"), or its organization alone ("organization")."""
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    if part == "organization":  # for files read an organization at a time
        return {"$defs": schema["$defs"], "$ref": "#/$defs/organization"}
    return schema


@lru_cache(maxsize=2)
def _fast_validator(part: str = "file") -> Any:
    """A compiled check of the schema (its keywords are all in draft 7): fast on a large file."""
    import fastjsonschema

    return fastjsonschema.compile(_schema(part))


@lru_cache(maxsize=2)
def _validator(part: str = "file") -> Any:
    """The full JSON Schema validator, which lists every problem with its place."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(strict_schema(_schema(part)))


def _check_date(value: str, where: str) -> list[str]:
    try:
        date.fromisoformat(value)
    except ValueError:
        return [CheckProblem(where, NOT_A_REAL_DATE, {"value": repr(value)})]
    return []


def _check_parent_loops(organizations: list[dict[str, Any]]) -> list[str]:
    """Parents that lead back to where they started (an organization as its own parent aside)."""
    index_of = {o["id"]: i for i, o in reversed(list(enumerate(organizations)))}
    parent_of = {o["id"]: o.get("parent_id") for o in organizations}
    done: set[str] = set()
    problems = []
    for org in organizations:
        path: list[str] = []
        on_path: set[str] = set()
        node: str | None = org["id"]
        while node is not None and node in parent_of and node not in done and node not in on_path:
            path.append(node)
            on_path.add(node)
            node = parent_of[node]
        if node is not None and node in on_path and len(path) - path.index(node) > 1:
            loop = path[path.index(node) :]
            first = min(range(len(loop)), key=lambda i: index_of[loop[i]])
            loop = loop[first:] + loop[:first]
            shown_loop = [*loop, loop[0]] if len(loop) <= 6 else [*loop[:5], "…", loop[0]]
            chain = " → ".join(
                n if n == "…" else f"organizations[{index_of[n]}]" for n in shown_loop
            )
            problems.append(
                f"organizations[{index_of[loop[0]]}].parent_id: the parent organizations form "
                f"a loop of {len(loop)}: {chain}"
            )
        done.update(path)
    return problems


def _check_service_areas(areas: list[dict[str, Any]], where: str) -> list[str]:
    problems = []
    first_at: dict[tuple[str, str | None], int] = {}
    for index, area in enumerate(areas):
        key = (area["country"], area.get("region"))
        if key in first_at:
            problems.append(
                f"{where}.service_areas[{index}]: the same area as service_areas[{first_at[key]}]"
            )
        else:
            first_at[key] = index
    return problems


def _check_timezone(name: str, where: str) -> list[str]:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return [CheckProblem(where, NOT_A_TIME_ZONE, {"name": repr(name)})]
    return []


def _check_schedules(schedules: list[dict[str, Any]], where: str) -> list[str]:
    problems = []
    for index, row in enumerate(schedules):
        rwhere = f"{where}.schedules[{index}]"
        try:
            WeeklyHours.parse(row["byday"], row["opens_at"], row["closes_at"])
        except ValueError as error:
            problems.append(f"{rwhere}: {error}")
        if row["opens_at"] == row["closes_at"]:
            problems.append(
                CheckProblem(
                    rwhere,
                    SAME_MINUTE,
                    {"time": row["opens_at"]},
                    {"around_the_clock": "around_the_clock"},
                )
            )
        dates = {}
        for key in ("valid_from", "valid_to"):
            if row.get(key):
                bad = _check_date(row[key], f"{rwhere}.{key}")
                problems += bad
                if not bad:
                    dates[key] = date.fromisoformat(row[key])
        if len(dates) == 2 and dates["valid_from"] > dates["valid_to"]:
            problems.append(
                CheckProblem(
                    rwhere,
                    FROM_AFTER_TO,
                    {"start": row["valid_from"], "end": row["valid_to"]},
                    {"valid_from": "valid_from", "valid_to": "valid_to"},
                )
            )
    return problems


def _check_phone(phone: dict[str, Any], where: str, country: str, sample: bool) -> list[str]:
    """A real short code; or a number marked as a placeholder that cannot be dialled; or,
    outside sample data only, a valid number."""
    number = phone["number"]
    try:
        if phone.get("short_code_country"):
            digits = short_code(number, phone["short_code_country"])
            if phone.get("placeholder"):
                return [CheckProblem(f"{where}.placeholder", REAL_SHORT_CODE, {"digits": digits})]
            return []
        parsed = parse_phone(number, country)
    except PhoneError as error:
        return [CheckProblem(f"{where}.number", error.template, error.values)]
    except ValueError as error:
        return [f"{where}.number: {error}"]
    valid = phonenumbers.is_valid_number(parsed)
    if phone.get("placeholder"):
        if valid:
            return [CheckProblem(f"{where}.number", PHONE_DIALLABLE, {"number": repr(number)})]
        if not looks_like_placeholder(parsed):
            return [
                CheckProblem(
                    f"{where}.number", PHONE_NOT_PLACEHOLDER_LIKE, {"number": repr(number)}
                )
            ]
        return []
    if sample:
        template = SAMPLE_REAL_NUMBER if valid else SAMPLE_UNMARKED_NUMBER
        return [CheckProblem(where, template, {"number": repr(number)})]
    if not valid:
        return [CheckProblem(f"{where}.number", PHONE_INVALID, {"number": repr(number)})]
    return []


def _check_contact_ways(
    record: dict[str, Any], where: str, country: str, sample: bool
) -> list[str]:
    problems: list[str] = []
    for index, phone in enumerate(record.get("phones", [])):
        problems += _check_phone(phone, f"{where}.phones[{index}]", country, sample)
    email = record.get("email")
    if email:
        try:
            validate_email(email, check_deliverability=False)
        except EmailNotValidError as error:
            problems.append(
                CheckProblem(
                    f"{where}.email", EMAIL_INVALID, {"email": repr(email), "reason": error}
                )
            )
        else:
            if sample and not email.lower().endswith("@" + SAMPLE_EMAIL_DOMAIN):
                problems.append(
                    f"{where}.email: sample data may only use placeholder e-mails "
                    f"@{SAMPLE_EMAIL_DOMAIN}"
                )
    return problems
