"""Benchmark: one-click Verify, the verification queue and the freshness figures.

.venv/bin/python tests/bench/bench_verification.py [--records 10000] [--runs 5] [--postgresql]

The queue is ranked from a light read of every record and its rows read a page at a time:
timed are the whole queue read in full (the CLI's ``verify queue``), its order alone, one
page of rows, and opening the queue window (Qt's offscreen platform) with every record
due (aim: well under 0.5 s). The freshness figures are counted by the database. With
``--postgresql`` the same directory is timed on a throw-away PostgreSQL cluster too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # pg_cluster
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from synthetic import build_synthetic_db

from referral_desk.domain.vocab import Freshness
from referral_desk.services.desk import Desk
from referral_desk.ui.queue_model import PAGE

TODAY = date(2026, 11, 30)
ALL_DUE = date(2040, 1, 1)  # every record is due then


def timed(label: str, runs: int, work: Callable[[], object]) -> None:
    """Print the median and worst wall-clock time of ``work`` and its median CPU time (on a
    shared machine the wall clock includes waiting for a core and for the disk)."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    print(
        f"  {label}:".ljust(33) + f"median {statistics.median(walls):8.1f} ms, worst "
        f"{max(walls):8.1f} ms; CPU median {statistics.median(cpus):8.1f} ms"
    )


def measure(desk: Desk, runs: int, backend: str) -> None:
    verification = desk.verification
    facts = verification.facts()
    ids = iter([f.id for f in facts] * runs)
    print(f"{backend}: {len(facts):,} records (organizations, services and contacts)")
    timed("Verify, one record", runs, lambda: verification.confirm(next(ids), "Bench"))
    due = len(verification.queue_order(12, TODAY))
    timed(f"queue ({due:,} due)", runs, lambda: verification.queue(12, TODAY))
    every = len(verification.queue_order(1, ALL_DUE))
    timed(f"queue in full ({every:,} due)", runs, lambda: verification.queue(1, ALL_DUE))
    timed("its order alone", runs, lambda: verification.queue_order(1, ALL_DUE))
    order = verification.queue_order(1, ALL_DUE)
    timed(f"a page of {PAGE} rows", runs, lambda: verification.queue_items(order[:PAGE]))
    timed("open the queue window", runs, lambda: open_window(desk))
    timed("freshness, one dimension", runs, lambda: verification.freshness(Freshness.REGION, TODAY))
    timed("freshness, all three", runs, lambda: verification.all_freshness(TODAY))


def open_window(desk: Desk) -> None:
    """The queue window opened with every record due, shown and drawn once."""
    from PySide6.QtWidgets import QApplication

    from referral_desk.ui.verification_queue import QueueWindow

    window = QueueWindow(desk, "en", "Bench", 1, today=ALL_DUE)
    window.resize(1000, 700)
    window.show()
    QApplication.processEvents()
    window.grab()  # drawn: every visible row's text asked for
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=10_000, help="services and contacts")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--postgresql", action="store_true", help="also on a PostgreSQL cluster")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841 (kept alive)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        build_synthetic_db(path, args.records, seed=5)
        with Desk.open(path) as desk:
            measure(desk, args.runs, "SQLite")
    if args.postgresql:
        from synthetic import fill_directory

        from pg_cluster import start_cluster
        from referral_desk.store import server

        cluster = start_cluster()
        try:
            url = cluster.create_database("bench")
            server.migrate_server(url)
            engine = server.make_server_engine(url)
            fill_directory(engine, args.records, seed=5)
            engine.dispose()
            with Desk.open(url) as desk:
                measure(desk, args.runs, "PostgreSQL")
        finally:
            cluster.stop()


if __name__ == "__main__":
    main()
