"""Benchmark: loading a directory file, its time and peak memory: ``db load``, and the
first start that makes a new database from a file (``Desk.open`` seeding).

.venv/bin/python tests/bench/bench_load.py [--records 100000] [--file FILE] [--runs 1]
    [--steps seed,new,replace]

The directory file is made by ``synthetic.synthetic_directory`` (or read from
``--file``, e.g. the sample, data/directory.json). Each step runs in a fresh
process and reports its own peak resident size (VmHWM, which starts afresh at
exec) and its time from just before the process starts:

- seed: ``Desk.open`` of a missing database with the file as its seed, as a
  post's first start (with the sample) or a coordinator's database made from a
  file does;
- new: ``referral-desk db load`` into a new database (which first seeds the sample);
- replace: ``db load`` again over the directory it loaded (a replacement, with its backup).

With ``--runs N`` each step runs N times (the median time and the highest peak are
printed). Goal: under 300 MB peak for 100,000 records.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

GOAL_MB = 300
STEPS = {
    "seed": "first start: a new database seeded from the file",
    "new": "db load into a new database",
    "replace": "db load replacing that directory",
}

# Runs one step in this process, then prints the process's peak memory.
_CHILD = """
import resource, sys, time
from pathlib import Path

def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime

step, database, directory = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
if step == "seed":
    from referral_desk.services.desk import Desk
    start, cpu_start = time.perf_counter(), cpu()
    Desk.open(database, directory).close()
    code = 0
else:
    from referral_desk.cli.main import main
    start, cpu_start = time.perf_counter(), cpu()
    code = main(["--db", str(database), "db", "load", str(directory)])
print("STEP", time.perf_counter() - start, cpu() - cpu_start, file=sys.stderr)
status = Path("/proc/self/status").read_text(encoding="ascii")
peak = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
print("PEAK_KIB", int(peak.split()[1]), file=sys.stderr)
sys.exit(code)
"""


def run(step: str, database: Path, directory: Path) -> tuple[float, float, float, float]:
    """Seconds of the process, of the step alone and the step's CPU, and the peak MB of
    one step in its own process (the step alone leaves out the program's imports)."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, step, str(database), str(directory)],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{step} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    lines = done.stderr.splitlines()
    peak = next(li for li in lines if li.startswith("PEAK_KIB")).split()[1]
    _step, alone, cpu = next(li for li in lines if li.startswith("STEP ")).split()
    return seconds, float(alone), float(cpu), int(peak) / 1024


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


def describe(directory: Path) -> None:
    content = json.loads(directory.read_text(encoding="utf-8"))
    organizations = content["organizations"]
    count = sum(1 + len(o["services"]) + len(o["contacts"]) for o in organizations)
    del content, organizations
    size = directory.stat().st_size / 2**20
    print(f"directory file: {count:,} records, {size:.1f} MB")


def load_average() -> str:
    return " ".join(f"{figure:.1f}" for figure in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--file", type=Path, help="a directory file to load instead")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--steps", default=",".join(STEPS), help="of " + ", ".join(STEPS))
    args = parser.parse_args()
    steps = [step for step in args.steps.split(",") if step]
    if unknown := [step for step in steps if step not in STEPS]:
        parser.error(f"unknown steps: {', '.join(unknown)}")
    print(f"load average at the start: {load_average()}")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        directory = args.file
        if directory is None:
            directory = work / "synthetic.json"
            start = time.perf_counter()
            make_file(args.records, directory)
            print(f"(made the directory file in {time.perf_counter() - start:.0f} s)")
        describe(directory.resolve())
        for step in steps:
            figures = []
            for number in range(args.runs):
                database = work / f"{step}.sqlite3"
                if step != "replace" or number == 0:
                    for old in work.glob(f"{step}.sqlite3*"):
                        old.unlink()
                if step == "replace" and number == 0:
                    run("new", database, directory)
                figures.append(run(step, database, directory))
            seconds, alone, cpu = (statistics.median(f[i] for f in figures) for i in range(3))
            peak = max(f[3] for f in figures)
            verdict = "within" if peak < GOAL_MB else "OVER"
            runs = f" (medians of {args.runs} runs)" if args.runs > 1 else ""
            print(
                f"{STEPS[step]}{runs}: {seconds:.2f} s with the program's start, "
                f"{alone:.2f} s alone (CPU {cpu:.2f} s), peak memory {peak:.0f} MB "
                f"({verdict} the goal of {GOAL_MB} MB)"
            )
            print(f"  database: {database.stat().st_size / 2**20:.1f} MB")
    print(f"load average at the end: {load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
