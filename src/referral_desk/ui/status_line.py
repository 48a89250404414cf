"""The main window's status bar: the results' count, the directory's version and age, notices."""

from __future__ import annotations

import time
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from referral_desk.ui.plain_text import plain, tooltip
from referral_desk.ui.search_feedback import SearchFeedback

if TYPE_CHECKING:
    from referral_desk.domain.entities import DirectoryInfo

OLD_DIRECTORY = "#9a3412"


class StatusLine(QStatusBar):
    """The count of results at the left, the directory at the right, and notices over both.

    A notice (``showMessage``: an import's summary, "Details copied") stays for its time even
    when the pointer passes a button or menu entry: that one's status tip shows over the
    notice for as long as it is pointed at, and then the notice comes back.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count_label = QLabel(self)
        self.directory_label = plain(QLabel(self))  # the directory's version is data
        self.directory_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.directory_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.addWidget(self.count_label)
        self.addPermanentWidget(self.directory_label, 1)
        self._notice = ""
        self._until = 0.0  # time.monotonic() when the notice is over; inf: until replaced
        self._early = 0.0  # Qt's coarse timers may end a notice up to 5 % of its time early
        self.messageChanged.connect(self._message_changed)

    # -- notices

    def showMessage(self, text: str, /, timeout: int | None = 0) -> None:
        """Show a notice for ``timeout`` ms (0: until another replaces it)."""
        timeout = timeout or 0
        self._notice = text
        self._until = time.monotonic() + timeout / 1000 if timeout > 0 else float("inf")
        self._early = 0.06 * timeout / 1000
        super().showMessage(text, timeout)

    def clearMessage(self) -> None:
        self._notice = ""
        super().clearMessage()

    def notice(self) -> str:
        """The notice shown, or shown again once a status tip over it has gone."""
        return self._notice if time.monotonic() < self._until - self._early else ""

    def _message_changed(self, text: str) -> None:
        """A message takes the line (Qt draws it left of the first permanent widget, and the
        directory's stretches); a status tip that went away gives the notice back."""
        self.directory_label.setVisible(not text)
        notice = self.notice()
        if text or not notice:
            return
        left = self._until - time.monotonic()
        super().showMessage(notice, 0 if left == float("inf") else max(1, int(left * 1000)))

    # -- the directory

    def describe(
        self,
        info: DirectoryInfo | None,
        feedback: SearchFeedback,
        today: date,
        staleness_months: int,
        lang: str,
    ) -> None:
        """The directory's version, age and counts at the right; its age in colour when old."""
        label = self.directory_label
        if info is None:
            label.setText("")
            label.setToolTip("")
            return
        counts = self.tr("Organizations: {o} · services: {s} · contacts: {c}").format(
            o=info.counts.get("organizations", 0),
            s=info.counts.get("services", 0),
            c=info.counts.get("contacts", 0),
        )
        age, warning = feedback.directory_age(info.published, today, staleness_months)
        label.setText(f"{info.version} · {age} · {counts}")
        label.setStyleSheet(f"color:{OLD_DIRECTORY}" if warning else "")
        about = f"{info.name.get(lang)} {info.version}"
        label.setToolTip(tooltip(f"{about}\n{warning}" if warning else about))
