"""Killing the program (kill -9) while it applies an update leaves the old directory or the new.

A child process opens a copy of the sample database, checks an update, says
"ready" and applies it; the test kills it at a random moment within the time
an apply takes (measured first), then checks the file with ``db check`` and
compares the directory's tables with the old and the new directory.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from referral_desk.cli.main import main as cli
from update_helpers import austrian_changes, signed, write

KILLS = 50
DIRECTORY_TABLES = (
    "organization",
    "location",
    "address",
    "service",
    "contact",
    "phone",
    "schedule",
    "localized_text",
    "service_at_location",
    "directory_source",
)
CHILD = """
import sys, time
from pathlib import Path
from referral_desk.services.desk import Desk
desk = Desk.open(Path(sys.argv[1]))
preview = desk.updates.check(Path(sys.argv[2]))
print("ready", flush=True)
start = time.perf_counter()
desk.updates.apply(preview)
print(f"done {time.perf_counter() - start:.4f}", flush=True)
"""


def directory_hash(database: Path) -> str:
    connection = sqlite3.connect(database)
    try:
        digest = hashlib.sha256()
        for table in DIRECTORY_TABLES:
            for row in connection.execute(f"SELECT * FROM {table} ORDER BY 1"):
                digest.update(repr(row).encode("utf-8"))
        return digest.hexdigest()
    finally:
        connection.close()


def start_child(database: Path, bundle: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(database), str(bundle)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


@pytest.mark.timeout(1200)  # fifty processes started and killed: minutes on a busy machine
def test_kill_during_apply_leaves_old_or_new(sample_db_template: Path, tmp_path: Path) -> None:
    bundle = write(tmp_path, "at-1.rdupdate", signed(austrian_changes()))
    reference = tmp_path / "reference.sqlite3"
    reference.write_bytes(sample_db_template.read_bytes())
    old = directory_hash(reference)
    child = start_child(reference, bundle)
    out, _ = child.communicate(timeout=120)
    apply_seconds = float(out.split()[1])
    new = directory_hash(reference)
    assert old != new

    seed = random.randrange(2**32)
    moments = random.Random(seed).sample(range(1000), KILLS)
    outcomes = {"old": 0, "new": 0}
    for number, moment in enumerate(moments):
        database = tmp_path / f"killed-{number}.sqlite3"
        database.write_bytes(sample_db_template.read_bytes())
        child = start_child(database, bundle)
        time.sleep(apply_seconds * 1.1 * moment / 1000)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        assert child.stdout is not None
        child.stdout.close()
        assert cli(["--db", str(database), "db", "check"]) == 0, f"seed {seed}, kill {number}"
        found = directory_hash(database)
        assert found in (old, new), f"seed {seed}: kill {number} left a half directory"
        outcomes["old" if found == old else "new"] += 1
    print(f"apply takes {apply_seconds:.3f} s; {KILLS} kills (seed {seed}): {outcomes}")
    assert outcomes["old"] > 0  # some kills came before the commit
