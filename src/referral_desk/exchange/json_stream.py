"""Reading a large JSON object member by member, the items of one list one at a time.

A directory file of 100,000 records is tens of megabytes of JSON and several
times that as Python objects; read this way, memory follows one organization,
not the file. The reader is strict and gives up on anything unusual (a syntax
error, bytes that are not UTF-8, a key given twice at the top): the caller then
reads the file whole, which names the problem and its place.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterator
from typing import IO, Any

CHUNK = 1 << 20
_SPACE = " \t\n\r"


class StreamGaveUp(Exception):
    """The file cannot be read member by member; read it whole to say what is wrong."""


class _Text:
    """The decoded text of a binary stream, read a chunk at a time as parsing needs it."""

    def __init__(self, stream: IO[bytes], seen: Callable[[bytes], None]) -> None:
        self.stream = stream
        self.seen = seen
        self.decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self.text = ""
        self.at = 0
        self.ended = False

    def more(self, at_least: int = CHUNK) -> bool:
        """Read on (at least ``at_least`` bytes); False at the end of the stream."""
        if self.ended:
            return False
        data = self.stream.read(max(CHUNK, at_least))
        self.seen(data)
        try:
            decoded = self.decoder.decode(data, final=not data)
        except UnicodeDecodeError:
            raise StreamGaveUp from None
        self.ended = not data
        self.text = self.text[self.at :] + decoded
        self.at = 0
        return True

    def peek(self) -> str:
        """The next character that is not white space ('' at the end)."""
        while True:
            text, at = self.text, self.at
            while at < len(text) and text[at] in _SPACE:
                at += 1
            self.at = at
            if at < len(text) or not self.more():
                return text[at] if at < len(text) else ""

    def take(self, expected: str) -> str:
        found = self.peek()
        if found not in expected or not found:
            raise StreamGaveUp
        self.at += 1
        return found

    def value(self, decoder: json.JSONDecoder) -> Any:
        """The next JSON value; a value that reaches the end of the text read so far is read
        again with more text (a number may go on in the next chunk)."""
        self.peek()
        while True:
            try:
                value, end = decoder.raw_decode(self.text, self.at)
            except json.JSONDecodeError:
                if self.more(len(self.text)):  # perhaps cut off: read as much again
                    continue
                raise StreamGaveUp from None
            except RecursionError:
                raise StreamGaveUp from None
            if end == len(self.text) and self.more():
                continue
            self.at = end
            return value


def object_members(
    stream: IO[bytes],
    decoder: json.JSONDecoder,
    streamed: str | tuple[str, ...],
    seen: Callable[[bytes], None] = lambda data: None,
) -> Iterator[tuple[str, int | None, Any]]:
    """The top-level object's members as ``(key, None, value)``; the items of a list
    under ``streamed`` (a key, or one of several) one at a time as ``(key, index,
    item)``, then that member as ``(key, None, [])``.

    ``seen`` is given every byte read, in order (for a hash or a copy). Raises
    StreamGaveUp where the file is not a plain JSON object, whatever was yielded before.
    """
    text = _Text(stream, seen)
    if text.peek() == "\ufeff":
        text.at += 1
    text.take("{")
    keys: set[str] = set()
    lists = (streamed,) if isinstance(streamed, str) else streamed
    if text.peek() == "}":
        text.at += 1
    else:
        while True:
            key = text.value(decoder)
            if not isinstance(key, str) or key in keys:
                raise StreamGaveUp
            keys.add(key)
            text.take(":")
            if key in lists and text.peek() == "[":
                text.at += 1
                if text.peek() == "]":
                    text.at += 1
                else:
                    index = 0
                    while True:
                        yield key, index, text.value(decoder)
                        index += 1
                        if text.take(",]") == "]":
                            break
                yield key, None, []
            else:
                yield key, None, text.value(decoder)
            if text.take(",}") == "}":
                break
    if text.peek():
        raise StreamGaveUp
