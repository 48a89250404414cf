"""``edit``, ``create``, ``retire``, ``retired``, ``restore``, ``history``: changes to records."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from referral_desk.cli.common import (
    CommandError,
    Commands,
    iso_date,
    open_desk,
    output_file,
    post_time_zone,
    write_text,
)
from referral_desk.cli.exit_codes import ExitCode
from referral_desk.domain.editing import (
    LINK_FIELDS,
    RecordKind,
    editable_fields,
    parse_assignment,
    shown_value,
)
from referral_desk.domain.local_time import stamp

if TYPE_CHECKING:
    from referral_desk.domain.editing import RecordName
    from referral_desk.services.desk import Desk
    from referral_desk.services.editing import HistoryEntry, SavedEdit

_FIELDS_HELP = "; ".join(f"{kind.value}: {', '.join(editable_fields(kind))}" for kind in RecordKind)


def add_commands(commands: Commands) -> None:
    edit = commands.add_parser(
        "edit",
        help="change fields of an organization, location, service or contact",
        description="Change fields of a record. VALUE is JSON when it is JSON (true, 12, "
        '["de","en"], null, {"en": "…"}), otherwise text; lists of codes may be written '
        "a,b; a translation is set with FIELD.LANG=TEXT. Fields: " + _FIELDS_HELP,
    )
    edit.add_argument("id", help="the record's id")
    edit.add_argument(
        "--set",
        dest="assignments",
        action="append",
        required=True,
        metavar="FIELD=VALUE",
        help="a new value (may be given several times)",
    )
    edit.add_argument("--reason", default="", help="why (kept in the audit trail)")
    edit.add_argument(
        "--version",
        type=int,
        help="refuse the change if the record is no longer at this version",
    )
    edit.set_defaults(run=run_edit)

    create = commands.add_parser("create", help="add an organization, location, service or contact")
    create.add_argument("kind", choices=[k.value for k in RecordKind])
    create.add_argument(
        "--organization", help="the organization a location, service or contact is of"
    )
    create.add_argument("--country", help="a new organization's country (AT, BG, …)")
    create.add_argument(
        "--set", dest="assignments", action="append", default=[], metavar="FIELD=VALUE"
    )
    create.add_argument("--reason", default="", help="why (kept in the audit trail)")
    create.set_defaults(run=run_create)

    retire = commands.add_parser(
        "retire", help="take a record out of the directory, with a reason (kept in history)"
    )
    retire.add_argument("id", help="the record's id")
    retire.add_argument("--reason", required=True, help="why it is retired")
    retire.set_defaults(run=run_retire)

    retired = commands.add_parser(
        "retired", help="the records retired here: when, by whom, why (restore brings one back)"
    )
    retired.add_argument("--country", help="only this country's records")
    retired.add_argument("--json", action="store_true", help="machine-readable output")
    retired.set_defaults(run=run_retired)

    restore = commands.add_parser(
        "restore",
        help="bring a retired record back as it was (an organization with its records); "
        "the links other records had to it are put back where their field was not changed since",
    )
    restore.add_argument("id", help="the retired record's id")
    restore.add_argument("--reason", required=True, help="why it comes back")
    restore.set_defaults(run=run_restore)

    history = commands.add_parser("history", help="the audit trail: who changed what, when, why")
    history.add_argument(
        "id", nargs="?", help="one record's changes (an organization's: with its records')"
    )
    history.add_argument("--editor", help="only this editor's changes")
    history.add_argument("--country", help="only changes of this country's records")
    history.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD")
    history.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD")
    history.add_argument("--csv", type=output_file, metavar="FILE", help="write it as CSV")
    history.add_argument("--json", action="store_true", help="machine-readable output")
    history.set_defaults(run=run_history)


@contextmanager
def _refusals() -> Iterator[None]:
    """An edit the service refuses, as one message and an exit code; nothing was changed."""
    from referral_desk.services.editing import EditConflict, EditingError, EditRejected

    try:
        yield
    except EditRejected as refused:
        shown = "\n".join(f"  - {p.record_id} {p}" for p in refused.problems)
        raise CommandError(ExitCode.REFUSED, f"nothing was changed:\n{shown}") from None
    except EditConflict as conflict:
        rows = "\n".join(
            f"  - {d.field}: now {shown_value(d.old)}; yours {shown_value(d.new)}"
            for d in conflict.differences
        )
        raise CommandError(
            ExitCode.REFUSED,
            f"nothing was changed: {conflict.record_id} is at version "
            f"{conflict.current_version}, your change was based on {conflict.base_version}:\n"
            f"{rows}",
        ) from None
    except EditingError as error:
        raise CommandError(ExitCode.NOT_FOUND, str(error)) from None


def _report(saved: SavedEdit, verb: str, desk: Desk) -> None:
    """What was saved, the record and each record a link field names by name as well as id."""
    linked = [
        str(i)
        for change in saved.changes
        if change.field in LINK_FIELDS
        for value in (change.old, change.new)
        for i in (value if isinstance(value, list) else [value])
        if i
    ]
    names = desk.editing.names([saved.record_id, *linked])
    own = names.get(saved.record_id)
    label = f" ({own.name('en')})" if own else ""
    print(f"{saved.kind.value} {saved.record_id}{label} {verb}, version {saved.version}")
    for change in saved.changes:
        if change.field in LINK_FIELDS:
            old, new = _named(change.old, names), _named(change.new, names)
        else:
            old, new = shown_value(change.old), shown_value(change.new)
        print(f"  {change.field}: {old} → {new}")


def _named(value: Any, names: dict[str, RecordName]) -> str:
    """A link field's value: each id with the name of its record (when it is here)."""
    ids = value if isinstance(value, list) else [value] if value else []
    shown = [
        f"{i} ({names[i].name('en')}, {names[i].country})" if i in names else str(i) for i in ids
    ]
    return ", ".join(shown)


