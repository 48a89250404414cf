"""Marking texts of the Qt-free core for translation; the UI translates them with Qt.

``lupdate`` collects ``QT_TRANSLATE_NOOP("Context", "text")`` calls from every
module, so core texts land in the same .ts files as the widgets' ``tr()`` texts.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def untranslated(context: str, text: str) -> str:
    """The default translator: English as written."""
    return text
