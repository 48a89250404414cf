"""The main window's status bar: the results' count, the directory's version and age, notices."""

from __future__ import annotations

import time
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from referral_desk.ui.plain_text import tooltip
from referral_desk.ui.search_feedback import SearchFeedback

if TYPE_CHECKING:
    from referral_desk.domain.entities import DirectoryInfo

OLD_DIRECTORY = "#9a3412"


class ElidedLabel(QLabel):
    """A one-line status label that gives way in a narrow window, its text ending in "…".

    A plain label is never narrower than its text: at 200 % on 1366×768 the count and
    the update status in German would widen the window past the screen.
    """

    def __init__(self, parent: QWidget | None = None, keep_until: str = "") -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._keep_until = keep_until  # the text before it stays whole ("8 results", the age)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        keep = self.text().split(self._keep_until)[0] if self._keep_until else ""
        least = max(metrics.horizontalAdvance("MMM…"), metrics.horizontalAdvance(f"{keep} …"))
        return QSize(min(hint.width(), least), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        room = self.contentsRect()
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(self.text()) <= room.width():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        shown = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, room.width())
        painter.drawText(room, int(self.alignment()), shown)


class StatusLine(QStatusBar):
    """The count of results at the left, the directory at the right, and notices over both.

    In a narrow window all three give way alike, each text ending in "…"; the directory's
    age comes first in its label, so it stays in sight.

    A notice (``showMessage``: an import's summary, "Details copied") stays for its time even
    when the pointer passes a button or menu entry: that one's status tip shows over the
    notice for as long as it is pointed at, and then the notice comes back.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count_label = ElidedLabel(self, keep_until=" – ")
        self.directory_label = ElidedLabel(self, keep_until=" · ")  # plain: the version is data
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
        # the age first: it stays whole in a narrow window
        label.setText(f"{age} · {info.version} · {counts}")
        label.setStyleSheet(f"color:{OLD_DIRECTORY}" if warning else "")
        about = f"{info.name.get(lang)} {info.version}"
        label.setToolTip(tooltip(f"{about}\n{warning}" if warning else about))
