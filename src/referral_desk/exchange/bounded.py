"""Unpacking gzip and parsing JSON within fixed bounds, so a crafted file cannot exhaust a post."""

from __future__ import annotations

import gc
import json
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Any

GZIP_ONLY = 16 + zlib.MAX_WBITS
_NOT_BRACKETS_OR_QUOTES = bytes(b for b in range(256) if b not in b'[]{}"')
_ONE_BRACKET = bytes.maketrans(b"{}", b"[]")


class Overrun(StrEnum):
    """Which bound a file broke."""

    TOO_LARGE = "too_large"
    TOO_SMALL = "too_small"
    NOT_GZIP = "not_gzip"
    TRAILING_DATA = "trailing_data"
    NOT_JSON = "not_json"
    TOO_DEEP = "too_deep"
    DUPLICATE_KEY = "duplicate_key"


class BoundsError(ValueError):
    """Data broke a bound or is not what it claims to be; ``overrun`` says which."""

    def __init__(self, overrun: Overrun, detail: str) -> None:
        super().__init__(f"{overrun}: {detail}")
        self.overrun = overrun
        self.detail = detail


def gunzip_exactly(data: bytes, size: int) -> bytes:
    """One gzip member that unpacks to exactly ``size`` bytes; never more is inflated."""
    inflater = zlib.decompressobj(GZIP_ONLY)
    try:
        out = inflater.decompress(data, size + 1)
    except zlib.error as error:
        raise BoundsError(Overrun.NOT_GZIP, str(error)) from None
    if len(out) > size:
        raise BoundsError(Overrun.TOO_LARGE, f"unpacks to more than {size} bytes")
    if not inflater.eof:
        raise BoundsError(Overrun.NOT_GZIP, "the compressed data ends too early")
    if inflater.unused_data:
        raise BoundsError(Overrun.TRAILING_DATA, "data after the end of the compressed stream")
    if len(out) < size:
        raise BoundsError(Overrun.TOO_SMALL, f"unpacks to {len(out)} bytes, not {size}")
    return out


def json_nesting_exceeds(data: bytes, depth: int) -> bool:
    """Whether the arrays and objects of valid JSON nest deeper than ``depth``, without recursion.

    Escapes and strings are dropped and only brackets kept, all as ``[]``;
    each round removes the innermost pairs, so what is left after ``depth``
    rounds nests deeper. Only for text that parsed as JSON.
    """
    if b"\\" in data:
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    quotes_and_brackets = data.translate(None, _NOT_BRACKETS_OR_QUOTES)
    # Most strings hold no bracket and shrink to "": dropping those pairs is exact
    # when no quote is left (a string with a bracket always leaves an odd run of quotes).
    skeleton = quotes_and_brackets.replace(b'""', b"")
    if b'"' in skeleton:
        skeleton = b"".join(quotes_and_brackets.split(b'"')[0::2])
    skeleton = skeleton.translate(_ONE_BRACKET)
    for _ in range(depth):
        if not skeleton:
            return False
        skeleton = skeleton.replace(b"[]", b"")
    return bool(skeleton)


@contextmanager
def no_cyclic_collection() -> Iterator[None]:
    """Pause the cycle collector: JSON makes trees, and its passes over millions of
    new containers more than double the time of parsing a large directory."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise BoundsError(Overrun.DUPLICATE_KEY, f"the key {key!r} appears twice")
        result[key] = value
    return result


def parse_json(data: bytes, *, max_bytes: int, max_depth: int, unique_keys: bool = False) -> Any:
    """UTF-8 JSON of at most ``max_bytes`` nesting at most ``max_depth`` levels.

    Python's parser guards its own recursion (a deeper file raises, it does
    not crash); the nesting bound is checked once the text is known to be JSON.
    """
    if len(data) > max_bytes:
        raise BoundsError(Overrun.TOO_LARGE, f"{len(data)} bytes, more than {max_bytes}")
    try:
        text = data.decode("utf-8")
        with no_cyclic_collection():
            value = json.loads(
                text,
                parse_constant=_no_constants,
                object_pairs_hook=_unique_keys if unique_keys else None,
            )
    except BoundsError:
        raise
    except UnicodeDecodeError as error:
        raise BoundsError(Overrun.NOT_JSON, f"not UTF-8 (byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise BoundsError(
            Overrun.NOT_JSON, f"{error.msg} (line {error.lineno}, column {error.colno})"
        ) from None
    except RecursionError:
        raise BoundsError(Overrun.TOO_DEEP, f"nested deeper than {max_depth} levels") from None
    except ValueError as error:  # over-long numbers, NaN and Infinity
        raise BoundsError(Overrun.NOT_JSON, str(error)[:200]) from None
    if json_nesting_exceeds(data, max_depth):
        raise BoundsError(Overrun.TOO_DEEP, f"nested deeper than {max_depth} levels")
    return value
