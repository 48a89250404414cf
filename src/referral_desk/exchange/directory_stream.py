"""Reading a large directory file an organization at a time: checked, then read again to store.

The checks are those of ``check_directory``; memory holds the ids and the top-level
members, not the records. A file the stream cannot follow (not UTF-8, broken JSON,
a member given twice, too large) is read whole, which says what is wrong and where.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from referral_desk.domain.directory_data import DirectoryFile, StreamedDirectoryFile
from referral_desk.exchange.bounded import no_cyclic_collection
from referral_desk.exchange.directory_json import (
    MAX_FILE_BYTES,
    DirectoryChecker,
    DirectoryFileError,
    read_directory_file,
)
from referral_desk.exchange.json_input import StrictDecoder
from referral_desk.exchange.json_stream import StreamGaveUp, object_members

__all__ = ["read_directory_stream"]

STREAMED = "organizations"


def read_directory_stream(path: Path) -> DirectoryFile | StreamedDirectoryFile:
    """Check a directory file reading one organization at a time; raise DirectoryFileError
    with every problem. A file the stream cannot follow is read whole instead."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return read_directory_file(path)
        head, sha256 = _check(path)
    except (OSError, StreamGaveUp):
        return read_directory_file(path)
    return StreamedDirectoryFile(head, sha256, partial(_organizations, path, sha256))


def _check(path: Path) -> tuple[dict[str, Any], str]:
    checker = DirectoryChecker()
    strict = StrictDecoder()
    digest = hashlib.sha256()
    with path.open("rb") as stream, no_cyclic_collection():
        for key, index, value in object_members(stream, strict.decoder, STREAMED, digest.update):
            checker.given_twice(strict.given_twice(value, [key] if index is None else [key, index]))
            if index is None:
                checker.member(key, value)
            else:
                checker.organization(index, value)
    if checker.meaning_skipped:  # organizations came before the members they need
        with path.open("rb") as stream, no_cyclic_collection():
            for _key, index, value in object_members(stream, strict.decoder, STREAMED):
                if index is not None:
                    checker.organization(index, value, meaning_only=True)
    problems = checker.finish()
    if problems:
        raise DirectoryFileError(path, problems)
    return checker.head, digest.hexdigest()


def _organizations(
    path: Path, sha256: str, seen: Callable[[bytes], None]
) -> Iterator[dict[str, Any]]:
    digest = hashlib.sha256()

    def read(data: bytes) -> None:
        digest.update(data)
        seen(data)

    changed = DirectoryFileError(path, ["the file changed while it was loaded; load it again"])
    try:
        with path.open("rb") as stream:
            for _key, index, value in object_members(
                stream, StrictDecoder().decoder, STREAMED, read
            ):
                if index is not None:
                    yield value
    except (OSError, StreamGaveUp):
        raise changed from None
    if digest.hexdigest() != sha256:
        raise changed
