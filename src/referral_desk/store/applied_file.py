"""The directory file in force, read back from a (perhaps damaged) database to rebuild it.

The file is kept by ``update_store.write_source`` each time a directory is loaded or
an update applied; this reads it without opening the database for writing.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
import zlib
from pathlib import Path

from referral_desk.domain.directory_data import DirectoryFile

__all__ = ["read_applied"]


def read_applied(path: Path) -> DirectoryFile | None:
    """The directory file in force kept in a database, or None if there is none or it
    cannot be read whole. The file is read without changing a byte of it."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT sha256, content_gz FROM directory_source").fetchone()
        if row is None:
            return None
        content = json.loads(gzip.decompress(row[1]).decode("utf-8"))
    except (
        sqlite3.Error,
        OSError,
        EOFError,
        zlib.error,
        UnicodeDecodeError,
        ValueError,
        TypeError,
    ):
        return None
    finally:
        connection.close()
    if not isinstance(content, dict):
        return None
    return DirectoryFile(content, str(row[0]), row[1])
