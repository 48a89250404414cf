"""The one vocabulary's labels in the UI language, and languages named in their own language."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLocale

from referral_desk.domain import labels as vocabulary
from referral_desk.domain.vocab import Kind

E = TypeVar("E", bound=StrEnum)
translate = QCoreApplication.translate

# Languages offered in the language filter; names come from Qt in their own language.
FILTER_LANGUAGES = (
    "en",
    "bg",
    "de",
    "ro",
    "tr",
    "ru",
    "uk",
    "sr",
    "mk",
    "sq",
    "el",
    "hu",
    "pl",
    "cs",
    "sk",
    "fr",
    "es",
    "it",
    "nl",
    "ar",
    "fa",
    "ps",
    "ur",
    "hi",
    "bn",
    "ne",
    "zh",
    "vi",
    "th",
    "km",
    "tl",
)


def label(value: StrEnum) -> str:
    """The label of a value of the vocabulary, in the UI language."""
    return vocabulary.label(value, translate)


def code_label(enum: type[E], code: str) -> str:
    """The label of a stored code in the UI language; an unknown code as it is."""
    return vocabulary.code_label(enum, code, translate)


def plural(kind: Kind) -> str:
    """``Organizations``, ``Services``, ``Contacts``: for lists of one kind."""
    return translate(vocabulary.CONTEXT, vocabulary.KIND_PLURAL[kind])


def language_name(code: str) -> str:
    """A language's own name with its code, e.g. ``български (bg)``."""
    if code == "en":
        return "English (en)"  # Qt would say "American English"
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    name = locale.nativeLanguageName() or QLocale.languageToString(locale.language())
    return f"{name} ({code})"
