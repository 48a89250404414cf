"""``pathway``: a case file to its pathway as text or JSON; bad case files and broken rules."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from referral_desk.services.pathway import rules_files

Run = Callable[..., tuple[int, str, str]]
ROOT = Path(__file__).resolve().parent.parent.parent
CASE = ROOT / "data" / "cases" / "bg-child-begging-vienna.json"


def test_pathway_as_text_and_json(run: Run) -> None:
    code, text, _ = run("pathway", str(CASE))
    assert code == 0
    assert text.startswith("SAMPLE DATA – not for operational use\n\nReferral pathway\n")
    assert "child protection authority" in text.lower()
    code, out, _ = run("pathway", str(CASE), "--json", "--lang", "bg")
    data = json.loads(out)
    assert code == 0
    assert data["format"] == "referral-desk-pathway" and data["language"] == "bg"
    assert data["is_child"] is True and data["steps"]
    assert data["sample_data"] is True
    assert any("\u0400" <= ch <= "\u04ff" for ch in data["steps"][0]["action"])


def test_the_text_speaks_the_language_asked_for_not_only_the_rules(run: Run) -> None:
    code, text, _ = run("pathway", str(CASE), "--lang", "de")
    assert code == 0
    assert text.startswith("BEISPIELDATEN") or "Vermittlungsweg" in text.splitlines()[2], text[:200]
    assert "Why:" not in text and "Warum:" in text
    assert "Reachable around the clock" not in text
    code, text, _ = run("pathway", str(CASE), "--lang", "bg")
    assert code == 0 and "Why:" not in text


def test_a_bad_case_file_names_the_field(run: Run, tmp_path: Path) -> None:
    case = json.loads(CASE.read_text(encoding="utf-8"))
    case["purposes"] = ["slavery"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(case), encoding="utf-8")
    code, out, err = run("pathway", str(bad))
    assert (code, out) == (2, "")
    assert f"referral-desk: {bad} cannot be used" in err and "purposes[0]" in err
    code, _, err = run("pathway", str(tmp_path / "missing.json"))
    assert code == 2 and "the file does not exist" in err


def test_a_language_the_program_does_not_speak_is_refused(run: Run) -> None:
    code, _, err = run("pathway", str(CASE), "--lang", "fr")
    assert code == 2 and "invalid choice: 'fr'" in err


@pytest.fixture
def rules_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped rules that the test may break."""
    folder = tmp_path / "rules"
    shutil.copytree(ROOT / "data" / "rules", folder)
    monkeypatch.setattr(rules_files, "rules_dir", lambda: folder)
    return folder


def test_broken_rules_without_last_good_ones_fail(run: Run, rules_folder: Path) -> None:
    (rules_folder / "pathway.toml").write_text("[[step]]\nid = ", encoding="utf-8")
    code, out, err = run("pathway", str(CASE))
    assert (code, out) == (1, "")
    assert err.startswith("referral-desk: The rule files have 1 problem(s)")
    assert "pathway.toml" in err


def test_broken_rules_fall_back_to_the_last_good_ones(run: Run, rules_folder: Path) -> None:
    assert run("pathway", str(CASE))[0] == 0  # the good rules are kept
    (rules_folder / "pathway.toml").write_text("[[step]]\nid = ", encoding="utf-8")
    code, out, err = run("pathway", str(CASE))
    assert code == 0 and "\nReferral pathway\n" in out
    assert "referral-desk: using the last good rules." in err
