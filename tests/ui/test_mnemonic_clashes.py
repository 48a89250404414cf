"""No two controls a caseworker sees at once share an Alt-key letter, in English, Bulgarian, German.

The walker opens every window and dialog the main window's menus reach (each menu entry is
triggered with editing on; a dialog's ``exec`` is replaced by a look at it while it is on
screen; file choosers answer with a workbook, an update, a folder and a corrections file so
that the import, update and queue windows open), each tab of each of them, every page of
the wizard (with the age question shown) and its sheet options, the edit forms of every
kind of record, the first-run setup, and each menu, and collects the letters of what is
on screen together: the menu bar with the window's buttons, labels and group boxes; a
wizard page with the wizard's buttons; each menu on its own. New menus and dialogs are
walked without changing this test.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

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
    QTabWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from referral_desk.domain.editing import RecordKind
from referral_desk.domain.languages import UI_LANGUAGES
from referral_desk.services.desk import Desk
from referral_desk.services.exchange import ExportFormat
from referral_desk.settings import Settings
from referral_desk.ui.first_run import FirstRunDialog
from referral_desk.ui.main_window import MainWindow
from referral_desk.ui.mnemonics import mnemonic_of
from referral_desk.ui.record_editor import RecordEditor
from referral_desk.ui.translators import install_translators
from update_helpers import CHANGED_AT, austrian_changes, signed, write

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
        self.where = ""  # what opened the dialogs looked at now

    def dialog(self, dialog: QWidget) -> None:
        self.window(f"dialog {dialog.windowTitle()!r} from {self.where}", dialog)

    def check(self, where: str, letters: list[tuple[str, str]]) -> None:
        self.seen.add(where)
        by_letter: dict[str, list[str]] = defaultdict(list)
        for letter, text in letters:
            by_letter[letter].append(text)
        for letter, texts in sorted(by_letter.items()):
            if len(texts) > 1:
                self.clashes[f"{self.lang} {where}: Alt+{letter.upper()}"] = texts

    def window(self, where: str, widget: QWidget) -> None:
        """The window as it is, then each other tab of each of its tab widgets."""
        self.check(where, _letters(widget))
        for tabs in widget.window().findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            shown = tabs.currentIndex()
            for index in range(tabs.count()):
                if index != shown:
                    tabs.setCurrentIndex(index)
                    QApplication.processEvents()
                    self.check(f"{where}, tab {tabs.tabText(index)!r}", _letters(widget))
            tabs.setCurrentIndex(shown)

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

    person = wizard.person  # type: ignore[attr-defined]
    for age, group in ((30, "child"), (12, "adult")):  # the age question, both ways round
        person.age.setValue(age)
        person.age_group.setCurrentIndex(person.age_group.findData(group))
        QApplication.processEvents()
        assert person.age_question_box.isVisible()
        walker.window(f"wizard page 'The person', asking about age {age} and {group}", person)
    person.by_group_button.click()  # an adult whose age is not known
    for _ in range(12):
        QApplication.processEvents()
        page = wizard.currentPage()
        walker.window(f"wizard page {page.title()!r}", page)
        if wizard.nextId() == -1:  # the result: its print menu and the sheet's options
            walker.menu("wizard print sheet", page.print_menu)  # type: ignore[attr-defined]
            walker.where = "the wizard's Preview sheet"
            page.preview_sheet_action.trigger()  # type: ignore[attr-defined]
        if wizard.currentId() == WHERE:
            wizard.where.country.setCurrentText("AT")  # type: ignore[attr-defined]
        if wizard.nextId() == -1:
            break
        wizard.next()


@dataclass
class Looker:
    """Dialogs are walked while they are on screen; their titles are kept."""

    walker: Walker | None = None
    titles: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Files:
    """What the file choosers answer: a file each kind of chooser accepts, and a folder."""

    workbook: Path
    update: Path
    corrections: Path
    folder: Path

    def open_file(self, name_filter: str) -> str:
        for pattern, path in (
            ("*.rdupdate", self.update),
            ("*.corrections.json", self.corrections),
            ("*.xlsx", self.workbook),
        ):
            if pattern in name_filter:
                return str(path)
        return ""


@pytest.fixture
def files(sample_desk: Desk, tmp_path: Path) -> Files:
    workbook = tmp_path / "directory.xlsx"
    sample_desk.exchange.export(workbook, ExportFormat.XLSX)
    sample_desk.corrections.report(CHANGED_AT, "wrong fax", "", "Post Linz")
    corrections = tmp_path / "in.corrections.json"
    sample_desk.corrections.export(corrections)
    folder = tmp_path / "stick"
    folder.mkdir()
    update = write(folder, "at.rdupdate", signed(austrian_changes()))
    return Files(workbook, update, corrections, folder)


@pytest.fixture
def dialogs_looked_at(monkeypatch: pytest.MonkeyPatch, files: Files) -> Iterator[Looker]:
    """Every dialog's exec() is a walk over it on screen; file choosers answer with ``files``."""
    looker = Looker()

    def look(dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        if looker.walker is not None:
            looker.walker.dialog(dialog)
        looker.titles.append(dialog.windowTitle())
        dialog.hide()
        return int(QDialog.DialogCode.Rejected)

    def open_file(*args: object, **kwargs: object) -> tuple[str, str]:
        name_filter = kwargs.get("filter", args[3] if len(args) > 3 else "")
        return files.open_file(str(name_filter)), ""

    monkeypatch.setattr(QDialog, "exec", look)
    for kind in (QMessageBox, QPrintDialog, QPrintPreviewDialog):
        monkeypatch.setattr(kind, "exec", look)
    monkeypatch.setattr(QMessageBox, "about", lambda *a, **k: None)  # one OK button, no letter
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_file)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(files.folder))
    # Qt's static input dialogs run their own exec(), out of reach of the patch above.
    for name in ("getText", "getMultiLineText", "getItem"):
        monkeypatch.setattr(QInputDialog, name, lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (0, False))
    yield looker


