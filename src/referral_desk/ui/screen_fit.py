"""Windows sized and placed inside the available screen area, at any scale, with or without a WM."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# Room for a window manager's title bar and borders, which a widget's size leaves out.
# Without a window manager the window is this much smaller than the screen: a small loss
# against a status bar or buttons off the screen.
FRAME = QSize(16, 40)


def available_area(window: QWidget) -> QRect:
    """Where a window may be on its screen (the primary one before it is shown)."""
    screen: QScreen | None = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)


def fitted_size(wanted: QSize, area: QRect, share: float = 1.0) -> QSize:
    """``wanted``, or less: at most ``share`` of the area, less the frame."""
    room = QSize(
        max(1, int(area.width() * share) - FRAME.width()),
        max(1, int(area.height() * share) - FRAME.height()),
    )
    return wanted.boundedTo(room)


def fit_to_screen(window: QWidget, wanted: QSize, share: float = 1.0, place: bool = True) -> None:
    """Give ``window`` the size it wants, or what the screen has room for, centred on it.

    Without ``place`` only the size is set: a window of the main window (or a dialog) is
    placed by Qt and the window manager (moved before it is first shown, such a window
    stays unpainted on an X server without a window manager).
    """
    area = available_area(window)
    size = fitted_size(wanted, area, share)
    window.resize(size)
    if not place:
        return
    left = area.left() + max(0, (area.width() - size.width() - FRAME.width()) // 2)
    top = area.top() + max(0, (area.height() - size.height() - FRAME.height()) // 2)
    window.move(left, top)


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move a window (e.g. restored from a bigger screen) into the available area."""
    area = available_area(window)
    geometry = window.geometry()
    size = fitted_size(geometry.size(), area)
    if size != geometry.size():
        window.resize(size)
    left = min(max(geometry.left(), area.left()), area.right() + 1 - size.width() - FRAME.width())
    top = min(max(geometry.top(), area.top()), area.bottom() + 1 - size.height() - FRAME.height())
    left, top = max(left, area.left()), max(top, area.top())
    if (left, top) != (geometry.left(), geometry.top()):
        window.move(left, top)
