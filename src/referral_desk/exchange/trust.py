"""The keys a post trusts: shipped per publisher, added locally, rotated or revoked by statements.

Shipped keys live in ``resources/keys/``: ``publishers.json`` names each
publisher, the countries it is authoritative for and its minisign ``.pub``
files. Keys a post adds itself are kept in ``trusted-keys.json`` in a local
folder; statements it accepted in that folder's ``statements/``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from referral_desk.atomic_file import write_atomically
from referral_desk.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from referral_desk.exchange import minisign

PUBLISHERS_FILE = "publishers.json"
PUBLISHERS_FORMAT = "referral-desk-publishers"
LOCAL_FILE = "trusted-keys.json"
LOCAL_FORMAT = "referral-desk-trusted-keys"
STATEMENTS_FOLDER = "statements"
STATEMENT_SUFFIX = ".rdstatement"
MAX_FILE_BYTES = 1024 * 1024
PUBLISHER_ID = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?")
COUNTRY = re.compile(r"[A-Z]{2}")
CONTEXT = "Keys"


class KeyStatus(StrEnum):
    TRUSTED = "trusted"
    REPLACED = "replaced"
    REVOKED = "revoked"


class KeyOrigin(StrEnum):
    SHIPPED = "shipped"
    LOCAL = "local"
    ROTATION = "rotation"


class TrustProblem(StrEnum):
    """Why a trust file, a key or a key statement cannot be used."""

    FILE_INVALID = "file_invalid"
    ALREADY_TRUSTED = "already_trusted"
    BAD_PUBLISHER = "bad_publisher"
    BAD_COUNTRIES = "bad_countries"
    STATEMENT_UNREADABLE = "statement_unreadable"
    STATEMENT_UNKNOWN_SIGNER = "statement_unknown_signer"
    STATEMENT_BAD_SIGNATURE = "statement_bad_signature"
    STATEMENT_NOT_ALLOWED = "statement_not_allowed"
    STATEMENT_SIGNER_REVOKED = "statement_signer_revoked"
    NEW_KEY_REVOKED = "new_key_revoked"
    KEY_FILE_EXISTS = "key_file_exists"
    EMPTY_PASSPHRASE = "empty_passphrase"
    KEY_FILE_UNREADABLE = "key_file_unreadable"


TEXTS: dict[TrustProblem, str] = {
    TrustProblem.FILE_INVALID: QT_TRANSLATE_NOOP(
        "Keys",
        "The list of trusted keys {file} is damaged. "
        "Restore it from a backup or reinstall Referral Desk.",
    ),
    TrustProblem.ALREADY_TRUSTED: QT_TRANSLATE_NOOP(
        "Keys", "Key {key_id} is already trusted, for {publisher}. Nothing was changed."
    ),
    TrustProblem.BAD_PUBLISHER: QT_TRANSLATE_NOOP(
        "Keys",
        "“{publisher}” cannot name a publisher: use lower-case letters, digits and hyphens.",
    ),
    TrustProblem.BAD_COUNTRIES: QT_TRANSLATE_NOOP(
        "Keys",
        "Give the countries the publisher is responsible for as two-letter codes, such as AT.",
    ),
    TrustProblem.STATEMENT_UNREADABLE: QT_TRANSLATE_NOOP(
        "Keys",
        "This is not a key statement of a publisher, or it is damaged. "
        "Ask your national coordinator for it again.",
    ),
    TrustProblem.STATEMENT_UNKNOWN_SIGNER: QT_TRANSLATE_NOOP(
        "Keys",
        "The key statement is signed with key {key_id}, which this post does not trust. "
        "Nothing was changed.",
    ),
    TrustProblem.STATEMENT_BAD_SIGNATURE: QT_TRANSLATE_NOOP(
        "Keys",
        "The signature does not match the key statement: it was changed or damaged. "
        "Do not use it; ask your national coordinator for it again.",
    ),
    TrustProblem.STATEMENT_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "Keys",
        "Key {signer} may not change key {key_id}. Do not use this statement; "
        "tell your national coordinator.",
    ),
    TrustProblem.STATEMENT_SIGNER_REVOKED: QT_TRANSLATE_NOOP(
        "Keys",
        "The key statement is signed with key {key_id}, which has been revoked. "
        "Nothing was changed.",
    ),
    TrustProblem.NEW_KEY_REVOKED: QT_TRANSLATE_NOOP(
        "Keys",
        "The key statement names key {key_id} as the new key, but that key has been revoked. "
        "Do not use it; tell your national coordinator.",
    ),
    TrustProblem.KEY_FILE_EXISTS: QT_TRANSLATE_NOOP(
        "Keys",
        "{file} already exists, and a key is never overwritten. "
        "Choose another file name or move the old key away first.",
    ),
    TrustProblem.EMPTY_PASSPHRASE: QT_TRANSLATE_NOOP(
        "Keys",
        "Choose a passphrase: the secret key is always stored encrypted with one.",
    ),
    TrustProblem.KEY_FILE_UNREADABLE: QT_TRANSLATE_NOOP(
        "Keys", "{file} cannot be read. Check the file name and that the file is there."
    ),
}


class TrustError(ValueError):
    """A trust file, key or statement cannot be used; nothing was changed."""

    def __init__(self, problem: TrustProblem, technical: str = "", **details: str) -> None:
        self.problem = problem
        self.details = details
        self.technical = technical
        super().__init__(self.sentence())

    def sentence(self, translate: Translate = untranslated) -> str:
        return translate(CONTEXT, TEXTS[self.problem]).format(**self.details)


@dataclass(frozen=True)
class TrustedKey:
    """A publisher's public key and what it may sign for."""

    publisher: str
    countries: tuple[str, ...]
    key: minisign.PublicKey
    origin: KeyOrigin
    sample: bool = False
    names: Mapping[str, str] = field(default_factory=dict)
    status: KeyStatus = KeyStatus.TRUSTED
    since: str = ""  # when it was added or changed, ISO 8601
    note: str = ""

    @property
    def key_id(self) -> str:
        return self.key.id_hex

    def name(self, lang: str = "en") -> str:
        return self.names.get(lang) or self.names.get("en") or self.publisher


