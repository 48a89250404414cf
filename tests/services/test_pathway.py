"""Pathway services: roles to bodies, fallback, rules kept when broken, case files, output."""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from referral_desk.domain.case import Act, AgeGroup, Assessment, Case, Gender, Purpose, Urgency
from referral_desk.domain.rules import RuleSet, parse_rules
from referral_desk.domain.vocab import Role
from referral_desk.exchange.pathway_json import pathway_to_json
from referral_desk.services import pathway as service
from referral_desk.services.desk import Desk
from referral_desk.services.pathway import (
    CaseFileError,
    case_from_json,
    case_to_json,
    load_rules,
    read_case_file,
)
from referral_desk.sheets.pathway_text import pathway_as_text

ROOT = Path(__file__).resolve().parents[2]
WEDNESDAY_MORNING = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
SUNDAY_NIGHT = datetime(2026, 3, 8, 1, 0, tzinfo=UTC)
ROLES = {r.value for r in Role}


def _id(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, name))


VERIFIED = {"at": "2026-01-01", "by": "tests", "source": "tests"}


def _service(name: str, role: str, areas: list[tuple[str, str | None]], **extra: Any) -> Any:
    return {
        "id": _id(name + "/service"),
        "name": {"en": name},
        "categories": ["social_services"],
        "roles": [role],
        "populations": extra.pop("populations", ["any"]),
        "referral_methods": ["phone"],
        "serves_nationals_of": extra.pop("nationals", []),
        "languages": extra.pop("languages", ["en"]),
        "service_areas": [{"country": c, "region": r} for c, r in areas],
        "location_ids": [_id(name + "/location")],
        "phones": extra.pop("phones", []),
        "around_the_clock": extra.pop("always", False),
        "schedules": extra.pop("schedules", []),
        "description": {"en": name},
        "eligibility": None,
        "referral_notes": None,
        "email": None,
        "url": None,
        "verified": VERIFIED,
    }


def _org(name: str, country: str, service: Any, number: str) -> Any:
    zone = "Europe/Vienna" if country == "AT" else "Europe/Sofia"
    return {
        "id": _id(name),
        "name": {"en": name},
        "own_name": {"lang": "en", "text": name},
        "country": country,
        "alternate_names": [],
        "description": {"en": name},
        "parent_id": None,
        "website": None,
        "verified": VERIFIED,
        "contacts": [],
        "email": f"{_id(name)[:8]}@example.org",
        "phones": [{"number": number, "type": "voice", "placeholder": True}],
        "locations": [
            {
                "id": _id(service["name"]["en"] + "/location"),
                "timezone": zone,
                "confidential": False,
                "name": {"en": name},
                "latitude": None,
                "longitude": None,
                "schedules": [],
                "address": {"address_1": "Street 1", "city": "Wien", "country": country},
            }
        ],
        "services": [service],
    }


