"""Country and language codes checked against CLDR (through Babel), and their names per language."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

NAME_LANGUAGES = ("en", "bg", "de")  # the UI languages: names typed in any of them are understood
# CLDR territories that are not countries: groupings, outlying areas without ISO codes, and
# private-use codes (Kosovo's XK is kept: it is the code Europe's institutions use)
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "AC", "CP", "CQ", "DG", "TA"})
# Free movement of persons: the EU member states, the other EEA states and Switzerland
FREE_MOVEMENT = frozenset(
    {
        *("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE"),
        *("IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"),
        *("IS", "LI", "NO", "CH"),
    }
)
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
_SEPARATORS = re.compile(r"[,;/]+")
_PICKED = re.compile(r"\(([A-Za-z]{2,3})\)\s*$")  # "Bulgaria (BG)", as a picker shows it


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang if lang in NAME_LANGUAGES else "en")


@cache
def country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code CLDR names (and XK)."""
    return frozenset(
        code
        for code in map(str, _locale("en").territories)
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
    )


@cache
def language_codes() -> frozenset[str]:
    """ISO 639-1 codes, and ISO 639-3 codes where 639-1 has none (Romani: ``rom``)."""
    return frozenset(
        code for code in map(str, _locale("en").languages) if _LANGUAGE_CODE.match(code)
    )


def is_country(code: str | None) -> bool:
    return code is not None and code in country_codes()


def is_language(code: str | None) -> bool:
    return code is not None and code in language_codes()


def free_movement(code: str | None) -> bool:
    """A country whose citizens move freely within the EU and the EEA."""
    return code is not None and code.upper() in FREE_MOVEMENT


def country_name(code: str, lang: str) -> str:
    """The country's name in ``lang`` (the code itself when CLDR has none)."""
    return str(_locale(lang).territories.get(code.upper(), code))


def language_name(code: str, lang: str) -> str:
    """The language's name in ``lang``, with a capital letter; in English when CLDR has no
    name in ``lang`` (so a Bulgarian list shows "Tunisian Arabic", not "Aeb"), else the code."""
    name = language_name_in_text(code, lang)
    return name[:1].upper() + name[1:]


def language_name_in_text(code: str, lang: str) -> str:
    """The language's name in ``lang`` as written inside a phrase ("английски", "Englisch");
    the English name when CLDR has none in ``lang``, the code when it has none at all."""
    key = code.lower()
    return str(_locale(lang).languages.get(key) or _locale("en").languages.get(key, code))


def countries_by_name(lang: str) -> list[tuple[str, str]]:
    """(name in ``lang``, code) for every country, sorted by name."""
    return sorted(((country_name(c, lang), c) for c in country_codes()), key=_sort_key)


def languages_by_name(lang: str) -> list[tuple[str, str]]:
    """(name in ``lang``, code) for every language, sorted by name."""
    return sorted(((language_name(c, lang), c) for c in language_codes()), key=_sort_key)


def _sort_key(item: tuple[str, str]) -> tuple[str, str]:
    return item[0].casefold(), item[1]


@cache
def _names(kind: str) -> dict[str, str]:
    """Every name (folded) in every UI language, and the code it stands for."""
    found: dict[str, str] = {}
    for lang in NAME_LANGUAGES:
        pairs = countries_by_name(lang) if kind == "country" else languages_by_name(lang)
        for name, code in pairs:
            found.setdefault(name.casefold(), code)
    return found


def find_country(text: str) -> str | None:
    """The code for a typed country code or name (in English, Bulgarian or German), or None."""
    typed = text.strip()
    picked = _PICKED.search(typed)
    if picked and picked.group(1).upper() in country_codes():
        return picked.group(1).upper()
    if typed.upper() in country_codes():
        return typed.upper()
    return _names("country").get(typed.casefold())


def find_language(text: str) -> str | None:
    """The code for a typed language code or name (in English, Bulgarian or German), or None."""
    typed = text.strip()
    picked = _PICKED.search(typed)
    if picked and picked.group(1).lower() in language_codes():
        return picked.group(1).lower()
    if typed.lower() in language_codes():
        return typed.lower()
    return _names("language").get(typed.casefold())


def find_languages(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(codes for the languages typed, each once, in order; the parts that are no language).

    Parts are separated by commas, semicolons or slashes; a part that is not a name
    is tried word by word, so "bg ro" works as well as "Bulgarian, Romanian".
    """
    codes: list[str] = []
    rest: list[str] = []
    for part in (p.strip() for p in _SEPARATORS.split(text)):
        if not part:
            continue
        code = find_language(part)
        if code is not None:
            codes.append(code)
            continue
        for word in part.split():
            word_code = find_language(word)
            if word_code is None:
                rest.append(word)
            else:
                codes.append(word_code)
    return tuple(dict.fromkeys(codes)), tuple(rest)
