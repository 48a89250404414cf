"""Start-up benchmark: the real app against a bare PySide6 window with the same widgets.

    .venv/bin/python tests/bench/bench_startup.py [--runs 7] [--records 100000] [--db FILE]

Every run is a fresh Python process on Qt's offscreen platform, timed from just
before the process is launched (the interpreter's own start counts for both):

- shown: until the first paint of the real main window (all its widgets; the
  app shows it before it opens the directory). The real app goes through
  ``referral_desk.cli.main(["--db", FILE])``; the bare floor imports only
  PySide6 and shows an empty window with the same widgets. Goal <= 1.5x.
- search: the query is typed as soon as the window is shown (an eager
  caseworker); timed until the table model is first reset with results (for
  the app: after the directory was opened and attached) and the table has
  repainted. The bare floor opens the file with sqlite3 and runs a plain FTS5
  prefix query into a QAbstractTableModel. Goal <= 3.5x the bare window's start-up.
- peak memory (VmHWM) of both, with the benchmark directory loaded.
- with ``--first-start``: the app starts with no database each time, as on a
  post's first start, so its first search also waits for the database to be
  made from the sample directory (the bare floor keeps its ready file).
- the frozen program (dist/referral-desk), when built: ``--version`` and
  ``--self-test`` wall time.

The 100,000-record synthetic directory is built once into bench-out/ (about
two minutes) and shared with bench_search.py and bench_keystroke.py.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "bench-out"
QUERY = "Drehsch"  # a prefix of a German word in the synthetic names
LIMIT = 100  # rows a search asks for: the real window's first page (results_model.PAGE_SIZE)
WINDOW_SIZE = (1280, 800)  # the real window's default size
BARE_SQL = (
    "SELECT rowid, name, organization FROM bare_fts WHERE bare_fts MATCH ? ORDER BY rank LIMIT ?"
)
GOAL_SHOWN = 1.5
GOAL_SEARCH = 3.5


# ----------------------------------------------------------------------------- the data


def ensure_bench_db(
    records: int, path: Path | None = None, sample: bool = False, quiet: bool = False
) -> Path:
    """The synthetic directory at ``path`` (default bench-out/), built if missing, at the
    current schema (migrated now, not inside a timed run) and with the bare FTS5 table.
    With ``sample``, the sample directory (data/directory.json) instead."""
    sys.path.insert(0, str(HERE))
    from synthetic import build_synthetic_db

    from referral_desk.services.desk import Desk
    from referral_desk.store import db

    if sample:
        path = path or OUT / "sample.sqlite3"
        path.parent.mkdir(parents=True, exist_ok=True)
        Desk.open(path, ROOT / "data" / "directory.json").close()
    path = path or OUT / f"synthetic-{records}.sqlite3"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        build_synthetic_db(path, records)
        if not quiet:
            print(
                f"synthetic directory: {records} records written in "
                f"{time.perf_counter() - start:.0f} s"
            )
    Desk.open(path).close()  # migrates an older file first
    engine = db.make_engine(path)
    try:
        _ensure_current_search_index(engine, quiet)
    finally:
        engine.dispose()
    ensure_bare_index(path)
    return path


def _ensure_current_search_index(engine, quiet: bool) -> None:  # type: ignore[no-untyped-def]
    """Rebuild the search index (derived data) when it was built with another index schema."""
    import hashlib

    from referral_desk.store.search_index import SCHEMA, TABLES, rebuild_search_index

    fingerprint = hashlib.sha256("\n".join(SCHEMA).encode()).hexdigest()
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TABLE IF NOT EXISTS bench_meta (key TEXT PRIMARY KEY, value TEXT)"
        )
        row = connection.exec_driver_sql(
            "SELECT value FROM bench_meta WHERE key = 'search_schema'"
        ).first()
        if row is not None and row[0] == fingerprint:
            return
        if not quiet:
            print("(re)building the search index for the current index schema ...")
        for table in (*TABLES, "bare_fts"):
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
        rebuild_search_index(connection)
        connection.exec_driver_sql(
            "INSERT OR REPLACE INTO bench_meta VALUES ('search_schema', ?)", (fingerprint,)
        )


def ensure_bare_index(path: Path) -> None:
    """bare_fts: names and organization names in plain FTS5 (as bench_search.py builds it)."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'bare_fts'").fetchone():
            return
        connection.executescript(
            "CREATE VIRTUAL TABLE bare_fts USING fts5(name, organization, "
            "tokenize='unicode61 remove_diacritics 2');"
            """INSERT INTO bare_fts(rowid, name, organization)
               SELECT d.rowid,
                      (SELECT group_concat(value, ' ') FROM localized_text t
                        WHERE t.owner_id = d.entity_id AND t.field IN ('name', 'title')),
                      (SELECT group_concat(value, ' ') FROM localized_text t
                        WHERE t.owner_id = d.organization_id AND t.field = 'name')
               FROM search_doc d;"""
        )
        connection.commit()
    finally:
        connection.close()


