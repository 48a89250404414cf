"""The freshness view: the share of records verified within 3, 6 and 12 months, as a chart."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from referral_desk.domain import labels as vocabulary
from referral_desk.domain.codes import country_name
from referral_desk.domain.freshness import NO_REGION, WINDOWS, FreshnessRow
from referral_desk.domain.vocab import Category, Freshness
from referral_desk.ui.freshness_chart import FreshnessChart
from referral_desk.ui.plain_text import message
from referral_desk.ui.vocab_labels import code_label, label, translate

if TYPE_CHECKING:
    from referral_desk.services.changes import Changes
    from referral_desk.services.desk import Desk
    from referral_desk.ui.changes import ChangeBridge


def group_name(row: FreshnessRow, lang: str) -> str:
    """A group as people read it: a country's name, a category's label, a region."""
    if row.dimension is Freshness.COUNTRY:
        return country_name(row.group, lang)
    if row.dimension is Freshness.CATEGORY:
        return code_label(Category, row.group)
    return row.group if row.group != NO_REGION else translate("Vocabulary", vocabulary.NO_REGION)


class FreshnessView(QWidget):
    """Per country, category or region; the figures can be saved as CSV."""

    def __init__(
        self,
        desk: Desk,
        lang: str,
        parent: QWidget | None = None,
        changes: ChangeBridge | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.lang, self.today = desk, lang, today
        self.rows: list[FreshnessRow] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.dimension_label = QLabel(self)
        self.dimension = QComboBox(self)
        self.dimension_label.setBuddy(self.dimension)
        self.dimension.currentIndexChanged.connect(lambda _index: self.refresh())
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(lambda: self.export_csv())
        top.addWidget(self.dimension_label)
        top.addWidget(self.dimension)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.chart = FreshnessChart(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        layout.addWidget(scroll, 1)
        self.retranslate()
        if changes is not None:
            changes.changed.connect(self._data_changed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Freshness of the directory"))
        self.dimension_label.setText(self.tr("&Per:"))
        chosen = self.dimension.currentData() or Freshness.COUNTRY.value
        self.dimension.blockSignals(True)
        self.dimension.clear()
        for dimension in Freshness:
            self.dimension.addItem(label(dimension), dimension.value)
        self.dimension.setCurrentIndex(self.dimension.findData(chosen))
        self.dimension.blockSignals(False)
        self.export_button.setText(self.tr("Export &CSV…"))
        self.chart.setAccessibleName(self.tr("Share of records verified within 3, 6 and 12 months"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _data_changed(self, changes: Changes) -> None:
        if changes.directory or changes.verification:
            self.refresh()

    def legend(self) -> list[str]:
        return [self.tr("within %n month(s)", "", months) for months in WINDOWS]

    def refresh(self) -> None:
        dimension = Freshness(self.dimension.currentData() or Freshness.COUNTRY.value)
        named = sorted(
            (
                (row, group_name(row, self.lang))
                for row in self.desk.verification.freshness(dimension, self.today)
            ),
            key=lambda pair: (pair[0].group == NO_REGION, pair[1].casefold()),
        )  # in the order of the names as shown
        self.rows = [row for row, _name in named]
        self.chart.set_rows(self.rows, [name for _row, name in named], self.legend())
        total = self.desk.verification.freshness(Freshness.COUNTRY, self.today)
        records = sum(r.records for r in total)
        within = [sum(r.within[i] for r in total) for i in range(len(WINDOWS))]
        shares = " · ".join(
            f"{100 * count / records:.0f} %" if records else "–" for count in within
        )
        self.summary.setText(
            self.tr("{records} records; verified within 3 · 6 · 12 months: {shares}").format(
                records=records, shares=shares
            )
        )

    def export_csv(self, path: str | None = None) -> bool:
        """Save every dimension's figures as CSV (asks where, unless ``path`` is given)."""
        from referral_desk.exchange.freshness_csv import freshness_csv

        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export freshness as CSV"),
                str(Path.home() / "freshness.csv"),
                self.tr("CSV files (*.csv)"),
            )
        if not path:
            return False
        try:
            Path(path).write_text(
                freshness_csv(self.desk.verification.all_freshness(self.today)), encoding="utf-8"
            )
        except OSError as error:
            message(
                self,
                self.tr("Export freshness as CSV"),
                self.tr("Cannot write the file: {error}").format(error=error.strerror or error),
            )
            return False
        return True
