"""Benchmark: one-click Verify, the verification queue and the freshness figures.

.venv/bin/python tests/bench/bench_verification.py [--records 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import build_synthetic_db

from referral_desk.domain.vocab import Freshness
from referral_desk.services.desk import Desk

TODAY = date(2026, 11, 30)


def timed(runs: int, work: object) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=10_000, help="services and contacts")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        build_synthetic_db(path, args.records, seed=5)
        with Desk.open(path) as desk:
            facts = desk.verification.facts()
            ids = iter([f.id for f in facts] * args.runs)
            print(f"{len(facts):,} records (organizations, services and contacts)")
            median, worst = timed(args.runs, lambda: desk.verification.confirm(next(ids), "Bench"))
            print(f"Verify, one record:           median {median:8.1f} ms, worst {worst:8.1f} ms")
            due = len(desk.verification.queue(12, TODAY))
            median, worst = timed(args.runs, lambda: desk.verification.queue(12, TODAY))
            print(f"queue ({due:,} due of all):  median {median:8.1f} ms, worst {worst:8.1f} ms")
            median, worst = timed(
                args.runs, lambda: desk.verification.freshness(Freshness.REGION, TODAY)
            )
            print(f"freshness, one dimension:     median {median:8.1f} ms, worst {worst:8.1f} ms")


if __name__ == "__main__":
    main()
