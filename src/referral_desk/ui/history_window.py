"""The audit trail in a window: one record's changes, or all of them by editor, period, country."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from referral_desk.domain.editing import readable_value
from referral_desk.domain.local_time import short_stamp
from referral_desk.ui.country_filter import CountryFilter
from referral_desk.ui.field_names import field_name
from referral_desk.ui.plain_text import message
from referral_desk.ui.record_table import fit_columns, record_table, set_row

if TYPE_CHECKING:
    from referral_desk.services.desk import Desk
    from referral_desk.services.editing import HistoryEntry
    from referral_desk.ui.changes import ChangeBridge

MAX_SHOWN = 2000  # rows shown; the CSV export holds every change


class HistoryWindow(QWidget):
    """Who changed what, when and why; filters and CSV export. Nothing here can change it."""

    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        changes: ChangeBridge | None = None,
        record_id: str | None = None,
        restore: Callable[[str], bool] | None = None,
        zone: str = "UTC",  # the post's: each change is shown on its clock
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.zone = zone
        self.restore = restore  # brings a retired record back; None where editing is off
        self.entries: list[HistoryEntry] = []
        self.row_entries: list[HistoryEntry] = []  # the change each row of the table shows
        self.record = QLineEdit(record_id or "", self)
        self.editor = QComboBox(self)
        self.country_filter = CountryFilter(self, 14)
        self.country = self.country_filter.combo
        self.use_since = QCheckBox(self.tr("&From:"), self)
        self.since = QDateEdit(QDate.currentDate().addMonths(-1), self)
        self.use_until = QCheckBox(self.tr("&Until:"), self)
        self.until = QDateEdit(QDate.currentDate(), self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.clicked.connect(lambda: self.export())
        self.restore_button = QPushButton(self.tr("Re&store…"), self)
        self.restore_button.setToolTip(self.tr("Bring the retired record back as it was"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setVisible(restore is not None)
        self.restore_button.setEnabled(False)
        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("&Record id:"), self.record),
            (self.tr("E&ditor:"), self.editor),
            (self.tr("&Country:"), self.country),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch()
        period = QHBoxLayout()  # a second row, so the window fits a small screen
        for box, edit in ((self.use_since, self.since), (self.use_until, self.until)):
            period.addWidget(box)
            period.addWidget(edit)
        period.addStretch()
        period.addWidget(self.restore_button)
        period.addWidget(self.export_button)
        self.table = record_table(
            self,
            [
                self.tr("When"),
                self.tr("Editor"),
                self.tr("Action"),
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("After"),
                self.tr("Reason"),
            ],
        )
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(period)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.setWindowTitle(self.tr("Change history"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._fill_editors()
        self.record.editingFinished.connect(self.refresh)
        self.country_filter.changed.connect(self.refresh)
        self.editor.currentIndexChanged.connect(self.refresh)
        for box in (self.use_since, self.use_until):
            box.toggled.connect(self.refresh)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.refresh)
        if changes is not None:
            changes.changed.connect(lambda _changes: self.refresh())
        self.refresh()

    def _fill_editors(self) -> None:
        self.editor.blockSignals(True)
        current = self.editor.currentData()
        self.editor.clear()
        self.editor.addItem(self.tr("Everyone"), None)
        for name in self.desk.editing.editors():
            self.editor.addItem(name, name)
        self.editor.setCurrentIndex(max(self.editor.findData(current), 0))
        self.editor.blockSignals(False)

    def refresh(self) -> None:
        country = self.country_filter.take()
        self._fill_editors()
        self.entries = self.desk.editing.history(
            self.record.text().strip() or None,
            editor=self.editor.currentData(),
            country=country,
            since=self.since.date().toPython() if self.use_since.isChecked() else None,  # type: ignore[arg-type]
            until=self.until.date().toPython() if self.use_until.isChecked() else None,  # type: ignore[arg-type]
            zone=self.zone,
        )
        rows = [(e, c) for e in self.entries for c in (e.changes or (None,))][:MAX_SHOWN]
        self.row_entries = [entry for entry, _change in rows]
        self.table.setRowCount(len(rows))
        actions = {
            "edit": self.tr("changed"),
            "create": self.tr("created"),
            "retire": self.tr("retired"),
            "restore": self.tr("restored"),
        }
        for row, (entry, change) in enumerate(rows):
            cells = (
                short_stamp(entry.at, self.zone),
                entry.editor,
                actions.get(entry.action, entry.action),
                f"{entry.label} ({entry.country})",
                field_name(change.field) if change else "",
                readable_value(change.old) if change else "",
                readable_value(change.new) if change else "",
                entry.reason,
            )
            set_row(self.table, row, cells)[3].setData(Qt.ItemDataRole.UserRole, entry.record_id)
        self.count.setText(self.tr("%n change(s)", "", len(self.entries)))
        fit_columns(self.table)

    def selected_retirement(self) -> str | None:
        """The record of the selected row if that row is a retirement, else None."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.row_entries) or not self.table.selectedItems():
            return None
        entry = self.row_entries[row]
        return entry.record_id if entry.action == "retire" else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected_retirement() is not None)

    def restore_selected(self) -> bool:
        record_id = self.selected_retirement()
        if record_id is None or self.restore is None:
            return False
        return self.restore(record_id)

    def export(self, path: Path | None = None) -> bool:
        """Write the changes shown (every one, not only the rows on screen) as CSV."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the change history"), "history.csv", "CSV (*.csv)"
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            path.write_text(
                "\ufeff" + self.desk.editing.history_csv(self.entries), encoding="utf-8"
            )
        except OSError as error:
            message(self, self.windowTitle(), self.tr("Cannot write {path}: {error}").format(
                path=path, error=error.strerror
            ))  # fmt: skip
            return False
        return True
