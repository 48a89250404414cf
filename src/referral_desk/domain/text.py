"""Text folding for search: case, accents, umlauts and Cyrillic to one Latin search key.

Two strings that a caseworker would call "the same name" fold to the same key:
``Drehscheibe`` and ``DREHSCHEIBE``, ``LEFÖ`` and ``Lefoe``, ``Държавна агенция``
and ``Darzhavna agentsia`` or ``Darjavna agencija``. Cyrillic is first written in
Latin letters by the official Bulgarian transliteration (Transliteration Act,
2009); then both scripts go through the same variant folding (``sht``/``st``,
``ts``/``tz``/``c``, ``ya``/``ja``/``ia`` ...), so Latin finds Cyrillic and the
reverse.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "bg_to_latin",
    "damerau_distance_at_most_one",
    "fold",
    "fold_prefix",
    "phone_digits",
    "prefix_alternatives",
    "tokens",
    "word_forms",
]

# Official Bulgarian transliteration (Закон за транслитерацията, 2009), with the
# Russian, Ukrainian and Serbian/Macedonian letters people also meet at borders.
_BG_TO_LATIN: dict[str, str] = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "sht",
    "ъ": "a",
    "ь": "y",
    "ю": "yu",
    "я": "ya",
    # other Cyrillic alphabets
    "ё": "yo",
    "ы": "y",
    "э": "e",
    "і": "i",
    "ї": "yi",
    "є": "ye",
    "ґ": "g",
    "ђ": "dj",
    "ј": "j",
    "љ": "lj",
    "њ": "nj",
    "ћ": "c",
    "џ": "dzh",
    "ѓ": "gj",
    "ќ": "kj",
    "ѕ": "dz",
}

_GERMAN = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"}

# Variant folding applied to Latin text, in this order. Both sides of a search
# go through it, so each pair only has to meet in the middle.
_VARIANTS: tuple[tuple[str, str], ...] = (
    ("tsch", "ch"),  # German tsch ~ Bulgarian ч
    ("sch", "sh"),  # German Schule ~ Bulgarian ш
    ("sht", "st"),  # щ: "sht" officially, "st" as often typed
    ("tz", "c"),
    ("ts", "c"),  # ц: "ts", "tz" or "c"
    ("kh", "h"),  # х: "kh" in older and English-style transliteration
    ("ph", "f"),
    ("ck", "k"),
    ("w", "v"),
    ("q", "k"),
    ("x", "ks"),
    ("zh", "j"),  # ж: "zh" officially, "j" as often typed (Jivko, darjavna)
    ("y", "j"),  # я ю й: "ya"/"ja", "yu"/"ju", "y"/"j"
    ("ij", "i"),  # -ия: "iya", "ija", "ia"
)
_DOUBLE_RE = re.compile(r"([a-z])\1+")
_NON_WORD_RE = re.compile(r"[^0-9a-z]+")
# Endings of a word still being typed that may become a longer folded pattern:
# "sc" may become "sch" (-> "sh"), "t" may become "ts" (-> "c"), and so on.
_PARTIAL_ENDINGS = (
    ("sh", 1),
    ("sc", 1),
    ("ts", 0),
    ("t", 0),
    ("k", 0),
    ("c", 0),
    ("p", 0),
    ("z", 0),
    ("q", 0),
)
_WORD_FINAL_IYA = re.compile(r"ия\b", re.IGNORECASE)
_BULGARIA = re.compile(r"\bбългария\b", re.IGNORECASE)


def bg_to_latin(text: str) -> str:
    """Write Cyrillic letters in Latin by the official Bulgarian system (2009).

    Word-final ``-ия`` is written ``-ia`` and ``България`` is ``Bulgaria``, as the
    Act prescribes; case is kept (``Щ`` -> ``Sht``); other characters pass through.
    """
    text = _BULGARIA.sub(lambda m: _same_case(m.group(0), "bulgaria"), text)
    text = _WORD_FINAL_IYA.sub(lambda m: _same_case(m.group(0), "ia"), text)
    out: list[str] = []
    for index, char in enumerate(text):
        lower = char.lower()
        latin = _BG_TO_LATIN.get(lower)
        if latin is None:
            out.append(char)
        elif char == lower:
            out.append(latin)
        else:
            following = text[index + 1 : index + 2]
            whole_word_upper = following.isupper()
            out.append(latin.upper() if whole_word_upper else latin.capitalize())
    return "".join(out)


def _same_case(model: str, latin: str) -> str:
    if model.isupper():
        return latin.upper()
    return latin.capitalize() if model[0].isupper() else latin


_LOWER_TO_LATIN = str.maketrans({**_BG_TO_LATIN, **_GERMAN})
# Latin letters that do not decompose into a base letter and an accent.
_UNDECOMPOSABLE = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h"}
)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.translate(_UNDECOMPOSABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _latin_base(text: str) -> str:
    """Lower case, umlauts expanded, Cyrillic transliterated, accents removed.

    Letters of other scripts are dropped: they cannot be typed on a Latin or
    Bulgarian keyboard and never match.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    if "ия" in text or "българия" in text:
        text = _BULGARIA.sub("bulgaria", text)
        text = _WORD_FINAL_IYA.sub("ia", text)
    text = text.translate(_LOWER_TO_LATIN)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text.translate(_UNDECOMPOSABLE))
    return decomposed.encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    while True:  # until nothing changes, so that folding a folded word changes nothing
        before = word
        for source, target in _VARIANTS:
            if source in word:
                word = word.replace(source, target)
        word = _DOUBLE_RE.sub(r"\1", word)
        if word == before:
            return word


