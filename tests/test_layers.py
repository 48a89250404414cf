"""The core (domain, store, services, exchange) never imports Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CORE = ("domain", "store", "services", "exchange")
PACKAGE = Path(__file__).resolve().parent.parent / "src" / "referral_desk"


def _core_modules() -> list[str]:
    names = []
    for layer in CORE:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            relative = path.relative_to(PACKAGE.parent).with_suffix("")
            names.append(".".join(relative.parts).removesuffix(".__init__"))
    return names


def test_core_modules_exist() -> None:
    assert len(_core_modules()) >= 10


def test_core_imports_no_qt() -> None:
    modules = _core_modules()
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"Qt loaded by the core: {result.stdout}"
