"""Alt-key mnemonics that widgets add to the vocabulary's plain labels, a free letter each."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QToolButton,
    QWidget,
    QWizard,
    QWizardPage,
)

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


def without_mnemonic(text: str) -> str:
    """The text as shown: its mnemonic ``&`` gone, ``&&`` back to one ``&``."""
    out, index = [], 0
    while index < len(text):
        if text[index] == "&":
            if text[index + 1 : index + 2] == "&":
                out.append("&")
            index += 2 if text[index + 1 : index + 2] == "&" else 1
            continue
        out.append(text[index])
        index += 1
    return "".join(out)


def _texts(scope: QWidget) -> list[tuple[str, Callable[[str], None]]]:
    """Each control in ``scope`` that an Alt-letter reaches: its text and how to set it."""
    found: list[tuple[str, Callable[[str], None]]] = []
    for widget in scope.findChildren(QWidget):
        if isinstance(widget, QMenu | QWizardPage) or widget.window() is not scope.window():
            continue
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            continue  # shows its action's text without a mnemonic
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            found.append((widget.text(), widget.setText))
        elif isinstance(widget, QGroupBox):
            found.append((widget.title(), widget.setTitle))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                found.append((widget.tabText(index), partial(widget.setTabText, index)))
    return found


def _resolve(controls: Iterable[tuple[str, Callable[[str], None]]], taken: set[str]) -> None:
    for text, set_text in controls:
        letter = mnemonic_of(text)
        if letter is None:
            continue
        if letter not in taken:
            taken.add(letter)
            continue
        set_text(with_mnemonic(without_mnemonic(text), taken))


def resolve_clashes(scope: QWidget, fixed: Iterable[str] = ()) -> None:
    """Give each control whose Alt-letter an earlier one (or ``fixed``) has a free letter.

    Translators choose letters word by word; on one screen two of them can meet ("&Next"
    and "&Nationality"). The first keeps its letter, the next gets another of its own
    letters, or none rather than share one.
    """
    taken = {letter for text in fixed if (letter := mnemonic_of(text))}
    _resolve(_texts(scope), taken)


def resolve_menu_clashes(menu: QMenu) -> None:
    """The same for a menu's entries."""
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    _resolve(((a.text(), a.setText) for a in actions), set())


WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
    QWizard.WizardButton.HelpButton,
)


def wizard_buttons(wizard: QWizard) -> list[QAbstractButton]:
    """The wizard's own buttons (Back, Next, Finish …), beside every page."""
    return [b for kind in WIZARD_BUTTONS if (b := wizard.button(kind)) is not None]


class MnemonicGuard(QObject):
    """Resolves clashes in each window, wizard page and menu as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            if isinstance(watched, QMenu):
                resolve_menu_clashes(watched)
            elif isinstance(watched, QWizardPage):
                wizard = watched.wizard()
                fixed = [] if wizard is None else [b.text() for b in wizard_buttons(wizard)]
                resolve_clashes(watched, fixed)
            elif watched.isWindow() and not isinstance(watched, QWizard):
                fixed = []
                if isinstance(watched, QMainWindow):
                    fixed = [a.text() for a in watched.menuBar().actions()]
                resolve_clashes(watched, fixed)
        return False


def install_guard(app: QCoreApplication) -> None:
    """Watch every widget of the application (once per application)."""
    if app.property("mnemonicGuard"):
        return
    guard = MnemonicGuard(app)
    app.installEventFilter(guard)
    app.setProperty("mnemonicGuard", True)
