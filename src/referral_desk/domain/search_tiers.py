"""How good a search hit is: the tiers, best first, and what a query may match in each.

Every search backend (SQLite's FTS5 today, PostgreSQL beside it) answers a query tier
by tier, taking the hits of a better tier first, and never shows a record twice. The
decisions live here, in plain Python, so both backends rank alike:

- which tiers a query asks for at all (digits ask for phones, words for names …);
- which forms of each word count: the whole folded word, or, for the last word still
  being typed, the prefixes it may stand for (``prefix_alternatives``);
- when a word is widened into loose matches (inside a longer word, one typo): only
  words that are not already a whole word of the directory (``Graz`` is a city, so it
  is never also read as ``Gras`` or ``Grad``) and only words long enough to be sure of;
- which query is hopeless (``zzzz`` folds to ``z``: it would match everything).

A backend matches the fields named by ``Field``: ``NAMES`` (names in every language,
alternate names, acronyms), ``PLACES`` (cities and regions, in their local and English
names), ``TERMS`` (the words of categories, populations and roles in three languages,
``domain.search_terms``) and ``OTHER`` (descriptions, eligibility, e-mail, web).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from referral_desk.domain.text import phone_digits, prefix_alternatives, tokens, word_forms

MAX_WORDS = 8
TYPO_MIN_LENGTH = 5  # shorter words must be typed right: "Linz" is never "Line"
MAX_TYPO_WORD = 21
INSIDE_MIN_LENGTH = 3  # a word is looked for inside longer words from three letters on


class Tier(IntEnum):
    """How a hit matched, best first; results are sorted by tier, then within it."""

    PHONE = 0  # the digits are one of the record's numbers, whole, or its national short code
    EXACT_NAME = 1  # the whole query is one of its names or alternate names
    NAME_START = 2  # one of its names begins with the query
    WHOLE_WORDS = 3  # every word is a whole word of its names, places or category terms
    WORD_STARTS = 4  # every word begins a word there (the last one may still be typed)
    OTHER_TEXT = 5  # every word begins a word of any of its text (descriptions too)
    PHONE_PART = 6  # the digits are part of one of its numbers
    INSIDE_WORD = 7  # the words are inside longer words of its names
    TYPO = 8  # one letter wrong, missing, extra or swapped in a word of its names
    EVERYTHING = 9  # no text: every record, by name


# Tiers from here on are loose: a query found only there has no good match, and says so.
LOOSE = frozenset({Tier.INSIDE_WORD, Tier.TYPO})


class Field(StrEnum):
    """The parts of a record's text a tier looks in."""

    NAMES = "names"
    PLACES = "places"
    TERMS = "terms"
    OTHER = "other"


# The fields whole words and word starts are looked for in (tiers 3 and 4).
KEY_FIELDS = (Field.NAMES, Field.PLACES, Field.TERMS)


def good_match(tiers: Iterable[int]) -> bool:
    """Whether any hit of a search matched well (not only inside words or with a typo)."""
    return any(tier not in LOOSE for tier in tiers)


@dataclass(frozen=True)
class QueryWord:
    """One word of a query: its folded form and what it may match."""

    plain: str  # lower-case Latin, as typed (typos are judged on it too)
    folded: str
    prefixes: tuple[str, ...]  # the folded forms it may begin; the folded word first
    being_typed: bool  # the last word, with no space after it yet

    def starts(self, known: bool) -> tuple[str, ...]:
        """The prefixes to look for: a word that is already a whole word keeps its own form."""
        return (self.folded,) if known or not self.being_typed else self.prefixes


