"""``referral-desk --self-test``: a fresh database in a temporary folder, seeded, searched."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def run_self_test() -> int:
    """Exit status 0 only if seeding, searching and showing all worked."""
    from referral_desk.domain.codes import country_name, language_name
    from referral_desk.services.desk import Desk

    with (
        tempfile.TemporaryDirectory(prefix="referral-desk-selftest-") as folder,
        Desk.open(Path(folder) / "selftest.sqlite3") as desk,
    ):
        info = desk.directory.info()
        hits = desk.directory.search("Drehscheibe")
        problems = desk.directory.check()
        detail = desk.directory.show(hits[0].id) if hits else None
    checks = {
        "seeded": info.counts.get("organizations", 0) > 0,
        "search answered": bool(hits),
        "record shown": detail is not None,
        "database sound": not problems,
        "country and language names": (country_name("AT", "bg"), language_name("rom", "de"))
        == ("Австрия", "Romani"),
    }
    for name, passed in checks.items():
        print(f"{'ok  ' if passed else 'FAIL'} {name}")
    ok = all(checks.values())
    print("self-test passed" if ok else "self-test FAILED", file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1
