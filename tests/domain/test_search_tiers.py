"""The tier decisions without any index: which forms of a word count, and when to widen."""

from __future__ import annotations

from referral_desk.domain.search_tiers import Field, SearchQuery, Tier, good_match, plan


def known_words(*words: str):  # type: ignore[no-untyped-def]
    return lambda word: word in words


def test_tiers_run_best_first() -> None:
    steps = plan(SearchQuery.read("Graz"), known_words())
    assert [s.tier for s in steps] == sorted(s.tier for s in steps)
    assert steps[0].tier == Tier.EXACT_NAME


def test_a_known_word_being_typed_keeps_its_own_form() -> None:
    query = SearchQuery.read("Graz")
    assert query.words[0].prefixes == ("graz", "graj")  # "Grazh…" would fold to "graj"
    steps = {s.tier: s for s in plan(query, known_words("graz"))}
    assert steps[Tier.WORD_STARTS].words == (("graz",),)
    assert Tier.INSIDE_WORD not in steps
    assert query.typo_words(known_words("graz")) == ()


def test_an_unknown_word_may_be_widened() -> None:
    query = SearchQuery.read("Drehschiebe")
    assert [w.plain for w in query.typo_words(known_words())] == ["drehschiebe"]
    steps = {s.tier: s for s in plan(query, known_words())}
    assert Tier.INSIDE_WORD in steps


def test_short_words_get_no_typo() -> None:
    assert SearchQuery.read("Linz").typo_words(known_words()) == ()


def test_words_folding_to_nearly_nothing_are_hopeless() -> None:
    assert SearchQuery.read("zzzz").hopeless
    assert plan(SearchQuery.read("zzzz"), known_words()) == []
    assert not SearchQuery.read("Drehscheibe").hopeless
    assert not SearchQuery.read("Tsch").hopeless


def test_digits_ask_for_whole_numbers_first() -> None:
    steps = plan(SearchQuery.read("133"), known_words())
    assert steps[0].tier == Tier.PHONE and steps[0].digits == "133"
    assert Tier.PHONE_PART in {s.tier for s in steps}


def test_whole_words_look_in_names_places_and_terms_only() -> None:
    steps = {s.tier: s for s in plan(SearchQuery.read("shelter vienna "), known_words())}
    assert Field.OTHER not in steps[Tier.WHOLE_WORDS].fields
    assert steps[Tier.WHOLE_WORDS].words == (("shelter",), ("viena",))
    assert Field.OTHER in steps[Tier.OTHER_TEXT].fields


def test_good_match() -> None:
    assert good_match([Tier.TYPO, Tier.WORD_STARTS])
    assert not good_match([Tier.TYPO, Tier.INSIDE_WORD])
    assert not good_match([])
