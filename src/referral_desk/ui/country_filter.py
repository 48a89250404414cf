"""A window's filter by country: one country or all, named in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from referral_desk.domain.codes import find_country
from referral_desk.ui.code_pickers import country_picker, fill_countries, picked_text
from referral_desk.ui.translators import current_language


class CountryFilter(QObject):
    """The picker (``combo``), "All countries" first; ``changed`` when another country is
    chosen, picked or typed as a name or code in full (not as the field is emptied)."""

    changed = Signal()

    def __init__(self, parent: QWidget, width: int) -> None:
        super().__init__(parent)
        self.combo: QComboBox = country_picker(
            parent, current_language(), self.tr("Country"), blank=self.tr("All countries")
        )
        self.combo.setMinimumContentsLength(width)
        self.listed: str | None = None  # the country the window lists now
        self.combo.currentIndexChanged.connect(self._chosen)
        line = self.combo.lineEdit()
        if line is not None:  # a name typed in full, then Return or leaving the field
            line.editingFinished.connect(self._chosen)
        self.combo.installEventFilter(self)

    def chosen(self) -> str | None:
        """The code of the country picked (or typed as a name or code); None for all."""
        return find_country(picked_text(self.combo)) or None

    def take(self) -> str | None:
        """The country chosen, as the one the window now lists."""
        self.listed = self.chosen()
        return self.listed

    def _chosen(self) -> None:
        if self.combo.count() and self.chosen() != self.listed:
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a change of language the countries are named again, the one chosen kept."""
        if watched is self.combo and event.type() == QEvent.Type.LanguageChange:
            fill_countries(self.combo, current_language(), self.tr("All countries"))
        return False
