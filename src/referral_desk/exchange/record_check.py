"""Checking an edited record with the directory file's own checks, each problem named by field.

The organization the record belongs to is checked as a small directory file of
its own (the directory's header and taxonomy, that one organization), so every
rule of the file applies: the schema, required translations, phone numbers through
libphonenumber for the body's country, e-mail addresses, IANA time zones, hours.
Links to records of other organizations (a parent, a counterpart) are checked
against the ids the directory holds.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from referral_desk.exchange.check_problem import CheckProblem
from referral_desk.exchange.directory_json import FORMAT, FORMAT_VERSION, check_directory

_PLACE = re.compile(r"^organizations\[0\]((?:\.(?:locations|services|contacts)\[\d+\])?)(.*)$")
_OTHER_ORGANIZATION = re.compile(
    r"\.(parent_id: no organization|counterpart_id: no contact) has id (\S+)$"
)


@dataclass(frozen=True)
class FieldProblem:
    """What is wrong with one field of a record (``field`` is the file key, "" for the record).

    ``message`` is English; when the check made it from a template (context
    "DirectoryCheck"), ``template``, ``values`` and ``fields`` let the UI say it in its
    language, naming the fields in ``fields`` (placeholder: file key) its own way.
    """

    record_id: str
    field: str
    message: str
    template: str = dataclasses.field(default="", compare=False)
    values: Mapping[str, str] = dataclasses.field(default_factory=dict, compare=False)
    fields: Mapping[str, str] = dataclasses.field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, record_id: str, field_key: str, problem: CheckProblem) -> FieldProblem:
        """The problem of ``field_key`` told by a CheckProblem (its place left out)."""
        return cls(
            record_id, field_key, problem.message(), problem.template, problem.values,
            problem.fields,
        )  # fmt: skip

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


def check_organization(
    content: Mapping[str, Any],
    organization: Mapping[str, Any],
    known_ids: Collection[str] = (),
) -> list[FieldProblem]:
    """Every problem of ``organization`` (with its locations, services, contacts) as part
    of the directory ``content``; ``known_ids`` are the ids of the other organizations'
    records, which a parent or a counterpart may name."""
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "directory": content["directory"],
        "taxonomy": content["taxonomy"],
        "organizations": [organization],
    }
    found: list[FieldProblem] = []
    for problem in check_directory(document):
        other = _OTHER_ORGANIZATION.search(problem)
        if other and other.group(2) in known_ids:
            continue
        found.append(_named(organization, problem))
    return found


def _named(organization: Mapping[str, Any], problem: str) -> FieldProblem:
    """A problem of the small file told as record and field: ``phones[0].number: ...``."""
    place, _, message = problem.partition(": ")
    matched = _PLACE.match(place)
    if not matched:
        return FieldProblem(str(organization.get("id", "")), "", problem)
    record_id = str(organization.get("id", ""))
    child = matched.group(1)
    if child:
        group, index = child[1:].rstrip("]").split("[")
        with contextlib.suppress(KeyError, IndexError, TypeError, ValueError):
            record_id = str(organization[group][int(index)]["id"])
    key = matched.group(2).lstrip(".")
    if isinstance(problem, CheckProblem) and problem.where == place:
        return FieldProblem.of(record_id, key, problem)
    return FieldProblem(record_id, key, message)
