"""Who the person is for the pathway: a child or an adult, and the kind of case."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from referral_desk.domain.case import AgeGroup, Case
from referral_desk.domain.person import (
    age_fits_group,
    age_range,
    case_type,
    foreign_national,
    moves_freely,
    own_national_abroad,
    treated_as_age_group,
    treated_as_child,
)
from referral_desk.domain.rules import case_facts
from referral_desk.domain.vocab import CaseType


@pytest.mark.parametrize(
    ("age", "group", "uncertain", "child"),
    [
        (None, AgeGroup.UNKNOWN, False, False),
        (None, AgeGroup.CHILD, False, True),
        (None, AgeGroup.ADULT, False, False),
        (16, AgeGroup.UNKNOWN, False, True),  # the age alone is enough
        (17, AgeGroup.ADULT, False, True),  # when they disagree, the child is protected
        (18, AgeGroup.UNKNOWN, False, False),
        (30, AgeGroup.CHILD, False, True),
        (19, AgeGroup.ADULT, True, True),  # presumption of minority
        (None, AgeGroup.UNKNOWN, True, True),
    ],
)
def test_a_child_by_age_age_group_or_presumption(
    age: int | None, group: AgeGroup, uncertain: bool, child: bool
) -> None:
    case = Case("AT", age=age, age_group=group, age_uncertain=uncertain)
    assert treated_as_child(case) is child
    assert (treated_as_age_group(case) is AgeGroup.CHILD) is child


def test_an_adult_only_when_the_age_or_the_group_says_so() -> None:
    assert treated_as_age_group(Case("AT")) is AgeGroup.UNKNOWN
    assert treated_as_age_group(Case("AT", age=40)) is AgeGroup.ADULT
    assert treated_as_age_group(Case("AT", age_group=AgeGroup.ADULT)) is AgeGroup.ADULT


@pytest.mark.parametrize(
    ("age", "group", "fits"),
    [
        (None, AgeGroup.CHILD, True),
        (30, AgeGroup.UNKNOWN, True),
        (17, AgeGroup.CHILD, True),
        (18, AgeGroup.ADULT, True),
        (17, AgeGroup.ADULT, False),
        (18, AgeGroup.CHILD, False),
    ],
)
def test_age_fits_group(age: int | None, group: AgeGroup, fits: bool) -> None:
    assert age_fits_group(age, group) is fits


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        (Case("AT", nationality="BG", post_represents="BG"), CaseType.OWN_NATIONAL_ABROAD),
        (Case("BG", nationality="SY", seeks_asylum=True), CaseType.ASYLUM_SEEKER),
        (Case("BG", nationality="UA"), CaseType.FOREIGN_NATIONAL),
        (Case("BG", nationality="UA", post_represents="BG"), CaseType.FOREIGN_NATIONAL),
        (Case("BG", nationality="BG"), CaseType.NATIONAL),
        (Case("BG", nationality="BG", post_represents="BG"), CaseType.NATIONAL),
        (Case("BG"), CaseType.UNKNOWN),
        (Case("BG", nationality=""), CaseType.UNKNOWN),
        (Case("AT", seeks_asylum=True), CaseType.ASYLUM_SEEKER),
    ],
)
def test_case_type_is_derived_from_the_situation(case: Case, expected: CaseType) -> None:
    assert case_type(case) is expected


codes = st.sampled_from([None, "", "AT", "BG", "UA", "bg"])


@given(
    country=st.sampled_from(["AT", "BG"]),
    nationality=codes,
    post_represents=codes,
    seeks_asylum=st.booleans(),
    age=st.one_of(st.none(), st.integers(0, 90)),
    group=st.sampled_from(AgeGroup),
    uncertain=st.booleans(),
)
def test_the_rules_and_the_log_see_the_same_person(
    country: str,
    nationality: str | None,
    post_represents: str | None,
    seeks_asylum: bool,
    age: int | None,
    group: AgeGroup,
    uncertain: bool,
) -> None:
    case = Case(
        country,
        nationality=nationality,
        post_represents=post_represents,
        seeks_asylum=seeks_asylum,
        age=age,
        age_group=group,
        age_uncertain=uncertain,
    )
    facts = case_facts(case)
    assert facts["is_child"] is treated_as_child(case)
    assert facts["age_group"] == treated_as_age_group(case).value
    assert facts["foreign_national"] is foreign_national(case)
    assert facts["own_national_abroad"] is own_national_abroad(case)
    kind = case_type(case)
    if not seeks_asylum:
        assert (kind is CaseType.OWN_NATIONAL_ABROAD) is facts["own_national_abroad"]
        assert (kind in (CaseType.FOREIGN_NATIONAL, CaseType.OWN_NATIONAL_ABROAD)) is facts[
            "foreign_national"
        ]


def test_an_embassy_abroad_represents_its_own_country_not_the_one_it_sits_in() -> None:
    """Issue 9, point 1: the Austrian embassy in Sofia and a Bulgarian child in Vienna."""
    child = Case("AT", nationality="BG", age=12, post_represents="AT", post_location="BG")
    assert not own_national_abroad(child)
    assert case_type(child) is CaseType.FOREIGN_NATIONAL
    at_border = Case("BG", nationality="BG", post_represents=None, post_location="BG")
    assert case_type(at_border) is CaseType.NATIONAL
    own = Case("AT", nationality="BG", post_represents="BG", post_location="AT")
    assert own_national_abroad(own) and case_type(own) is CaseType.OWN_NATIONAL_ABROAD


def test_free_movement_is_for_eu_citizens_inside_the_eu_only() -> None:
    assert moves_freely(Case("AT", nationality="BG"))
    assert moves_freely(Case("BG", nationality="NO"))  # EEA
    assert not moves_freely(Case("AT", nationality="AT"))  # a national is not moving
    assert not moves_freely(Case("AT", nationality="UA"))
    assert not moves_freely(Case("TR", nationality="BG"))
    assert not moves_freely(Case("AT"))


def test_the_age_range_the_rules_use() -> None:
    assert age_range(Case("AT", age=16)) == (16, 16)
    assert age_range(Case("AT", age_group=AgeGroup.CHILD)) == (0, 17)
    assert age_range(Case("AT", age_group=AgeGroup.ADULT)) == (18, 120)
    assert age_range(Case("AT")) == (18, 120)  # no reason to believe a child: an adult
    assert age_range(Case("AT", age=19, age_uncertain=True)) == (17, 17)  # presumed a child