def fts_prefix(text: str) -> str:
    """A safe FTS5 prefix query for one typed word."""
    return '"' + text.replace('"', "") + '"*'


# ----------------------------------------------------------------------------- the bare window


def bare_classes():  # type: ignore[no-untyped-def]
    """BareModel and BareWindow, defined on first use so that importing this file loads no Qt."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QGridLayout,
        QHBoxLayout,
        QLabel,
        QLineEdit,
        QListWidget,
        QMainWindow,
        QSplitter,
        QStackedWidget,
        QTableView,
        QTextBrowser,
        QToolBar,
        QToolButton,
        QVBoxLayout,
        QWidget,
    )

    headers = ("Kind", "Name", "Organization", "Country", "Reachable now")

    class BareModel(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[tuple[str, ...]] = []

        def set_rows(self, rows: list[tuple[str, ...]]) -> None:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

        def rowCount(self, parent=QModelIndex()) -> int:  # type: ignore[no-untyped-def]  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()) -> int:  # type: ignore[no-untyped-def]  # noqa: B008
            return 0 if parent.isValid() else len(headers)

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
            if role == Qt.ItemDataRole.DisplayRole and index.isValid():
                return self.rows[index.row()][index.column()]
            return None

        def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
            if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
                return headers[section]
            return None

    class BareWindow(QMainWindow):
        """The real main window's widgets, with no behaviour: banner, search row, filters,
        results table, favourites list, detail browser with a toolbar, menus, status bar."""

        def __init__(self) -> None:
            super().__init__()
            self.setWindowTitle("Referral Desk")
            central = QWidget(self)
            outer = QVBoxLayout(central)
            outer.addWidget(QLabel("SAMPLE DATA – not for operational use", central))
            splitter = QSplitter(Qt.Orientation.Horizontal, central)
            left = QWidget(splitter)
            left_layout = QVBoxLayout(left)
            row = QHBoxLayout()
            self.search_field = QLineEdit(left)
            self.search_field.setClearButtonEnabled(True)
            row.addWidget(QLabel("&Search:", left))
            row.addWidget(self.search_field, 1)
            row.addWidget(QToolButton(left))
            left_layout.addLayout(row)
            filters = QWidget(left)
            grid = QGridLayout(filters)
            for column, name in enumerate(
                ("Country", "Kind", "Category", "Population", "Language", "Verified")
            ):
                grid.addWidget(QLabel(name, filters), 0, column)
                combo = QComboBox(filters)
                combo.addItems(["Any", "A", "B", "C"])
                grid.addWidget(combo, 1, column)
            checks = QHBoxLayout()
            checks.addWidget(QCheckBox("Reachable now", filters))
            checks.addWidget(QCheckBox("24/7", filters))
            checks.addWidget(QToolButton(filters))
            grid.addLayout(checks, 2, 0, 1, 6)
            left_layout.addWidget(filters)
            stack = QStackedWidget(left)
            self.model = BareModel()
            self.table = QTableView(stack)
            self.table.setModel(self.model)
            self.table.setAlternatingRowColors(True)
            self.table.verticalHeader().hide()
            self.table.horizontalHeader().setStretchLastSection(True)
            stack.addWidget(self.table)
            stack.addWidget(QListWidget(stack))
            left_layout.addWidget(stack, 1)
            right = QWidget(splitter)
            right_layout = QVBoxLayout(right)
            toolbar = QToolBar(right)
            for name in ("Back", "Copy details", "Export vCard…", "Pin", "Show address"):
                toolbar.addAction(QAction(name, self))
            right_layout.addWidget(toolbar)
            right_layout.addWidget(QTextBrowser(right), 1)
            splitter.addWidget(left)
            splitter.addWidget(right)
            outer.addWidget(splitter, 1)
            self.setCentralWidget(central)
            for title in ("&File", "&Edit", "&Record", "&View", "&Help"):
                menu = self.menuBar().addMenu(title)
                for index in range(3):
                    menu.addAction(QAction(f"Action {index}", self))
            self.statusBar().addWidget(QLabel("0 results", self))
            self.statusBar().addPermanentWidget(QLabel("Directory", self))
            self.resize(*WINDOW_SIZE)

    return BareModel, BareWindow


# ---------------------------------------------------------------------------- one timed run (child)


def _elapsed_ms() -> float:
    return (time.monotonic() - float(os.environ["BENCH_LAUNCHED_AT"])) * 1000


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss
    over exec(), so a child would report the benchmark parent's peak as its own."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _report(**figures: float) -> None:
    figures["rss_mb"] = peak_rss_mb()
    sys.stdout.write(json.dumps(figures) + "\n")
    sys.stdout.flush()
    os._exit(0)


def paint_pass_class():  # type: ignore[no-untyped-def]
    """PaintPassEnd, defined on first use (no Qt at import)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    marker = QEvent.Type(QEvent.registerEventType())

    class PaintPassEnd(QObject):
        """Application-wide event filter: calls back when the paint pass that painted a
        chosen widget is over, i.e. at the first event after that widget's paint that is not
        itself a paint. The rest of the window's repaint and its flush to the screen come
        first; whatever the program queued for later (a timer, a posted call) does not:
        its event is the end of the pass. An event posted at the paint makes sure the loop
        does not sit idle before it notices."""

        def __init__(self, app: QCoreApplication) -> None:
            super().__init__()
            self._target = None
            self._callback = None
            self._painted = None
            app.installEventFilter(self)

        def arm(self, target, callback) -> None:  # type: ignore[no-untyped-def]
            """target(widget) -> bool picks the paint; callback(widget) runs at its end."""
            self._target, self._callback, self._painted = target, callback, None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self._callback is None:
                return False
            if event.type() == QEvent.Type.Paint:
                if self._painted is None and self._target(watched):
                    self._painted = watched
                    QCoreApplication.postEvent(self, QEvent(marker))
                return False
            if self._painted is not None:
                callback, painted = self._callback, self._painted
                self._callback = self._painted = None
                callback(painted)
            return False

        def event(self, event: QEvent) -> bool:
            return True if event.type() == marker else super().event(event)

    return PaintPassEnd


