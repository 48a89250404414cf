"""A checked directory file as the program holds it between reading and storing it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class DirectoryFile:
    """A directory file that passed every check: its content and the SHA-256 of its bytes.

    ``content`` is the parsed JSON, shaped as data/FORMAT.md describes; the exchange
    layer reads and checks it, the store writes it into the database.
    """

    content: dict[str, Any]
    sha256: str


@dataclass(frozen=True)
class StreamedDirectoryFile:
    """A directory file that passed every check, too large to hold: its top-level members
    (``organizations`` as ``[]``) and the SHA-256 of its bytes. ``organizations(seen)``
    reads the organizations again one at a time, giving each byte read to ``seen``, and
    raises if the file is no longer the one checked; memory follows one organization."""

    head: dict[str, Any]
    sha256: str
    organizations: Callable[[Callable[[bytes], None]], Iterator[dict[str, Any]]]
