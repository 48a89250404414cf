"""Case files: JSON checked against data/schema/case.schema.json, read into a Case and back."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from referral_desk.domain.case import Act, AgeGroup, Case, Gender, Means, Purpose, Urgency
from referral_desk.domain.person import age_fits_group
from referral_desk.exchange.json_input import (
    JsonInputError,
    parse_json,
    printable,
    read_bounded,
    schema_problems,
    strict_schema,
    structure_problems,
)

MAX_CASE_FILE_BYTES = 2**20  # a case is under 2 KB


def case_schema_path() -> Path:
    from referral_desk.paths import data_dir

    return data_dir() / "schema" / "case.schema.json"


class CaseFileError(ValueError):
    """A case description cannot be used; ``problems`` name each field that is wrong."""

    def __init__(self, problems: list[str], source: str = "the case") -> None:
        self.problems = problems
        super().__init__(f"{source} cannot be used:\n" + "\n".join(f"  - {p}" for p in problems))


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads(case_schema_path().read_text(encoding="utf-8"))
    return Draft202012Validator(strict_schema(schema))


def case_from_json(data: Any, source: str = "the case") -> Case:
    """A Case from its JSON form (case.schema.json); CaseFileError names each bad field."""
    structure, texts = structure_problems(data)
    problems = structure + texts if structure else texts + schema_problems(_validator(), data)
    if problems:
        raise CaseFileError([printable(p) for p in problems], source)
    age, group = data.get("age"), AgeGroup(data.get("age_group", "unknown"))
    if not age_fits_group(age, group):
        raise CaseFileError([f"age_group: {group.value!r} does not fit age {age}"], source)
    return Case(
        country=data["country"],
        region=data.get("region"),
        age=age,
        age_group=group,
        age_uncertain=data.get("age_uncertain", False),
        gender=Gender(data.get("gender", "unknown")),
        nationality=data.get("nationality"),
        unaccompanied=data.get("unaccompanied", False),
        seeks_asylum=data.get("seeks_asylum", False),
        irregular_stay=data.get("irregular_stay", False),
        languages=tuple(data.get("languages", ())),
        acts=frozenset(Act(v) for v in data.get("acts", ())),
        means=frozenset(Means(v) for v in data.get("means", ())),
        purposes=frozenset(Purpose(v) for v in data.get("purposes", ())),
        crossed_border=data.get("crossed_border", False),
        consented_to_move=data.get("consented_to_move"),
        free_to_leave=data.get("free_to_leave"),
        urgent=frozenset(Urgency(v) for v in data.get("urgent", ())),
        consents_to_referral=data.get("consents_to_referral"),
        post_country=data.get("post_country"),
    )


def read_case_file(path: Path) -> Case:
    """Read a case file (UTF-8 JSON); CaseFileError says what is wrong and where."""
    try:
        data = parse_json(read_bounded(path, MAX_CASE_FILE_BYTES, "case file"))
    except JsonInputError as error:
        raise CaseFileError(error.problems, str(path)) from None
    return case_from_json(data, str(path))


def case_to_json(case: Case) -> dict[str, Any]:
    """The JSON form of a case: what case_from_json reads back."""
    out: dict[str, Any] = {"country": case.country}
    optional: dict[str, Any] = {
        "region": case.region,
        "age": case.age,
        "nationality": case.nationality,
        "consented_to_move": case.consented_to_move,
        "free_to_leave": case.free_to_leave,
        "consents_to_referral": case.consents_to_referral,
        "post_country": case.post_country,
    }
    out.update({k: v for k, v in optional.items() if v is not None})
    out.update(
        {
            "age_group": case.age_group.value,
            "age_uncertain": case.age_uncertain,
            "gender": case.gender.value,
            "unaccompanied": case.unaccompanied,
            "seeks_asylum": case.seeks_asylum,
            "irregular_stay": case.irregular_stay,
            "languages": list(case.languages),
            "crossed_border": case.crossed_border,
        }
    )
    for key, values in (
        ("acts", case.acts),
        ("means", case.means),
        ("purposes", case.purposes),
        ("urgent", case.urgent),
    ):
        out[key] = sorted(v.value for v in values)
    return out
