"""Passwords of central databases: from the platform's keyring, or asked for; never in a file.

An editor's URL names their own database role (``postgresql+psycopg://anna@host/db``)
and no password. The password is looked up in the platform's keyring (Windows
Credential Manager, macOS Keychain, the Secret Service on a Linux desktop) through
the ``keyring`` library, or asked for each time. Where no keyring works (a headless
Linux machine) nothing is stored and the password is asked for each time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.engine import URL

from referral_desk.store.failures import DatabaseError
from referral_desk.store.server import parse_url, url_to_type

__all__ = [
    "Answer",
    "PasswordPrompt",
    "complete_url",
    "forget_password",
    "keyring_available",
    "remember_password",
    "stored_password",
    "url_to_type",  # the URL to type again in a command: never with its password
]

SERVICE = "Referral Desk"
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Answer:
    """What the person typed, and whether to keep it in the keyring for next time."""

    password: str
    remember: bool = False


# Asked with the URL as shown (no password), whether a keyring can keep the answer and
# whether the last password given was refused; returns None when the person gives up.
PasswordPrompt = Callable[[str, bool, bool], Answer | None]


def _account(url: URL) -> str:
    """The keyring's name for a login: user, server, port and database, never the password."""
    return f"{url.username}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def _keyring() -> object | None:
    """The platform's keyring, or None where there is none that works (e.g. headless Linux)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring set-up must not stop the program
        _log.warning("the keyring cannot be used", exc_info=True)
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return backend


def keyring_available() -> bool:
    return _keyring() is not None


def stored_password(url: URL) -> str | None:
    backend = _keyring()
    if backend is None or not url.username:
        return None
    try:
        return backend.get_password(SERVICE, _account(url))  # type: ignore[attr-defined,no-any-return]
    except Exception:
        _log.warning("the keyring could not be read", exc_info=True)
        return None


def remember_password(url: URL, password: str) -> bool:
    """Keep the password in the keyring; False where there is none, or it refused."""
    backend = _keyring()
    if backend is None or not url.username:
        return False
    try:
        backend.set_password(SERVICE, _account(url), password)  # type: ignore[attr-defined]
    except Exception:
        _log.warning("the keyring could not keep a password", exc_info=True)
        return False
    return True


def forget_password(url: URL) -> None:
    backend = _keyring()
    if backend is None or not url.username:
        return
    try:
        backend.delete_password(SERVICE, _account(url))  # type: ignore[attr-defined]
    except Exception:
        _log.info("no password to forget in the keyring")


def complete_url(target: str, ask: PasswordPrompt | None = None, refused: bool = False) -> URL:
    """The URL with the login's password: given, from the keyring, or asked for.

    After the server ``refused`` the last password the keyring's is forgotten and the
    password asked for again. Raises DatabaseError when the person gives up at the prompt.
    """
    url = parse_url(target)  # with psycopg as the driver
    if refused and ask is not None and url.username:
        forget_password(url)  # kept, but no longer the login's
        url = url.set(password=None)
    if url.password or not url.username:
        return url
    password = stored_password(url)
    if password is not None:
        return url.set(password=password)
    if ask is None:
        return url  # ~/.pgpass, PGPASSWORD or a trusted login may still let it in
    answer = ask(url.render_as_string(hide_password=True), keyring_available(), refused)
    if answer is None:
        raise DatabaseError("No password was given: the central database was not opened.")
    if answer.remember:
        remember_password(url, answer.password)
    return url.set(password=answer.password)
