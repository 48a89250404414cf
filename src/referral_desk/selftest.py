"""``referral-desk --self-test``: a fresh database in a temporary folder, seeded, searched."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def run_self_test() -> int:
    """Exit status 0 only if seeding, searching and showing all worked."""
    from referral_desk.services.directory import open_directory

    with tempfile.TemporaryDirectory(prefix="referral-desk-selftest-") as folder:
        directory = open_directory(Path(folder) / "selftest.sqlite3")
        try:
            info = directory.info()
            hits = directory.search("Drehscheibe")
            problems = directory.check()
            detail = directory.show(hits[0].id) if hits else None
        finally:
            directory.close()
    checks = {
        "seeded": info.counts.get("organizations", 0) > 0,
        "search answered": bool(hits),
        "record shown": detail is not None,
        "database sound": not problems,
    }
    for name, passed in checks.items():
        print(f"{'ok  ' if passed else 'FAIL'} {name}")
    ok = all(checks.values())
    print("self-test passed" if ok else "self-test FAILED", file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1
