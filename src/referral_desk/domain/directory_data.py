"""A checked directory file as the program holds it between reading and storing it."""

from __future__ import annotations

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
