"""Asking at the terminal: a passphrase (never echoed, or from a file) and yes or no."""

from __future__ import annotations

import argparse
import getpass

from referral_desk.cli.common import CommandError
from referral_desk.cli.exit_codes import ExitCode


def passphrase(args: argparse.Namespace, prompt: str, *, twice: bool = False) -> str:
    """The passphrase from ``--passphrase-file`` (its first line) or asked without echo."""
    if getattr(args, "passphrase_file", None) is not None:
        try:
            text: str = args.passphrase_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(
                ExitCode.USAGE, f"cannot read the passphrase file: {error}"
            ) from None
        return text.splitlines()[0] if text else ""
    try:
        first = getpass.getpass(prompt)
        if twice and getpass.getpass("The same passphrase again: ") != first:
            raise CommandError(ExitCode.USAGE, "the two passphrases differ; nothing was written")
    except EOFError:
        raise CommandError(ExitCode.USAGE, "no passphrase given") from None
    return first


def ask_yes(question: str) -> bool:
    """Ask ``question [y/N]``; only "y" or "yes" is yes (no answer at all is no)."""
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        print()
        return False
    return answer.strip().lower() in ("y", "yes")
