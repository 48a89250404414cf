"""The settings dialog: UI language and the post profile used for "reachable now" and sheets."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from referral_desk.domain import labels as vocabulary
from referral_desk.domain.codes import find_country
from referral_desk.domain.languages import UI_LANGUAGES
from referral_desk.domain.local_time import zones_of_country
from referral_desk.domain.vocab import PostKind
from referral_desk.settings import MAX_STALENESS_MONTHS, PAPER_SIZES, Settings, is_time_zone
from referral_desk.ui.code_pickers import (
    choose_code,
    country_picker,
    fill_regions,
    picked_region,
    picked_text,
    region_picker,
)
from referral_desk.ui.translators import current_language


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``value()`` gives the edited settings."""

    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self._original = settings
        self.language = QComboBox(self)
        for code, name in UI_LANGUAGES.items():
            self.language.addItem(name, code)
        self.post_name = QLineEdit(settings.post_name, self)
        self.post_kind = QComboBox(self)
        self.post_region = region_picker(self, "")
        fill_regions(
            self.post_region, settings.post_country, current_language(), settings.post_region
        )
        self.post_country = country_picker(self, settings.ui_language, "", blank="")
        choose_code(self.post_country, settings.post_country)
        self.post_represents = country_picker(
            self, settings.ui_language, "", blank=self.tr("None (police, border post, NGO)")
        )
        choose_code(self.post_represents, settings.post_represents)
        self.post_timezone = QComboBox(self)
        self.post_timezone.setEditable(True)
        self.post_timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.post_timezone.addItems(
            sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))
        )
        self.post_timezone.setCurrentText(settings.post_timezone)
        completer = QCompleter(self.post_timezone.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.post_timezone.setCompleter(completer)
        self.caseworker_name = QLineEdit(settings.caseworker_name, self)
        self.post_details = QLineEdit(settings.post_details, self)
        self.staleness = QSpinBox(self)
        self.staleness.setRange(1, MAX_STALENESS_MONTHS)
        self.staleness.setValue(settings.staleness_months)
        self.paper = QComboBox(self)
        for size in PAPER_SIZES:
            self.paper.addItem(size, size)
        self.paper.setCurrentIndex(max(self.paper.findData(settings.sheet_paper), 0))
        self.second_language = QComboBox(self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #9a3412")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._fields = (
            self.language,
            self.post_name,
            self.post_kind,
            self.post_country,
            self.post_region,
            self.post_represents,
            self.post_timezone,
            self.caseworker_name,
            self.post_details,
            self.staleness,
            self.paper,
            self.second_language,
        )
        for widget in self._fields:
            self.form.addRow(QLabel(self), widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.language.setCurrentIndex(max(self.language.findData(settings.ui_language), 0))
        self.post_timezone.currentTextChanged.connect(self._check)
        self.post_country.editTextChanged.connect(self._check)
        self.post_country.editTextChanged.connect(self._country_changed)
        self.post_kind.currentIndexChanged.connect(self._kind_changed)
        self.post_represents.editTextChanged.connect(self._check)
        self.retranslate()
        self._check()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 70)

    @staticmethod
    def ask(parent: QWidget | None, settings: Settings) -> Settings | None:
        """Show the dialog; the edited settings, or None when the caseworker cancels."""
        dialog = SettingsDialog(parent, settings)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.value()
            return None
        finally:
            dialog.deleteLater()

    def value(self) -> Settings:
        second = self.second_language.currentData()
        kind = PostKind(self.post_kind.currentData() or PostKind.OTHER.value)
        country = self._country()
        represents = find_country(picked_text(self.post_represents)) or ""
        return replace(
            self._original,
            ui_language=str(self.language.currentData()),
            post_name=self.post_name.text().strip(),
            post_kind=kind.value,
            post_country=country,
            post_region=picked_region(self.post_region, country),
            post_represents=represents if kind.represents_a_country else "",
            post_timezone=self.post_timezone.currentText().strip(),
            caseworker_name=self.caseworker_name.text().strip(),
            post_details=self.post_details.text().strip(),
            staleness_months=self.staleness.value(),
            sheet_paper=str(self.paper.currentData()),
            second_language=str(second) if second else None,
        )

    def _country(self) -> str:
        """The code of the country picked (or typed as a name or code); "" for none."""
        return find_country(picked_text(self.post_country)) or ""

    def _country_changed(self) -> None:
        country = self._country()
        fill_regions(
            self.post_region, country, current_language(), picked_region(self.post_region, country)
        )
        zones = zones_of_country(country) if country else ()
        if zones and self.post_timezone.currentText().strip() not in zones:
            self.post_timezone.setCurrentText(zones[0])  # a post moved: its clock moves too

    def _kind_changed(self) -> None:
        """Police and border crossing points speak for no country."""
        code = self.post_kind.currentData()
        represents = PostKind(code).represents_a_country if code else True
        self.post_represents.setEnabled(represents)
        if not represents:
            choose_code(self.post_represents, "")

    def _check(self) -> None:
        problems = []
        if not is_time_zone(self.post_timezone.currentText().strip()):
            problems.append(
                self.tr("The time zone is not known. Pick one from the list, e.g. Europe/Sofia.")
            )
        country = picked_text(self.post_country).strip()
        if country and find_country(country) is None:
            problems.append(self.tr("Pick the country where the post is from the list."))
        represents = picked_text(self.post_represents)
        if represents and find_country(represents) is None:
            problems.append(self.tr("Pick the country the post represents from the list."))
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        current = (
            self.second_language.currentData()
            if self.second_language.count()
            else self._original.second_language
        )
        self.second_language.clear()
        self.second_language.addItem(self.tr("None"), None)
        for code, name in UI_LANGUAGES.items():
            self.second_language.addItem(name, code)
        self.second_language.setCurrentIndex(max(self.second_language.findData(current), 0))
        kind = self.post_kind.currentData() if self.post_kind.count() else self._original.post_kind
        self.post_kind.clear()
        for value in PostKind:
            self.post_kind.addItem(vocabulary.label(value, QCoreApplication.translate), value.value)
        self.post_kind.setCurrentIndex(max(self.post_kind.findData(kind), 0))
        self._kind_changed()
        country = self._country()
        fill_regions(
            self.post_region, country, current_language(), picked_region(self.post_region, country)
        )
        texts = (
            (self.tr("&Language:"), self.tr("Language of the program")),
            (self.tr("Post &name:"), self.tr("Name of the post")),
            (self.tr("&Kind of post:"), self.tr("Kind of post")),
            (self.tr("Post &country:"), self.tr("Country where the post is")),
            (self.tr("Re&gion:"), self.tr("Region where the post is")),
            (
                self.tr("Post &represents:"),
                self.tr("Country the post represents, e.g. as its embassy or consulate"),
            ),
            (self.tr("Post &time zone:"), self.tr("Time zone of the post")),
            (self.tr("Case&worker:"), self.tr("Caseworker's name for referral sheets")),
            (self.tr("Post &details:"), self.tr("Post address and phone for referral sheets")),
            (
                self.tr("&Warn when older than (months):"),
                self.tr("Months after which a record counts as old"),
            ),
            (self.tr("&Paper size:"), self.tr("Paper size of referral sheets")),
            (self.tr("&Second language on sheets:"), self.tr("Second language on referral sheets")),
        )
        for widget, (label_text, accessible) in zip(self._fields, texts, strict=True):
            label = self.form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setText(label_text)
                label.setBuddy(widget)
            widget.setAccessibleName(accessible)
        self.post_details.setPlaceholderText(self.tr("Address, phone – printed on referral sheets"))
        self.post_country.setPlaceholderText(self.tr("e.g. BG"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
