"""Directory text is never Qt rich text: a directory full of markup, every widget walked.

Every free-text field of the sample (names, descriptions, notes, addresses, departments,
people, the directory's own name) starts with ``<b>…</b><img src="file:///…">``, the
markup Qt guesses as HTML. The main window searches it, opens each kind of record,
shows the favourites, the wizard's result and the referral log; then every widget's
text, tooltip, status tip and "what's this", every action's and every item's text
roles are checked: what Qt would render as rich text must show the markup as typed.
The windows added later (edit forms and their record pickers, verification queue,
freshness, change and record history, retired list, call now, import, export and update
previews) are walked by a second test.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
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
    QTimer,
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
from referral_desk.domain.editing import RecordKind
from referral_desk.domain.vocab import Kind
from referral_desk.services.desk import Desk
from referral_desk.services.pathway import load_rules
from referral_desk.settings import Settings
from referral_desk.ui import plain_text
from referral_desk.ui.main_window import MainWindow
from referral_desk.ui.wizard import ReferralWizard
from referral_desk.ui.wizard.wizard import RESULT
from update_helpers import austrian_changes, signed, write

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
        if has_image(document) or plain.count(MARK) > shown_as_typed(plain):
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
    return has_image(document) or plain.count(MARK) > shown_as_typed(plain)


def shown_as_typed(plain: str) -> int:
    """How often the payload shows as typed: as is, or inside JSON (a record's content in
    the history shows its quotes as \\")."""
    return plain.count(PAYLOAD) + plain.count(json.dumps(PAYLOAD)[1:-1])


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


def _walk_modal(qtbot: QtBot, walk: Walk, stage: str, opens: Callable[[], object]) -> int:
    """Open a modal dialog with ``opens``; while it is up, walk everything (each record
    picker of a form searched and one record chosen first), then close it. The number of
    modal dialogs walked."""
    from PySide6.QtWidgets import QDialog, QProgressDialog

    from referral_desk.ui.record_picker import RecordPicker

    seen: list[QDialog] = []

    def while_open() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or isinstance(dialog, QProgressDialog) or dialog in seen:
            QTimer.singleShot(50, while_open)
            return
        seen.append(dialog)
        for picker in dialog.findChildren(RecordPicker):
            picker.search.setText(MARK)
            picker.look_up(MARK)
            if picker.hits.count():
                picker.pick(picker.hits.item(0))
        walk_everything(walk, stage)
        dialog.reject()

    QTimer.singleShot(0, while_open)
    opens()
    return len(seen)


def test_markup_in_the_later_windows_is_never_interpreted(
    qtbot: QtBot,
    markup_desk: Desk,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The windows added after the walk above: edit forms and their record pickers, the
    verification queue, freshness, the change history, the retired list, a record's
    history, call now, the import and update previews and the export dialog."""
    walk = Walk()
    settings = replace(SETTINGS, editing_enabled=True, caseworker_name="<b>Ana</b>")
    window = MainWindow(markup_desk, settings, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    hits = markup_desk.directory.search("", limit=5000, now=NOW)
    first: dict[Kind, str] = {}
    for hit in hits:
        first.setdefault(hit.kind, hit.id)
    assert set(first) == set(Kind)

    # an edit and a retirement whose reasons carry markup, for the history and retired lists
    editing = markup_desk.editing
    organization = first[Kind.ORGANIZATION]
    record = editing.record(organization)
    editing.save(organization, record.version, {"email": "desk@example.org"}, PAYLOAD + "why")
    retired = next(h.id for h in hits if h.kind is Kind.SERVICE and h.id != first[Kind.SERVICE])
    editing.retire(retired, PAYLOAD + "closed")

    forms = 0
    for kind in Kind:
        window.open_record(first[kind])
        forms += _walk_modal(
            qtbot, walk, f"edit form of a {kind.value}", window.edit_actions.edit_record
        )
    window.open_record(organization)
    forms += _walk_modal(
        qtbot, walk, "new service form", lambda: window.edit_actions.new_record(RecordKind.SERVICE)
    )
    assert forms == len(Kind) + 1, "each form was opened and walked"

    shown = [
        ("verification queue", window.verify_actions.show_queue),
        ("freshness", window.verify_actions.show_freshness),
        ("change history", window.edit_actions.show_history),
        ("record history", lambda: window.edit_actions.show_history(organization)),
        ("retired records", window.edit_actions.show_retired),
        ("call now", window.show_call_now),
    ]
    for stage, opens in shown:
        opened = opens()
        qtbot.wait(50)
        walk_everything(walk, stage)
        if hasattr(opened, "close"):
            opened.close()

    monkeypatch.setattr(plain_text, "message", lambda *_a, **_k: None)  # "exported", "applied"
    exported = tmp_path / "export.json"
    assert window.exchange_actions.export_to(exported, "hsds-json", False) is not None
    content = json.loads(exported.read_text(encoding="utf-8"))
    content["contents"][0]["description"] = PAYLOAD + "changed by the import"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    assert _walk_modal(
        qtbot, walk, "import preview", lambda: window.exchange_actions.import_from(changed)
    )
    assert _walk_modal(qtbot, walk, "export dialog", window.exchange_actions.choose_export)

    bundle = write(tmp_path, "at.rdupdate", signed(austrian_changes()))
    assert _walk_modal(
        qtbot, walk, "update preview", lambda: window.update_actions.update_from(bundle)
    )

    with capsys.disabled():
        print(
            f"\nmarkup walk, later windows: {walk.widgets} widgets, {walk.strings} distinct "
            f"strings checked ({walk.tips} tooltips), {walk.with_markup} carry the data's "
            f"markup, {len(walk.interpreted)} interpreted"
        )
    assert walk.with_markup > 100, "the walk saw the data's markup"
    places = sorted({entry.split(": ")[1].split("[")[0] for entry in walk.interpreted})
    assert walk.interpreted == [], (places, walk.interpreted[:5])
