"""The verification queue window: records due, the numbers to call shown large, the outcome."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from referral_desk.domain import labels as vocabulary
from referral_desk.domain.local_time import in_zone
from referral_desk.domain.verification import MAX_NOTE, QueueItem
from referral_desk.domain.vocab import Outcome, VerifyHow
from referral_desk.ui.check_dialog import fill_how
from referral_desk.ui.plain_text import message, plain
from referral_desk.ui.queue_model import QueueColumn, QueueModel, line_text
from referral_desk.ui.vocab_labels import label, translate

if TYPE_CHECKING:
    from referral_desk.domain.corrections import Correction
    from referral_desk.services.changes import Changes
    from referral_desk.services.desk import Desk
    from referral_desk.ui.changes import ChangeBridge

NUMBER_POINT_SIZE = 22
PROBLEM_STYLE = "color:#9a3412; font-weight:bold"
MUTED = "#555555"


class QueueWindow(QWidget):
    """Pick a record, call the numbers shown, record what the call found; a double click
    shows the record in the main window (``open_record``)."""

    open_record = Signal(str)

    def __init__(
        self,
        desk: Desk,
        lang: str,
        by: str,
        months: int,
        parent: QWidget | None = None,
        changes: ChangeBridge | None = None,
        today: date | None = None,
        zone: str = "UTC",  # the post's: a report's day is the post's day
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.lang = lang
        self.zone = zone
        self.today = today
        self.model = QueueModel(lang, self)
        self.corrections: list[Correction] = []
        # Records a confirmed change in the record's form; True once saved (None: no form here).
        self.edit_change: Callable[[str, VerifyHow, str], bool] | None = None
        self._build(by, months)
        self.retranslate()
        if changes is not None:
            changes.changed.connect(self._data_changed)
        self.refresh()

    def _build(self, by: str, months: int) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.months_label = QLabel(self)
        self.months = QSpinBox(self)
        self.months.setRange(1, 120)
        self.months.setValue(months)
        self.months.valueChanged.connect(lambda _value: self.refresh())
        self.months_label.setBuddy(self.months)
        self.count_label = QLabel(self)
        top.addWidget(self.months_label)
        top.addWidget(self.months)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = QTableView(splitter)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QueueColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_args: self._show_current())
        self.table.doubleClicked.connect(self._open)
        panel = QWidget(splitter)
        side = QVBoxLayout(panel)
        self.name = plain(QLabel(panel))
        self.name.setWordWrap(True)
        self.name.setStyleSheet("font-size:large; font-weight:bold")
        self.about = plain(QLabel(panel))
        self.about.setWordWrap(True)
        self.numbers = QLabel(panel)
        self.numbers.setTextFormat(Qt.TextFormat.RichText)
        self.numbers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.numbers.font())
        font.setPointSize(NUMBER_POINT_SIZE)
        font.setBold(True)
        self.numbers.setFont(font)
        self.numbers.setWordWrap(True)
        self.reports = QLabel(panel)
        self.reports.setTextFormat(Qt.TextFormat.RichText)
        self.reports.setWordWrap(True)
        side.addWidget(self.name)
        side.addWidget(self.about)
        side.addWidget(self.numbers)
        side.addWidget(self.reports)
        side.addStretch(1)
        form = QFormLayout()
        self.how = QComboBox(panel)
        fill_how(self.how, VerifyHow.PHONE)
        self.note = QLineEdit(panel)
        self.note.setMaxLength(MAX_NOTE)
        self.by = QLineEdit(by, panel)
        self.by.setMaxLength(300)
        self.how_label, self.note_label, self.by_label = QLabel(panel), QLabel(panel), QLabel(panel)
        for name, editor in (
            (self.how_label, self.how),
            (self.note_label, self.note),
            (self.by_label, self.by),
        ):
            name.setBuddy(editor)
            form.addRow(name, editor)
        side.addLayout(form)
        buttons = QHBoxLayout()
        self.outcome_buttons: dict[Outcome, QPushButton] = {}
        for outcome in Outcome:
            button = QPushButton(panel)
            button.clicked.connect(lambda _checked=False, o=outcome: self.record(o))
            buttons.addWidget(button)
            self.outcome_buttons[outcome] = button
        side.addLayout(buttons)
        self.problem = plain(QLabel(panel))
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        side.addWidget(self.problem)
        splitter.addWidget(self.table)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # the list gets the room; the panel wraps its texts
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verification queue"))
        self.months_label.setText(self.tr("&Due when not verified for:"))
        self.months.setSuffix(self.tr(" months"))
        self.table.setAccessibleName(self.tr("Records due for a check"))
        self.how_label.setText(self.tr("&How:"))
        self.note_label.setText(self.tr("&Note:"))
        self.note.setPlaceholderText(self.tr("What the call found; for “changed”, what changed"))
        self.by_label.setText(self.tr("Checked &by:"))
        texts = {
            Outcome.CONFIRMED: self.tr("&Confirmed"),
            Outcome.CHANGED: self.tr("Chan&ged"),
            Outcome.UNREACHABLE: self.tr("&Unreachable"),
        }
        tips = {
            Outcome.CONFIRMED: self.tr("Everything is as written: it counts as verified today"),
            Outcome.CHANGED: self.tr("Something changed: say what in the note; edit the record"),
            Outcome.UNREACHABLE: self.tr("Nobody answered: it stays in the queue"),
        }
        for outcome, button in self.outcome_buttons.items():
            button.setText(texts[outcome])
            button.setToolTip(tips[outcome])
        self._update_count()
        self._show_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data

    def refresh(self) -> None:
        """Read the queue again, keeping the selected record (or its row) selected."""
        current = self.current()
        row = max(self.table.currentIndex().row(), 0)
        verification = self.desk.verification
        order = verification.queue_order(self.months.value(), self.today)
        self.model.set_queue(order, verification.queue_items)
        if current is not None and self.model.row_of(current.facts.id) >= 0:
            row = self.model.row_of(current.facts.id)
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self._update_count()
        self._show_current()

    def _data_changed(self, changes: Changes) -> None:
        if changes.directory or changes.verification or changes.corrections:
            self.refresh()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n record(s) due", "", self.model.total()))

    def _open(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None:
            self.open_record.emit(item.facts.id)

    def current(self) -> QueueItem | None:
        return self.model.item(self.table.currentIndex().row())

    def _show_current(self) -> None:
        item = self.current()
        for button in self.outcome_buttons.values():
            button.setEnabled(item is not None)
        self.problem.clear()
        if item is None:
            self.name.setText(self.tr("No record is due."))
            for widget in (self.about, self.numbers, self.reports):
                widget.clear()
            self.corrections = []
            return
        facts = item.facts
        self.name.setText(facts.name.get(self.lang))
        verified = facts.verified_at.isoformat() if facts.verified_at else self.tr("never verified")
        about = [
            f"{label(facts.kind)} · {facts.country} · {facts.organization.get(self.lang)}",
            self.tr("Last verified: {date}").format(date=verified),
        ]
        if line_text(item):
            about.append(line_text(item))
        last = item.last_check
        if last is not None and last.outcome is not Outcome.CONFIRMED:
            about.append(
                self.tr("Last check {date}: {outcome}").format(
                    date=last.on.isoformat(), outcome=label(last.outcome)
                )
                + (f" – {last.note}" if last.note else "")
            )
        self.about.setText("\n".join(about))
        self.numbers.setText(self._numbers_html(item))
        self.corrections = self.desk.corrections.listed(record_id=facts.id)
        self.reports.setText(self._reports_html())

    def _numbers_html(self, item: QueueItem) -> str:
        if not item.facts.phones:
            text = escape(self.tr("No phone number recorded"))
            return f'<span style="font-size:small; color:{MUTED}">{text}</span>'
        lines = []
        for phone in item.facts.phones:
            number = escape(phone.display)
            if phone.extension:
                extension = translate(vocabulary.CONTEXT, vocabulary.EXTENSION)
                number += " " + escape(extension.replace("%1", phone.extension))
            if phone.placeholder:
                mark = escape(translate(vocabulary.CONTEXT, vocabulary.PLACEHOLDER))
                number = (
                    f'<i style="color:{MUTED}">{number}</i> '
                    f'<span style="font-size:10pt; font-weight:normal">({mark})</span>'
                )
            lines.append(number)
        return "<br>".join(lines)

    def _reports_html(self) -> str:
        if not self.corrections:
            return ""
        heading = escape(self.tr("Corrections from posts"))
        # outside the f-strings: lupdate does not look for tr() inside them
        wrong_label = escape(self.tr("Wrong:"))
        found_label = escape(self.tr("Found:"))
        rows = []
        for item in self.corrections:
            when = in_zone(item.reported_at, self.zone).date().isoformat()
            found = f"<br>{found_label} {escape(item.found)}" if item.found else ""
            rows.append(
                f'<p style="margin:4px 0"><b>{escape(item.post)}</b> '
                f'<span style="color:{MUTED}">{when}</span><br>'
                f"{wrong_label} {escape(item.wrong)}{found}</p>"
            )
        return f'<p style="margin-top:8px"><b>⚑ {heading}</b></p>' + "".join(rows)

    def record(self, outcome: Outcome) -> bool:
        """Keep the outcome of the call for the selected record; the queue moves on."""
        from referral_desk.services.errors import DESK_ERRORS, InputRefused, RecordNotFound

        item = self.current()
        if item is None:
            return False
        note, by = self.note.text().strip(), self.by.text().strip()
        if not by:
            self.problem.setText(self.tr("Say who checked it."))
            self.by.setFocus()
            return False
        if outcome is Outcome.CHANGED and not note:
            self.problem.setText(self.tr("Say in the note what changed."))
            self.note.setFocus()
            return False
        how = VerifyHow(self.how.currentData())
        corrected = outcome is Outcome.CHANGED and self.edit_change is not None
        if corrected and not self.edit_change(item.facts.id, how, note):  # type: ignore[misc]
            self.problem.setText(self.tr("Nothing recorded: the change was not saved."))
            return False
        try:
            self.desk.verification.record(
                item.facts.id, by, how, outcome, note, corrected=corrected
            )
        except (InputRefused, RecordNotFound, *DESK_ERRORS) as error:
            message(self, self.tr("Verification queue"), str(error))
            return False
        self.note.clear()
        self.refresh()
        return True
