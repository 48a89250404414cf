"""The wizard's typed answers: codes read from what was typed, checks, and the Case they make."""

from __future__ import annotations

from dataclasses import fields

import pytest
from hypothesis import given
from hypothesis import strategies as st

from referral_desk.domain.answers import (
    CaseAnswers,
    Issue,
    Problem,
    country_code,
    language_codes,
)
from referral_desk.domain.case import AgeGroup, Case, Purpose


def test_every_field_of_a_case_is_an_answer() -> None:
    answers = {f.name for f in fields(CaseAnswers)}
    assert {f.name for f in fields(Case)} <= answers


@pytest.mark.parametrize(
    ("text", "code"),
    [("bg", "BG"), (" at ", "AT"), ("", None), ("B", None), ("BGR", None), ("Ä1", None)],
)
def test_country_code(text: str, code: str | None) -> None:
    assert country_code(text) == code


def test_language_codes_keep_the_order_typed_and_what_is_not_a_code() -> None:
    assert language_codes("bg, RO; bg  de") == (("bg", "ro", "de"), ())
    assert language_codes("bg, Bulgarian, ro-MD") == (("bg",), ("ro-MD",))
    assert language_codes("   ") == ((), ())


def test_language_names_in_any_ui_language_are_understood_and_none_dropped() -> None:
    assert language_codes("Bulgarian, Romanian") == (("bg", "ro"), ())
    assert language_codes("български; Rumänisch") == (("bg", "ro"), ())
    assert language_codes("Romany, rom") == (("rom",), ())  # ISO 639-3: no 639-1 code
    assert language_codes("Bulgarian, Klingonish") == (("bg",), ("Klingonish",))
    assert language_codes("xx, zz") == ((), ("xx", "zz"))  # two letters are not yet a code


def test_country_names_are_understood_and_look_alike_codes_refused() -> None:
    assert country_code("Bulgaria") == "BG"
    assert country_code("Österreich") == "AT"
    assert country_code("Украйна") == "UA"
    assert country_code("ua") == "UA"
    for wrong in ("BU", "AU-", "UK", "EU", "ZZ", "Bulgar"):
        assert country_code(wrong) is None, wrong
    assert country_code("AU") == "AU"  # Australia is a country, just not Austria


def test_nothing_answered_asks_for_the_country_only() -> None:
    assert CaseAnswers().problems() == [Problem("country", Issue.NO_COUNTRY)]


def test_typed_text_that_is_not_a_code_is_named_not_dropped() -> None:
    answers = CaseAnswers()
    answers.country = answers.read_country("country", "Austrai")
    answers.nationality = answers.read_country("nationality", "bg")
    answers.languages = answers.read_languages("bg, Bulgarain")
    assert (answers.country, answers.nationality, answers.languages) == (None, "BG", ("bg",))
    assert answers.problems() == [
        Problem("country", Issue.NOT_A_COUNTRY_CODE, "Austrai"),
        Problem("languages", Issue.NOT_LANGUAGE_CODES, "Bulgarain"),
    ]
    answers.country = answers.read_country("country", "AT")
    answers.languages = answers.read_languages("bg")
    assert answers.problems() == []


def test_an_age_that_contradicts_the_age_group_is_a_problem() -> None:
    answers = CaseAnswers(country="AT", age=30, age_group=AgeGroup.CHILD)
    assert answers.problems() == [Problem("age_group", Issue.AGE_AND_GROUP_DISAGREE, "30")]
    answers.age_group = AgeGroup.ADULT
    assert answers.problems() == []
    answers.age = 121
    assert [p.issue for p in answers.problems()] == [Issue.AGE_OUT_OF_RANGE]


def test_the_case_keeps_every_answer_but_a_childs_consent() -> None:
    adult = CaseAnswers(
        country="AT",
        age=30,
        age_group=AgeGroup.ADULT,
        nationality="BG",
        purposes=frozenset({Purpose.FORCED_LABOUR}),
        consents_to_referral=True,
    )
    case = adult.case()
    assert case == Case(
        "AT",
        age=30,
        age_group=AgeGroup.ADULT,
        nationality="BG",
        purposes=frozenset({Purpose.FORCED_LABOUR}),
        consents_to_referral=True,
    )
    adult.age_uncertain = True  # presumed a child: consent is never asked or used
    assert adult.case().consents_to_referral is None


@given(
    st.builds(
        CaseAnswers,
        country=st.sampled_from(["AT", "BG", None]),
        age=st.one_of(st.none(), st.integers(0, 120)),
        age_group=st.sampled_from(AgeGroup),
        age_uncertain=st.booleans(),
        nationality=st.sampled_from([None, "BG", "UA"]),
        consents_to_referral=st.sampled_from([None, True, False]),
    )
)
def test_every_answer_reaches_the_case(answers: CaseAnswers) -> None:
    case = answers.case()
    for name in {f.name for f in fields(Case)} - {"country", "consents_to_referral"}:
        assert getattr(case, name) == getattr(answers, name), name
    assert case.country == (answers.country or "")


def test_a_region_that_is_not_one_of_the_country_s_is_a_problem() -> None:
    answers = CaseAnswers(country="BG")
    answers.region = answers.read_region("BG", "Sofia")
    assert Problem("region", Issue.NOT_A_REGION, "Sofia") in answers.problems()
    answers.region = answers.read_region("BG", "София-град")
    assert answers.region == "Sofia City" and not answers.problems()
    answers.region = answers.read_region("GR", "Attica")  # no list of Greek regions: as typed
    assert answers.region == "Attica" and not answers.problems()
    answers.region = answers.read_region("BG", "  ")
    assert answers.region is None and not answers.problems()


def test_a_language_without_a_name_in_the_ui_language_is_named_in_english_not_by_its_code() -> None:
    from referral_desk.domain.codes import language_name, languages_by_name

    assert language_name("aeb", "bg") == "Tunisian Arabic"  # CLDR has no Bulgarian name
    assert language_name("rom", "bg") == "Ромски"
    bare = [code for name, code in languages_by_name("bg") if name.casefold() == code]
    assert len(bare) <= 5, bare[:10]  # as few as in English, where CLDR names nearly all
