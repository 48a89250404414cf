"""The list of directory updates applied at this post: when, who, which number, what changed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from referral_desk.domain.local_time import in_zone, short_stamp

if TYPE_CHECKING:
    from referral_desk.services.updates import AppliedUpdate


class UpdateHistoryDialog(QDialog):
    """A read-only table of the updates applied, the newest first."""

    def __init__(
        self,
        history: Sequence[AppliedUpdate],
        lang: str,
        parent: QWidget | None = None,
        zone: str = "UTC",  # the post's: moments are shown on its clock
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Update history"))
        headings = [
            self.tr("Applied"),
            self.tr("Publisher"),
            self.tr("Number"),
            self.tr("Countries"),
            self.tr("Written"),
            self.tr("Added"),
            self.tr("Retired"),
            self.tr("Changed"),
            self.tr("State"),
        ]
        self.table = QTableWidget(len(history), len(headings), self)
        self.table.setHorizontalHeaderLabels(headings)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        for row, item in enumerate(history):
            if item.undone_at is not None:
                undone = in_zone(item.undone_at, zone)
                state = self.tr("undone on {date}").format(date=f"{undone:%Y-%m-%d}")
            elif item.can_undo:
                state = self.tr("in force; can be undone")
            else:
                state = self.tr("applied")
            cells = [
                short_stamp(item.applied_at, zone),
                item.publisher_name(lang),
                str(item.sequence),
                ", ".join(item.countries),
                f"{in_zone(item.created, zone):%Y-%m-%d}",
                str(item.counts.get("added", 0)),
                str(item.counts.get("retired", 0)),
                str(item.counts.get("changed", 0)),
                state,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(f"SHA-256 {item.bundle_sha256}")
                self.table.setItem(row, column, cell)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty = not history
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 360)
