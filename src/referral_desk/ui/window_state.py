"""The main window's place, size and splitter, kept between runs in the user's config folder."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtWidgets import QMainWindow, QSplitter

from referral_desk.ui.screen_fit import fit_to_screen, keep_on_screen

PREFERRED_SIZE = QSize(1280, 800)


def _state() -> QSettings:
    from referral_desk.paths import user_config_dir

    return QSettings(str(user_config_dir() / "window.ini"), QSettings.Format.IniFormat)


class WindowState:
    """Puts the window and its splitter back as they were left, and keeps them on close."""

    def __init__(self, window: QMainWindow, splitter: QSplitter) -> None:
        self.window = window
        self.splitter = splitter
        self._splitter_state: QByteArray | None = None  # the saved splitter, again when shown

    def restore(self) -> None:
        """The saved place and size (kept on screen), or a fitting one on the first run."""
        window, state = self.window, _state()
        geometry = state.value("main/geometry")
        if geometry is not None:
            window.restoreGeometry(geometry)
            keep_on_screen(window)  # saved on a bigger screen, or at a smaller scale
        else:
            fit_to_screen(window, PREFERRED_SIZE)
        splitter = state.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
            self._splitter_state = QByteArray(splitter)  # again once shown: columns fit first
        else:
            width = window.width()
            self.splitter.setSizes([width * 11 // 20, width * 9 // 20])

    def shown(self) -> None:
        """The window is on screen: the splitter as saved, now that the columns have fit."""
        if self._splitter_state is not None:
            self.splitter.restoreState(self._splitter_state)
            self._splitter_state = None

    def save(self) -> None:
        state = _state()
        state.setValue("main/geometry", self.window.saveGeometry())
        state.setValue("main/splitter", self.splitter.saveState())
        state.sync()
