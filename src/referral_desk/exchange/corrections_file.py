"""The small file of corrections a post sends its coordinator: written, read and checked.

It holds what the caseworkers found wrong with records, their post, and when; never a
caseworker's own notes, and nothing about a person they helped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from referral_desk.domain.corrections import Correction
from referral_desk.domain.verification import MAX_NOTE
from referral_desk.exchange.json_input import (
    JsonInputError,
    parse_json,
    printable,
    read_bounded,
    schema_problems,
    strict_schema,
    structure_problems,
)

FORMAT = "referral-desk-corrections"
FORMAT_VERSION = 1
SUFFIX = ".corrections.json"
MAX_FILE_BYTES = 8 * 2**20
MAX_CORRECTIONS = 10_000

_UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_TEXT = {"type": "string", "maxLength": MAX_NOTE}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["format", "format_version", "written_at", "corrections"],
    "properties": {
        "format": {"const": FORMAT},
        "format_version": {"const": FORMAT_VERSION},
        "written_at": {"type": "string", "maxLength": 40},
        "corrections": {
            "type": "array",
            "maxItems": MAX_CORRECTIONS,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": [
                    "id",
                    "record_id",
                    "record_name",
                    "country",
                    "wrong",
                    "found",
                    "post",
                    "reported_at",
                ],
                "properties": {
                    "id": {"type": "string", "pattern": _UUID},
                    "record_id": {"type": "string", "pattern": _UUID},
                    "record_name": {"type": "string", "minLength": 1, "maxLength": 300},
                    "country": {"type": "string", "pattern": "^[A-Z]{2}$"},
                    "wrong": {**_TEXT, "minLength": 1},
                    "found": _TEXT,
                    "post": {"type": "string", "minLength": 1, "maxLength": 300},
                    "reported_at": {"type": "string"},
                },
            },
        },
    },
}


class CorrectionsFileError(Exception):
    """A corrections file cannot be used; ``problems`` lists each, with where it is."""

    def __init__(self, path: Path | str, problems: list[str]) -> None:
        self.path = str(path)
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"The corrections file {path} cannot be used:\n{shown}{more}")


def _moment(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def corrections_json(corrections: Iterable[Correction], written_at: datetime) -> str:
    """The file's text: the corrections, and when it was written."""
    content = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "written_at": _moment(written_at),
        "corrections": [
            {
                "id": c.id,
                "record_id": c.record_id,
                "record_name": c.record_name,
                "country": c.country,
                "wrong": c.wrong,
                "found": c.found,
                "post": c.post,
                "reported_at": _moment(c.reported_at),
            }
            for c in corrections
        ],
    }
    return json.dumps(content, ensure_ascii=False, indent=1) + "\n"


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(strict_schema(SCHEMA))


def read_corrections(path: Path) -> list[Correction]:
    """The corrections in a file; CorrectionsFileError names every problem and its place."""
    try:
        content = parse_json(read_bounded(path, MAX_FILE_BYTES, "corrections file"))
    except JsonInputError as error:
        raise CorrectionsFileError(path, error.problems) from None
    problems = check_corrections(content)
    if problems:
        raise CorrectionsFileError(path, problems)
    out = []
    for item in content["corrections"]:
        out.append(
            Correction(
                id=item["id"],
                record_id=item["record_id"],
                record_name=item["record_name"],
                country=item["country"],
                wrong=item["wrong"],
                found=item["found"],
                post=item["post"],
                reported_at=_parse_moment(item["reported_at"]),
                imported=True,
            )
        )
    return out


def _parse_moment(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def check_corrections(content: Any) -> list[str]:
    """Every problem of a parsed corrections file, each with its place."""
    structure, texts = structure_problems(content)
    if structure:
        return [printable(p) for p in structure + texts]
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        return [f"not a Referral Desk corrections file (format must be {FORMAT!r})"]
    problems = texts + schema_problems(_validator(), content)
    if not problems:
        seen: dict[str, int] = {}
        for index, item in enumerate(content["corrections"]):
            try:
                _parse_moment(item["reported_at"])
            except ValueError:
                problems.append(
                    f"corrections[{index}].reported_at: {item['reported_at'][:40]!r} "
                    "is not a time in ISO 8601"
                )
            if item["id"] in seen:
                problems.append(
                    f"corrections[{index}].id: the same id as corrections[{seen[item['id']]}]"
                )
            seen.setdefault(item["id"], index)
    return [printable(p) for p in problems]
