"""``verify``, ``queue``, ``freshness``, ``corrections``, ``note``: keeping the directory true."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from referral_desk.cli.common import (
    CommandError,
    Commands,
    iso_date,
    open_desk,
    output_file,
    post_time_zone,
    whole_number,
    write_text,
)
from referral_desk.cli.exit_codes import ExitCode
from referral_desk.domain import labels
from referral_desk.domain.local_time import stamp
from referral_desk.domain.vocab import Outcome, VerifyHow

if TYPE_CHECKING:
    from referral_desk.domain.verification import QueueItem

MAX_MONTHS = 120
DEFAULT_QUEUE_MONTHS = 12


def add_commands(commands: Commands) -> None:
    verify = commands.add_parser(
        "verify", help="record a check of a record (confirmed, changed or unreachable)"
    )
    verify.add_argument("id", help="the record's id")
    verify.add_argument(
        "--how", required=True, choices=[h.value for h in VerifyHow], help="how it was checked"
    )
    verify.add_argument(
        "--outcome",
        choices=[o.value for o in Outcome],
        default=Outcome.CONFIRMED.value,
        help="what the check found (default: confirmed; changed needs a --note saying what)",
    )
    verify.add_argument("--note", default="", help="a note on the check")
    verify.add_argument(
        "--by", help="who checked it (default: the caseworker's name in the settings)"
    )
    verify.add_argument("--on", type=iso_date, help="the day of the check (default: today)")
    verify.set_defaults(run=run_verify)

    history = commands.add_parser("checks", help="the history of checks of one record")
    history.add_argument("id", help="the record's id")
    history.set_defaults(run=run_history)

    queue = commands.add_parser(
        "queue", help="records due for a check: 24-hour and emergency lines first"
    )
    queue.add_argument(
        "--older-than",
        type=whole_number(1, MAX_MONTHS, "months"),
        default=DEFAULT_QUEUE_MONTHS,
        metavar="MONTHS",
        help=f"due when not verified for MONTHS (default {DEFAULT_QUEUE_MONTHS})",
    )
    queue.add_argument(
        "--limit",
        type=whole_number(1, 100_000, "records"),
        default=50,
        help="show at most this many",
    )
    queue.set_defaults(run=run_queue)

    fresh = commands.add_parser(
        "freshness", help="share of records verified within 3, 6 and 12 months"
    )
    fresh.add_argument(
        "--csv",
        nargs="?",
        const="-",
        metavar="FILE",
        help="write CSV to FILE (without FILE: to standard output)",
    )
    fresh.set_defaults(run=run_freshness)

    corrections = commands.add_parser("corrections", help="corrections reported by posts")
    actions = corrections.add_subparsers(
        dest="corrections_command", metavar="ACTION", required=True
    )
    export = actions.add_parser(
        "export", help="write the corrections reported here to a file for the coordinator"
    )
    export.add_argument("file", type=output_file)
    export.add_argument("--all", action="store_true", help="also those written to a file before")
    export.set_defaults(run=run_export)
    take = actions.add_parser("import", help="take in a post's corrections file (all or nothing)")
    take.add_argument("file", type=Path)
    take.set_defaults(run=run_import)
    listed = actions.add_parser("list", help="the corrections not yet dealt with")
    listed.set_defaults(run=run_list)

    note = commands.add_parser("note", help="your own note on a record (it stays at this post)")
    note.add_argument("id", help="the record's id")
    note.add_argument("text", nargs="?", help='the note; "" takes it away; none: show it')
    note.set_defaults(run=run_note)


def _checker(args: argparse.Namespace) -> str:
    if args.by:
        return str(args.by)
    from referral_desk.settings import load_settings

    name = load_settings().caseworker_name
    if not name:
        raise CommandError(
            ExitCode.USAGE, "say who checked it with --by (no caseworker name is set)"
        )
    return name


def run_verify(args: argparse.Namespace) -> ExitCode:
    from referral_desk.services.errors import InputRefused, RecordNotFound

    by = _checker(args)
    with open_desk(args) as desk:
        try:
            check = desk.verification.record(
                args.id, by, VerifyHow(args.how), Outcome(args.outcome), args.note, on=args.on
            )
        except RecordNotFound as error:
            raise CommandError(ExitCode.NOT_FOUND, str(error)) from None
        except InputRefused as error:
            raise CommandError(ExitCode.USAGE, f"nothing was recorded: {error}") from None
    print(
        f"{check.record_id}: {labels.label(check.outcome)} on {check.on.isoformat()} "
        f"by {check.by} ({labels.label(check.how)})"
    )
    return ExitCode.OK


def run_history(args: argparse.Namespace) -> ExitCode:
    with open_desk(args) as desk:
        checks = desk.verification.history(args.id)
        if not checks and desk.directory.kind_of(args.id) is None:
            raise CommandError(ExitCode.NOT_FOUND, f"No record has the id {args.id}.")
    if not checks:
        print("no check recorded here")
    for check in checks:
        note = f" – {check.note}" if check.note else ""
        print(
            f"{check.on.isoformat()}  {labels.label(check.outcome):<11}  "
            f"{labels.label(check.how):<10}  {check.by}{note}"
        )
    return ExitCode.OK


def _queue_line(item: QueueItem) -> str:
    facts = item.facts
    verified = facts.verified_at.isoformat() if facts.verified_at else "never"
    flags = "".join(
        mark
        for mark, on in (("24h ", facts.around_the_clock), ("emergency ", facts.emergency))
        if on
    )
    numbers = ", ".join(
        p.display + (" (placeholder)" if p.placeholder else "") for p in facts.phones
    )
    name = facts.name.get("en")
    if facts.organization and facts.organization.get("en") != name:
        name += f" – {facts.organization.get('en')}"
    lines = [
        f"{facts.id}  {facts.country}  {labels.label(facts.kind).lower()}: {name}",
        f"    last verified {verified}; {flags}used in {item.uses} pathway step(s)",
    ]
    if numbers:
        lines.append(f"    call {numbers}")
    if item.last_check is not None and item.last_check.outcome is not Outcome.CONFIRMED:
        last = item.last_check
        lines.append(
            f"    last check {last.on.isoformat()}: {labels.label(last.outcome)}"
            + (f" – {last.note}" if last.note else "")
        )
    if item.corrections:
        lines.append(f"    {len(item.corrections)} correction(s) reported")
    return "\n".join(lines)


def run_queue(args: argparse.Namespace) -> ExitCode:
    with open_desk(args) as desk:
        items = desk.verification.queue(args.older_than)
    print(f"{len(items)} record(s) due (not verified within {args.older_than} months)")
    for item in items[: args.limit]:
        print(_queue_line(item))
    if len(items) > args.limit:
        print(f"... and {len(items) - args.limit} more (--limit)")
    return ExitCode.OK


def run_freshness(args: argparse.Namespace) -> ExitCode:
    from referral_desk.domain.freshness import NO_REGION, WINDOWS
    from referral_desk.exchange.freshness_csv import freshness_csv

    with open_desk(args) as desk:
        rows = desk.verification.all_freshness()
    if args.csv == "-":
        sys.stdout.write(freshness_csv(rows))
        return ExitCode.OK
    if args.csv:
        try:
            path = output_file(args.csv)
        except argparse.ArgumentTypeError as error:
            raise CommandError(ExitCode.USAGE, f"--csv: {error}") from None
        write_text(path, freshness_csv(rows))
        print(f"{path}: {len(rows)} rows")
        return ExitCode.OK
    heads = "  ".join(f"{months:>3} mo" for months in WINDOWS)
    dimension = None
    for row in rows:
        if row.dimension is not dimension:
            dimension = row.dimension
            print(f"\n{labels.label(dimension)}: records  {heads}")
        shares = "  ".join(f"{100 * row.share(i):5.0f}%" for i in range(len(WINDOWS)))
        group = row.group if row.group != NO_REGION else labels.NO_REGION
        print(f"  {group[:30]:<30} {row.records:>6}  {shares}")
    return ExitCode.OK


def run_export(args: argparse.Namespace) -> ExitCode:
    with open_desk(args) as desk:
        if not args.all and not desk.corrections.to_send():
            print("no correction is waiting to be sent; no file written")
            return ExitCode.OK
        try:
            count = desk.corrections.export(args.file, everything=args.all)
        except OSError as error:
            raise CommandError(
                ExitCode.FAILED, f"cannot write {args.file}: {error.strerror or error}"
            ) from None
    print(f"{args.file}: {count} correction(s)")
    return ExitCode.OK


def run_import(args: argparse.Namespace) -> ExitCode:
    from referral_desk.exchange.corrections_file import CorrectionsFileError

    with open_desk(args) as desk:
        try:
            result = desk.corrections.import_file(args.file)
        except CorrectionsFileError as error:
            raise CommandError(ExitCode.FAILED, f"{error}\nNothing was imported.") from None
    print(
        f"{args.file}: {result.added} correction(s) added"
        + (f", {result.already_there} already here" if result.already_there else "")
    )
    return ExitCode.OK


def run_list(args: argparse.Namespace) -> ExitCode:
    with open_desk(args) as desk:
        corrections = desk.corrections.listed()
    zone = post_time_zone(args)
    if not corrections:
        print("no correction waiting")
    for item in corrections:
        moment = stamp(item.reported_at, zone)
        print(f"{moment}  {item.post}  {item.record_id}  {item.record_name}")
        print(f"    wrong: {item.wrong}")
        if item.found:
            print(f"    found: {item.found}")
    return ExitCode.OK


def run_note(args: argparse.Namespace) -> ExitCode:
    from referral_desk.services.errors import InputRefused

    with open_desk(args) as desk:
        if desk.directory.kind_of(args.id) is None:
            raise CommandError(ExitCode.NOT_FOUND, f"No record has the id {args.id}.")
        if args.text is None:
            text = desk.notes.get(args.id)
            print(text or "no note")
            return ExitCode.OK
        try:
            desk.notes.set(args.id, args.text, datetime.now(UTC))
        except InputRefused as error:
            raise CommandError(ExitCode.USAGE, f"the note was not kept: {error}") from None
    print("note kept" if args.text.strip() else "note taken away")
    return ExitCode.OK
