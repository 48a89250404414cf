"""``search`` and ``show`` on a real database: JSON and text output, unknown ids."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from referral_desk.cli import main
from referral_desk.services.desk import Desk

Run = Callable[..., tuple[int, str, str]]
SAMPLE = Path(__file__).resolve().parents[2] / "data" / "directory.json"


def test_search_json_lists_hits_with_the_documented_fields(run: Run) -> None:
    code, out, _ = run("search", "Drehscheibe", "--json")
    assert code == 0
    hits = json.loads(out)
    assert hits, "Drehscheibe must be found"
    documented = {
        "kind",
        "id",
        "name",
        "organization",
        "organization_id",
        "country",
        "reachable_now",
        "reach",
        "match",
        "sample_data",
    }
    assert set(hits[0]) == documented
    assert hits[0]["match"] == "exact_name"
    assert all(hit["sample_data"] is True for hit in hits)
    assert "drehscheibe" in hits[0]["name"].lower()
    assert hits[0]["country"] == "AT"


def test_search_text_output_and_filters(run: Run) -> None:
    code, out, _ = run("search", "--country", "BG", "--kind", "organization", "--limit", "500")
    assert code == 0
    sample, *lines = out.strip().splitlines()
    assert sample == "SAMPLE DATA – not for operational use"
    assert len(lines) >= 15
    assert all(line.startswith("organization ") and " BG " in line for line in lines)


def test_search_names_in_the_language_asked_for(run: Run) -> None:
    _, english, _ = run("search", "Drehscheibe", "--json")
    _, bulgarian, _ = run("search", "Drehscheibe", "--json", "--lang", "bg")
    assert json.loads(english)[0]["id"] == json.loads(bulgarian)[0]["id"]
    assert json.loads(english)[0]["name"] != json.loads(bulgarian)[0]["name"]


def test_search_by_region_and_a_loose_match_says_so(run: Run) -> None:
    code, out, _ = run("search", "приют", "--region", "Vienna", "--json")
    hits = json.loads(out)
    assert code == 0 and hits and all(hit["country"] == "AT" for hit in hits)
    code, out, _ = run("search", "Drehschiebe")
    assert code == 0 and "No close match; similar spellings:" in out


def test_search_with_nothing_found_says_so(run: Run) -> None:
    code, out, _ = run("search", "--country", "XX")
    assert (code, out) == (0, "SAMPLE DATA – not for operational use\nNo matches.\n")


def test_search_any_text_never_fails(run: Run) -> None:
    for text in ['"', "*", "NEAR(", "a OR", "😀", "x" * 10_000, "-", "^"]:
        code, out, err = run("search", text, "--json")
        assert code == 0, err
        assert isinstance(json.loads(out), list)


def test_show_json_hides_confidential_addresses(run: Run) -> None:
    _, out, _ = run("search", "--kind", "organization", "--limit", "500", "--json")
    shown_confidential = 0
    for hit in json.loads(out):
        code, detail_out, _ = run("show", hit["id"], "--json")
        assert code == 0
        detail = json.loads(detail_out)
        assert detail["id"] == hit["id"]
        for location in detail["locations"]:
            if location["confidential"]:
                shown_confidential += 1
                assert location["address"] is None
    assert shown_confidential >= 1, "the sample has shelters with confidential addresses"


def test_show_text_and_unknown_id(run: Run) -> None:
    _, out, _ = run("search", "116111", "--json")
    helpline = json.loads(out)[0]
    code, text, _ = run("show", helpline["id"])
    assert code == 0
    assert "116 111" in text
    code, _, err = run("show", "no-such-id")
    assert code == 3
    assert "No record has the id no-such-id" in err


def test_only_a_sample_directory_says_sample_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["directory"]["sample"] = False
    source = tmp_path / "real.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "real.sqlite3"
    Desk.open(db, source).close()
    assert main(["--db", str(db), "search", "Drehscheibe"]) == 0
    out = capsys.readouterr().out
    assert out and "SAMPLE DATA" not in out
    assert main(["--db", str(db), "search", "Drehscheibe", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and not any(hit["sample_data"] for hit in hits)
    assert main(["--db", str(db), "show", hits[0]["id"]]) == 0
    assert "SAMPLE DATA" not in capsys.readouterr().out
