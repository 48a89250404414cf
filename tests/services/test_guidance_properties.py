"""Issue 9's invariants over generated cases, against the sample directory and rule files."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from referral_desk.domain.case import (
    Act,
    AgeGroup,
    Assessment,
    Case,
    Gender,
    Means,
    Pathway,
    Purpose,
    Timing,
    Urgency,
)
from referral_desk.domain.codes import free_movement
from referral_desk.domain.entities import Detail
from referral_desk.domain.person import age_range, treated_as_child
from referral_desk.domain.rules import RuleSet, screen
from referral_desk.domain.rules.model import SELF_ROLE
from referral_desk.domain.vocab import Role
from referral_desk.services.desk import Desk
from referral_desk.services.pathway import load_rules

RANK = {
    Assessment.INSUFFICIENT: 0,
    Assessment.SMUGGLING: 0,  # neither raises the case into the referral mechanism
    Assessment.CHILD_LABOUR: 1,
    Assessment.POSSIBLE_TRAFFICKING: 2,
    Assessment.TRAFFICKING: 3,
}
DANGER = frozenset({Urgency.IMMEDIATE_DANGER, Urgency.MEDICAL_EMERGENCY})
SOME = st.sampled_from
NATIONALITIES = ["AT", "BG", "RO", "DE", "NO", "UA", "MD", "SY", "AF", "NG", "PH", None]

cases = st.builds(
    Case,
    country=SOME(["AT", "BG"]),
    region=SOME([None, "Vienna", "Tyrol", "Burgenland", "Sofia City", "Varna", "Sofia Province"]),
    age=st.one_of(st.none(), st.integers(0, 80)),
    age_group=SOME(AgeGroup),
    age_uncertain=st.booleans(),
    gender=SOME(Gender),
    nationality=SOME(NATIONALITIES),
    unaccompanied=st.booleans(),
    seeks_asylum=st.booleans(),
    irregular_stay=st.booleans(),
    languages=st.lists(SOME(["bg", "de", "en", "uk", "rom"]), max_size=2, unique=True).map(tuple),
    acts=st.frozensets(SOME(Act)),
    means=st.frozensets(SOME(Means)),
    purposes=st.frozensets(SOME(Purpose)),
    crossed_border=st.booleans(),
    consented_to_move=SOME([None, True, False]),
    free_to_leave=SOME([None, True, False]),
    urgent=st.frozensets(SOME(Urgency)),
    consents_to_referral=SOME([None, True, False]),
    post_represents=SOME([None, "AT", "BG", "RO"]),
    at_border_crossing=st.booleans(),
    medical_needs=st.booleans(),
    documents_withheld=st.booleans(),
    wages_withheld=st.booleans(),
    debt_bondage=st.booleans(),
    separated_child=st.booleans(),
    home_region=SOME([None, "Vienna", "Varna"]),
)
WEEK_START = datetime(2026, 3, 2, tzinfo=UTC)  # a Monday
any_hour = st.integers(0, 7 * 24 - 1).map(lambda h: WEEK_START + timedelta(hours=h, minutes=17))


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    loaded = load_rules()
    assert loaded.error is None and loaded.rules is not None
    return loaded.rules


# -- the screening alone: fast, so many examples


@settings(max_examples=400, deadline=None)
@given(case=cases)
def test_an_eu_citizen_moving_inside_the_eu_is_never_smuggled(rules: RuleSet, case: Case) -> None:
    eu_case = replace(case, nationality="BG" if case.country == "AT" else "RO")
    assert free_movement(eu_case.nationality) and free_movement(eu_case.country)
    assert screen(rules, eu_case)[0] is not Assessment.SMUGGLING
    # the shape of smuggling itself (a paid or agreed journey, free to go), rare by chance
    journey = replace(eu_case, crossed_border=True, consented_to_move=True, free_to_leave=True)
    assert screen(rules, journey)[0] is not Assessment.SMUGGLING
    bare = replace(journey, means=frozenset(), purposes=frozenset(), debt_bondage=False)
    assert screen(rules, bare)[0] is not Assessment.SMUGGLING


@settings(max_examples=400, deadline=None)
@given(case=cases)
def test_unknown_answers_never_raise_the_assessment(rules: RuleSet, case: Case) -> None:
    """An answer left unknown gives no more than any answer the caseworker could have given."""

    def rank(changed: Case) -> int:
        return RANK[screen(rules, changed)[0]]

    for name in ("free_to_leave", "consented_to_move", "consents_to_referral"):
        unknown = rank(replace(case, **{name: None}))
        assert unknown <= rank(replace(case, **{name: True})), name
        assert unknown <= rank(replace(case, **{name: False})), name
    unknown_nationality = rank(replace(case, nationality=None))
    for nationality in ("BG", "UA", case.country):
        assert unknown_nationality <= rank(replace(case, nationality=nationality))
    assert rank(replace(case, gender=Gender.UNKNOWN)) <= min(
        rank(replace(case, gender=g)) for g in (Gender.FEMALE, Gender.MALE)
    )


# -- whole pathways against the directory


def _services(desk: Desk, pathway: Pathway) -> list[tuple[str, Detail]]:
    found = []
    for step in pathway.steps:
        for body in step.bodies:
            detail = desk.directory.show(body.ref.id)
            assert detail is not None
            found.append((step.role, detail))
    return found


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=cases, now=any_hour)
def test_pathway_invariants(sample_desk: Desk, rules: RuleSet, case: Case, now: datetime) -> None:
    pathway = sample_desk.pathways.make(case, now, rules)
    youngest, oldest = age_range(case)
    child = treated_as_child(case)
    for role, detail in _services(sample_desk, pathway):
        # no body serving other ages or genders
        assert detail.minimum_age is None or youngest >= detail.minimum_age, detail.name
        assert detail.maximum_age is None or oldest <= detail.maximum_age, detail.name
        if detail.genders:
            assert case.gender.value in detail.genders, detail.name
        populations = set(detail.populations) or {"any"}
        if not populations & {"any", "families"} and not (child and "children" in populations):
            gendered = populations & {"women", "men"}
            if gendered == {"women"}:
                assert case.gender is Gender.FEMALE, detail.name
            if gendered == {"men"}:
                assert case.gender is Gender.MALE, detail.name
        # a return programme for one nationality serves only that one
        if role == Role.RETURN_REINTEGRATION and detail.serves_nationals_of:
            assert case.nationality in detail.serves_nationals_of, detail.name
    # return steps in the country of origin are in the person's own country
    for step in pathway.steps:
        if step.phase.value == "return_inclusion" and step.country != case.country:
            assert step.country == case.nationality
    # no consent: no step passes on data, except when a life is in danger
    if not child and case.consents_to_referral is not True and not case.urgent & DANGER:
        assert not [s.rule_id for s in pathway.steps if s.shares_data]
    # every "now" step reaches someone now, or 112 is there and answers
    _now_steps_are_covered(pathway)
    # the same body is not listed twice in one phase
    seen = [(s.phase, tuple(b.ref.id for b in s.bodies)) for s in pathway.steps if s.bodies]
    assert len(seen) == len(set(seen))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=cases, child=st.booleans(), nationality=SOME([n for n in NATIONALITIES if n]))
def test_the_return_body_always_matches_the_nationality(
    sample_desk: Desk, rules: RuleSet, case: Case, child: bool, nationality: str
) -> None:
    """Cases forced into the shape where return is planned: a foreign victim, with consent."""
    returning = replace(
        case,
        nationality=nationality,
        age=None,
        age_group=AgeGroup.CHILD if child else AgeGroup.ADULT,
        age_uncertain=False,
        unaccompanied=child,
        seeks_asylum=False,
        consents_to_referral=True,
        acts=frozenset({Act.RECRUITMENT}),
        means=frozenset({Means.DECEPTION}),
        purposes=case.purposes or frozenset({Purpose.FORCED_LABOUR}),
    )
    pathway = sample_desk.pathways.make(returning, WEEK_START, rules)
    for step in pathway.steps:
        if step.phase.value != "return_inclusion":
            continue
        assert step.country in (returning.country, nationality), step.rule_id
        for body in step.bodies:
            detail = sample_desk.directory.show(body.ref.id)
            assert detail is not None
            if detail.serves_nationals_of:
                assert nationality in detail.serves_nationals_of, (step.rule_id, detail.name)


def _now_steps_are_covered(pathway: Pathway) -> None:
    emergency = any(
        b.reach.reachable
        for s in pathway.steps
        if s.role == Role.EMERGENCY_NUMBER
        for b in s.bodies
    )
    for step in pathway.steps:
        if step.timing is Timing.NOW and step.role != SELF_ROLE:
            reached = any(b.reach.reachable for b in step.bodies)
            assert reached or emergency, f"{step.rule_id} reaches no one and 112 is missing"


WEEK_CASES = [
    Case(
        "BG",
        region="Sofia City",
        age=9,
        nationality="BG",
        purposes=frozenset({Purpose.FORCED_BEGGING}),
        acts=frozenset({Act.TRANSPORTATION}),
    ),
    Case(
        "AT",
        region="Tyrol",
        age=15,
        gender=Gender.FEMALE,
        nationality="AT",
        purposes=frozenset({Purpose.SEXUAL_EXPLOITATION}),
        acts=frozenset({Act.RECRUITMENT}),
    ),
    Case(
        "BG",
        age_group=AgeGroup.ADULT,
        gender=Gender.MALE,
        nationality="UA",
        consents_to_referral=True,
        urgent=frozenset({Urgency.SHELTER_TONIGHT, Urgency.FAMILY_THREATENED}),
        means=frozenset({Means.COERCION}),
        purposes=frozenset({Purpose.FORCED_LABOUR}),
    ),
    Case(
        "AT",
        region="Vienna",
        age_group=AgeGroup.ADULT,
        nationality="RO",
        consents_to_referral=True,
        urgent=frozenset({Urgency.SHELTER_TONIGHT}),
        means=frozenset({Means.DECEPTION}),
        purposes=frozenset({Purpose.FORCED_CRIMINALITY}),
    ),
    Case(
        "GR",
        age=13,
        nationality="BG",
        purposes=frozenset({Purpose.FORCED_BEGGING}),
        acts=frozenset({Act.TRANSFER}),
    ),
]


@pytest.mark.parametrize("case", WEEK_CASES, ids=lambda c: f"{c.country}-{c.nationality}")
def test_every_hour_of_the_week_a_now_step_reaches_someone_or_112(
    sample_desk: Desk, rules: RuleSet, case: Case
) -> None:
    """All 168 hours. The pathway is made afresh every 6 hours; for the hours between, every
    body's reach is worked out again, and wherever that leaves a "now" step unanswered the
    pathway is made afresh for that hour and must then hold 112."""
    made = sample_desk.pathways.make(case, WEEK_START, rules)
    for hour in range(7 * 24):
        now = WEEK_START + timedelta(hours=hour, minutes=30)
        if hour % 6 == 0:
            made = sample_desk.pathways.make(case, now, rules)
            _now_steps_are_covered(made)
            continue
        try:
            _now_steps_are_covered(sample_desk.pathways.refresh_reach(made, now))
        except AssertionError:
            _now_steps_are_covered(sample_desk.pathways.make(case, now, rules))
