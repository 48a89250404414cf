"""The ``sheet``, ``booklet`` and ``log stats`` commands of ``referral-desk`` (for cli.py)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def add_commands(commands: Any) -> None:
    """Add the three commands to cli.py's subparsers (``commands = parser.add_subparsers(...)``)."""
    sheet = commands.add_parser("sheet", help="print a referral sheet for a case to PDF")
    sheet.add_argument(
        "case", type=Path, metavar="CASE.json", help="the case, as the wizard saves it"
    )
    sheet.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    sheet.add_argument("--lang", default="en", help="language of the sheet (en, bg, de)")
    sheet.add_argument(
        "--second-lang", help="a second language for labels and fixed text (en, bg, de)"
    )
    sheet.add_argument("--paper", choices=["A4", "Letter"], default="A4")
    sheet.add_argument("--post", default="", help="the post printing the sheet")
    sheet.add_argument("--caseworker", default="", help="the caseworker's name or initials")
    sheet.add_argument(
        "--log", action="store_true", help="also keep the referral in the referral log"
    )
    sheet.add_argument("--now", help="time of printing, ISO 8601 with offset (default: now)")

    booklet = commands.add_parser("booklet", help="print the paper directory to PDF")
    booklet.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    booklet.add_argument("--country", help="ISO country code, e.g. AT")
    booklet.add_argument("--region", help="a region or city, e.g. Wien")
    booklet.add_argument("--category", help="a category code, e.g. child_protection")
    booklet.add_argument(
        "--favourites",
        type=Path,
        metavar="IDS.txt",
        help="only the record ids listed in this file, one a line",
    )
    booklet.add_argument("--lang", default="en")
    booklet.add_argument("--second-lang")
    booklet.add_argument("--paper", choices=["A4", "Letter"], default="A4")

    log = commands.add_parser("log", help="the referral log")
    log_commands = log.add_subparsers(dest="log_command", metavar="ACTION", required=True)
    stats = log_commands.add_parser(
        "stats", help="counts for the national coordinator (no personal data)"
    )
    stats.add_argument("--csv", type=Path, metavar="FILE", help="write the counts as CSV")
    stats.add_argument("--from", dest="date_from", help="first day, YYYY-MM-DD")
    stats.add_argument("--to", dest="date_to", help="last day, YYYY-MM-DD")


def _qt() -> Any:
    """A QGuiApplication for fonts and layout; offscreen on a Linux machine without a display."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def _open(args: argparse.Namespace) -> Any:
    from referral_desk.paths import default_database_path
    from referral_desk.services.directory import open_directory

    return open_directory(getattr(args, "db", None) or default_database_path())


def _now(args: argparse.Namespace) -> datetime:
    value = getattr(args, "now", None)
    if not value:
        return datetime.now(UTC)
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def cmd_sheet(args: argparse.Namespace) -> int:
    """``referral-desk sheet CASE.json -o FILE.pdf``: screen, resolve the pathway, print."""
    from referral_desk.services import (
        pathway as pathway_service,
    )  # written alongside; imported lazily
    from referral_desk.services.referral_log import new_header, save_referral
    from referral_desk.sheets.pdf import Paper
    from referral_desk.sheets.referral_sheet import SheetData, collect_details, write_sheet_pdf

    try:
        case = pathway_service.case_from_json(json.loads(args.case.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"referral-desk: cannot read the case {args.case}: {error}", file=sys.stderr)
        return EXIT_USAGE
    now = _now(args)
    app = _qt()
    directory = _open(args)
    try:
        pathway = pathway_service.make_pathway(directory, case, now)
        header = new_header(directory, args.post, args.caseworker, now)
        data = SheetData(
            pathway,
            header,
            Paper(args.paper),
            args.lang,
            args.second_lang,
            details=collect_details(directory, pathway, now),
        )
        pages = write_sheet_pdf(data, args.output)
        if args.log:
            save_referral(directory, pathway, header)
    finally:
        directory.close()
    del app
    print(f"{args.output}: referral sheet {header.reference}, {pages} page(s)")
    return EXIT_OK


def cmd_booklet(args: argparse.Namespace) -> int:
    """``referral-desk booklet -o FILE.pdf [--country] [--region] [--category] [--favourites]``."""
    from referral_desk.domain.booklet import BookletSelection
    from referral_desk.services.booklet import booklet_bodies
    from referral_desk.sheets.booklet import booklet_data, write_booklet_pdf
    from referral_desk.sheets.pdf import Paper

    favourites = None
    if args.favourites:
        lines = args.favourites.read_text(encoding="utf-8").splitlines()
        favourites = tuple(
            line.strip() for line in lines if line.strip() and not line.startswith("#")
        )
    selection = BookletSelection(args.country, args.region, args.category, favourites)
    app = _qt()
    directory = _open(args)
    try:
        data = booklet_data(
            booklet_bodies(directory, selection),
            directory.info(),
            selection,
            args.lang,
            second_lang=args.second_lang,
            paper=Paper(args.paper),
        )
        pages = write_booklet_pdf(data, args.output)
    finally:
        directory.close()
    del app
    bodies = sum(len(group[2]) for group in data.groups)
    print(f"{args.output}: {bodies} bodies, {pages} page(s)")
    return EXIT_OK


def cmd_log(args: argparse.Namespace) -> int:
    """``referral-desk log stats [--csv FILE]``: counts only, never a name or reference."""
    from datetime import date

    from referral_desk.services.referral_log import statistics, statistics_csv

    date_from = date.fromisoformat(args.date_from) if args.date_from else None
    date_to = date.fromisoformat(args.date_to) if args.date_to else None
    directory = _open(args)
    try:
        stats = statistics(directory, date_from, date_to)
    finally:
        directory.close()
    if args.csv:
        args.csv.write_text(statistics_csv(stats), encoding="utf-8")
        print(f"{args.csv}: {len(stats.rows)} rows, {stats.referrals} referral(s)")
        return EXIT_OK
    print(f"{stats.referrals} referral(s)")
    dimension = ""
    for row in stats.rows:
        if row.dimension != dimension:
            dimension = row.dimension
            print(f"\n{dimension.replace('_', ' ')}:")
        print(f"  {row.count:>6}  {row.value}")
    return EXIT_OK
