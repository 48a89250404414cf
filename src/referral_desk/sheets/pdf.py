"""Shared printing: page setup in millimetres, fonts, labels in two languages, paged output."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QTranslator
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from referral_desk.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

LAYOUT_DPI = 1200  # documents are laid out at a printer's resolution, then scaled to the device
MM_PER_INCH = 25.4
FONT_FAMILY = "DejaVu Sans"  # Latin, Cyrillic and Greek in one family; embedded as a subset
SYSTEM_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/share/fonts/dejavu"),
    Path("/Library/Fonts"),
)
SAMPLE_MARK = QT_TRANSLATE_NOOP("Sheet", "SAMPLE DATA – not for operational use")
PAGE_OF = QT_TRANSLATE_NOOP("Sheet", "Page %1 of %2")
DIRECTORY_OF = QT_TRANSLATE_NOOP("Sheet", "Directory %1 of %2")


class Paper(StrEnum):
    A4 = "A4"
    LETTER = "Letter"


@dataclass(frozen=True)
class PageSetup:
    """Paper and margins in millimetres; the footer band sits inside the bottom margin area."""

    paper: Paper = Paper.A4
    left_mm: float = 16.0
    top_mm: float = 14.0
    right_mm: float = 16.0
    bottom_mm: float = 10.0
    footer_mm: float = 11.0

    def page_size(self) -> QPageSize:
        return QPageSize(
            QPageSize.PageSizeId.A4 if self.paper is Paper.A4 else QPageSize.PageSizeId.Letter
        )

    def page_layout(self) -> QPageLayout:
        margins = QMarginsF(self.left_mm, self.top_mm, self.right_mm, self.bottom_mm)
        return QPageLayout(
            self.page_size(), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter
        )

    def body_size(self) -> QSizeF:
        """The text area of one page in layout units (LAYOUT_DPI), without the footer band."""
        paper = self.page_size().size(QPageSize.Unit.Millimeter)
        width = paper.width() - self.left_mm - self.right_mm
        height = paper.height() - self.top_mm - self.bottom_mm - self.footer_mm
        return QSizeF(mm_to_units(width), mm_to_units(height))


@dataclass(frozen=True)
class Footer:
    """What every page carries at the bottom."""

    left: str  # e.g. "Directory 2026.11-sample of 2026-11-01"
    right_template: str  # "Page %1 of %2", already translated
    sample_mark: str | None  # None for a real, signed directory
    centre: str = ""  # e.g. the case reference


def mm_to_units(mm: float) -> float:
    return mm / MM_PER_INCH * LAYOUT_DPI


_layout_device: QImage | None = None


def layout_device() -> QImage:
    """A paint device of LAYOUT_DPI, so that page breaks do not depend on the screen."""
    global _layout_device
    if _layout_device is None:
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        dots_per_metre = round(LAYOUT_DPI / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        _layout_device = image
    return _layout_device


def ensure_fonts() -> str:
    """The family to print with: DejaVu Sans from the system, loaded from its file if needed."""
    if FONT_FAMILY in QFontDatabase.families():
        return FONT_FAMILY
    for folder in SYSTEM_FONT_DIRS:
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
            if (folder / name).exists():
                QFontDatabase.addApplicationFont(str(folder / name))
    return FONT_FAMILY if FONT_FAMILY in QFontDatabase.families() else QFont().defaultFamily()


def print_font(point_size: float) -> QFont:
    """The print font, without ligatures: "ffi" must come back from the PDF as three letters."""
    font = QFont(ensure_fonts())
    font.setPointSizeF(point_size)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def new_document(setup: PageSetup, css: str, point_size: float = 9.0) -> QTextDocument:
    """An empty document laid out on the page body of ``setup``."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(layout_device())
    document.setDefaultFont(print_font(point_size))
    document.setDefaultStyleSheet(css)
    document.setDocumentMargin(0)
    document.setPageSize(setup.body_size())
    return document


def esc(value: object) -> str:
    """Every value from the directory or typed by a person goes through here."""
    return html.escape(str(value), quote=True)


# ----------------------------------------------------------------------------- translations


def qm_candidates(lang: str) -> list[Path]:
    from referral_desk.paths import resources_dir

    folder = resources_dir() / "i18n"
    return [folder / f"referral_desk_{lang}.qm"]


def _build_missing_qm(paths: list[Path]) -> None:
    """Compile a .ts next to a missing .qm (a source checkout that has not run dev.py yet)."""
    missing = [p for p in paths if not p.exists() and p.with_suffix(".ts").exists()]
    if not missing:
        return
    try:
        from referral_desk.i18n_build import build

        build(missing[0].parent)
    except (FileNotFoundError, OSError):
        pass  # a frozen build ships its .qm files; without lrelease we print in English


