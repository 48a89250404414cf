"""The rule engine: loading and checking rule files, screening, choosing steps (no directory)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from referral_desk.domain.case import (
    Act,
    AgeGroup,
    Assessment,
    Case,
    Gender,
    Means,
    Phase,
    Purpose,
    Urgency,
)
from referral_desk.domain.languages import UI_LANGUAGES
from referral_desk.domain.rules import (
    PHASE_ORDER,
    Problem,
    RuleSet,
    RuleSetError,
    case_facts,
    parse_rules,
    plan,
    read_rule_files,
    screen,
)
from referral_desk.domain.vocab import Role

ROLES = {role.value for role in Role}
RULES_DIR = Path(__file__).resolve().parents[2] / "data" / "rules"

BASE = """\
[[assessment]]
id = "everyone"
result = "insufficient"
reason.en = "Catch-all."

[[step]]
id = "fallback"
phase = "immediate_safety"
role = "emergency_number"
where = "here"
timing = "now"
fallback = true
action.en = "Call 112."
why.en = "Always reachable."
"""


def problems_of(text: str, name: str = "extra.toml") -> list[Problem]:
    with pytest.raises(RuleSetError) as caught:
        parse_rules([("base.toml", BASE), (name, text)], ROLES)
    return caught.value.problems


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.fixture(scope="module")
def shipped() -> RuleSet:
    return read_rule_files(RULES_DIR, ROLES)


# -- the shipped rule files


def test_shipped_rules_load_without_problems(shipped: RuleSet) -> None:
    assert shipped.assessments and shipped.steps and shipped.warnings and shipped.forbids
    assert all(rule.source.line > 0 for rule in shipped.steps)


def test_shipped_rules_name_roles_never_bodies(shipped: RuleSet) -> None:
    assert {step.role for step in shipped.steps} <= ROLES | {"caseworker"}


def test_shipped_texts_come_in_every_ui_language(shipped: RuleSet) -> None:
    for step in shipped.steps:
        for text in (step.action, step.why):
            assert set(text.by_lang) == set(UI_LANGUAGES), step.id
    for rule in (*shipped.warnings, *shipped.reasons):
        assert set(rule.text.by_lang) == set(UI_LANGUAGES), rule.id


# -- a broken rule file: one test for each kind of problem


def test_unknown_role_is_named_with_its_line() -> None:
    text = BASE.replace('id = "fallback"', 'id = "fallback2"').replace(
        'role = "emergency_number"', 'role = "embasy"'
    )
    (problem,) = problems_of(text)
    assert problem.file == "extra.toml"
    assert problem.line == line_of(text, 'role = "embasy"')
    assert problem.rule == "fallback2"
    assert "unknown role 'embasy'" in problem.message


def test_unknown_field_is_named_with_its_line() -> None:
    text = """\
[[warning]]
id = "w"
text.en = "Hello"

[warning.when]
is_child = true
is_kid = true
"""
    (problem,) = problems_of(text)
    assert problem.line == line_of(text, "is_kid")
    assert "unknown field 'is_kid'" in problem.message
    assert "did you mean 'is_child'" in problem.message


def test_rule_that_can_never_fire_is_refused() -> None:
    text = """\
[[warning]]
id = "impossible"
when = { is_child = true, age_group = "adult" }
text.en = "Never shown."
"""
    (problem,) = problems_of(text)
    assert problem.line == line_of(text, "[[warning]]")
    assert problem.rule == "impossible"
    assert "can never apply" in problem.message


def test_rule_whose_unless_always_holds_is_refused() -> None:
    text = """\
[[warning]]
id = "dead"
when = { is_child = true }
unless = { consent = "not_needed" }
text.en = "Never shown."
"""
    (problem,) = problems_of(text)
    assert "can never apply" in problem.message and "unless" in problem.message


def test_contradictory_rules_are_refused() -> None:
    text = """\
[[forbid]]
id = "no_embassy"
role = "consulate"
when = { seeks_asylum = true }

[[step]]
id = "call_embassy"
phase = "identification"
role = "consulate"
where = "here"
timing = "now"
when = { foreign_national = true }
action.en = "Call the embassy."
why.en = "Identity."
"""
    (problem,) = problems_of(text)
    assert problem.rule == "call_embassy"
    assert problem.line == line_of(text, 'id = "call_embassy"') - 1
    assert "contradicts rule 'no_embassy'" in problem.message


def test_contradiction_is_resolved_by_unless() -> None:
    text = """\
