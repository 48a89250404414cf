"""Benchmark: ``db load`` of the synthetic directory file, its time and peak memory.

.venv/bin/python tests/bench/bench_load.py [--records 100000] [--file FILE]

The directory file is made by ``synthetic.synthetic_directory`` (or read from
``--file``); ``referral-desk db load`` runs in a fresh process, into a new
database and then over the one it made (a replacement, with its backup), and
reports its own peak resident size (VmHWM, which starts afresh at exec).
Goal: under 300 MB peak for 100,000 records.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

GOAL_MB = 300

# Runs the command line in this process, then prints the process's peak memory.
_CHILD = """
import sys
from pathlib import Path
from referral_desk.cli.main import main
code = main(sys.argv[1:])
status = Path("/proc/self/status").read_text(encoding="ascii")
peak = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
print("PEAK_KIB", int(peak.split()[1]), file=sys.stderr)
sys.exit(code)
"""


def load(database: Path, directory: Path) -> tuple[float, float]:
    """Seconds and peak MB of one ``db load`` in its own process."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, "--db", str(database), "db", "load", str(directory)],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"db load failed ({done.returncode}):\n{done.stderr[-3000:]}")
    line = next(li for li in done.stderr.splitlines() if li.startswith("PEAK_KIB"))
    return seconds, int(line.split()[1]) / 1024


def make_file(records: int, path: Path) -> None:
    """Write the synthetic directory file in a child, so this process stays small."""
    code = (
        "import json, sys; sys.path.insert(0, sys.argv[3]);"
        "from synthetic import synthetic_directory;"
        "open(sys.argv[2], 'w', encoding='utf-8').write("
        "json.dumps(synthetic_directory(int(sys.argv[1])), ensure_ascii=False))"
    )
    folder = str(Path(__file__).resolve().parent)
    subprocess.run([sys.executable, "-c", code, str(records), str(path), folder], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--file", type=Path, help="a directory file to load instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        directory = args.file
        if directory is None:
            directory = work / "synthetic.json"
            start = time.perf_counter()
            make_file(args.records, directory)
            print(f"(made the directory file in {time.perf_counter() - start:.0f} s)")
        content = json.loads(directory.read_text(encoding="utf-8"))
        organizations = content["organizations"]
        count = sum(1 + len(o["services"]) + len(o["contacts"]) for o in organizations)
        del content, organizations
        size = directory.stat().st_size / 2**20
        print(f"directory file: {count:,} records, {size:.0f} MB")
        database = work / "post.sqlite3"
        for label in ("into a new database", "replacing that directory"):
            seconds, peak = load(database, directory)
            verdict = "within" if peak < GOAL_MB else "OVER"
            print(
                f"db load {label}: {seconds:.1f} s, peak memory {peak:.0f} MB "
                f"({verdict} the goal of {GOAL_MB} MB)"
            )
        print(f"database: {database.stat().st_size / 2**20:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
