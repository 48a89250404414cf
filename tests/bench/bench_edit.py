"""Benchmark: saving an edit and seeing it in search, on SQLite (aim: within 50 ms).

.venv/bin/python tests/bench/bench_edit.py [--runs 30] [--records N]

A fresh database of the sample directory (or, with ``--records``, of a synthetic
directory of about N services and contacts) is opened through the desk; each run
renames one record (an organization, a service or a contact in turn) through
``desk.editing.save`` and searches for the new name until the record is the first
hit. Printed: the median and 90th percentile, in wall-clock time and in this
process's CPU time (on a shared machine the wall clock includes waiting for a core).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import phonenumbers

from referral_desk.domain.vocab import Kind
from referral_desk.services.desk import Desk


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--records", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        seed = None
        if args.records:
            from synthetic import synthetic_directory

            content = synthetic_directory(args.records)
            content["directory"]["sample"] = False  # some made-up numbers happen to be valid
            for org in content["organizations"]:  # the others cannot be dialled: say so
                for record in [org, *org.get("services", []), *org.get("contacts", [])]:
                    for phone in record.get("phones", []):
                        parsed = phonenumbers.parse(phone["number"])
                        phone["placeholder"] = not phonenumbers.is_valid_number(parsed)
            seed = Path(folder) / "directory.json"
            seed.write_text(json.dumps(content), encoding="utf-8")
        started = time.perf_counter()
        desk = Desk.open(Path(folder) / "bench.sqlite", seed)
        print(f"database made in {time.perf_counter() - started:.1f} s")
        hits = desk.directory.search("", limit=2000)
        targets = [
            next(h.id for h in hits if h.kind is kind)
            for kind in (Kind.ORGANIZATION, Kind.SERVICE, Kind.CONTACT)
        ]
        walls: dict[str, list[float]] = {"organization": [], "service": [], "contact": []}
        cpus: list[float] = []
        desk.editing.record(targets[0])  # the directory file read once, as an editor's first open
        for run in range(args.runs + 1):
            record = desk.editing.record(targets[run % 3])
            name = f"Zebrafinchwort {run}"
            key = "title" if record.kind.value == "contact" else "name"
            wall, cpu = time.perf_counter(), time.process_time()
            desk.editing.save(record.id, record.version, {key: {"en": name}}, "benchmark")
            found = desk.directory.search(name, limit=5)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            if not found or found[0].id != record.id:
                raise SystemExit(f"run {run}: the edit of {record.id} is not the first hit")
            if run:  # the first save also serialises every organization once
                walls[record.kind.value].append(wall * 1000)
                cpus.append(cpu * 1000)
        desk.close()
    every = [t for times in walls.values() for t in times]
    print(f"save an edit and find it in search ({args.runs} runs, sample={not args.records}):")
    for kind, times in walls.items():
        print(f"  {kind:13} median {statistics.median(times):6.1f} ms wall")
    print(
        f"  all           median {statistics.median(every):6.1f} ms wall, "
        f"p90 {statistics.quantiles(every, n=10)[-1]:6.1f} ms; "
        f"CPU median {statistics.median(cpus):6.1f} ms (aim: 50 ms)"
    )


if __name__ == "__main__":
    main()
