"""Preview, print and save as PDF: the sheet, the booklet and a contact card, with options."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from referral_desk.domain import labels as vocabulary
from referral_desk.domain.booklet import BookletSelection
from referral_desk.domain.case import Pathway
from referral_desk.domain.languages import UI_LANGUAGES
from referral_desk.domain.referral import ReferralHeader
from referral_desk.domain.vocab import Category
from referral_desk.services.desk import Desk
from referral_desk.services.printouts import booklet_bodies, pathway_details
from referral_desk.sheets.booklet import booklet_data, print_booklet, print_contact_card
from referral_desk.sheets.pdf import PageSetup, Paper, configure, pdf_printer
from referral_desk.sheets.referral_sheet import (
    PERSON_FIELDS,
    SheetData,
    print_sheet,
)
from referral_desk.ui.plain_text import message

SECOND_LANGUAGES = (("", ""), *UI_LANGUAGES.items())
PREVIEW, PRINT, PDF = "preview", "print", "pdf"
Paint = Callable[[QPagedPaintDevice], int]


@dataclass(frozen=True)
class SheetOptions:
    """What the caseworker chose for one sheet; ``person`` is printed and then forgotten."""

    post: str = ""
    caseworker: str = ""
    second_lang: str | None = None
    paper: Paper = Paper.A4
    person: dict[str, str] = field(default_factory=dict)
    notes: str = ""
    save_to_log: bool = True
    post_details: str = ""  # from the settings: the post's address and phone on the sheet
    post_timezone: str = "UTC"  # from the settings: the sheet's times are the post's


class SheetOptionsDialog(QDialog):
    """Second language, paper, the print-only details of the person, notes."""

    def __init__(
        self, parent: QWidget | None, lang: str, defaults: SheetOptions | None = None
    ) -> None:
        super().__init__(parent)
        defaults = defaults or SheetOptions()
        self._defaults = defaults
        self.setWindowTitle(self.tr("Referral sheet options"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.post = QLineEdit(defaults.post, self)
        self.caseworker = QLineEdit(defaults.caseworker, self)
        self.second_lang = QComboBox(self)
        for code, name in SECOND_LANGUAGES:
            if code != lang:
                self.second_lang.addItem(name if code else self.tr("None"), code)
        if defaults.second_lang:
            self.second_lang.setCurrentIndex(
                max(0, self.second_lang.findData(defaults.second_lang))
            )
        self.paper = QComboBox(self)
        for paper in Paper:
            self.paper.addItem(paper.value, paper.value)
        self.paper.setCurrentIndex(self.paper.findData(defaults.paper.value))
        form.addRow(self.tr("&Post"), self.post)
        form.addRow(self.tr("&Caseworker"), self.caseworker)
        form.addRow(self.tr("Second &language"), self.second_lang)
        form.addRow(self.tr("P&aper"), self.paper)
        layout.addLayout(form)
        person_box = QGroupBox(
            self.tr("The person: printed on this sheet only, never stored"), self
        )
        person_form = QFormLayout(person_box)
        self.person: dict[str, QLineEdit] = {}
        for key, label in PERSON_FIELDS:
            edit = QLineEdit(defaults.person.get(key, ""), person_box)
            self.person[key] = edit
            person_form.addRow(QCoreApplication.translate("Sheet", label), edit)
        layout.addWidget(person_box)
        self.notes = QPlainTextEdit(defaults.notes, self)
        self.notes.setPlaceholderText(self.tr("Notes printed on the sheet (not stored)"))
        layout.addWidget(self.notes)
        self.save_to_log = QCheckBox(
            self.tr("&Keep this referral in the referral log (no personal data)"), self
        )
        self.save_to_log.setChecked(defaults.save_to_log)
        layout.addWidget(self.save_to_log)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def options(self) -> SheetOptions:
        second = self.second_lang.currentData()
        return SheetOptions(
            post=self.post.text().strip(),
            caseworker=self.caseworker.text().strip(),
            second_lang=second or None,
            paper=Paper(self.paper.currentData()),
            person={k: e.text().strip() for k, e in self.person.items() if e.text().strip()},
            notes=self.notes.toPlainText(),
            save_to_log=self.save_to_log.isChecked(),
            post_details=self._defaults.post_details,
            post_timezone=self._defaults.post_timezone,
        )

    @staticmethod
    def ask(
        parent: QWidget | None, lang: str, defaults: SheetOptions | None = None
    ) -> SheetOptions | None:
        dialog = SheetOptionsDialog(parent, lang, defaults)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.options() if accepted else None


@dataclass(frozen=True)
class BookletOptions:
    selection: BookletSelection
    paper: Paper = Paper.A4
    second_lang: str | None = None


class BookletOptionsDialog(QDialog):
    """Which part of the directory goes on paper."""

    def __init__(
        self,
        parent: QWidget | None,
        lang: str,
        countries: Sequence[str],
        favourites: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self._favourites = tuple(favourites)
        self.setWindowTitle(self.tr("Print the paper directory"))
        form = QFormLayout(self)
        self.country = QComboBox(self)
        self.country.addItem(self.tr("All countries"), "")
        for code in countries:
            self.country.addItem(code, code)
        self.region = QLineEdit(self)
        self.region.setPlaceholderText(self.tr("Any region"))
        self.category = QComboBox(self)
        self.category.addItem(self.tr("All categories"), "")
        for category in Category:
            self.category.addItem(
                vocabulary.label(category, QCoreApplication.translate), category.value
            )
        self.only_favourites = QCheckBox(self.tr("Only my &favourites"), self)
        self.only_favourites.setEnabled(bool(self._favourites))
        self.paper = QComboBox(self)
        for paper in Paper:
            self.paper.addItem(paper.value, paper.value)
        self.second_lang = QComboBox(self)
        for code, name in SECOND_LANGUAGES:
            if code != lang:
                self.second_lang.addItem(name if code else self.tr("None"), code)
        form.addRow(self.tr("&Country"), self.country)
        form.addRow(self.tr("&Region"), self.region)
        form.addRow(self.tr("C&ategory"), self.category)
        form.addRow("", self.only_favourites)
        form.addRow(self.tr("&Paper"), self.paper)
        form.addRow(self.tr("Second &language"), self.second_lang)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def options(self) -> BookletOptions:
        selection = BookletSelection(
            country=self.country.currentData() or None,
            region=self.region.text().strip() or None,
            category=self.category.currentData() or None,
            favourites=self._favourites if self.only_favourites.isChecked() else None,
        )
        return BookletOptions(
            selection, Paper(self.paper.currentData()), self.second_lang.currentData() or None
        )

    @staticmethod
    def ask(
        parent: QWidget | None, lang: str, countries: Sequence[str], favourites: Sequence[str] = ()
    ) -> BookletOptions | None:
        dialog = BookletOptionsDialog(parent, lang, countries, favourites)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.options() if accepted else None


# ----------------------------------------------------------------------------- the three ways out


def _printer(setup: PageSetup) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure(printer, setup)
    return printer


class _PreviewPainter(QObject):
    """Keeps the paint callback and reports the pages painted in the last preview pass."""

    def __init__(self, paint: Paint, parent: QObject) -> None:
        super().__init__(parent)
        self.paint = paint
        self.pages = 0

    def on_paint(self, printer: QPrinter) -> None:
        self.pages = self.paint(printer)


def preview(parent: QWidget | None, paint: Paint, setup: PageSetup) -> int:
    """Show a print preview; the dialog prints for real if the caseworker asks it to."""
    printer = _printer(setup)
    dialog = QPrintPreviewDialog(printer, parent)
    painter = _PreviewPainter(paint, dialog)
    dialog.paintRequested.connect(painter.on_paint)
    dialog.exec()
    return painter.pages


def print_with_dialog(parent: QWidget | None, paint: Paint, setup: PageSetup) -> int:
    """Ask for a printer, then print; return the pages printed (0 if cancelled)."""
    printer = _printer(setup)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return paint(printer)


def save_pdf_with_dialog(
    parent: QWidget | None, paint: Paint, setup: PageSetup, suggested: str
) -> Path | None:
    """Ask where, then write the PDF; return its path (None if cancelled)."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrintActions", "Save as PDF"),
        suggested,
        QCoreApplication.translate("PrintActions", "PDF documents (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
    try:
        paint(pdf_printer(path, setup, path.stem))
    except OSError as error:
        message(
            parent, QCoreApplication.translate("PrintActions", "The PDF was not saved"), str(error)
        )
        return None
    return path


def run(
    parent: QWidget | None, action: str, paint: Paint, setup: PageSetup, suggested: str
) -> bool:
    """Preview, print or save; True when something was printed or saved."""
    if action == PREVIEW:
        return preview(parent, paint, setup) > 0
    if action == PRINT:
        return print_with_dialog(parent, paint, setup) > 0
    if action == PDF:
        return save_pdf_with_dialog(parent, paint, setup, suggested) is not None
    raise ValueError(f"unknown print action {action!r}")


# ------------------------------------------------------------------------- what the windows call


def sheet_data(
    desk: Desk,
    pathway: Pathway,
    header: ReferralHeader,
    options: SheetOptions,
    lang: str,
    now: datetime | None = None,
) -> SheetData:
    now = now or datetime.now(UTC)
    return SheetData(
        pathway=pathway,
        header=header,
        paper=options.paper,
        lang=lang,
        second_lang=options.second_lang,
        person=dict(options.person),
        notes=options.notes,
        details=pathway_details(desk.directory, pathway, now),
        post_timezone=options.post_timezone,
        post_details=options.post_details,
    )


@dataclass(frozen=True)
class PrintedSheet:
    """A sheet that was printed or saved: its case reference, and whether the log kept it."""

    reference: str
    logged: bool


def sheet_action(
    parent: QWidget | None,
    desk: Desk,
    pathway: Pathway,
    lang: str,
    action: str,
    defaults: SheetOptions | None = None,
    now: datetime | None = None,
) -> PrintedSheet | None:
    """From the wizard's result page: ask the options, then preview, print or save the sheet.

    A printed or saved sheet is kept in the referral log when the caseworker left that
    ticked (the log's notice tells the windows); the print-only person fields and notes
    never reach the log. Returns the sheet printed or saved, else None.
    """
    options = SheetOptionsDialog.ask(parent, lang, defaults)
    if options is None:
        return None
    header = desk.log.new_header(options.post, options.caseworker, now)
    data = sheet_data(desk, pathway, header, options, lang, now)
    logged = options.save_to_log and action != PREVIEW
    saved: list[str] = []

    def paint(device: QPagedPaintDevice) -> int:
        # The log entry is written when the printer or file is chosen, before the first
        # page: if it cannot be written (e.g. the database stays locked), no sheet
        # carries its reference.
        if logged and not saved:
            saved.append(desk.log.save(pathway, header))
        return print_sheet(data, device)

    done = run(parent, action, paint, PageSetup(paper=data.paper), f"{header.reference}.pdf")
    if not done:
        return None
    return PrintedSheet(header.reference, logged)


def reprint_action(
    parent: QWidget | None,
    desk: Desk,
    reference: str,
    lang: str,
    action: str,
    second_lang: str | None = None,
    paper: Paper = Paper.A4,
    post_timezone: str = "UTC",
    post_details: str = "",
) -> bool:
    """From the referral log: rebuild the sheet from what was stored, with today's contact data."""
    now = datetime.now(UTC)
    rebuilt = desk.log.for_reprint(reference, now)
    if rebuilt is None:
        return False
    pathway, header, _gone = rebuilt
    data = SheetData(
        pathway,
        header,
        paper,
        lang,
        second_lang,
        details=pathway_details(desk.directory, pathway, now),
        reprint_of=now,
        post_timezone=post_timezone,
        post_details=post_details,
    )
    return run(
        parent,
        action,
        lambda device: print_sheet(data, device),
        PageSetup(paper=paper),
        f"{reference}.pdf",
    )


def booklet_action(
    parent: QWidget | None,
    desk: Desk,
    lang: str,
    action: str,
    countries: Sequence[str] = ("AT", "BG"),
    favourites: Sequence[str] = (),
    post_timezone: str = "UTC",
) -> bool:
    """From the main window: choose a part of the directory, then preview, print or save it."""
    options = BookletOptionsDialog.ask(parent, lang, countries, favourites)
    if options is None:
        return False
    data = booklet_data(
        booklet_bodies(desk.directory, options.selection),
        desk.directory.info(),
        options.selection,
        lang,
        second_lang=options.second_lang,
        paper=options.paper,
        post_timezone=post_timezone,
    )
    return run(
        parent,
        action,
        lambda device: print_booklet(data, device),
        PageSetup(paper=options.paper),
        f"directory-{data.info.version}.pdf",
    )


def card_action(
    parent: QWidget | None,
    desk: Desk,
    record_id: str,
    lang: str,
    action: str,
    paper: Paper = Paper.A4,
) -> bool:
    """From the main window's detail pane: one body on a card."""
    detail = desk.directory.show(record_id)
    if detail is None:
        return False
    info = desk.directory.info()
    return run(
        parent,
        action,
        lambda device: print_contact_card(detail, info, device, lang, paper=paper),
        PageSetup(paper=paper),
        f"{detail.name.get(lang)}.pdf",
    )
