"""``sheet`` and ``booklet`` to PDF, read back; the referral kept in the log only when asked."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from lock_holder import holding_lock
from pdf_readback import pdf_pages, pdf_text

Run = Callable[..., tuple[int, str, str]]
ROOT = Path(__file__).resolve().parent.parent.parent
CASE = ROOT / "data" / "cases" / "bg-child-begging-vienna.json"


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """The tests' own QApplication, made before the command would make a QGuiApplication."""


def test_sheet_to_pdf_in_two_languages(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    code, out, err = run(
        "sheet", str(CASE), "-o", str(target), "--lang", "de", "--second-lang", "bg",
        "--post", "Botschaft", "--caseworker", "M. P.", "--now", "2026-11-30T10:30:00+01:00",
    )  # fmt: skip
    assert code == 0, err
    match = re.fullmatch(
        rf"{re.escape(str(target))}: referral sheet (RD-2026-\S+), (\d+) page\(s\)\n", out
    )
    assert match is not None, out
    text = pdf_text(target)
    assert len(pdf_pages(target)) == int(match.group(2))
    assert match.group(1) in text and "Botschaft" in text and "M. P." in text
    assert "2026-11-30" in text
    assert run("log", "stats")[1] == "0 referral(s)\n"  # not kept without --log


def test_sheet_is_kept_in_the_log_when_asked(run: Run, tmp_path: Path) -> None:
    code, out, _ = run(
        "sheet", str(CASE), "-o", str(tmp_path / "s.pdf"), "--paper", "Letter", "--log"
    )
    assert code == 0
    reference = out.split("referral sheet ")[1].split(",")[0]
    _, stats, _ = run("log", "stats")
    assert stats.startswith("1 referral(s)\n")
    assert reference not in stats  # counts only, never a reference


def test_sheet_refuses_bad_arguments_before_printing(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "never.pdf"
    for extra, message in (
        (["--now", "yesterday"], "'yesterday' is not a time in ISO 8601"),
        (["--lang", "fr"], "invalid choice: 'fr'"),
        (["--second-lang", "xx"], "invalid choice: 'xx'"),
    ):
        code, _, err = run("sheet", str(CASE), "-o", str(target), *extra)
        assert code == 2 and message in err
    code, _, err = run("sheet", str(CASE), "-o", str(tmp_path / "no-folder" / "s.pdf"))
    assert code == 2 and "no-folder" in err and "does not exist" in err
    code, _, err = run("sheet", str(tmp_path / "missing.json"), "-o", str(target))
    assert code == 2 and "the file does not exist" in err
    assert not target.exists()


def test_booklet_of_a_country_and_of_favourites(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "booklet.pdf"
    code, out, err = run("booklet", "-o", str(target), "--country", "AT", "--region", "Wien")
    assert code == 0, err
    match = re.fullmatch(rf"{re.escape(str(target))}: (\d+) bodies, (\d+) page\(s\)\n", out)
    assert match is not None and int(match.group(1)) > 0, out
    assert len(pdf_pages(target)) == int(match.group(2))
    assert "Wien" in pdf_text(target)

    hits = run("search", "Drehscheibe", "--json")[1]
    first_id = re.search(r'"id": "([^"]+)"', hits)
    assert first_id is not None
    favourites = tmp_path / "ids.txt"
    favourites.write_text(f"# pinned\n\n{first_id.group(1)}\n", encoding="utf-8")
    code, out, _ = run("booklet", "-o", str(target), "--favourites", str(favourites))
    assert code == 0 and ": 1 bodies, " in out
    assert "Drehscheibe" in pdf_text(target)


def test_booklet_with_an_unreadable_favourites_list(run: Run, tmp_path: Path) -> None:
    code, out, err = run(
        "booklet", "-o", str(tmp_path / "b.pdf"), "--favourites", str(tmp_path / "none.txt")
    )
    assert (code, out) == (2, "")
    assert (
        err == f"referral-desk: {tmp_path / 'none.txt'} cannot be read: No such file or directory\n"
    )


def test_sheet_log_waits_for_a_lock_then_keeps_the_referral(
    run: Run, db_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "s.pdf"
    assert run("db", "info")[0] == 0  # the file is in WAL mode from now on, as in use
    with holding_lock(db_path, 2):
        started = time.monotonic()
        code, out, err = run("sheet", str(CASE), "-o", str(target), "--log")
    assert code == 0, err
    assert time.monotonic() - started >= 1.5  # it waited for the other program
    reference = out.split("referral sheet ")[1].split(",")[0]
    assert reference in pdf_text(target)
    assert run("log", "stats")[1].startswith("1 referral(s)\n")


def test_sheet_log_prints_nothing_when_the_log_stays_locked(
    run: Run, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from referral_desk.store import db

    monkeypatch.setattr(db, "BUSY_TIMEOUT_SECONDS", 1)
    target = tmp_path / "s.pdf"
    assert run("db", "info")[0] == 0  # the file is in WAL mode from now on, as in use
    with holding_lock(db_path, 120):  # held until the command has given up
        code, out, err = run("sheet", str(CASE), "-o", str(target), "--log")
    assert code != 0 and out == ""
    assert "busy" in err and "another program" in err and "Traceback" not in err
    assert not target.exists(), "no sheet carries a reference the log does not have"
    assert run("log", "stats")[1] == "0 referral(s)\n"


def test_sheet_in_the_posts_time_zone_with_its_details(run: Run, tmp_path: Path) -> None:
    from referral_desk.settings import Settings, save_settings

    target = tmp_path / "sheet.pdf"
    at = ["--now", "2026-11-30T10:30:00+01:00"]
    code, _, err = run("sheet", str(CASE), "-o", str(target), "--post-tz", "Europe/Sofia", *at)
    assert code == 0, err
    assert "2026-11-30 11:30 (EET)" in pdf_pages(target)[0]
    set_up = Settings(
        post_name="Consulate General, Vienna",
        caseworker_name="M. Petrova",
        post_timezone="Europe/Vienna",
        post_details="Example Street 0, Wien",
    )
    save_settings(set_up)
    code, _, err = run("sheet", str(CASE), "-o", str(target), *at)  # as the post is set up
    assert code == 0, err
    first = pdf_pages(target)[0]
    assert "2026-11-30 10:30 (CET)" in first and "Example Street 0, Wien" in first
    assert "Consulate General, Vienna" in first and "M. Petrova" in first
    code, _, err = run("sheet", str(CASE), "-o", str(target), "--post", "Other post", *at)
    assert code == 0, err
    first = pdf_pages(target)[0]
    assert "Other post" in first and "Consulate General" not in first and "M. Petrova" in first
    code, _, err = run("sheet", str(CASE), "-o", str(target), "--post-tz", "Mars/Olympus", *at)
    assert code == 2 and "'Mars/Olympus' is not an IANA time zone" in err
