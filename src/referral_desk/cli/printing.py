"""``sheet`` and ``booklet``: a referral sheet for a case, and the paper directory, to PDF."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from referral_desk.cli.common import (
    LANGUAGES,
    POST_TZ_HELP,
    CommandError,
    Commands,
    moment,
    open_desk,
    output_file,
    post_time_zone,
    qt_application,
    time_zone,
)
from referral_desk.cli.exit_codes import ExitCode
from referral_desk.cli.pathway import current_rules, read_case

PAPERS = ["A4", "Letter"]


def add_commands(commands: Commands) -> None:
    sheet = commands.add_parser("sheet", help="print a referral sheet for a case to PDF")
    sheet.add_argument(
        "case", type=Path, metavar="CASE.json", help="the case, as the wizard saves it"
    )
    sheet.add_argument("-o", "--output", type=output_file, required=True, metavar="FILE.pdf")
    sheet.add_argument("--lang", default="en", choices=LANGUAGES, help="language of the sheet")
    sheet.add_argument(
        "--second-lang", choices=LANGUAGES, help="a second language for labels and fixed text"
    )
    sheet.add_argument("--paper", choices=PAPERS, default="A4")
    sheet.add_argument(
        "--post", help="the post printing the sheet (default: as set up in Settings)"
    )
    sheet.add_argument(
        "--caseworker", help="the caseworker's name or initials (default: as in Settings)"
    )
    sheet.add_argument("--post-tz", type=time_zone, metavar="ZONE", help=POST_TZ_HELP)
    sheet.add_argument(
        "--post-details",
        help="the post's address and phone for the sheet (default: as set up in Settings)",
    )
    sheet.add_argument(
        "--log", action="store_true", help="also keep the referral in the referral log"
    )
    sheet.add_argument(
        "--now", type=moment, help="time of printing, ISO 8601 with offset (default: now)"
    )
    sheet.set_defaults(run=run_sheet)

    booklet = commands.add_parser("booklet", help="print the paper directory to PDF")
    booklet.add_argument("-o", "--output", type=output_file, required=True, metavar="FILE.pdf")
    booklet.add_argument("--country", help="ISO country code, e.g. AT")
    booklet.add_argument("--region", help="a region or city, e.g. Wien")
    booklet.add_argument("--category", help="a category code, e.g. child_protection")
    booklet.add_argument(
        "--favourites",
        type=Path,
        metavar="IDS.txt",
        help="only the record ids listed in this file, one a line",
    )
    booklet.add_argument("--lang", default="en", choices=LANGUAGES)
    booklet.add_argument("--second-lang", choices=LANGUAGES)
    booklet.add_argument("--paper", choices=PAPERS, default="A4")
    booklet.add_argument("--post-tz", type=time_zone, metavar="ZONE", help=POST_TZ_HELP)
    booklet.set_defaults(run=run_booklet)


def run_sheet(args: argparse.Namespace) -> ExitCode:
    """Screen the case, resolve its pathway, print the sheet; keep it in the log if asked."""
    from datetime import UTC, datetime

    from referral_desk.services.printouts import pathway_details
    from referral_desk.sheets.pdf import Paper
    from referral_desk.sheets.referral_sheet import SheetData, write_sheet_pdf

    case = read_case(args.case)
    rules = current_rules()
    now = args.now or datetime.now(UTC)
    app = qt_application()
    with open_desk(args) as desk:
        pathway = desk.pathways.make(case, now, rules)
        post, caseworker = post_and_caseworker(args)
        header = desk.log.new_header(post, caseworker, now)
        data = SheetData(
            pathway,
            header,
            Paper(args.paper),
            args.lang,
            args.second_lang,
            details=pathway_details(desk.directory, pathway, now),
            post_timezone=post_time_zone(args),
            post_details=post_details(args),
        )
        if args.log:  # first: no sheet may carry a reference the log does not have
            desk.log.save(pathway, header)
        pages = write_pdf(lambda: write_sheet_pdf(data, args.output), args.output)
    del app
    print(f"{args.output}: referral sheet {header.reference}, {pages} page(s)")
    return ExitCode.OK


def run_booklet(args: argparse.Namespace) -> ExitCode:
    """The bodies of the selection, read from the directory, printed as the paper directory."""
    from referral_desk.domain.booklet import BookletSelection
    from referral_desk.services.printouts import booklet_bodies
    from referral_desk.sheets.booklet import booklet_data, write_booklet_pdf
    from referral_desk.sheets.pdf import Paper

    favourites = read_favourites(args.favourites) if args.favourites else None
    selection = BookletSelection(args.country, args.region, args.category, favourites)
    app = qt_application()
    with open_desk(args) as desk:
        data = booklet_data(
            booklet_bodies(desk.directory, selection),
            desk.directory.info(),
            selection,
            args.lang,
            second_lang=args.second_lang,
            paper=Paper(args.paper),
            post_timezone=post_time_zone(args),
        )
        pages = write_pdf(lambda: write_booklet_pdf(data, args.output), args.output)
    del app
    bodies = sum(len(group[2]) for group in data.groups)
    print(f"{args.output}: {bodies} bodies, {pages} page(s)")
    return ExitCode.OK


def post_and_caseworker(args: argparse.Namespace) -> tuple[str, str]:
    """``--post`` and ``--caseworker`` as given, else as set up in Settings."""
    if args.post is not None and args.caseworker is not None:
        return str(args.post), str(args.caseworker)
    from referral_desk.settings import load_settings

    settings = load_settings()
    post = settings.post_name if args.post is None else str(args.post)
    caseworker = settings.caseworker_name if args.caseworker is None else str(args.caseworker)
    return post, caseworker


def post_details(args: argparse.Namespace) -> str:
    if args.post_details is not None:
        return str(args.post_details)
    from referral_desk.settings import load_settings

    return load_settings().post_details


def read_favourites(path: Path) -> tuple[str, ...]:
    """Record ids, one a line; blank lines and lines starting with # are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise CommandError(ExitCode.USAGE, f"{path} cannot be read: {error.strerror}") from None
    except UnicodeDecodeError as error:
        raise CommandError(
            ExitCode.USAGE, f"{path} is not UTF-8 text (byte {error.start})"
        ) from None
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def write_pdf(write: Callable[[], int], path: Path) -> int:
    """Run ``write`` (which prints to ``path``); a file that cannot be written is a clear error."""
    try:
        return write()
    except OSError as error:
        raise CommandError(ExitCode.FAILED, f"{path}: {error}") from None
