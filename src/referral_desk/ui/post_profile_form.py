"""The post's profile as rows of a form, shared by the first-run setup and the settings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from referral_desk.domain import labels as vocabulary
from referral_desk.domain.codes import countries_by_name, find_country
from referral_desk.domain.languages import UI_LANGUAGES
from referral_desk.domain.local_time import zones_of_country
from referral_desk.domain.vocab import PostKind
from referral_desk.settings import Settings, is_time_zone
from referral_desk.ui.code_pickers import (
    choose_code,
    country_picker,
    fill_regions,
    follow_country,
    picked_region,
    picked_text,
    region_picker,
    time_zone_picker,
)

PROBLEM_STYLE = "color: #9a3412"
MINIMUM_PICKER_CHARACTERS = 24


def set_row_texts(form: QFormLayout, rows: Iterable[tuple[QWidget, str, str]]) -> None:
    """Give each field of ``form`` its label's text and its accessible name."""
    for widget, label_text, accessible in rows:
        label = form.labelForField(widget)
        if isinstance(label, QLabel):
            label.setText(label_text)
        widget.setAccessibleName(accessible)


class PostProfileForm(QWidget):
    """Language, post name, kind of post, the country it represents, the country and region
    where it is and its time zone; what is wrong with them is said under the rows.

    ``value(settings)`` gives ``settings`` with these fields as edited. A country or zone
    typed must name one from the lists; with ``required`` (the first run) the post's name
    and country must be given too. ``checked`` tells after every edit whether all is well.
    A dialog adds rows of its own below with ``add_row``, lined up with these.
    """

    checked = Signal(bool)

    def __init__(self, parent: QWidget | None, settings: Settings, *, required: bool) -> None:
        super().__init__(parent)
        self.lang = settings.ui_language  # countries and regions are named in it
        self.required = required
        self.language = QComboBox(self)
        for code, name in UI_LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.ui_language), 0))
        self.post_name = QLineEdit(settings.post_name, self)
        self.kind = QComboBox(self)
        self.represents = country_picker(self, self.lang, "", blank="")
        self.country = country_picker(self, self.lang, "", blank="")
        self.region = region_picker(self, "")
        self.time_zone = time_zone_picker(self, "", settings.post_timezone)
        for combo in (self.represents, self.country, self.region, self.time_zone):
            # as wide as the form gives, not as the longest name: no row wraps below its label
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(MINIMUM_PICKER_CHARACTERS)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: list[QWidget] = []
        for widget in (
            self.language,
            self.post_name,
            self.kind,
            self.represents,
            self.country,
            self.region,
            self.time_zone,
        ):
            self.add_row(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        self._fill_kinds(settings.post_kind)
        choose_code(self.represents, settings.post_represents)
        choose_code(self.country, settings.post_country)
        fill_regions(self.region, settings.post_country, self.lang, settings.post_region)
        self._regions_of: str | None = settings.post_country or None
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.country.editTextChanged.connect(self._country_changed)
        for combo in (self.represents, self.country, self.time_zone):
            combo.editTextChanged.connect(self.check)
        self.post_name.textChanged.connect(self.check)
        self.retranslate()

    def add_row(self, widget: QWidget) -> QLabel:
        """A row for ``widget`` below the others; its label is named by ``set_row_texts``."""
        label = QLabel(self)
        label.setBuddy(widget)
        self.form.addRow(label, widget)
        self.fields.append(widget)
        return label

    def value(self, settings: Settings) -> Settings:
        """``settings`` with the language and the post's profile as edited here."""
        kind = PostKind(self.kind.currentData() or PostKind.OTHER.value)
        country = find_country(picked_text(self.country)) or ""
        represents = find_country(picked_text(self.represents)) or ""
        return replace(
            settings,
            ui_language=str(self.language.currentData()),
            post_name=self.post_name.text().strip(),
            post_kind=kind.value,
            post_represents=represents if kind.represents_a_country else "",
            post_country=country,
            post_region=picked_region(self.region, country),
            post_timezone=self.time_zone.currentText().strip(),
        )

    def check(self) -> list[str]:
        """What is wrong, shown under the rows (and told by ``checked``); empty when all is well."""
        problems = []
        if self.required and not self.post_name.text().strip():
            problems.append(self.tr("Give the post's name: it is printed on every sheet."))
        country = picked_text(self.country).strip()
        if (self.required or country) and find_country(country) is None:
            problems.append(self.tr("Pick the country where the post is from the list."))
        represents = picked_text(self.represents)
        if self.represents.isEnabled() and represents and find_country(represents) is None:
            problems.append(self.tr("Pick the country the post represents from the list."))
        if not is_time_zone(self.time_zone.currentText().strip()):
            problems.append(
                self.tr("The time zone is not known. Pick one from the list, e.g. Europe/Sofia.")
            )
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        self.checked.emit(not problems)
        return problems

    # -- reactions

    def _kind_changed(self) -> None:
        """Police and border crossing points speak for no country: nothing to pick then."""
        code = self.kind.currentData()
        represents = PostKind(code).represents_a_country if code else True
        self.represents.setEnabled(represents)
        if not represents:
            choose_code(self.represents, "")
        self.check()

    def _country_changed(self) -> None:
        """The regions of the country picked or typed, once it names one; its clock too."""
        before = self._regions_of
        self._regions_of = follow_country(self.country, self.region, self.lang, before)
        zones = zones_of_country(self._regions_of) if self._regions_of != before else ()
        if zones and self.time_zone.currentText().strip() not in zones:
            self.time_zone.setCurrentText(zones[0])  # the post keeps the clock of where it is

    # -- language

    def _fill_kinds(self, current: str | None) -> None:
        self.kind.clear()
        for kind in PostKind:
            self.kind.addItem(vocabulary.label(kind, QCoreApplication.translate), kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))

    def _refill_countries(self) -> None:
        """Country and region names in ``lang``, the picks kept."""
        for combo, blank in (
            (self.represents, self.tr("None (police, border post, NGO)")),
            (self.country, ""),
        ):
            code = find_country(picked_text(combo)) or ""
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(blank, "")
            for name, iso in countries_by_name(self.lang):
                combo.addItem(f"{name} ({iso})", iso)
            choose_code(combo, code)
            combo.blockSignals(False)
        country = find_country(picked_text(self.country))
        self._regions_of = country
        fill_regions(self.region, country, self.lang, picked_region(self.region, country))

    def retranslate(self) -> None:
        self._fill_kinds(self.kind.currentData())
        self._refill_countries()
        set_row_texts(
            self.form,
            (
                (self.language, self.tr("&Language:"), self.tr("Language of the program")),
                (self.post_name, self.tr("Post &name:"), self.tr("Name of the post")),
                (self.kind, self.tr("&Kind of post:"), self.tr("Kind of post")),
                (
                    self.represents,
                    self.tr("&Represents:"),
                    self.tr("Country the post represents, e.g. as its embassy or consulate"),
                ),
                (
                    self.country,
                    self.tr("&Country where it is:"),
                    self.tr("Country where the post is"),
                ),
                (self.region, self.tr("Re&gion:"), self.tr("Region where the post is")),
                (self.time_zone, self.tr("&Time zone:"), self.tr("Time zone of the post")),
            ),
        )
        self.post_name.setPlaceholderText(self.tr("e.g. Consulate General of Bulgaria, Vienna"))
        self.country.setPlaceholderText(self.tr("e.g. BG"))
        self._kind_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