@dataclass(frozen=True)
class SearchQuery:
    """What a caseworker typed, read once: words, digits, and the whole of it folded."""

    text: str
    words: tuple[QueryWord, ...]
    digits: str | None  # a phone number or part of one (three digits or more)
    hopeless: bool  # a word that folds to nearly nothing ("zzzz"): no record can match

    @classmethod
    def read(cls, text: str) -> SearchQuery:
        text = text[:500]
        complete = bool(text) and not text[-1].isalnum()
        forms = word_forms(text)[:MAX_WORDS]
        words: list[QueryWord] = []
        hopeless = False
        for index, (plain, folded) in enumerate(forms):
            typed = index == len(forms) - 1 and not complete
            if len(plain) >= 3 and 2 * len(folded) < len(plain):
                hopeless = True  # "zzzz" -> "z", "aaaa" -> "a": folding ate the word
            prefixes = prefix_alternatives(plain) if typed else (folded,)
            words.append(QueryWord(plain, folded, prefixes or (folded,), typed))
        return cls(text, tuple(words), phone_digits(text), hopeless)

    @property
    def empty(self) -> bool:
        """Nothing to look for: show everything (or nothing, for text of symbols only)."""
        return not self.words and not self.digits

    @property
    def full(self) -> str:
        """The whole query folded, for a name that is exactly it."""
        return " ".join(tokens(self.text[:200]))

    def name_starts(self, known: Callable[[str], bool]) -> tuple[str, ...]:
        """The folded texts a name may begin with (the last word's alternatives)."""
        if not self.words:
            return ()
        head = " ".join(w.folded for w in self.words[:-1])
        last = self.words[-1]
        return tuple(f"{head} {p}" if head else p for p in last.starts(known(last.folded)) if p)

    def inside_words(self, known: Callable[[str], bool]) -> tuple[str, ...]:
        """Words to look for inside longer words: all of them, three letters or more each,
        and not when every word is already a whole word of the directory (``Грац``)."""
        found = tuple(w.folded for w in self.words)
        if not found or any(len(w) < INSIDE_MIN_LENGTH for w in found):
            return ()
        return () if all(known(w) for w in found) else found

    def typo_words(self, known: Callable[[str], bool]) -> tuple[QueryWord, ...]:
        """Words that may carry one typo: long enough, not digits, not already a known word.

        A word that is a whole word of the directory matched as typed: widening it would
        add loose hits to a search that already found what was meant.
        """
        return tuple(
            w
            for w in self.words
            if TYPO_MIN_LENGTH <= len(w.plain) <= MAX_TYPO_WORD
            and not w.plain.isdigit()
            and not known(w.folded)
        )


@dataclass(frozen=True)
class Step:
    """One tier's look-up: the backend matches ``words`` (each a tuple of alternatives,
    all words required) in ``fields``, whole or as prefixes, or the phone ``digits``."""

    tier: Tier
    words: tuple[tuple[str, ...], ...] = ()
    fields: tuple[Field, ...] = ()
    prefix: bool = False
    digits: str = ""


def plan(query: SearchQuery, known: Callable[[str], bool]) -> list[Step]:
    """The look-ups for a query, best tier first; ``known`` tells whether a folded word is a
    whole word of some record's names, places or terms.

    The typo tier is left to the backend (it needs the index's vocabulary): it runs when
    ``query.typo_words(known)`` is not empty and no better tier has filled the page.
    """
    if query.hopeless or query.empty:
        return []
    steps: list[Step] = []
    if query.digits:
        steps.append(Step(Tier.PHONE, digits=query.digits))
    if query.words:
        whole = tuple((w.folded,) for w in query.words)
        starts = tuple(w.starts(known(w.folded)) for w in query.words)
        steps += [
            Step(Tier.EXACT_NAME, words=((query.full,),), fields=(Field.NAMES,)),
            Step(Tier.NAME_START, words=(query.name_starts(known),), fields=(Field.NAMES,)),
            Step(Tier.WHOLE_WORDS, words=whole, fields=KEY_FIELDS),
            Step(Tier.WORD_STARTS, words=starts, fields=KEY_FIELDS, prefix=True),
            Step(Tier.OTHER_TEXT, words=starts, fields=(*KEY_FIELDS, Field.OTHER), prefix=True),
        ]
    if query.digits:
        steps.append(Step(Tier.PHONE_PART, digits=query.digits))
    inside = query.inside_words(known)
    if inside:
        steps.append(Step(Tier.INSIDE_WORD, words=tuple((w,) for w in inside)))
    return steps