@lru_cache(maxsize=131072)
def _fold_chunk(chunk: str) -> tuple[str, ...]:
    """The folded words of one whitespace-free piece of text (pieces repeat a lot)."""
    return tuple(_fold_word(w) for w in _NON_WORD_RE.split(_latin_base(chunk)) if w)


def fold(text: str) -> str:
    """The search key of a text: lower-case Latin words separated by single spaces."""
    return " ".join(word for chunk in text.split() for word in _fold_chunk(chunk))


def word_forms(text: str) -> list[tuple[str, str]]:
    """Each word as (plain Latin lower case, folded): typos are judged on either form."""
    words = _NON_WORD_RE.split(_latin_base(text))
    return [(w, _fold_word(w)) for w in words if w]


def tokens(text: str) -> list[str]:
    """The folded words of a text."""
    folded = fold(text)
    return folded.split(" ") if folded else []


def fold_prefix(word: str) -> str:
    """Fold a word the caseworker is still typing so that it stays a prefix.

    ``Drehsc`` folds to ``drehsc``, which is not a prefix of the folded
    ``drehsheibe``; this drops such an unfinished ending (``drehs``) instead.
    """
    base = _NON_WORD_RE.sub("", _latin_base(word))
    trimmed = True
    while trimmed:
        trimmed = False
        for ending, keep in _PARTIAL_ENDINGS:
            if base.endswith(ending) and len(base) - len(ending) + keep >= 1:
                base = base[: len(base) - len(ending) + keep]
                trimmed = True
                break
    return _fold_word(base)


# Letters that, typed next, fold the letters before them into something else: "z" + "h"
# is "j" (ж), "sc" + "h" is "sh", "t" + "s" is "c", "c" + "k" is "k", "sh" + "t" is "st".
_NEXT_LETTERS = ("h", "s", "k", "t")


def prefix_alternatives(word: str) -> tuple[str, ...]:
    """The folded prefixes a word still being typed may stand for, the word as typed first.

    ``Linz`` stands for ``linz`` or, if an ``h`` follows, ``linj`` (``Linzh``); ``Drehsc``
    for ``drehsc`` or ``drehsh``. Each alternative is as long as what was typed, so a
    finished word never shrinks into a looser prefix (``Graz`` never becomes ``gra``).
    """
    base = _NON_WORD_RE.sub("", _latin_base(word))
    if not base:
        return ()
    first = _fold_word(base)
    found = [first]
    # One letter more, or one and an h that ends a pair: "Аст" + "ш" is "astsh", whose
    # "ts" becomes "c" and then "sch" "sh": "ash".
    for letter in _NEXT_LETTERS:
        for more in ("", "h"):
            longer = _fold_word(base + letter + more)
            if not longer.startswith(first) and longer not in found:
                found.append(longer)
    return tuple(
        f for f in found if f == first or not any(f.startswith(o) for o in found if o != f)
    )


_PHONE_QUERY_RE = re.compile(r"^[\d\s+()./\-]+$")


def phone_digits(text: str) -> str | None:
    """The digits of a query that looks like (part of) a phone number, else None.

    ``+43 (1) 000-0001`` gives ``4310000001``; ``0043 1 000 0001`` gives the same,
    as ``00`` is the international prefix. At least three digits are needed.
    """
    stripped = text.strip()
    if not stripped or not _PHONE_QUERY_RE.match(stripped):
        return None
    digits = re.sub(r"\D", "", stripped)
    if stripped.startswith("00") and len(digits) > 5:
        digits = digits[2:]  # 00 is the international prefix: 0043 1 ... is +43 1 ...
    return digits if len(digits) >= 3 else None


def damerau_distance_at_most_one(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with at most one letter wrong, missing, extra or swapped."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diffs = [i for i in range(la) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    if la > lb:
        a, b = b, a
    # b is a with one letter inserted
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]
