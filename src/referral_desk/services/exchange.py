"""Import and export of the whole directory: HSDS 3.0 and workbooks (XLSX, ODS, CSV).

``export(path, format)`` writes the directory in force; confidential addresses
only when asked for. ``check_import(path)`` reads a file whole, checks it the
way a directory update is checked and builds the same preview (the records
of the countries the file holds are replaced, the others stay); nothing is
written. ``apply_import(preview)`` writes exactly that in one transaction, or
nothing, the way a signed update is applied: the import is a line of the
update history, kept with the directory it replaced, and ``Updates.undo``
puts that back. A file exported without confidential addresses keeps the addresses
the directory already holds for those places.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.domain.i18n import Translate, untranslated
from referral_desk.domain.local_time import zones_of_country
from referral_desk.exchange.directory_json import check_directory
from referral_desk.exchange.hsds import ExportOptions, HsdsError, ImportOptions, read_hsds
from referral_desk.exchange.hsds.options import default_taxonomy
from referral_desk.exchange.hsds.problems import Code, Place, Problem
from referral_desk.exchange.hsds.writers import Shape, write_json, write_tabular
from referral_desk.exchange.refusals import Refusal, UpdateRefused
from referral_desk.exchange.spreadsheet import (
    SheetError,
    SheetExportOptions,
    SheetFormat,
    SheetImportOptions,
    read_workbook,
    workbook_format,
    write_workbook,
)
from referral_desk.exchange.update_preview import Comparison, compare_directories, merge_update
from referral_desk.services.changes import Changes
from referral_desk.services.updates import HistoryEntry, ImportedFile, replace_and_record
from referral_desk.store import db, update_store

log = logging.getLogger(__name__)
IMPORT_ERRORS = (HsdsError, SheetError)


class ExportFormat(StrEnum):
    HSDS_JSON = "hsds-json"
    HSDS_CSV = "hsds-csv"  # the HSDS tabular data package: a folder
    XLSX = "xlsx"
    ODS = "ods"
    CSV = "csv"  # the workbook as a folder of CSV files

    @property
    def is_folder(self) -> bool:
        return self in (ExportFormat.HSDS_CSV, ExportFormat.CSV)


HSDS_FORMATS = (ExportFormat.HSDS_JSON, ExportFormat.HSDS_CSV)
SUFFIXES = {ExportFormat.HSDS_JSON: ".json", ExportFormat.XLSX: ".xlsx", ExportFormat.ODS: ".ods"}


class Finding(Protocol):
    """One line of an import's report or refusal, worded in the language asked for."""

    def message(self, translate: Translate = untranslated, lang: str = "en") -> str: ...


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: ExportFormat
    counts: Mapping[str, int]
    confidential_addresses: bool


@dataclass(frozen=True)
class ImportPreview:
    """A file read and checked, and what it would change; ``apply_import`` writes this."""

    path: Path
    format: ExportFormat
    comparison: Comparison
    merged: Mapping[str, Any]
    countries: tuple[str, ...]
    read: Mapping[str, int]  # records per kind in the file
    report: tuple[Finding, ...]  # what the file holds that the directory cannot
    confidential_addresses: bool
    base_sha256: str
    file_sha256: str = ""  # of the file read (empty for a folder)


def import_format(path: Path) -> ExportFormat:
    """Which kind of file ``path`` is, by its name (and, for a folder, what it holds)."""
    kind = workbook_format(path)
    if kind is not None:
        return ExportFormat(kind.value)
    if path.is_dir() or path.suffix.lower() == ".csv" or path.name == "datapackage.json":
        return ExportFormat.HSDS_CSV
    return ExportFormat.HSDS_JSON


def _counts(content: Mapping[str, Any]) -> dict[str, int]:
    from referral_desk.exchange.update_preview import count_records

    return count_records(content)


