"""The ranking of bodies in a step, without a database: area, population, languages, limit."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from referral_desk.domain.case import AgeGroup, Case, Gender
from referral_desk.domain.ranking import (
    MAX_BODIES,
    Candidate,
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


def test_another_region_only_when_nothing_nearer_plays_the_role() -> None:
    case = Case("AT", region="Vienna")
    assert rank_bodies("shelter_women", "AT", case, [service("styria", frozenset({"Styria"}))]) == [
        "styria"
    ]


def test_the_region_counts_only_in_the_country_where_the_person_is() -> None:
    case = Case("AT", region="Vienna", nationality="BG")
    candidates = [service("plovdiv", frozenset({"Plovdiv"})), service("bulgaria")]
    # in the country of origin no region is known: whole-country services first, then regional
    assert rank_bodies("social_assistance", "BG", case, candidates) == ["bulgaria", "plovdiv"]


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
    assert not other_gender_only({"men"}, Gender.UNKNOWN)


@given(st.lists(st.sampled_from(["a", "b", "c", "d", "e", "f"]), unique=True))
def test_at_most_the_limit_each_once_and_the_order_does_not_depend_on_input_order(
    ids: list[str],
) -> None:
    candidates = [service(i) for i in ids]
    ranked = rank_bodies("police", "AT", Case("AT"), candidates)
    assert len(ranked) == min(len(ids), MAX_BODIES) and len(set(ranked)) == len(ranked)
    assert rank_bodies("police", "AT", Case("AT"), reversed(candidates)) == ranked
