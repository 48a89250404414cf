"""The settings dialog: UI language and the post profile used for "reachable now" and sheets."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from referral_desk.domain.languages import UI_LANGUAGES
from referral_desk.settings import MAX_STALENESS_MONTHS, PAPER_SIZES, Settings
from referral_desk.ui.post_profile_form import PostProfileForm, set_row_texts


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``value()`` gives the edited settings."""

    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self._original = settings
        self.profile = PostProfileForm(self, settings, required=False)
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
        for widget in (
            self.caseworker_name,
            self.post_details,
            self.staleness,
            self.paper,
            self.second_language,
        ):
            self.profile.add_row(widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.profile)
        layout.addWidget(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.profile.checked.connect(ok.setEnabled)
        self.retranslate()
        self.profile.check()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 70)

    @staticmethod
    def ask(parent: QWidget | None, settings: Settings) -> Settings | None:
        """Show the dialog; the edited settings, or None when the caseworker cancels."""
        dialog = SettingsDialog(parent, settings)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def value(self) -> Settings:
        second = self.second_language.currentData()
        return replace(
            self.profile.value(self._original),
            caseworker_name=self.caseworker_name.text().strip(),
            post_details=self.post_details.text().strip(),
            staleness_months=self.staleness.value(),
            sheet_paper=str(self.paper.currentData()),
            second_language=str(second) if second else None,
        )

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
        set_row_texts(
            self.profile.form,
            (
                (
                    self.caseworker_name,
                    self.tr("Case&worker:"),
                    self.tr("Caseworker's name for referral sheets"),
                ),
                (
                    self.post_details,
                    self.tr("Post &details:"),
                    self.tr("Post address and phone for referral sheets"),
                ),
                (
                    self.staleness,
                    self.tr("&Warn when older than (months):"),
                    self.tr("Months after which a record counts as old"),
                ),
                (self.paper, self.tr("&Paper size:"), self.tr("Paper size of referral sheets")),
                (
                    self.second_language,
                    self.tr("&Second language on sheets:"),
                    self.tr("Second language on referral sheets"),
                ),
            ),
        )
        self.post_details.setPlaceholderText(self.tr("Address, phone – printed on referral sheets"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
