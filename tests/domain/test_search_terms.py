"""The search's word lists: every code has words, in Latin and Cyrillic script, that fold."""

from __future__ import annotations

import re

import pytest

from referral_desk.domain.months import whole_months_between
from referral_desk.domain.region_names import REGIONS, place_words
from referral_desk.domain.search_terms import (
    CATEGORY_TERMS,
    POPULATION_TERMS,
    ROLE_TERMS,
    short_codes,
    term_words,
)
from referral_desk.domain.text import fold
from referral_desk.domain.vocab import Category, Population, Role

CYRILLIC = re.compile(r"[\u0400-\u04FF]")


@pytest.mark.parametrize(
    ("table", "codes"),
    [
        (CATEGORY_TERMS, {c.value for c in Category}),
        (POPULATION_TERMS, {p.value for p in Population if p is not Population.ANY}),
        (ROLE_TERMS, {r.value for r in Role}),
    ],
)
def test_every_code_has_words_in_both_scripts(
    table: dict[str, tuple[str, ...]], codes: set[str]
) -> None:
    assert codes <= set(table), f"codes without words: {sorted(codes - set(table))}"
    for code in codes:
        words = table[code]
        assert any(CYRILLIC.search(w) for w in words), f"{code}: no Bulgarian word"
        assert any(not CYRILLIC.search(w) for w in words), f"{code}: no English or German word"
        assert all(fold(w) for w in words), f"{code}: a word that folds to nothing"


def test_term_words_are_folded_and_unique() -> None:
    words = term_words(["shelter"], ["women"], ["shelter_women"])
    assert "shelter" in words and fold("приют") in words and fold("Frauenhaus") in words
    assert len(words) == len(set(words))


def test_short_codes_belong_to_a_country_and_role() -> None:
    assert short_codes("AT", ["police"]) == ["133"]
    assert short_codes("BG", ["police"]) == ["166"]
    assert short_codes("AT", ["shelter_women"]) == []


def test_regions_have_german_and_bulgarian_names() -> None:
    for regions in REGIONS.values():
        for names in regions.values():
            assert set(names) == {"de", "bg"} and CYRILLIC.search(names["bg"])
    assert {"Styria", "Steiermark", "Щирия", "Graz", "Грац"} <= set(
        place_words("AT", ["Graz"], ["Styria"])
    )


def test_whole_months_between() -> None:
    from datetime import date

    assert whole_months_between(date(2026, 1, 15), date(2026, 3, 14)) == 1
    assert whole_months_between(date(2026, 1, 15), date(2026, 3, 15)) == 2
    assert whole_months_between(date(2026, 3, 15), date(2026, 1, 15)) == 0
