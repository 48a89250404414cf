"""``verify``, ``checks``, ``queue``, ``freshness``, ``corrections`` and ``note``."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path

from cli.conftest import Run
from referral_desk.cli.exit_codes import ExitCode
from update_helpers import CHANGED_AT

TODAY = datetime.now().astimezone().date().isoformat()


def test_verify_then_the_history_and_the_record_say_so(run: Run) -> None:
    code, out, err = run(
        "verify", CHANGED_AT, "--how", "phone", "--note", "duty desk", "--by", "M."
    )
    assert code == ExitCode.OK and err == ""
    assert out.strip() == f"{CHANGED_AT}: confirmed on {TODAY} by M. (phone call)"
    code, out, _ = run(
        "verify",
        CHANGED_AT,
        "--how",
        "email",
        "--outcome",
        "changed",
        "--note",
        "new fax",
        "--by",
        "K.",
    )
    assert code == ExitCode.OK
    code, out, _ = run("checks", CHANGED_AT)
    assert out.splitlines() == [
        f"{TODAY}  changed      e-mail      K. – new fax",
        f"{TODAY}  confirmed    phone call  M. – duty desk",
    ]
    code, out, _ = run("show", CHANGED_AT, "--json")
    assert json.loads(out)["verification"]["by"] == "M."


def test_verify_refuses_what_it_cannot_keep(run: Run) -> None:
    code, _, err = run("verify", "no-such-id", "--how", "phone", "--by", "M.")
    assert code == ExitCode.NOT_FOUND and "No record has the id no-such-id." in err
    code, _, err = run("verify", CHANGED_AT, "--how", "phone", "--outcome", "changed", "--by", "M.")
    assert code == ExitCode.USAGE and "say what changed" in err
    code, _, err = run("verify", CHANGED_AT, "--how", "phone")  # no --by and no name set
    assert code == ExitCode.USAGE and "--by" in err
    code, _, err = run("verify", CHANGED_AT, "--how", "pigeon", "--by", "M.")
    assert code == ExitCode.USAGE and "invalid choice" in err
    code, out, _ = run("checks", CHANGED_AT)
    assert out.strip() == "no check recorded here"


def test_queue_lists_urgent_lines_first_with_their_numbers(run: Run) -> None:
    code, out, _ = run("queue", "--older-than", "6", "--limit", "3")
    assert code == ExitCode.OK
    lines = out.splitlines()
    assert lines[0].endswith("record(s) due (not verified within 6 months)")
    assert "24h" in lines[2] or "emergency" in lines[2]
    assert lines[3].startswith("    call +")
    assert lines[-1].startswith("... and ")
    code, _, err = run("queue", "--older-than", "0")
    assert code == ExitCode.USAGE and "not from 1 to 120" in err


def test_freshness_as_text_and_as_csv(run: Run, tmp_path: Path) -> None:
    code, out, _ = run("freshness")
    assert code == ExitCode.OK and "Country: records" in out and "Region: records" in out
    code, out, _ = run("freshness", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    countries = {r["group"]: r for r in rows if r["dimension"] == "country"}
    assert {"AT", "BG"} <= set(countries)
    assert {r["dimension"] for r in rows} == {"country", "category", "region"}
    path = tmp_path / "fresh.csv"
    code, out, _ = run("freshness", "--csv", str(path))
    assert code == ExitCode.OK and path.read_text(encoding="utf-8").startswith("dimension,group")
    code, _, err = run("freshness", "--csv", str(tmp_path / "no" / "such.csv"))
    assert code == ExitCode.USAGE and "does not exist" in err


def test_corrections_export_and_import_between_two_databases(
    run: Run, db_path: Path, tmp_path: Path
) -> None:
    from referral_desk.cli import main
    from referral_desk.services.desk import Desk

    with Desk.open(db_path) as desk:  # the post
        reported = desk.corrections.report(CHANGED_AT, "rings out", "new number", "Post Linz")
    path = tmp_path / "linz.corrections.json"
    code, out, _ = run("corrections", "export", str(path))
    assert code == ExitCode.OK and out.strip() == f"{path}: 1 correction(s)"
    again = tmp_path / "again.corrections.json"
    assert run("corrections", "export", str(again))[1].startswith("no correction is waiting")
    assert not again.exists()
    assert run("corrections", "export", str(again), "--all")[0] == ExitCode.OK and again.exists()
    coordinator = str(tmp_path / "coordinator.sqlite3")  # made from the sample on first use
    assert main(["--db", coordinator, "corrections", "import", str(path)]) == ExitCode.OK
    with Desk.open(coordinator) as desk:
        [arrived] = desk.corrections.listed()
    assert arrived.imported and arrived.id == reported.id and arrived.post == "Post Linz"
    bad = tmp_path / "bad.corrections.json"
    bad.write_text('{"format": "referral-desk-corrections"}', encoding="utf-8")
    code, _, err = run("corrections", "import", str(bad))
    assert code == ExitCode.FAILED and "Nothing was imported." in err
    assert "format_version" in err


def test_a_note_is_kept_shown_and_taken_away(run: Run) -> None:
    assert run("note", CHANGED_AT, "ask for the duty officer")[1].strip() == "note kept"
    assert run("note", CHANGED_AT)[1].strip() == "ask for the duty officer"
    assert run("note", CHANGED_AT, "")[1].strip() == "note taken away"
    assert run("note", CHANGED_AT)[1].strip() == "no note"
    code, _, err = run("note", "no-such-id", "x")
    assert code == ExitCode.NOT_FOUND and "no-such-id" in err


def test_bad_input_to_the_new_commands_is_one_sentence_and_a_code(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "folder.corrections.json"
    folder.mkdir()
    cases = [
        (("verify", CHANGED_AT, "--how", "phone", "--by", "M.", "--on", "2999-01-01"), 2, "future"),
        (("verify", CHANGED_AT, "--how", "phone", "--by", "M.", "--on", "soon"), 2, "YYYY-MM-DD"),
        (("note", CHANGED_AT, "x" * 2001), 2, "longer than 2000"),
        (("checks", "no-such-id"), 3, "No record has the id"),
        (("corrections", "import", str(folder)), 1, "it is a folder"),
        (("corrections", "import", str(tmp_path / "missing.json")), 1, "does not exist"),
        (("freshness", "--csv", str(tmp_path)), 2, "is a folder"),
    ]
    for argv, code, said in cases:
        got, _out, err = run(*argv)
        assert (got, said in err) == (code, True), (argv, err)
        assert "Traceback" not in err


def test_corrections_are_listed_on_the_posts_clock(run: Run, db_path: Path) -> None:
    from datetime import UTC

    from referral_desk.services.desk import Desk
    from referral_desk.settings import Settings, save_settings

    with Desk.open(db_path) as desk:
        late = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
        desk.corrections.report(CHANGED_AT, "wrong fax", "", "Post Linz", now=late)
    save_settings(Settings(post_name="Post Tokyo", post_country="JP", post_timezone="Asia/Tokyo"))
    out = run("corrections", "list")[1]
    assert "2026-12-01 08:30 (JST)  Post Linz" in out and "UTC" not in out
