"""Imports run one way: every import of the package checked against one table of layers.

The table (``ALLOWED``) says which layers each layer's modules may import; a
layer may always import itself. Every ``import`` is checked, at the top of a
module, inside a function or under ``TYPE_CHECKING`` alike, and no module may
use another module's ``_private`` names. Qt and the database libraries have
their own columns: which layers may load them at all.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = "referral_desk"
SOURCE = Path(__file__).resolve().parent.parent / "src" / PACKAGE

# Each layer and the layers it may import, lowest first. The package root
# (``referral_desk/__init__.py``) holds only the version and may be imported by all.
ALLOWED: dict[str, frozenset[str]] = {
    # pure Python: entities, vocabularies, rules, text, hours, phones, languages
    "domain": frozenset(),
    # where resources, data and the user's folders are (source, wheel or frozen)
    "paths": frozenset(),
    # writing a file whole or not at all (settings, keys, the settings kept with backups)
    "atomic_file": frozenset(),
    # the log of unexpected errors, for the command line and the app alike
    "error_log": frozenset({"paths"}),
    # compiles the .ts translations into .qm files (a build step the sheets may run)
    "i18n_build": frozenset({"paths"}),
    # file formats <-> domain objects; no database (siblings with the store)
    "exchange": frozenset({"domain", "paths", "atomic_file"}),
    # SQLAlchemy models, migrations, search index; never a file format
    "store": frozenset({"domain", "paths", "atomic_file"}),
    # use cases over the store and the file formats
    "services": frozenset({"domain", "exchange", "store", "paths"}),
    # the caseworker's settings file: one typed object
    "settings": frozenset({"domain", "paths", "atomic_file"}),
    # documents from the plain data the services hand over; never a service or the database
    "sheets": frozenset({"domain", "paths", "i18n_build"}),
    # widgets; they reach data only through the services, never the store
    "ui": frozenset(
        {"domain", "exchange", "services", "sheets", "settings", "paths", "i18n_build", "error_log"}
    ),
    # --self-test: a fresh database, searched (and, once it prints, a sheet)
    "selftest": frozenset({"domain", "services", "sheets", "paths"}),
    # the command line: the same services; with no command it starts the app
    "cli": frozenset(
        {
            "domain",
            "exchange",
            "services",
            "sheets",
            "settings",
            "paths",
            "selftest",
            "ui",
            "error_log",
        }
    ),
    # python -m referral_desk
    "__main__": frozenset({"cli"}),
}
ROOT_LAYER = PACKAGE  # the package's own __init__: the version

# Qt: the layers that may import it, and which of its modules. Sheets print
# through QTextDocument and QPrinter (QtGui, QtPrintSupport), never widgets.
QT_PACKAGES = ("PySide6", "shiboken6")
PRINTING_QT = frozenset({"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtPrintSupport"})
QT_ALLOWED: dict[str, frozenset[str] | None] = {  # None: any Qt module
    "sheets": PRINTING_QT,
    "cli": PRINTING_QT,  # a QGuiApplication for printing sheets and booklets
    "selftest": PRINTING_QT,
    "i18n_build": frozenset({"PySide6"}),  # only to find lrelease next to it
    "ui": None,
}
# The database libraries: only the store and the services that use it.
DATABASE_PACKAGES = ("sqlalchemy", "alembic")
DATABASE_LAYERS = frozenset({"store", "services"})

# Imports that still run the wrong way, each with the change that removes it.
# The test fails on any other violation, and on an entry here that no longer
# occurs, so this list only shrinks.
PENDING: dict[tuple[str, str], str] = {}


@dataclass(frozen=True, order=True)
class Violation:
    """One import that breaks the table: which module, where, what it imports, and why not."""

    module: str
    line: int
    target: str  # the module imported, or module.name for a private name
    why: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line} imports {self.target}: {self.why}"


def layer_of(module: str) -> str:
    """``referral_desk.services.directory`` -> ``services``; the root package is its own."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ROOT_LAYER


def is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def check_imports(sources: Mapping[str, str]) -> list[Violation]:
    """Every violation of the table in ``sources`` (module name -> its source text)."""
    known = set(sources)
    found: set[Violation] = set()
    for module, text in sources.items():
        found.update(_ModuleChecker(module, known).check(ast.parse(text, filename=module)))
    return sorted(found)


