"""``db check``, ``db info`` and ``db load``: look after the database file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from referral_desk.cli.common import Commands, open_desk
from referral_desk.cli.exit_codes import ExitCode

if TYPE_CHECKING:
    from referral_desk.domain.entities import DirectoryInfo


def add_commands(commands: Commands) -> None:
    database = commands.add_parser("db", help="database maintenance")
    actions = database.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="check the database file and its search index")
    check.set_defaults(run=run_check)
    info = actions.add_parser("info", help="which directory is loaded")
    info.set_defaults(run=run_info)
    load = actions.add_parser(
        "load",
        help="replace the directory with an unsigned directory file "
        "(for development and testing only; posts use update apply)",
    )
    load.add_argument("file", type=Path)
    load.set_defaults(run=run_load)


def run_check(args: argparse.Namespace) -> ExitCode:
    """SQLite's integrity and foreign keys, and the search index against the records."""
    with open_desk(args) as desk:
        problems = desk.directory.check()
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found.")
        return ExitCode.FAILED
    print("The database is sound.")
    return ExitCode.OK


def run_info(args: argparse.Namespace) -> ExitCode:
    with open_desk(args) as desk:
        info = desk.directory.info()
    print_info(info)
    return ExitCode.OK


def run_load(args: argparse.Namespace) -> ExitCode:
    """Replace the whole directory with a checked file, in one transaction."""
    with open_desk(args) as desk:
        info = desk.directory.replace_from_file(args.file)
    print_info(info)
    print(
        "Loaded from an unsigned file: for development and testing only. A post takes its "
        "directory from signed updates (referral-desk update apply FILE)."
    )
    return ExitCode.OK


def print_info(info: DirectoryInfo) -> None:
    """The directory's name, version and date, a sample warning, and what it holds."""
    sample = " (SAMPLE DATA – not for operational use)" if info.sample else ""
    print(f"{info.name.get('en')}, version {info.version} of {info.published.isoformat()}{sample}")
    print(", ".join(f"{n} {k}" for k, n in info.counts.items()))
