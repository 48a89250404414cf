"""Key rotation and revocation statements, signed in minisign format, and the trust they leave.

A statement file is one line of JSON followed by the minisign signature of
that line (newline included), so ``head -n 1`` and ``tail -n +2`` give the
message and the ``.minisig`` that ``minisign -V`` checks. A rotation is
signed with the old key and names the new one; a revocation is signed with
the revoked key itself or with another trusted key of the same publisher.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from referral_desk.atomic_file import write_atomically
from referral_desk.exchange import minisign
from referral_desk.exchange.trust import (
    STATEMENT_SUFFIX,
    STATEMENTS_FOLDER,
    KeyOrigin,
    KeyStatus,
    TrustedKey,
    TrustError,
    TrustProblem,
    TrustStore,
    load_local_keys,
    load_shipped_keys,
    now_stamp,
)

FORMAT = "referral-desk-key-statement"
MAX_STATEMENT_BYTES = 16 * 1024
KEY_ID = re.compile(r"[0-9A-F]{16}")


class StatementKind(StrEnum):
    ROTATE = "rotate"
    REVOKE = "revoke"


@dataclass(frozen=True)
class KeyStatement:
    """What a statement says, and which key signed it."""

    kind: StatementKind
    publisher: str
    key_id: str  # the key rotated out or revoked
    new_key: minisign.PublicKey | None
    created: str
    reason: str
    signed_by: str


def _key_id_bytes(hex_id: str) -> bytes:
    return int(hex_id, 16).to_bytes(8, "little")


def _statement_text(content: dict[str, Any], signer: minisign.SecretKey) -> str:
    line = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    comment = f"{content['statement']} {content['key_id']} publisher:{content['publisher']}"
    signature = minisign.sign(
        signer, line.encode("utf-8"), comment, untrusted_comment="referral-desk key statement"
    )
    return line + signature.file_text()


def rotation_statement(
    old: minisign.SecretKey,
    new: minisign.PublicKey,
    publisher: str,
    *,
    reason: str = "",
    now: datetime | None = None,
) -> str:
    """A statement, signed with the old key, that ``new`` replaces it for ``publisher``."""
    content = {
        "format": FORMAT,
        "format_version": 1,
        "statement": StatementKind.ROTATE.value,
        "publisher": publisher,
        "key_id": old.public_key().id_hex,
        "new_key": new.encoded(),
        "created": now_stamp(now),
        "reason": reason,
    }
    return _statement_text(content, old)


def revocation_statement(
    signer: minisign.SecretKey,
    revoked_key_id: str,
    publisher: str,
    *,
    reason: str = "",
    now: datetime | None = None,
) -> str:
    """A statement that key ``revoked_key_id`` of ``publisher`` must no longer be trusted."""
    content = {
        "format": FORMAT,
        "format_version": 1,
        "statement": StatementKind.REVOKE.value,
        "publisher": publisher,
        "key_id": revoked_key_id.upper(),
        "new_key": None,
        "created": now_stamp(now),
        "reason": reason,
    }
    return _statement_text(content, signer)


def parse_statement(text: str) -> tuple[KeyStatement, bytes, minisign.Signature]:
    """A statement, the signed line and its signature; nothing is verified yet."""
    unreadable = TrustError(TrustProblem.STATEMENT_UNREADABLE)
    if len(text.encode("utf-8")) > MAX_STATEMENT_BYTES or "\n" not in text:
        raise unreadable
    line, signature_text = text.split("\n", 1)
    try:
        signature = minisign.parse_signature(signature_text)
        content = json.loads(line)
        if not isinstance(content, dict) or content.get("format") != FORMAT:
            raise ValueError("not a key statement")
        if content.get("format_version") != 1:
            raise ValueError("unknown version")
        kind = StatementKind(content["statement"])
        key_id = str(content["key_id"])
        if not KEY_ID.fullmatch(key_id):
            raise ValueError("key id")
        new_key = (
            minisign.parse_public_key(str(content["new_key"]))
            if kind is StatementKind.ROTATE
            else None
        )
        statement = KeyStatement(
            kind=kind,
            publisher=str(content["publisher"]),
            key_id=key_id,
            new_key=new_key,
            created=str(content["created"]),
            reason=str(content.get("reason", "")),
            signed_by=minisign.key_id_hex(signature.key_id),
        )
    except (KeyError, TypeError, ValueError, RecursionError):
        raise unreadable from None
    return statement, (line + "\n").encode("utf-8"), signature


def apply_statement(store: TrustStore, text: str) -> tuple[TrustStore, KeyStatement]:
    """The trust store after a statement, checked against the keys it already trusts."""
    statement, message, signature = parse_statement(text)
    signer = store.find(signature.key_id)
    if signer is None:
        raise TrustError(TrustProblem.STATEMENT_UNKNOWN_SIGNER, key_id=statement.signed_by)
    try:
        minisign.verify(signer.key, message, signature)
    except minisign.MinisignError:
        raise TrustError(TrustProblem.STATEMENT_BAD_SIGNATURE) from None
    not_allowed = TrustError(
        TrustProblem.STATEMENT_NOT_ALLOWED, signer=signer.key_id, key_id=statement.key_id
    )
    signer_revoked = TrustError(TrustProblem.STATEMENT_SIGNER_REVOKED, key_id=signer.key_id)
    if statement.publisher != signer.publisher:
        raise not_allowed
    target = store.find(_key_id_bytes(statement.key_id))
    if statement.kind is StatementKind.REVOKE:
        if target is None or target.publisher != signer.publisher:
            raise not_allowed
        if target.key != signer.key and signer.status is not KeyStatus.TRUSTED:
            raise signer_revoked if signer.status is KeyStatus.REVOKED else not_allowed
        if target.status is KeyStatus.REVOKED:
            return store, statement
        note = f"revoked by {signer.key_id}: {statement.reason}".rstrip(": ")
        return store.with_status(target.key.key_id, KeyStatus.REVOKED, statement.created, note), (
            statement
        )
    assert statement.new_key is not None
    if target is None or target.key != signer.key:
        raise not_allowed
    new = store.find(statement.new_key.key_id)
    if new is not None and new.status is KeyStatus.REVOKED:
        raise TrustError(TrustProblem.NEW_KEY_REVOKED, key_id=new.key_id)
    if new is not None and new.publisher != signer.publisher:
        raise not_allowed
    if signer.status is KeyStatus.REPLACED and new is not None:
        return store, statement  # this rotation was applied before
    if signer.status is not KeyStatus.TRUSTED:
        raise signer_revoked if signer.status is KeyStatus.REVOKED else not_allowed
    if new is None:
        store = store.with_key(
            TrustedKey(
                publisher=signer.publisher,
                countries=signer.countries,
                key=statement.new_key,
                origin=KeyOrigin.ROTATION,
                sample=signer.sample,
                names=signer.names,
                since=statement.created,
                note=f"replaces {signer.key_id}",
            )
        )
    note = f"replaced by {statement.new_key.id_hex}"
    return store.with_status(signer.key.key_id, KeyStatus.REPLACED, statement.created, note), (
        statement
    )


def _statement_files(folder: Path) -> list[Path]:
    statements = folder / STATEMENTS_FOLDER
    return sorted(statements.glob(f"*{STATEMENT_SUFFIX}")) if statements.is_dir() else []


def _apply_file(store: TrustStore, path: Path) -> TrustStore:
    try:
        text = path.read_text(encoding="utf-8")
        return apply_statement(store, text)[0]
    except (OSError, UnicodeDecodeError, TrustError) as error:
        raise TrustError(TrustProblem.FILE_INVALID, str(error), file=str(path)) from None


def load_trust_store(shipped: Path, local: Path | None = None) -> TrustStore:
    """Shipped keys and their statements, then the post's own keys and accepted statements."""
    store = load_shipped_keys(shipped)
    for path in _statement_files(shipped):
        store = _apply_file(store, path)
    if local is not None:
        store = load_local_keys(local, store)
        for path in _statement_files(local):
            store = _apply_file(store, path)
    return store


def accept_statement(local: Path, store: TrustStore, text: str) -> tuple[TrustStore, KeyStatement]:
    """Apply a statement and keep it in the post's folder, so the change lasts; log it after."""
    updated, statement = apply_statement(store, text)
    if updated != store:
        folder = local / STATEMENTS_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        number = len(_statement_files(local)) + 1
        name = f"{number:04d}-{statement.kind.value}-{statement.key_id}{STATEMENT_SUFFIX}"
        write_atomically(folder / name, text)
    return updated, statement
