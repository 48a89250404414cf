"""The verification queue as a table model: records due, in the order to call them."""

from __future__ import annotations

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


class QueueModel(QAbstractTableModel):
    """Rows of ``QueueItem``; small enough (hundreds) to hold whole."""

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.items: list[QueueItem] = []

    def set_items(self, items: list[QueueItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def item(self, row: int) -> QueueItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, record_id: str) -> int:
        for row, item in enumerate(self.items):
            if item.facts.id == record_id:
                return row
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
