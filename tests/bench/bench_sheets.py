"""Benchmark: the referral sheet vs a bare QTextDocument print; the booklet at two sizes.

.venv/bin/python tests/bench/bench_sheets.py [--bodies 5000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from synthetic import build_synthetic_db

from referral_desk.domain.booklet import BookletSelection
from referral_desk.domain.case import Case
from referral_desk.services.desk import Desk
from referral_desk.services.printouts import booklet_bodies, pathway_details
from referral_desk.sheets.booklet import booklet_data, write_booklet_pdf
from referral_desk.sheets.referral_sheet import (
    SheetData,
    sheet_html,
    write_sheet_pdf,
)

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


def bare_pdf(html: str, path: Path) -> None:
    """The same HTML through a plain QTextDocument.print(): no pagination of our own, no footer."""
    document = QTextDocument()
    document.setHtml(html)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    document.print_(printer)


def timed(function: object, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bodies", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication([])
    import json

    from referral_desk.services.pathway import case_from_json

    with tempfile.TemporaryDirectory(prefix="bench-sheets-") as folder:
        out = Path(folder)
        desk = Desk.open(out / "sample.sqlite3", ROOT / "data" / "directory.json")
        directory = desk.directory
        case: Case = case_from_json(
            json.loads((ROOT / "data/cases/bg-child-begging-vienna.json").read_text())
        )
        pathway = desk.pathways.make(case, NOW)
        data = SheetData(
            pathway,
            desk.log.new_header("Post", "Caseworker", NOW),
            lang="de",
            second_lang="bg",
            details=pathway_details(directory, pathway, NOW),
        )
        html = sheet_html(data)
        sheet = timed(lambda: write_sheet_pdf(data, out / "sheet.pdf"), args.runs)
        bare = timed(lambda: bare_pdf(html, out / "bare.pdf"), args.runs)
        print(
            f"sheet to PDF: {sheet * 1000:.0f} ms; bare QTextDocument.print: {bare * 1000:.0f} ms; "
            f"ratio {sheet / bare:.2f} (goal <= 1.5)"
        )

        for label, db_desk in (("sample directory", desk), ("synthetic", None)):
            if db_desk is None:
                build_synthetic_db(out / "synthetic.sqlite3", args.bodies)
                db_desk = Desk.open(out / "synthetic.sqlite3")
            start = time.perf_counter()
            selection = BookletSelection()
            bodies = booklet_bodies(db_desk.directory, selection, NOW)
            booklet = booklet_data(
                bodies, db_desk.directory.info(), selection, "en", NOW, second_lang="bg"
            )
            collected = time.perf_counter() - start
            start = time.perf_counter()
            pages = write_booklet_pdf(booklet, out / "booklet.pdf")
            printed = time.perf_counter() - start
            bodies = sum(len(group[2]) for group in booklet.groups)
            print(
                f"booklet, {label}: {bodies} bodies listed, {pages} pages; "
                f"reading {collected:.1f} s, layout and PDF {printed:.1f} s"
            )
            db_desk.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
