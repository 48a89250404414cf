"""``db check``, ``db info``, ``db load``, ``db restore`` and ``db rebuild``: look after the
database file."""

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
    restore = actions.add_parser(
        "restore", help="put a backup in the database's place (default: the newest sound one)"
    )
    restore.add_argument("backup", type=Path, nargs="?")
    restore.add_argument("--list", action="store_true", help="only list the backups")
    restore.set_defaults(run=run_restore)
    rebuild = actions.add_parser(
        "rebuild",
        help="make a damaged database anew from the last applied directory file (or FILE), "
        "keeping the referral log, the change history and the retired records",
    )
    rebuild.add_argument("file", type=Path, nargs="?")
    rebuild.set_defaults(run=run_rebuild)
    migrate = actions.add_parser(
        "migrate",
        help="create or update the database's tables to this version "
        "(once, for a central PostgreSQL database)",
    )
    migrate.set_defaults(run=run_migrate)
    status = actions.add_parser("status", help="which database, its schema version, what it holds")
    status.set_defaults(run=run_status)


def database_file(args: argparse.Namespace) -> Path:
    from referral_desk.paths import default_database_path
    from referral_desk.services.desk import database_path

    return database_path(args.db or default_database_path())


def run_migrate(args: argparse.Namespace) -> ExitCode:
    """Bring the schema to this version: a central database on request, a file as it opens."""
    from referral_desk.cli.common import terminal_prompt
    from referral_desk.paths import default_database_path
    from referral_desk.services.credentials import url_to_type
    from referral_desk.services.schema import migrate

    done = migrate(args.db or default_database_path(), terminal_prompt())
    if done.before == done.after:
        print(f"{done.location}: schema {done.after}, already this version's.")
    else:
        print(f"{done.location}: schema {done.before or 'none'} -> {done.after}.")
        if done.central and done.before is None:
            target = url_to_type(str(args.db))
            print(f"Load a directory next: referral-desk --db {target} db load FILE")
    return ExitCode.OK


def run_status(args: argparse.Namespace) -> ExitCode:
    """Where the database is, its schema against this version's, and what it holds."""
    from referral_desk.paths import default_database_path
    from referral_desk.services.desk import Desk
    from referral_desk.services.schema import schema_status

    target = _central_url(args) or args.db or default_database_path()  # asked for once
    found = schema_status(target)
    if found.central:
        print(f"central database: {found.location} (PostgreSQL {found.server_version})")
    else:
        print(f"database file: {found.location}")
    print(f"schema: {found.revision or 'none'}; this version's: {found.head}")
    if found.central:
        print(f"pg_trgm: {'installed' if found.has_trigram else 'not installed'}")
    if not found.current:
        print("Run db migrate to bring the schema to this version.")
        return ExitCode.FAILED
    with Desk.open(target) as desk:
        print_info(desk.directory.info())
    return ExitCode.OK


def _central_url(args: argparse.Namespace) -> str | None:
    """``--db`` if it names a central PostgreSQL database (its password asked for once)."""
    from referral_desk.cli.common import terminal_prompt
    from referral_desk.services.credentials import complete_url
    from referral_desk.services.desk import is_central

    if not args.db or not is_central(args.db):
        return None
    return complete_url(args.db, terminal_prompt()).render_as_string(hide_password=False)


def run_check(args: argparse.Namespace) -> ExitCode:
    """Every table and index, and the search index against the records; the way back."""
    from referral_desk.services.maintenance import examine

    found = examine(_central_url(args) or database_file(args))
    if found.read_only:
        print(f"The database can only be read: {found.read_only}.")
    for problem in found.problems:
        print(problem)
    if not found.problems:
        print("The database is sound.")
        return ExitCode.OK
    print(f"{len(found.problems)} problem(s) found.")
    if found.central:
        print(
            "A central database is backed up by its server (pg_dump). Loading the directory "
            "again (db load FILE) builds its search index anew."
        )
        return ExitCode.FAILED
    if found.sound_backup is not None:
        print(f"To go back to the last sound backup ({found.sound_backup.name}): db restore")
    if found.can_rebuild:
        print(
            "To make the database anew from the last applied directory file, keeping the "
            "referral log, the change history and the retired records: db rebuild"
        )
    if not found.can_rebuild:
        print(
            ("No sound backup, and the" if found.sound_backup is None else "The")
            + " last applied directory file cannot be read: db rebuild FILE makes the "
            "database anew from a directory file, keeping the log."
        )
    return ExitCode.FAILED


def run_restore(args: argparse.Namespace) -> ExitCode:
    """Bring a backup back; the file it replaces is kept, renamed."""
    from referral_desk.services import maintenance

    path = database_file(args)
    if args.list:
        for backup in maintenance.list_backups(path):
            print(backup)
        return ExitCode.OK
    restored, aside, settings = maintenance.restore(path, args.backup)
    print(f"{path}: restored from {restored.name}.")
    if aside is not None:
        print(f"The file it replaced is kept as {aside.name}.")
    if settings:
        print(
            "The settings and favourites taken with it are back too; the ones they replaced "
            "are kept as settings.json.before-restore."
        )
    return ExitCode.OK


def run_rebuild(args: argparse.Namespace) -> ExitCode:
    """Make the database anew from a directory file; the referral log is kept."""
    from referral_desk.services import maintenance

    path = database_file(args)
    rebuilt = maintenance.rebuild(path, args.file)
    print(
        f"{path}: rebuilt; {rebuilt.referrals} referral(s) of the log kept, "
        f"{rebuilt.retired} retired record(s) kept."
    )
    if rebuilt.retired_from_audit:
        print(
            "The retired records' rows could not be read: they were made again from "
            "the audit trail (the content each had when it was retired)."
        )
    if rebuilt.aside is not None:
        print(f"The damaged file is kept as {rebuilt.aside.name}.")
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
