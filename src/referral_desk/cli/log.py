"""``log stats``: counts from the referral log for the national coordinator, never a name."""

from __future__ import annotations

import argparse
from pathlib import Path

from referral_desk.cli.common import (
    LANGUAGES,
    POST_TZ_HELP,
    Commands,
    iso_date,
    open_desk,
    output_file,
    post_time_zone,
    time_zone,
    write_text,
)
from referral_desk.cli.exit_codes import ExitCode


def add_commands(commands: Commands) -> None:
    log = commands.add_parser("log", help="the referral log")
    actions = log.add_subparsers(dest="log_command", metavar="ACTION", required=True)
    stats = actions.add_parser(
        "stats", help="counts for the national coordinator (no personal data)"
    )
    stats.add_argument("--csv", type=output_file, metavar="FILE", help="write the counts as CSV")
    stats.add_argument("--from", dest="date_from", type=iso_date, help="first day, YYYY-MM-DD")
    stats.add_argument("--to", dest="date_to", type=iso_date, help="last day, YYYY-MM-DD")
    stats.add_argument("--post-tz", type=time_zone, metavar="ZONE", help=POST_TZ_HELP)
    stats.add_argument(
        "--lang",
        default="en",
        choices=LANGUAGES,
        help="language of the counted values and body names in the text (the CSV keeps codes)",
    )
    stats.set_defaults(run=run_stats)


def run_stats(args: argparse.Namespace) -> ExitCode:
    """Counts by month, case type, assessment and more; as text, or as CSV into a file."""
    from referral_desk.domain.labels import code_label, statistic_value
    from referral_desk.domain.vocab import Dimension
    from referral_desk.exchange.statistics_csv import statistics_csv
    from referral_desk.sheets.pdf import labels_for

    with open_desk(args) as desk:
        stats = desk.log.statistics(args.date_from, args.date_to, post_time_zone(args))
    if args.csv:
        csv_path: Path = args.csv
        write_text(csv_path, statistics_csv(stats))
        print(f"{csv_path}: {len(stats.rows)} rows, {stats.referrals} referral(s)")
        return ExitCode.OK
    translate = labels_for(args.lang)
    print(f"{stats.referrals} referral(s)")
    dimension = ""
    for row in stats.rows:
        if row.dimension != dimension:
            dimension = row.dimension
            print(f"\n{code_label(Dimension, dimension, translate)}:")
        print(f"  {row.count:>6}  {statistic_value(row, translate, stats, args.lang)}")
    return ExitCode.OK
