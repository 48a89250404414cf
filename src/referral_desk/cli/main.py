"""``referral-desk``: the argument parser of every command, and running the one asked for."""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Sequence

from referral_desk import __version__
from referral_desk.cli import (
    database,
    editing,
    exchange,
    keys,
    log,
    pathway,
    printing,
    records,
    update,
    verify,
)
from referral_desk.cli.common import CommandError
from referral_desk.cli.exit_codes import ExitCode, exit_codes_help

COMMAND_GROUPS = (
    records,
    pathway,
    database,
    update,
    keys,
    printing,
    log,
    verify,
    exchange,
    editing,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="referral-desk",
        description="Offline referral directory for caseworkers. Without a command, the app opens.",
        epilog=exit_codes_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"referral-desk {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL_OR_PATH",
        help="the database: a file path or a SQLAlchemy URL such as sqlite:///path "
        "(default: a file in your user data folder)",
    )
    parser.add_argument(
        "--self-test", action="store_true", help="check that the program works, then exit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``referral-desk`` with ``argv`` (default: the command line); return the exit code.

    Every ending is one sentence on stderr and an exit code: an unexpected error's
    details go to the error log, and the sentence says where it is.
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    bad = not_text(arguments)
    if bad:
        print(f"referral-desk: {bad}", file=sys.stderr)
        return ExitCode.USAGE
    args = build_parser().parse_args(arguments)
    try:
        if args.self_test:
            from referral_desk.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            from referral_desk.ui.app import run_app

            return run_app(args.db)
        return int(args.run(args))
    except KeyboardInterrupt:
        return ExitCode.INTERRUPTED
    except BrokenPipeError:  # e.g. ``queue | head``: the reader has all it wanted
        quiet_stdout()
        return ExitCode.FAILED  # as Python's own tools do: the output was not all read
    except CommandError as error:
        print(f"referral-desk: {error}", file=sys.stderr)
        return error.code
    except Exception as error:
        # Imported here: the app's start must not wait for SQLAlchemy and friends.
        from referral_desk.services.errors import DESK_ERRORS

        if isinstance(error, DESK_ERRORS):
            print(f"referral-desk: {error}", file=sys.stderr)
            return ExitCode.FAILED
        print(f"referral-desk: {unexpected(error, args.command)}", file=sys.stderr)
        return ExitCode.UNEXPECTED


def quiet_stdout() -> None:
    """Point standard output at nothing, so flushing it at exit raises no second error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # not a real file (a test's capture)


def not_text(arguments: Sequence[str]) -> str:
    """Why an argument is no text (bytes that are not UTF-8 on the command line), or ""."""
    for number, argument in enumerate(arguments, 1):
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError as error:
            return (
                f"argument {number} is not UTF-8 text (a byte it cannot read at position "
                f"{error.start + 1}); type it again or copy it from the app."
            )
    return ""


def unexpected(error: Exception, command: str | None) -> str:
    """The sentence for an error no command expected, its details written to the error log."""
    from referral_desk.error_log import write_error

    where = f"command {command}" if command else "referral-desk"
    log = write_error(error, where)
    kind = type(error).__name__
    what = f"the {command} command" if command else "the program"
    if log is None:
        return f"{what} stopped on an unexpected error ({kind}); the error log cannot be written."
    return (
        f"{what} stopped on an unexpected error ({kind}); "
        f"the details are in {log}, which you can send to your support contact."
    )
