"""The directory as a workbook a coordinator can fill in by hand: XLSX, ODS or CSV files.

What the services call:

- ``write_workbook(directory, path, format, options)`` writes the directory;
  confidential addresses are left out unless ``include_confidential_addresses``
  is set, and the file says which.
- ``read_workbook(path, options)`` reads a workbook (an .xlsx or .ods file, or
  a folder of CSV files) into a checked ``DirectoryFile`` with the report of
  what could not be kept; it raises ``SheetError`` naming the sheet, row and
  column of every problem, and changes nothing else.

``docs/spreadsheets.md`` describes the sheets.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.domain.i18n import Translate, untranslated
from referral_desk.exchange.hsds.problems import Code, Findings
from referral_desk.exchange.hsds.readers import MAX_FILE_BYTES, MEGABYTE
from referral_desk.exchange.spreadsheet.build import (
    SheetImport,
    SheetImportOptions,
    SheetTable,
    build_directory,
)
from referral_desk.exchange.spreadsheet.csv_folder import (
    is_sheet_folder,
    read_csv_folder,
    write_csv_folder,
)
from referral_desk.exchange.spreadsheet.export_rows import text_languages
from referral_desk.exchange.spreadsheet.layout import Layout
from referral_desk.exchange.spreadsheet.problems import (
    SheetError,
    SheetFindings,
    SheetPlace,
    SheetProblem,
)

__all__ = [
    "SheetError",
    "SheetExportOptions",
    "SheetFormat",
    "SheetImport",
    "SheetImportOptions",
    "SheetProblem",
    "is_sheet_folder",
    "read_workbook",
    "workbook_format",
    "write_workbook",
]


class SheetFormat(StrEnum):
    XLSX = "xlsx"
    ODS = "ods"
    CSV = "csv"  # a folder of CSV files


@dataclass(frozen=True)
class SheetExportOptions:
    """What an export may contain, and the language of its headers and notes."""

    include_confidential_addresses: bool = False
    translate: Translate = untranslated
    lang: str = "en"


def workbook_format(path: Path) -> SheetFormat | None:
    """The workbook format of ``path``, or None when it is not a workbook."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return SheetFormat.XLSX
    if suffix == ".ods":
        return SheetFormat.ODS
    if path.is_dir() and is_sheet_folder(path):
        return SheetFormat.CSV
    if suffix == ".csv" and is_sheet_folder(path.parent):
        return SheetFormat.CSV
    return None


def write_workbook(
    directory: DirectoryFile,
    path: Path,
    kind: SheetFormat,
    options: SheetExportOptions | None = None,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Write the directory as a workbook (for CSV, ``path`` is the folder)."""
    options = options or SheetExportOptions()
    content = directory.content
    with_addresses = options.include_confidential_addresses
    layout = Layout(text_languages(content), options.translate, options.lang, with_addresses)
    report = progress or (lambda _done: None)
    if kind is SheetFormat.XLSX:
        from referral_desk.exchange.spreadsheet.xlsx import write_xlsx

        temporary = path.with_name(f".{path.name}.partial")
        try:
            write_xlsx(content, temporary, layout, with_addresses, report)
            temporary.replace(path)
        finally:
            temporary.unlink(missing_ok=True)
    elif kind is SheetFormat.ODS:
        from referral_desk.exchange.spreadsheet.ods import write_ods

        write_ods(content, path, layout, with_addresses, report)
    else:
        write_csv_folder(content, path, layout, with_addresses, report)


def read_workbook(path: Path, options: SheetImportOptions) -> SheetImport:
    """Import a workbook: an .xlsx or .ods file, or a folder of CSV files (or one of them)."""
    kind = workbook_format(path)
    findings = SheetFindings()
    place = SheetPlace(path.name)
    if kind is SheetFormat.CSV:
        folder = path if path.is_dir() else path.parent
        csv_findings = Findings()
        tables = read_csv_folder(folder, csv_findings)
        for problem in csv_findings.errors:
            findings.error(SheetPlace(problem.place.file), problem.code, None, **problem.params)
        findings.raise_errors()
        return build_directory(folder.name, _by_key(tables, findings), options)
    if not path.is_file():
        findings.error(place, Code.NOT_FOUND)
        findings.raise_errors()
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        findings.error(place, Code.TOO_LARGE, limit=str(MAX_FILE_BYTES // MEGABYTE))
        findings.raise_errors()
    try:
        if kind is SheetFormat.XLSX:
            from referral_desk.exchange.spreadsheet.xlsx import read_xlsx

            tables = read_xlsx(path)
        else:
            from referral_desk.exchange.spreadsheet.ods import read_ods

            tables = read_ods(path)
    except OSError as error:
        findings.error(place, Code.UNREADABLE, reason=error.strerror or str(error))
        findings.raise_errors()
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, EOFError) as error:
        findings.error(place, Code.UNREADABLE, reason="not_workbook")
        raise SheetError(findings.errors) from error
    except Exception as error:  # python-calamine's own errors (not a zip, damaged XML)
        if type(error).__module__.startswith("python_calamine"):
            findings.error(place, Code.UNREADABLE, reason="not_workbook")
            raise SheetError(findings.errors) from error
        raise
    return build_directory(path.name, _by_key(tables, findings), options)


def _by_key(tables: list[SheetTable], findings: SheetFindings) -> dict[str, SheetTable]:
    out: dict[str, SheetTable] = {}
    for table in tables:
        if table.key in out:  # the same table twice: the first is taken, the second reported
            out[f"{table.key} ({len(out) + 1})"] = SheetTable(table.key, [], table.rows)
        else:
            out[table.key] = table
    return out
