"""What the command modules share: opening the database, argument types, a Qt for printing."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from referral_desk.cli.exit_codes import ExitCode
from referral_desk.domain.languages import UI_LANGUAGES

if TYPE_CHECKING:  # SQLAlchemy and Qt load only when a command needs them
    from PySide6.QtGui import QGuiApplication

    from referral_desk.services.credentials import Answer, PasswordPrompt
    from referral_desk.services.desk import Desk

# What ``parser.add_subparsers()`` returns; each command module adds its commands to it.
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
LANGUAGES = list(UI_LANGUAGES)  # choices of the --lang options that pick a UI language
LANGUAGE_LIST = ", ".join(UI_LANGUAGES)


class CommandError(Exception):
    """A command cannot go on; ``main`` prints the message and exits with ``code``."""

    def __init__(self, code: ExitCode, message: str) -> None:
        super().__init__(message)
        self.code = code


def open_desk(args: argparse.Namespace) -> Desk:
    """The desk over ``--db`` (default: the user's own database, created on first use).

    A central database's password is asked for in the terminal when the keyring has
    none (and only when there is a terminal to ask in)."""
    from referral_desk.paths import default_database_path
    from referral_desk.services.desk import Desk

    return Desk.open(args.db or default_database_path(), ask_password=terminal_prompt())


def terminal_prompt() -> PasswordPrompt | None:
    """Ask for a central database's password with ``getpass``; None without a terminal."""
    if not sys.stdin or not sys.stdin.isatty():
        return None

    def ask(shown: str, can_remember: bool, refused: bool = False) -> Answer | None:
        import getpass

        from referral_desk.services.credentials import Answer

        if refused:
            print("The password was not accepted; type it again.", file=sys.stderr)
        try:
            password = getpass.getpass(f"Password for {shown}: ")
            keep = can_remember and input(
                "Keep it in this computer's keyring for next time? [y/N] "
            ).strip().lower() in ("y", "yes")
        except EOFError:
            return None
        return Answer(password, keep)

    return ask


def whole_number(low: int, high: int, unit: str) -> Callable[[str], int]:
    """An argument type: a whole number from ``low`` to ``high`` (``unit`` names what it counts)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} {unit} is not from {low} to {high}")
        return value

    return parse


def iso_date(text: str) -> date:
    """An argument type: a day as ``YYYY-MM-DD``."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date as YYYY-MM-DD") from None


def moment(text: str) -> datetime:
    """An argument type: a time in ISO 8601; without an offset it is taken as UTC."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time in ISO 8601, e.g. 2026-11-30T10:30:00+01:00"
        ) from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def time_zone(text: str) -> str:
    """An argument type: an IANA time zone such as ``Europe/Sofia``."""
    from referral_desk.settings import is_time_zone

    if not is_time_zone(text):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an IANA time zone, e.g. Europe/Sofia or Europe/Vienna"
        )
    return text


def post_time_zone(args: argparse.Namespace) -> str:
    """``--post-tz`` if given, else the zone set up for the post, else the computer's."""
    if getattr(args, "post_tz", None):
        return str(args.post_tz)
    from referral_desk.settings import load_settings

    return load_settings().post_timezone


POST_TZ_HELP = "the post's IANA time zone for dates (default: as set up, else the computer's)"


def output_file(text: str) -> Path:
    """An argument type: a file to write, in a folder that exists."""
    path = Path(text)
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"the folder of {text} does not exist")
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is a folder, not a file")
    return path


def write_text(path: Path, text: str) -> None:
    """Write a file the user named; a failure is a clear error, not a traceback."""
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise CommandError(ExitCode.FAILED, f"cannot write {path}: {error.strerror}") from None


def qt_application() -> QGuiApplication:
    """A QGuiApplication for fonts and layout; offscreen on a Linux machine without a display."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    assert isinstance(app, QGuiApplication)
    return app
