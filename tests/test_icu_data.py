"""The smaller ICU data library the Linux bundle ships (scripts/icu_data.py).

Its package is read back item by item, and Qt is run over it (preloaded in place of
the wheel's library): collation and case mapping in the app's languages still work.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import icu_data  # noqa: E402

QT_LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"
WHEEL_LIBRARY = next(iter(sorted(QT_LIB.glob("libicudata.so.*"))), None)

pytestmark = pytest.mark.skipif(
    WHEEL_LIBRARY is None, reason="only the Linux wheels of Qt ship ICU (the bundle's trim)"
)


def items(package: bytes) -> dict[str, bytes]:
    """Every item of a common data package by name (read as ICU's loader reads the TOC)."""
    (header_size,) = struct.unpack_from("<H", package, 0)
    (count,) = struct.unpack_from("<I", package, header_size)
    entries = []
    for index in range(count):
        name_at, data_at = struct.unpack_from("<II", package, header_size + 4 + 8 * index)
        end = package.index(b"\0", header_size + name_at)
        entries.append((package[header_size + name_at : end].decode(), header_size + data_at))
    bounds = [at for _name, at in entries[1:]] + [len(package)]
    return {name: package[at:stop] for (name, at), stop in zip(entries, bounds, strict=True)}


def package_of(library: Path) -> bytes:
    _symbol, offset, size = icu_data._symbol(library)
    return library.read_bytes()[offset : offset + size]


@pytest.fixture(scope="module")
def smaller(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert WHEEL_LIBRARY is not None
    made, kept, dropped = icu_data.write_library(WHEEL_LIBRARY, tmp_path_factory.mktemp("icu"))
    assert kept > 0 and dropped > 0
    return made


def test_the_kept_items_are_the_wheels_bytes_and_the_others_are_gone(smaller: Path) -> None:
    assert WHEEL_LIBRARY is not None
    before, after = items(package_of(WHEEL_LIBRARY)), items(package_of(smaller))
    prefix = next(iter(before)).split("/")[0]  # e.g. icudt73l
    for kept in ("root.res", "bg.res", "de_AT.res", "en.res", "coll/ucadata.icu", "coll/bg.res"):
        name = f"{prefix}/{kept}"
        assert after[name].rstrip(b"\0") == before[name].rstrip(b"\0"), name
    for gone in ("zh.res", "coll/zh.res", "ibm-943_P15A-2003.cnv", "brkitr/cjdict.dict"):
        assert f"{prefix}/{gone}" in before and f"{prefix}/{gone}" not in after, gone
    assert set(after) <= set(before)
    assert smaller.stat().st_size < WHEEL_LIBRARY.stat().st_size / 4


QT_OVER_ICU = """
import ctypes, sys
from pathlib import Path
import PySide6
from PySide6.QtCore import QCollator, QLocale
maps = Path("/proc/self/maps").read_text()
assert sys.argv[1] in maps, "the smaller library was not the one loaded"
i18n = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicui18n.so.*"))
ucol_open = getattr(ctypes.CDLL(str(i18n)), "ucol_open_" + i18n.name.split(".")[-1])
ucol_open.restype = ctypes.c_void_p
for lang in ("bg", "zh"):  # 0: its own collation found; -127: ICU's default used
    status = ctypes.c_int(0)
    ucol_open(lang.encode(), ctypes.byref(status))
    print("collation", lang, status.value)
for lang, words in (
    ("bg", ["ябълка", "Агенция", "бюро", "Център"]),
    ("de", ["Zug", "Äpfel", "Ober", "Apfel"]),
):
    collator = QCollator(QLocale(lang))
    print(lang, "|".join(sorted(words, key=collator.sortKey)))
print("upper", QLocale("de").toUpper("straße"), QLocale("bg").toUpper("център"))
"""


def run_qt(preload: Path | None) -> list[str]:
    assert WHEEL_LIBRARY is not None
    env = {**os.environ, "LD_PRELOAD": str(preload)} if preload else dict(os.environ)
    loaded = preload or WHEEL_LIBRARY.resolve()
    done = subprocess.run(
        [sys.executable, "-c", QT_OVER_ICU, str(loaded)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_qt_collates_and_maps_case_in_the_apps_languages_over_it(smaller: Path) -> None:
    expected = [
        "collation bg 0",
        "collation zh 0",
        "bg Агенция|бюро|Център|ябълка",
        "de Apfel|Äpfel|Ober|Zug",
        "upper STRASSE ЦЕНТЪР",
    ]
    assert run_qt(None) == expected  # the wheel's own library
    expected[1] = "collation zh -127"  # Chinese collation is left out, Bulgarian is kept
    assert run_qt(smaller) == expected