[[forbid]]
id = "no_embassy"
role = "consulate"
when = { seeks_asylum = true }

[[step]]
id = "call_embassy"
phase = "identification"
role = "consulate"
where = "here"
timing = "now"
when = { foreign_national = true }
unless = { seeks_asylum = true }
action.en = "Call the embassy."
why.en = "Identity."
"""
    rules = parse_rules([("base.toml", BASE), ("extra.toml", text)], ROLES)
    assert [s.id for s in rules.steps] == ["fallback", "call_embassy"]


def test_toml_syntax_error_names_the_line() -> None:
    text = '[[warning]]\nid = "w"\ntext.en = "unclosed\n'
    (problem,) = problems_of(text)
    assert problem.file == "extra.toml" and problem.line == 3
    assert "not valid TOML" in problem.message


@pytest.mark.parametrize(
    ("snippet", "needle", "expected"),
    [
        ('[[step]]\nid = "s"\nphase = "now"\n', "phase", "needs"),
        ('[[warning]]\nid = "w"\ntext.de = "Nur Deutsch"\n', "text", "English text"),
        ('[[warning]]\nid = "w"\ntext.en = "x"\ncolour = "red"\n', "colour", "unknown key"),
        (
            '[[warning]]\nid = "w"\ntext.en = "x"\nwhen = { purposes = ["slavery"] }\n',
            "when",
            "purposes cannot be 'slavery'",
        ),
        (
            '[[warning]]\nid = "w"\ntext.en = "x"\nwhen = { is_child = "yes" }\n',
            "when",
            "true or false",
        ),
        (
            '[[reason]]\nid = "r"\ntext.en = "x"\nwhen = { assessment = "trafficking" }\n',
            "when",
            "cannot be used",
        ),
        ('[[stepz]]\nid = "s"\n', "stepz", "unknown table"),
        ('[[warning]]\nid = "everyone"\ntext.en = "x"\n', "everyone", "already used"),
    ],
)
def test_other_problems_are_named(snippet: str, needle: str, expected: str) -> None:
    problems = problems_of(snippet)
    assert any(expected in p.message for p in problems), problems
    assert all(p.file == "extra.toml" and p.line is not None for p in problems)


def test_every_problem_is_reported_not_only_the_first() -> None:
    text = (
        BASE.replace('id = "fallback"', 'id = "a"').replace(
            'role = "emergency_number"', 'role = "nobody"'
        )
        + '\n[[warning]]\nid = "w"\ntext.en = "x"\nwhen = { is_kid = true }\n'
    )
    assert len(problems_of(text)) == 2


def test_missing_catch_all_and_fallback_are_refused() -> None:
    text = """\
[[assessment]]
id = "only_children"
result = "insufficient"
when = { is_child = true }
reason.en = "x"

