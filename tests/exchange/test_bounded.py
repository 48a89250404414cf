"""The bounded readers under a bundle: gzip, JSON nesting, the canonical zip (property tests)."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import zipfile
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from referral_desk.exchange.bounded import (
    BoundsError,
    Overrun,
    gunzip_exactly,
    json_nesting_exceeds,
    parse_json,
)
from referral_desk.exchange.bundle import read_manifest
from referral_desk.exchange.refusals import UpdateRefused
from referral_desk.exchange.stored_zip import (
    Member,
    ZipShapeError,
    read_stored_zip,
    write_stored_zip,
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(alphabet=st.sampled_from('ab"\\[]{}\n\u00e9')),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.text(alphabet=st.sampled_from('k"\\[{'), max_size=3), children, max_size=3
        )
    ),
    max_leaves=30,
)


def _depth(value: Any) -> int:
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    return 0


@given(json_values, st.booleans())
def test_nesting_is_measured_exactly(value: Any, indent: bool) -> None:
    data = json.dumps(value, indent=2 if indent else None, ensure_ascii=False).encode()
    depth = _depth(value)
    assert not json_nesting_exceeds(data, depth)
    if depth:
        assert json_nesting_exceeds(data, depth - 1)


@given(json_values)
def test_parse_json_reads_what_json_writes(value: Any) -> None:
    data = json.dumps(value).encode()
    assert parse_json(data, max_bytes=len(data), max_depth=_depth(value)) == value


@given(st.binary(max_size=300))
def test_parse_json_refuses_anything_cleanly(data: bytes) -> None:
    with contextlib.suppress(BoundsError):
        parse_json(data, max_bytes=1000, max_depth=4, unique_keys=True)


def test_parse_json_bounds() -> None:
    with pytest.raises(BoundsError) as caught:
        parse_json(b"[1]", max_bytes=2, max_depth=4)
    assert caught.value.overrun is Overrun.TOO_LARGE
    for text in (b"NaN", b"[Infinity]", b"\xef\xbb\xbf{}", b"\xff", "[1]".encode("utf-16")):
        with pytest.raises(BoundsError) as caught:
            parse_json(text, max_bytes=100, max_depth=4)
        assert caught.value.overrun is Overrun.NOT_JSON, text


@given(st.binary(max_size=2000))
def test_gunzip_exactly_round_trip(data: bytes) -> None:
    packed = gzip.compress(data, mtime=0)
    assert gunzip_exactly(packed, len(data)) == data
    with pytest.raises(BoundsError):
        gunzip_exactly(packed, len(data) + 1)
    if data:
        with pytest.raises(BoundsError) as caught:
            gunzip_exactly(packed, len(data) - 1)
        assert caught.value.overrun is Overrun.TOO_LARGE


@given(st.binary(max_size=300), st.integers(0, 10_000))
def test_gunzip_exactly_refuses_anything_cleanly(data: bytes, size: int) -> None:
    with contextlib.suppress(BoundsError):
        gunzip_exactly(data, size)


members = st.lists(
    st.builds(
        Member,
        st.text(alphabet=st.sampled_from("abc./_-0"), min_size=1, max_size=20),
        st.binary(max_size=200),
    ),
    min_size=1,
    max_size=5,
)


@given(members)
def test_stored_zip_round_trip_and_zipfile_agrees(parts: list[Member]) -> None:
    archive = write_stored_zip(parts)
    assert read_stored_zip(archive, len(parts)) == parts
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        assert opened.testzip() is None
        assert [(i.filename, opened.read(i)) for i in opened.infolist()] == [
            (m.name, m.data) for m in parts
        ]


@given(st.binary(max_size=500))
@settings(max_examples=300)
def test_stored_zip_refuses_anything_cleanly(data: bytes) -> None:
    with contextlib.suppress(ZipShapeError):
        read_stored_zip(b"PK\x03\x04" + data, 5)


def test_a_zip_written_by_zipfile_is_not_canonical() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("format", b"referral-desk-bundle 1\n")
    with pytest.raises(ZipShapeError):
        read_stored_zip(buffer.getvalue(), 5)


@given(st.dictionaries(st.text(max_size=8), json_values, max_size=12))
@settings(max_examples=100)
def test_read_manifest_refuses_odd_manifests_cleanly(content: dict[str, Any]) -> None:
    content.setdefault("format", "referral-desk-bundle")
    with pytest.raises(UpdateRefused):
        read_manifest(json.dumps(content).encode())


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ('["[", "x"]', 1),
        ('["", "[", ""]', 1),
        ('{"[": "]", "a": [[]]}', 3),
        ('[["]]]]", "[[["], {"\\\\": "\\"[", "": []}]', 3),
        ('["]", ["]", ["]", "[" ], "[" ], "[" ]', 3),
        ('"[[[[[[[["', 0),
    ],
)
def test_brackets_inside_strings_do_not_count(text: str, depth: int) -> None:
    data = text.encode()
    assert _depth(json.loads(data)) == depth
    assert not json_nesting_exceeds(data, depth)
    if depth:
        assert json_nesting_exceeds(data, depth - 1)
