"""Directory text is never Qt rich text: a directory full of markup, every widget walked.

Every free-text field of the sample (names, descriptions, notes, addresses, departments,
people, the directory's own name) starts with ``<b>…</b><img src="file:///…">``, the
markup Qt guesses as HTML. The main window searches it, opens each kind of record,
shows the favourites, the wizard's result and the referral log; then every widget's
text, tooltip, status tip and "what's this", every action's and every item's text
roles are checked: what Qt would render as rich text must show the markup as typed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QTextEdit,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from referral_desk.domain.case import Case
from referral_desk.domain.vocab import Kind
from referral_desk.services.desk import Desk
from referral_desk.services.pathway import load_rules
from referral_desk.settings import Settings
from referral_desk.ui.main_window import MainWindow
from referral_desk.ui.wizard import ReferralWizard
from referral_desk.ui.wizard.wizard import RESULT

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 11, 9, 30, tzinfo=UTC)
SETTINGS = Settings(post_name="Consulate", post_country="AT", post_timezone="Europe/Vienna")
MARK = "Xq"
PAYLOAD = f'<b>{MARK}</b><img src="file:///etc/passwd">'
# Free text in the directory file: every value of a {"en": …, "bg": …} text, and these keys.
TEXT_KEYS = {
    "text",
    "alternate_names",
    "address_1",
    "address_2",
    "city",
    "department",
    "by",
    "source",
    "publisher",
}
LANGUAGE_KEYS = {"en", "bg", "de"}
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
)
# Roles Qt shows through QToolTip or QWhatsThis, which guess rich text; the rest are plain.
RICH_ROLES = {Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.WhatsThisRole}

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def inject(value: Any, key: str = "") -> Any:
    """The directory with the payload in front of every free text."""
    if isinstance(value, dict):
        return {k: inject(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [inject(v, key) for v in value]
    if isinstance(value, str) and (key in TEXT_KEYS or key in LANGUAGE_KEYS):
        return PAYLOAD + value
    return value


@dataclass
class Walk:
    """What was checked, and what Qt would have read as markup from the data."""

    strings: int = 0
    widgets: int = 0  # widgets walked, over all stages
    tips: int = 0  # distinct tooltips and "what's this" texts checked
    with_markup: int = 0
    interpreted: list[str] = field(default_factory=list)
    seen: set[tuple[str, str, bool]] = field(default_factory=set)

    def check(self, where: str, text: object, rich: bool | None) -> None:
        """``rich``: True always rich text, False always plain, None guessed by Qt."""
        if not isinstance(text, str) or not text:
            return
        key = (where.split("#")[0], text, bool(rich))
        if key in self.seen:
            return
        self.seen.add(key)
        self.strings += 1
        self.tips += " tooltip" in where or "what's this" in where or "ToolTip" in where
        if MARK not in text:
            return
        self.with_markup += 1
        if rich is None:
            rich = QtGui.Qt.mightBeRichText(text)
        if rich and interpreted(text):
            self.interpreted.append(f"{where}: {text[:120]!r}")

    def document(self, where: str, document: QTextDocument) -> None:
        """A text view's document: no image drawn, the markup shown as typed."""
        self.strings += 1
        plain = document.toPlainText()
        if MARK not in plain:
            return
        self.with_markup += 1
        if has_image(document) or plain.count(MARK) > plain.count(PAYLOAD):
            self.interpreted.append(f"{where}: {plain[:120]!r}")


def has_image(document: QTextDocument) -> bool:
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            if iterator.fragment().charFormat().isImageFormat():
                return True
            iterator += 1
        block = block.next()
    return False


def interpreted(text: str) -> bool:
    """Rendered as rich text, the data's markup became formatting or an image."""
    document = QTextDocument()
    document.setHtml(text)
    plain = document.toPlainText()
    return has_image(document) or plain.count(MARK) > plain.count(PAYLOAD)


def walk_model(walk: Walk, where: str, model: QAbstractItemModel) -> None:
    def rows(parent: QModelIndex) -> Iterator[QModelIndex]:
        for row in range(model.rowCount(parent)):
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
            for column in range(columns):
                index = model.index(row, column, parent)
                yield index
                flat = isinstance(model, QAbstractListModel | QAbstractTableModel)
                if column == 0 and not flat and model.hasChildren(index):
                    yield from rows(index)

    for index in rows(QModelIndex()):
        for role in ROLES:
            walk.check(
                f"{where}[{index.row()},{index.column()}] role {role.name}",
                index.data(role),
                None if role in RICH_ROLES else False,
            )
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for section in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            data = model.headerData(section, Qt.Orientation.Horizontal, role)
            walk.check(f"{where} header {section}", data, None if role in RICH_ROLES else False)


