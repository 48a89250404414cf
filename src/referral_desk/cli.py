"""The command line: ``referral-desk`` opens the app; subcommands use the same services."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from referral_desk import __version__
from referral_desk.domain.entities import Detail, SearchHit
from referral_desk.domain.vocab import Category, Kind, Population

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_NOT_FOUND = 0, 1, 2, 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="referral-desk",
        description="Offline referral directory for caseworkers. Without a command, the app opens.",
    )
    parser.add_argument("--version", action="version", version=f"referral-desk {__version__}")
    parser.add_argument(
        "--db", type=Path, help="the database file (default: in your user data folder)"
    )
    parser.add_argument(
        "--self-test", action="store_true", help="check that the program works, then exit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    search = commands.add_parser("search", help="search organizations, services and contacts")
    search.add_argument(
        "text", nargs="*", help="what to look for (any script; phone digits work too)"
    )
    search.add_argument("--country", help="ISO country code, e.g. AT or BG")
    search.add_argument("--category", choices=[c.value for c in Category])
    search.add_argument(
        "--population", choices=[p.value for p in Population if p is not Population.ANY]
    )
    search.add_argument("--language", help="a language spoken, ISO 639-1 code, e.g. bg")
    search.add_argument("--kind", choices=[k.value for k in Kind])
    search.add_argument("--open-now", action="store_true", help="only bodies reachable now")
    search.add_argument("--around-the-clock", "--24h", action="store_true", help="only 24/7 bodies")
    search.add_argument(
        "--verified-within", type=int, metavar="MONTHS", help="verified in the last MONTHS"
    )
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--lang", default="en", help="language of names shown (en, bg, de)")
    search.add_argument("--json", action="store_true", help="machine-readable output")

    show = commands.add_parser("show", help="show one record by its id")
    show.add_argument("id")
    show.add_argument("--lang", default="en")
    show.add_argument("--json", action="store_true")

    pathway = commands.add_parser("pathway", help="the referral pathway for a case file")
    pathway.add_argument(
        "case", type=Path, help="case description (JSON; see data/rules/README.md)"
    )
    pathway.add_argument("--lang", default="en", choices=["en", "bg", "de"])
    pathway.add_argument("--json", action="store_true", help="machine-readable output")

    database = commands.add_parser("db", help="database maintenance")
    db_commands = database.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("check", help="check the database file and its search index")
    db_commands.add_parser("info", help="which directory is loaded")
    load = db_commands.add_parser("load", help="replace the directory with a directory file")
    load.add_argument("file", type=Path)

    from referral_desk.sheets.cli_commands import add_commands

    add_commands(commands)  # sheet, booklet, log
    return parser


def _open(args: argparse.Namespace) -> Any:
    from referral_desk.paths import default_database_path
    from referral_desk.services.directory import open_directory

    return open_directory(args.db or default_database_path())


def _hit_json(hit: SearchHit, lang: str) -> dict[str, Any]:
    return {
        "kind": hit.kind.value,
        "id": hit.id,
        "name": hit.name.get(lang),
        "organization": hit.organization.get(lang),
        "organization_id": hit.organization_id,
        "country": hit.country,
        "reachable_now": hit.reach.reachable,
        "reach": hit.reach.reach.value,
    }


def _detail_json(detail: Detail) -> dict[str, Any]:
    def convert(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: convert(v) for k, v in value.items()}
        if isinstance(value, list | tuple | frozenset | set):
            items = [convert(v) for v in value]
            return sorted(items) if isinstance(value, frozenset | set) else items
        if hasattr(value, "isoformat"):
            return value.isoformat()
        return value

    data: dict[str, Any] = convert(asdict(detail))
    for location in data["locations"]:
        if location["confidential"]:
            location["address"] = None  # never leaves the app unasked
    return data


def _cmd_search(args: argparse.Namespace) -> int:
    from referral_desk.domain.search import SearchFilters

    filters = SearchFilters(
        country=args.country,
        category=args.category,
        population=args.population,
        language=args.language,
        open_now=args.open_now,
        around_the_clock=args.around_the_clock,
        verified_within_months=args.verified_within,
        kind=Kind(args.kind) if args.kind else None,
    )
    directory = _open(args)
    try:
        hits = directory.search(" ".join(args.text), filters, limit=max(1, args.limit))
    finally:
        directory.close()
    if args.json:
        print(json.dumps([_hit_json(h, args.lang) for h in hits], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not hits:
        print("No matches.")
        return EXIT_OK
    for hit in hits:
        status = (
            "reachable now"
            if hit.reach.reachable
            else "closed"
            if hit.reach.reach == "closed"
            else "hours unknown"
        )
        org = "" if hit.kind is Kind.ORGANIZATION else f"  ({hit.organization.get(args.lang)})"
        print(
            f"{hit.kind.value:<12} {hit.country}  {hit.name.get(args.lang)}{org}"
            f"  [{status}]  {hit.id}"
        )
    return EXIT_OK


def _cmd_show(args: argparse.Namespace) -> int:
    directory = _open(args)
    try:
        detail = directory.show(args.id)
    finally:
        directory.close()
    if detail is None:
        print(f"No record has the id {args.id}.", file=sys.stderr)
        return EXIT_NOT_FOUND
    if args.json:
        print(json.dumps(_detail_json(detail), ensure_ascii=False, indent=2))
        return EXIT_OK
    from referral_desk.sheets.plain import detail_as_text

    print(detail_as_text(detail, args.lang, datetime.now(UTC)))
    return EXIT_OK


def _cmd_pathway(args: argparse.Namespace) -> int:
    from referral_desk.exchange.pathway_json import pathway_to_json
    from referral_desk.services.pathway import (
        CaseFileError,
        load_rules,
        make_pathway,
        read_case_file,
    )
    from referral_desk.sheets.pathway_text import pathway_as_text

    try:
        case = read_case_file(args.case)
    except CaseFileError as error:
        print(f"referral-desk: {error}", file=sys.stderr)
        return EXIT_USAGE
    loaded = load_rules()
    if loaded.error is not None:
        print(f"referral-desk: {loaded.error}", file=sys.stderr)
        if loaded.rules is None:
            return EXIT_ERROR
        print("referral-desk: using the last good rules.", file=sys.stderr)
    directory = _open(args)
    try:
        pathway = make_pathway(directory, case, datetime.now(UTC), loaded.rules)
    finally:
        directory.close()
    if args.json:
        print(json.dumps(pathway_to_json(pathway, args.lang), ensure_ascii=False, indent=2))
    else:
        print(pathway_as_text(pathway, args.lang), end="")
    return EXIT_OK


def _cmd_db(args: argparse.Namespace) -> int:
    directory = _open(args)
    try:
        if args.db_command == "check":
            problems = directory.check()
            for problem in problems:
                print(problem)
            print(
                "The database is sound." if not problems else f"{len(problems)} problem(s) found."
            )
            return EXIT_OK if not problems else EXIT_ERROR
        if args.db_command == "load":
            info = directory.replace_from_file(args.file)
        else:
            info = directory.info()
    finally:
        directory.close()
    sample = " (SAMPLE DATA – not for operational use)" if info.sample else ""
    print(f"{info.name.get('en')}, version {info.version} of {info.published.isoformat()}{sample}")
    print(", ".join(f"{n} {k}" for k, n in info.counts.items()))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.self_test:
            from referral_desk.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            from referral_desk.ui.app import run_app

            return run_app(args.db)
        from referral_desk.sheets.cli_commands import cmd_booklet, cmd_log, cmd_sheet

        handlers = {
            "search": _cmd_search,
            "show": _cmd_show,
            "db": _cmd_db,
            "pathway": _cmd_pathway,
            "sheet": cmd_sheet,
            "booklet": cmd_booklet,
            "log": cmd_log,
        }
        return handlers[args.command](args)
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        # Imported here: the app's start must not wait for SQLAlchemy and friends.
        from referral_desk.exchange.directory_json import DirectoryFileError
        from referral_desk.store.db import DatabaseError

        if isinstance(error, DirectoryFileError | DatabaseError):
            print(f"referral-desk: {error}", file=sys.stderr)
            return EXIT_ERROR
        raise
