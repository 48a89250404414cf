"""Flipped bytes in the database file: every read command ends in a result or one sentence.

Twenty copies of the sample database, each with bytes flipped at seeded random places
(some anywhere in the file, some in the pages of the search and typo index), and every
read command of the command line run on each. A command may still answer (a flipped
byte in free space changes nothing) or end with a clear error and a non-zero code;
it must never end in a traceback.
"""

from __future__ import annotations

import random
import sqlite3
import traceback
from collections import Counter
from pathlib import Path

import pytest

from referral_desk.cli import main

ROOT = Path(__file__).resolve().parents[2]
CASE = ROOT / "data" / "cases" / "bg-child-begging-vienna.json"
FILES = 20
SERVICE_ID = "05429c8d-f998-540b-9ec0-523d74fc1280"

COMMANDS = (
    ("search", "Drehscheibe"),
    ("search", "Kinder", "--open-now", "--country", "AT"),
    ("search", ""),
    ("show", SERVICE_ID),
    ("pathway", str(CASE)),
    ("db", "check"),
    ("db", "info"),
    ("log", "stats"),
)


def _damaged_copies(template: Path, folder: Path) -> list[Path]:
    size = template.stat().st_size
    with sqlite3.connect(template) as connection:
        row = connection.execute("SELECT key FROM search_term_del LIMIT 1").fetchone()
    connection.close()
    data = template.read_bytes()
    typo_at = data.find(row[0].encode())
    copies = []
    for seed in range(FILES):
        rng = random.Random(seed)
        damaged = bytearray(data)
        places = [rng.randrange(size) for _ in range(6)]
        places += [typo_at + rng.randrange(-4096, 4096) for _ in range(2)]
        for place in places:
            damaged[max(0, min(size - 1, place))] ^= 1 << rng.randrange(8)
        copy = folder / f"damaged-{seed}.sqlite3"
        copy.write_bytes(bytes(damaged))
        copies.append(copy)
    return copies


def test_no_read_command_ends_in_a_traceback_on_a_damaged_file(
    sample_db_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    qapp: object,
) -> None:
    outcomes: Counter[str] = Counter()
    tracebacks: list[str] = []
    for path in _damaged_copies(sample_db_template, tmp_path):
        for command in COMMANDS:
            try:
                code = main(["--db", str(path), *command])
            except SystemExit as stop:
                code = int(stop.code or 0)
            except Exception:
                tracebacks.append(f"{path.name} {' '.join(command)}:\n{traceback.format_exc()}")
                continue
            finally:
                captured = capsys.readouterr()
            if code == 0:
                outcomes["answered"] += 1
            else:
                outcomes["clean error"] += 1
                said = captured.err.strip() or captured.out.strip()
                assert said, f"{path.name} {command}: an exit code, no reason"
                assert "Traceback" not in captured.err
    print(
        f"{FILES} files x {len(COMMANDS)} commands: {dict(outcomes)}, tracebacks {len(tracebacks)}"
    )
    assert not tracebacks, "\n".join(tracebacks[:3])
    assert outcomes["clean error"] > 0, "the flips must damage something"
