"""Every finding of the HSDS exchange reads as a whole sentence, in English and translated."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from referral_desk.exchange.hsds.problems import (
    CONTEXT,
    MESSAGES,
    REASONS,
    WORDS,
    Code,
    Place,
    Problem,
    type_name,
)

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "src" / "referral_desk" / "exchange" / "hsds"
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def _translator(lang: str) -> dict[tuple[str, str], str]:
    root = ET.parse(ROOT / "resources" / "i18n" / f"referral_desk_{lang}.ts").getroot()
    found = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name") or "", message.findtext("source") or "")] = (
                message.findtext("translation") or ""
            )
    return found


def _problem(code: Code) -> Problem:
    params = {name: f"<{name}>" for name in PLACEHOLDER.findall(MESSAGES[code])}
    if "reason" in params:
        params["reason"] = "not_in_file"
    for key in ("expected", "found"):
        if key in params:
            params[key] = "a list"
    other = Place("other.csv", "service", row=7) if "other" in params else None
    params.pop("other", None)
    return Problem(Place("services.csv", "service", row=3, field="name"), code, params, other)


def test_every_code_has_a_message() -> None:
    assert set(MESSAGES) == set(Code)


@pytest.mark.parametrize("lang", ["en", "bg", "de"])
def test_every_message_fills_all_its_blanks(lang: str) -> None:
    table = _translator(lang) if lang != "en" else {}

    def translate(context: str, text: str) -> str:
        return table[(context, text)] if table else text

    for code in Code:
        text = _problem(code).message(translate)
        assert "{" not in text and "}" not in text, text
        assert text.startswith("services.csv, ")
        if lang != "en":
            assert translate(CONTEXT, MESSAGES[code]).split("{")[0] in text


def test_every_reason_and_word_the_code_gives_has_words() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in SOURCES.glob("*.py"))
    reasons = set(re.findall(r'reason="([a-z_]+)"', code))
    reasons |= set(re.findall(r'"(owner_not_held|not_ours|not_possible|not_parsed)"', code))
    assert reasons and reasons <= set(REASONS), reasons - set(REASONS)
    words = set(re.findall(r'(?:expected|found)="([^"]+)"', code))
    words |= {type_name(v) for v in (None, True, 1, "a", [], {})}
    assert words <= set(WORDS), words - set(WORDS)


def test_a_value_that_ends_a_sentence_with_its_own_full_stop_gets_no_second() -> None:
    problem = Problem(Place("f.json", field="own_name"), Code.ASSUMED, {"value": "Example Inc."})
    assert problem.message().endswith("the import used Example Inc.")
    ellipsis = Problem(Place("f.json", field="own_name"), Code.ASSUMED, {"value": "Wait..."})
    assert ellipsis.message().endswith("the import used Wait...")
