"""The verification queue as a table model: records due, in the order to call them."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from referral_desk.domain.i18n import QT_TRANSLATE_NOOP
from referral_desk.domain.verification import QueueItem
from referral_desk.domain.vocab import Outcome
from referral_desk.ui.vocab_labels import label

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


class QueueColumn(IntEnum):
    NAME = 0
    COUNTRY = 1
    VERIFIED = 2
    LINE = 3
    USES = 4
    NEWS = 5


HEADERS = {
    QueueColumn.NAME: QT_TRANSLATE_NOOP("QueueModel", "Record"),
    QueueColumn.COUNTRY: QT_TRANSLATE_NOOP("QueueModel", "Country"),
    QueueColumn.VERIFIED: QT_TRANSLATE_NOOP("QueueModel", "Last verified"),
    QueueColumn.LINE: QT_TRANSLATE_NOOP("QueueModel", "Line"),
    QueueColumn.USES: QT_TRANSLATE_NOOP("QueueModel", "Pathway steps"),
    QueueColumn.NEWS: QT_TRANSLATE_NOOP("QueueModel", "Reports"),
}


class QueuePlurals(QObject):
    """Texts with a count: lupdate reads plural forms only from tr() in a class."""

    def corrections(self, count: int) -> str:
        return self.tr("%n correction(s)", "", count)


def line_text(item: QueueItem) -> str:
    parts = []
    if item.facts.around_the_clock:
        parts.append(translate("QueueModel", "24 hours"))
    if item.facts.emergency:
        parts.append(translate("QueueModel", "emergency"))
    return ", ".join(parts)


def news_text(item: QueueItem) -> str:
    parts = []
    if item.corrections:
        parts.append(QueuePlurals().corrections(len(item.corrections)))
    last = item.last_check
    if last is not None and last.outcome is not Outcome.CONFIRMED:
        parts.append(f"{label(last.outcome)} {last.on.isoformat()}")
    return " · ".join(parts)


PAGE = 50  # rows read at a time: a window shows a few dozen


class QueueModel(QAbstractTableModel):
    """The queue's records in order; their rows are read a page at a time, as the view
    scrolls to them (``canFetchMore``/``fetchMore``): with every record of a large
    directory due, reading them all up front would take seconds."""

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.order: list[str] = []  # every record's id, in the queue's order
        self.items: list[QueueItem] = []  # the rows read so far, the first of ``order``
        self._read: Callable[[list[str]], list[QueueItem]] = lambda _ids: []

    def set_queue(self, order: list[str], read: Callable[[list[str]], list[QueueItem]]) -> None:
        """The queue anew: its records' ids in order, and how to read the rows of some."""
        self.beginResetModel()
        self.order, self._read, self.items = list(order), read, []
        self.items = self._next()
        self.endResetModel()

    def total(self) -> int:
        """How many records the queue holds (``rowCount`` counts those read so far)."""
        return len(self.order)

    def _next(self) -> list[QueueItem]:
        """The next page of rows, read; records gone from the queue since leave ``order``."""
        read: list[QueueItem] = []
        while not read and len(self.items) < len(self.order):
            start = len(self.items)
            wanted = self.order[start : start + PAGE]
            read = self._read(wanted)
            if len(read) < len(wanted):
                kept = {item.facts.id for item in read}
                self.order[start : start + PAGE] = [i for i in wanted if i in kept]
        return read

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.items) < len(self.order)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        read = self._next() if self.canFetchMore(parent) else []
        if read:
            start = len(self.items)
            self.beginInsertRows(QModelIndex(), start, start + len(read) - 1)
            self.items += read
            self.endInsertRows()

    def item(self, row: int) -> QueueItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, record_id: str) -> int:
        """The row of a record in the queue, its page read if it was not yet; -1 if the
        record is not in the queue."""
        while record_id in self.order:
            row = self.order.index(record_id)
            if row < len(self.items):
                return row
            self.fetchMore()
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(QueueColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(QueueColumn)
        ):
            return translate("QueueModel", HEADERS[QueueColumn(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        facts = item.facts
        column = QueueColumn(index.column())
        if column is QueueColumn.NAME:
            name = facts.name.get(self.lang)
            organization = facts.organization.get(self.lang)
            return name if organization == name else f"{name} – {organization}"
        if column is QueueColumn.COUNTRY:
            return facts.country
        if column is QueueColumn.VERIFIED:
            if facts.verified_at is None:
                return translate("QueueModel", "never")
            return facts.verified_at.isoformat()
        if column is QueueColumn.LINE:
            return line_text(item)
        if column is QueueColumn.USES:
            return str(item.uses)
        return news_text(item)
