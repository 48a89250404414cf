"""``log stats``: counts by dimension as text or CSV, within dates; bad dates refused."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from referral_desk.services.desk import Desk
from referral_desk.services.pathway import read_case_file

Run = Callable[..., tuple[int, str, str]]
CASES = Path(__file__).resolve().parent.parent.parent / "data" / "cases"


@pytest.fixture
def logged(db_path: Path) -> None:
    """Two referrals, in November 2026 and in January 2027."""
    with Desk.open(db_path) as desk:
        for name, day in (
            ("bg-child-begging-vienna.json", datetime(2026, 11, 30, 10, tzinfo=UTC)),
            ("bg-woman-exploited-austria.json", datetime(2027, 1, 5, 10, tzinfo=UTC)),
        ):
            pathway = desk.pathways.make(read_case_file(CASES / name), day)
            desk.log.save(pathway, desk.log.new_header("Post", "MP", day))


def test_stats_as_text_grouped_by_dimension(run: Run, logged: None) -> None:
    code, out, _ = run("log", "stats")
    assert code == 0
    assert out.startswith("2 referral(s)\n")
    assert "\nMonth:\n" in out and "2026-11" in out and "2027-01" in out
    assert "\nCase type:\n" in out
    assert "foreign_national" not in out and "Foreign national" in out  # words, not codes


def test_stats_in_the_readers_language(run: Run, logged: None) -> None:
    code, out, _ = run("log", "stats", "--lang", "bg")
    assert code == 0
    assert "\nВид случай:\n" in out and "Чужденец" in out
    assert "foreign_national" not in out and "Foreign national" not in out


def test_stats_within_dates(run: Run, logged: None) -> None:
    assert run("log", "stats", "--from", "2027-01-01")[1].startswith("1 referral(s)\n")
    assert run("log", "stats", "--to", "2026-11-29")[1] == "0 referral(s)\n"


def test_stats_as_csv(run: Run, logged: None, tmp_path: Path) -> None:
    target = tmp_path / "stats.csv"
    code, out, _ = run("log", "stats", "--csv", str(target))
    rows = list(csv.reader(target.read_text(encoding="utf-8").splitlines()))
    assert code == 0
    assert out == f"{target}: {len(rows) - 2} rows, 2 referral(s)\n"
    assert rows[0] == ["dimension", "value", "count"] and rows[1] == ["total", "referrals", "2"]


def test_bad_dates_and_folders_are_refused(run: Run, tmp_path: Path) -> None:
    code, _, err = run("log", "stats", "--from", "30.11.2026")
    assert code == 2 and "'30.11.2026' is not a date as YYYY-MM-DD" in err
    code, _, err = run("log", "stats", "--csv", str(tmp_path / "none" / "s.csv"))
    assert code == 2 and "does not exist" in err


def test_a_csv_that_cannot_be_written_is_a_clear_failure(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*_args: object, **_kwargs: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full_disk)
    target = tmp_path / "stats.csv"
    code, out, err = run("log", "stats", "--csv", str(target))
    assert (code, out) == (1, "")
    assert err == f"referral-desk: cannot write {target}: No space left on device\n"
