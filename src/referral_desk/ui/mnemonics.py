"""Alt-key mnemonics that widgets add to the vocabulary's plain labels, a free letter each."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

PLAIN_LABEL = "plainLabel"  # dynamic property of a button whose mnemonic is given, not written


def set_plain_label(button: QAbstractButton, text: str) -> None:
    """Show a label that has no mnemonic; ``give_mnemonics`` adds one later."""
    button.setText(text.replace("&", "&&"))
    button.setAccessibleName(text)
    button.setProperty(PLAIN_LABEL, text)


def mnemonic_of(text: str) -> str | None:
    """The letter after a single ``&``, folded; None when the text has no mnemonic."""
    index = 0
    while (index := text.find("&", index)) != -1:
        following = text[index + 1 : index + 2]
        if following != "&":
            return following.casefold() or None
        index += 2
    return None


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with ``&`` before a letter not in ``taken`` (word starts first), which it takes.

    Without a free letter the text stays without a mnemonic rather than share one.
    """
    starts = [
        i for i, c in enumerate(text) if c.isalnum() and (i == 0 or not text[i - 1].isalnum())
    ]
    rest = [i for i, c in enumerate(text) if c.isalnum() and i not in starts]
    for index in starts + rest:
        letter = text[index].casefold()
        if letter not in taken:
            taken.add(letter)
            escaped = text[:index].replace("&", "&&")
            return f"{escaped}&{text[index:].replace('&', '&&')}"
    return text.replace("&", "&&")


def _shown_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton | QLabel):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def give_mnemonics(scope: QWidget, neighbours: Iterable[QWidget] = ()) -> None:
    """Give every plain-labelled button in ``scope`` a letter no other widget there uses."""
    plain = [b for b in scope.findChildren(QAbstractButton) if b.property(PLAIN_LABEL)]
    taken = {
        letter
        for widget in [*scope.findChildren(QWidget), *neighbours]
        if widget not in plain and (letter := mnemonic_of(_shown_text(widget)))
    }
    for button in plain:
        button.setText(with_mnemonic(str(button.property(PLAIN_LABEL)), taken))
