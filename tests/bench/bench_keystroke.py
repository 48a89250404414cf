"""Keystroke benchmark: a key typed into the real main window until its results table is repainted.

    .venv/bin/python tests/bench/bench_keystroke.py [--words 30] [--records 100000] [--db FILE]

On the 100,000-record synthetic directory (bench-out/, shared with the other
benchmarks), the same keystrokes are typed into:

- the real ``MainWindow``, as shipped (a keystroke starts a 0 ms timer that
  coalesces keys typed faster than results; if a build sets a longer pause,
  it is measured as shipped and again with the pause set to 0);
- a bare pipeline: a QLineEdit whose every change runs a plain FTS5 prefix
  query (sqlite3) into a QAbstractTableModel reset, then the QTableView repaints.
  It asks for as many rows as the real window's first page (``PAGE_SIZE``).

A keystroke ends when the table model has been reset and the table's viewport
has painted after it: the clock stops when that paint pass is over, at the
first event after the viewport's paint that is not itself a paint (see
bench_startup.PaintPassEnd). Work a program puts off until after the paint
(the main window renders the selected record's details then) is not counted;
it runs before the next key is sent. Key events are sent as a keyboard sends them; words are
typed a character at a time, 1-6 characters, Bulgarian Cyrillic, German and
English; the field is cleared between words (not timed). Prints p50/p95/p99
and the ratio. Goal: p95 <= 1.3x the bare pipeline and < 25 ms on a 2-core
machine. Offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_startup import (  # noqa: E402
    BARE_SQL,
    LIMIT,
    WINDOW_SIZE,
    bare_classes,
    ensure_bench_db,
    fts_prefix,
    paint_pass_class,
)
from synthetic import percentiles  # noqa: E402

GOAL_RATIO = 1.3
GOAL_MS = 25.0
MAX_WORD = 6


def typed_words(count: int, seed: int = 13) -> list[str]:
    """Words of the synthetic names as a caseworker would type them: 1-6 characters each."""
    import random

    from synthetic import query_words

    rng = random.Random(seed)
    return [
        (word.lower() if rng.random() < 0.5 else word)[:MAX_WORD]
        for word in query_words(count, seed)
        if word.isalpha()
    ]


class Stopwatch:
    """Types into a field and waits until a table's model was reset and its viewport painted."""

    def __init__(self, app, field, table) -> None:  # type: ignore[no-untyped-def]
        self.app, self.field, self.table = app, field, table
        self.reset = False
        self.painted = False
        self.stopped = 0.0
        self._pass = paint_pass_class()(app)
        table.model().modelReset.connect(self._on_reset)

    def _arm(self) -> None:
        self.reset = self.painted = False
        viewport = self.table.viewport()
        self._pass.arm(lambda widget: widget is viewport and self.reset, self._stop)

    def _stop(self, _viewport: object) -> None:
        self.stopped = time.perf_counter()
        self.painted = True

    def _on_reset(self) -> None:
        self.reset = True

    def _wait(self, timeout_s: float = 30.0) -> None:
        from PySide6.QtCore import QEventLoop

        deadline = time.perf_counter() + timeout_s
        while not self.painted:
            self.app.processEvents(
                QEventLoop.ProcessEventsFlag.AllEvents
                | QEventLoop.ProcessEventsFlag.WaitForMoreEvents
            )
            if time.perf_counter() > deadline:
                raise TimeoutError("the table was not repainted after a keystroke")

    def key(self, character: str) -> float:
        """One keystroke, in milliseconds until the table has repainted."""
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent

        # As a keyboard sends it (QTest's key clicks assert on non-ASCII text such as Cyrillic).
        key = ord(character.upper())
        self._arm()
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            self.app.sendEvent(
                self.field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, character)
            )
        self._wait()
        return (self.stopped - start) * 1000

    def clear(self) -> None:
        self._arm()
        self.field.clear()
        self._wait()


def measure(stopwatch: Stopwatch, words: list[str]) -> list[float]:
    samples = []
    for word in words:
        for character in word:
            samples.append(stopwatch.key(character))
        stopwatch.clear()
    return samples


def settle(app, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest

    window.show()
    QTest.qWaitForWindowExposed(window)
    for _ in range(5):
        app.processEvents()


def real_window(app, db: Path, home: Path):  # type: ignore[no-untyped-def]
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    from referral_desk.services.desk import Desk
    from referral_desk.settings import Settings
    from referral_desk.ui.main_window import MainWindow

    desk = Desk.open(db)
    window = MainWindow(desk, Settings(), save=lambda _settings: None)
    window.resize(*WINDOW_SIZE)
    settle(app, window)
    return window, desk


def bare_window(app, db: Path):  # type: ignore[no-untyped-def]
    import sqlite3

    from referral_desk.ui.results_model import PAGE_SIZE

    assert LIMIT == PAGE_SIZE, "the bare pipeline asks for as many rows as the real window"

    _model, window_class = bare_classes()
    window = window_class()
    connection = sqlite3.connect(db)

    def search(text: str) -> None:
        rows = connection.execute(BARE_SQL, (fts_prefix(text), LIMIT)).fetchall() if text else []
        window.model.set_rows(
            [("", name or "", organization or "", "", "") for _id, name, organization in rows]
        )

    window.search_field.textChanged.connect(search)
    settle(app, window)
    return window, connection


def main() -> int:
    import tempfile

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--words", type=int, default=30, help="words typed per variant (about 5 keys each)"
    )
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="a Referral Desk database (default: synthetic)")
    parser.add_argument(
        "--sample", action="store_true", help="use the sample directory instead (quick check)"
    )
    args = parser.parse_args()

    db = ensure_bench_db(args.records, args.db, args.sample)
    words = typed_words(args.words)
    warm = typed_words(10, seed=99)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="referral-desk-bench-") as home:
        window, desk = real_window(app, db, Path(home))
        stopwatch = Stopwatch(app, window.search_field, window.table)
        debounce = window._timer.interval()
        measure(stopwatch, warm)
        results[f"main window (as shipped, {debounce} ms pause)"] = measure(stopwatch, words)
        if debounce:
            window._timer.setInterval(0)
            measure(stopwatch, warm)
            results["main window, pause 0"] = measure(stopwatch, words)
        window.close()
        desk.close()

    bare, connection = bare_window(app, db)
    stopwatch = Stopwatch(app, bare.search_field, bare.table)
    measure(stopwatch, warm)
    results["bare FTS5 -> model -> view"] = measure(stopwatch, words)
    bare.close()
    connection.close()

    b95 = percentiles(results["bare FTS5 -> model -> view"])[1]
    print(
        f"keystroke to table repainted, {len(results['bare FTS5 -> model -> view'])} keystrokes "
        f"({len(words)} words, 1-{MAX_WORD} characters) per row; {os.cpu_count()} CPUs; "
        f"offscreen; {db.name}"
    )
    print(f"{'':38}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}{'p95 ratio':>11}")
    for name, samples in results.items():
        p50, p95, p99 = percentiles(samples)
        print(f"{name:38}{p50:8.1f}{p95:8.1f}{p99:8.1f}{p95 / b95:11.2f}")
    for name, samples in results.items():
        if name.startswith("main window"):
            p95 = percentiles(samples)[1]
            print(
                f"goal for {name}: p95 <= {GOAL_RATIO} x bare -> "
                f"{'met' if p95 / b95 <= GOAL_RATIO else 'NOT met'}; "
                f"p95 < {GOAL_MS:.0f} ms -> {'met' if p95 < GOAL_MS else 'NOT met'}"
            )
    print("peak memory with the directory loaded: see bench_startup.py (a fresh process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
