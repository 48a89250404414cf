"""Open Referral HSDS 3.0 in and out: JSON documents and tabular data packages.

What the services call:

- ``write_json(directory, path, options)`` and ``write_tabular(directory, folder,
  options)`` export a checked directory; ``ExportOptions`` leaves confidential
  addresses out unless ``include_confidential_addresses`` is set.
- ``read_hsds(path, options)`` imports a JSON document, a ``datapackage.json``
  or a folder of HSDS CSV tables into a checked ``DirectoryFile``, with the
  report of what could not be kept; it raises ``HsdsError`` (every problem
  with its file, table, row and field) and changes nothing else.

``docs/hsds-mapping.md`` says where each field of the directory file goes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from referral_desk.exchange.hsds.export import ExportOptions
from referral_desk.exchange.hsds.importer import build_directory
from referral_desk.exchange.hsds.options import HsdsImport, ImportOptions
from referral_desk.exchange.hsds.problems import Code, Findings, HsdsError, Place, Problem
from referral_desk.exchange.hsds.readers import document_rows, json_rows, tabular_rows
from referral_desk.exchange.hsds.writers import export_document, write_json, write_tabular

__all__ = [
    "Code",
    "ExportOptions",
    "HsdsError",
    "HsdsImport",
    "ImportOptions",
    "Place",
    "Problem",
    "export_document",
    "import_document",
    "read_hsds",
    "write_json",
    "write_tabular",
]


def is_tabular(path: Path) -> bool:
    return path.is_dir() or path.name == "datapackage.json" or path.suffix.lower() == ".csv"


@contextmanager
def _bulk() -> Iterator[None]:
    """Build many small objects without the cyclic collector: it would rescan them all,
    over and over, and nothing an import makes holds a cycle worth collecting early."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_hsds(path: Path, options: ImportOptions) -> HsdsImport:
    """Import an HSDS JSON document, or a tabular package (its folder or datapackage.json)."""
    with _bulk():
        return _read(path, options)


def _read(path: Path, options: ImportOptions) -> HsdsImport:
    findings = Findings()
    if is_tabular(path):
        rows, block = tabular_rows(path if path.suffix.lower() != ".csv" else path.parent, findings)
        name = path.name if path.is_dir() else path.parent.name
    else:
        rows, block = json_rows(path, findings)
        name = path.name
    findings.raise_errors()
    return build_directory(name, rows, block, options, findings)


def import_document(document: Any, file: str, options: ImportOptions) -> HsdsImport:
    """Import an HSDS JSON document that is already parsed; ``file`` names it in messages."""
    with _bulk():
        findings = Findings()
        rows, block = document_rows(document, file, findings)
        findings.raise_errors()
        return build_directory(file, rows, block, options, findings)