OFFICE_HOURS = [
    {"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "08:00", "closes_at": "16:00"}
]
BODIES = [
    (
        "Emergency 112",
        "AT",
        _service(
            "Emergency 112",
            "emergency_number",
            [("AT", None)],
            always=True,
            phones=[{"number": "112", "type": "voice", "short_code_country": "AT"}],
        ),
        "+43 1 000 0001",
    ),
    (
        "Police office",
        "AT",
        _service("Police office", "police", [("AT", "Vienna")], schedules=OFFICE_HOURS),
        "+43 1 000 0002",
    ),
    (
        "Youth welfare Styria",
        "AT",
        _service(
            "Youth welfare Styria",
            "child_protection_authority",
            [("AT", "Styria")],
            populations=["children"],
        ),
        "+43 1 000 0003",
    ),
    (
        "Youth welfare Austria",
        "AT",
        _service(
            "Youth welfare Austria",
            "child_protection_authority",
            [("AT", None)],
            populations=["children"],
        ),
        "+43 1 000 0004",
    ),
    (
        "Youth welfare Vienna",
        "AT",
        _service(
            "Youth welfare Vienna",
            "child_protection_authority",
            [("AT", "Vienna")],
            populations=["children", "families"],
        ),
        "+43 1 000 0005",
    ),
    (
        "Women centre speaking Bulgarian",
        "AT",
        _service(
            "Women centre speaking Bulgarian",
            "shelter_women",
            [("AT", None)],
            populations=["women"],
            languages=["bg", "de"],
        ),
        "+43 1 000 0006",
    ),
    (
        "Women centre",
        "AT",
        _service(
            "Women centre", "shelter_women", [("AT", None)], populations=["women"], languages=["de"]
        ),
        "+43 1 000 0007",
    ),
    (
        "Embassy of Bulgaria",
        "AT",
        _service("Embassy of Bulgaria", "consulate", [("AT", None)], nationals=["BG"]),
        "+43 1 000 0008",
    ),
    (
        "Embassy of Romania",
        "AT",
        _service("Embassy of Romania", "consulate", [("AT", None)], nationals=["RO"]),
        "+43 1 000 0009",
    ),
]
TERMS = [
    {"id": _id(f"term/{taxonomy}/{code}"), "taxonomy": taxonomy, "code": code, "name": {"en": code}}
    for taxonomy, codes in (
        ("role", sorted({b[2]["roles"][0] for b in BODIES})),
        ("category", ["social_services"]),
        ("population", ["any", "children", "families", "women"]),
    )
    for code in codes
]


@pytest.fixture
def tiny(tmp_path: Path) -> Iterator[Desk]:
    content = {
        "format": "referral-desk-directory",
        "format_version": 1,
        "directory": {
            "name": {"en": "Tiny"},
            "version": "1",
            "published": "2026-01-01",
            "publisher": "tests",
            "sample": True,
            "notice": {"en": "Test data"},
        },
        "taxonomy": TERMS,
        "organizations": [
            _org(name, country, svc, number) for name, country, svc, number in BODIES
        ],
    }
    seed = tmp_path / "tiny.json"
    seed.write_text(json.dumps(content), encoding="utf-8")
    desk = Desk.open(tmp_path / "tiny.sqlite3", seed)
    yield desk
    desk.close()


def names(desk: Desk, role: str, case: Case, country: str = "AT") -> list[str]:
    ids = desk.pathways.bodies_for(role, country, case)
    return [d.name.get("en") for d in desk.directory.details(ids)]


# -- roles to bodies


def test_the_region_where_the_person_is_comes_first(tiny: Desk) -> None:
    case = Case(country="AT", region="vienna", age_group=AgeGroup.CHILD)
    assert names(tiny, "child_protection_authority", case) == [
        "Youth welfare Vienna",
        "Youth welfare Austria",
    ]  # never another region's office


def test_without_a_region_only_whole_country_services(tiny: Desk) -> None:
    case = Case(country="AT", age_group=AgeGroup.CHILD)
    assert names(tiny, "child_protection_authority", case) == ["Youth welfare Austria"]


def test_the_persons_language_is_preferred(tiny: Desk) -> None:
    woman = Case(country="AT", age_group=AgeGroup.ADULT, gender=Gender.FEMALE)
    assert names(tiny, "shelter_women", woman)[0] == "Women centre"  # by name when no language
    speaking_bg = Case(
        country="AT", age_group=AgeGroup.ADULT, gender=Gender.FEMALE, languages=("bg",)
    )
    assert names(tiny, "shelter_women", speaking_bg)[0] == "Women centre speaking Bulgarian"


def test_population_must_fit(tiny: Desk) -> None:
    man = Case(country="AT", age_group=AgeGroup.ADULT, gender=Gender.MALE)
    assert names(tiny, "shelter_women", man) == []
    assert names(tiny, "child_protection_authority", man) == []


def test_the_consulate_is_the_one_of_the_persons_nationality(tiny: Desk) -> None:
    assert names(tiny, "consulate", Case(country="AT", nationality="BG")) == ["Embassy of Bulgaria"]
    assert names(tiny, "consulate", Case(country="AT", nationality="RO")) == ["Embassy of Romania"]
    assert names(tiny, "consulate", Case(country="AT", nationality="UA")) == []
    assert names(tiny, "consulate", Case(country="AT")) == []


POLICE_ONLY = """\
[[assessment]]
id = "all"
result = "insufficient"
reason.en = "x"

[[step]]
id = "police"
phase = "identification"
role = "police"
where = "here"
timing = "now"
action.en = "Call the police office."
why.en = "Because."

[[step]]
id = "lawyer"
phase = "proceedings"
role = "legal_aid"
where = "here"
timing = "when_ready"
action.en = "Find a lawyer."
why.en = "Because."

[[step]]
id = "fallback"
phase = "immediate_safety"
role = "emergency_number"
where = "here"
timing = "now"
fallback = true
action.en = "Call 112."
why.en = "Always there."
"""


@pytest.fixture
def police_only() -> RuleSet:
    return parse_rules([("police.toml", POLICE_ONLY)], ROLES)


def test_fallback_only_when_nobody_is_reachable(tiny: Desk, police_only: RuleSet) -> None:
    case = Case(country="AT", region="Vienna")
    day = tiny.pathways.make(case, WEDNESDAY_MORNING, police_only)
    assert [s.rule_id for s in day.steps] == ["police", "lawyer"]
    night = tiny.pathways.make(case, SUNDAY_NIGHT, police_only)
    assert [s.rule_id for s in night.steps] == ["fallback", "police", "lawyer"]
    assert night.steps[0].bodies[0].reach.reachable
    assert "none_reachable" not in night.notes


def test_a_role_nobody_plays_is_noted_and_the_step_kept(tiny: Desk, police_only: RuleSet) -> None:
    pathway = tiny.pathways.make(Case(country="AT"), WEDNESDAY_MORNING, police_only)
    assert pathway.steps[-1].bodies == ()
    assert "unresolved:legal_aid:AT" in pathway.notes
    assert "No body for this role in the directory" in pathway_as_text(pathway, "en")


# -- output


def child_in_vienna() -> Case:
    return Case(
        country="AT",
        region="Vienna",
        age=12,
        age_group=AgeGroup.CHILD,
        nationality="BG",
        acts=frozenset({Act.TRANSPORTATION}),
        purposes=frozenset({Purpose.FORCED_BEGGING}),
        urgent=frozenset({Urgency.IMMEDIATE_DANGER}),
    )


def test_pathway_json(tiny: Desk) -> None:
    pathway = tiny.pathways.make(child_in_vienna(), WEDNESDAY_MORNING)
    data = json.loads(json.dumps(pathway_to_json(pathway, "bg"), ensure_ascii=False))
    assert data["assessment"]["result"] == "trafficking"
    assert data["assessment"]["reasons"][0]["code"] == "trafficking_child"
    assert "Протокол" in data["assessment"]["reasons"][0]["text"]
    assert [s["order"] for s in data["steps"]] == list(range(1, len(data["steps"]) + 1))
    first = data["steps"][0]
    assert first["phase"] == "immediate_safety" and first["timing"] == "now"
    body = first["bodies"][0]
    assert body["name"] == "Emergency 112" and body["country"] == "AT" and body["reachable_now"]
    assert body["contacts"]["phones"][0]["number"] == "112"
    consulate = next(s for s in data["steps"] if s["role"] == "consulate")
    assert [b["name"] for b in consulate["bodies"]] == ["Embassy of Bulgaria"]
    assert consulate["bodies"][0]["organization"]["name"] == "Embassy of Bulgaria"
    assert {"child_no_consent_needed", "child_not_detained"} <= {
        w["code"] for w in data["warnings"]
    }
    assert case_from_json(data["case"]) == pathway.case


def test_pathway_text_goes_through_the_translator(tiny: Desk) -> None:
    pathway = tiny.pathways.make(child_in_vienna(), WEDNESDAY_MORNING)
    asked: list[tuple[str, str]] = []

    def tr(context: str, text: str) -> str:
        asked.append((context, text))
        return text.upper() if context == "Vocabulary" else text

    text = pathway_as_text(pathway, "de", tr)
    assert "IMMEDIATE SAFETY" in text and "TRAFFICKING IN PERSONS INDICATED" in text
    assert ("Vocabulary", "Emergency number") in asked
    assert ("Vocabulary", "Reachable around the clock") in asked
    assert ("Pathway", "Referral pathway") in asked
    assert "Notruf" in text  # rule texts in the language asked for


# -- case files


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({}, "(top level): 'country' is a required property"),
        ({"country": "Austria"}, "country: 'Austria' is not a country code"),
        ({"country": "AT", "age": -1}, "age: -1 is less than 0"),
        ({"country": "AT", "purposes": ["slavery"]}, "purposes[0]: 'slavery' is not one of"),
        (
            {"country": "AT", "name": "Maria"},
            "(top level): unexpected field 'name'",
        ),
        (
            {"country": "AT", "consents_to_referral": "yes"},
            "consents_to_referral: a text where true, false or null belongs",
        ),
        (
            {"country": "AT", "age": 12, "age_group": "adult"},
            "age_group: 'adult' does not fit age 12",
        ),
        ({"country": "UK"}, "country: 'UK' is not a country code"),
        ({"country": "AT", "nationality": "BU"}, "nationality: 'BU' is not a country code"),
        ({"country": "AT", "languages": ["bg", "xx"]}, "languages[1]: 'xx' is not a language"),
        (
            {"country": "AT", "post_country": "BG", "post_represents": "BG"},
            "post_country: give post_represents only",
        ),
        ({"country": "BG", "region": "Sofia"}, "region: 'Sofia' is not a region of BG"),
        (
            {"country": "AT", "nationality": "BG", "home_region": "Vienna"},
            "home_region: 'Vienna' is not a region of BG",
        ),
    ],
)
def test_a_bad_case_names_the_field(data: dict[str, Any], field: str) -> None:
    with pytest.raises(CaseFileError) as caught:
        case_from_json(data)
    assert any(p.startswith(field) for p in caught.value.problems), caught.value.problems


