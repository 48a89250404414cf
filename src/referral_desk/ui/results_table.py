"""The search results' table: rows of hits, short columns sized from their texts, compact mode."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from referral_desk.ui.results_model import Column, ResultsModel, column_texts

# Short columns get a fixed width from their possible texts, never from the rows.
SHORT_COLUMNS = (Column.KIND, Column.PHONE, Column.COUNTRY, Column.REACH)
# In a compact window the kind, phone and country columns give their room to the names
# (the detail pane shows the numbers).
COMPACT_HIDDEN = (Column.KIND, Column.PHONE, Column.COUNTRY)


class ResultsTable(QTableView):
    """The results table; says when it has painted (work put off until then can start).

    With no rows it says why, and what to try (``empty_text``).
    """

    painted = Signal()
    empty_text = ""

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.results = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        # A scroll bar that comes and goes with the number of hits would re-lay out the
        # table and shift the name columns on keystrokes.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # No ResizeToContents: it reads every row's data on every search. The names
        # share the width; the short columns are sized from their texts (fit_columns).
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.ORGANIZATION, QHeaderView.ResizeMode.Stretch)

    def set_empty_text(self, text: str) -> None:
        if text != self.empty_text:
            self.empty_text = text
            self.setAccessibleDescription(text)
            self.viewport().update()

    def select_quietly(self, row: int) -> None:
        """Select ``row`` without saying so (the record shown already is that row's)."""
        self.selectionModel().blockSignals(True)
        self.selectRow(row)
        self.selectionModel().blockSignals(False)

    def fit_columns(self) -> None:
        """Width of the short columns from every text they can show (and their headings)."""
        header = self.horizontalHeader()
        cells, headings = self.fontMetrics(), header.fontMetrics()
        # Margins in the font's own measure (asking the QStyle would cost start-up time).
        cell_margin = 2 * cells.horizontalAdvance("n") + 4
        header_margin = 3 * headings.horizontalAdvance("n") + 4
        for column in SHORT_COLUMNS:
            heading = str(self.results.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(
                (cells.horizontalAdvance(text) + cell_margin for text in column_texts(column)),
                default=0,
            )
            header.resizeSection(
                column, max(width, headings.horizontalAdvance(heading) + header_margin)
            )

    def set_compact(self, compact: bool) -> None:
        """Compact: the names get the short columns' room, in two lines a row (long names
        are read, not guessed at); otherwise every column, one line a row."""
        for column in COMPACT_HIDDEN:
            self.setColumnHidden(column, compact)
        self.setWordWrap(compact)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.empty_text and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(16, 16, -16, -16)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(area, int(flags) | int(Qt.TextFlag.TextWordWrap), self.empty_text)
            painter.end()
        self.painted.emit()
