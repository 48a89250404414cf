"""The updates applied and the files imported at this post: when, from whom, what changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
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
from referral_desk.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from referral_desk.services.updates import AppliedUpdate

COUNTRIES = 3  # the column of the countries, kept narrow (its tooltip names them all)
MAX_COUNTRIES_WIDTH = 160


class UpdateHistoryDialog(QDialog):
    """A read-only table of the updates applied and the files imported, the newest first;
    with ``undo``, a button that undoes the newest one (the dialog closes once it is)."""

    def __init__(
        self,
        history: Sequence[AppliedUpdate],
        lang: str,
        parent: QWidget | None = None,
        undo: Callable[[], bool] | None = None,
        zone: str = "UTC",  # the post's: moments are shown on its clock
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Update history"))
        headings = [
            self.tr("Applied"),
            self.tr("Publisher or file"),
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
            imported = item.imported
            if imported is None:
                source, number = item.publisher_name(lang), str(item.sequence)
            else:
                source = self.tr("Import of {file} ({format})").format(
                    file=imported.name, format=imported.format.upper()
                )
                number = "–"
            cells = [
                short_stamp(item.applied_at, zone),
                source,
                number,
                ", ".join(item.countries),
                f"{in_zone(item.created, zone):%Y-%m-%d}",
                str(item.counts.get("added", 0)),
                str(item.counts.get("retired", 0)),
                str(item.counts.get("changed", 0)),
                state,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == COUNTRIES:
                    cell.setToolTip(text)  # an import may name twenty countries
                elif item.bundle_sha256:
                    cell.setToolTip(f"SHA-256 {item.bundle_sha256}")
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COUNTRIES, QHeaderView.ResizeMode.Interactive)
        wide = max(self.table.sizeHintForColumn(COUNTRIES), header.sectionSizeHint(COUNTRIES))
        self.table.setColumnWidth(COUNTRIES, min(wide, MAX_COUNTRIES_WIDTH))  # its title too
        self.empty = not history
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.undo_button = buttons.addButton(
            self.tr("&Undo the newest"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.setVisible(undo is not None)
        self.undo_button.setEnabled(bool(history) and history[0].can_undo)
        self.undo_button.setToolTip(
            self.tr("Put back the directory the newest update or import replaced")
        )
        self._undo = undo
        self.undo_button.clicked.connect(self._undo_newest)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(1150, 360), place=False)  # every column, where there is room

    def _undo_newest(self) -> None:
        if self._undo is not None and self._undo():
            self.accept()