def test_a_region_is_read_in_any_language_and_kept_as_the_directory_names_it() -> None:
    case = case_from_json(
        {"country": "AT", "region": "Wien", "nationality": "BG", "home_region": "София-град"}
    )
    assert (case.region, case.home_region) == ("Vienna", "Sofia City")
    elsewhere = case_from_json({"country": "GR", "region": "Attica"})
    assert elsewhere.region == "Attica", "a country whose regions are not listed: as written"


def test_a_case_file_that_is_not_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text('{\n  "country": "AT",\n}\n', encoding="utf-8")
    with pytest.raises(CaseFileError, match="line 3"):
        read_case_file(path)


EXAMPLES = {
    "bg-child-begging-vienna.json": (Assessment.TRAFFICKING, "Drehscheibe"),
    "bg-woman-exploited-austria.json": (Assessment.TRAFFICKING, "LEFÖ"),
    "asylum-seeker-bulgaria.json": (Assessment.TRAFFICKING, "State Agency for Refugees"),
    "smuggled-adult-bulgaria.json": (Assessment.SMUGGLING, "Migration Directorate"),
    "bg-consulate-own-national-vienna.json": (Assessment.TRAFFICKING, "MEN VIA"),
    "at-girl-uncertain-age-sofia.json": (Assessment.TRAFFICKING, "Austrian Embassy Sofia"),
}