def _values(kind: RecordKind, fields: dict[str, Any], assignments: list[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for assignment in assignments:
        try:
            key, value = parse_assignment(kind, fields, assignment)
        except ValueError as error:
            raise CommandError(ExitCode.USAGE, str(error)) from None
        values[key] = fields[key] = value
    return values


def run_edit(args: argparse.Namespace) -> ExitCode:
    with open_desk(args) as desk, _refusals():
        record = desk.editing.record(args.id)
        values = _values(record.kind, dict(record.fields), args.assignments)
        version = record.version if args.version is None else args.version
        saved = desk.editing.save(args.id, version, values, args.reason)
        _report(saved, "saved", desk)
    return ExitCode.OK


def run_create(args: argparse.Namespace) -> ExitCode:
    kind = RecordKind(args.kind)
    if kind is RecordKind.ORGANIZATION and not args.country:
        raise CommandError(ExitCode.USAGE, "a new organization needs --country")
    if kind is not RecordKind.ORGANIZATION and not args.organization:
        raise CommandError(ExitCode.USAGE, f"a new {kind.value} needs --organization ID")
    values = _values(kind, {}, args.assignments)
    with open_desk(args) as desk, _refusals():
        saved = desk.editing.create(
            kind, values, args.reason, organization_id=args.organization, country=args.country
        )
    print(saved.record_id)
    return ExitCode.OK


def run_retire(args: argparse.Namespace) -> ExitCode:
    if not args.reason.strip():
        raise CommandError(ExitCode.USAGE, "--reason must say why the record is retired")
    with open_desk(args) as desk, _refusals():
        saved = desk.editing.retire(args.id, args.reason)
    print(f"{saved.kind.value} {saved.record_id} retired; {len(saved.touched)} record(s) changed")
    return ExitCode.OK


def run_retired(args: argparse.Namespace) -> ExitCode:
    with open_desk(args) as desk:
        records = desk.editing.retired(args.country)
    if args.json:
        shown = [
            {
                "kind": r.kind.value, "id": r.id, "organization_id": r.organization_id,
                "country": r.country, "label": r.label, "at": r.at.isoformat(), "by": r.by,
                "reason": r.reason,
            }
            for r in records
        ]  # fmt: skip
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return ExitCode.OK
    if not records:
        print("no retired records", file=sys.stderr)
    for r in records:
        when = r.at.strftime("%Y-%m-%d %H:%M")
        print(f"{when}  {r.by}  {r.kind.value} {r.id} ({r.label}, {r.country}) — {r.reason}")
    return ExitCode.OK


LINK_LEFT_WHY = {  # by ``services.editing.LinkLeft``
    "record_gone": "that record is no longer in the directory",
    "field_changed": "the field was changed since the link was cleared",
}


def run_restore(args: argparse.Namespace) -> ExitCode:
    with open_desk(args) as desk, _refusals():
        restored = desk.editing.restore(args.id, args.reason)
    for kind, record_id in restored.records:
        print(f"{kind.value} {record_id} restored")
    for link in restored.relinked:
        print(f"{link.kind.value} {link.record_id} ({link.label}): {link.field} links again")
    for link in restored.left:
        why = LINK_LEFT_WHY[link.left] if link.left else ""
        print(
            f"{link.kind.value} {link.record_id} ({link.label}): {link.field} not linked again "
            f"to {link.target_id}: {why}",
            file=sys.stderr,
        )
    return ExitCode.OK


def run_history(args: argparse.Namespace) -> ExitCode:
    with open_desk(args) as desk:
        entries = desk.editing.history(
            args.id,
            editor=args.editor,
            country=args.country,
            since=args.since,
            until=args.until,
            zone=post_time_zone(args),
        )
        if args.csv:
            write_text(args.csv, "\ufeff" + desk.editing.history_csv(entries))
            print(f"{args.csv}: {len(entries)} change(s)")
            return ExitCode.OK
    if args.json:
        print(json.dumps([_entry_json(e) for e in entries], ensure_ascii=False, indent=2))
        return ExitCode.OK
    if not entries:
        print("no changes", file=sys.stderr)
    zone = post_time_zone(args)
    for entry in entries:
        when = stamp(entry.at, zone)
        print(
            f"{when}  {entry.editor}  {entry.action} {entry.record_kind} {entry.record_id} "
            f"({entry.label}) v{entry.version}" + (f" — {entry.reason}" if entry.reason else "")
        )
        for change in entry.changes:
            print(f"    {change.field}: {shown_value(change.old)} → {shown_value(change.new)}")
    return ExitCode.OK


def _entry_json(entry: HistoryEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "at": entry.at.isoformat(),
        "editor": entry.editor,
        "action": entry.action,
        "record_id": entry.record_id,
        "record_kind": entry.record_kind,
        "organization_id": entry.organization_id,
        "country": entry.country,
        "label": entry.label,
        "version": entry.version,
        "reason": entry.reason,
        "changes": [{"field": c.field, "old": c.old, "new": c.new} for c in entry.changes],
    }