def walk_everything(walk: Walk, stage: str) -> None:
    """Every widget, action and item model of the application as it stands now."""
    models: dict[int, tuple[str, QAbstractItemModel]] = {}
    actions: dict[int, QAction] = {}
    for widget in QApplication.allWidgets():
        walk.widgets += 1
        where = f"{stage}: {type(widget).__name__} {widget.objectName()}"
        walk.check(f"{where} tooltip", widget.toolTip(), None)
        walk.check(f"{where} what's this", widget.whatsThis(), None)
        walk.check(f"{where} status tip", widget.statusTip(), False)  # the status bar: plain
        walk.check(f"{where} accessible name", widget.accessibleName(), False)
        walk.check(f"{where} window title", widget.windowTitle(), False)
        if isinstance(widget, QLabel):
            rich = {
                Qt.TextFormat.PlainText: False,
                Qt.TextFormat.RichText: True,
                Qt.TextFormat.MarkdownText: True,
            }.get(widget.textFormat())
            walk.check(f"{where} text", widget.text(), rich)
        if isinstance(widget, QTextEdit):
            walk.document(f"{where} document", widget.document())
        if isinstance(widget, QWizardPage):
            wizard = widget.wizard()
            title_rich = None
            if wizard is not None:
                title_rich = {Qt.TextFormat.PlainText: False, Qt.TextFormat.RichText: True}.get(
                    wizard.titleFormat()
                )
            walk.check(f"{where} title", widget.title(), title_rich)
            walk.check(f"{where} subtitle", widget.subTitle(), title_rich)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            models[id(widget.model())] = (where, widget.model())
        if isinstance(widget, QComboBox):
            models[id(widget.model())] = (where, widget.model())
        for action in widget.actions():
            actions[id(action)] = action
    for action in actions.values():
        where = f"{stage}: action {action.text()!r}"
        walk.check(f"{where} tooltip", action.toolTip(), None)
        walk.check(f"{where} status tip", action.statusTip(), False)
        walk.check(f"{where} what's this", action.whatsThis(), None)
    for where, model in models.values():
        walk_model(walk, f"{where} model", model)


@pytest.fixture
def markup_desk(tmp_path: Path) -> Iterator[Desk]:
    data = inject(json.loads((ROOT / "data" / "directory.json").read_text(encoding="utf-8")))
    source = tmp_path / "markup.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    desk = Desk.open(tmp_path / "markup.sqlite3", source)
    yield desk
    desk.close()


def test_markup_in_every_field_is_never_interpreted(
    qtbot: QtBot, markup_desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    walk = Walk()
    info = markup_desk.directory.info()
    assert info.name.get("en").startswith(PAYLOAD), "the directory's own name carries markup"
    window = MainWindow(markup_desk, SETTINGS, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    window.search_field.setText(MARK)
    window.run_search()
    assert window.model.rowCount() > 0
    walk_everything(walk, "search")

    hits = markup_desk.directory.search("", limit=5000, now=NOW)
    opened: dict[Kind, int] = {}
    for hit in hits:
        if opened.get(hit.kind, 0) >= 3:
            continue
        detail = markup_desk.directory.show(hit.id, NOW)
        assert detail is not None
        has_secret = any(loc.confidential and loc.address for loc in detail.locations)
        window.open_record(hit.id)
        if has_secret:
            window.detail.reveal_address()
        opened[hit.kind] = opened.get(hit.kind, 0) + 1
        walk_everything(walk, f"detail of a {hit.kind.value}")
    assert set(opened) == set(Kind), "each kind of record was opened"

    for hit in hits[:5]:
        window.set_pinned(hit.id, True)
    window.favourites_action.setChecked(True)
    walk_everything(walk, "favourites")
    window.favourites_action.setChecked(False)

    rules = load_rules().rules
    assert rules is not None
    case = Case(country="AT", age=12, nationality="BG", region="Vienna")
    pathway = markup_desk.pathways.make(case, NOW, rules)
    assert any(step.bodies for step in pathway.steps)
    markup_desk.log.save(pathway, markup_desk.log.new_header("<b>Post</b>", "", NOW))
    view = window.main_actions.show_log()
    walk_everything(walk, "referral log")
    view.close()

    wizard = ReferralWizard(markup_desk, "en", post_country="AT", clock=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.person
    page.age.setValue(12)
    page.age_group.setCurrentIndex(page.age_group.findData("child"))
    page.nationality.setCurrentText("BG")
    while wizard.currentId() != RESULT:
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, f"the wizard stopped at page {before}"
    assert wizard.result_page.tree.topLevelItemCount() > 0
    walk_everything(walk, "wizard result")
    wizard.close()

    with capsys.disabled():
        print(
            f"\nmarkup walk: {walk.widgets} widgets, {walk.strings} distinct strings checked "
            f"({walk.tips} tooltips), {walk.with_markup} carry the data's markup, "
            f"{len(walk.interpreted)} interpreted"
        )
    assert walk.with_markup > 100, "the walk saw the data's markup"
    places = sorted({entry.split(": ")[1].split("[")[0] for entry in walk.interpreted})
    assert walk.interpreted == [], places


def test_the_check_finds_interpreted_markup(qapp: object) -> None:
    """The walk's own check: a guessed label, an image in a document, an escaped tooltip."""
    walk = Walk()
    walk.check("label", PAYLOAD + "Name", None)
    walk.check("plain label", PAYLOAD + "Name", False)
    walk.check("escaped tooltip", QtGui.Qt.convertFromPlainText(PAYLOAD + "Name"), None)
    document = QTextDocument()
    document.setHtml(PAYLOAD)
    walk.document("view", document)
    assert walk.interpreted == [
        f"label: {PAYLOAD + 'Name'!r}",
        f"view: {document.toPlainText()[:120]!r}",
    ]
    assert walk.with_markup == 4