class Exchange:
    """The directory in and out of files: plain values out, a notice after an import."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        notify: Callable[[Changes], None],
        back_up: Callable[[], None] = lambda: None,
    ) -> None:
        self._sessions = sessions
        self._notify = notify
        self._back_up = back_up

    def _source(self) -> tuple[dict[str, Any], str]:
        with self._sessions() as session:
            source = update_store.source(session)
        if source is None:
            raise UpdateRefused(Refusal.NO_SOURCE)
        return source

    # -- export

    def export(
        self,
        path: Path,
        kind: ExportFormat,
        *,
        include_confidential_addresses: bool = False,
        translate: Translate = untranslated,
        lang: str = "en",
        progress: Callable[[int], None] | None = None,
        hsds_shape: Shape = "organizations",
    ) -> ExportResult:
        """Write the directory in force to ``path`` (a folder for the CSV formats); HSDS JSON
        as organization_full objects, or with ``hsds_shape`` "services" service_full ones."""
        content, sha256 = self._source()
        directory = DirectoryFile(content, sha256)
        if kind is ExportFormat.HSDS_JSON:
            write_json(directory, path, ExportOptions(include_confidential_addresses), hsds_shape)
        elif kind is ExportFormat.HSDS_CSV:
            write_tabular(directory, path, ExportOptions(include_confidential_addresses))
        else:
            options = SheetExportOptions(include_confidential_addresses, translate, lang)
            write_workbook(directory, path, SheetFormat(kind.value), options, progress)
        if include_confidential_addresses:
            log.warning("Directory exported with confidential addresses (%s)", kind.value)
        return ExportResult(path, kind, _counts(content), include_confidential_addresses)

    # -- import

    def check_import(
        self,
        path: Path,
        today: date | None = None,
        *,
        country: str | None = None,
        timezone: str | None = None,
    ) -> ImportPreview:
        """Read and check the file at ``path`` whole, and what it would change; nothing is
        written. Raises HsdsError or SheetError naming every problem. ``country`` (and
        ``timezone``, else the country's main zone) places the bodies and places of an
        HSDS file that does not say where they are; the report names each so placed."""
        today = today or datetime.now(UTC).date()
        current, base_sha256 = self._source()
        kept = _confidential_places(current)
        kind = import_format(path)
        report: Sequence[Finding]
        if kind in HSDS_FORMATS:
            hsds_options = ImportOptions(
                today=today,
                kept_addresses=kept,
                # another source's file: the directory's own terms label its services
                taxonomy=_terms_with_defaults(current.get("taxonomy", [])),
                country=country,
                timezone=timezone or next(iter(zones_of_country(country)), None),
            )
            hsds = read_hsds(path, hsds_options)
            imported, report, confidential = (
                hsds.directory,
                hsds.report,
                hsds.confidential_addresses,
            )
        else:
            options = SheetImportOptions(today=today, kept_addresses=kept, current=current)
            sheets = read_workbook(path, options)  # checked as merged into the directory
            imported, report = sheets.directory, sheets.report
            confidential = sheets.confidential_addresses
        countries = tuple(sorted({org["country"] for org in imported.content["organizations"]}))
        merged = merge_update(current, imported.content, countries)
        problems = [] if kind not in HSDS_FORMATS else check_directory(merged)
        if problems:
            raise HsdsError(
                [
                    Problem(Place(path.name), Code.DIRECTORY_CHECK, {"problem": p})
                    for p in problems[:20]
                ]
            )
        comparison = compare_directories(current, merged, countries)
        return ImportPreview(
            file_sha256=_file_sha256(path),
            path=path,
            format=kind,
            comparison=comparison,
            merged=merged,
            countries=countries,
            read=_counts(imported.content),
            report=tuple(report),
            confidential_addresses=confidential,
            base_sha256=base_sha256,
        )

    def apply_import(self, preview: ImportPreview, now: datetime | None = None) -> Comparison:
        """Write the previewed import in one transaction: the old directory or the new one.
        The import goes into the update history and can be undone like an update."""
        now = (now or datetime.now(UTC)).replace(tzinfo=None, microsecond=0)
        entry = HistoryEntry(
            publisher=update_store.IMPORTED,
            countries=preview.countries,
            created=now,
            file_sha256=preview.file_sha256,
            file=ImportedFile(preview.path.name, preview.format.value),
        )
        self._back_up()
        try:
            with self._sessions() as session, session.begin():
                if update_store.source_sha256(session) != preview.base_sha256:
                    raise UpdateRefused(Refusal.CHANGED_SINCE_PREVIEW)
                replace_and_record(session, preview.merged, preview.comparison, entry, now)
        except SQLAlchemyError as error:
            raise db.DatabaseError(
                f"The directory was not changed: {getattr(error, 'orig', None) or error}"
            ) from error
        comparison = preview.comparison
        log.info(
            "Directory imported from a %s file: %s added, %s retired, %s changed",
            preview.format.value,
            len(comparison.added),
            len(comparison.retired),
            len(comparison.changed),
        )
        self._notify(Changes(directory=True))
        return comparison


def _file_sha256(path: Path) -> str:
    """The SHA-256 of a file read in pieces; empty for a folder."""
    if not path.is_file():
        return ""
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _confidential_places(content: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The address and position of every confidential location, by id."""
    return {
        location["id"]: {
            "address": location["address"],
            "latitude": location["latitude"],
            "longitude": location["longitude"],
        }
        for org in content.get("organizations", [])
        for location in org["locations"]
        if location["confidential"]
    }


def _terms_with_defaults(terms: Sequence[Mapping[str, Any]]) -> tuple[dict[str, Any], ...]:
    """The directory's taxonomy terms, and a default one for each code it has no term for."""
    held = {(term["taxonomy"], term["code"]) for term in terms}
    missing = [t for t in default_taxonomy() if (t["taxonomy"], t["code"]) not in held]
    return (*(dict(term) for term in terms), *missing)
