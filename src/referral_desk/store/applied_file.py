"""The last applied directory file, kept compressed in the database to rebuild from.

Written in pieces (the JSON encoder's chunks go straight into zlib), so keeping a
large directory does not hold a second copy of it as one string.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.store import models as m

__all__ = ["keep_applied", "read_applied"]


def _compressed(directory: DirectoryFile) -> bytes:
    compressor = zlib.compressobj(6)
    parts: list[bytes] = []
    for chunk in json.JSONEncoder(ensure_ascii=False).iterencode(directory.content):
        parts.append(compressor.compress(chunk.encode("utf-8")))
    parts.append(compressor.flush())
    return b"".join(parts)


def keep_applied(session: Session, directory: DirectoryFile) -> None:
    """Keep ``directory`` as the last applied file; the caller commits or rolls back."""
    session.execute(delete(m.AppliedDirectory))
    session.execute(
        insert(m.AppliedDirectory),
        [
            {
                "id": 1,
                "sha256": directory.sha256,
                "applied_at": datetime.now(UTC).replace(tzinfo=None),
                "content": _compressed(directory),
            }
        ],
    )


def read_applied(path: Path) -> DirectoryFile | None:
    """The last applied directory file kept in a (perhaps damaged) database, or None.

    Read without changing the file; None when there is none or it cannot be read whole.
    """
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT sha256, content FROM applied_directory").fetchone()
        if row is None:
            return None
        content = json.loads(zlib.decompress(row[1]).decode("utf-8"))
    except (sqlite3.Error, zlib.error, UnicodeDecodeError, ValueError, TypeError):
        return None
    finally:
        connection.close()
    if not isinstance(content, dict):
        return None
    return DirectoryFile(content, str(row[0]))
