"""``edit``, ``create``, ``retire`` and ``history`` on a copy of the sample database."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., tuple[int, str, str]]
ORG = "782afc8b-3420-5d7b-8547-ac0fa5c40d27"
CONTACT = "d810a07e-88e6-50b6-b149-3ec4f093574c"


def test_edit_sets_fields_and_translations_and_search_finds_them(run: Run) -> None:
    code, out, err = run(
        "edit", ORG, "--set", "name.de=Quokkaministerium", "--set", "alternate_names=BMI, Quokka",
        "--reason", "renamed",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "version 2" in out and "Quokkaministerium" in out
    code, out, _ = run("search", "quokkaministerium", "--json")
    assert json.loads(out)[0]["id"] == ORG
    code, out, _ = run("history", ORG, "--json")
    (entry,) = json.loads(out)
    assert entry["reason"] == "renamed"
    assert {c["field"] for c in entry["changes"]} == {"name", "alternate_names"}
    alternates = next(c for c in entry["changes"] if c["field"] == "alternate_names")
    assert alternates["new"] == ["BMI", "Quokka"]


def test_edit_refuses_bad_values_unknown_fields_and_old_versions(run: Run) -> None:
    code, _, err = run("edit", ORG, "--set", "email=not-an-address")
    assert code == 4 and "email" in err and "nothing was changed" in err
    code, _, err = run("edit", ORG, "--set", "colour=blue")
    assert code == 2 and "colour" in err
    code, _, err = run("edit", "no-such-id", "--set", "email=a@example.org")
    assert code == 3
    assert run("edit", ORG, "--set", "website=https://example.org/a")[0] == 0
    code, _, err = run("edit", ORG, "--set", "website=https://example.org/b", "--version", "1")
    assert code == 4 and "version 2" in err and "website" in err
    code, out, _ = run("history", "--json")
    assert [e["version"] for e in json.loads(out)] == [2]


def test_create_and_retire_with_reason(run: Run) -> None:
    code, out, err = run(
        "create", "service", "--organization", ORG, "--set", "name.en=Quokka desk",
        "--set", "description.en=For quokkas.", "--set", "categories=helpline", "--reason", "new",
    )  # fmt: skip
    assert code == 0, err
    service_id = out.strip()
    assert json.loads(run("search", "quokka desk", "--json")[1])[0]["id"] == service_id
    assert run("retire", CONTACT, "--reason", " ")[0] == 2
    code, out, _ = run("retire", service_id, "--reason", "a test")
    assert code == 0 and "retired" in out
    assert run("show", service_id)[0] == 3
    assert json.loads(run("search", "quokka desk", "--json")[1]) == []
    code, out, _ = run("restore", service_id, "--reason", "back")
    assert code == 0 and f"service {service_id} restored" in out
    assert json.loads(run("search", "quokka desk", "--json")[1])[0]["id"] == service_id
    assert run("restore", service_id, "--reason", "again")[0] == 3


def test_history_filters_and_csv(run: Run, tmp_path: Path) -> None:
    run("edit", ORG, "--set", "website=https://example.org/c", "--reason", "=cmd")
    target = tmp_path / "history.csv"
    code, out, _ = run("history", "--country", "AT", "--csv", str(target))
    assert code == 0 and "1 change(s)" in out
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["field"], r["new_value"], r["reason"]) for r in rows] == [
        ("website", "https://example.org/c", "'=cmd")  # never a spreadsheet formula
    ]
    assert json.loads(run("history", "--country", "BG", "--json")[1]) == []
    assert json.loads(run("history", "--since", "2000-01-01", "--json")[1]) != []
    assert json.loads(run("history", "--until", "2000-01-01", "--json")[1]) == []


# db rebuild makes a damaged SQLite file anew; a central server keeps its own backups.
@pytest.mark.parametrize("database_backend", ["sqlite"], indirect=True)
def test_db_rebuild_keeps_the_edits_and_their_history(run: Run, db_path: Path) -> None:
    run("edit", ORG, "--set", "website=https://example.org/kept", "--reason", "kept")
    code, _, err = run("db", "rebuild")
    assert code == 0, err
    assert run("db", "check")[0] == 0
    shown = json.loads(run("show", ORG, "--json")[1])
    assert "https://example.org/kept" in json.dumps(shown)
    (entry,) = json.loads(run("history", "--json")[1])
    assert entry["reason"] == "kept"


def test_retired_lists_what_was_retired_until_it_is_restored(run: Run) -> None:
    assert run("retired")[0] == 0
    assert json.loads(run("retired", "--json")[1]) == []
    assert run("retire", CONTACT, "--reason", "moved away")[0] == 0
    code, out, _ = run("retired", "--json")
    (retired,) = json.loads(out)
    assert (retired["id"], retired["kind"], retired["country"], retired["reason"]) == (
        CONTACT, "contact", "AT", "moved away",
    )  # fmt: skip
    assert retired["by"] and retired["label"]
    code, out, _ = run("retired", "--country", "AT")
    assert code == 0 and CONTACT in out and "moved away" in out
    assert json.loads(run("retired", "--country", "BG", "--json")[1]) == []
    assert run("restore", CONTACT, "--reason", "back")[0] == 0
    assert json.loads(run("retired", "--json")[1]) == []
    (restored, retirement) = json.loads(run("history", CONTACT, "--json")[1])
    assert (restored["action"], retirement["action"]) == ("restore", "retire")


CHILD = "90519d5d-ed27-5d39-bd19-b88278344dfa"  # under ORG in the sample
MOVED = "a397152d-8974-5e4e-b7e2-a570942fe9c5"  # under ORG too, moved elsewhere meanwhile
OTHER_PARENT = "84ac5079-8f6f-571d-b1a4-837121a0df0e"


def test_edit_names_the_record_and_the_records_its_links_point_at(run: Run) -> None:
    code, out, err = run("edit", CHILD, "--set", f"parent_id={OTHER_PARENT}", "--reason", "moved")
    assert (code, err) == (0, "")
    first, change = out.splitlines()[:2]
    child_name = json.loads(run("show", CHILD, "--json")[1])["name"]["by_lang"]["en"]
    assert first.startswith(f"organization {CHILD} ({child_name}) saved")
    assert change.startswith(f"  parent_id: {ORG} (Federal Ministry of the Interior, AT) → ")
    assert f"{OTHER_PARENT} (" in change and ", AT)" in change


def test_restore_says_which_links_came_back_and_which_not_and_why(run: Run) -> None:
    assert run("retire", ORG, "--reason", "merged")[0] == 0
    assert run("edit", MOVED, "--set", f"parent_id={OTHER_PARENT}")[0] == 0
    code, out, err = run("restore", ORG, "--reason", "merger called off")
    assert code == 0
    assert f"organization {ORG} restored" in out
    assert f"organization {CHILD} (" in out and "parent_id links again" in out
    (left,) = err.splitlines()
    assert left.startswith(f"organization {MOVED} (") and f"not linked again to {ORG}" in left
    assert left.endswith("the field was changed since the link was cleared")
    shown = json.loads(run("show", CHILD, "--json")[1])
    assert shown["organization"]["id"] == ORG
