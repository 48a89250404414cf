"""Hostile directory files: each is refused with one clear sentence naming the file and
the place, never a traceback, and nothing is written (issue 14, points 3, 4 and 5)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hostile_directory import RAW, Change, dumped, edit, put, sample, write

from referral_desk.exchange.directory_json import DirectoryFileError, read_directory_file
from referral_desk.services.desk import Desk

ORG0 = ("organizations", 0)
ORG3 = ("organizations", 3)
NAME = (*ORG0, "name", "en")
SCHEDULE = (*ORG0, "locations", 0, "schedules", 0)
LATITUDE = (*ORG0, "locations", 0, "latitude")


@dataclass(frozen=True)
class Hostile:
    """A directory file that must be refused, and the words that must name the place."""

    name: str
    data: Callable[[], bytes]
    expected: str  # a regular expression one of the problems must match


def changed(*changes: Change, raw: str | None = None) -> Callable[[], bytes]:
    def build() -> bytes:
        content = sample()
        for change in changes:
            change(content)
        return dumped(content, raw)

    return build


def text(raw: str) -> Callable[[], bytes]:
    return lambda: raw.encode("utf-8")


def sample_bytes(how: Callable[[bytes], bytes]) -> Callable[[], bytes]:
    return lambda: how(dumped(sample()))


def _duplicate_area(content: dict[str, Any]) -> None:
    areas = content["organizations"][3]["services"][0]["service_areas"]
    areas.append(dict(areas[0]))


def _duplicate_term(content: dict[str, Any]) -> None:
    term = dict(content["taxonomy"][0])
    term["id"] = "0f0f0f0f-0000-4000-8000-000000000001"
    content["taxonomy"].append(term)


def _parent_loop(length: int) -> Change:
    def change(content: dict[str, Any]) -> None:
        ring = content["organizations"][10 : 10 + length]
        for index, org in enumerate(ring):
            org["parent_id"] = ring[(index + 1) % length]["id"]

    return change


def _nested(depth: int) -> Any:
    value: Any = "deep"
    for _ in range(depth):
        value = [value]
    return value


def _schedule_dates(valid_from: str, valid_to: str) -> Change:
    def change(content: dict[str, Any]) -> None:
        row = content["organizations"][0]["locations"][0]["schedules"][0]
        row["valid_from"], row["valid_to"] = valid_from, valid_to

    return change


def _many_phones(content: dict[str, Any]) -> None:
    phone = content["organizations"][0]["phones"][0]
    content["organizations"][0]["phones"] = [dict(phone) for _ in range(1000)]


def _same_id(source: tuple[str | int, ...], target: tuple[str | int, ...]) -> Change:
    def change(content: dict[str, Any]) -> None:
        value = content
        for part in source:
            value = value[part]
        put(target, value["id"])(content)

    return change


def _with_char(char: str) -> Change:
    return edit(NAME, lambda name: name[:7] + char + name[7:])


def _utf16() -> bytes:
    return dumped(sample()).decode("utf-8").encode("utf-16")


def _latin1() -> bytes:
    content = json.dumps(sample(), ensure_ascii=False)
    return content.encode("latin-1", errors="replace")


BIDI = ["\u061c", "\u200e", "\u200f", *map(chr, range(0x202A, 0x202F)), *"\u2066\u2067\u2068\u2069"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\U000e0041"]
CONTROLS = ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\n", "\t", "\u2028", "\ue000"]

HOSTILE = [
    # point 3: tracebacks before
    Hostile(
        "impossible published date",
        changed(put(("directory", "published"), "2026-02-31")),
        r"^directory\.published: '2026-02-31' is not a real date",
    ),
    Hostile(
        "impossible verification date",
        changed(put((*ORG0, "verified", "at"), "2026-04-31")),
        r"^organizations\[0\]\.verified\.at: '2026-04-31' is not a real date",
    ),
    Hostile(
        "impossible valid_from",
        changed(put((*SCHEDULE, "valid_from"), "2025-02-29")),
        r"^organizations\[0\]\.locations\[0\]\.schedules\[0\]\.valid_from: '2025-02-29' is not",
    ),
    Hostile(
        "impossible valid_to",
        changed(put((*SCHEDULE, "valid_to"), "2026-06-31")),
        r"^organizations\[0\]\.locations\[0\]\.schedules\[0\]\.valid_to: '2026-06-31' is not",
    ),
    Hostile(
        "arrays nested 100,000 deep",
        text("[" * 100_000 + "]" * 100_000),
        r"nested more than \d+ levels deep",
    ),
    Hostile(
        "objects nested 100,000 deep",
        text('{"a":' * 100_000 + "1" + "}" * 100_000),
        r"nested more than \d+ levels deep",
    ),
    Hostile(
        "a field nested 200 deep",
        changed(put((*ORG0, "name"), _nested(200))),
        r"^organizations\[0\]\.name(\[0\])+: nested more than \d+ levels deep",
    ),
    Hostile(
        "lone surrogate in a name",
        changed(_with_char("\ud800")),
        r"^organizations\[0\]\.name\.en: .*lone surrogate",
    ),
    Hostile(
        "lone surrogate in a field name",
        changed(put((*ORG0, "\udc00"), 1)),
        r"^organizations\[0\]: a field name .*lone surrogate",
    ),
    Hostile(
        "5,000-digit format_version",
        changed(put(("format_version",), RAW), raw="9" * 5000),
        r"^format_version: a number of 5,000 digits",
    ),
    Hostile(
        "5,000-digit latitude",
        changed(put(LATITUDE, RAW), raw="1" * 5000),
        r"^organizations\[0\]\.locations\[0\]\.latitude: a number of 5,000 digits",
    ),
    Hostile(
        "latitude 1e400",
        changed(put(LATITUDE, RAW), raw="1e400"),
        r"^organizations\[0\]\.locations\[0\]\.latitude: .*not a finite number",
    ),
    Hostile(
        "NaN latitude",
        changed(put(LATITUDE, float("nan"))),
        r"^organizations\[0\]\.locations\[0\]\.latitude: .*not a finite number",
    ),
    Hostile(
        "infinite longitude",
        changed(put((*ORG0, "locations", 0, "longitude"), float("inf"))),
        r"^organizations\[0\]\.locations\[0\]\.longitude: .*not a finite number",
    ),
    Hostile(
        "minus infinite latitude",
        changed(put(LATITUDE, float("-inf"))),
        r"^organizations\[0\]\.locations\[0\]\.latitude: .*not a finite number",
    ),
    Hostile(
        "a byte that is not UTF-8",
        sample_bytes(lambda data: data.replace(b"Interior", b"Inter\xffior", 1)),
        r"^not UTF-8 text: byte 0xff at line \d+",
    ),
    Hostile("Latin-1 text", _latin1, r"^not UTF-8 text: byte 0x[0-9a-f]{2} at line 1"),
    Hostile("UTF-16 text", _utf16, r"^not UTF-8 text.*UTF-16"),
    Hostile("an empty file", text(""), r"^the file is empty"),
    Hostile(
        "a cut-off file",
        sample_bytes(lambda data: data[: len(data) // 2]),
        r"^not valid JSON: .* \(line \d+, column \d+\)",
    ),
    Hostile("a list", text("[1, 2, 3]"), r"^not a Referral Desk directory file"),
    Hostile("a bare string", text('"\\ud800"'), r"lone surrogate"),
    Hostile(
        "a key given twice",
        sample_bytes(
            lambda data: data.replace(b'"country": "AT"', b'"country": "AT", "country": "BG"', 1)
        ),
        r"^organizations\[0\]: the field 'country' is given twice",
    ),
    Hostile(
        "a huge format_version string",
        changed(put(("format_version",), "x" * 10_000_000)),
        r"^format_version .* is not supported",
    ),
    # point 4: errors that did not say where
    Hostile(
        "id ending in a line break",
        changed(edit((*ORG3, "id"), lambda v: v + "\n")),
        r"^organizations\[3\]\.id: .* is not an id .*line break",
    ),
    Hostile(
        "country ending in a line break",
        changed(put((*ORG3, "country"), "AT\n")),
        r"^organizations\[3\]\.country: 'AT\\n' is not a country code.*line break",
    ),
    Hostile(
        "time zone ending in a line break",
        changed(put((*ORG3, "locations", 0, "timezone"), "Europe/Vienna\n")),
        r"^organizations\[3\]\.locations\[0\]\.timezone: .* is not a time zone.*line break",
    ),
    Hostile(
        "website ending in a line break",
        changed(put((*ORG3, "website"), "https://www.bmi.gv.at\n")),
        r"^organizations\[3\]\.website: .* is not a web address.*line break",
    ),
    Hostile(
        "parent id ending in a line break",
        changed(edit((*ORG3, "parent_id"), lambda v: v + "\n")),
        r"^organizations\[3\]\.parent_id: .* is not an id .*line break",
    ),
    Hostile(
        "e-mail with a space at the end",
        changed(put((*ORG3, "email"), "office@example.org ")),
        r"^organizations\[3\]\.email: .* is not an e-mail address.*space",
    ),
    Hostile(
        "location link ending in a line break",
        changed(edit((*ORG3, "services", 0, "location_ids", 0), lambda v: v + "\n")),
        r"^organizations\[3\]\.services\[0\]\.location_ids\[0\]: .* is not an id",
    ),
    Hostile(
        "id in upper case",
        changed(edit((*ORG3, "id"), str.upper)),
        r"^organizations\[3\]\.id: .* is not an id \(a UUID in lower case\)",
    ),
    Hostile(
        "bidi override in an e-mail",
        changed(put((*ORG3, "email"), "office\u202e@example.org")),
        r"^organizations\[3\]\.email: holds U\+202E ",
    ),
    Hostile(
        "a service area given twice",
        changed(_duplicate_area),
        r"^organizations\[3\]\.services\[0\]\.service_areas\[1\]: the same area as "
        r"service_areas\[0\]",
    ),
    Hostile(
        "a taxonomy code given twice",
        changed(_duplicate_term),
        r"^taxonomy\[\d+\]\.code: 'emergency' is already the category of taxonomy\[0\]",
    ),
    Hostile(
        "an organization id given twice",
        changed(_same_id(ORG3, ("organizations", 4, "id"))),
        r"^organizations\[4\]\.id: .* is already used at organizations\[3\]",
    ),
    Hostile(
        "a service with a contact's id",
        changed(_same_id((*ORG3, "contacts", 0), ("organizations", 4, "services", 0, "id"))),
        r"^organizations\[4\]\.services\[0\]\.id: .* is already used at organizations\[3\]",
    ),
    # point 5: accepted though wrong
    Hostile(
        "parents in a loop of two",
        changed(put((*ORG0, "parent_id"), sample()["organizations"][1]["id"])),
        r"^organizations\[0\]\.parent_id: the parent organizations form a loop of 2",
    ),
    Hostile(
        "parents in a loop of five",
        changed(_parent_loop(5)),
        r"^organizations\[10\]\.parent_id: the parent organizations form a loop of 5",
    ),
    Hostile(
        "its own parent",
        changed(_same_id(ORG3, (*ORG3, "parent_id"))),
        r"^organizations\[3\]\.parent_id: an organization cannot be its own parent",
    ),
    *[
        Hostile(
            f"bidi control U+{ord(char):04X} in a name",
            changed(_with_char(char)),
            rf"^organizations\[0\]\.name\.en: holds U\+{ord(char):04X} .*bidi control",
        )
        for char in BIDI
    ],
    *[
        Hostile(
            f"invisible U+{ord(char):04X} in a name",
            changed(_with_char(char)),
            rf"^organizations\[0\]\.name\.en: holds U\+{ord(char):04X} .*invisible",
        )
        for char in INVISIBLE
    ],
    *[
        Hostile(
            f"U+{ord(char):04X} in a name",
            changed(_with_char(char)),
            rf"^organizations\[0\]\.name\.en: holds U\+{ord(char):04X}\b",
        )
        for char in CONTROLS
    ],
    Hostile(
        "NUL in a description",
        changed(edit((*ORG0, "description", "de"), lambda v: v + "\x00")),
        r"^organizations\[0\]\.description\.de: holds U\+0000\b",
    ),
    Hostile(
        "escape sequence in an alternate name",
        changed(put((*ORG0, "alternate_names"), ["\x1b[2J BMI"])),
        r"^organizations\[0\]\.alternate_names\[0\]: holds U\+001B\b",
    ),
    Hostile(
        "NUL in a city",
        changed(put((*ORG0, "locations", 0, "address", "city"), "Wien\x00")),
        r"^organizations\[0\]\.locations\[0\]\.address\.city: holds U\+0000\b",
    ),
    Hostile(
        "valid_from after valid_to",
        changed(_schedule_dates("2026-12-31", "2026-01-01")),
        r"^organizations\[0\]\.locations\[0\]\.schedules\[0\]: valid_from 2026-12-31 is after "
        r"valid_to 2026-01-01",
    ),
    Hostile(
        "opens and closes at the same minute",
        changed(put((*SCHEDULE, "closes_at"), "08:00")),
        r"^organizations\[0\]\.locations\[0\]\.schedules\[0\]: opens and closes at the same "
        r"minute \(08:00\)",
    ),
    Hostile(
        "a 10,000-character word in a name",
        changed(put(NAME, "A" * 10_000)),
        r"^organizations\[0\]\.name\.en: 10,000 characters; at most \d+",
    ),
    Hostile(
        "a 100-character word in a name",
        changed(put(NAME, "Federal " + "Ä" * 100)),
        r"^organizations\[0\]\.name\.en: a word of 100 characters .*at most 64",
    ),
    Hostile(
        "a 300-character word in a description",
        changed(put((*ORG0, "description", "en"), "see " + "x" * 300)),
        r"^organizations\[0\]\.description\.en: a word of 300 characters .*at most 200",
    ),
    Hostile(
        "a 10 MB description",
        changed(put((*ORG0, "description", "en"), "word " * 2_000_000)),
        r"^organizations\[0\]\.description\.en: 10,000,000 characters; at most \d+",
    ),
    Hostile(
        "a 10 MB field name",
        changed(put((*ORG0, "k" * 10_000_000), 1)),
        r"^organizations\[0\]: a field name of 10,000,000 characters",
    ),
    Hostile(
        "a thousand phones",
        changed(_many_phones),
        r"^organizations\[0\]\.phones: 1,000 items; at most \d+",
    ),
]


@pytest.mark.parametrize("case", HOSTILE, ids=[h.name for h in HOSTILE])
def test_a_hostile_directory_file_is_refused_with_its_place_named(
    tmp_path: Path, case: Hostile
) -> None:
    path = write(tmp_path, case.data())
    with pytest.raises(DirectoryFileError) as caught:
        read_directory_file(path)
    problems = caught.value.problems
    assert any(re.search(case.expected, p) for p in problems), problems
    assert str(path) in str(caught.value)
    assert all(len(p) < 400 for p in problems), [p[:400] for p in problems]
    assert all(p.isprintable() for p in problems), "a message a terminal cannot show as it is"
    # and nothing is written: the same file offered as the seed of a new database
    database = tmp_path / "new" / "directory.sqlite3"
    with pytest.raises(DirectoryFileError):
        Desk.open(database, path)
    assert not database.exists()


def test_the_hostile_set_is_large() -> None:
    assert len(HOSTILE) >= 70


def test_a_file_too_large_is_refused_before_it_is_read(tmp_path: Path) -> None:
    from referral_desk.exchange.directory_json import MAX_FILE_BYTES

    path = tmp_path / "huge.json"
    with path.open("wb") as stream:  # sparse: no disk is used
        stream.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(DirectoryFileError, match=r"the file is \d+ MB; a directory file may be"):
        read_directory_file(path)


def test_a_folder_is_not_a_directory_file(tmp_path: Path) -> None:
    with pytest.raises(DirectoryFileError, match="is a folder, not a file"):
        read_directory_file(tmp_path)


def _accepted(tmp_path: Path, *changes: Change, data: bytes | None = None) -> None:
    if data is None:
        content = sample()
        for change in changes:
            change(content)
        data = dumped(content)
    read_directory_file(write(tmp_path, data))


@pytest.mark.parametrize("organizations", [None, {}, "none", "missing"])
def test_organizations_that_are_no_list_are_refused(tmp_path: Path, organizations: Any) -> None:
    """The head was once checked with the organizations taken as an empty list, so a file
    whose organizations were null passed the check and failed while it was loaded."""
    content = sample()
    if organizations == "missing":
        del content["organizations"]
    else:
        content["organizations"] = organizations
    with pytest.raises(DirectoryFileError, match="organizations"):
        read_directory_file(write(tmp_path, dumped(content)))


def test_a_byte_order_mark_is_allowed(tmp_path: Path) -> None:
    _accepted(tmp_path, data=b"\xef\xbb\xbf" + dumped(sample()))


def test_line_breaks_and_tabs_are_allowed_in_descriptions(tmp_path: Path) -> None:
    _accepted(tmp_path, put((*ORG0, "description", "en"), "First line.\n\tSecond line."))


def test_a_joiner_that_a_script_needs_is_allowed(tmp_path: Path) -> None:
    # Bengali writes "RAB" with a zero-width joiner after the first letter.
    _accepted(tmp_path, put((*ORG0, "alternate_names"), ["র\u200d্যাব"]))


def test_emoji_and_long_compound_words_are_allowed(tmp_path: Path) -> None:
    word = "Kinder-und-Jugendhilfe-Bereitschaftsdienststellenkoordination"
    _accepted(tmp_path, put(NAME, f"{word} 🙂"))
