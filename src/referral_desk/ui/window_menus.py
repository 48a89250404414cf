"""The main window's menu bar and toolbar: window-wide actions, menus, texts with shortcuts."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

MENUS = ("file", "edit", "record", "view", "directory", "help")


def window_action(
    window: QMainWindow,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
    slot: Callable[[], object] | None,
) -> QAction:
    """An action of ``window`` whose shortcut works wherever the focus is in it."""
    action = QAction(window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if slot is not None:
        action.triggered.connect(slot)
    window.addAction(action)
    return action


def add_menus(window: QMainWindow) -> dict[str, QMenu]:
    """The menu bar's menus by name (``MENUS``), untitled until they are translated."""
    return {name: window.menuBar().addMenu("") for name in MENUS}


def add_toolbar(window: QMainWindow, actions: Iterable[QAction]) -> QToolBar:
    """The one toolbar: text buttons, fixed at the top, never hidden by accident."""
    toolbar = QToolBar(window)
    toolbar.setObjectName("main toolbar")
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.toggleViewAction().setEnabled(False)
    toolbar.addActions(list(actions))
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar


def name_actions(texts: Mapping[QAction, str]) -> None:
    """Each action's text, and a tooltip of it with the shortcut (buttons show no shortcut)."""
    for action, text in texts.items():
        action.setText(text)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        plain = text.replace("&", "").rstrip("…")
        action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
