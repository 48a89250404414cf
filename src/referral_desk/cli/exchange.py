"""``export`` the directory to HSDS 3.0 or a workbook, and ``import`` one back (preview first)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from referral_desk.cli.common import LANGUAGES, CommandError, Commands, open_desk
from referral_desk.cli.exit_codes import ExitCode
from referral_desk.cli.passphrases import ask_yes
from referral_desk.cli.update import KINDS, MAX_LISTED, comparison_lines

if TYPE_CHECKING:
    from referral_desk.domain.i18n import Translate
    from referral_desk.services.exchange import ImportPreview

FORMATS = ("hsds-json", "hsds-csv", "xlsx", "ods", "csv")


def add_commands(commands: Commands) -> None:
    export = commands.add_parser(
        "export", help="write the directory as HSDS 3.0 (JSON or CSV tables) or a workbook"
    )
    export.add_argument("--format", required=True, choices=FORMATS)
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="PATH",
        help="the file to write (a folder for hsds-csv and csv)",
    )
    export.add_argument(
        "--shape",
        choices=("organizations", "services"),
        default="organizations",
        help="hsds-json only: one organization_full per body (default) or one service_full "
        "per service (bodies without services are then left out)",
    )
    export.add_argument(
        "--include-confidential",
        action="store_true",
        help="include the addresses of confidential places (shelters); the file is marked",
    )
    export.add_argument(
        "--lang", default="en", choices=LANGUAGES, help="language of a workbook's headers"
    )
    export.set_defaults(run=run_export)
    imports = commands.add_parser(
        "import",
        help="read an HSDS 3.0 file or a workbook, show what it changes, then apply it",
    )
    imports.add_argument(
        "path", type=Path, metavar="PATH", help=".json, .xlsx, .ods, or a folder of CSV files"
    )
    imports.add_argument(
        "--country",
        metavar="CODE",
        help="the country (ISO 3166-1, e.g. AT) of an HSDS file's bodies that it does not place",
    )
    imports.add_argument(
        "--timezone",
        metavar="ZONE",
        help="the time zone of its places that it does not give (default: the country's main)",
    )
    imports.add_argument("--yes", action="store_true", help="apply without asking")
    imports.add_argument(
        "--lang", default="en", choices=LANGUAGES, help="language of problems and the report"
    )
    imports.set_defaults(run=run_import)


def _labels(lang: str) -> Translate:
    from referral_desk.sheets.pdf import labels_for

    return labels_for(lang)


def run_export(args: argparse.Namespace) -> int:
    from referral_desk.exchange.refusals import UpdateRefused
    from referral_desk.services.exchange import ExportFormat

    kind = ExportFormat(args.format)
    path: Path = args.output
    if not path.parent.is_dir():
        raise CommandError(ExitCode.USAGE, f"the folder of {path} does not exist")
    if not kind.is_folder and path.is_dir():
        raise CommandError(ExitCode.USAGE, f"{path} is a folder, not a file")
    if args.shape != "organizations" and kind is not ExportFormat.HSDS_JSON:
        raise CommandError(ExitCode.USAGE, "--shape is for --format hsds-json only")
    if kind.is_folder and path.exists() and not path.is_dir():
        raise CommandError(ExitCode.USAGE, f"{path} is a file; {kind.value} writes a folder")
    with open_desk(args) as desk:
        try:
            result = desk.exchange.export(
                path,
                kind,
                include_confidential_addresses=args.include_confidential,
                translate=_labels(args.lang),
                lang=args.lang,
                hsds_shape=args.shape,
            )
        except UpdateRefused as error:
            raise CommandError(ExitCode.REFUSED, error.sentence()) from None
        except OSError as error:
            raise CommandError(
                ExitCode.FAILED, f"cannot write {path}: {error.strerror or error}"
            ) from None
    counts = ", ".join(f"{result.counts[k]} {k}s" for k in KINDS)
    print(f"Wrote {path} ({kind.value}): {counts}.")
    if result.confidential_addresses:
        print("CONFIDENTIAL: the file holds the addresses of confidential places. Keep it safe.")
    else:
        print("The addresses of confidential places are left out.")
    return ExitCode.OK


def preview_lines(preview: ImportPreview, translate: Translate, lang: str) -> list[str]:
    """The preview as text: what was read, counts, the bodies, old → new, the report."""
    read = ", ".join(f"{preview.read[k]} {k}s" for k in KINDS)
    lines = [
        f"Import from {preview.path} ({preview.format.value}): {read}",
        f"replaces the records of {', '.join(preview.countries)}; other countries stay",
        *comparison_lines(preview.comparison, "import", lang),
    ]
    if preview.report:
        lines.append(
            f"Report ({len(preview.report)}): what the directory cannot hold, what was filled in:"
        )
        lines += [f"  - {item.message(translate, lang)}" for item in preview.report[:MAX_LISTED]]
        if len(preview.report) > MAX_LISTED:
            lines.append(f"  … and {len(preview.report) - MAX_LISTED} more")
    return lines


def _placing(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """The country and time zone given for a file that does not place its records."""
    from referral_desk.domain.codes import is_country
    from referral_desk.exchange.hsds.parts import timezone_ok

    country = args.country.strip().upper() if args.country else None
    if country is not None and not is_country(country):
        raise CommandError(ExitCode.USAGE, f"{args.country} is not an ISO 3166-1 country code")
    if args.timezone and not timezone_ok(args.timezone):
        raise CommandError(ExitCode.USAGE, f"{args.timezone} is not an IANA time zone")
    return country, args.timezone or None


def run_import(args: argparse.Namespace) -> int:
    from referral_desk.exchange.hsds.problems import Code
    from referral_desk.exchange.refusals import UpdateRefused
    from referral_desk.services.exchange import IMPORT_ERRORS

    translate = _labels(args.lang)
    path: Path = args.path
    if not path.exists():
        raise CommandError(ExitCode.USAGE, f"{path} does not exist")
    country, timezone = _placing(args)
    with open_desk(args) as desk:
        try:
            preview = desk.exchange.check_import(path, country=country, timezone=timezone)
        except IMPORT_ERRORS as error:
            problems = [
                f"  - {p.message(translate, args.lang)}" for p in error.problems[:MAX_LISTED]
            ]
            more = len(error.problems) - MAX_LISTED
            if more > 0:
                problems.append(f"  … and {more} more")
            if {p.code for p in error.problems} & {Code.NEEDS_COUNTRY, Code.NEEDS_TIMEZONE}:
                problems.append("give the country with --country CODE (and --timezone ZONE)")
            raise CommandError(
                ExitCode.REFUSED,
                "the file was not imported; nothing changed:\n" + "\n".join(problems),
            ) from None
        except UpdateRefused as error:
            raise CommandError(ExitCode.REFUSED, error.sentence()) from None
        print("\n".join(preview_lines(preview, translate, args.lang)))
        if preview.comparison.unchanged:
            return ExitCode.OK
        if not args.yes and not ask_yes("Apply this import?"):
            print("Not applied.")
            return ExitCode.DECLINED
        try:
            desk.exchange.apply_import(preview)
        except UpdateRefused as error:
            raise CommandError(ExitCode.REFUSED, error.sentence()) from None
    print("Applied. It shows in `update history`; `update undo` puts the directory back.")
    return ExitCode.OK
