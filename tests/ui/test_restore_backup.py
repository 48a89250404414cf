"""File → Restore from backup…: the chosen backup comes back and the window searches it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from referral_desk.exchange.case_file import read_case_file
from referral_desk.services.desk import Desk
from referral_desk.services.pathway import load_rules
from referral_desk.settings import Settings
from referral_desk.store.backups import backup_file
from referral_desk.ui import backup_restore
from referral_desk.ui.main_window import MainWindow
from referral_desk.ui.restore_choice import RestoreChoice

ROOT = Path(__file__).resolve().parents[2]
CASE = ROOT / "data" / "cases" / "bg-child-begging-vienna.json"
NOW = datetime(2026, 3, 11, 9, 30, tzinfo=UTC)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, sample_desk: Desk) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(sample_desk, Settings(post_country="AT"), clock=lambda: NOW)
    qtbot.addWidget(main)
    yield main
    main.close()


def _keep_a_referral(desk: Desk) -> None:
    rules = load_rules().rules
    assert rules is not None
    pathway = desk.pathways.make(read_case_file(CASE), NOW, rules)
    desk.log.save(pathway, desk.log.new_header("Post", "Caseworker", NOW))


def test_the_chosen_backup_comes_back(
    window: MainWindow, sample_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup_file(sample_desk.path)  # before the referral
    _keep_a_referral(sample_desk)
    assert len(sample_desk.log.list()) == 1
    asked: list[list[str]] = []
    monkeypatch.setattr(RestoreChoice, "ask", lambda _parent, names: asked.append(names) or 0)
    assert window.restore_backup()
    assert asked and asked[0][0].startswith("sample.backup-")
    assert window.desk is not sample_desk
    assert window.desk.log.list() == [], "the log as it was at the backup"
    assert window.directory.search("Drehscheibe")
    assert list(sample_desk.path.parent.glob("sample.before-restore-*.sqlite3")), "old file kept"
    assert not list(sample_desk.path.parent.glob("sample.damaged-*")), "a sound file is not damaged"
    assert window.restore_action.text() == "&Restore from backup…"
    assert window.restore_action in window.menus["file"].actions()


def test_without_a_backup_it_says_so(
    window: MainWindow, sample_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(backup_restore, "message", lambda _p, _t, text, *_icon: said.append(text))
    assert not window.restore_backup()
    assert said == ["There is no backup yet."]
    assert window.desk is sample_desk


def test_cancelling_changes_nothing(
    window: MainWindow, sample_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup_file(sample_desk.path)
    monkeypatch.setattr(RestoreChoice, "ask", lambda _parent, _names: None)
    assert not window.restore_backup()
    assert window.desk is sample_desk
    for set_aside in ("sample.damaged-*", "sample.before-restore-*"):
        assert not list(sample_desk.path.parent.glob(set_aside))


def test_the_dialog_lists_the_backups_newest_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = RestoreChoice(None, ["b2", "b1"])
    qtbot.addWidget(dialog)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["b2", "b1"]
    assert dialog.list.currentRow() == 0


def test_the_dialog_shows_whole_backup_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    name = "directory.backup-2026-11-30T18-58-13-123456.sqlite3"
    dialog = RestoreChoice(None, [name])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.list.viewport().width() >= dialog.list.fontMetrics().horizontalAdvance(name)


def test_the_favourites_taken_with_the_backup_come_back(
    window: MainWindow, sample_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    pinned = "a397152d-8974-5e4e-b7e2-a570942fe9c5"  # Vienna Provincial Police Directorate
    window.apply_settings(Settings(post_country="AT", favourites=(pinned,)))
    backup_file(sample_desk.path)  # the settings file is kept beside it
    window.set_pinned(pinned, False)
    assert window.settings.favourites == ()
    monkeypatch.setattr(RestoreChoice, "ask", lambda _parent, _names: 0)
    assert window.restore_backup()
    assert window.settings.favourites == (pinned,)
    assert window.favourites.list.count() == 1
