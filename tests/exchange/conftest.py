"""Fixtures for the exchange tests.

Keys, trust stores and small directories for the bundle tests, and a bundle
assembler; the sample directory and the official HSDS 3.0 reference for the
HSDS tests. The HSDS schemas, data package and examples (CC BY-SA 4.0) are
not part of the project; they sit in ``shared/reference/hsds-3.0`` beside the
repository (in CI) or beside a folder of worktrees. A missing reference
fails, never skips. The folder is also put on the import path, for the helper
that writes hostile directory files.
"""

from __future__ import annotations

import copy
import gzip
import hashlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.exchange import minisign
from referral_desk.exchange.bundle import (
    FORMAT_MEMBER,
    MANIFEST_MEMBER,
    PAYLOAD_MEMBER,
    SIGNATURE_MEMBER,
    BundleDraft,
    Manifest,
    write_bundle,
)
from referral_desk.exchange.directory_json import read_directory_file
from referral_desk.exchange.stored_zip import Member, write_stored_zip
from referral_desk.exchange.trust import KeyOrigin, TrustedKey, TrustStore

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "directory.json"
SHIPPED_KEYS = ROOT / "resources" / "keys"
SAMPLE_SECRET_KEYS = ROOT / "data" / "sample-keys"
CREATED = "2026-11-02T08:00:00Z"


@cache
def _sample() -> dict[str, Any]:
    content: dict[str, Any] = json.loads(SAMPLE.read_text(encoding="utf-8"))
    return content


def directory_of(
    countries: Iterable[str], *, smallest: bool = False, cut_references: bool = True
) -> dict[str, Any]:
    """The sample directory's bodies of ``countries`` as a directory file of their own.

    References to bodies left out (parents, counterparts) are cut unless
    ``cut_references`` is false: then they resolve only in the merged directory.
    ``smallest`` keeps one body and only the taxonomy terms it uses.
    """
    sample = copy.deepcopy(_sample())
    wanted = set(countries)
    organizations = [o for o in sample["organizations"] if o["country"] in wanted]
    if smallest:
        organizations = [min(organizations, key=lambda o: len(json.dumps(o)))]
    kept_orgs = {o["id"] for o in organizations}
    kept_contacts = {c["id"] for o in organizations for c in o.get("contacts", [])}
    for org in organizations if cut_references else []:
        if org.get("parent_id") not in kept_orgs:
            org["parent_id"] = None
        for contact in org.get("contacts", []):
            if contact.get("counterpart_id") not in kept_contacts:
                contact["counterpart_id"] = None
    if smallest:
        used = {
            (taxonomy, code)
            for org in organizations
            for service in org.get("services", [])
            for taxonomy, key in (
                ("category", "categories"),
                ("role", "roles"),
                ("population", "populations"),
            )
            for code in service.get(key, [])
        }
        sample["taxonomy"] = [t for t in sample["taxonomy"] if (t["taxonomy"], t["code"]) in used]
        for term in sample["taxonomy"]:
            term.pop("description", None)
        sample["directory"]["notice"] = {"en": "Sample data."}
    sample["organizations"] = organizations
    return sample


@cache
def sample_secret_key(country: str) -> minisign.SecretKey:
    path = SAMPLE_SECRET_KEYS / f"SAMPLE-{country.lower()}-coordinator.key"
    return minisign.parse_secret_key(path.read_text(encoding="utf-8"), "sample")


@pytest.fixture(scope="session")
def at_key() -> minisign.SecretKey:
    return sample_secret_key("AT")


@pytest.fixture(scope="session")
def bg_key() -> minisign.SecretKey:
    return sample_secret_key("BG")


def trusted(
    key: minisign.SecretKey | minisign.PublicKey,
    publisher: str,
    countries: tuple[str, ...],
    *,
    sample: bool = True,
) -> TrustedKey:
    public = key.public_key() if isinstance(key, minisign.SecretKey) else key
    return TrustedKey(
        publisher, countries, public, KeyOrigin.SHIPPED, sample=sample, names={"en": publisher}
    )