class _ModuleChecker:
    """Checks the imports and the attribute uses of one module."""

    def __init__(self, module: str, known: set[str]) -> None:
        self.module = module
        self.known = known
        self.layer = layer_of(module)
        self.is_package = any(other.startswith(f"{module}.") for other in known)
        self.bound: dict[str, str] = {}  # a name in this module -> the package module it is
        self.found: list[Violation] = []

    def check(self, tree: ast.Module) -> list[Violation]:
        if self.layer not in ALLOWED and self.layer != ROOT_LAYER:
            self.add(1, self.module, "its layer is not in the table of tests/test_layers.py")
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    self.imported(node.lineno, alias.name)
                    if alias.name.split(".")[0] == PACKAGE:
                        bound = alias.name if alias.asname else PACKAGE
                        self.bound[alias.asname or PACKAGE] = bound
            elif isinstance(node, ast.ImportFrom):
                self.imported_from(node)
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and is_private(node.attr):
                owner = self.module_of(node.value)
                target = f"{owner}.{node.attr}"
                if owner is not None and owner != self.module and target not in self.known:
                    self.add(node.lineno, target, "a private name of another module")
        return self.found

    def imported_from(self, node: ast.ImportFrom) -> None:
        base = self.absolute(node.module or "", node.level)
        for alias in node.names:
            submodule = f"{base}.{alias.name}"
            if submodule in self.known or (base in QT_PACKAGES and alias.name.startswith("Qt")):
                self.imported(node.lineno, submodule)
                self.bound[alias.asname or alias.name] = submodule
            else:
                self.imported(node.lineno, base)
            if is_private(alias.name) and base.split(".")[0] == PACKAGE:
                self.add(node.lineno, submodule, "a private name of another module")

    def absolute(self, name: str, level: int) -> str:
        """The absolute name of a relative import (``from ..store import db``)."""
        if level == 0:
            return name
        parts = self.module.split(".")
        keep = len(parts) - level + (1 if self.is_package else 0)
        return ".".join([*parts[:keep], *([name] if name else [])])

    def imported(self, line: int, target: str) -> None:
        top = target.split(".")[0]
        if top == PACKAGE:
            layer = layer_of(target)
            allowed = ALLOWED.get(self.layer, frozenset()) | {self.layer, ROOT_LAYER}
            if layer not in allowed:
                self.add(line, target, f"{self.layer} may not import {layer}")
            if any(is_private(part) for part in target.split(".")[1:]):
                self.add(line, target, "a private module of another package")
        elif top in QT_PACKAGES:
            if self.layer not in QT_ALLOWED:
                self.add(line, target, f"{self.layer} must not load Qt")
            else:
                modules = QT_ALLOWED[self.layer]
                if modules is not None and target not in modules:
                    self.add(
                        line, target, f"{self.layer} may load only {', '.join(sorted(modules))}"
                    )
        elif top in DATABASE_PACKAGES and self.layer not in DATABASE_LAYERS:
            self.add(line, target, f"{self.layer} must not use the database")

    def module_of(self, node: ast.expr) -> str | None:
        """The package module an expression names (``db`` or ``referral_desk.store.db``), if any."""
        if isinstance(node, ast.Name):
            return self.bound.get(node.id)
        if isinstance(node, ast.Attribute):
            owner = self.module_of(node.value)
            if owner is not None and f"{owner}.{node.attr}" in self.known:
                return f"{owner}.{node.attr}"
        return None

    def add(self, line: int, target: str, why: str) -> None:
        self.found.append(Violation(self.module, line, target, why))


def package_sources() -> dict[str, str]:
    """Every module of the package, by its dotted name, with its source text."""
    sources = {}
    for path in sorted(SOURCE.rglob("*.py")):
        parts = path.relative_to(SOURCE.parent).with_suffix("").parts
        name = ".".join(parts).removesuffix(".__init__")
        sources[name] = path.read_text(encoding="utf-8")
    return sources


def format_violations(violations: list[Violation]) -> str:
    return "\n".join(f"  {v}" for v in violations)


# -- the real package


def test_every_import_runs_the_way_the_table_allows() -> None:
    found = check_imports(package_sources())
    new = [v for v in found if (v.module, v.target) not in PENDING]
    if new:
        pytest.fail("imports against the layers:\n" + format_violations(new), pytrace=False)
    stale = sorted(set(PENDING) - {(v.module, v.target) for v in found})
    assert not stale, f"no longer found; take them off PENDING: {stale}"


def test_the_table_names_every_layer_in_the_package() -> None:
    layers = {layer_of(name) for name in package_sources()}
    assert layers - {ROOT_LAYER} == set(ALLOWED), "every folder and top-level module has a row"


def qt_free_layers() -> set[str]:
    """The layers that may not load Qt, nor import a layer that may."""
    free = {ROOT_LAYER}
    while True:
        more = {
            layer
            for layer, allowed in ALLOWED.items()
            if layer not in QT_ALLOWED and layer not in free and allowed <= free
        }
        if not more:
            return free
        free |= more


def _qt_free_modules() -> Iterator[str]:
    free = qt_free_layers()
    for name in package_sources():
        if layer_of(name) in free and ".migrations" not in name:
            yield name