# What the walk must reach: the windows and dialogs of every part of the program, by title.
MUST_SEE = (
    "Call now",
    "Referral log",
    "Settings",
    "Referral sheet options",
    "Edit",  # the record forms
    "New",
    "Change history",  # also a record's history, filtered
    "Retired records",
    "Verification queue",
    "Freshness",
    "Import",  # the import preview
    "Update",  # the update preview
    "Export the directory",
    "Restore from backup",
    "Set up Referral Desk",  # the first start
)


@pytest.mark.parametrize("lang", UI_LANGUAGES)
def test_no_two_controls_on_one_screen_share_an_alt_letter(
    qtbot: QtBot, sample_desk: Desk, lang: str, dialogs_looked_at: Looker
) -> None:
    app = QCoreApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, lang)
    walker = Walker(lang)
    dialogs_looked_at.walker = walker
    try:
        first_run = FirstRunDialog(None, Settings(ui_language=lang))
        qtbot.addWidget(first_run)
        first_run.show()  # its exec() is kept from every test: it would wait for a person
        QApplication.processEvents()
        walker.where = "the first start"
        walker.dialog(first_run)
        first_run.close()
        settings = Settings(  # Directory → Edit on: the most entries a menu shows at once
            ui_language=lang, post_country="AT", post_represents="BG", editing_enabled=True
        )
        window = MainWindow(sample_desk, settings, clock=lambda: NOW, save=lambda _s: None)
        qtbot.addWidget(window)
        window.show()
        hit = sample_desk.directory.search("drehscheibe", now=NOW)[0]
        window.show_record(hit.id)  # the detail pane's buttons are enabled and shown
        walker.window("main window", window)
        window.filters_button.setChecked(not window.filters_button.isChecked())
        walker.window("main window, filters shown or hidden", window)
        for action in window.menuBar().actions():
            walker.menu(action.text(), action.menu())  # type: ignore[arg-type]
        _trigger_everything(qtbot, window, walker)
        walker.where = "a new organization"  # its country is asked first; answered here
        RecordEditor.ask(window, sample_desk, RecordKind.ORGANIZATION, country="AT", lang=lang)
        seen = " ".join(sorted(walker.seen))
        missing = [title for title in MUST_SEE if not _seen_in_english(title, seen, lang)]
        assert not missing, (missing, sorted(walker.seen))
        assert not walker.clashes, "\n".join(
            f"{where}: {' | '.join(texts)}" for where, texts in walker.clashes.items()
        )
    finally:
        install_translators(app, "en")


def _seen_in_english(title: str, seen: str, lang: str) -> bool:
    """Titles are checked in the English walk; the others walk the same code."""
    return lang != "en" or title in seen


SKIPPED = {"quit"}  # closing the window ends the walk


def _actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        if action.menu() is not None:
            yield from _actions(action.menu())  # type: ignore[arg-type]
        elif not action.isSeparator():
            yield action


def _trigger_everything(qtbot: QtBot, window: MainWindow, walker: Walker) -> None:
    before = set(QApplication.topLevelWidgets())
    actions = [a for m in window.menuBar().actions() for a in _actions(m.menu())]  # type: ignore[arg-type]
    assert window.quit_action in actions
    switch = window.edit_actions.mode_action  # switching editing off would hide its windows
    for action in actions:
        if action in (window.quit_action, switch) or not action.isEnabled():
            continue
        walker.where = action.text()
        action.trigger()
        QApplication.processEvents()
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
