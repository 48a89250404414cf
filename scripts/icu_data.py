"""A smaller ICU data library for the Linux bundle: the data of the app's languages only.

Qt on Linux links to ICU, whose data library (``libicudata.so.NN``, 31 MB) holds every
locale's names, collations, calendars, units and 200 legacy character set converters.
Qt uses ICU for collation, case mapping and converters for legacy encodings; the app
reads and writes UTF-8 only and shows English, Bulgarian and German. ``build.spec``
calls ``write_library``: the data package is read out of the wheel's library, the
items of other locales, the converters, the transliterators and the dictionaries for
Asian line breaking are left out, and a library of the same name (and symbol) is
linked from the rest with binutils' ``as`` and ``ld``.

    python3 scripts/icu_data.py LIBICUDATA OUT_FOLDER   (prints what it kept)
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# Locales kept, with their regional variants (de_AT, bg_BG, en_GB, ...) and root.
KEPT_LANGUAGES = ("en", "de", "bg")
# Data of whole kinds that Qt never reads.
DROPPED_FOLDERS = {"translit"}
DROPPED_SUFFIXES = {".cnv", ".dict"}  # legacy converters; break dictionaries of Asian scripts
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")


def wanted(name: str) -> bool:
    """Whether an item (e.g. ``icudt73l/coll/de.res``) stays in the package."""
    parts = name.split("/")[1:]  # without the package's own folder
    item = parts[-1]
    if set(parts[:-1]) & DROPPED_FOLDERS or Path(item).suffix in DROPPED_SUFFIXES:
        return False
    if not _LOCALE.match(item):  # root.res, pool.res, res_index.res, supplemental data
        return True
    language = item.split("_")[0].removesuffix(".res")
    return language in KEPT_LANGUAGES


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size (read with binutils' objdump)."""
    out = subprocess.run(
        ["objdump", "-T", str(library)], capture_output=True, text=True, check=True
    ).stdout
    line = next(li for li in out.splitlines() if re.search(r"\bicudt\d+_dat$", li))
    fields = line.split()
    address, size, name = int(fields[0], 16), int(fields[-2], 16), fields[-1]
    headers = subprocess.run(
        ["objdump", "-h", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for row in headers.splitlines():
        cells = row.split()
        if len(cells) >= 6 and cells[1] == ".rodata":
            vma, offset = int(cells[3], 16), int(cells[5], 16)
            return name, address - vma + offset, size
    raise ValueError(f"{library}: no .rodata section")


def subset(package: bytes) -> tuple[bytes, int, int]:
    """The common data package with only the wanted items; items kept and dropped."""
    (header_size,) = struct.unpack_from("<H", package, 0)
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package (little-endian, CmnD)")
    toc = header_size
    (count,) = struct.unpack_from("<I", package, toc)
    entries = []
    for index in range(count):
        name_offset, data_offset = struct.unpack_from("<II", package, toc + 4 + 8 * index)
        end = package.index(b"\0", toc + name_offset)
        name = package[toc + name_offset : end].decode("ascii")
        entries.append((name, toc + data_offset))
    bounds = [offset for _name, offset in entries] + [len(package)]
    items = [
        (name, package[start:stop])
        for (name, start), stop in zip(entries, bounds[1:], strict=True)
        if wanted(name)
    ]
    names = b"".join(name.encode("ascii") + b"\0" for name, _data in items)
    table_size = 4 + 8 * len(items)
    data_start = table_size + len(names)
    data_start += -data_start % 16
    table, blobs, offset, name_offset = [], [], data_start, table_size
    for name, data in items:
        table.append(struct.pack("<II", name_offset, offset))
        name_offset += len(name) + 1
        padded = data + b"\0" * (-len(data) % 16)
        blobs.append(padded)
        offset += len(padded)
    body = struct.pack("<I", len(items)) + b"".join(table) + names
    body += b"\0" * (data_start - len(body))
    return package[:header_size] + body + b"".join(blobs), len(items), count - len(items)


def write_library(library: Path, folder: Path) -> tuple[Path, int, int]:
    """Write the smaller library (same file name, soname and symbol) into ``folder``."""
    symbol, offset, size = _symbol(library)
    package = library.read_bytes()[offset : offset + size]
    smaller, kept, dropped = subset(package)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / library.name
    with tempfile.TemporaryDirectory() as work:
        data = Path(work) / "icudata.dat"
        data.write_bytes(smaller)
        source = Path(work) / "icudata.s"
        source.write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
            f'{symbol}:\n\t.incbin "{data}"\n\t.size {symbol}, .-{symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        objects = Path(work) / "icudata.o"
        subprocess.run(["as", "-o", str(objects), str(source)], check=True)
        subprocess.run(
            ["ld", "-shared", "-soname", library.name, "-o", str(target), str(objects)],
            check=True,
        )
    return target, kept, dropped


if __name__ == "__main__":
    made, kept_items, dropped_items = write_library(Path(sys.argv[1]), Path(sys.argv[2]))
    print(
        f"{made}: {made.stat().st_size / 2**20:.1f} MB, "
        f"{kept_items} items kept, {dropped_items} left out"
    )