[[step]]
id = "s"
phase = "identification"
role = "police"
where = "here"
timing = "now"
action.en = "x"
why.en = "y"
"""
    with pytest.raises(RuleSetError) as caught:
        parse_rules([("only.toml", text)], ROLES)
    messages = " ".join(p.message for p in caught.value.problems)
    assert "must have no conditions" in messages and "fallback" in messages
    assert "only.toml" in str(caught.value)


def test_no_rule_files_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RuleSetError, match="no rule files"):
        read_rule_files(tmp_path, ROLES)


# -- the facts and the screening


def child(**kwargs: object) -> Case:
    return Case(country="AT", age_group=AgeGroup.CHILD, **kwargs)  # type: ignore[arg-type]


def adult(**kwargs: object) -> Case:
    return Case(country="AT", age_group=AgeGroup.ADULT, **kwargs)  # type: ignore[arg-type]


def test_presumption_of_minority_makes_a_child() -> None:
    facts = case_facts(Case(country="AT", age=19, age_uncertain=True))
    assert facts["is_child"] and facts["consent"] == "not_needed"


def test_own_national_abroad() -> None:
    facts = case_facts(Case(country="AT", nationality="BG", post_represents="BG"))
    assert facts["own_national_abroad"] and facts["foreign_national"]
    assert not case_facts(Case(country="BG", nationality="BG", post_represents="BG"))[
        "foreign_national"
    ]


@pytest.mark.parametrize(
    ("case", "expected", "reason"),
    [
        (
            child(acts=frozenset({Act.RECRUITMENT}), purposes=frozenset({Purpose.FORCED_BEGGING})),
            Assessment.TRAFFICKING,
            "trafficking_child",
        ),
        (
            adult(acts=frozenset({Act.RECRUITMENT}), purposes=frozenset({Purpose.FORCED_LABOUR})),
            Assessment.POSSIBLE_TRAFFICKING,
            "possible_exploitation",
        ),
        (
            adult(
                acts=frozenset({Act.RECRUITMENT}),
                means=frozenset({Means.FRAUD}),
                purposes=frozenset({Purpose.FORCED_LABOUR}),
            ),
            Assessment.TRAFFICKING,
            "trafficking_adult",
        ),
        (
            child(purposes=frozenset({Purpose.WORST_FORMS_CHILD_LABOUR})),
            Assessment.CHILD_LABOUR,
            "child_labour",
        ),
        (
            adult(
                acts=frozenset({Act.TRANSPORTATION}),
                crossed_border=True,
                consented_to_move=True,
                free_to_leave=True,
            ),
            Assessment.SMUGGLING,
            "smuggling_only",
        ),
        (adult(free_to_leave=False), Assessment.POSSIBLE_TRAFFICKING, "possible_not_free"),
        (adult(), Assessment.INSUFFICIENT, "insufficient"),
    ],
)
def test_screening(shipped: RuleSet, case: Case, expected: Assessment, reason: str) -> None:
    assessment, reasons = screen(shipped, case)
    assert assessment is expected
    assert reasons[0].code == reason


def test_smuggled_then_exploited_is_trafficking_with_the_reason(shipped: RuleSet) -> None:
    case = adult(
        acts=frozenset({Act.TRANSPORTATION}),
        means=frozenset({Means.COERCION}),
        purposes=frozenset({Purpose.FORCED_LABOUR}),
        crossed_border=True,
        consented_to_move=True,
        free_to_leave=False,
    )
    assessment, reasons = screen(shipped, case)
    assert assessment is Assessment.TRAFFICKING
    assert {"smuggled_then_exploited", "consent_irrelevant"} <= {r.code for r in reasons}


# -- properties of the plan, over random cases

countries = st.sampled_from(["AT", "BG"])
nationalities = st.sampled_from(["AT", "BG", "RO", "UA", None])
cases = st.builds(
    Case,
    country=countries,
    region=st.sampled_from([None, "Vienna", "Sofia City"]),
    age=st.one_of(st.none(), st.integers(0, 90)),
    age_group=st.sampled_from(AgeGroup),
    age_uncertain=st.booleans(),
    gender=st.sampled_from(Gender),
    nationality=nationalities,
    unaccompanied=st.booleans(),
    seeks_asylum=st.booleans(),
    irregular_stay=st.booleans(),
    acts=st.frozensets(st.sampled_from(Act)),
    means=st.frozensets(st.sampled_from(Means)),
    purposes=st.frozensets(st.sampled_from(Purpose)),
    crossed_border=st.booleans(),
    consented_to_move=st.sampled_from([None, True, False]),
    free_to_leave=st.sampled_from([None, True, False]),
    urgent=st.frozensets(st.sampled_from(Urgency)),
    consents_to_referral=st.sampled_from([None, True, False]),
    post_represents=st.one_of(st.none(), countries, nationalities),
)


@settings(max_examples=300, deadline=None)
@given(case=cases)
def test_plan_properties(shipped: RuleSet, case: Case) -> None:
    result = plan(shipped, case)
    facts = case_facts(case)
    gates = [p.rule for p in result.steps if p.rule.gate == "consent"]
    if facts["is_child"]:
        assert not gates, "a child never gets a consent gate"
    else:
        assert gates or facts["consent"] == "refused"
    if case.seeks_asylum:
        assert not [p for p in result.steps if p.rule.role == Role.CONSULATE]
        assert not [p for p in result.steps if p.rule.where == "origin"]
        assert "no_embassy_for_asylum_seeker" in {w.code for w in result.warnings}
    assert result.steps or result.fallbacks, "never left without a next step"
    keys = [(PHASE_ORDER.index(p.rule.phase), p.rule.order) for p in result.steps]
    assert keys == sorted(keys)
    assert plan(shipped, case) == result


def test_phases_come_in_referral_order() -> None:
    assert PHASE_ORDER[0] is Phase.IMMEDIATE_SAFETY and PHASE_ORDER[-1] is Phase.PROCEEDINGS
