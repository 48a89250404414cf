"""Writing HSDS 3.0 files: one JSON document, or a tabular data package of CSV files.

Both are written record by record, so a large directory never sits in memory
twice, and each file appears under its name only once it is complete.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import IO, Any, Literal

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.exchange.hsds.export import (
    CONFIDENTIAL_NOTICE,
    Exporter,
    ExportOptions,
    extension,
)
from referral_desk.exchange.hsds.problems import Place
from referral_desk.exchange.hsds.rows import Flattener, Row
from referral_desk.exchange.hsds.tables import TABLES, datapackage
from referral_desk.exchange.hsds.terms import FIELD_TERMS, hsds_taxonomies

Shape = Literal["organizations", "services"]
JsonObject = dict[str, Any]
# The tables an export writes, in the order of the HSDS data package.
_NOWHERE = Place("export")
WRITTEN_TABLES = [
    "organization",
    "service",
    "attribute",
    "service_at_location",
    "location",
    "phone",
    "contact",
    "address",
    "schedule",
    "service_area",
    "language",
    "taxonomy_term",
    "metadata",
    "taxonomy",
]


def _page(count: int) -> JsonObject:
    """The paging fields of the HSDS API's list responses, for one page holding everything."""
    return {
        "total_items": count,
        "total_pages": 1,
        "page_number": 1,
        "size": count,
        "first_page": True,
        "last_page": True,
        "empty": count == 0,
    }


def _items(exporter: Exporter, shape: Shape) -> tuple[int, Iterator[JsonObject]]:
    organizations = exporter.content["organizations"]
    if shape == "organizations":
        return len(organizations), exporter.organizations()
    return sum(len(o["services"]) for o in organizations), exporter.services()


def export_document(
    directory: DirectoryFile,
    options: ExportOptions | None = None,
    shape: Shape = "organizations",
) -> JsonObject:
    """The whole HSDS JSON document in memory (``write_json`` streams the same to a file)."""
    options = options or ExportOptions()
    exporter = Exporter(directory.content, options)
    count, items = _items(exporter, shape)
    return {**_page(count), "contents": list(items), **extension(directory.content, options)}


def write_json(
    directory: DirectoryFile,
    path: Path,
    options: ExportOptions | None = None,
    shape: Shape = "organizations",
) -> None:
    """Write the directory as an HSDS JSON document: a page of organization_full objects
    (or of service_full objects), with the data set's own block under ``referral_desk``."""
    options = options or ExportOptions()
    exporter = Exporter(directory.content, options)
    count, items = _items(exporter, shape)
    with _replacing(path) as out:
        head = json.dumps(_page(count))
        out.write(head[:-1] + ',\n"contents": [')
        for index, item in enumerate(items):
            out.write(",\n" if index else "\n")
            out.write(json.dumps(item, ensure_ascii=False))
        tail = json.dumps(extension(directory.content, options), ensure_ascii=False)
        out.write("\n],\n" + tail[1:] + "\n")


class _replacing:
    """A text file written beside ``path`` and moved onto it only when complete."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.temporary = path.with_name(f".{path.name}.partial")

    def __enter__(self) -> IO[str]:
        self.file = self.temporary.open("w", encoding="utf-8", newline="")
        return self.file

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        self.file.close()
        if kind is None:
            os.replace(self.temporary, self.path)
        else:
            self.temporary.unlink(missing_ok=True)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_tabular(
    directory: DirectoryFile,
    folder: Path,
    options: ExportOptions | None = None,
    today: date | None = None,
) -> list[Path]:
    """Write the directory as an HSDS tabular data package: ``datapackage.json`` and one
    CSV file per table, into ``folder`` (created if needed). Returns the files written."""
    options = options or ExportOptions()
    content = directory.content
    exporter = Exporter(content, options)
    folder.mkdir(parents=True, exist_ok=True)
    seen_terms: set[str] = set()
    paths = [folder / TABLES[name].path for name in WRITTEN_TABLES]
    with ExitStack() as stack:
        writers = {}
        for name, path in zip(WRITTEN_TABLES, paths, strict=True):
            handle = stack.enter_context(_replacing(path))
            writers[name] = csv.writer(handle, lineterminator="\r\n")
            writers[name].writerow(TABLES[name].column_names)

        def write(row: Row) -> None:
            if row.table == "taxonomy_term":
                if row.values["id"] in seen_terms:
                    return
                seen_terms.add(row.values["id"])
            columns = TABLES[row.table].column_names
            writers[row.table].writerow([_cell(row.values.get(c)) for c in columns])

        for taxonomy in hsds_taxonomies():
            write(Row("taxonomy", taxonomy, _NOWHERE))
        for term in [*exporter.terms.values(), *FIELD_TERMS.values()]:
            write(Row("taxonomy_term", term, _NOWHERE))
        flattener = Flattener("export", write)
        for index, organization in enumerate(exporter.organizations()):
            flattener.flatten("organization", organization, f"/{index}")
    block = extension(content, options)
    info = content["directory"]
    description = info["notice"]["en"]
    if options.include_confidential_addresses:
        description = f"{CONFIDENTIAL_NOTICE} {description}"
    package = datapackage(
        WRITTEN_TABLES,
        title=info["name"]["en"],
        version=info["version"],
        created=(today or date.today()).isoformat(),
        description=description,
        extension=block,
    )
    descriptor = folder / "datapackage.json"
    with _replacing(descriptor) as out:
        out.write(json.dumps(package, ensure_ascii=False, indent=2) + "\n")
    return [descriptor, *paths]
