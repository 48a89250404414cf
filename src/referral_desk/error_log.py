"""The log of unexpected errors: a file the user can send, with where it failed and no case data.

Only the error's type and the program's own stack are written: never the error's
message, local values or the command's arguments, which may hold what a caseworker
typed about a person.
"""

from __future__ import annotations

import platform
import traceback
from datetime import UTC, datetime
from pathlib import Path

from referral_desk import __version__
from referral_desk.paths import APP_AUTHOR, APP_NAME

LOG_NAME = "errors.log"
MAX_BYTES = 512 * 1024  # then the file is moved to errors.log.1 and a new one begun


def log_path() -> Path:
    """The error log in the user's log folder (created when needed)."""
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, APP_AUTHOR, ensure_exists=True) / LOG_NAME


def error_report(error: BaseException, where: str) -> str:
    """The entry for ``error``: time, version, where, each error's type and the stack."""
    lines = [
        f"--- {datetime.now(UTC).isoformat(timespec='seconds')} referral-desk {__version__}, "
        f"Python {platform.python_version()}, {platform.system()}: {where}"
    ]
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {frame.filename}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
    return "\n".join(lines) + "\n"


def write_error(error: BaseException, where: str) -> Path | None:
    """Add ``error`` to the log; the log's path, or None if it cannot be written."""
    try:
        path = log_path()
        if path.exists() and path.stat().st_size > MAX_BYTES:
            path.replace(path.with_name(LOG_NAME + ".1"))
        with path.open("a", encoding="utf-8") as stream:
            stream.write(error_report(error, where))
    except OSError:
        return None
    return path
