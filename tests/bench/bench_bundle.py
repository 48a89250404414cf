"""Benchmark: writing and verifying signed directory updates, the sample and a synthetic directory.

.venv/bin/python tests/bench/bench_bundle.py [--records 100000] [--runs 3] [--update-records 1000]

Verification is timed whole (median of the runs) and step by step: the zip,
the signature, gunzip, JSON with its nesting bound, the records' shape and
scope; then, once, the full directory check the service runs on the merged
directory (``check_merged``: schema, references, phone numbers).

Then the post's side through the updates service: a database holding a
synthetic directory of ``--update-records`` bodies (services and contacts,
with their organizations) gets an update of the same size that retires 5%
of the organizations and changes the phone numbers of 10% of the bodies:
verify, preview (merge, ``check_merged``, the comparison), apply and undo,
each timed, in a fresh copy of the database each run; then once more with
``--large-update-records`` bodies (100,000 by default).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import synthetic_directory

from referral_desk.exchange import minisign
from referral_desk.exchange.bounded import gunzip_exactly, json_nesting_exceeds, parse_json
from referral_desk.exchange.bundle import (
    BundleDraft,
    check_merged,
    payload_records,
    read_manifest,
    unpack_bundle,
    unpack_payload,
    write_bundle,
)
from referral_desk.exchange.key_statements import load_trust_store
from referral_desk.exchange.trust import KeyOrigin, TrustedKey, TrustStore
from referral_desk.exchange.update_check import verify_update

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_KEYS = ROOT / "data" / "sample-keys"


def ms(seconds: float) -> str:
    if seconds < 0.01:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def timed(function: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def only(directory: dict[str, Any], countries: set[str]) -> dict[str, Any]:
    """The bodies of ``countries``, with references to other bodies cut."""
    part = json.loads(json.dumps(directory))
    part["organizations"] = [o for o in part["organizations"] if o["country"] in countries]
    orgs = {o["id"] for o in part["organizations"]}
    contacts = {c["id"] for o in part["organizations"] for c in o["contacts"]}
    for org in part["organizations"]:
        if org["parent_id"] not in orgs:
            org["parent_id"] = None
        for contact in org["contacts"]:
            if contact["counterpart_id"] not in contacts:
                contact["counterpart_id"] = None
    return part


def report(
    label: str,
    directory: dict[str, Any],
    key: minisign.SecretKey,
    publisher: str,
    trust: TrustStore,
    runs: int,
) -> None:
    countries = tuple(sorted({o["country"] for o in directory["organizations"]}))
    draft = BundleDraft(publisher, countries, 2, {"en": "Benchmark."})
    start = time.perf_counter()
    bundle = write_bundle(directory, draft, key)
    written = time.perf_counter() - start
    current = {r.id: r.country for r in payload_records(directory)}
    applied = {publisher: 1}
    total = timed(lambda: verify_update(bundle, trust, applied, current), runs)

    parts = unpack_bundle(bundle)
    entry = trust.find(parts.signature.key_id)
    assert entry is not None
    container = timed(lambda: unpack_bundle(bundle), runs)
    signature = timed(
        lambda: minisign.verify(entry.key, parts.manifest_bytes, parts.signature), runs
    )
    manifest = read_manifest(parts.manifest_bytes)
    raw_size = manifest.payload_unpacked_size
    raw = gunzip_exactly(parts.payload, raw_size)
    gunzip = timed(lambda: gunzip_exactly(parts.payload, raw_size), runs)
    parse = timed(lambda: parse_json(raw, max_bytes=raw_size, max_depth=16), runs)
    nesting = timed(lambda: json_nesting_exceeds(raw, 16), runs)
    payload = timed(lambda: unpack_payload(parts.payload, manifest), runs)
    records = len(payload_records(directory))
    checked = timed(lambda: check_merged(directory), 1)
    print(
        f"{label}: {len(directory['organizations'])} organizations, {records} records, "
        f"JSON {raw_size / 1e6:.1f} MB, bundle {len(bundle) / 1e6:.2f} MB\n"
        f"    write {written:.2f} s; verify {total:.2f} s; "
        f"its steps: zip {ms(container)}, signature {ms(signature)}, gunzip {ms(gunzip)}, "
        f"JSON {ms(parse)} (nesting bound {ms(nesting)} of it), records' shape and scope "
        f"{ms(payload - gunzip - parse)} (with the collector's passes over the parsed JSON)\n"
        f"    check_merged, the directory's schema and rules the service runs next: {checked:.2f} s"
    )


def report_apply(records: int, runs: int, folder: Path) -> None:
    """Verify + preview + apply of an update of ``records`` bodies at a post, through the desk."""
    import copy
    import shutil

    from referral_desk.exchange.trust import trust_key
    from referral_desk.exchange.update_preview import compare_directories, merge_update
    from referral_desk.services.desk import Desk
    from referral_desk.store import update_store

    # Austrian and Bulgarian bodies only, whose synthetic numbers cannot be dialled (as in the
    # sample); half of the synthetic directory's, so twice as many are made.
    old = synthetic_directory(2 * records, seed=11)
    old["organizations"] = [o for o in old["organizations"] if o["country"] in ("AT", "BG")]
    countries = tuple(sorted({o["country"] for o in old["organizations"]}))
    new = copy.deepcopy(old)
    organizations = new["organizations"]
    del organizations[:: max(1, round(1 / 0.05))]  # 5% of the organizations retired
    bodies = [b for o in organizations for b in (*o["services"], *o["contacts"])]
    for body in bodies[::10]:  # 10% of the bodies get another number
        for phone in body["phones"]:
            phone["number"] = phone["number"][:-3] + "999"
    key = minisign.generate_secret_key()
    bundle = write_bundle(new, BundleDraft("bench", countries, 2, {"en": "Benchmark."}), key)
    bundle_path = folder / "bench.rdupdate"
    bundle_path.write_bytes(bundle)
    source = folder / "source.json"
    source.write_text(json.dumps(old), encoding="utf-8")
    template = folder / "template.sqlite3"
    Desk.open(template, source).close()
    samples: dict[str, list[float]] = {
        "verify": [],
        "preview": [],
        "apply": [],
        "total": [],
        "undo": [],
        "total CPU": [],
    }
    preview = None
    for run in range(runs):
        database = folder / f"post-{run}.sqlite3"
        shutil.copyfile(template, database)
        keys = folder / f"keys-{run}"
        with Desk.open(database) as desk:
            desk.updates.local_keys = keys
            trust_key(keys, desk.updates.trust(), key.public_key(), "bench", countries, sample=True)
            with desk._sessions() as session:
                current, _sha = update_store.source(session) or ({}, "")
                record_countries = update_store.record_countries(session)
            start = time.perf_counter()
            verify_update(bundle, desk.updates.trust(), {}, record_countries)
            verified = time.perf_counter()
            merged = merge_update(current, new, countries)
            check_merged(merged)
            compare_directories(current, merged, countries)
            previewed = time.perf_counter()
            cpu = time.process_time()
            preview = desk.updates.check(bundle_path)  # all three again, as the service runs them
            checked = time.perf_counter()
            desk.updates.apply(preview)
            applied = time.perf_counter()
            samples["total CPU"].append(time.process_time() - cpu)
            undone = desk.updates.undo()
            assert undone is not None
            samples["undo"].append(time.perf_counter() - applied)
        samples["verify"].append(verified - start)
        samples["preview"].append(previewed - verified)
        samples["apply"].append(applied - checked)
        samples["total"].append(applied - checked + (checked - previewed))
    assert preview is not None
    comparison = preview.comparison
    body_count = sum(len(o["services"]) + len(o["contacts"]) for o in old["organizations"])
    median = {name: statistics.median(values) for name, values in samples.items()}
    print(
        f"update at a post, {body_count} bodies in {len(old['organizations'])} organizations "
        f"(bundle {len(bundle) / 1e3:.0f} kB): {len(comparison.retired)} records retired, "
        f"{len(comparison.changed)} changed, {len(comparison.field_changes)} old → new shown\n"
        f"    verify {ms(median['verify'])}, preview {ms(median['preview'])} (merge, check_merged, "
        f"comparison), apply {ms(median['apply'])}; through the service "
        f"(check = verify + preview, then apply): {ms(median['total'])} "
        f"(CPU {ms(median['total CPU'])}); "
        f"undo {ms(median['undo'])} (median of {runs})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--update-records", type=int, default=1000)
    parser.add_argument(
        "--large-update-records",
        type=int,
        default=100_000,
        help="a second, large update at a post (one run; 0 to leave it out)",
    )
    args = parser.parse_args()

    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        report_apply(args.update_records, args.runs, Path(folder))
    if args.large_update_records:
        with tempfile.TemporaryDirectory() as folder:
            report_apply(args.large_update_records, 1, Path(folder))

    shipped = load_trust_store(ROOT / "resources" / "keys")
    sample = json.loads((ROOT / "data" / "directory.json").read_text(encoding="utf-8"))
    for country in ("AT", "BG"):
        key = minisign.parse_secret_key(
            (SAMPLE_KEYS / f"SAMPLE-{country.lower()}-coordinator.key").read_text(), "sample"
        )
        report(
            f"sample directory, {country} with its SAMPLE key",
            only(sample, {country}),
            key,
            f"sample-{country.lower()}",
            shipped,
            args.runs,
        )

    bench_key = minisign.generate_secret_key()
    every_country = tuple(sorted({o["country"] for o in sample["organizations"]}))
    whole = TrustStore(
        (TrustedKey("bench", every_country, bench_key.public_key(), KeyOrigin.LOCAL, sample=True),)
    )
    report(
        "sample directory, whole",
        only(sample, set(every_country)),
        bench_key,
        "bench",
        whole,
        args.runs,
    )

    start = time.perf_counter()
    synthetic = synthetic_directory(args.records)
    print(
        f"(synthetic directory of {args.records} records made in {time.perf_counter() - start:.1f} s)"
    )
    synthetic_countries = tuple(sorted({o["country"] for o in synthetic["organizations"]}))
    trust = TrustStore(
        (
            TrustedKey(
                "bench", synthetic_countries, bench_key.public_key(), KeyOrigin.LOCAL, sample=True
            ),
        )
    )
    report(f"synthetic, {args.records} records", synthetic, bench_key, "bench", trust, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
