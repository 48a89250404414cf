"""The command line: search, show and db check on a real database, JSON and text output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from referral_desk.cli import main


@pytest.fixture
def db_path(sample_db_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite3"
    path.write_bytes(sample_db_template.read_bytes())
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_search_json_lists_hits_with_the_documented_fields(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "search", "Drehscheibe", "--json")
    assert code == 0
    hits = json.loads(out)
    assert hits, "Drehscheibe must be found"
    for key in ("kind", "id", "name", "organization", "country"):
        assert key in hits[0]
    assert "drehscheibe" in hits[0]["name"].lower()
    assert hits[0]["country"] == "AT"


def test_search_text_output_and_filters(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "--db",
        str(db_path),
        "search",
        "--country",
        "BG",
        "--kind",
        "organization",
        "--limit",
        "500",
    )
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) >= 15
    assert all(" BG " in line for line in lines)


def test_search_any_text_never_fails(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for text in ['"', "*", "NEAR(", "a OR", "😀", "x" * 10_000, "-", "^"]:
        code, out, err = run(capsys, "--db", str(db_path), "search", text, "--json")
        assert code == 0, err
        assert isinstance(json.loads(out), list)


def test_show_json_hides_confidential_addresses(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(
        capsys, "--db", str(db_path), "search", "--kind", "organization", "--limit", "500", "--json"
    )
    shown_confidential = 0
    for hit in json.loads(out):
        code, detail_out, _ = run(capsys, "--db", str(db_path), "show", hit["id"], "--json")
        assert code == 0
        detail = json.loads(detail_out)
        assert detail["id"] == hit["id"]
        for location in detail["locations"]:
            if location["confidential"]:
                shown_confidential += 1
                assert location["address"] is None
    assert shown_confidential >= 1, "the sample has shelters with confidential addresses"


def test_show_text_and_unknown_id(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--db", str(db_path), "search", "116111", "--json")
    helpline = json.loads(out)[0]
    code, text, _ = run(capsys, "--db", str(db_path), "show", helpline["id"])
    assert code == 0
    assert "116 111" in text
    code, _, err = run(capsys, "--db", str(db_path), "show", "no-such-id")
    assert code == 3
    assert "No record has the id no-such-id" in err


def test_db_check_and_info(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "db", "check")
    assert code == 0
    assert "sound" in out
    code, out, _ = run(capsys, "--db", str(db_path), "db", "info")
    assert code == 0
    assert "SAMPLE DATA" in out


def test_bad_database_file_gives_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database")
    code, _, err = run(capsys, "--db", str(bad), "search", "x")
    assert code == 1
    assert "not a Referral Desk database" in err
