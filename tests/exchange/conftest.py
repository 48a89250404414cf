"""Fixtures for the exchange tests: the sample directory and the official HSDS 3.0 reference.

The HSDS schemas, data package and examples (CC BY-SA 4.0) are not part of the
project; they sit in ``shared/reference/hsds-3.0`` beside the repository (in
CI) or beside a folder of worktrees. A missing reference fails, never skips.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from referral_desk.exchange.directory_json import DirectoryFile, read_directory_file

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "directory.json"
REFERENCE_PARTS = ("shared", "reference", "hsds-3.0")


def find_reference() -> Path:
    """``../shared/reference/hsds-3.0`` from the repository root, or from a folder above it."""
    for folder in ROOT.parents:
        candidate = folder.joinpath(*REFERENCE_PARTS)
        if (candidate / "schema" / "service.json").is_file():
            return candidate
    pytest.fail(
        "The official HSDS 3.0 reference is missing: put the schemas, datapackage.json and "
        f"examples in {ROOT.parent.joinpath(*REFERENCE_PARTS)} (see the README)."
    )


@pytest.fixture(scope="session")
def hsds_reference() -> Path:
    return find_reference()


def _is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme and (parts.netloc or parts.path))


def _is_datetime(value: object) -> bool:
    from datetime import datetime

    if not isinstance(value, str):
        return True
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


@pytest.fixture(scope="session")
def hsds_validator(hsds_reference: Path) -> Callable[[str], Draft202012Validator]:
    """A Draft 2020-12 validator for one official schema (``"service"``), refs resolved.

    Formats are checked too: uuid, email and date by jsonschema, uri and
    date-time by the two small checks above (jsonschema needs extra packages
    for those and would skip them silently).
    """
    resources = []
    for path in sorted((hsds_reference / "schema").glob("*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((path.name, Resource.from_contents(contents, DRAFT202012)))
    registry: Registry[Any] = Registry().with_resources(resources)
    checker = FormatChecker()
    checker.checks("uri")(_is_uri)
    checker.checks("date-time")(_is_datetime)
    cache: dict[str, Draft202012Validator] = {}

    def validator(name: str) -> Draft202012Validator:
        if name not in cache:
            schema = registry.contents(f"{name}.json")
            cache[name] = Draft202012Validator(schema, registry=registry, format_checker=checker)
        return cache[name]

    return validator


@pytest.fixture(scope="session")
def sample_file() -> DirectoryFile:
    return read_directory_file(SAMPLE)


@pytest.fixture
def sample_content(sample_file: DirectoryFile) -> Iterator[dict[str, Any]]:
    """A copy of the sample directory's content that a test may change."""
    yield copy.deepcopy(sample_file.content)
