"""A checked directory file as the program holds it between reading and storing it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class DirectoryFile:
    """A directory file that passed every check: its content and the SHA-256 of its bytes.

    ``content`` is the parsed JSON, shaped as data/FORMAT.md describes; the exchange
    layer reads and checks it, the store writes it into the database. ``kept_gz`` is the
    file's bytes gzip'd when it is a copy the database kept (put back by an undo or a
    rebuild): kept again as they are, so the file in force is the one it was, byte for byte.
    """

    content: dict[str, Any]
    sha256: str
    kept_gz: bytes | None = None


@dataclass(frozen=True)
class StreamedDirectoryFile:
    """A directory file that passed every check, too large to hold: its top-level members
    (``organizations`` as ``[]``) and the SHA-256 of its bytes. ``organizations(seen)``
    reads the organizations again one at a time, giving each byte read to ``seen``, and
    raises if the file is no longer the one checked; memory follows one organization."""

    head: dict[str, Any]
    sha256: str
    organizations: Callable[[Callable[[bytes], None]], Iterator[dict[str, Any]]]
