"""The search results as a table model over the directory's search service."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import IntEnum
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from referral_desk.domain import labels as vocabulary
from referral_desk.domain.entities import SearchHit
from referral_desk.domain.hours import Reach
from referral_desk.domain.i18n import QT_TRANSLATE_NOOP
from referral_desk.domain.search import SearchFilters
from referral_desk.domain.vocab import Kind
from referral_desk.ui.plain_text import tooltip
from referral_desk.ui.vocab_labels import label

if TYPE_CHECKING:  # the directory (SQLAlchemy) is imported after the window is on screen
    from referral_desk.services.directory import Directory

CONTEXT = "ResultsModel"
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# A search asks for one page of hits (the search's cost grows with the hits it returns);
# scrolling to the end fetches the next page, up to SEARCH_LIMIT rows.
PAGE_SIZE = 100
SEARCH_LIMIT = 200

HEADERS = (
    QT_TRANSLATE_NOOP("ResultsModel", "Kind"),
    QT_TRANSLATE_NOOP("ResultsModel", "Name"),
    QT_TRANSLATE_NOOP("ResultsModel", "Organization"),
    QT_TRANSLATE_NOOP("ResultsModel", "Phone"),
    QT_TRANSLATE_NOOP("ResultsModel", "Country"),
    QT_TRANSLATE_NOOP("ResultsModel", "Reachable now"),
)
REACH_COLOUR = {
    Reach.ALWAYS: QColor("#1b6e20"),
    Reach.OPEN: QColor("#1b6e20"),
    Reach.CLOSED: QColor("#9a3412"),
}
REACH_BRUSH = {reach: QBrush(colour) for reach, colour in REACH_COLOUR.items()}

# data() runs for every role of every visible cell on every repaint: plain ints compare fastest.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_RECORD_ID = int(RECORD_ID_ROLE)
_PHONE_COLUMN = 3  # Column.PHONE
_REACH_COLUMN = 5  # Column.REACH
PLACEHOLDER_BRUSH = QBrush(QColor("#555555"))
# "Reachable now" first: around the clock, open, not known, closed (the search's order kept).
REACH_ORDER = {Reach.ALWAYS: 0, Reach.OPEN: 0, Reach.UNKNOWN: 1, Reach.CLOSED: 2}
# Asked for every visible cell on every repaint: combined once, not per call.
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    KIND = 0
    NAME = 1
    ORGANIZATION = 2
    PHONE = 3
    COUNTRY = 4
    REACH = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _reach_text(reach: Reach) -> str:
    return QCoreApplication.translate(vocabulary.CONTEXT, vocabulary.REACH_SHORT[reach])


def column_texts(column: Column) -> list[str]:
    """Every text a short column can show (translated), for sizing it without reading rows."""
    if column == Column.KIND:
        return [label(kind) for kind in Kind]
    if column == Column.REACH:
        return [_reach_text(reach) for reach in Reach]
    if column == Column.COUNTRY:
        return ["WW"]  # ISO 3166-1 alpha-2 codes
    if column == Column.PHONE:
        return ["+359 2 000 0000", _tr(PLACEHOLDER_SHORT)]
    return []


PLACEHOLDER_SHORT = QT_TRANSLATE_NOOP("ResultsModel", "placeholder")


def phone_text(hit: SearchHit) -> str:
    """The main number as people write it; a stand-in number is never shown as digits."""
    if not hit.phone:
        return ""
    if hit.phone_placeholder:
        return _tr(PLACEHOLDER_SHORT)
    return _display_phone(hit.phone)


@lru_cache(maxsize=4096)
def _display_phone(number: str) -> str:
    # Formatting costs a tenth of a millisecond (phonenumbers, loaded once the window is
    # up): done only for the rows painted, and remembered, so typing never waits for it.
    from referral_desk.domain.phones import display_phone

    return display_phone(number)


class ResultsModel(QAbstractTableModel):
    """Rows are search hits; the search itself (filtering, ranking) runs in SQL.

    Without a directory (while it is still being opened) the model is empty and searches
    do nothing. A search shows its first PAGE_SIZE hits; Qt's fetchMore() (the view
    scrolled to the end) shows the next page, up to SEARCH_LIMIT.
    """

    def __init__(
        self, directory: Directory | None, lang: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._directory = directory
        self._lang = lang
        self._hits: list[SearchHit] = []  # as shown
        self._found: list[SearchHit] = []  # in the search's order
        self._rows: list[tuple[str, str, str, str | None, str, str]] = []
        self._by_reach = False
        self._brushes: list[QBrush | None] = []
        self._query: tuple[str, SearchFilters, datetime] | None = None
        self._more = False

    # -- filling

    def set_directory(self, directory: Directory | None) -> None:
        """Search this directory from now on (the rows shown stay until the next search)."""
        self._directory = directory

    @property
    def directory(self) -> Directory | None:
        return self._directory

    def search(
        self, text: str, filters: SearchFilters, now: datetime, limit: int = PAGE_SIZE
    ) -> bool:
        """Run the search and show its hits (one model reset); False without a directory."""
        if self._directory is None:
            return False
        hits = self._directory.search(text, filters, now, limit)
        self._query = (text, filters, now)
        self._more = len(hits) >= limit and limit < SEARCH_LIMIT
        self.set_hits(hits)
        return True

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._found = list(hits)
        self._hits = self._ordered(self._found)
        self._rows, self._brushes = self._display(self._hits)
        self.endResetModel()

    @property
    def sorted_by_reach(self) -> bool:
        return self._by_reach

    def sort_by_reach(self, on: bool) -> None:
        """Reachable now first (the search's order kept within each), or the search's order."""
        if on == self._by_reach:
            return
        self._by_reach = on
        self.set_hits(self._found)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's sort: the "Reachable now" column sorts by reach; any other, the search's order."""
        self.sort_by_reach(column == Column.REACH)

    def _ordered(self, hits: Sequence[SearchHit]) -> list[SearchHit]:
        if not self._by_reach:
            return list(hits)
        return sorted(hits, key=lambda hit: REACH_ORDER[hit.reach.reach])

    @property
    def truncated(self) -> bool:
        """More hits may exist than the rows shown (the last search filled its limit)."""
        return self._more or len(self._hits) >= SEARCH_LIMIT

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and self._directory is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """The next page of the last search: the search again with a larger limit."""
        if not self.canFetchMore(parent) or self._query is None or self._directory is None:
            return
        limit = min(len(self._hits) + PAGE_SIZE, SEARCH_LIMIT)
        text, filters, now = self._query
        hits = self._directory.search(text, filters, now, limit)
        self._more = len(hits) >= limit and limit < SEARCH_LIMIT
        shown = {hit.id for hit in self._hits}
        new = [hit for hit in hits if hit.id not in shown]
        if not new:
            self._more = False
            return
        if self._by_reach:  # the new page's reachable records go among the first ones
            self.set_hits([*self._found, *new])
            return
        rows, brushes = self._display(new)
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._found.extend(new)
        self._hits.extend(new)
        self._rows.extend(rows)
        self._brushes.extend(brushes)
        self.endInsertRows()

    def set_language(self, lang: str) -> None:
        """Show names in another language and re-read translated labels."""
        self._lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        self._rows, self._brushes = self._display(self._hits)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def _display(
        self, hits: Sequence[SearchHit]
    ) -> tuple[list[tuple[str, str, str, str | None, str, str]], list[QBrush | None]]:
        """Every cell's text and the reach column's colour, once per search (not per paint)."""
        lang = self._lang
        kinds: dict[str, str] = {}
        reaches: dict[Reach, str] = {}
        rows: list[tuple[str, str, str, str | None, str, str]] = []
        for hit in hits:
            kind = kinds.get(hit.kind.value)
            if kind is None:
                kind = kinds[hit.kind.value] = label(hit.kind)
            reach = hit.reach.reach
            reach_text = reaches.get(reach)
            if reach_text is None:
                reach_text = reaches[reach] = _reach_text(reach)
            organization = "" if hit.organization_id == hit.id else hit.organization.get(lang)
            # the phone cell is filled when first painted (see data())
            rows.append((kind, hit.name.get(lang), organization, None, hit.country, reach_text))
        return rows, [REACH_BRUSH.get(hit.reach.reach) for hit in hits]

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
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self._rows):
            return None
        role = int(role)
        if role in (_DISPLAY, _ACCESSIBLE):
            column = index.column()
            if column == _PHONE_COLUMN:
                return phone_text(self._hits[row])
            return self._rows[row][column]
        if role == _FOREGROUND:
            column = index.column()
            if column == _PHONE_COLUMN:
                return PLACEHOLDER_BRUSH if self._hits[row].phone_placeholder else None
            return self._brushes[row] if column == _REACH_COLUMN else None
        if role == _TOOLTIP:
            column = index.column()
            hit = self._hits[row]
            if column == Column.NAME:
                return tooltip("\n".join(hit.name.all_names(self._lang)))
            if column == Column.ORGANIZATION and self._rows[row][column]:
                return tooltip("\n".join(hit.organization.all_names(self._lang)))
            if column == Column.PHONE and hit.phone_placeholder:
                return QCoreApplication.translate(vocabulary.CONTEXT, vocabulary.PLACEHOLDER)
            return None
        if role == _RECORD_ID:
            return self._hits[row].id
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
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
