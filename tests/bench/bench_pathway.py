"""Benchmark: making a referral pathway (rules, bodies, reach now, bodies left out).

    .venv/bin/python tests/bench/bench_pathway.py [--runs 20]

Opens the sample directory in a fresh database and makes the pathway of every
example case in data/cases/ ``--runs`` times, printing per case the median
time and the number of SQL statements one pathway takes. The wizard makes a
pathway on each answer it changes, so the goal is well under 100 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import event

from referral_desk.exchange.case_file import read_case_file
from referral_desk.services.desk import Desk
from referral_desk.services.pathway import load_rules

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)  # a Wednesday morning: most bodies open


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        desk = Desk.open(Path(folder) / "bench.sqlite3", seed_file=ROOT / "data" / "directory.json")
        rules = load_rules().rules  # read once, as the wizard does
        statements = 0

        def count(*_args: object) -> None:
            nonlocal statements
            statements += 1

        event.listen(desk._engine, "before_cursor_execute", count)
        desk.pathways.make(
            read_case_file(ROOT / "data/cases/smuggled-adult-bulgaria.json"), NOW, rules
        )
        print(f"{'case':45} {'median ms':>10} {'max ms':>8} {'SQL':>5} {'steps':>5}")
        medians = []
        for path in sorted((ROOT / "data" / "cases").glob("*.json")):
            case = read_case_file(path)
            timings = []
            for _ in range(args.runs):
                statements = 0
                start = time.perf_counter()
                pathway = desk.pathways.make(case, NOW, rules)
                timings.append((time.perf_counter() - start) * 1000)
            medians.append(statistics.median(timings))
            print(
                f"{path.stem:45} {statistics.median(timings):10.1f} {max(timings):8.1f} "
                f"{statements:5d} {len(pathway.steps):5d}"
            )
        print(f"median over cases: {statistics.median(medians):.1f} ms (goal: well under 100 ms)")
        desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
