"""The records retired from the directory in a window: when, by whom, why; history and restore."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from referral_desk.domain.codes import find_country
from referral_desk.domain.editing import RecordKind
from referral_desk.domain.local_time import short_stamp
from referral_desk.ui.code_pickers import country_picker, fill_countries, picked_text
from referral_desk.ui.record_table import fit_columns, record_table, set_row
from referral_desk.ui.translators import current_language

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
        self.country = country_picker(
            self, current_language(), self.tr("Country"), blank=self.tr("All countries")
        )
        self.country.setMinimumContentsLength(22)
        self._listed_country: str | None = None
        self.country.currentIndexChanged.connect(self._country_changed)
        line = self.country.lineEdit()
        if line is not None:  # a name typed in full, then Return or leaving the field
            line.editingFinished.connect(self._country_changed)
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

    def chosen_country(self) -> str | None:
        """The code of the country picked (or typed as a name or code); None for all."""
        return find_country(picked_text(self.country)) or None

    def _country_changed(self) -> None:
        """List again when another country is chosen (not as the picker is emptied)."""
        if self.country.count() and self.chosen_country() != self._listed_country:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        """On a change of language the countries are named again, the one chosen kept."""
        if event.type() == QEvent.Type.LanguageChange:
            fill_countries(self.country, current_language(), self.tr("All countries"))
        super().changeEvent(event)

    def refresh(self) -> None:
        self._listed_country = self.chosen_country()
        self.records = self.desk.editing.retired(self._listed_country)
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
