"""The search results as a table model over the directory's search service."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
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
from PySide6.QtGui import QBrush, QColor

from referral_desk.domain.entities import SearchHit
from referral_desk.domain.hours import Reach
from referral_desk.domain.i18n import QT_TRANSLATE_NOOP
from referral_desk.services.directory import Directory, SearchFilters
from referral_desk.ui.vocab_labels import KINDS, label

CONTEXT = "ResultsModel"
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_LIMIT = 200

HEADERS = (
    QT_TRANSLATE_NOOP("ResultsModel", "Kind"),
    QT_TRANSLATE_NOOP("ResultsModel", "Name"),
    QT_TRANSLATE_NOOP("ResultsModel", "Organization"),
    QT_TRANSLATE_NOOP("ResultsModel", "Country"),
    QT_TRANSLATE_NOOP("ResultsModel", "Reachable now"),
)
REACH_TEXT = {
    Reach.ALWAYS: QT_TRANSLATE_NOOP("ResultsModel", "24/7"),
    Reach.OPEN: QT_TRANSLATE_NOOP("ResultsModel", "Yes"),
    Reach.CLOSED: QT_TRANSLATE_NOOP("ResultsModel", "No"),
    Reach.UNKNOWN: QT_TRANSLATE_NOOP("ResultsModel", "Not known"),
}
REACH_COLOUR = {
    Reach.ALWAYS: QColor("#1b6e20"),
    Reach.OPEN: QColor("#1b6e20"),
    Reach.CLOSED: QColor("#9a3412"),
}

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    KIND = 0
    NAME = 1
    ORGANIZATION = 2
    COUNTRY = 3
    REACH = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ResultsModel(QAbstractTableModel):
    """Rows are search hits; the search itself (filtering, ranking) runs in SQL."""

    def __init__(self, directory: Directory, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._directory = directory
        self._lang = lang
        self._hits: list[SearchHit] = []
        self._rows: list[tuple[str, str, str, str, str]] = []

    # -- filling

    def search(
        self, text: str, filters: SearchFilters, now: datetime, limit: int = SEARCH_LIMIT
    ) -> None:
        """Run the search and show its hits (one model reset)."""
        self.set_hits(self._directory.search(text, filters, now, limit))

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._rows = [self._texts(hit) for hit in self._hits]
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        """Show names in another language and re-read translated labels."""
        self._lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        self._rows = [self._texts(hit) for hit in self._hits]
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def _texts(self, hit: SearchHit) -> tuple[str, str, str, str, str]:
        organization = "" if hit.organization_id == hit.id else hit.organization.get(self._lang)
        return (
            label(KINDS, hit.kind.value),
            hit.name.get(self._lang),
            organization,
            hit.country,
            _tr(REACH_TEXT[hit.reach.reach]),
        )

    # -- reading

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def row_of(self, record_id: str) -> int:
        return next((row for row, hit in enumerate(self._hits) if hit.id == record_id), -1)

    @property
    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    # -- QAbstractTableModel

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        hit = self._hits[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.NAME:
                return "\n".join(hit.name.all_names(self._lang))
            if column == Column.ORGANIZATION and self._rows[index.row()][column]:
                return "\n".join(hit.organization.all_names(self._lang))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.REACH:
            colour = REACH_COLOUR.get(hit.reach.reach)
            return QBrush(colour) if colour else None
        if role == RECORD_ID_ROLE:
            return hit.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS)
        if horizontal and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _tr(HEADERS[section])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1 if 0 <= section < len(self._rows) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
