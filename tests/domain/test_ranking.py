"""The ranking of bodies in a step, without a database: area, population, languages, limit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from referral_desk.domain.case import AgeGroup, Case, Gender, LeftOutReason
from referral_desk.domain.ranking import (
    MAX_BODIES,
    Candidate,
    choose_bodies,
    other_gender_only,
    rank_bodies,
    wanted_populations,
)

WHOLE = frozenset({None})


def service(
    id: str,
    regions: frozenset[str | None] = WHOLE,
    populations: frozenset[str] = frozenset(),
    languages: frozenset[str] = frozenset(),
    nationals: frozenset[str] = frozenset(),
) -> Candidate:
    return Candidate(id, f"Service {id}", populations, regions, languages, nationals)


def test_the_persons_region_then_the_whole_country_never_another_region() -> None:
    case = Case("AT", region="VIENNA", age_group=AgeGroup.CHILD)
    candidates = [
        service("styria", frozenset({"Styria"})),
        service("austria"),
        service("vienna", frozenset({"Vienna"})),
    ]
    assert rank_bodies("child_protection_authority", "AT", case, candidates) == [
        "vienna",
        "austria",
    ]


def test_another_region_is_never_named_but_said_to_be_left_out() -> None:
    case = Case("AT", region="Vienna")
    styria = [service("styria", frozenset({"Styria"}))]
    assert rank_bodies("shelter_women", "AT", case, styria) == []
    choice = choose_bodies("shelter_women", "AT", case, styria, "Vienna")
    assert choice.left_out == [("styria", LeftOutReason.OTHER_REGION)]


def test_without_a_region_never_a_regional_body_at_random() -> None:
    """Issue 9, point 10: a child at the border, region unknown."""
    candidates = [
        service("pazardzhik", frozenset({"Pazardzhik"})),
        service("plovdiv", frozenset({"Plovdiv"})),
    ]
    choice = choose_bodies("social_assistance", "BG", Case("BG"), candidates, None)
    assert choice.ids == []
    assert {reason for _id, reason in choice.left_out} == {LeftOutReason.REGION_UNKNOWN}
    with_national = [*candidates, service("agency")]
    assert choose_bodies("social_assistance", "BG", Case("BG"), with_national).ids == ["agency"]


def test_the_region_counts_only_in_the_country_where_the_person_is() -> None:
    case = Case("AT", region="Vienna", nationality="BG")
    candidates = [service("plovdiv", frozenset({"Plovdiv"})), service("bulgaria")]
    # in the country of origin no region is known: the whole-country service only
    assert rank_bodies("social_assistance", "BG", case, candidates) == ["bulgaria"]


def test_a_consulate_serves_only_its_own_nationals() -> None:
    case = Case("AT", nationality="BG")
    candidates = [
        service("ro", nationals=frozenset({"RO"})),
        service("bg", nationals=frozenset({"BG"})),
    ]
    assert rank_bodies("consulate", "AT", case, candidates) == ["bg"]
    assert rank_bodies("consulate", "AT", Case("AT"), candidates) == []


def test_a_service_for_exactly_this_person_first_then_shared_languages() -> None:
    case = Case("AT", gender=Gender.FEMALE, age_group=AgeGroup.ADULT, languages=("bg", "ro"))
    candidates = [
        service("anyone"),
        service("anyone-bg", languages=frozenset({"bg", "de"})),
        service("women", populations=frozenset({"women"})),
        service("men", populations=frozenset({"men"})),
        service("children", populations=frozenset({"children"})),
    ]
    assert rank_bodies("victim_support", "AT", case, candidates) == [
        "women",
        "anyone-bg",
        "anyone",
    ]


def test_a_girl_of_15_fits_a_womens_service_a_younger_girl_only_a_childrens() -> None:
    older = Case("AT", age=15, gender=Gender.FEMALE)
    younger = Case("AT", age=12, gender=Gender.FEMALE)
    assert wanted_populations(older)[0] == {"children", "women"}
    assert wanted_populations(younger)[0] == {"children"}
    assert "families" in wanted_populations(younger)[1]


def test_other_gender_only() -> None:
    assert other_gender_only({"women"}, Gender.MALE)
    assert not other_gender_only({"women", "any"}, Gender.MALE)
    assert other_gender_only({"men"}, Gender.FEMALE)
    assert other_gender_only({"men"}, Gender.UNKNOWN)  # open only to men: not known to fit
    assert other_gender_only({"women"}, Gender.OTHER)
    assert not other_gender_only({"women", "men"}, Gender.UNKNOWN)
    assert not other_gender_only({"children"}, Gender.UNKNOWN)


@given(st.lists(st.sampled_from(["a", "b", "c", "d", "e", "f"]), unique=True))
def test_at_most_the_limit_each_once_and_the_order_does_not_depend_on_input_order(
    ids: list[str],
) -> None:
    candidates = [service(i) for i in ids]
    ranked = rank_bodies("police", "AT", Case("AT"), candidates)
    assert len(ranked) == min(len(ids), MAX_BODIES) and len(set(ranked)) == len(ranked)
    assert rank_bodies("police", "AT", Case("AT"), reversed(candidates)) == ranked


LEFO = Candidate(
    "lefo",
    "LEFÖ",
    frozenset({"women", "children"}),
    WHOLE,
    genders=frozenset({"female"}),
    minimum_age=15,
)
DREHSCHEIBE = Candidate(
    "drehscheibe",
    "Drehscheibe",
    frozenset({"children"}),
    frozenset({"Vienna"}),
    nationality_status=frozenset({"foreign"}),
)
GIRLS = Candidate(
    "girls",
    "Crisis placement for adolescent girls",
    frozenset({"children"}),
    frozenset({"Sofia City"}),
    genders=frozenset({"female"}),
    minimum_age=12,
    maximum_age=17,
)


@pytest.mark.parametrize(
    ("case", "candidate", "region", "reason"),
    [
        # issue 9, point 8: placements that do not fit the person
        (Case("AT", age=11, gender=Gender.FEMALE), LEFO, None, LeftOutReason.AGE),
        (Case("AT", age_group=AgeGroup.CHILD, gender=Gender.FEMALE), LEFO, None, LeftOutReason.AGE),
        (Case("AT", age=30, gender=Gender.MALE), LEFO, None, LeftOutReason.GENDER),
        (Case("AT", age=30), LEFO, None, LeftOutReason.GENDER),  # point 9: gender unknown
        (Case("AT", age=30, gender=Gender.OTHER), LEFO, None, LeftOutReason.GENDER),
        (
            Case("AT", region="Tyrol", age=16, nationality="AT"),
            DREHSCHEIBE,
            "Vienna",
            LeftOutReason.NATIONALITY_STATUS,
        ),
        (Case("BG", age=10, gender=Gender.MALE), GIRLS, "Sofia City", LeftOutReason.GENDER),
        (Case("BG", age=8, gender=Gender.FEMALE), GIRLS, "Sofia City", LeftOutReason.AGE),
    ],
)
def test_a_service_for_other_people_is_left_out_with_its_reason(
    case: Case, candidate: Candidate, region: str | None, reason: LeftOutReason
) -> None:
    choice = choose_bodies("shelter_women", case.country, case, [candidate], region)
    assert choice.ids == []
    assert choice.left_out == [(candidate.id, reason)]


@pytest.mark.parametrize(
    ("case", "candidate", "region"),
    [
        (Case("AT", age=16, gender=Gender.FEMALE), LEFO, None),
        (Case("AT", age_group=AgeGroup.ADULT, gender=Gender.FEMALE), LEFO, None),
        (Case("AT", region="Vienna", age=12, nationality="BG"), DREHSCHEIBE, "Vienna"),
        (Case("AT", region="Vienna", age=12), DREHSCHEIBE, "Vienna"),  # nationality unknown
        (Case("BG", age=14, gender=Gender.FEMALE), GIRLS, "Sofia City"),
    ],
)
def test_a_service_for_this_person_is_named(
    case: Case, candidate: Candidate, region: str | None
) -> None:
    assert choose_bodies("shelter_women", case.country, case, [candidate], region).ids == [
        candidate.id
    ]


def test_a_return_programme_for_one_nationality_serves_only_it() -> None:
    """Issue 9, point 7: no 'safe return of Bulgarian victims' for a Ukrainian."""
    bulgarians = Candidate(
        "bg-return",
        "Return of Bulgarians",
        frozenset(),
        WHOLE,
        serves_nationals_of=frozenset({"BG"}),
    )
    anyone = Candidate("iom", "IOM", frozenset(), WHOLE)
    ukrainian = Case("BG", nationality="UA")
    choice = choose_bodies("return_reintegration", "BG", ukrainian, [bulgarians, anyone])
    assert choice.ids == ["iom"]
    assert choice.left_out == [("bg-return", LeftOutReason.NATIONALITY)]
    bulgarian = Case("AT", nationality="BG")
    assert choose_bodies("return_reintegration", "BG", bulgarian, [bulgarians]).ids == ["bg-return"]
