"""Compile the Qt Linguist sources in resources/i18n (*.ts) into the .qm files the app loads."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from referral_desk.paths import resources_dir


def lrelease() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        candidate = folder / name
        if candidate.exists():
            return candidate
    raise FileNotFoundError("lrelease is not part of this PySide6 installation")


def build(folder: Path | None = None) -> list[Path]:
    folder = folder or resources_dir() / "i18n"
    built = []
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            built.append(target)
            continue
        subprocess.run([str(lrelease()), "-silent", str(source), "-qm", str(target)], check=True)
        built.append(target)
    return built


if __name__ == "__main__":
    build()
    sys.exit(0)