def test_the_core_never_loads_qt() -> None:
    """Importing every module of the Qt-free layers loads no PySide6, in a fresh process."""
    modules = sorted(_qt_free_modules())
    assert {layer_of(m) for m in modules} == {
        ROOT_LAYER,
        "domain",
        "paths",
        "atomic_file",
        "exchange",
        "store",
        "services",
        "settings",
        "error_log",
    }
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"loaded = sorted(m for m in sys.modules if m.startswith({QT_PACKAGES!r}))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"Qt loaded by the core: {result.stdout}"


# -- the checker itself, on made-up modules: it must catch what it is for

LEGAL = {
    "referral_desk": "__version__ = '1'\n",
    "referral_desk.domain": "",
    "referral_desk.domain.case": "def _helper() -> None: ...\nCASE = _helper\n",
    "referral_desk.store": "",
    "referral_desk.store.db": "import sqlalchemy\n_engine = None\n",
    "referral_desk.exchange": "",
    "referral_desk.exchange.files": "from referral_desk.domain.case import CASE\n",
    "referral_desk.services": "",
    "referral_desk.services.directory": (
        "from referral_desk.store import db\n"
        "from referral_desk.domain import case\n"
        "import referral_desk.exchange.files as files\n"
        "def _reach() -> None: ...\n"
        "def use(directory: object) -> object:\n"
        "    return directory._timing, case.CASE, files, db\n"  # an object's, not a module's
    ),
    "referral_desk.sheets": "",
    "referral_desk.sheets.pdf": "from PySide6.QtGui import QTextDocument\n",
    "referral_desk.ui": "",
    "referral_desk.ui.window": (
        "from PySide6.QtWidgets import QWidget\n"
        "from referral_desk import __version__\n"
        "from referral_desk.services.directory import use\n"
        "from referral_desk.sheets import pdf\n"
    ),
}


def violations_with(module: str, source: str) -> list[str]:
    return [f"{v.target}: {v.why}" for v in check_imports({**LEGAL, module: source})]


def test_the_checker_passes_imports_that_run_the_right_way() -> None:
    assert check_imports(LEGAL) == []


def test_the_checker_catches_an_import_up_the_layers_wherever_it_is() -> None:
    at_top = "from referral_desk.services.directory import use\n"
    in_function = "def f() -> None:\n    import referral_desk.services.directory\n"
    type_only = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from referral_desk.services import directory\n"
    )
    relative = "from ..services import directory\n"
    for source in (at_top, in_function, type_only, relative):
        found = violations_with("referral_desk.domain.case", source)
        assert found == ["referral_desk.services.directory: domain may not import services"], source


def test_the_checker_keeps_siblings_apart_and_sheets_off_the_services() -> None:
    assert violations_with(
        "referral_desk.store.db", "from referral_desk.exchange import files"
    ) == ["referral_desk.exchange.files: store may not import exchange"]
    assert violations_with("referral_desk.exchange.files", "import referral_desk.store.db") == [
        "referral_desk.store.db: exchange may not import store"
    ]
    assert violations_with(
        "referral_desk.sheets.pdf", "from referral_desk.services.directory import use"
    ) == ["referral_desk.services.directory: sheets may not import services"]
    assert violations_with("referral_desk.ui.window", "from referral_desk.store.db import x") == [
        "referral_desk.store.db: ui may not import store"
    ]


def test_the_checker_catches_private_names_of_other_modules() -> None:
    imported = "from referral_desk.services.directory import use, _reach\n"
    by_module = "from referral_desk.store import db\nengine = db._engine\n"
    by_alias = "import referral_desk.store.db as database\nengine = database._engine\n"
    by_path = "import referral_desk.store.db\nengine = referral_desk.store.db._engine\n"
    assert violations_with("referral_desk.ui.window", imported) == [
        "referral_desk.services.directory._reach: a private name of another module"
    ]
    for source in (by_module, by_alias, by_path):
        assert violations_with("referral_desk.services.directory", source) == [
            "referral_desk.store.db._engine: a private name of another module"
        ], source


def test_the_checker_keeps_qt_and_the_database_in_their_layers() -> None:
    assert violations_with("referral_desk.exchange.files", "from PySide6.QtCore import QDate") == [
        "PySide6.QtCore: exchange must not load Qt"
    ]
    assert violations_with("referral_desk.sheets.pdf", "from PySide6 import QtWidgets") == [
        "PySide6.QtWidgets: sheets may load only "
        "PySide6.QtCore, PySide6.QtGui, PySide6.QtPrintSupport"
    ]
    assert violations_with("referral_desk.sheets.pdf", "from sqlalchemy import select") == [
        "sqlalchemy: sheets must not use the database"
    ]


def test_the_checker_wants_every_new_layer_in_the_table() -> None:
    assert violations_with("referral_desk.plugins", "") == [
        "referral_desk.plugins: its layer is not in the table of tests/test_layers.py"
    ]
