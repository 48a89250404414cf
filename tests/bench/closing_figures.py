"""The closing figures of the hardening issue, measured on the current code and printed.

.venv/bin/python tests/bench/closing_figures.py [all|load-kills|apply-kills|hostile|flips|markup]
    [--kills 50] [--files 20]

- load-kills: ``db load`` killed (kill -9) at random moments: the file is sound and
  holds the old directory or the new, never half.
- apply-kills: the same for ``update apply`` of a signed update.
- hostile: every file of the hostile set given to ``db load``: clean errors counted.
- flips: damaged copies of the database (bytes flipped at seeded places) × every
  command of the command line that opens a database: tracebacks counted.
- markup: the walk over every widget with markup in every field of the directory.

These are figures, not tests: each prints what it found, and the exit code is 1
when a figure is not what the issue asks (a half directory, a traceback, markup
interpreted).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
for folder in (TESTS, TESTS / "services", TESTS / "exchange", TESTS / "cli"):
    sys.path.insert(0, str(folder))

SAMPLE = ROOT / "data" / "directory.json"
CASE = ROOT / "data" / "cases" / "bg-child-begging-vienna.json"
SERVICE_ID = "05429c8d-f998-540b-9ec0-523d74fc1280"
ORGANIZATION_ID = "782afc8b-3420-5d7b-8547-ac0fa5c40d27"  # Federal Ministry of the Interior

LOAD_CHILD = """
import sys
from referral_desk.cli.main import main
print("ready", flush=True)
sys.exit(main(["--db", sys.argv[1], "db", "load", sys.argv[2]]))
"""


def _cli(*argv: str) -> tuple[int, str, str, str | None]:
    """Run the command line in this process: exit code, output, errors, any traceback."""
    from referral_desk.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    trace = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as stop:
            code = int(stop.code or 0) if not isinstance(stop.code, str) else 2
        except Exception:
            code, trace = -1, traceback.format_exc()
    if trace is None and "Traceback (most recent call last)" in err.getvalue():
        trace = err.getvalue()
    return code, out.getvalue(), err.getvalue(), trace


def _template(folder: Path) -> Path:
    from referral_desk.services.desk import Desk

    path = folder / "template.sqlite3"
    if not path.exists():
        Desk.open(path, SAMPLE).close()
    return path


def _kill_at_random_moments(
    kills: int, label: str, template: Path, folder: Path, argv: list[str], old: str, new: str
) -> bool:
    """Start ``argv`` (it says "ready" first) on copies of ``template``, kill each at a random
    moment within the time a whole run takes, and check each file."""
    from test_update_kill import directory_hash

    def start(database: Path) -> subprocess.Popen[str]:
        child = subprocess.Popen(
            [sys.executable, "-c", *argv[:1], str(database), *argv[1:]],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == "ready", line
        return child

    def whole_run() -> float:
        """Seconds a whole run takes now, from "ready" to its end (the load changes)."""
        reference = folder / f"{label}-reference.sqlite3"
        for side in folder.glob(f"{label}-reference*"):
            side.unlink()
        shutil.copyfile(template, reference)
        child = start(reference)
        began = time.perf_counter()
        child.communicate(timeout=600)
        seconds = time.perf_counter() - began
        assert directory_hash(reference) == new, f"{label}: the whole run did not give the new"
        return seconds

    seed = random.randrange(2**32)
    moments = random.Random(seed).sample(range(1000), kills)
    outcomes: Counter[str] = Counter()
    windows: list[float] = []
    finished_first = 0  # kills that came after the run had ended by itself
    for number, moment in enumerate(moments):
        if number % 10 == 0:  # the window follows the machine's load
            windows.append(whole_run())
        database = folder / f"{label}-killed-{number}.sqlite3"
        shutil.copyfile(template, database)
        child = start(database)
        time.sleep(windows[-1] * 1.1 * moment / 1000)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        finished_first += child.returncode != -signal.SIGKILL
        assert child.stdout is not None
        child.stdout.close()
        sides = sorted(p.name[len(database.name) :] for p in folder.glob(f"{database.name}-*"))
        code, out, err, trace = _cli("--db", str(database), "db", "check")
        found = directory_hash(database)
        outcome = "old" if found == old else "new" if found == new else "HALF"
        if code != 0 or trace is not None:
            print(
                f"  {label}, kill {number} at {moment / 10:.1f}% ({outcome}, side files "
                f"{sides or 'none'}): db check {code}: {(trace or out + err)[:600]}",
                flush=True,
            )
            outcome = "UNSOUND"
        outcomes[outcome] += 1
        for side in folder.glob(f"{label}-killed-{number}.*"):
            side.unlink()
    good = outcomes["HALF"] == 0 and outcomes["UNSOUND"] == 0
    print(
        f"kill -9 during {label}: {kills} kills (seed {seed}) at random moments within "
        f"1.1 x a whole run ({min(windows):.2f}-{max(windows):.2f} s, measured every 10 kills), "
        f"{kills - finished_first} while it ran, {finished_first} after it had ended: "
        f"{outcomes['old']} old, {outcomes['new']} new, {outcomes['HALF']} half, "
        f"{outcomes['UNSOUND']} not sound",
        flush=True,
    )
    return good


def load_kills(kills: int, folder: Path) -> bool:
    from test_update_kill import directory_hash

    template = _template(folder)
    content = json.loads(SAMPLE.read_text(encoding="utf-8"))
    for org in content["organizations"]:
        org["name"]["en"] = org["name"]["en"] + " (changed)"
    changed = folder / "changed.json"
    changed.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    old = directory_hash(template)
    new_db = folder / "load-new.sqlite3"
    shutil.copyfile(template, new_db)
    assert _cli("--db", str(new_db), "db", "load", str(changed))[0] == 0
    new = directory_hash(new_db)
    return _kill_at_random_moments(
        kills, "db load", template, folder, [LOAD_CHILD, str(changed)], old, new
    )


def apply_kills(kills: int, folder: Path) -> bool:
    from test_update_kill import CHILD, directory_hash

    from update_helpers import austrian_changes, signed, write

    template = _template(folder)
    bundle = write(folder, "at-1.rdupdate", signed(austrian_changes()))
    old = directory_hash(template)
    new_db = folder / "apply-new.sqlite3"
    shutil.copyfile(template, new_db)
    assert _cli("--db", str(new_db), "update", "apply", str(bundle), "--yes")[0] == 0
    new = directory_hash(new_db)
    return _kill_at_random_moments(
        kills, "update apply", template, folder, [CHILD, str(bundle)], old, new
    )


def _unlisted(message: str) -> str:
    """The command line lists each problem as "  - PLACE: what"; the set expects "PLACE: what"."""
    return re.sub(r"^\s*- ", "", message, flags=re.MULTILINE)


def hostile(folder: Path) -> bool:
    from hostile_directory import write
    from test_directory_file_input import HOSTILE

    template = _template(folder)
    outcomes: Counter[str] = Counter()
    for number, case in enumerate(HOSTILE):
        (folder / f"hostile-{number}").mkdir()
        path = write(folder / f"hostile-{number}", case.data())
        database = folder / "hostile.sqlite3"
        shutil.copyfile(template, database)
        code, _out, err, trace = _cli("--db", str(database), "db", "load", str(path))
        if trace is not None:
            outcomes["traceback"] += 1
        elif code == 0:
            outcomes["accepted"] += 1
        elif str(path) in err and re.search(case.expected, _unlisted(err), re.MULTILINE):
            outcomes["clean error naming the file and the place"] += 1
        else:
            outcomes["error without the place"] += 1
        shutil.rmtree(path.parent)
    print(f"hostile directory files through db load: {len(HOSTILE)} files: {dict(outcomes)}")
    return outcomes["clean error naming the file and the place"] == len(HOSTILE)


def _commands(folder: Path) -> list[tuple[str, ...]]:
    """Every command that opens the database, with arguments it can run with."""
    from update_helpers import austrian_changes, signed, write

    bundle = write(folder, "at-1.rdupdate", signed(austrian_changes()))
    passphrase = folder / "passphrase"
    passphrase.write_text("sample\n", encoding="utf-8")
    key = ROOT / "data" / "sample-keys" / "SAMPLE-at-coordinator.key"
    out = folder / "out"
    out.mkdir(exist_ok=True)
    return [
        ("search", "Drehscheibe"),
        ("search", "Kinder", "--open-now", "--country", "AT", "--json"),
        ("search", ""),
        ("show", SERVICE_ID),
        ("pathway", str(CASE)),
        ("db", "check"),
        ("db", "info"),
        ("db", "load", str(SAMPLE)),
        ("db", "restore", "--list"),
        ("db", "restore"),
        ("db", "rebuild"),
        ("update", "verify", str(bundle)),
        ("update", "apply", str(bundle), "--yes"),
        ("update", "undo"),
        ("update", "history"),
        ("publish", "-o", str(out / "p.rdupdate"), "--key", str(key), "--publisher",
         "sample-at", "--countries", "AT", "--sequence", "9", "--notes-en", "x",
         "--passphrase-file", str(passphrase)),
        ("keys", "list"),
        ("sheet", str(CASE), "-o", str(out / "sheet.pdf"), "--log"),
        ("booklet", "-o", str(out / "booklet.pdf"), "--country", "AT"),
        ("log", "stats"),
        ("verify", SERVICE_ID, "--how", "phone", "--note", "duty officer confirmed"),
        ("checks", SERVICE_ID),
        ("queue", "--limit", "5"),
        ("freshness",),
        ("note", SERVICE_ID, "ask for the duty officer"),
        ("corrections", "list"),
        ("corrections", "export", "--all", str(out / "corrections.json")),
        ("corrections", "import", str(folder / "inputs" / "corrections.json")),
        ("export", "--format", "hsds-json", "-o", str(out / "export.json")),
        ("import", str(folder / "inputs" / "sample.json"), "--yes"),
        ("edit", SERVICE_ID, "--set", "email=desk@example.org", "--reason", "checked"),
        ("create", "contact", "--organization", ORGANIZATION_ID, "--set",
         'title={"en":"Night desk"}', "--reason", "new desk"),
        ("retire", SERVICE_ID, "--reason", "closed"),
        ("restore", SERVICE_ID, "--reason", "open again"),
        ("retired",),
        ("history", "--json"),
    ]  # fmt: skip


def flips(files: int, folder: Path) -> bool:
    from PySide6.QtWidgets import QApplication
    from test_byte_flips import _damaged_copies

    from referral_desk.cli.main import build_parser

    QApplication.instance() or QApplication(["closing-figures"])
    template = _template(folder)
    inputs = folder / "inputs"  # files for import commands, written from the sound database
    inputs.mkdir(exist_ok=True)
    sound = folder / "sound.sqlite3"
    shutil.copyfile(template, sound)
    _cli("--db", str(sound), "export", "--format", "hsds-json", "-o", str(inputs / "sample.json"))
    _cli("--db", str(sound), "corrections", "export", "--all", str(inputs / "corrections.json"))
    assert (inputs / "sample.json").exists() and (inputs / "corrections.json").exists()
    commands = _commands(folder)
    groups = {
        name
        for action in build_parser()._subparsers._group_actions  # type: ignore[union-attr]
        for name in action.choices  # type: ignore[union-attr]
    }
    covered = {command[0] for command in commands}
    print(f"command groups: {sorted(groups)}; run on damaged files: {sorted(covered)}")
    import test_byte_flips

    test_byte_flips.FILES = files
    outcomes: Counter[str] = Counter()
    tracebacks: list[str] = []
    for damaged in _damaged_copies(template, folder):
        for command in commands:
            database = folder / "flipped.sqlite3"
            for side in folder.glob("flipped*"):
                side.unlink()
            shutil.copyfile(damaged, database)
            code, out, err, trace = _cli("--db", str(database), *command)
            if trace is not None:
                outcomes["traceback"] += 1
                tracebacks.append(f"{damaged.name} {' '.join(command)}:\n{trace}")
            elif code == 0:
                outcomes["answered"] += 1
            elif (err.strip() or out.strip()) and code != 70:
                outcomes["clean error"] += 1
            else:
                outcomes["unexpected error (code 70) or no reason"] += 1
                tracebacks.append(f"{damaged.name} {' '.join(command)}: code {code}: {err}")
    print(
        f"byte flips: {files} damaged files × {len(commands)} commands = "
        f"{files * len(commands)} runs: {dict(outcomes)}"
    )
    for trace in tracebacks[:3]:
        print(trace)
    return not tracebacks and groups <= covered


def markup() -> bool:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider",
         str(TESTS / "ui" / "test_no_rich_text_from_data.py")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    # the main window, detail, favourites, log and wizard; then the windows added later
    lines = [li for li in done.stdout.splitlines() if li.startswith("markup walk")]
    print(
        "\n".join(lines) if len(lines) == 2 else f"markup walk did not run:\n{done.stdout[-2000:]}"
    )
    return (
        done.returncode == 0
        and len(lines) == 2
        and all(li.endswith(" 0 interpreted") for li in lines)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "figure",
        nargs="?",
        default="all",
        choices=("all", "load-kills", "apply-kills", "hostile", "flips", "markup"),
    )
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--files", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    good = True
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.environ["XDG_DATA_HOME"] = str(folder / "xdg-data")  # keys and logs kept here
        os.environ["XDG_CONFIG_HOME"] = str(folder / "xdg-config")
        os.environ["XDG_STATE_HOME"] = str(folder / "xdg-state")
        chosen = args.figure
        if chosen in ("all", "load-kills"):
            good &= load_kills(args.kills, folder)
        if chosen in ("all", "apply-kills"):
            good &= apply_kills(args.kills, folder)
        if chosen in ("all", "hostile"):
            good &= hostile(folder)
        if chosen in ("all", "flips"):
            good &= flips(args.files, folder)
        if chosen in ("all", "markup"):
            good &= markup()
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
