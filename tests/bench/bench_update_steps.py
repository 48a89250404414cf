"""Benchmark: a signed update of a large directory, step by step, each step in its own process.

.venv/bin/python tests/bench/bench_update_steps.py [--records 100000]

The coordinator's database holds a synthetic directory of about ``--records``
Austrian and Bulgarian bodies (services and contacts, with their organizations);
the post's holds the same directory before the update, which retires 5% of the
organizations and gives 10% of the bodies another phone number. Each step runs
in a fresh process, as the program would: publish (at the coordinator's desk),
verify, preview (verify, merge, the directory's checks, the comparison), apply
(the preview first, then the apply alone) and undo. Each prints its time, the CPU
time it took (the fairer figure on a busy machine; the time before the program's
imports is left out of both) and the process's peak resident memory (VmHWM; for the apply alone, the peak is reset
once the preview is made, so it counts the preview the apply is given).
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# Each step: run in a fresh process; prints "STEP name seconds peak-MiB" lines.
_CHILD = r"""
import json, resource, sys, time
from pathlib import Path

def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime

def peak():
    status = Path("/proc/self/status").read_text(encoding="ascii")
    line = next(li for li in status.splitlines() if li.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024

def reset_peak():
    Path("/proc/self/clear_refs").write_text("5")

def report(name, seconds):
    global cpu_start
    print(f"STEP {name} {seconds:.3f} {cpu() - cpu_start:.3f} {peak():.1f}", flush=True)
    cpu_start = cpu()

step, folder = sys.argv[1], Path(sys.argv[2])
from referral_desk.exchange import minisign
from referral_desk.services.desk import Desk
countries = tuple(json.loads((folder / "countries.json").read_text()))
key = minisign.parse_secret_key((folder / "bench.key").read_text(), None)
start, cpu_start = time.perf_counter(), cpu()
if step == "coordinator":
    Desk.open(folder / "coordinator.sqlite3", folder / "new.json").close()
    report("coordinator db load (new directory)", time.perf_counter() - start)
elif step == "post":
    from referral_desk.exchange.trust import trust_key
    with Desk.open(folder / "post" / "post.sqlite3", folder / "old.json") as desk:
        report("post db load (old directory)", time.perf_counter() - start)
        trust_key(desk.updates.local_keys, desk.updates.trust(), key.public_key(), "bench",
                  countries, sample=True)
elif step == "publish":
    with Desk.open(folder / "coordinator.sqlite3") as desk:
        data = desk.updates.publish(key, "bench", countries, 2, {"en": "Benchmark."})
    (folder / "bench.rdupdate").write_bytes(data)
    report("publish", time.perf_counter() - start)
elif step == "verify":
    from referral_desk.exchange.update_check import verify_update
    from referral_desk.store import update_store
    with Desk.open(folder / "post" / "post.sqlite3") as desk:
        with desk._sessions() as session:
            applied = update_store.applied_sequences(session)
            record_countries = update_store.record_countries(session)
        verify_update((folder / "bench.rdupdate").read_bytes(), desk.updates.trust(), applied,
                      record_countries)
    report("verify", time.perf_counter() - start)
elif step == "preview":
    with Desk.open(folder / "post" / "post.sqlite3") as desk:
        preview = desk.updates.check(folder / "bench.rdupdate")
    report("preview (verify, merge, checks, comparison)", time.perf_counter() - start)
    c = preview.comparison
    print(f"INFO {len(c.added)} added, {len(c.retired)} retired, {len(c.changed)} changed, "
          f"{len(c.field_changes)} old -> new shown", flush=True)
elif step == "apply":
    with Desk.open(folder / "post" / "post.sqlite3") as desk:
        preview = desk.updates.check(folder / "bench.rdupdate")
        report("apply: its preview first", time.perf_counter() - start)
        reset_peak()
        start, cpu_start = time.perf_counter(), cpu()
        desk.updates.apply(preview)
        report("apply alone (backup, write, index)", time.perf_counter() - start)
elif step == "undo":
    with Desk.open(folder / "post" / "post.sqlite3") as desk:
        assert desk.updates.undo() is not None
    report("undo (backup, write, index)", time.perf_counter() - start)
"""

STEPS = ("coordinator", "post", "publish", "verify", "preview", "apply", "undo")


def make_directories(records: int, folder: Path) -> None:
    """The old and the new directory files, the key, in this process (children read them)."""
    from synthetic import synthetic_directory

    from referral_desk.exchange import minisign

    # Austrian and Bulgarian bodies only (about half the synthetic directory's): twice as many.
    old = synthetic_directory(2 * records, seed=11)
    old["organizations"] = [o for o in old["organizations"] if o["country"] in ("AT", "BG")]
    countries = sorted({o["country"] for o in old["organizations"]})
    new = copy.deepcopy(old)
    organizations = new["organizations"]
    del organizations[::20]  # 5% of the organizations retired
    bodies = [b for o in organizations for b in (*o["services"], *o["contacts"])]
    for body in bodies[::10]:  # 10% of the bodies get another number
        for phone in body["phones"]:
            phone["number"] = phone["number"][:-3] + "999"
    body_count = sum(len(o["services"]) + len(o["contacts"]) for o in old["organizations"])
    for name, content in (("old.json", old), ("new.json", new)):
        (folder / name).write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    (folder / "countries.json").write_text(json.dumps(countries))
    key = minisign.generate_secret_key()
    (folder / "bench.key").write_text(minisign.secret_key_file_text(key, None))
    (folder / "post").mkdir()
    size = (folder / "old.json").stat().st_size / 2**20
    print(
        f"directory: {body_count:,} bodies in {len(old['organizations']):,} organizations "
        f"({', '.join(countries)}), file {size:.0f} MB"
    )


def run_step(step: str, folder: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, step, str(folder)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "XDG_DATA_HOME": str(folder / "xdg"), "XDG_CONFIG_HOME": str(folder)},
    )
    if done.returncode != 0:
        raise SystemExit(f"{step} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    for line in done.stdout.splitlines():
        if line.startswith("STEP "):
            *name, seconds, cpu, peak = line[5:].split()
            print(
                f"  {' '.join(name):<45} {float(seconds):7.1f} s "
                f"(CPU {float(cpu):6.1f} s)   peak {float(peak):5.0f} MB"
            )
        elif line.startswith("INFO "):
            print(f"  ({line[5:]})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    args = parser.parse_args()
    load = os.getloadavg()
    print(f"load average at the start: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        start = time.perf_counter()
        make_directories(args.records, folder)
        print(f"(made in {time.perf_counter() - start:.0f} s)")
        for step in STEPS:
            run_step(step, folder)
        size = (folder / "bench.rdupdate").stat().st_size / 2**20
        print(f"bundle: {size:.1f} MB")
    load = os.getloadavg()
    print(f"load average at the end: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
