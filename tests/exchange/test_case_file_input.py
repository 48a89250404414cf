"""Hostile case files: each is refused with one clear sentence naming the file and the
field, never a traceback (issue 14, point 3, and points 4 and 5 where cases hold them)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from referral_desk.exchange.case_file import CaseFileError, case_from_json, read_case_file

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "data" / "cases" / "bg-child-begging-vienna.json"
RAW = "@@raw@@"


def _example() -> dict[str, Any]:
    content: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return content


@dataclass(frozen=True)
class Hostile:
    name: str
    data: Callable[[], bytes]
    expected: str  # a regular expression one of the problems must match


def with_field(key: str, value: Any, raw: str | None = None) -> Callable[[], bytes]:
    def build() -> bytes:
        content = _example()
        content[key] = value
        text = json.dumps(content, indent=2)
        if raw is not None:
            text = text.replace(json.dumps(RAW), raw, 1)
        return text.encode("utf-8")

    return build


def text(raw: str) -> Callable[[], bytes]:
    return lambda: raw.encode("utf-8")


def example_bytes(how: Callable[[bytes], bytes]) -> Callable[[], bytes]:
    return lambda: how(EXAMPLE.read_bytes())


def _nested(depth: int) -> Any:
    value: Any = "bg"
    for _ in range(depth):
        value = [value]
    return value


HOSTILE = [
    Hostile("arrays nested 100,000 deep", text("[" * 100_000 + "]" * 100_000), r"nested more"),
    Hostile(
        "objects nested 100,000 deep",
        text('{"a":' * 100_000 + "1" + "}" * 100_000),
        r"nested more than \d+ levels deep",
    ),
    Hostile(
        "languages nested 50 deep",
        with_field("languages", _nested(50)),
        r"^languages(\[0\])+: nested more than \d+ levels deep",
    ),
    Hostile(
        "lone surrogate in region", with_field("region", "Wien\ud800"), r"^region: holds U\+D800"
    ),
    Hostile(
        "lone surrogate in comment",
        with_field("comment", "\udfff"),
        r"^comment: holds U\+DFFF, a lone surrogate",
    ),
    Hostile(
        "5,000-digit age",
        with_field("age", RAW, raw="1" * 5000),
        r"^age: a number of 5,000 digits",
    ),
    Hostile(
        "4,000-digit age",
        with_field("age", RAW, raw="7" * 4000),
        r"^age: a number of 4,000 digits",
    ),
    Hostile("age 1e400", with_field("age", RAW, raw="1e400"), r"^age: .*not a finite number"),
    Hostile("age NaN", with_field("age", float("nan")), r"^age: .*not a finite number"),
    Hostile("age minus infinity", with_field("age", float("-inf")), r"^age: .*not a finite number"),
    Hostile("age 17.5", with_field("age", 17.5), r"^age: a number with a fraction where"),
    Hostile("age true", with_field("age", True), r"^age: true where an integer"),
    Hostile(
        "a byte that is not UTF-8",
        example_bytes(lambda data: data.replace(b'"AT"', b'"A\xc0T"', 1)),
        r"^not UTF-8 text: byte 0xc0 at line \d+",
    ),
    Hostile(
        "UTF-16 text",
        example_bytes(lambda data: data.decode("utf-8").encode("utf-16")),
        r"UTF-16",
    ),
    Hostile("an empty file", text(""), r"^the file is empty"),
    Hostile("a cut-off file", example_bytes(lambda data: data[:40]), r"^not valid JSON"),
    Hostile("a list", text("[]"), r"^\(top level\): a list where an object"),
    Hostile("a bare surrogate string", text('"\\ud800"'), r"lone surrogate"),
    Hostile(
        "a key given twice",
        example_bytes(
            lambda data: data.replace(b'"country": "AT"', b'"country": "AT", "country": "BG"', 1)
        ),
        r"^\(top level\): the field 'country' is given twice",
    ),
    Hostile(
        "country ending in a line break",
        with_field("country", "AT\n"),
        r"^country: 'AT\\n' is not a country code .*line break",
    ),
    Hostile(
        "nationality ending in a line break",
        with_field("nationality", "BG\n"),
        r"^nationality: .* is not a country code",
    ),
    Hostile(
        "post country with a leading space",
        with_field("post_country", " BG"),
        r"^post_country: .* is not a country code .*space",
    ),
    Hostile(
        "language ending in a line break",
        with_field("languages", ["bg\n"]),
        r"^languages\[0\]: .* is not a language code",
    ),
    Hostile(
        "bidi override in region",
        with_field("region", "\u202eanneiW"),
        r"^region: holds U\+202E .*bidi control",
    ),
    Hostile("NUL in region", with_field("region", "Wien\x00"), r"^region: holds U\+0000\b"),
    Hostile(
        "zero-width space in region",
        with_field("region", "Wi\u200ben"),
        r"^region: holds U\+200B .*invisible",
    ),
    Hostile(
        "escape sequence in comment",
        with_field("comment", "\x1b]0;owned\x07"),
        r"^comment: holds U\+001B\b",
    ),
    Hostile(
        "a 100 KB region",
        with_field("region", "Wien " * 20_000),
        r"^region: 100,000 characters; at most \d+",
    ),
    Hostile(
        "a 100-character word in region",
        with_field("region", "Wien" * 25),
        r"^region: a word of 100 characters .*at most 64",
    ),
    Hostile(
        "a 100 KB comment",
        with_field("comment", "x" * 100_000),
        r"^comment: 100,000 characters; at most 500",
    ),
    Hostile(
        "a 100 KB $schema",
        with_field("$schema", "https://" + "x" * 100_000),
        r"^\$schema: 100,008 characters; at most \d+",
    ),
    Hostile(
        "a thousand languages",
        with_field("languages", ["bg"] * 1000),
        r"^languages: 1,000 items; at most \d+",
    ),
    Hostile(
        "a 100 KB field name",
        with_field("k" * 100_000, 1),
        r"^\(top level\): a field name of 100,000 characters",
    ),
    Hostile(
        "a field name with a surrogate",
        with_field("\ud800", 1),
        r"^\(top level\): a field name holds U\+D800",
    ),
    Hostile(
        "an unknown field", with_field("name", "Ivan"), r"^\(top level\): unexpected field 'name'"
    ),
    Hostile(
        "age and age group disagree",
        with_field("age_group", "adult"),
        r"^age_group: 'adult' does not fit age",
    ),
]


@pytest.mark.parametrize("case", HOSTILE, ids=[h.name for h in HOSTILE])
def test_a_hostile_case_file_is_refused_with_its_place_named(tmp_path: Path, case: Hostile) -> None:
    path = tmp_path / "case.json"
    path.write_bytes(case.data())
    with pytest.raises(CaseFileError) as caught:
        read_case_file(path)
    problems = caught.value.problems
    assert any(re.search(case.expected, p) for p in problems), problems
    assert str(path) in str(caught.value)
    assert all(len(p) < 400 for p in problems), [p[:400] for p in problems]
    assert all(p.isprintable() for p in problems), "a message a terminal cannot show as it is"


def test_the_hostile_set_is_large() -> None:
    assert len(HOSTILE) >= 30


def test_a_case_file_too_large_is_refused_before_it_is_read(tmp_path: Path) -> None:
    from referral_desk.exchange.case_file import MAX_CASE_FILE_BYTES

    path = tmp_path / "huge.json"
    with path.open("wb") as stream:
        stream.truncate(MAX_CASE_FILE_BYTES + 1)
    with pytest.raises(CaseFileError, match=r"the file is .*; a case file may be at most"):
        read_case_file(path)


def test_a_folder_is_not_a_case_file(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="is a folder, not a file"):
        read_case_file(tmp_path)


def test_a_missing_case_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.json"
    with pytest.raises(CaseFileError, match="does not exist") as caught:
        read_case_file(path)
    assert str(path) in str(caught.value)


def test_a_case_built_in_memory_is_checked_the_same_way() -> None:
    with pytest.raises(CaseFileError, match=r"age: .*not a finite number"):
        case_from_json({"country": "AT", "age": float("nan")})
    with pytest.raises(CaseFileError, match=r"region: holds U\+202E"):
        case_from_json({"country": "AT", "region": "\u202e"})
    with pytest.raises(CaseFileError, match=r"region: 10,000,000 characters; at most 300"):
        case_from_json({"country": "AT", "region": "Wien " * 2_000_000})


def test_a_byte_order_mark_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_bytes(b"\xef\xbb\xbf" + EXAMPLE.read_bytes())
    assert read_case_file(path).country == "AT"
