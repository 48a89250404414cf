"""Search benchmark: our search service against a bare SQLite FTS5 query on the same data.

    python3 dev.py bench [--records 100000] [--queries 600] [--limit 100]
    python3 dev.py bench --records 10000 --postgresql [URL]

Builds (once, cached in bench-out/) a deterministic synthetic directory of
100,000 services and contacts with Bulgarian Cyrillic, German and English
names, types search-as-you-type queries of 1-6 characters through
``Desk.directory.search`` (folding, transliteration, tiers, filters' SQL, names and
"reachable now" for every hit) and through a bare FTS5 prefix query that
returns stored names, and prints p50/p95/p99 for both, their ratio, the index
build time and the peak memory. Goals: our p95 within 1.5x the bare p95 and
under 20 ms on a 2-core machine.

With ``--postgresql`` the same directory is also written to a central PostgreSQL
database (a throw-away cluster started for the run, or the empty database at URL)
and the same queries are timed there; both columns are printed side by side, with
how many queries gave the same top ten hits on both.
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # pg_cluster

from synthetic import build_synthetic_db, percentiles, query_words

from referral_desk.services.desk import Desk
from referral_desk.store import db
from referral_desk.store.search_index import rebuild_search_index

OUT = Path(__file__).resolve().parents[2] / "bench-out"


def make_queries(count: int, seed: int = 11) -> list[str]:
    """Search-as-you-type: prefixes of 1-6 characters of words in the data, both scripts."""
    rng = random.Random(seed)
    queries: list[str] = []
    for word in query_words(count, seed):
        for length in range(1, min(6, len(word)) + 1):
            queries.append(word[:length].lower() if rng.random() < 0.5 else word[:length])
            if len(queries) >= count:
                return queries
    return queries


def build_bare(db_path: Path) -> float:
    """A plain FTS5 table of names and organization names, as a minimal app would have."""
    start = time.perf_counter()
    connection = sqlite3.connect(db_path)
    connection.executescript(
        "DROP TABLE IF EXISTS bare_fts;"
        "CREATE VIRTUAL TABLE bare_fts USING fts5(name, organization, tokenize='unicode61 remove_diacritics 2');"
    )
    connection.execute(
        """INSERT INTO bare_fts(rowid, name, organization)
           SELECT d.rowid,
                  (SELECT group_concat(value, ' ') FROM localized_text t
                    WHERE t.owner_id = d.entity_id AND t.field IN ('name', 'title')),
                  (SELECT group_concat(value, ' ') FROM localized_text t
                    WHERE t.owner_id = d.organization_id AND t.field = 'name')
           FROM search_doc d"""
    )
    connection.commit()
    connection.close()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=600)
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument(
        "--rebuild", action="store_true", help="build the synthetic directory again"
    )
    parser.add_argument(
        "--postgresql",
        nargs="?",
        const="cluster",
        metavar="URL",
        help="also on PostgreSQL: a throw-away cluster, or an empty database at URL",
    )
    args = parser.parse_args()

    OUT.mkdir(exist_ok=True)
    db_path = OUT / f"synthetic-{args.records}.sqlite3"
    if args.rebuild or not db_path.exists():
        start = time.perf_counter()
        build_synthetic_db(db_path, args.records)
        print(
            f"synthetic directory: {args.records} records written in {time.perf_counter() - start:.1f} s"
        )
    desk = Desk.open(db_path)  # migrates an older file first
    directory = desk.directory
    engine = db.make_engine(db_path)
    queries = make_queries(args.queries)
    now = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
    if args.postgresql:
        try:
            return compare_with_postgresql(args, directory, queries, now)
        finally:
            desk.close()
            engine.dispose()
    with engine.begin() as connection:
        start = time.perf_counter()
        rebuild_search_index(connection)
        ours_build = time.perf_counter() - start
    engine.dispose()
    build_peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    bare_build = build_bare(db_path)
    bare = sqlite3.connect(db_path)
    bare_sql = "SELECT rowid, name, organization FROM bare_fts WHERE bare_fts MATCH ? ORDER BY rank LIMIT ?"

    # warm both paths once so that neither pays for the first page reads alone
    for query in queries[:50]:
        directory.search(query, now=now, limit=args.limit)
        bare.execute(bare_sql, ('"' + query.replace('"', "") + '"*', args.limit)).fetchall()

    ours: list[float] = []
    plain: list[float] = []
    answered = 0
    for query in queries:
        start = time.perf_counter()
        hits = directory.search(query, now=now, limit=args.limit)
        ours.append((time.perf_counter() - start) * 1000)
        answered += bool(hits)
        start = time.perf_counter()
        bare.execute(bare_sql, ('"' + query.replace('"', "") + '"*', args.limit)).fetchall()
        plain.append((time.perf_counter() - start) * 1000)
    desk.close()

    o50, o95, o99 = percentiles(ours)
    b50, b95, b99 = percentiles(plain)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"records: {args.records}, queries: {len(queries)} (1-6 characters), limit {args.limit}, "
        f"answered with hits: {answered}"
    )
    print(f"{'':18}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    print(f"{'our search':18}{o50:9.2f}{o95:9.2f}{o99:9.2f}")
    print(f"{'bare FTS5':18}{b50:9.2f}{b95:9.2f}{b99:9.2f}")
    print(f"{'ratio':18}{o50 / b50:9.2f}{o95 / b95:9.2f}{o99 / b99:9.2f}")
    print(
        f"index build: ours {ours_build:.1f} s, bare {bare_build:.1f} s; peak memory "
        f"{build_peak_mb:.0f} MB after opening and building the index (goal < 300 MB), "
        f"{peak_mb:.0f} MB at the end"
    )
    print(
        f"goals: p95 ratio <= 1.5 -> {'met' if o95 / b95 <= 1.5 else 'NOT met'}; "
        f"p95 < 20 ms -> {'met' if o95 < 20 else 'NOT met'}"
    )
    return 0


def _time_searches(directory: Any, queries: list[str], now: datetime, limit: int) -> list[float]:
    for query in queries[:50]:  # warm the caches once
        directory.search(query, now=now, limit=limit)
    timings = []
    for query in queries:
        start = time.perf_counter()
        directory.search(query, now=now, limit=limit)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def compare_with_postgresql(
    args: argparse.Namespace, lite: Any, queries: list[str], now: datetime
) -> int:
    """The same synthetic directory and queries on SQLite and on PostgreSQL, side by side."""
    from synthetic import fill_directory

    from pg_cluster import start_cluster
    from referral_desk.store import server

    cluster = start_cluster() if args.postgresql == "cluster" else None
    url = cluster.create_database("bench") if cluster else args.postgresql
    try:
        start = time.perf_counter()
        server.migrate_server(url)
        engine = server.make_server_engine(url)
        fill_directory(engine, args.records, seed=1, rebuild_index=False)
        written = time.perf_counter() - start
        with engine.begin() as connection:
            start = time.perf_counter()
            rebuild_search_index(connection)
            pg_build = time.perf_counter() - start
        engine.dispose()
        with Desk.open(url) as central:
            same = sum(
                [(h.tier, h.id) for h in lite.search(q, now=now)[:10]]
                == [(h.tier, h.id) for h in central.directory.search(q, now=now)[:10]]
                for q in queries
            )
            pg_times = _time_searches(central.directory, queries, now, args.limit)
        lite_times = _time_searches(lite, queries, now, args.limit)
        lite_build = _sqlite_build_time(args.records)
    finally:
        if cluster:
            cluster.stop()
    l50, l95, l99 = percentiles(lite_times)
    p50, p95, p99 = percentiles(pg_times)
    print(
        f"records: {args.records}, queries: {len(queries)} (1-6 characters), limit {args.limit}; "
        f"PostgreSQL directory written in {written:.1f} s"
    )
    print(f"{'':18}{'SQLite':>12}{'PostgreSQL':>12}")
    print(f"{'p50 ms':18}{l50:12.2f}{p50:12.2f}")
    print(f"{'p95 ms':18}{l95:12.2f}{p95:12.2f}")
    print(f"{'p99 ms':18}{l99:12.2f}{p99:12.2f}")
    print(f"{'index build s':18}{lite_build:12.1f}{pg_build:12.1f}")
    print(f"same top ten hits on both: {same} of {len(queries)} queries")
    return 0 if same == len(queries) else 1


def _sqlite_build_time(records: int) -> float:
    engine = db.make_engine(OUT / f"synthetic-{records}.sqlite3")
    try:
        with engine.begin() as connection:
            start = time.perf_counter()
            rebuild_search_index(connection)
            return time.perf_counter() - start
    finally:
        engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