@pytest.fixture
def trust(at_key: minisign.SecretKey, bg_key: minisign.SecretKey) -> TrustStore:
    """Two sample publishers side by side, as a post holds them."""
    return TrustStore(
        (
            trusted(at_key, "sample-at", ("AT",)),
            trusted(bg_key, "sample-bg", ("BG",)),
        )
    )


def draft(publisher: str, countries: tuple[str, ...], sequence: int = 1) -> BundleDraft:
    from datetime import UTC, datetime

    return BundleDraft(
        publisher=publisher,
        countries=countries,
        sequence=sequence,
        release_notes={"en": "Phone numbers checked.", "bg": "Проверени номера.", "de": "Nummern."},
        stale_after_days=60,
        created=datetime(2026, 11, 2, 8, 0, tzinfo=UTC),
    )


@pytest.fixture(scope="session")
def small_at_bundle() -> bytes:
    """A small valid update from the sample Austrian publisher (sequence 1)."""
    return write_bundle(
        directory_of(["AT"], smallest=True), draft("sample-at", ("AT",)), sample_secret_key("AT")
    )


Assembler = Callable[..., bytes]


def assemble(
    key: minisign.SecretKey,
    *,
    publisher: str = "sample-at",
    countries: tuple[str, ...] = ("AT",),
    sequence: int = 1,
    directory: dict[str, Any] | None = None,
    raw_payload: bytes | None = None,
    payload_bytes: bytes | None = None,
    unpacked_size: int | None = None,
    manifest_changes: dict[str, Any] | None = None,
    manifest_bytes: bytes | None = None,
    format_line: bytes = b"referral-desk-bundle 1\n",
    extra_members: tuple[Member, ...] = (),
    trusted_comment: str | None = None,
) -> bytes:
    """A bundle built by hand, piece by piece, to test each refusal on its own."""
    if raw_payload is None:
        raw_payload = json.dumps(directory or directory_of(["AT"], smallest=True)).encode()
    payload = payload_bytes if payload_bytes is not None else gzip.compress(raw_payload, mtime=0)
    from datetime import UTC, datetime

    manifest = Manifest(
        publisher=publisher,
        key_id=key.public_key().id_hex,
        countries=countries,
        sequence=sequence,
        created=datetime(2026, 11, 2, 8, 0, tzinfo=UTC),
        previous_bundle_sha256=None,
        payload_sha256=hashlib.sha256(payload).hexdigest(),
        payload_size=len(payload),
        payload_unpacked_size=unpacked_size if unpacked_size is not None else len(raw_payload),
        release_notes={"en": "Test."},
        stale_after_days=60,
    )
    content = manifest.to_json()
    content.update(manifest_changes or {})
    if manifest_bytes is None:
        manifest_bytes = json.dumps(content, indent=2).encode()
    comment = trusted_comment if trusted_comment is not None else manifest.trusted_comment()
    signature = minisign.sign(
        key, manifest_bytes, comment, untrusted_comment=manifest.untrusted_comment()
    )
    return write_stored_zip(
        [
            Member(FORMAT_MEMBER, format_line),
            Member(MANIFEST_MEMBER, manifest_bytes),
            Member(SIGNATURE_MEMBER, signature.file_text().encode()),
            Member(PAYLOAD_MEMBER, payload),
            *extra_members,
        ]
    )


@pytest.fixture
def build() -> Assembler:
    """``assemble`` for the tests: a bundle put together by hand."""
    return assemble


@pytest.fixture
def directories() -> Callable[..., dict[str, Any]]:
    """``directory_of`` for the tests: sample bodies of some countries as a directory file."""
    return directory_of


@pytest.fixture
def make_trusted() -> Callable[..., TrustedKey]:
    return trusted


@pytest.fixture
def make_draft() -> Callable[..., BundleDraft]:
    return draft


# ---------------------------------------------------------------- HSDS

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
