"""The exit codes of ``referral-desk``, each with what it means (shown in ``--help``)."""

from __future__ import annotations

import textwrap
from enum import IntEnum


class ExitCode(IntEnum):
    """What a finished command tells the shell."""

    OK = 0
    FAILED = 1
    USAGE = 2
    NOT_FOUND = 3
    REFUSED = 4
    DECLINED = 5
    UNEXPECTED = 70  # EX_SOFTWARE of sysexits.h
    INTERRUPTED = 130


MEANINGS: dict[ExitCode, str] = {
    ExitCode.OK: "done; for db check: the database is sound",
    ExitCode.FAILED: (
        "not done: the database, a directory file or the rule files cannot be used, "
        "an output file cannot be written, or db check found problems"
    ),
    ExitCode.USAGE: (
        "wrong arguments, or a case file or favourites list named on the command line "
        "cannot be used; verify: the check cannot be kept (the message says why)"
    ),
    ExitCode.NOT_FOUND: (
        "show, verify, checks, note: no record has that id; update undo: no update to undo"
    ),
    ExitCode.REFUSED: (
        "update: the update was refused (the message says why); keys accept: the statement "
        "was refused; nothing was changed"
    ),
    ExitCode.DECLINED: "you answered no to a question: nothing was changed",
    ExitCode.UNEXPECTED: (
        "an unexpected error stopped the command; its details are in the error log named on stderr"
    ),
    ExitCode.INTERRUPTED: "interrupted (Ctrl+C)",
}


def exit_codes_help() -> str:
    """The list of exit codes for the end of ``referral-desk --help``."""
    width = max(len(str(int(code))) for code in ExitCode)
    lines = [
        textwrap.fill(
            MEANINGS[code],
            width=79,
            initial_indent=f"  {int(code):>{width}}  ",
            subsequent_indent=" " * (width + 4),
        )
        for code in ExitCode
    ]
    return "exit codes:\n" + "\n".join(lines)