def child(kind: str, mode: str, db: Path) -> None:
    """One start-up, then report and exit. kind: app|bare; mode: shown|search."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView

    app = QApplication(sys.argv)  # the app's run_app() takes this instance as its own
    figures: dict[str, float] = {}
    watcher = paint_pass_class()(app)

    def search_then_report(window: QMainWindow) -> None:
        """Type the query at once (before the app has opened its directory); report when
        the first results are on screen."""
        field = getattr(window, "search_field", None) or window.findChild(QLineEdit)
        table = getattr(window, "table", None) or window.findChild(QTableView)
        state = {"reset": False}
        model = table.model()

        def reset() -> None:
            # The first reset with results; the app's window resets nothing before its
            # directory is attached, the bare one answers at once.
            if model.rowCount() > 0:
                state["reset"] = True

        def answered(_viewport: object) -> None:
            figures["search_ms"] = _elapsed_ms()
            figures["rows"] = model.rowCount()
            QTimer.singleShot(0, lambda: _report(**figures))

        watcher.arm(lambda widget: widget is table.viewport() and state["reset"], answered)
        model.modelReset.connect(reset)
        field.setText(QUERY)

    def shown(window: QMainWindow) -> None:
        figures["shown_ms"] = _elapsed_ms()
        if mode == "shown":
            _report(**figures)
        search_then_report(window)

    watcher.arm(lambda widget: isinstance(widget, QMainWindow), shown)

    if kind == "app":
        from referral_desk.cli import main
        from referral_desk.settings import Settings, save_settings

        # a post already set up: the first-run setup would wait for an answer
        save_settings(Settings(post_name="Bench", post_country="AT", post_timezone="Europe/Vienna"))
        main(["--db", str(db)])
        return
    import sqlite3

    _model, bare_window = bare_classes()
    window = bare_window()
    connection = sqlite3.connect(db)

    def bare_search(text: str) -> None:
        rows = connection.execute(BARE_SQL, (fts_prefix(text), LIMIT)).fetchall()
        window.model.set_rows(
            [("", name or "", organization or "", "", "") for _id, name, organization in rows]
        )

    window.search_field.textChanged.connect(bare_search)
    window.show()
    app.exec()


# ----------------------------------------------------------------------------- the runs (parent)


def run_once(kind: str, mode: str, db: Path, home: Path) -> dict[str, float]:
    import subprocess

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.qpa.*=false",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    }
    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind, mode, str(db)]
    env["BENCH_LAUNCHED_AT"] = repr(time.monotonic())
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(
            f"{kind}/{mode} run failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
    return json.loads(lines[-1])  # type: ignore[no-any-return]


def time_frozen(runs: int) -> dict[str, float] | None:
    import statistics
    import subprocess
    import tempfile

    program = (
        ROOT
        / "dist"
        / "referral-desk"
        / ("referral-desk.exe" if os.name == "nt" else "referral-desk")
    )
    if not program.exists():
        return None
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out: dict[str, float] = {}
    for name, arguments in (("version", ["--version"]), ("self_test", ["--self-test"])):
        samples = []
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as home:
                env.update(XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, TMPDIR=home)
                start = time.perf_counter()
                subprocess.run(
                    [str(program), *arguments],
                    env=env,
                    capture_output=True,
                    check=True,
                    timeout=300,
                )
                samples.append((time.perf_counter() - start) * 1000)
        out[name] = statistics.median(samples)
    return out


def compile_the_program() -> None:
    """Compile the program's modules to bytecode first, as an installed program has them
    (pip compiles at install, the bundle ships bytecode): where bytecode is not written
    (PYTHONDONTWRITEBYTECODE), every start would otherwise compile some 120 modules anew,
    a cost no caseworker pays and the bare window, with no modules of its own, escapes."""
    import compileall

    import referral_desk

    compileall.compile_dir(Path(referral_desk.__file__).parent, quiet=1)


def main() -> int:
    import argparse
    import itertools
    import statistics
    import tempfile

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument(
        "--db", type=Path, help="a Referral Desk database to start with (default: synthetic)"
    )
    parser.add_argument(
        "--sample", action="store_true", help="use the sample directory instead (quick check)"
    )
    parser.add_argument("--no-frozen", action="store_true", help="skip timing dist/referral-desk")
    parser.add_argument(
        "--first-start",
        action="store_true",
        help="start the app with no database each time: it makes one from the sample first "
        "(the bare floor uses the sample too)",
    )
    args = parser.parse_args()
    args.sample = args.sample or args.first_start
    starts = itertools.count()

    def app_db(kind: str, folder: Path) -> Path:
        """The database a run starts with: for the app's first starts, a new place each time."""
        return (
            folder / f"first-start-{next(starts)}.sqlite3"
            if args.first_start and kind == "app"
            else db
        )

    db = ensure_bench_db(args.records, args.db, args.sample)
    compile_the_program()
    samples: dict[tuple[str, str], list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="referral-desk-bench-") as folder:
        for kind, mode in (
            ("bare", "shown"),
            ("app", "shown"),
            ("bare", "search"),
            ("app", "search"),
        ):
            run_once(kind, mode, app_db(kind, Path(folder)), Path(folder))  # warm the caches
        for _ in range(args.runs):  # interleaved, so that drift hits both alike
            for kind, mode in (
                ("bare", "shown"),
                ("app", "shown"),
                ("bare", "search"),
                ("app", "search"),
            ):
                run = run_once(kind, mode, app_db(kind, Path(folder)), Path(folder))
                samples.setdefault((kind, mode), []).append(run)

    def median(kind: str, mode: str, key: str) -> float:
        return statistics.median(s[key] for s in samples[(kind, mode)])

    bare_shown, app_shown = median("bare", "shown", "shown_ms"), median("app", "shown", "shown_ms")
    bare_search, app_search = (
        median("bare", "search", "search_ms"),
        median("app", "search", "search_ms"),
    )
    first = "; the app on its first start (its database made first)" if args.first_start else ""
    print(
        f"start-up, {args.runs} fresh processes each, median; offscreen; {os.cpu_count()} CPUs; "
        f"directory: {db.name}{first}; load average {os.getloadavg()[0]:.1f}"
    )
    print(f"{'':34}{'bare ms':>9}{'app ms':>9}{'ratio':>7}  goal")
    print(
        f"{'first main window shown':34}{bare_shown:9.0f}{app_shown:9.0f}"
        f"{app_shown / bare_shown:7.2f}  <= {GOAL_SHOWN} x bare shown -> "
        f"{'met' if app_shown / bare_shown <= GOAL_SHOWN else 'NOT met'}"
    )
    print(
        f"{'first search answered (' + QUERY + ')':34}{bare_search:9.0f}{app_search:9.0f}"
        f"{app_search / bare_shown:7.2f}  <= {GOAL_SEARCH} x bare shown -> "
        f"{'met' if app_search / bare_shown <= GOAL_SEARCH else 'NOT met'}"
    )
    print(f"{'  (vs bare search floor)':34}{'':18}{app_search / bare_search:7.2f}")
    print(
        f"rows answered: app {median('app', 'search', 'rows'):.0f}, "
        f"bare {median('bare', 'search', 'rows'):.0f}"
    )
    print(
        f"peak memory (VmHWM) after the first search: "
        f"app {median('app', 'search', 'rss_mb'):.0f} MB, "
        f"bare {median('bare', 'search', 'rss_mb'):.0f} MB"
    )
    frozen = None if args.no_frozen else time_frozen(max(3, args.runs // 2))
    if frozen:
        print(
            f"frozen dist/referral-desk: --version {frozen['version']:.0f} ms, "
            f"--self-test {frozen['self_test']:.0f} ms (median)"
        )
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], Path(sys.argv[4]))
        sys.exit(1)  # the child reports and exits from inside the event loop
    sys.exit(main())
