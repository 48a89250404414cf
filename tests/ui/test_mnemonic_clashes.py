"""No two controls a caseworker sees at once share an Alt-key letter, in English, Bulgarian, German.

The walker opens every window and dialog the main window's menus reach (each menu entry is
triggered; a dialog's ``exec`` is replaced by a look at it), every page of the wizard, and
each menu, and collects the letters of what is on screen together: the menu bar with the
window's buttons, labels and group boxes; a wizard page with the wizard's buttons; each menu
on its own. New menus and dialogs are walked without changing this test.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabBar,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from referral_desk.domain.languages import UI_LANGUAGES
from referral_desk.services.desk import Desk
from referral_desk.settings import Settings
from referral_desk.ui.main_window import MainWindow
from referral_desk.ui.mnemonics import mnemonic_of
from referral_desk.ui.translators import install_translators

NOW = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _letters(widget: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of each control inside ``widget``'s window that is on screen now."""
    found: list[tuple[str, str]] = []

    def add(text: str) -> None:
        letter = mnemonic_of(text)
        if letter:
            found.append((letter, text))

    window = widget.window()
    for child in window.findChildren(QWidget):
        if child.window() is not window or not child.isVisible() or isinstance(child, QMenu):
            continue
        labelled = isinstance(child, QLabel) and child.buddy() is not None
        if isinstance(child, QAbstractButton) or labelled:
            add(child.text())  # type: ignore[union-attr]
        elif isinstance(child, QGroupBox):
            add(child.title())
        elif isinstance(child, QTabBar):
            for index in range(child.count()):
                add(child.tabText(index))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text())
    return found


def _menu_letters(menu: QMenu) -> list[tuple[str, str]]:
    return [
        (letter, action.text())
        for action in menu.actions()
        if action.isVisible() and not action.isSeparator()
        if (letter := mnemonic_of(action.text()))
    ]


class Walker:
    """Collects every clash seen, by where it was seen."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.clashes: dict[str, list[str]] = {}
        self.seen: set[str] = set()

    def check(self, where: str, letters: list[tuple[str, str]]) -> None:
        self.seen.add(where)
        by_letter: dict[str, list[str]] = defaultdict(list)
        for letter, text in letters:
            by_letter[letter].append(text)
        for letter, texts in sorted(by_letter.items()):
            if len(texts) > 1:
                self.clashes[f"{self.lang} {where}: Alt+{letter.upper()}"] = texts

    def window(self, where: str, widget: QWidget) -> None:
        self.check(where, _letters(widget))

    def menu(self, where: str, menu: QMenu) -> None:
        menu.popup(QPoint(0, 0))  # as the caseworker opens it
        QApplication.processEvents()
        self.check(f"{where} menu", _menu_letters(menu))
        menu.hide()
        for action in menu.actions():
            if action.menu() is not None:
                self.menu(f"{where} › {action.text()}", action.menu())  # type: ignore[arg-type]


def _walk_wizard(walker: Walker, wizard: QWizard) -> None:
    from referral_desk.ui.wizard.wizard import WHERE

    for _ in range(12):
        QApplication.processEvents()
        page = wizard.currentPage()
        walker.window(f"wizard page {page.title()!r}", page)
        if wizard.currentId() == WHERE:
            wizard.where.country.setCurrentText("AT")  # type: ignore[attr-defined]
        if wizard.nextId() == -1:
            break
        wizard.next()


@pytest.fixture
def dialogs_looked_at(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[QWidget]]:
    """Every dialog's exec() only records the dialog; file choosers answer "cancel"."""
    opened: list[QWidget] = []

    def look(dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        opened.append(dialog)
        dialog.hide()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", look)
    for kind in (QMessageBox, QPrintDialog, QPrintPreviewDialog):
        monkeypatch.setattr(kind, "exec", look)
    monkeypatch.setattr(QMessageBox, "about", lambda *a, **k: None)  # one OK button, no letter
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    # Qt's static input dialogs run their own exec(), out of reach of the patch above.
    for name in ("getText", "getMultiLineText", "getItem"):
        monkeypatch.setattr(QInputDialog, name, lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (0, False))
    yield opened


@pytest.mark.parametrize("lang", UI_LANGUAGES)
def test_no_two_controls_on_one_screen_share_an_alt_letter(
    qtbot: QtBot, sample_desk: Desk, lang: str, dialogs_looked_at: list[QWidget]
) -> None:
    app = QCoreApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, lang)
    try:
        settings = Settings(  # Directory → Edit on: the most entries a menu shows at once
            ui_language=lang, post_country="AT", post_represents="BG", editing_enabled=True
        )
        window = MainWindow(sample_desk, settings, clock=lambda: NOW, save=lambda _s: None)
        qtbot.addWidget(window)
        window.show()
        hit = sample_desk.directory.search("drehscheibe", now=NOW)[0]
        window.show_record(hit.id)  # the detail pane's buttons are enabled and shown
        walker = Walker(lang)
        walker.window("main window", window)
        window.filters_button.setChecked(not window.filters_button.isChecked())
        walker.window("main window, filters shown or hidden", window)
        for action in window.menuBar().actions():
            walker.menu(action.text(), action.menu())  # type: ignore[arg-type]
        _trigger_everything(qtbot, window, walker, dialogs_looked_at)
        assert {"main window", "wizard page"} <= {w.split(" '")[0] for w in walker.seen}
        assert len(walker.seen) >= 12, sorted(walker.seen)
        assert not walker.clashes, "\n".join(
            f"{where}: {' | '.join(texts)}" for where, texts in walker.clashes.items()
        )
    finally:
        install_translators(app, "en")


SKIPPED = {"quit"}  # closing the window ends the walk


def _actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        if action.menu() is not None:
            yield from _actions(action.menu())  # type: ignore[arg-type]
        elif not action.isSeparator():
            yield action


def _trigger_everything(
    qtbot: QtBot, window: MainWindow, walker: Walker, opened: list[QWidget]
) -> None:
    before = set(QApplication.topLevelWidgets())
    actions = [a for m in window.menuBar().actions() for a in _actions(m.menu())]  # type: ignore[arg-type]
    assert window.quit_action in actions
    for action in actions:
        if action is window.quit_action or not action.isEnabled():
            continue
        opened.clear()
        action.trigger()
        QApplication.processEvents()
        name = action.text()
        for dialog in opened:
            walker.window(f"dialog {dialog.windowTitle()!r} from {name}", dialog)
        for top in set(QApplication.topLevelWidgets()) - before:
            if top.isVisible() and not isinstance(top, QMenu):
                if isinstance(top, QWizard):
                    _walk_wizard(walker, top)
                else:
                    walker.window(f"window {top.windowTitle()!r}", top)
                top.close()
        for child in window.findChildren(QWidget):
            if child.isWindow() and child.isVisible() and child is not window:
                if isinstance(child, QWizard):
                    _walk_wizard(walker, child)
                elif not isinstance(child, QMenu):
                    walker.window(f"window {child.windowTitle()!r}", child)
                child.close()
