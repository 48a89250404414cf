"""Benchmark: HSDS export and import (JSON and tabular) of the sample and a synthetic directory.

python3 dev.py bench exchange [--n 100000] [--seed 1]

The synthetic directory is ``synthetic.synthetic_directory`` (n services and
contacts, half each, over n/20 organizations, names in Bulgarian, German and
English), as a directory file, which is what the exchange reads. Each step runs in
a fresh process; its peak memory is that process's peak resident size, and the
growth over what the process held before the step (the directory it started
from) is printed beside it.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import synthetic_directory

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.exchange.hsds import (
    ExportOptions,
    ImportOptions,
    read_hsds,
    write_json,
    write_tabular,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "directory.json"
TODAY = date(2026, 11, 30)
STEPS = ("export-json", "export-tables", "import-json", "import-tables")


def _peak_kib() -> int:
    """This process's peak resident size. Linux's VmHWM starts afresh at exec, where
    ru_maxrss would carry over the peak of the benchmark that started the step."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    line = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(line.split()[1])


def run_step(step: str, source: Path, work: Path) -> dict[str, float]:
    """One step in this process: its time and the peak memory it reached."""
    options = ExportOptions(include_confidential_addresses=True)
    imports = ImportOptions(today=TODAY)
    if step.startswith("export"):
        directory = DirectoryFile(json.loads(source.read_text(encoding="utf-8")), "")
    before = _peak_kib()
    start = time.perf_counter()
    if step == "export-json":
        write_json(directory, work / "directory.hsds.json", options)
    elif step == "export-tables":
        write_tabular(directory, work / "tables", options, today=TODAY)
    elif step == "import-json":
        result = read_hsds(work / "directory.hsds.json", imports)
        assert not result.report, result.report[:3]
    else:
        result = read_hsds(work / "tables", imports)
        assert not result.report, result.report[:3]
    seconds = time.perf_counter() - start
    peak = _peak_kib()
    return {"seconds": seconds, "peak_mib": peak / 1024, "growth_mib": (peak - before) / 1024}


def measure(label: str, source: Path, work: Path) -> None:
    records = json.loads(source.read_text(encoding="utf-8"))["organizations"]
    count = sum(1 + len(o["services"]) + len(o["contacts"]) for o in records)
    print(f"\n{label}: {len(records)} organizations, {count} records")
    print(f"  {'step':<15}{'time':>10}{'peak memory':>14}{'growth':>10}{'written':>12}")
    for step in STEPS:
        output = subprocess.run(
            [sys.executable, __file__, "--step", step, str(source), str(work)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        figures = json.loads(output.strip().splitlines()[-1])
        size = ""
        if step == "export-json":
            size = f"{(work / 'directory.hsds.json').stat().st_size / 2**20:.1f} MB"
        elif step == "export-tables":
            total = sum(p.stat().st_size for p in (work / "tables").iterdir())
            size = f"{total / 2**20:.1f} MB"
        print(
            f"  {step:<15}{figures['seconds']:>9.2f}s{figures['peak_mib']:>11.0f} MiB"
            f"{figures['growth_mib']:>7.0f} MiB{size:>12}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="services and contacts")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--step", choices=STEPS, help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        source, work = (Path(p) for p in args.paths)
        print(json.dumps(run_step(args.step, source, work)))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "sample").mkdir()
        measure("Sample directory", SAMPLE, work / "sample")
        synthetic = work / "synthetic.json"
        start = time.perf_counter()
        synthetic.write_text(
            json.dumps(synthetic_directory(args.n, args.seed), ensure_ascii=False),
            encoding="utf-8",
        )
        print(f"\n(built the synthetic directory in {time.perf_counter() - start:.1f} s)")
        (work / "synthetic").mkdir()
        measure(f"Synthetic directory (n={args.n})", synthetic, work / "synthetic")
    return 0


if __name__ == "__main__":
    sys.exit(main())
