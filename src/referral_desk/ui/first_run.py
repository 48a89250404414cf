"""The first-run setup: who the post is, where it sits, its time zone and the program's language."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

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
    picked_region,
    picked_text,
    region_picker,
    time_zone_picker,
)


class FirstRunDialog(QDialog):
    """Asks once, on the first start, what every sheet and "reachable now" depends on.

    Choosing a language switches the program to it at once, so the rest is read in it.
    Everything here can be changed later under Settings.
    """

    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self._original = settings
        self.lang = settings.ui_language
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
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
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #9a3412")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)  # own buttons: Qt would retranslate standard ones
        self.start = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.later = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.start.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._fields = (
            self.language,
            self.post_name,
            self.kind,
            self.represents,
            self.country,
            self.region,
            self.time_zone,
        )
        for widget in self._fields:
            label = QLabel(self)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._fill_kinds(settings.post_kind)
        choose_code(self.represents, settings.post_represents)
        choose_code(self.country, settings.post_country)
        fill_regions(self.region, settings.post_country, self.lang, settings.post_region)
        self._regions_of: str | None = settings.post_country or None
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.country.editTextChanged.connect(self._country_changed)
        for combo in (self.represents, self.country, self.time_zone):
            combo.editTextChanged.connect(self._check)
        self.post_name.textChanged.connect(self._check)
        self.retranslate()
        self._kind_changed()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 72)

    @staticmethod
    def ask(parent: QWidget | None, settings: Settings) -> Settings | None:
        """Show the setup; the settings given, or None when the caseworker leaves it for later."""
        dialog = FirstRunDialog(parent, settings)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.value()
            return None
        finally:
            dialog.deleteLater()

    def value(self) -> Settings:
        kind = PostKind(self.kind.currentData())
        country = find_country(picked_text(self.country)) or ""
        represents = find_country(picked_text(self.represents)) or ""
        return replace(
            self._original,
            ui_language=str(self.language.currentData()),
            post_name=self.post_name.text().strip(),
            post_kind=kind.value,
            post_represents=represents if kind.represents_a_country else "",
            post_country=country,
            post_region=picked_region(self.region, country),
            post_timezone=self.time_zone.currentText().strip(),
        )

    # -- reactions

    def _language_chosen(self) -> None:
        """Switch the whole program to the language picked; the LanguageChange retranslates."""
        from referral_desk.ui.translators import install_translators

        self.lang = str(self.language.currentData())
        app = QCoreApplication.instance()
        if app is not None:
            install_translators(app, self.lang)

    def _kind_changed(self) -> None:
        """Police and border crossing points speak for no country: nothing to pick then."""
        code = self.kind.currentData()
        represents = PostKind(code).represents_a_country if code else True
        self.represents.setEnabled(represents)
        if not represents:
            choose_code(self.represents, "")
        self._check()

    def _country_changed(self) -> None:
        """The regions of the country picked or typed, once it names one."""
        country = find_country(picked_text(self.country))
        if country != self._regions_of:
            self._regions_of = country
            fill_regions(self.region, country, self.lang, picked_region(self.region, country))
            zones = zones_of_country(country)
            if zones and self.time_zone.currentText().strip() not in zones:
                self.time_zone.setCurrentText(zones[0])  # the post keeps the clock of where it is

    def _check(self) -> list[str]:
        problems = []
        if not self.post_name.text().strip():
            problems.append(self.tr("Give the post's name: it is printed on every sheet."))
        if find_country(picked_text(self.country)) is None:
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
        self.start.setEnabled(not problems)
        return problems

    # -- language

    def _fill_kinds(self, current: str | None) -> None:
        self.kind.clear()
        for kind in PostKind:
            self.kind.addItem(vocabulary.label(kind, QCoreApplication.translate), kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))

    def _refill_countries(self) -> None:
        """Country names in the language just chosen, the picks kept."""
        for combo, blank in (
            (self.represents, self.tr("None (police, border post)")),
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
        self.setWindowTitle(self.tr("Set up Referral Desk"))
        self.intro.setText(
            self.tr(
                "Before the first case: tell the program who your post is and where it is. "
                "Sheets print the post's name, and times on screen, on sheets and in the "
                "referral log are the post's local time. You can change all of this later "
                "under Settings."
            )
        )
        self._fill_kinds(self.kind.currentData())
        self._refill_countries()
        texts = (
            (self.tr("&Language:"), self.tr("Language of the program")),
            (self.tr("Post &name:"), self.tr("Name of the post")),
            (self.tr("&Kind of post:"), self.tr("Kind of post")),
            (self.tr("&Represents:"), self.tr("Country the post represents")),
            (self.tr("&Country where it is:"), self.tr("Country where the post is")),
            (self.tr("Re&gion:"), self.tr("Region where the post is")),
            (self.tr("&Time zone:"), self.tr("Time zone of the post")),
        )
        for widget, (label_text, accessible) in zip(self._fields, texts, strict=True):
            label = self.form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setText(label_text)
            widget.setAccessibleName(accessible)
        self.post_name.setPlaceholderText(self.tr("e.g. Consulate General of Bulgaria, Vienna"))
        self.start.setText(self.tr("&Start"))
        self.later.setText(self.tr("&Ask me later"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
