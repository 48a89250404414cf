"""An unexpected error in the app: a message box with one sentence and the error log's path."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from referral_desk.error_log import log_path
from referral_desk.ui import error_dialog, plain_text

SECRET = "Ivana Petrova"


def test_the_hook_shows_one_sentence_and_logs_the_details(
    qapp: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shown: list[tuple[str, str, QMessageBox.Icon]] = []
    monkeypatch.setattr(
        plain_text, "message", lambda _parent, title, text, icon: shown.append((title, text, icon))
    )
    try:
        raise ValueError(SECRET)
    except ValueError as error:
        error_dialog.report_error(type(error), error, error.__traceback__)
    assert len(shown) == 1
    _title, text, icon = shown[0]
    assert icon is QMessageBox.Icon.Critical
    assert "ValueError" in text and str(log_path()) in text
    assert SECRET not in text
    log = log_path().read_text(encoding="utf-8")
    assert "builtins.ValueError" in log and "test_error_dialog.py" in log
    assert SECRET not in log
    assert str(log_path()) in capsys.readouterr().err


def test_run_app_installs_the_hook_and_puts_the_old_one_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    previous = sys.excepthook
    seen = []
    installed = error_dialog.install_error_hook()
    try:
        seen.append(sys.excepthook)
    finally:
        sys.excepthook = installed
    assert installed is previous
    assert seen == [error_dialog.report_error]


def test_an_interrupt_is_not_reported(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(plain_text, "message", lambda *args: shown.append("shown"))
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: None)
    error_dialog.report_error(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert shown == []
    assert not log_path().exists()
