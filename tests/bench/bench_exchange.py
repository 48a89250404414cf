"""Benchmark: export and import in every format (HSDS JSON and tables, XLSX, ODS, CSV sheets).

python3 dev.py bench exchange [--n 100000] [--seed 1] [--formats json,tables,xlsx,ods,csv]

The synthetic directory is ``synthetic.synthetic_directory`` (n services and
contacts, half each, over n/20 organizations, names in Bulgarian, German and
English), as a directory file, which is what the exchange reads. Each step runs in
a fresh process; its peak memory is that process's peak resident size, and the
growth over what the process held before the step (the directory it started
from) is printed beside it, and the machine's load average (one minute) as the
step ended: on a shared machine the times follow the load, the memory does not.
"""

from __future__ import annotations

import argparse
import json
import os
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
from referral_desk.exchange.spreadsheet import (
    SheetExportOptions,
    SheetFormat,
    SheetImportOptions,
    read_workbook,
    write_workbook,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "directory.json"
TODAY = date(2026, 11, 30)
FORMATS = ("json", "tables", "xlsx", "ods", "csv")
OUTPUTS = {
    "json": "directory.hsds.json",
    "tables": "tables",
    "xlsx": "directory.xlsx",
    "ods": "directory.ods",
    "csv": "sheets",
}
STEPS = tuple(f"{way}-{kind}" for kind in FORMATS for way in ("export", "import"))


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
    way, kind = step.split("-")
    target = work / OUTPUTS[kind]
    if step == "export-json":
        write_json(directory, target, options)
    elif step == "export-tables":
        write_tabular(directory, target, options, today=TODAY)
    elif way == "export":
        sheet_options = SheetExportOptions(include_confidential_addresses=True)
        write_workbook(directory, target, SheetFormat(kind), sheet_options)
    elif kind in ("json", "tables"):
        result = read_hsds(target, imports)
        assert not result.report, result.report[:3]
    else:
        sheets = read_workbook(target, SheetImportOptions(today=TODAY))
        assert not sheets.report, sheets.report[:3]
    seconds = time.perf_counter() - start
    peak = _peak_kib()
    return {"seconds": seconds, "peak_mib": peak / 1024, "growth_mib": (peak - before) / 1024}


def _size(path: Path) -> str:
    total = sum(p.stat().st_size for p in path.iterdir()) if path.is_dir() else path.stat().st_size
    return f"{total / 2**20:.1f} MB"


def measure(label: str, source: Path, work: Path, formats: tuple[str, ...]) -> None:
    records = json.loads(source.read_text(encoding="utf-8"))["organizations"]
    count = sum(1 + len(o["services"]) + len(o["contacts"]) for o in records)
    print(f"\n{label}: {len(records)} organizations, {count} records")
    print(f"  {'step':<15}{'time':>10}{'peak memory':>14}{'growth':>10}{'written':>12}{'load':>7}")
    for step in STEPS:
        if step.split("-")[1] not in formats:
            continue
        output = subprocess.run(
            [sys.executable, __file__, "--step", step, str(source), str(work)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        figures = json.loads(output.strip().splitlines()[-1])
        way, kind = step.split("-")
        size = _size(work / OUTPUTS[kind]) if way == "export" else ""
        print(
            f"  {step:<15}{figures['seconds']:>9.2f}s{figures['peak_mib']:>11.0f} MiB"
            f"{figures['growth_mib']:>7.0f} MiB{size:>12}{os.getloadavg()[0]:>7.1f}",
            flush=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="services and contacts")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--formats", default=",".join(FORMATS), help=f"some of {', '.join(FORMATS)}"
    )
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
        formats = tuple(f for f in args.formats.split(",") if f in FORMATS)
        measure("Sample directory", SAMPLE, work / "sample", formats)
        synthetic = work / "synthetic.json"
        start = time.perf_counter()
        synthetic.write_text(
            json.dumps(synthetic_directory(args.n, args.seed), ensure_ascii=False),
            encoding="utf-8",
        )
        print(f"\n(built the synthetic directory in {time.perf_counter() - start:.1f} s)")
        (work / "synthetic").mkdir()
        measure(f"Synthetic directory (n={args.n})", synthetic, work / "synthetic", formats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
