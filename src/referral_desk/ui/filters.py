"""The filter controls beside the search field: one for each filter the search offers."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from referral_desk.domain import codes
from referral_desk.domain.region_names import region_name, regions_of
from referral_desk.domain.search import SearchFilters
from referral_desk.domain.vocab import Category, Kind, Population
from referral_desk.ui.vocab_labels import FILTER_LANGUAGES, label, language_name, plural

VERIFIED_CHOICES = (3, 6, 12, 24)


def country_name(code: str, lang: str) -> str:
    """``AT – Österreich``: the ISO code first (what caseworkers read), then its name."""
    name = codes.country_name(code, lang)
    return code if name == code else f"{code} – {name}"


class FilterBar(QWidget):
    """Country, region, kind, category, population, language, open now, 24/7, verified within."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._countries: list[str] = []
        self._lang = "en"
        self.country = QComboBox(self)
        self.region = QComboBox(self)
        self.kind = QComboBox(self)
        self.category = QComboBox(self)
        self.population = QComboBox(self)
        self.language = QComboBox(self)
        self.verified = QComboBox(self)
        self.open_now = QCheckBox(self)
        self.around_the_clock = QCheckBox(self)
        self.reset = QToolButton(self)
        self.reset.setAutoRaise(False)
        self.labels = {
            name: QLabel(self)
            for name in (
                "country",
                "region",
                "kind",
                "category",
                "population",
                "language",
                "verified",
            )
        }
        combos = {
            "country": self.country,
            "region": self.region,
            "kind": self.kind,
            "category": self.category,
            "population": self.population,
            "language": self.language,
            "verified": self.verified,
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        for position, (name, combo) in enumerate(combos.items()):
            row, pair = divmod(position, 2)
            self.labels[name].setBuddy(combo)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
            grid.addWidget(self.labels[name], row, pair * 2)
            grid.addWidget(combo, row, pair * 2 + 1)
            combo.currentIndexChanged.connect(self.changed)
        checks = QHBoxLayout()
        checks.addWidget(self.open_now)
        checks.addWidget(self.around_the_clock)
        checks.addStretch(1)
        checks.addWidget(self.reset)
        grid.addLayout(checks, 3, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.country.currentIndexChanged.connect(self._fill_regions)
        self.open_now.toggled.connect(self.changed)
        self.around_the_clock.toggled.connect(self.changed)
        self.reset.clicked.connect(self.clear)
        self.retranslate()

    # -- values

    def filters(self) -> SearchFilters:
        kind = self.kind.currentData()
        return SearchFilters(
            country=self.country.currentData() or None,
            region=self.region.currentData() or None,
            category=self.category.currentData() or None,
            population=self.population.currentData() or None,
            language=self.language.currentData() or None,
            open_now=self.open_now.isChecked(),
            around_the_clock=self.around_the_clock.isChecked(),
            verified_within_months=self.verified.currentData() or None,
            kind=Kind(kind) if kind else None,
        )

    def is_active(self) -> bool:
        return self.filters() != SearchFilters()

    def clear(self) -> None:
        """Back to "any" everywhere, with one ``changed`` signal."""
        self.blockSignals(True)
        try:
            for combo in (
                self.country,
                self.region,
                self.kind,
                self.category,
                self.population,
                self.language,
                self.verified,
            ):
                combo.setCurrentIndex(0)
            self.open_now.setChecked(False)
            self.around_the_clock.setChecked(False)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def set_countries(self, codes: Iterable[str]) -> None:
        """Countries offered first (those in the directory and the post's); the rest follow."""
        self._countries = list(dict.fromkeys(c.upper() for c in codes if c))
        self._fill_countries()

    # -- texts

    def _fill(self, combo: QComboBox, any_text: str, items: Iterable[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(any_text, None)
            for text, value in items:
                combo.addItem(text, value)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(found, 0))
        finally:
            combo.blockSignals(False)

    def set_language(self, lang: str) -> None:
        """Name the countries and regions in this language (the UI's)."""
        self._lang = lang
        self._fill_countries()

    def _fill_countries(self) -> None:
        self._fill(
            self.country,
            self.tr("Any country"),
            [(country_name(c, self._lang), c) for c in self._countries],
        )
        self._fill_regions()

    def _fill_regions(self) -> None:
        """The chosen country's regions; with none chosen, those of every country offered.

        A region chosen that the new country lacks goes back to "any" (one ``changed``).
        """
        chosen = self.country.currentData()
        countries = [chosen] if chosen else self._countries
        items = []
        for country in countries:
            named = [(region_name(country, r, self._lang), r) for r in regions_of(country)]
            named.sort(key=lambda pair: pair[0].casefold())
            items += [(name if chosen else f"{name} ({country})", r) for name, r in named]
        before = self.region.currentData()
        self._fill(self.region, self.tr("Any region"), items)
        self.region.setEnabled(bool(items))
        if before is not None and self.region.currentData() is None:
            self.changed.emit()

    def retranslate(self) -> None:
        self._fill_countries()
        self._fill(self.kind, self.tr("Any kind"), [(plural(k), k.value) for k in Kind])
        categories = sorted(((label(c), c.value) for c in Category), key=lambda p: p[0].casefold())
        self._fill(self.category, self.tr("Any category"), categories)
        populations = [(label(p), p.value) for p in Population if p is not Population.ANY]
        self._fill(self.population, self.tr("Anyone"), populations)
        self._fill(
            self.language,
            self.tr("Any language"),
            [(language_name(code), code) for code in FILTER_LANGUAGES],
        )
        months = [(self.tr("Verified in the last %n month(s)", "", n), n) for n in VERIFIED_CHOICES]
        self._fill(self.verified, self.tr("Verified any time"), months)
        self.labels["country"].setText(self.tr("C&ountry:"))
        self.labels["region"].setText(self.tr("Re&gion:"))
        self.labels["kind"].setText(self.tr("&Kind:"))
        self.labels["category"].setText(self.tr("Ca&tegory:"))
        self.labels["population"].setText(self.tr("Po&pulation:"))
        self.labels["language"].setText(self.tr("&Language:"))
        self.labels["verified"].setText(self.tr("&Verified:"))
        self.open_now.setText(self.tr("Open &now"))
        self.around_the_clock.setText(self.tr("&Around the clock"))
        self.reset.setText(self.tr("Clear filters"))
        names = {
            self.country: self.tr("Country filter"),
            self.region: self.tr("Region filter"),
            self.kind: self.tr("Kind of record filter"),
            self.category: self.tr("Category filter"),
            self.population: self.tr("Population served filter"),
            self.language: self.tr("Language spoken filter"),
            self.verified: self.tr("Last verified filter"),
            self.open_now: self.tr("Only bodies reachable now"),
            self.around_the_clock: self.tr("Only bodies reachable around the clock"),
            self.reset: self.tr("Clear all filters"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
