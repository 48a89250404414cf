"""The sample directory ships as signed updates: up to date, verified, applied side by side."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

from referral_desk.exchange.bundle import SUFFIX
from referral_desk.services.desk import Desk

ROOT = Path(__file__).resolve().parents[2]
UPDATES = ROOT / "data" / "updates"


def _builder() -> object:
    spec = importlib.util.spec_from_file_location(
        "make", ROOT / "scripts" / "make_sample_updates.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_updates_are_the_sample_directory_as_it_is() -> None:
    expected = _builder().sample_updates()  # type: ignore[attr-defined]
    shipped = {path.name: path.read_bytes() for path in UPDATES.glob(f"*{SUFFIX}")}
    assert set(shipped) == {
        "sample-at-0001.rdupdate",
        "sample-bg-0001.rdupdate",
        "sample-int-0001.rdupdate",
    }
    stale = [name for name in expected if shipped[name] != expected[name]]
    assert stale == [], "run scripts/make_sample_updates.py after changing the sample directory"


def test_every_body_of_the_sample_is_in_exactly_one_update(sample_desk: Desk) -> None:
    sample = json.loads((ROOT / "data" / "directory.json").read_text(encoding="utf-8"))
    seen: list[str] = []
    for name in sorted(path.name for path in UPDATES.glob(f"*{SUFFIX}")):
        preview = sample_desk.updates.check(UPDATES / name)
        assert preview.comparison.unchanged  # the seeded sample is what they hold
        assert preview.publisher.sample
        seen += [o["id"] for o in preview.update.payload.directory["organizations"]]
        sample_desk.updates.apply(preview)
    assert sorted(seen) == sorted(o["id"] for o in sample["organizations"])
    status = sample_desk.updates.status()
    assert [s.publisher for s in status] == ["sample-at", "sample-bg", "sample-int"]
    assert sample_desk.directory.check() == []


def test_the_build_leaves_the_sample_secret_keys_out() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert re.search(r'tree\("data", "data", skip_folders=\("sample-keys",\)\)', spec)
    assert "never ships a secret key" in spec
