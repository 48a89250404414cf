"""Reading and checking a directory file (data/FORMAT.md) before anything is stored."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from email_validator import EmailNotValidError, validate_email

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.domain.hours import WeeklyHours
from referral_desk.domain.phones import (
    SHORT_CODES,
    is_placeholder,
    is_valid_number,
    normalize_phone,
)

FORMAT = "referral-desk-directory"
FORMAT_VERSION = 1
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


def _where(path: Iterator[Any] | list[Any]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def read_directory_file(path: Path) -> DirectoryFile:
    """Read, parse and check a directory file; raise DirectoryFileError with every problem."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DirectoryFileError(path, ["the file does not exist"]) from None
    except OSError as error:
        raise DirectoryFileError(path, [f"the file cannot be read: {error.strerror}"]) from None
    try:
        content = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise DirectoryFileError(path, [f"not UTF-8 text (byte {error.start})"]) from None
    except json.JSONDecodeError as error:
        raise DirectoryFileError(
            path, [f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"]
        ) from None
    problems = check_directory(content)
    if problems:
        raise DirectoryFileError(path, problems)
    return DirectoryFile(content, hashlib.sha256(raw).hexdigest())


def check_directory(content: Any) -> list[str]:
    """Every problem in a parsed directory file: schema first, then meaning."""
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        return [f"not a Referral Desk directory file (format must be {FORMAT!r})"]
    if content.get("format_version") != FORMAT_VERSION:
        return [
            f"format_version {content.get('format_version')!r} is not supported "
            f"(this version of Referral Desk reads version {FORMAT_VERSION})"
        ]
    import fastjsonschema

    try:
        _fast_validator()(content)
    except fastjsonschema.JsonSchemaException:
        # The fast check stops at the first problem; list them all, with their places.
        validator = _validator()
        errors = sorted(validator.iter_errors(content), key=lambda e: list(e.absolute_path))
        return [f"{_where(list(e.absolute_path))}: {e.message}" for e in errors] or [
            "the file does not follow the directory schema"
        ]
    return _check_meaning(content)


def _schema() -> Any:
    return json.loads(schema_path().read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _fast_validator() -> Any:
    """A compiled check of the schema (its keywords are all in draft 7): fast on a large file."""
    import fastjsonschema

    return fastjsonschema.compile(_schema())


@lru_cache(maxsize=1)
def _validator() -> Any:
    """The full JSON Schema validator, which lists every problem with its place."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_schema())


def _check_meaning(content: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    sample = bool(content["directory"]["sample"])
    seen: dict[str, str] = {}
    term_codes = {(t["taxonomy"], t["code"]) for t in content["taxonomy"]}

    def claim(record_id: str, where: str) -> None:
        if record_id in seen:
            problems.append(f"{where}.id: {record_id} is already used at {seen[record_id]}")
        else:
            seen[record_id] = where

    for index, term in enumerate(content["taxonomy"]):
        claim(term["id"], f"taxonomy[{index}]")

    organizations = content["organizations"]
    org_ids = {o["id"] for o in organizations}
    contact_ids = {c["id"] for o in organizations for c in o.get("contacts", [])}
    for oi, org in enumerate(organizations):
        where = f"organizations[{oi}]"
        claim(org["id"], where)
        parent = org.get("parent_id")
        if parent is not None and parent not in org_ids:
            problems.append(f"{where}.parent_id: no organization has id {parent}")
        if parent == org["id"]:
            problems.append(f"{where}.parent_id: an organization cannot be its own parent")
        problems += _check_contact_ways(org, where, org["country"], sample)
        location_ids = set()
        for li, location in enumerate(org.get("locations", [])):
            lwhere = f"{where}.locations[{li}]"
            claim(location["id"], lwhere)
            location_ids.add(location["id"])
            problems += _check_timezone(location["timezone"], f"{lwhere}.timezone")
            problems += _check_schedules(location.get("schedules", []), lwhere)
        service_ids = set()
        for si, service in enumerate(org.get("services", [])):
            swhere = f"{where}.services[{si}]"
            claim(service["id"], swhere)
            service_ids.add(service["id"])
            for taxonomy, key in (
                ("category", "categories"),
                ("role", "roles"),
                ("population", "populations"),
            ):
                for code in service.get(key, []):
                    if (taxonomy, code) not in term_codes:
                        problems.append(
                            f"{swhere}.{key}: {code!r} is not a {taxonomy} in the taxonomy"
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
            claim(contact["id"], cwhere)
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
            if contact.get("counterpart_id") and contact["counterpart_id"] not in contact_ids:
                problems.append(
                    f"{cwhere}.counterpart_id: no contact has id {contact['counterpart_id']}"
                )
            if contact.get("schedules") and not contact.get("location_id") and not location_ids:
                problems.append(f"{cwhere}.schedules: hours need a location for their time zone")
            problems += _check_contact_ways(contact, cwhere, org["country"], sample)
            problems += _check_schedules(contact.get("schedules", []), cwhere)
    return problems


def _check_timezone(name: str, where: str) -> list[str]:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return [f"{where}: {name!r} is not an IANA time zone"]
    return []


def _check_schedules(schedules: list[dict[str, Any]], where: str) -> list[str]:
    problems = []
    for index, row in enumerate(schedules):
        try:
            WeeklyHours.parse(row["byday"], row["opens_at"], row["closes_at"])
        except ValueError as error:
            problems.append(f"{where}.schedules[{index}]: {error}")
    return problems


def _check_contact_ways(
    record: dict[str, Any], where: str, country: str, sample: bool
) -> list[str]:
    problems: list[str] = []
    for index, phone in enumerate(record.get("phones", [])):
        pwhere = f"{where}.phones[{index}].number"
        try:
            e164 = normalize_phone(phone["number"], phone.get("short_code_country"), country)
        except ValueError as error:
            problems.append(f"{pwhere}: {error}")
            continue
        if e164 in SHORT_CODES:
            continue
        if sample and not is_placeholder(e164):
            problems.append(
                f"{pwhere}: {phone['number']!r} looks like a real number; sample data may only "
                "hold 112, 116 000, 116 111 and placeholders with five zeros in a row"
            )
        if not sample and not is_valid_number(e164):
            problems.append(f"{pwhere}: {phone['number']!r} is not a valid phone number")
    email = record.get("email")
    if email:
        try:
            validate_email(email, check_deliverability=False)
        except EmailNotValidError as error:
            problems.append(f"{where}.email: {email!r} is not a valid e-mail address ({error})")
        else:
            if sample and not email.lower().endswith("@" + SAMPLE_EMAIL_DOMAIN):
                problems.append(
                    f"{where}.email: sample data may only use placeholder e-mails "
                    f"@{SAMPLE_EMAIL_DOMAIN}"
                )
    return problems
