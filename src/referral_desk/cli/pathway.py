"""``pathway``: the referral pathway for a case file; and reading case and rule files for it."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from referral_desk.cli.common import LANGUAGES, CommandError, Commands, open_desk
from referral_desk.cli.exit_codes import ExitCode

if TYPE_CHECKING:
    from referral_desk.domain.case import Case
    from referral_desk.domain.rules import RuleSet


def add_commands(commands: Commands) -> None:
    pathway = commands.add_parser("pathway", help="the referral pathway for a case file")
    pathway.add_argument(
        "case", type=Path, help="case description (JSON; see data/rules/README.md)"
    )
    pathway.add_argument("--lang", default="en", choices=LANGUAGES)
    pathway.add_argument("--json", action="store_true", help="machine-readable output")
    pathway.set_defaults(run=run_pathway)


def read_case(path: Path) -> Case:
    """The case in a case file; a file that cannot be used is a usage error naming the field."""
    from referral_desk.exchange.case_file import CaseFileError, read_case_file

    try:
        return read_case_file(path)
    except CaseFileError as error:
        raise CommandError(ExitCode.USAGE, str(error)) from None


def current_rules() -> RuleSet:
    """The rule files' rules; if they are broken, say so and use the last good ones if any."""
    from referral_desk.services.pathway import load_rules

    loaded = load_rules()
    if loaded.error is not None:
        if loaded.rules is None:
            raise CommandError(ExitCode.FAILED, str(loaded.error))
        print(f"referral-desk: {loaded.error}", file=sys.stderr)
        print("referral-desk: using the last good rules.", file=sys.stderr)
    assert loaded.rules is not None
    return loaded.rules


def run_pathway(args: argparse.Namespace) -> ExitCode:
    from referral_desk.exchange.pathway_json import pathway_to_json
    from referral_desk.sheets.pathway_text import pathway_as_text

    case = read_case(args.case)
    rules = current_rules()
    with open_desk(args) as desk:
        pathway = desk.pathways.make(case, datetime.now(UTC), rules)
        sample = desk.directory.info().sample
    if args.json:
        data = {**pathway_to_json(pathway, args.lang), "sample_data": sample}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        from referral_desk.sheets.pdf import labels_for  # the captions in --lang too

        print(pathway_as_text(pathway, args.lang, labels_for(args.lang), sample=sample), end="")
    return ExitCode.OK
