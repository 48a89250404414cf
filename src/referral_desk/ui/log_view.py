"""The referral log window: find referrals, record follow-up, reprint, statistics as CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from referral_desk.domain.local_time import short_stamp
from referral_desk.domain.referral import ConsentMissing, LogFilter, LoggedReferral, may_refer
from referral_desk.domain.vocab import CaseType, Consent, FollowUp
from referral_desk.exchange.statistics_csv import statistics_csv
from referral_desk.services.changes import Changes
from referral_desk.services.desk import Desk
from referral_desk.ui import log_labels as labels
from referral_desk.ui.changes import ChangeBridge

ModelIndex = QModelIndex | QPersistentModelIndex


class ReferralTableModel(QAbstractTableModel):
    """Referrals from the log; the service filters and sorts in SQL, this only shows them."""

    COLUMNS = ("reference", "date", "post", "assessment", "age", "case_type", "bodies")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LoggedReferral] = []
        self.zone = "UTC"  # the post's time zone: dates are shown on its wall clock
        self.headers = (
            self.tr("Reference"),
            self.tr("Date"),
            self.tr("Post"),
            self.tr("Assessment"),
            self.tr("Child/adult"),
            self.tr("Case type"),
            self.tr("Bodies (answered)"),
        )

    def set_rows(self, rows: list[LoggedReferral]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "reference":
            return row.reference
        if column == "date":
            return short_stamp(row.created_at, self.zone)
        if column == "post":
            return row.post
        if column == "assessment":
            return labels.assessment(row.assessment)
        if column == "age":
            return labels.age_group(row.age_group)
        if column == "case_type":
            return labels.case_type(row.case_type)
        answered = sum(
            1 for b in row.bodies if b.status not in (FollowUp.PLANNED, FollowUp.REFERRED)
        )
        return f"{len(row.bodies)} ({answered})"

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class LogView(QWidget):
    """Two tabs: the referrals with their follow-up, and the statistics for the coordinator."""

    def __init__(
        self,
        desk: Desk,
        lang: str,
        parent: QWidget | None = None,
        changes: ChangeBridge | None = None,
        zone: str = "UTC",
    ) -> None:
        """The log of ``desk``; it refreshes on the notices ``changes`` passes on (without
        one, it watches the desk itself)."""
        super().__init__(parent)
        self.desk = desk
        self.lang = lang
        self._zone = zone
        self.post_details = ""  # the post's address and phone for reprinted sheets
        if changes is None:
            changes = ChangeBridge(self)
            changes.watch(desk)
        changes.changed.connect(self._data_changed)
        self.setWindowTitle(self.tr("Referral log"))
        self.tabs = QTabWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._referrals_tab(), self.tr("Referrals"))
        self.tabs.addTab(self._statistics_tab(), self.tr("Statistics"))
        self.refresh()

    @property
    def zone(self) -> str:
        """The post's IANA time zone: the log's dates and date filter are its days."""
        return self._zone

    @zone.setter
    def zone(self, zone: str) -> None:
        if zone != self._zone:
            self._zone = zone
            self.model.zone = zone
            self.refresh()

    # -- referrals

    def _referrals_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        filters = QHBoxLayout()
        self.search = QLineEdit(page)
        self.search.setPlaceholderText(self.tr("Reference, post, caseworker or body"))
        self.use_dates = QCheckBox(self.tr("From"), page)
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1), page)
        self.date_to = QDateEdit(QDate.currentDate(), page)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.age = QComboBox(page)
        self.age.addItem(self.tr("Children and adults"), "")
        self.age.addItem(self.tr("Children"), "child")
        self.age.addItem(self.tr("Adults"), "adult")
        self.case_type = QComboBox(page)
        self.case_type.addItem(self.tr("Any case type"), "")
        for case_type in CaseType:
            self.case_type.addItem(labels.case_type(case_type.value), case_type.value)
        self.status = QComboBox(page)
        self.status.addItem(self.tr("Any follow-up"), "")
        for status in FollowUp:
            self.status.addItem(labels.follow_up(status.value), status.value)
        for widget in (
            self.search,
            self.use_dates,
            self.date_from,
            QLabel(self.tr("to"), page),
            self.date_to,
            self.age,
            self.case_type,
            self.status,
        ):
            filters.addWidget(widget)
        layout.addLayout(filters)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        self.model = ReferralTableModel(self)
        self.model.zone = self._zone
        self.table = QTableView(splitter)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.bodies = QTableWidget(0, 4, splitter)
        self.bodies.setHorizontalHeaderLabels(
            [self.tr("Step"), self.tr("Body"), self.tr("Follow-up"), self.tr("Feedback")]
        )
        self.bodies.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.bodies.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )  # "not referred yet" is long in Bulgarian and German
        self.bodies.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.bodies.setColumnWidth(1, 420)  # the body's name, readable without hovering
        self.bodies.verticalHeader().hide()  # the step column numbers the rows
        layout.addWidget(splitter)
        buttons = QHBoxLayout()
        self.consent_label = QLabel(self.tr("&Consent:"), page)
        self.consent = QComboBox(page)
        self.consent_label.setBuddy(self.consent)
        for consent in (Consent.NOT_ASKED, Consent.GIVEN, Consent.REFUSED):
            self.consent.addItem(labels.consent(consent.value), consent.value)
        self.consent.setToolTip(
            self.tr("A body can be marked referred only once the person has agreed.")
        )
        buttons.addWidget(self.consent_label)
        buttons.addWidget(self.consent)
        self.save_button = QPushButton(self.tr("Save follow-up"), page)
        self.reprint_button = QPushButton(self.tr("Reprint sheet…"), page)
        self.pdf_button = QPushButton(self.tr("Save sheet as PDF…"), page)
        buttons.addStretch(1)
        for button in (self.save_button, self.reprint_button, self.pdf_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self.refresh)
        self.use_dates.toggled.connect(self.refresh)
        self.date_from.dateChanged.connect(self.refresh)
        self.date_to.dateChanged.connect(self.refresh)
        for combo in (self.age, self.case_type, self.status):
            combo.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._show_bodies)
        self.save_button.clicked.connect(self.save_follow_up)
        self.reprint_button.clicked.connect(lambda: self.reprint("print"))
        self.pdf_button.clicked.connect(lambda: self.reprint("pdf"))
        return page

    def current_filter(self) -> LogFilter:
        status = self.status.currentData()
        return LogFilter(
            text=self.search.text(),
            date_from=_py_date(self.date_from.date()) if self.use_dates.isChecked() else None,
            date_to=_py_date(self.date_to.date()) if self.use_dates.isChecked() else None,
            age_group=self.age.currentData() or None,
            case_type=self.case_type.currentData() or None,
            status=FollowUp(status) if status else None,
            zone=self.zone,
        )

    def refresh(self) -> None:
        self.model.set_rows(self.desk.log.list(self.current_filter()))
        self.bodies.setRowCount(0)
        if self.model.rows:
            self.table.selectRow(0)

    def selected(self) -> LoggedReferral | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _show_bodies(self, *_args: object) -> None:
        referral = self.selected()
        self.bodies.setRowCount(0)
        self._show_consent(referral)
        if referral is None:
            return
        self.bodies.setRowCount(len(referral.bodies))
        for row, body in enumerate(referral.bodies):
            step = QTableWidgetItem(str(body.step))
            name = QTableWidgetItem(body.name(self.lang))
            name.setToolTip(labels.role(body.role))
            for item in (step, name):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, body.id)
            combo = QComboBox(self.bodies)
            for status in FollowUp:
                combo.addItem(labels.follow_up(status.value), status.value)
            combo.setCurrentIndex(combo.findData(body.status.value))
            self.bodies.setItem(row, 0, step)
            self.bodies.setItem(row, 1, name)
            self.bodies.setCellWidget(row, 2, combo)
            self.bodies.setItem(row, 3, QTableWidgetItem(body.feedback))

    def _show_consent(self, referral: LoggedReferral | None) -> None:
        """An adult's consent as logged; a child's referral (or an old entry) has no choice."""
        adult = referral is not None and referral.consent not in (None, Consent.NOT_NEEDED)
        self.consent.setEnabled(adult)
        self.consent_label.setEnabled(adult)
        if referral is not None and referral.consent is not None and adult:
            self.consent.setCurrentIndex(max(self.consent.findData(referral.consent.value), 0))
        else:
            self.consent.setCurrentIndex(-1)

    def save_follow_up(self) -> int:
        """Store the consent and every body's status and feedback shown; return how many changed.

        Marking a body referred while an adult's consent is not asked or refused is refused
        with a message, and nothing of that row is stored.
        """
        referral = self.selected()
        if referral is None:
            return 0
        updates = []  # read before the consent is stored: its notice rebuilds the rows
        for row, body in enumerate(referral.bodies):
            combo = self.bodies.cellWidget(row, 2)
            feedback_item = self.bodies.item(row, 3)
            assert isinstance(combo, QComboBox)
            status = FollowUp(combo.currentData())
            feedback = feedback_item.text() if feedback_item else ""
            if status is not body.status or feedback != body.feedback:
                updates.append((body.id, status, feedback))
        consent_code = self.consent.currentData()
        consent = Consent(consent_code) if self.consent.isEnabled() and consent_code else None
        if consent is not None and consent is not referral.consent:
            self.desk.log.record_consent(referral.reference, consent)
            referral = self.desk.log.get(referral.reference) or referral
        refused = [u for u in updates if u[1] is not FollowUp.PLANNED]
        if refused and not may_refer(referral.consent):
            updates = [u for u in updates if u[1] is FollowUp.PLANNED]
            QMessageBox.warning(
                self,
                self.tr("Not referred"),
                self.tr(
                    "The person has not agreed to be referred (consent: %1). Ask first and "
                    "record the consent; until then no body is marked referred."
                ).replace("%1", labels.consent(str(referral.consent))),
            )
        try:
            changed = self.desk.log.update_follow_ups(updates)  # its notice refreshes the list
        except ConsentMissing:  # consent changed meanwhile, e.g. in another window
            changed = 0
        self._select(referral.reference)
        self._show_bodies()  # a refused "referred" goes back to what the log holds
        return changed

    def _data_changed(self, changes: Changes) -> None:
        """Referrals kept or followed up, here or elsewhere (a wizard's sheet): show them."""
        if changes.referral_log:
            current = self.selected()
            self.refresh()
            if current is not None:
                self._select(current.reference)
            if self.tabs.currentIndex() == 1:
                self.refresh_statistics()

    def _select(self, reference: str) -> None:
        for row, referral in enumerate(self.model.rows):
            if referral.reference == reference:
                self.table.selectRow(row)
                return

    def reprint(self, action: str) -> bool:
        from referral_desk.ui.print_actions import reprint_action

        referral = self.selected()
        if referral is None:
            return False
        return reprint_action(
            self,
            self.desk,
            referral.reference,
            self.lang,
            action,
            post_timezone=self.zone,
            post_details=self.post_details,
        )

    # -- statistics

    def _statistics_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.stats_note = QLabel(page)
        layout.addWidget(self.stats_note)
        self.stats = QTableWidget(0, 3, page)
        self.stats.setHorizontalHeaderLabels(
            [self.tr("Counted by"), self.tr("Value"), self.tr("Count")]
        )
        self.stats.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.stats.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.stats)
        row = QHBoxLayout()
        refresh = QPushButton(self.tr("Refresh"), page)
        self.export_button = QPushButton(self.tr("Export CSV…"), page)
        row.addStretch(1)
        row.addWidget(refresh)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        refresh.clicked.connect(self.refresh_statistics)
        self.export_button.clicked.connect(self.export_csv)
        self.tabs.currentChanged.connect(self._tab_changed)
        return page

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.refresh_statistics()

    def _stat_range(self) -> tuple[date | None, date | None]:
        if not self.use_dates.isChecked():
            return None, None
        return _py_date(self.date_from.date()), _py_date(self.date_to.date())

    def refresh_statistics(self) -> None:
        stats = self.desk.log.statistics(*self._stat_range(), zone=self.zone)
        self.stats_note.setText(
            self.tr(
                "%n referral(s). No names, references or caseworkers are counted.",
                "",
                stats.referrals,
            )
        )
        self.stats.setRowCount(len(stats.rows))
        for index, stat in enumerate(stats.rows):
            self.stats.setItem(index, 0, QTableWidgetItem(labels.dimension(stat.dimension)))
            value = labels.statistic_value(stat, stats, self.lang)
            self.stats.setItem(index, 1, QTableWidgetItem(value))
            count = QTableWidgetItem()
            count.setData(Qt.ItemDataRole.DisplayRole, stat.count)
            self.stats.setItem(index, 2, count)

    def export_csv(self) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export statistics"),
            "referral-statistics.csv",
            self.tr("CSV files (*.csv)"),
        )
        if not name:
            return None
        path = Path(name)
        try:
            path.write_text(
                statistics_csv(self.desk.log.statistics(*self._stat_range(), zone=self.zone)),
                encoding="utf-8",
            )
        except OSError as error:
            QMessageBox.warning(self, self.tr("The file was not saved"), str(error))
            return None
        return path


def _py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
