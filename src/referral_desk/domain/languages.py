"""The languages the program speaks: each one's code and its name in itself, in menu order.

Adding a language takes a ``resources/i18n/referral_desk_<code>.ts`` file, a line
here, and texts in that language in the rule files and the directory.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# The language the program's texts are written in: it needs no translation file
# beyond its plural forms, and Qt has no catalogue to load for it.
SOURCE_LANGUAGE = "en"

# Each language is named in itself, so a caseworker finds their own in any UI language.
UI_LANGUAGES: Mapping[str, str] = MappingProxyType(
    {
        "en": "English",
        "bg": "Български",
        "de": "Deutsch",
    }
)

TRANSLATED_LANGUAGES = tuple(code for code in UI_LANGUAGES if code != SOURCE_LANGUAGE)


def ui_language_or_default(code: str) -> str:
    """``code`` if the program speaks it, else the source language."""
    return code if code in UI_LANGUAGES else SOURCE_LANGUAGE
