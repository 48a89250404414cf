"""Hold the write lock of a database from another process, as another program would.

``holding_lock(path, seconds)`` starts ``python lock_holder.py PATH SECONDS`` and
returns once the other process holds the lock; it keeps it for SECONDS, or until the
``with`` block ends if that comes first, then lets go. A test that needs the lock held
for as long as its command runs gives a long time, so a slow machine cannot make the
lock go early.
"""

from __future__ import annotations

import select
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def holding_lock(path: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    with subprocess.Popen(
        [sys.executable, __file__, str(path), str(seconds)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline().strip() == "locked"
            yield holder
        finally:
            assert holder.stdin is not None
            holder.stdin.close()  # end of the block: let go now
            holder.wait(timeout=seconds + 30)


def _hold(path: str, seconds: float) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    select.select([sys.stdin], [], [], seconds)  # stdin ends when the test's block ends
    connection.execute("COMMIT")
    connection.close()


if __name__ == "__main__":
    _hold(sys.argv[1], float(sys.argv[2]))
