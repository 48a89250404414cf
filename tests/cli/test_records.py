"""``search`` and ``show`` on a real database: JSON and text output, unknown ids."""

from __future__ import annotations

import json
from collections.abc import Callable

Run = Callable[..., tuple[int, str, str]]


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
    }
    assert set(hits[0]) == documented
    assert "drehscheibe" in hits[0]["name"].lower()
    assert hits[0]["country"] == "AT"


def test_search_text_output_and_filters(run: Run) -> None:
    code, out, _ = run("search", "--country", "BG", "--kind", "organization", "--limit", "500")
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) >= 15
    assert all(line.startswith("organization ") and " BG " in line for line in lines)


def test_search_names_in_the_language_asked_for(run: Run) -> None:
    _, english, _ = run("search", "Drehscheibe", "--json")
    _, bulgarian, _ = run("search", "Drehscheibe", "--json", "--lang", "bg")
    assert json.loads(english)[0]["id"] == json.loads(bulgarian)[0]["id"]
    assert json.loads(english)[0]["name"] != json.loads(bulgarian)[0]["name"]


def test_search_with_nothing_found_says_so(run: Run) -> None:
    code, out, _ = run("search", "--country", "XX")
    assert (code, out) == (0, "No matches.\n")


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
