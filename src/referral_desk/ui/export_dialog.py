"""Asking how to export the directory: the format, and whether confidential addresses go too."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

FORMATS = ("xlsx", "ods", "csv", "hsds-json", "hsds-csv")  # services.exchange.ExportFormat


@dataclass(frozen=True)
class ExportChoice:
    format: str  # a value of services.exchange.ExportFormat
    include_confidential_addresses: bool


class ExportDialog(QDialog):
    """The export's format and the confidential addresses; ``ask`` returns the choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the directory"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Format:"), self))
        self.group = QButtonGroup(self)
        texts = {
            "xlsx": self.tr("Excel workbook (.xlsx) – to fill in by hand"),
            "ods": self.tr("OpenDocument workbook (.ods) – to fill in by hand"),
            "csv": self.tr("CSV files, one per sheet (a folder)"),
            "hsds-json": self.tr("Open Referral HSDS 3.0, JSON (.json)"),
            "hsds-csv": self.tr("Open Referral HSDS 3.0, tabular data package (a folder)"),
        }
        self.buttons_by_format: dict[str, QRadioButton] = {}
        for index, kind in enumerate(FORMATS):
            button = QRadioButton(texts[kind], self)
            self.group.addButton(button, index)
            self.buttons_by_format[kind] = button
            layout.addWidget(button)
        self.buttons_by_format["xlsx"].setChecked(True)
        self.confidential = QCheckBox(self.tr("Include the addresses of confidential places"), self)
        self.confidential.setToolTip(
            self.tr("Shelters and crisis centres. The file is then marked CONFIDENTIAL.")
        )
        layout.addSpacing(8)
        layout.addWidget(self.confidential)
        self.warning = QLabel(
            self.tr(
                "The file will hold the addresses of shelters. Keep it safe; "
                "do not publish it or pass it on."
            ),
            self,
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00000; font-weight: bold")
        self.warning.setVisible(False)
        self.confidential.toggled.connect(self._show_warning)
        layout.addWidget(self.warning)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _show_warning(self, shown: bool) -> None:
        """Show or hide the warning and fit the dialog to it, so no line is cut off."""
        self.warning.setVisible(shown)
        layout = self.layout()
        if layout is not None:
            layout.activate()
        height = max(self.heightForWidth(self.width()), self.minimumSizeHint().height())
        self.resize(self.width(), height)

    def choice(self) -> ExportChoice:
        kind = FORMATS[max(self.group.checkedId(), 0)]
        return ExportChoice(kind, self.confidential.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None) -> ExportChoice | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()
