"""Case files: JSON checked against data/schema/case.schema.json, read into a Case and back."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from referral_desk.domain.case import Act, AgeGroup, Case, Gender, Means, Purpose, Urgency
from referral_desk.domain.codes import is_country, is_language
from referral_desk.domain.person import age_fits_group
from referral_desk.domain.region_names import known_region, regions_of
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
COUNTRY_FIELDS = (
    "country",
    "nationality",
    "post_represents",
    "post_country",
    "post_location",
    "exploitation_country",
)


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
    unknown = [
        f"{key}: {data[key]!r} is not a country code"
        for key in COUNTRY_FIELDS
        if data.get(key) is not None and not is_country(data[key])
    ]
    unknown += [
        f"languages[{index}]: {code!r} is not a language code"
        for index, code in enumerate(data.get("languages", ()))
        if not is_language(code)
    ]
    regions = {
        key: known_region(data.get(country), data[key])
        for key, country in (("region", "country"), ("home_region", "nationality"))
        if isinstance(data.get(key), str)
    }
    unknown += [
        f"{key}: {data[key]!r} is not a region of {str(data[country]).upper()} "
        f"(one of: {', '.join(regions_of(data[country]))})"
        for key, country in (("region", "country"), ("home_region", "nationality"))
        if key in regions and regions[key] is None
    ]
    if "post_country" in data and "post_represents" in data:
        unknown.append("post_country: give post_represents only (post_country is its older name)")
    if unknown:
        raise CaseFileError(unknown, source)
    return Case(
        country=data["country"],
        region=regions.get("region") or None,
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
        post_represents=data.get("post_represents", data.get("post_country")),
        post_location=data.get("post_location"),
        at_border_crossing=data.get("at_border_crossing", False),
        medical_needs=data.get("medical_needs", False),
        documents_withheld=data.get("documents_withheld", False),
        wages_withheld=data.get("wages_withheld", False),
        debt_bondage=data.get("debt_bondage", False),
        age_estimated=data.get("age_estimated", False),
        separated_child=data.get("separated_child", False),
        exploitation_country=data.get("exploitation_country"),
        home_region=regions.get("home_region") or None,
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
        "post_represents": case.post_represents,
        "post_location": case.post_location,
        "exploitation_country": case.exploitation_country,
        "home_region": case.home_region,
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
            "at_border_crossing": case.at_border_crossing,
            "medical_needs": case.medical_needs,
            "documents_withheld": case.documents_withheld,
            "wages_withheld": case.wages_withheld,
            "debt_bondage": case.debt_bondage,
            "age_estimated": case.age_estimated,
            "separated_child": case.separated_child,
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
