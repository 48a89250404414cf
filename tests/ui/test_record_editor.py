"""The edit form: every kind of record round-trips unchanged, errors sit beside their field,
a conflict lets the editor keep theirs, and the editing mode's menu, history and undo."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from db_access import database_url
from referral_desk.domain.editing import RecordKind, changed_fields
from referral_desk.services.desk import Desk
from referral_desk.settings import Settings
from referral_desk.ui.conflict_dialog import ConflictDialog
from referral_desk.ui.history_window import HistoryWindow
from referral_desk.ui.main_window import MainWindow
from referral_desk.ui.record_editor import RecordEditor
from referral_desk.ui.translators import install_translators

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
NOW = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)
ORG = "782afc8b-3420-5d7b-8547-ac0fa5c40d27"
LOCATION = "5ca0442d-aae6-53de-a588-bda7e8c9e3fa"
SERVICE = "b41ff09c-990a-5777-b5c0-9b731b8aa7bc"
CONTACT = "d810a07e-88e6-50b6-b149-3ec4f093574c"


def editor(qtbot: QtBot, desk: Desk, record_id: str) -> RecordEditor:
    record = desk.editing.record(record_id)
    dialog = RecordEditor(None, desk, record.kind, record)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("record_id", [ORG, LOCATION, SERVICE, CONTACT])
def test_the_form_gives_back_every_record_unchanged(
    qtbot: QtBot, sample_desk: Desk, record_id: str
) -> None:
    dialog = editor(qtbot, sample_desk, record_id)
    fields = dict(dialog.record.fields)  # type: ignore[union-attr]
    assert changed_fields(fields, {**fields, **dialog.values()}) == []


def test_every_sample_service_and_contact_round_trips(qtbot: QtBot, sample_desk: Desk) -> None:
    hits = sample_desk.directory.search("", limit=2000)
    assert len(hits) > 300
    for hit in hits:
        record = sample_desk.editing.record(hit.id)
        dialog = RecordEditor(None, sample_desk, record.kind, record)
        fields = dict(record.fields)
        assert changed_fields(fields, {**fields, **dialog.values()}) == [], hit.id
        dialog.deleteLater()


def test_an_error_is_shown_beside_its_field_and_nothing_is_saved(
    qtbot: QtBot, sample_desk: Desk
) -> None:
    dialog = editor(qtbot, sample_desk, SERVICE)
    dialog.editors["minimum_age"].line.setText("18")  # type: ignore[attr-defined]
    dialog.editors["maximum_age"].line.setText("10")  # type: ignore[attr-defined]
    dialog.save()
    assert dialog.errors["minimum_age"].isVisible()
    assert "18 is above the Oldest age served 10" in dialog.errors["minimum_age"].text()
    assert not dialog.errors["maximum_age"].isVisible()
    assert dialog.done_edit is None and dialog.isVisible()
    assert sample_desk.editing.history() == []


def test_a_saved_form_is_audited_with_its_reason(qtbot: QtBot, sample_desk: Desk) -> None:
    dialog = editor(qtbot, sample_desk, CONTACT)
    dialog.editors["title"].boxes["de"].setText("Nachtdienst")  # type: ignore[attr-defined]
    dialog.reason.setText("new name")
    dialog.save()
    assert dialog.done_edit is not None
    assert [c.field for c in dialog.done_edit.saved.changes] == ["title"]
    (entry,) = sample_desk.editing.history(CONTACT)
    assert entry.reason == "new name" and entry.changes[0].new["de"] == "Nachtdienst"


@pytest.mark.parametrize(
    ("choice", "email"),
    [
        (ConflictDialog.KEEP_MINE, "mine@example.org"),
        (ConflictDialog.TAKE_THEIRS, "theirs@example.org"),
    ],
)
def test_a_conflict_keeps_mine_or_takes_theirs(
    qtbot: QtBot, sample_desk: Desk, monkeypatch: pytest.MonkeyPatch, choice: int, email: str
) -> None:
    dialog = editor(qtbot, sample_desk, ORG)
    other = Desk.open(database_url(sample_desk))
    try:
        theirs = other.editing.record(ORG)
        other.editing.save(ORG, theirs.version, {"email": "theirs@example.org"}, "theirs")
    finally:
        other.close()
    shown: list[list[str]] = []

    def ask(_parent: object, conflict: object) -> int:
        shown.append([d.field for d in conflict.differences])  # type: ignore[attr-defined]
        return choice

    monkeypatch.setattr(ConflictDialog, "ask", ask)
    dialog.editors["email"].line.setText("mine@example.org")  # type: ignore[attr-defined]
    dialog.save()
    assert shown == [["email"]]
    assert sample_desk.editing.record(ORG).fields["email"] == email
    if choice == ConflictDialog.TAKE_THEIRS:
        assert dialog.editors["email"].value() == "theirs@example.org"  # the form shows theirs
        assert dialog.done_edit is None


def test_keeping_mine_after_a_conflict_keeps_what_the_other_editor_changed_elsewhere(
    qtbot: QtBot, sample_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = editor(qtbot, sample_desk, ORG)
    other = Desk.open(database_url(sample_desk))
    try:
        theirs = other.editing.record(ORG)
        other.editing.save(ORG, theirs.version, {"website": "https://theirs.example.org"}, "x")
    finally:
        other.close()
    monkeypatch.setattr(ConflictDialog, "ask", lambda *_a: ConflictDialog.KEEP_MINE)
    dialog.editors["email"].line.setText("mine@example.org")  # type: ignore[attr-defined]
    dialog.save()
    fields = sample_desk.editing.record(ORG).fields
    assert fields["email"] == "mine@example.org"
    assert fields["website"] == "https://theirs.example.org", "nothing the other editor did is lost"


def test_the_conflict_dialog_lists_both_versions(qtbot: QtBot, sample_desk: Desk) -> None:
    from referral_desk.services.editing import EditConflict

    conflict = EditConflict(ORG, 1, 2, {"email": "mine@example.org"}, {"email": "t@example.org"})
    dialog = ConflictDialog(None, conflict)
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(0, c).text() for c in range(3)]
    assert cells == ["E-mail", "t@example.org", "mine@example.org"]


@pytest.fixture
def window(qtbot: QtBot, sample_desk: Desk) -> Iterator[MainWindow]:
    main = MainWindow(sample_desk, Settings(editing_enabled=True), clock=lambda: NOW)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main


def test_editing_is_not_offered_at_a_post(qtbot: QtBot, sample_desk: Desk) -> None:
    main = MainWindow(sample_desk, Settings(), clock=lambda: NOW)
    qtbot.addWidget(main)
    main.show_record(ORG)
    actions = main.edit_actions
    assert actions.mode_action.isVisible() and not actions.mode_action.isChecked()
    assert not actions.edit_action.isVisible() and not actions.edit_action.isEnabled()
    assert actions.edit_record() is False


def test_one_switch_turns_the_whole_coordinator_side_on_and_off(
    qtbot: QtBot, sample_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved: list[Settings] = []
    main = MainWindow(sample_desk, Settings(), clock=lambda: NOW, save=saved.append)
    qtbot.addWidget(main)
    main.show_record(ORG)
    edit, verify = main.edit_actions, main.verify_actions
    directory = [a for a in main.menus["directory"].actions() if a.isCheckable()]
    assert directory == [edit.mode_action]  # the menus have one switch, not two
    coordinator = [
        edit.edit_action, edit.retire_action, edit.publish_action, edit.new_organization_action,
        verify.verify_action, verify.queue_action, verify.freshness_action, verify.import_action,
    ]  # fmt: skip
    assert not any(a.isVisible() or a.isEnabled() for a in coordinator)
    edit.mode_action.setChecked(True)
    assert main.settings.editing_enabled and saved[-1].editing_enabled
    assert all(a.isVisible() and a.isEnabled() for a in coordinator)
    settled: list[bool] = []
    monkeypatch.setattr(sample_desk.editing, "settle", lambda: settled.append(True))
    edit.mode_action.setChecked(False)
    assert settled == [True]  # leaving ends the session of edits: search is rebuilt
    assert not main.settings.editing_enabled and not saved[-1].editing_enabled
    assert not any(a.isVisible() for a in coordinator)


def test_edit_mode_edit_undo_redo_and_history(
    window: MainWindow, sample_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = window.edit_actions
    window.show_record(ORG)
    assert actions.mode_action.isChecked()  # the setting is the switch
    assert actions.edit_action.isEnabled() and actions.publish_action.isEnabled()

    def ask(parent: object, desk: Desk, kind: RecordKind, record: object, **where: str) -> object:
        dialog = RecordEditor(None, desk, kind, record)  # type: ignore[arg-type]
        dialog.editors["website"].line.setText("https://example.org/quokka")  # type: ignore[attr-defined]
        dialog.reason.setText("new site")
        dialog.save()
        return dialog.done_edit

    monkeypatch.setattr(RecordEditor, "ask", ask)
    assert actions.edit_record() is True
    assert sample_desk.editing.record(ORG).fields["website"] == "https://example.org/quokka"
    actions.undo_action.trigger()
    assert sample_desk.editing.record(ORG).fields["website"] == "https://www.bmi.gv.at"
    actions.redo_action.trigger()
    assert sample_desk.editing.record(ORG).fields["website"] == "https://example.org/quokka"
    reasons = [e.reason for e in sample_desk.editing.history(ORG)]
    assert reasons == ["redo: new site", "undo: new site", "new site"]
    history = actions.show_record_history()
    assert isinstance(history, HistoryWindow)
    assert history.table.rowCount() == 3 and history.record.text() == ORG


def test_retire_and_its_undo(
    window: MainWindow, sample_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = window.edit_actions
    actions.mode_action.setChecked(True)
    window.show_record(CONTACT)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("moved away", True))
    assert actions.retire_record() is True
    assert sample_desk.directory.show(CONTACT) is None
    actions.undo_action.trigger()
    assert sample_desk.directory.show(CONTACT) is not None
    assert [e.action for e in sample_desk.editing.history(CONTACT)] == ["restore", "retire"]


def test_undo_of_a_retire_puts_back_the_links_others_had_and_names_those_it_cannot(
    window: MainWindow, sample_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    child, moved = "90519d5d-ed27-5d39-bd19-b88278344dfa", "a397152d-8974-5e4e-b7e2-a570942fe9c5"
    actions = window.edit_actions
    actions.mode_action.setChecked(True)
    window.show_record(ORG)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("merged", True))
    shown: list[str] = []
    monkeypatch.setattr("referral_desk.ui.edit_actions.message", lambda *a: shown.append(a[2]))
    assert actions.retire_record() is True
    assert sample_desk.editing.record(child).fields["parent_id"] is None
    version = sample_desk.editing.record(moved).version
    sample_desk.editing.save(moved, version, {"parent_id": "84ac5079-8f6f-571d-b1a4-837121a0df0e"})
    actions.undo_action.trigger()
    assert sample_desk.editing.record(child).fields["parent_id"] == ORG
    assert sample_desk.editing.record(moved).fields["parent_id"] != ORG
    (told,) = shown
    moved_label = sample_desk.editing.record(moved).label
    assert f"“{moved_label}”" in told and "Federal Ministry of the Interior" in told
    assert "changed since the retirement" in told and child not in told
    actions.redo_action.trigger()  # retired again, and the links cleared again
    assert sample_desk.editing.record(child).fields["parent_id"] is None


def test_restoring_from_the_retired_list_tells_which_links_were_not_put_back(
    window: MainWindow, sample_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed = "f290d61b-4120-5baf-827d-fdde690a6849"
    actions = window.edit_actions
    actions.mode_action.setChecked(True)
    sample_desk.editing.retire(ORG, "merged")
    sample_desk.editing.retire(closed, "closed")
    retired = actions.show_retired()
    row = next(i for i, r in enumerate(retired.records) if r.id == ORG)
    retired.table.selectRow(row)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("came back", True))
    shown: list[str] = []
    monkeypatch.setattr("referral_desk.ui.edit_actions.message", lambda *a: shown.append(a[2]))
    assert retired.restore_selected() is True
    (told,) = shown
    assert re.search(r"\b5 link(\(s\)|s) of other records put back", told)  # English plurals or not
    assert "no longer in the directory" in told
    assert sample_desk.editing.names([closed]) == {}


def test_a_new_record_is_undone_and_redone_under_its_id_with_the_links_made_to_it(
    window: MainWindow, sample_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = window.edit_actions
    actions.mode_action.setChecked(True)
    window.show_record(ORG)

    def ask(parent: object, desk: Desk, kind: RecordKind, record: object, **where: str) -> object:
        dialog = RecordEditor(None, desk, kind, None, **where)  # type: ignore[arg-type]
        dialog.editors["name"].boxes["en"].setText("Annex")  # type: ignore[attr-defined]
        dialog.editors["timezone"].set_value("Europe/Vienna")
        dialog.editors["address"].set_value(
            {"address_1": "Gasse 2", "city": "Wien", "country": "AT"}
        )
        dialog.reason.setText("new annex")
        dialog.save()
        return dialog.done_edit

    monkeypatch.setattr(RecordEditor, "ask", ask)
    assert actions.new_record(RecordKind.LOCATION) is True
    (annex,) = [i for i in sample_desk.editing.record(ORG).children if i[2] == "Annex"]
    sample_desk.editing.save(SERVICE, 1, {"location_ids": [LOCATION, annex[1]]}, "both")
    actions.undo_action.trigger()  # the new location retired: the service's link cleared
    assert sample_desk.editing.record(SERVICE).fields["location_ids"] == [LOCATION]
    actions.redo_action.trigger()  # back under its id, and the link with it
    assert sample_desk.editing.record(SERVICE).fields["location_ids"] == [LOCATION, annex[1]]


def test_the_history_window_filters_and_exports(
    qtbot: QtBot, sample_desk: Desk, tmp_path: Path
) -> None:
    sample_desk.editing.save(ORG, 1, {"website": "https://example.org/h"}, "why")
    window = HistoryWindow(sample_desk)
    qtbot.addWidget(window)
    assert window.table.rowCount() == 1
    assert window.table.item(0, 7).text() == "why"
    window.country.setCurrentIndex(window.country.findData("BG"))
    assert window.country.currentText() == "Bulgaria (BG)"
    assert window.table.rowCount() == 0
    line = window.country.lineEdit()
    assert line is not None
    line.setText("Austria")  # a name typed in full
    line.editingFinished.emit()
    assert window.table.rowCount() == 1
    window.country.setCurrentIndex(0)  # all countries
    assert window.table.rowCount() == 1
    target = tmp_path / "h.csv"
    assert window.export(target) is True
    assert "https://example.org/h" in target.read_text(encoding="utf-8-sig")


def test_a_retired_record_is_restored_from_the_history_window(
    window: MainWindow, sample_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = window.edit_actions
    actions.mode_action.setChecked(True)
    sample_desk.editing.retire(CONTACT, "moved away")
    history = actions.show_history()
    assert history.restore_button.isVisible() and not history.restore_button.isEnabled()
    history.table.selectRow(0)
    assert history.selected_retirement() == CONTACT and history.restore_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("came back", True))
    assert history.restore_selected() is True
    assert sample_desk.directory.show(CONTACT) is not None
    assert sample_desk.editing.history(CONTACT)[0].reason == "came back"
    assert window.detail.detail is not None and window.detail.detail.id == CONTACT


def test_the_history_window_shows_each_change_on_the_posts_clock(
    qtbot: QtBot, sample_desk: Desk
) -> None:
    from zoneinfo import ZoneInfo

    sample_desk.editing.save(ORG, 1, {"website": "https://example.org/t"}, "why")
    (entry,) = sample_desk.editing.history(ORG)
    window = HistoryWindow(sample_desk, zone="Asia/Tokyo")
    qtbot.addWidget(window)
    at = entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=ZoneInfo("UTC"))
    assert (
        window.table.item(0, 0).text() == f"{at.astimezone(ZoneInfo('Asia/Tokyo')):%Y-%m-%d %H:%M}"
    )
    assert "UTC" not in window.table.horizontalHeaderItem(0).text()


def test_the_retired_records_window_shows_each_retirement_on_the_posts_clock(
    qtbot: QtBot, sample_desk: Desk
) -> None:
    from zoneinfo import ZoneInfo

    from referral_desk.ui.retired_records import RetiredRecords

    sample_desk.editing.retire(CONTACT, "moved away")
    (record,) = sample_desk.editing.retired()
    window = RetiredRecords(sample_desk, zone="Asia/Tokyo")
    qtbot.addWidget(window)
    at = record.at if record.at.tzinfo else record.at.replace(tzinfo=ZoneInfo("UTC"))
    assert (
        window.table.item(0, 0).text() == f"{at.astimezone(ZoneInfo('Asia/Tokyo')):%Y-%m-%d %H:%M}"
    )
    assert "UTC" not in window.table.horizontalHeaderItem(0).text()


def test_the_retired_list_filters_by_a_country_picked_or_typed_by_name(
    qtbot: QtBot, sample_desk: Desk
) -> None:
    from referral_desk.ui.retired_records import RetiredRecords

    sample_desk.editing.retire(CONTACT, "moved away")  # in Austria
    sample_desk.editing.retire("25308c44-78c3-5b56-9d20-968439890623", "left")  # in Bulgaria
    window = RetiredRecords(sample_desk)
    qtbot.addWidget(window)
    assert window.table.rowCount() == 2 and window.country.currentText() == "All countries"
    window.country.setCurrentIndex(window.country.findData("BG"))
    assert window.country.currentText() == "Bulgaria (BG)"
    assert [r.country for r in window.records] == ["BG"] and window.table.rowCount() == 1
    line = window.country.lineEdit()
    assert line is not None
    line.setText("austria")  # a name typed in full
    line.editingFinished.emit()
    assert [r.country for r in window.records] == ["AT"]
    window.country.setCurrentIndex(0)
    assert window.table.rowCount() == 2
    window.country.setCurrentIndex(window.country.findData("BG"))
    app = QApplication.instance()
    install_translators(app, "de")  # the countries named again, the one chosen kept
    QApplication.processEvents()
    try:
        assert window.country.itemText(0) == "Alle Länder"
        assert window.country.currentText() == "Bulgarien (BG)"
    finally:
        install_translators(app, "en")
        QApplication.processEvents()
    assert window.country.currentText() == "Bulgaria (BG)"
    assert [r.country for r in window.records] == ["BG"]


def test_the_retired_records_window_lists_shows_history_and_restores(
    window: MainWindow, sample_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = window.edit_actions
    assert actions.retired_action.isVisible() and actions.retired_action.isEnabled()
    sample_desk.editing.retire(CONTACT, "moved away")
    retired = actions.show_retired()
    assert retired.table.rowCount() == 1
    assert retired.table.item(0, 5).text() == "moved away"
    assert retired.table.item(0, 2).text() == "contact"
    assert not retired.restore_button.isEnabled()
    retired.table.selectRow(0)
    assert retired.show_history() is True
    assert actions.history_window is not None
    assert actions.history_window.record.text() == CONTACT
    assert actions.history_window.table.rowCount() >= 1
    # restoring needs edit mode, as every change does
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("came back", True))
    shown: list[str] = []
    monkeypatch.setattr("referral_desk.ui.edit_actions.message", lambda *a: shown.append(a[2]))
    actions.mode_action.setChecked(False)
    assert retired.restore_selected() is False and shown
    actions.mode_action.setChecked(True)
    assert retired.restore_selected() is True
    assert sample_desk.directory.show(CONTACT) is not None
    assert retired.table.rowCount() == 0  # refreshed by the change notice