@dataclass(frozen=True)
class TrustStore:
    """Every key a post knows, trusted or not any more."""

    keys: tuple[TrustedKey, ...] = ()

    def find(self, key_id: bytes) -> TrustedKey | None:
        return next((k for k in self.keys if k.key.key_id == key_id), None)

    def trusted(self) -> tuple[TrustedKey, ...]:
        return tuple(k for k in self.keys if k.status is KeyStatus.TRUSTED)

    def with_key(self, key: TrustedKey) -> TrustStore:
        existing = self.find(key.key.key_id)
        if existing is not None:
            raise TrustError(
                TrustProblem.ALREADY_TRUSTED, key_id=key.key_id, publisher=existing.publisher
            )
        return TrustStore((*self.keys, key))

    def with_status(self, key_id: bytes, status: KeyStatus, since: str, note: str) -> TrustStore:
        return TrustStore(
            tuple(
                replace(k, status=status, since=since, note=note) if k.key.key_id == key_id else k
                for k in self.keys
            )
        )


def now_stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _read_json(path: Path, expected_format: str) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
        if len(raw) > MAX_FILE_BYTES:
            raise ValueError("larger than 1 MB")
        content = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError) as error:
        raise TrustError(TrustProblem.FILE_INVALID, str(error), file=str(path)) from None
    if not isinstance(content, dict) or content.get("format") != expected_format:
        raise TrustError(TrustProblem.FILE_INVALID, "wrong format", file=str(path))
    if content.get("format_version") != 1:
        raise TrustError(TrustProblem.FILE_INVALID, "unknown format version", file=str(path))
    return content


def check_publisher(publisher: str, countries: tuple[str, ...]) -> None:
    """Raise TrustError unless ``publisher`` is a short id and ``countries`` are ISO codes."""
    if not PUBLISHER_ID.fullmatch(publisher):
        raise TrustError(TrustProblem.BAD_PUBLISHER, publisher=publisher)
    if not countries or not all(COUNTRY.fullmatch(c) for c in countries):
        raise TrustError(TrustProblem.BAD_COUNTRIES, f"{countries!r}")


