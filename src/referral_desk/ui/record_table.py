"""A read-only table of records' rows (history, retired records): made and filled one way."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from referral_desk.ui.plain_text import tooltip

SHOWN_CHARACTERS = 500  # in a cell; the tooltip holds more
TOOLTIP_CHARACTERS = 4000


def record_table(parent: QWidget, headers: Sequence[str]) -> QTableWidget:
    """A table nobody types into, with these column headers and no row numbers."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def set_row(table: QTableWidget, row: int, cells: Sequence[str]) -> list[QTableWidgetItem]:
    """Fill one row: long texts cut in the cell and shown whole (nearly) in the tooltip,
    escaped there (the cells hold names and reasons from the data, which Qt would take
    for HTML in a tooltip)."""
    items = []
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text[:SHOWN_CHARACTERS])
        item.setToolTip(tooltip(text[:TOOLTIP_CHARACTERS]))
        table.setItem(row, column, item)
        items.append(item)
    return items


def fit_columns(table: QTableWidget, widest_characters: int = 45) -> None:
    """Columns as wide as their content, none wider than ``widest_characters``."""
    table.resizeColumnsToContents()
    limit = table.fontMetrics().horizontalAdvance("x") * widest_characters
    for column in range(table.columnCount()):
        table.setColumnWidth(column, min(table.columnWidth(column), limit))
