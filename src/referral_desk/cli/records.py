"""``search`` and ``show``: find records and show one, as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from referral_desk.cli.common import LANGUAGE_LIST, Commands, open_desk, whole_number
from referral_desk.cli.exit_codes import ExitCode
from referral_desk.domain.vocab import Category, Kind, Population

if TYPE_CHECKING:
    from referral_desk.domain.entities import Detail, SearchHit


MAX_MONTHS = 1200  # a hundred years: every record ever verified
MAX_HITS = 5000


def add_commands(commands: Commands) -> None:
    search = commands.add_parser("search", help="search organizations, services and contacts")
    search.add_argument(
        "text", nargs="*", help="what to look for (any script; phone digits work too)"
    )
    search.add_argument("--country", help="ISO country code, e.g. AT or BG")
    search.add_argument(
        "--region", help='a region as the directory names it (English), e.g. "Styria"'
    )
    search.add_argument("--category", choices=[c.value for c in Category])
    search.add_argument(
        "--population", choices=[p.value for p in Population if p is not Population.ANY]
    )
    search.add_argument("--language", help="a language spoken, ISO 639-1 code, e.g. bg")
    search.add_argument("--kind", choices=[k.value for k in Kind])
    search.add_argument("--open-now", action="store_true", help="only bodies reachable now")
    search.add_argument("--around-the-clock", "--24h", action="store_true", help="only 24/7 bodies")
    search.add_argument(
        "--verified-within",
        type=whole_number(1, MAX_MONTHS, "months"),
        metavar="MONTHS",
        help=f"verified in the last MONTHS (1 to {MAX_MONTHS})",
    )
    search.add_argument(
        "--limit",
        type=whole_number(1, MAX_HITS, "hits"),
        default=20,
        help=f"show at most this many hits (1 to {MAX_HITS}, default 20)",
    )
    search.add_argument("--lang", default="en", help=f"language of names shown ({LANGUAGE_LIST})")
    search.add_argument("--json", action="store_true", help="machine-readable output")
    search.set_defaults(run=run_search)

    show = commands.add_parser("show", help="show one record by its id")
    show.add_argument("id")
    show.add_argument("--lang", default="en", help=f"language of names shown ({LANGUAGE_LIST})")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(run=run_show)


def run_search(args: argparse.Namespace) -> ExitCode:
    from referral_desk.domain.search import SearchFilters

    filters = SearchFilters(
        country=args.country,
        region=args.region,
        category=args.category,
        population=args.population,
        language=args.language,
        open_now=args.open_now,
        around_the_clock=args.around_the_clock,
        verified_within_months=args.verified_within,
        kind=Kind(args.kind) if args.kind else None,
    )
    with open_desk(args) as desk:
        hits = desk.directory.search(" ".join(args.text), filters, limit=args.limit)
        sample = desk.directory.info().sample
    if args.json:
        data = [{**hit_json(h, args.lang), "sample_data": sample} for h in hits]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return ExitCode.OK
    if sample:
        from referral_desk.sheets.plain import sample_line

        print(sample_line())
    if not hits:
        print("No matches.")
        return ExitCode.OK
    from referral_desk.domain.search_tiers import good_match

    if not good_match(hit.tier for hit in hits):
        print("No close match; similar spellings:")
    for hit in hits:
        print(hit_line(hit, args.lang))
    return ExitCode.OK


def hit_line(hit: SearchHit, lang: str) -> str:
    """One hit as a line: kind, country, name (and organization), reach now, id."""
    from referral_desk.domain.hours import Reach

    if hit.reach.reachable:
        status = "reachable now"
    elif hit.reach.reach is Reach.CLOSED:
        status = "closed"
    else:
        status = "hours unknown"
    org = "" if hit.kind is Kind.ORGANIZATION else f"  ({hit.organization.get(lang)})"
    return f"{hit.kind.value:<12} {hit.country}  {hit.name.get(lang)}{org}  [{status}]  {hit.id}"


def hit_json(hit: SearchHit, lang: str) -> dict[str, Any]:
    """The fields README.md documents for ``search --json``."""
    from referral_desk.domain.search_tiers import Tier

    return {
        "kind": hit.kind.value,
        "id": hit.id,
        "name": hit.name.get(lang),
        "organization": hit.organization.get(lang),
        "organization_id": hit.organization_id,
        "country": hit.country,
        "reachable_now": hit.reach.reachable,
        "reach": hit.reach.reach.value,
        "match": Tier(hit.tier).name.lower(),
    }


def run_show(args: argparse.Namespace) -> ExitCode:
    with open_desk(args) as desk:
        detail = desk.directory.show(args.id)
        sample = desk.directory.info().sample
    if detail is None:
        print(f"No record has the id {args.id}.", file=sys.stderr)
        return ExitCode.NOT_FOUND
    if args.json:
        data = {**detail_json(detail), "sample_data": sample}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return ExitCode.OK
    from referral_desk.sheets.plain import detail_as_text

    print(detail_as_text(detail, args.lang, datetime.now(UTC), sample=sample))
    return ExitCode.OK


def detail_json(detail: Detail) -> dict[str, Any]:
    """Every field of the record as JSON; a confidential address is left out."""

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
