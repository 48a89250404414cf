"""Publishers' key files: make a key pair in minisign's format, read public and secret keys."""

from __future__ import annotations

import os
from pathlib import Path

from referral_desk.exchange import minisign
from referral_desk.exchange.trust import TrustError, TrustProblem


def generate_key_files(
    secret_path: Path,
    public_path: Path,
    passphrase: str,
    *,
    comment: str = "",
    opslimit: int = minisign.OPSLIMIT_SENSITIVE,
    memlimit: int = minisign.MEMLIMIT_SENSITIVE,
) -> minisign.PublicKey:
    """Write a new key pair; the secret key encrypted with ``passphrase``, readable only by you.

    Existing files are never overwritten. ``comment`` goes into the first
    line of both files (after minisign's own words), e.g. the publisher and the year.
    """
    if not passphrase:
        raise TrustError(TrustProblem.EMPTY_PASSPHRASE)
    for path in (secret_path, public_path):
        if path.exists():
            raise TrustError(TrustProblem.KEY_FILE_EXISTS, file=str(path))
    key = minisign.generate_secret_key()
    public = key.public_key()
    label = f"minisign public key {public.id_hex}" + (f" {comment}" if comment else "")
    public_text = public.file_text(label)
    secret_text = minisign.secret_key_file_text(
        key,
        passphrase,
        opslimit=opslimit,
        memlimit=memlimit,
        comment="minisign encrypted secret key" + (f" {comment}" if comment else ""),
    )
    secret_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle = os.open(secret_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise TrustError(TrustProblem.KEY_FILE_EXISTS, file=str(secret_path)) from None
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(secret_text)
    public_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with public_path.open("x", encoding="utf-8") as stream:
            stream.write(public_text)
    except FileExistsError:
        raise TrustError(TrustProblem.KEY_FILE_EXISTS, file=str(public_path)) from None
    return public


def _read(path: Path) -> str:
    try:
        if path.stat().st_size > 64 * 1024:
            raise ValueError("too large for a key")
        return path.read_text(encoding="utf-8")
    except (OSError, ValueError):
        raise TrustError(TrustProblem.KEY_FILE_UNREADABLE, file=str(path)) from None


def read_public_key_file(path: Path) -> minisign.PublicKey:
    """The public key in a minisign ``.pub`` file."""
    return minisign.parse_public_key(_read(path))


def read_secret_key_file(path: Path, passphrase: str | None) -> minisign.SecretKey:
    """The secret key in a minisign ``.key`` file, unlocked with ``passphrase`` if encrypted."""
    return minisign.parse_secret_key(_read(path), passphrase)
