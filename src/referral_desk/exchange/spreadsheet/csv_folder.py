"""The directory workbook as a folder of CSV files: one per sheet, and a read-me.

UTF-8 with a byte order mark (so that spreadsheet programs read the
Cyrillic right), CRLF line ends, headers as in the workbook. CSV has no
notes or drop-down lists: ``read-me.txt`` explains every column instead.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from referral_desk.exchange.hsds.problems import Code, Findings, Place
from referral_desk.exchange.hsds.readers import read_text
from referral_desk.exchange.spreadsheet.build import SheetTable
from referral_desk.exchange.spreadsheet.columns import SHEET_BY_KEY, SHEETS
from referral_desk.exchange.spreadsheet.export_rows import JsonObject, sheet_rows
from referral_desk.exchange.spreadsheet.layout import Layout
from referral_desk.exchange.spreadsheet.sheet_reading import sort_out

README = "read-me.txt"


def write_csv_folder(
    content: JsonObject,
    folder: Path,
    layout: Layout,
    with_addresses: bool,
    progress: Callable[[int], None],
) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    done = 0
    for sheet in SHEETS:
        path = folder / f"{sheet.key}.csv"
        temporary = path.with_name(f".{path.name}.partial")
        with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(layout.headers(sheet))
            for row in sheet_rows(sheet, content, layout.languages, with_addresses):
                writer.writerow(row)
                done += 1
                if done % 1000 == 0:
                    progress(done)
        temporary.replace(path)
        written.append(path)
    lines = []
    for row in layout.readme_rows():
        lines.append("  ".join(cell for cell in row if cell))
    (folder / README).write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    progress(done)
    return [folder / README, *written]


def is_sheet_folder(folder: Path) -> bool:
    """Whether a folder holds the CSV files of a directory workbook (not an HSDS package)."""
    if (folder / "datapackage.json").is_file():
        return False
    return (folder / README).is_file() or any(
        (folder / f"{key}.csv").is_file() for key in ("hours", "service_categories", "terms")
    )


def read_csv_folder(folder: Path, findings: Findings) -> list[SheetTable]:
    tables = []
    for path in sorted(folder.glob("*.csv")):
        content = read_text(path, findings, Place(path.name))
        if content is None:
            continue
        try:
            rows = list(csv.reader(io.StringIO(content, newline=""), strict=True))
        except csv.Error:
            findings.error(Place(path.name), Code.NOT_CSV, reason="csv_syntax")
            continue
        key = path.stem if path.stem in SHEET_BY_KEY else path.name
        found = sort_out(key, rows)
        if found is not None:
            tables.append(found)
    return tables