def test_every_example_case_file_is_covered() -> None:
    assert sorted(p.name for p in (ROOT / "data" / "cases").glob("*.json")) == sorted(EXAMPLES)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_example_case_files(sample_desk: Desk, name: str) -> None:
    expected, body = EXAMPLES[name]
    pathway = sample_desk.pathways.make(
        read_case_file(ROOT / "data" / "cases" / name), WEDNESDAY_MORNING
    )
    assert pathway.assessment is expected
    assert body in json.dumps(pathway_to_json(pathway, "en"), ensure_ascii=False)


PLACES = st.sampled_from([("AT", None), ("AT", "Vienna"), ("BG", None), ("BG", "Varna")])
case_values = PLACES.flatmap(
    lambda place: st.builds(
        Case,
        country=st.just(place[0]),
        region=st.just(place[1]),
        age=st.one_of(st.none(), st.integers(0, 120)),
        gender=st.sampled_from(Gender),
        nationality=st.one_of(st.none(), st.sampled_from(["BG", "UA"])),
        languages=st.lists(st.sampled_from(["bg", "de"]), unique=True).map(tuple),
        acts=st.frozensets(st.sampled_from(Act)),
        purposes=st.frozensets(st.sampled_from(Purpose)),
        consented_to_move=st.sampled_from([None, True, False]),
        urgent=st.frozensets(st.sampled_from(Urgency)),
    )
)


@settings(max_examples=50, deadline=None)
@given(case=case_values)
def test_case_json_round_trip(case: Case) -> None:
    assert case_from_json(json.loads(json.dumps(case_to_json(case)))) == case


# -- the rule files in use


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(ROOT / "data" / "rules", folder)
    return folder


def test_broken_rules_keep_the_last_good_ones(rules_copy: Path) -> None:
    good = load_rules(rules_copy)
    assert good.error is None and good.rules is not None and not good.from_last_good
    pathway_file = rules_copy / "pathway.toml"
    text = pathway_file.read_text(encoding="utf-8")
    pathway_file.write_text(
        text.replace('role = "consulate"', 'role = "embasy"', 1), encoding="utf-8"
    )
    broken = load_rules(rules_copy)
    assert broken.from_last_good and broken.rules == good.rules
    assert broken.error is not None
    (problem,) = broken.error.problems
    expected_line = text.splitlines().index('role = "consulate"') + 1
    assert (problem.file, problem.line) == ("pathway.toml", expected_line)
    assert "unknown role 'embasy'" in problem.message


def test_last_good_rules_survive_a_restart(
    rules_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert load_rules(rules_copy).rules is not None
    monkeypatch.setattr(service.rules_files, "_last_good", {})  # as after a restart
    (rules_copy / "warnings.toml").write_text("[[warning]\n", encoding="utf-8")
    broken = load_rules(rules_copy)
    assert broken.from_last_good and broken.rules is not None
    assert broken.error is not None and "not valid TOML" in str(broken.error)


def test_rules_never_good_give_no_rules_and_the_error(tmp_path: Path) -> None:
    (tmp_path / "one.toml").write_text('[[step]]\nid = "x"\n', encoding="utf-8")
    loaded = load_rules(tmp_path)
    assert loaded.rules is None and loaded.error is not None and not loaded.from_last_good
