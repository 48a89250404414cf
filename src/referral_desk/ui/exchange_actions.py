"""File → Import… and Export…: the directory in and out of HSDS 3.0 files and workbooks."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
)

from referral_desk.ui import plain_text

if TYPE_CHECKING:  # the desk pulls in SQLAlchemy: imported when first used
    from referral_desk.services.exchange import ExportResult, ImportPreview
    from referral_desk.ui.main_actions import ActionsHost

MAX_SHOWN_PROBLEMS = 25
SUFFIXES = {"xlsx": ".xlsx", "ods": ".ods", "hsds-json": ".json"}


class ExchangeActions(QObject):
    """Import a file into the directory (preview first), export the directory to a file."""

    def __init__(self, window: QMainWindow, host: ActionsHost, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.import_action = QAction(window)
        self.import_action.triggered.connect(self.choose_import)
        self.export_action = QAction(window)
        self.export_action.triggered.connect(self.choose_export)
        menu.addActions([self.import_action, self.export_action])

    def retranslate(self) -> None:
        self.import_action.setText(self.tr("&Import…"))
        self.import_action.setStatusTip(
            self.tr("Read an HSDS file or a workbook, see what it changes, then apply it")
        )
        self.export_action.setText(self.tr("E&xport…"))
        self.export_action.setStatusTip(
            self.tr("Write the directory as a workbook (XLSX, ODS, CSV) or as HSDS 3.0")
        )

    def update(self) -> None:
        loaded = self.host.has_directory and self.host.desk.read_only is None
        self.import_action.setEnabled(loaded)
        self.export_action.setEnabled(self.host.has_directory)

    def _progress(self, text: str) -> QProgressDialog:
        dialog = QProgressDialog(text, "", 0, 0, self.window)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setWindowTitle(self.tr("Referral Desk"))
        dialog.show()
        QCoreApplication.processEvents()
        return dialog

    # -- export

    def choose_export(self) -> ExportResult | None:
        from referral_desk.ui.export_dialog import ExportDialog

        choice = ExportDialog.ask(self.window)
        if choice is None:
            return None
        if choice.format in SUFFIXES:
            suffix = SUFFIXES[choice.format]
            name, _filter = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export the directory"),
                str(Path.home() / f"directory{suffix}"),
                f"*{suffix}",
            )
            if name and not name.lower().endswith(suffix):
                name += suffix
        else:
            parent = QFileDialog.getExistingDirectory(
                self.window, self.tr("Export the directory into a folder"), str(Path.home())
            )
            # the CSV files go into a folder of their own inside the one chosen
            folder = "directory-hsds" if choice.format == "hsds-csv" else "directory-sheets"
            name = str(Path(parent) / folder) if parent else ""
        if not name:
            return None
        return self.export_to(Path(name), choice.format, choice.include_confidential_addresses)

    def export_to(self, path: Path, kind: str, confidential: bool) -> ExportResult | None:
        from referral_desk.exchange.refusals import UpdateRefused
        from referral_desk.services.exchange import ExportFormat

        progress = self._progress(self.tr("Writing {file}…").format(file=path.name))

        def written(rows: int) -> None:
            progress.setLabelText(
                self.tr("Writing {file}: {rows} rows").format(file=path.name, rows=rows)
            )
            QCoreApplication.processEvents()

        try:
            result = self.host.desk.exchange.export(
                path,
                ExportFormat(kind),
                include_confidential_addresses=confidential,
                translate=QCoreApplication.translate,
                lang=self.host.lang,
                progress=written,
            )
        except UpdateRefused as error:
            progress.close()
            plain_text.message(
                self.window,
                self.tr("The directory was not exported"),
                error.sentence(QCoreApplication.translate),
            )
            return None
        except OSError as error:
            progress.close()
            plain_text.message(
                self.window,
                self.tr("The directory was not exported"),
                f"{path}: {error.strerror or error}",
            )
            return None
        progress.close()
        counts = result.counts
        text = self.tr(
            "Exported to {path}: {organizations} organizations, {locations} locations, "
            "{services} services, {contacts} contacts."
        ).format(
            path=path,
            organizations=counts["organization"],
            locations=counts["location"],
            services=counts["service"],
            contacts=counts["contact"],
        )
        if confidential:
            text += "\n\n" + self.tr(
                "The file holds the addresses of confidential places and is marked "
                "CONFIDENTIAL. Keep it safe."
            )
        else:
            text += "\n\n" + self.tr("The addresses of confidential places were left out.")
        plain_text.message(
            self.window, self.tr("Directory exported"), text, QMessageBox.Icon.Information
        )
        return result

    # -- import

    def choose_import(self) -> bool:
        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import into the directory"),
            str(Path.home()),
            self.tr(
                "Workbooks and HSDS files (*.xlsx *.ods *.json *.csv);;"
                "One CSV file of a folder of CSV files (*.csv)"
            ),
        )
        return bool(name) and self.import_from(Path(name))

    def _ask_country(self) -> str | None:
        """The country for the bodies of a file that names none (the post's offered first)."""
        from referral_desk.domain.codes import countries_by_name

        countries = countries_by_name(self.host.lang)
        items = [f"{name} ({code})" for name, code in countries]
        post = next(
            (i for i, (_, code) in enumerate(countries) if code == self.host.settings.post_country),
            0,
        )
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Import into the directory"))
        dialog.setLabelText(
            self.tr(
                "The file does not say in which country its organizations are. Choose the "
                "country: the import replaces that country's records, and the preview shows "
                "what changes before anything is written."
            )
        )
        dialog.setComboBoxItems(items)
        dialog.setComboBoxEditable(False)
        dialog.setTextValue(items[post])
        label = dialog.findChild(QLabel)
        if label is not None:
            label.setWordWrap(True)  # a long sentence, not a window as wide as the screen
        chosen = dialog.exec() == QDialog.DialogCode.Accepted
        item = dialog.textValue()
        if not chosen or item not in items:
            return None
        return countries[items.index(item)][1]

    def import_from(self, path: Path) -> bool:
        """Read and check the file, show the preview, apply it if asked; True when applied."""
        from referral_desk.exchange.refusals import UpdateRefused
        from referral_desk.services.errors import DatabaseError
        from referral_desk.services.exchange import IMPORT_ERRORS
        from referral_desk.ui.import_preview import ImportPreviewDialog

        exchange = self.host.desk.exchange
        progress = self._progress(self.tr("Reading {file}…").format(file=path.name))
        country: str | None = None
        try:
            try:
                preview: ImportPreview = exchange.check_import(path)
            except IMPORT_ERRORS as error:
                # a file that does not say where its bodies are: ask, then read it again
                if not _needs_country(error.problems):
                    raise
                progress.close()
                country = self._ask_country()
                if country is None:
                    raise
                progress = self._progress(self.tr("Reading {file}…").format(file=path.name))
                preview = exchange.check_import(path, country=country)
        except IMPORT_ERRORS as error:
            progress.close()
            lines = [p.message(QCoreApplication.translate, self.host.lang) for p in error.problems]
            shown = "\n".join(f"• {line}" for line in lines[:MAX_SHOWN_PROBLEMS])
            if len(lines) > MAX_SHOWN_PROBLEMS:
                shown += "\n" + self.tr("… and {count} more").format(
                    count=len(lines) - MAX_SHOWN_PROBLEMS
                )
            plain_text.message(
                self.window,
                self.tr("The file was not imported"),
                self.tr("Nothing was changed. The file has these problems:") + "\n\n" + shown,
            )
            return False
        except UpdateRefused as error:
            progress.close()
            plain_text.message(
                self.window,
                self.tr("The file was not imported"),
                error.sentence(QCoreApplication.translate),
            )
            return False
        progress.close()
        if not ImportPreviewDialog.ask(self.window, preview, self.host.lang):
            return False
        try:
            comparison = exchange.apply_import(preview)
        except UpdateRefused as error:
            plain_text.message(
                self.window,
                self.tr("The file was not imported"),
                error.sentence(QCoreApplication.translate),
            )
            return False
        except DatabaseError as error:
            plain_text.message(self.window, self.tr("The file was not imported"), str(error))
            return False
        self.window.statusBar().showMessage(
            self.tr("Imported {file}: {added} added, {retired} retired, {changed} changed.").format(
                file=path.name,
                added=len(comparison.added),
                retired=len(comparison.retired),
                changed=len(comparison.changed),
            ),
            10000,
        )
        return True


def _needs_country(problems: Sequence[object]) -> bool:
    """Whether the file was refused only because it does not place its bodies or places."""
    from referral_desk.exchange.hsds.problems import Code

    codes = {getattr(problem, "code", None) for problem in problems}
    return bool(codes) and codes <= {Code.NEEDS_COUNTRY, Code.NEEDS_TIMEZONE}