class LanguageLabels:
    """Qt translations for one language, held in their own QTranslators (not installed)."""

    def __init__(self, lang: str, files: list[Path] | None = None) -> None:
        self.lang = lang
        self._translators: list[QTranslator] = []
        if lang == "en":
            return
        paths = files if files is not None else qm_candidates(lang)
        if files is None:
            _build_missing_qm(paths)
        for path in paths:
            translator = QTranslator()
            if path.exists() and translator.load(str(path)):
                self._translators.append(translator)

    def __call__(self, context: str, text: str) -> str:
        for translator in self._translators:
            translated = translator.translate(context, text)
            if translated:
                return translated
        return text


def labels_for(lang: str) -> Translate:
    """A translate function for ``lang`` from its .qm files; English as written."""
    return untranslated if lang == "en" else LanguageLabels(lang)


@dataclass(frozen=True)
class Bilingual:
    """Labels in the sheet's language and, when chosen, a second one: "Assessment / Оценка"."""

    first: Translate
    second: Translate | None = None

    def both(self, context: str, text: str) -> str:
        one = self.first(context, text)
        if self.second is None:
            return one
        two = self.second(context, text)
        return one if two == one else f"{one} / {two}"

    def html(self, context: str, text: str) -> str:
        """Escaped label, the second language in a lighter style."""
        one = self.first(context, text)
        if self.second is None:
            return esc(one)
        two = self.second(context, text)
        if two == one:
            return esc(one)
        return f'{esc(one)} <span class="second">/ {esc(two)}</span>'

    def lines(self, context: str, text: str) -> list[str]:
        one = self.first(context, text)
        two = self.second(context, text) if self.second else one
        return [one] if two == one else [one, two]


def bilingual(lang: str, second_lang: str | None) -> Bilingual:
    second = labels_for(second_lang) if second_lang and second_lang != lang else None
    return Bilingual(labels_for(lang), second)


def fill(template: str, *values: object) -> str:
    """Qt-style %1 %2 placeholders, highest first so that %1 never eats %10."""
    for index in range(len(values), 0, -1):
        template = template.replace(f"%{index}", str(values[index - 1]))
    return template


# ----------------------------------------------------------------------------- output


def configure(device: QPagedPaintDevice, setup: PageSetup) -> None:
    device.setPageLayout(setup.page_layout())


def paint_document(
    document: QTextDocument,
    device: QPagedPaintDevice,
    footer: Footer,
    on_page: Callable[[QPainter, int, QRectF], None] | None = None,
) -> int:
    """Paint the paginated document page by page, with the footer on each; return the page count.

    The document keeps the page breaks it was laid out with; it is scaled to fit
    the width of the device's printable area (the same for A4 and Letter setups).
    """
    body = document.pageSize()
    pages = max(1, document.pageCount())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("The printer or PDF file cannot be opened for writing.")
    try:
        area = device.pageLayout().paintRectPixels(device.logicalDpiX())
        width, height = float(area.width()), float(area.height())
        scale = width / body.width()
        footer_top = min(body.height() * scale, height - _footer_height(device))
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -index * body.height())
            document.drawContents(
                painter, QRectF(0, index * body.height(), body.width(), body.height())
            )
            painter.restore()
            band = QRectF(0, footer_top, width, height - footer_top)
            _paint_footer(painter, device, band, footer, index + 1, pages)
            if on_page is not None:
                on_page(painter, index + 1, QRectF(0, 0, width, height))
    finally:
        painter.end()
    return pages


def _footer_height(device: QPagedPaintDevice) -> float:
    return mm_to_units(9.0) * float(device.logicalDpiX()) / LAYOUT_DPI


def _paint_footer(
    painter: QPainter,
    device: QPagedPaintDevice,
    band: QRectF,
    footer: Footer,
    page: int,
    pages: int,
) -> None:
    dots_per_mm = float(device.logicalDpiX()) / MM_PER_INCH
    painter.save()
    painter.setPen(QPen(QColor("#777777"), 0.2 * dots_per_mm))
    top = band.top() + 1.5 * dots_per_mm
    painter.drawLine(int(band.left()), int(top), int(band.right()), int(top))
    font = print_font(7.0)
    painter.setFont(font)
    painter.setPen(QColor("#333333"))
    line = QRectF(band.left(), top + 0.8 * dots_per_mm, band.width(), 4 * dots_per_mm)
    align = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(line, int(align | Qt.AlignmentFlag.AlignLeft), footer.left)
    painter.drawText(
        line, int(align | Qt.AlignmentFlag.AlignRight), fill(footer.right_template, page, pages)
    )
    if footer.centre:
        painter.drawText(line, int(align | Qt.AlignmentFlag.AlignHCenter), footer.centre)
    if footer.sample_mark:
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSizeF(7.5)
        painter.setFont(bold)
        painter.setPen(QColor("#b00020"))
        mark = QRectF(band.left(), line.bottom() + 0.3 * dots_per_mm, band.width(), 4 * dots_per_mm)
        painter.drawText(mark, int(align | Qt.AlignmentFlag.AlignHCenter), footer.sample_mark)
    painter.restore()


def pdf_printer(path: Path, setup: PageSetup, title: str = "") -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setCreator("Referral Desk")
    if title:
        printer.setDocName(title)
    configure(printer, setup)
    return printer
