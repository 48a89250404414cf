"""The records retired from the directory in a window: when, by whom, why; history and restore."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from referral_desk.domain.editing import RecordKind
from referral_desk.domain.local_time import short_stamp
from referral_desk.ui.country_filter import CountryFilter
from referral_desk.ui.record_table import fit_columns, record_table, set_row

if TYPE_CHECKING:
    from referral_desk.services.desk import Desk
    from referral_desk.services.editing import RetiredRecord
    from referral_desk.ui.changes import ChangeBridge


def kind_name(kind: RecordKind) -> str:
    names = {
        RecordKind.ORGANIZATION: QCoreApplication.translate("RetiredRecords", "organization"),
        RecordKind.LOCATION: QCoreApplication.translate("RetiredRecords", "location"),
        RecordKind.SERVICE: QCoreApplication.translate("RetiredRecords", "service"),
        RecordKind.CONTACT: QCoreApplication.translate("RetiredRecords", "contact"),
    }
    return names[kind]


class RetiredRecords(QWidget):
    """Every record retired here; the selected one's history, and restore in edit mode."""

    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        changes: ChangeBridge | None = None,
        history: Callable[[str], object] | None = None,
        restore: Callable[[str], bool] | None = None,
        zone: str = "UTC",  # the post's: each retirement is shown on its clock
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.zone = zone
        self.records: list[RetiredRecord] = []
        self.history = history
        self.restore = restore
        self.country_filter = CountryFilter(self, 22)
        self.country = self.country_filter.combo
        self.country_filter.changed.connect(self.refresh)
        self.history_button = QPushButton(self.tr("&History"), self)
        self.history_button.setToolTip(self.tr("Every change of the selected record"))
        self.history_button.clicked.connect(self.show_history)
        self.history_button.setVisible(history is not None)
        self.restore_button = QPushButton(self.tr("Re&store…"), self)
        self.restore_button.setToolTip(self.tr("Bring the retired record back as it was"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setVisible(restore is not None)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Country:"), self)
        label.setBuddy(self.country)
        top.addWidget(label)
        top.addWidget(self.country)
        top.addStretch()
        top.addWidget(self.history_button)
        top.addWidget(self.restore_button)
        self.table = record_table(
            self,
            [
                self.tr("Retired"),
                self.tr("By"),
                self.tr("Kind"),
                self.tr("Record"),
                self.tr("Country"),
                self.tr("Reason"),
            ],
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.show_history())
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.setWindowTitle(self.tr("Retired records"))
        if changes is not None:
            changes.changed.connect(lambda _changes: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.records = self.desk.editing.retired(self.country_filter.take())
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            cells = (
                short_stamp(record.at, self.zone),
                record.by,
                kind_name(record.kind),
                record.label,
                record.country,
                record.reason,
            )
            set_row(self.table, row, cells)
        self.count.setText(self.tr("%n retired record(s)", "", len(self.records)))
        fit_columns(self.table)
        self._selection_changed()

    def selected(self) -> RetiredRecord | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.records) or not self.table.selectedItems():
            return None
        return self.records[row]

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.history_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen)

    def show_history(self) -> bool:
        record = self.selected()
        if record is None or self.history is None:
            return False
        self.history(record.id)
        return True

    def restore_selected(self) -> bool:
        record = self.selected()
        if record is None or self.restore is None:
            return False
        return self.restore(record.id)
