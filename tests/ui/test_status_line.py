"""The status line: a notice stays for its time even when status tips pass over it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QMainWindow

from referral_desk.ui.status_line import StatusLine


def _window(qtbot) -> tuple[QMainWindow, StatusLine]:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    line = StatusLine(window)
    window.setStatusBar(line)
    qtbot.addWidget(window)
    window.show()
    return window, line


def test_a_notice_comes_back_after_a_status_tip(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, line = _window(qtbot)
    line.showMessage("Imported d.xlsx: 1 added, 0 retired, 2 changed.", 10_000)
    assert line.directory_label.isHidden(), "the notice has the whole line"
    QCoreApplication.sendEvent(window, QStatusTipEvent("Emergency and 24-hour numbers"))
    assert line.currentMessage() == "Emergency and 24-hour numbers"
    QCoreApplication.sendEvent(window, QStatusTipEvent(""))  # the pointer moved on
    qtbot.waitUntil(lambda: line.currentMessage().startswith("Imported d.xlsx"))


def test_a_notice_ends_on_time_and_a_newer_one_replaces_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, line = _window(qtbot)
    line.showMessage("Pinned to your favourites.", 50)
    qtbot.waitUntil(lambda: line.currentMessage() == "")
    assert not line.directory_label.isHidden()
    QCoreApplication.sendEvent(window, QStatusTipEvent("a tip"))
    QCoreApplication.sendEvent(window, QStatusTipEvent(""))
    qtbot.wait(20)
    assert line.currentMessage() == "", "a notice whose time is up does not come back"
    line.showMessage("first", 10_000)
    line.showMessage("second", 10_000)
    QCoreApplication.sendEvent(window, QStatusTipEvent(""))
    qtbot.waitUntil(lambda: line.currentMessage() == "second")
    line.clearMessage()
    QCoreApplication.sendEvent(window, QStatusTipEvent(""))
    qtbot.wait(20)
    assert line.currentMessage() == "", "cleared on purpose: gone"
