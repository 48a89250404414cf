"""Property tests: whatever a directory file holds, reading it gives either a clean error
or a directory that loads, searches and shows every record (issue 14, fuzz tests)."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hostile_directory import dumped, paths, small_sample
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fuzz_values
from referral_desk.exchange.directory_json import DirectoryFileError, read_directory_file
from referral_desk.services.desk import Desk

NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
BASE = small_sample()
PLACES = paths(BASE)[1:]
BASE_BYTES = dumped(BASE)

# Characters that broke readers before, and some that belong in a directory.
TRICKY = [
    *"\x00\x07\x1b\x7f\x85\t\n\r \u00a0\u00ad\u061c\u200b\u200c\u200d\u200e\u202e\u2028",
    *"\u2066\u2069\ufeff\ufffd\ue000\ud800\udbff\udc00\udfff\U000e0041\U0001f600",
    *"AaZz09-_:/@.+,Äßж্র",
]
tricky_text = fuzz_values.tricky_text(TRICKY, max_size=30, longest=6000)
json_values = fuzz_values.json_values(tricky_text, digits=30, max_items=4, max_leaves=12)


def _nudged(value: Any, how: int) -> Any:
    """A value close to a valid one: the kind of slip a person or a tool makes."""
    if isinstance(value, str):
        choices = [value + "\n", " " + value, value.upper(), value[:-1], value * 2, ""]
        return choices[how % len(choices)]
    if isinstance(value, list):
        return value + value[:1] if how % 2 else []
    if isinstance(value, bool) or value is None:
        return not value
    if isinstance(value, int | float):
        return [-value, value * 10**300, value + 0.5][how % 3]
    return {}


def _mutate(content: Any, place: tuple[str | int, ...], operation: str, value: Any) -> None:
    parent = content
    for part in place[:-1]:
        parent = parent[part]
    key = place[-1]
    if operation == "delete":
        del parent[key]
    elif operation == "nudge":
        parent[key] = _nudged(parent[key], len(str(value)))
    else:
        parent[key] = value


def _read_and_use(data: bytes) -> None:
    """Read the bytes as a directory file; if it is accepted it must load and be usable."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "directory.json"
        path.write_bytes(data)
        try:
            checked = read_directory_file(path)
        except DirectoryFileError as error:
            assert error.problems
            assert all(0 < len(p) < 600 and p.isprintable() for p in error.problems)
            return
        desk = Desk.open(Path(folder) / "directory.sqlite3", path)
        directory = desk.directory
        try:
            assert directory.check() == []
            for org in checked.content["organizations"]:
                ids = [org["id"], *(r["id"] for r in org["services"] + org["contacts"])]
                for record_id in ids:
                    assert directory.show(record_id, NOW) is not None
            for org in checked.content["organizations"][:1]:  # an empty directory loads too
                directory.search(org["name"]["en"][:12], now=NOW)
        finally:
            desk.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(PLACES),
            st.sampled_from(["replace", "delete", "nudge", "nudge"]),
            json_values,
        ),
        min_size=1,
        max_size=3,
    )
)
def test_any_value_anywhere_gives_a_clean_error_or_a_usable_directory(
    changes: list[tuple[tuple[str | int, ...], str, Any]],
) -> None:
    content = json.loads(BASE_BYTES)
    for place, operation, value in changes:
        try:
            _mutate(content, place, operation, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed or replaced this place
    _read_and_use(json.dumps(content, allow_nan=True).encode("utf-8"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(BASE_BYTES) - 1),
            st.sampled_from(["flip", "insert", "delete"]),
            st.binary(min_size=1, max_size=4),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_any_damaged_bytes_give_a_clean_error_or_a_usable_directory(
    edits: list[tuple[int, str, bytes]],
) -> None:
    data = bytearray(BASE_BYTES)
    for at, operation, piece in edits:
        at = min(at, len(data) - 1)
        if operation == "flip":
            data[at] ^= piece[0] or 0x80
        elif operation == "insert":
            data[at:at] = piece
        else:
            del data[at : at + len(piece)]
    _read_and_use(bytes(data))


@settings(max_examples=40, deadline=None)
@given(json_values)
def test_any_json_at_all_gives_a_clean_error(content: Any) -> None:
    _read_and_use(json.dumps(content, allow_nan=True).encode("utf-8"))


def test_the_unchanged_base_is_a_usable_directory() -> None:
    _read_and_use(BASE_BYTES)