def _entry(item: Any, path: Path, origin: KeyOrigin, key_text: str) -> TrustedKey:
    try:
        publisher = str(item["publisher"])
        countries = tuple(str(c) for c in item["countries"])
        check_publisher(publisher, countries)
        names = {str(k): str(v) for k, v in dict(item.get("name", {})).items()}
        key = minisign.parse_public_key(key_text)
        return TrustedKey(
            publisher=publisher,
            countries=countries,
            key=key,
            origin=origin,
            sample=item.get("sample", False) is True,
            names=names,
            since=str(item.get("added", "")),
            note=str(item.get("note", "")),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise TrustError(TrustProblem.FILE_INVALID, str(error), file=str(path)) from None


def load_shipped_keys(folder: Path) -> TrustStore:
    """The keys in ``folder/publishers.json`` and the ``.pub`` files it names."""
    path = folder / PUBLISHERS_FILE
    content = _read_json(path, PUBLISHERS_FORMAT)
    store = TrustStore()
    for item in content.get("publishers", []):
        files = item.get("keys", []) if isinstance(item, dict) else None
        if not isinstance(files, list) or not files:
            raise TrustError(TrustProblem.FILE_INVALID, "a publisher without keys", file=str(path))
        for name in files:
            key_path = folder / str(name)
            if key_path.parent != folder:
                raise TrustError(TrustProblem.FILE_INVALID, f"key file {name}", file=str(path))
            try:
                text = key_path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise TrustError(
                    TrustProblem.FILE_INVALID, str(error), file=str(key_path)
                ) from None
            store = store.with_key(_entry(item, path, KeyOrigin.SHIPPED, text))
    return store


def load_local_keys(folder: Path, store: TrustStore) -> TrustStore:
    """``store`` with the keys the post added itself (none when there is no file yet)."""
    path = folder / LOCAL_FILE
    if not path.exists():
        return store
    content = _read_json(path, LOCAL_FORMAT)
    for item in content.get("keys", []):
        if not isinstance(item, dict):
            raise TrustError(TrustProblem.FILE_INVALID, "an entry is not an object", file=str(path))
        store = store.with_key(_entry(item, path, KeyOrigin.LOCAL, str(item.get("key", ""))))
    return store


def trust_key(
    folder: Path,
    store: TrustStore,
    key: minisign.PublicKey,
    publisher: str,
    countries: tuple[str, ...],
    *,
    names: Mapping[str, str] | None = None,
    sample: bool = False,
    note: str = "",
    now: datetime | None = None,
) -> TrustStore:
    """Add ``key`` to the post's own trusted keys in ``folder``; the store with it.

    The caller asks the caseworker first and logs the action; this only checks
    and writes. A key already known (trusted, replaced or revoked) is refused.
    """
    check_publisher(publisher, countries)
    entry = TrustedKey(
        publisher=publisher,
        countries=tuple(countries),
        key=key,
        origin=KeyOrigin.LOCAL,
        sample=sample,
        names=dict(names or {}),
        since=now_stamp(now),
        note=note,
    )
    updated = store.with_key(entry)
    path = folder / LOCAL_FILE
    content: dict[str, Any] = (
        _read_json(path, LOCAL_FORMAT)
        if path.exists()
        else {"format": LOCAL_FORMAT, "format_version": 1, "keys": []}
    )
    content["keys"].append(
        {
            "publisher": publisher,
            "name": dict(entry.names),
            "countries": list(countries),
            "sample": sample,
            "key": key.encoded(),
            "added": entry.since,
            "note": note,
        }
    )
    write_atomically(path, json.dumps(content, ensure_ascii=False, indent=2) + "\n")
    return updated


def list_keys(store: TrustStore) -> list[TrustedKey]:
    """Every known key, trusted ones first, by publisher."""
    order = {KeyStatus.TRUSTED: 0, KeyStatus.REPLACED: 1, KeyStatus.REVOKED: 2}
    return sorted(store.keys, key=lambda k: (order[k.status], k.publisher, k.key_id))
