"""The window over a central PostgreSQL database, and the dialog that asks for its password."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from referral_desk.services.desk import Desk
from referral_desk.settings import Settings
from referral_desk.ui import backup_restore
from referral_desk.ui.main_window import MainWindow
from referral_desk.ui.password_dialog import PasswordDialog

NOW = datetime(2026, 3, 11, 9, 30, tzinfo=UTC)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, sample_desk: Desk) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(sample_desk, Settings(post_country="AT"), clock=lambda: NOW)
    qtbot.addWidget(main)
    yield main
    main.close()


@pytest.mark.parametrize("database_backend", ["postgresql"], indirect=True)
def test_the_window_searches_a_central_database_and_leaves_its_backups_to_the_server(
    window: MainWindow, sample_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert sample_desk.central
    assert any(
        "Drehscheibe" in hit.name.all_names("en")[0]
        for hit in window.directory.search("Drehscjeibe")
    )
    said: list[str] = []
    monkeypatch.setattr(backup_restore, "message", lambda _p, _t, text, *_icon: said.append(text))
    assert not window.restore_backup()
    assert said == ["A central database is backed up by its server, not by this program."]
    assert window.desk is sample_desk


def test_the_password_dialog_hides_the_password_and_offers_the_keyring(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PasswordDialog(None, "postgresql+psycopg://anna@db.example.org/referral_desk", True)
    qtbot.addWidget(dialog)
    assert dialog.password.echoMode() is dialog.password.EchoMode.Password
    qtbot.keyClicks(dialog.password, "s3cret")
    dialog.remember.setChecked(True)
    answer = dialog.answer()
    assert (answer.password, answer.remember) == ("s3cret", True)


def test_without_a_keyring_the_dialog_cannot_keep_the_password(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PasswordDialog(None, "postgresql+psycopg://anna@db.example.org/referral_desk", False)
    qtbot.addWidget(dialog)
    dialog.remember.setChecked(True)
    qtbot.keyClick(dialog.password, Qt.Key.Key_X)
    assert not dialog.remember.isEnabled()
    assert dialog.answer().remember is False
    assert "asked for each time" in dialog.remember.toolTip()


def test_the_dialog_says_when_the_last_password_was_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    url = "postgresql+psycopg://anna@db.example.org/referral_desk"
    first = PasswordDialog(None, url, False)
    again = PasswordDialog(None, url, False, refused=True)
    for dialog in (first, again):
        qtbot.addWidget(dialog)
        dialog.show()
    assert not first.refused.isVisible()
    assert again.refused.isVisible() and "not accepted" in again.refused.text()
