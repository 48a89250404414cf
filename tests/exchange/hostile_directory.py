"""Helpers to write hostile variants of the sample directory: one change, then the bytes."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "directory.json"
RAW = "@@raw@@"  # a string replaced by raw JSON text after dumping

Change = Callable[[dict[str, Any]], None]


@cache
def _sample() -> dict[str, Any]:
    content: dict[str, Any] = json.loads(SAMPLE.read_text(encoding="utf-8"))
    return content


def sample() -> dict[str, Any]:
    """A fresh copy of the sample directory's content."""
    return copy.deepcopy(_sample())


def at(content: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        content = content[part]
    return content


def put(path: tuple[str | int, ...], value: Any) -> Change:
    """A change that sets the value at ``path``."""

    def change(content: dict[str, Any]) -> None:
        at(content, path[:-1])[path[-1]] = value

    return change


def edit(path: tuple[str | int, ...], how: Callable[[Any], Any]) -> Change:
    """A change that replaces the value at ``path`` by ``how(value)``."""

    def change(content: dict[str, Any]) -> None:
        parent = at(content, path[:-1])
        parent[path[-1]] = how(parent[path[-1]])

    return change


def dumped(content: Any, raw: str | None = None) -> bytes:
    """The content as a file's bytes; ``raw`` replaces the one ``RAW`` string."""
    text = json.dumps(content, indent=1)
    if raw is not None:
        text = text.replace(json.dumps(RAW), raw, 1)
    return text.encode("utf-8")


def write(tmp_path: Path, data: bytes, name: str = "hostile.json") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def small_sample(organizations: int = 4) -> dict[str, Any]:
    """The sample cut to its first organizations, with links outside them removed."""
    content = sample()
    kept = content["organizations"][:organizations]
    content["organizations"] = kept
    org_ids = {org["id"] for org in kept}
    contact_ids = {contact["id"] for org in kept for contact in org["contacts"]}
    for org in kept:
        if org["parent_id"] not in org_ids:
            org["parent_id"] = None
        for contact in org["contacts"]:
            if contact["counterpart_id"] not in contact_ids:
                contact["counterpart_id"] = None
    return content


def paths(content: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every place in the content, the top level first."""
    found = [prefix]
    if isinstance(content, dict):
        for key, value in content.items():
            found += paths(value, (*prefix, key))
    elif isinstance(content, list):
        for index, value in enumerate(content):
            found += paths(value, (*prefix, index))
    return found
