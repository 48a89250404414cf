"""An unexpected error in the app: one sentence in a message box, the details in the error log.

Installed as ``sys.excepthook`` by ``run_app``: an error in a slot or an event handler
no longer passes unseen (PySide prints it to a console the caseworker does not have).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from referral_desk.error_log import write_error
from referral_desk.ui import plain_text

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def error_sentence(error: BaseException, log: object) -> str:
    """What the caseworker reads: what happened, that work may be lost, where the details are."""
    kind = type(error).__name__
    if log is None:
        text = QCoreApplication.translate(
            "ErrorDialog",
            "An unexpected error ({kind}) stopped what you were doing. Save your work; "
            "the details could not be written to the error log.",
        )
        return text.format(kind=kind)
    text = QCoreApplication.translate(
        "ErrorDialog",
        "An unexpected error ({kind}) stopped what you were doing. Save your work; "
        "the details are in {log}, which you can send to your support contact.",
    )
    return text.format(kind=kind, log=log)


def report_error(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """The excepthook: write the log entry, then say so in a message box (if Qt is running)."""
    if issubclass(kind, KeyboardInterrupt | SystemExit):
        sys.__excepthook__(kind, error, trace)
        return
    if error.__traceback__ is None:
        error = error.with_traceback(trace)
    log = write_error(error, "app")
    print(f"referral-desk: {type(error).__name__}; details in {log}", file=sys.stderr)
    if QApplication.instance() is None:
        return
    title = QCoreApplication.translate("ErrorDialog", "Something went wrong")
    plain_text.message(
        QApplication.activeWindow(), title, error_sentence(error, log), QMessageBox.Icon.Critical
    )


def install_error_hook() -> Hook:
    """Make ``report_error`` the excepthook; returns the one it replaces."""
    previous = sys.excepthook
    sys.excepthook = report_error
    return previous
