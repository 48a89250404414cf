"""Starting the desktop app: Qt application, translations, settings, main window, directory."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from referral_desk.paths import resources_dir
from referral_desk.ui import plain_text
from referral_desk.ui.error_dialog import install_error_hook
from referral_desk.ui.translators import install_translators, system_language

if TYPE_CHECKING:  # SQLAlchemy is imported once the window is on screen
    from referral_desk.services.desk import Desk
    from referral_desk.settings import Settings

__all__ = ["install_translators", "run_app", "system_language"]

# Open the directory after the window's first paint, or after this long without one.
FALLBACK_OPEN_MS = 1000


def app_icon() -> QIcon:
    path = resources_dir() / "icons" / "referral-desk.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


class _AfterFirstPaint(QObject):
    """Calls back once the window has painted (or after ``fallback_ms``, whichever is first)."""

    def __init__(self, window: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)  # after the whole window is painted
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            self._window.removeEventFilter(self)
            QGuiApplication.sync()  # the first frame reaches the screen before the wait
            callback()


def first_run(settings: Settings, save: Callable[[Settings], Path]) -> Settings:
    """Ask who the post is before the first window; saved when given, asked again when not."""
    from referral_desk.ui.first_run import FirstRunDialog

    chosen = FirstRunDialog.ask(None, settings)
    if chosen is None:  # "ask me later": the system's language and zone until then
        app = QApplication.instance()
        if app is not None:  # the setup may have switched the language while it was open
            install_translators(app, settings.ui_language)
        return settings
    try:
        save(chosen)
    except (OSError, ValueError) as error:
        logging.getLogger(__name__).warning("The post's setup was not saved: %s", error)
    return chosen


def run_app(db_path: str | Path | None) -> int:
    """Show the main window first, then open the directory (SQLAlchemy and all) into it."""
    from referral_desk.settings import (
        load_settings,
        needs_setup,
        save_settings,
        settings_path,
        system_time_zone,
    )
    from referral_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Referral Desk")
    app.setOrganizationName("ReferralDesk")
    app.setWindowIcon(app_icon())
    first_start = not settings_path().exists()
    settings = load_settings()
    if first_start:
        settings = replace(settings, ui_language=system_language())
    install_translators(app, settings.ui_language)
    previous_hook = install_error_hook()  # never a silent crash
    if first_start or needs_setup(settings):  # also a post that never said who it is
        if settings.post_timezone == "UTC":  # an older default, never the post's choice
            settings = replace(settings, post_timezone=system_time_zone())
        settings = first_run(settings, save_settings)
    window = MainWindow(None, settings)
    opened: list[Desk] = []

    def open_and_attach() -> None:
        from referral_desk.error_log import write_error
        from referral_desk.paths import default_database_path
        from referral_desk.services.desk import Desk
        from referral_desk.services.errors import DESK_ERRORS
        from referral_desk.ui.error_dialog import error_sentence
        from referral_desk.ui.password_dialog import PasswordDialog

        try:
            desk = Desk.open(
                db_path or default_database_path(),
                ask_password=lambda shown, keep, refused: PasswordDialog.ask(
                    window, shown, keep, refused
                ),
            )
        except DESK_ERRORS as error:
            plain_text.message(
                window,
                app.translate("App", "Referral Desk cannot start"),
                str(error),
                QMessageBox.Icon.Critical,
            )
            app.exit(1)
            return
        except Exception as error:  # a failed migration, say: never "Loading…" for good
            plain_text.message(
                window,
                app.translate("App", "Referral Desk cannot start"),
                error_sentence(error, write_error(error, "opening the database")),
                QMessageBox.Icon.Critical,
            )
            app.exit(1)
            return
        opened.append(desk)
        window.attach_desk(desk, describe_later=True)

    _AfterFirstPaint(window, open_and_attach, FALLBACK_OPEN_MS)
    window.show()
    try:
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
        for desk in opened:
            desk.close()
    return code
