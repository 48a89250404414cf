"""``update verify|apply|undo|history`` at the post, and ``publish`` at the coordinator's desk."""

from __future__ import annotations

import argparse
import hashlib
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from referral_desk.cli.common import (
    CommandError,
    Commands,
    open_desk,
    output_file,
    post_time_zone,
)
from referral_desk.cli.exit_codes import ExitCode
from referral_desk.cli.passphrases import ask_yes, passphrase
from referral_desk.domain.local_time import in_zone, stamp

if TYPE_CHECKING:
    from referral_desk.exchange.trust import TrustedKey
    from referral_desk.exchange.update_preview import Comparison
    from referral_desk.services.desk import Desk
    from referral_desk.services.updates import AppliedUpdate, UpdatePreview

MAX_LISTED = 50  # bodies listed per kind of change; the counts always show all
KINDS = ("organization", "location", "service", "contact")
MAX_FROM_ONE_FOLDER = 20  # updates applied one after another from one folder


def add_commands(commands: Commands) -> None:
    update = commands.add_parser("update", help="signed directory updates: check, apply, undo")
    actions = update.add_subparsers(dest="update_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        help="check an update file (a folder's newest, or one at an HTTPS address) and show "
        "what it changes",
    )
    apply = actions.add_parser(
        "apply",
        help="show what an update changes, then apply it (from a folder: each publisher's "
        "newest in turn)",
    )
    for action in (verify, apply):
        action.add_argument("path", metavar="FILE|FOLDER|https://ADDRESS")
        action.add_argument(
            "--ca-file",
            type=Path,
            metavar="PEM",
            help="for an address: the certificate authority to check the server against "
            "(default: the system's)",
        )
    verify.set_defaults(run=run_verify)
    apply.add_argument("--yes", action="store_true", help="apply without asking")
    apply.set_defaults(run=run_apply)
    undo = actions.add_parser(
        "undo", help="put back the directory the last update (or import) replaced"
    )
    undo.set_defaults(run=run_undo)
    history = actions.add_parser(
        "history", help="the updates applied and the files imported at this post"
    )
    history.set_defaults(run=run_history)

    publish = commands.add_parser(
        "publish", help="write a signed update of this database's records of your countries"
    )
    publish.add_argument("-o", "--output", type=output_file, required=True, metavar="FILE")
    publish.add_argument("--key", type=Path, required=True, metavar="SECRET", help="minisign .key")
    publish.add_argument(
        "--publisher", required=True, help="your publisher id, e.g. at-coordinator"
    )
    publish.add_argument(
        "--countries", help="e.g. AT (default: the countries this post trusts your key for)"
    )
    publish.add_argument("--sequence", type=int, required=True, help="one more than the last")
    publish.add_argument("--previous", type=Path, metavar="FILE", help="your previous update")
    publish.add_argument("--stale-after-days", type=int, default=90, metavar="DAYS")
    for lang, name in (("en", "English"), ("bg", "Bulgarian"), ("de", "German")):
        publish.add_argument(
            f"--notes-{lang}",
            default="" if lang != "en" else None,
            required=lang == "en",
            help=f"release notes in {name}",
        )
    publish.add_argument("--passphrase-file", type=Path, help=argparse.SUPPRESS)
    publish.set_defaults(run=run_publish)


def refused(error: Exception) -> CommandError:
    sentence = getattr(error, "sentence", None)
    message = sentence() if callable(sentence) else str(error)
    technical = getattr(error, "technical", "")
    if technical:
        message += f"\n  ({technical.splitlines()[0]})"
    return CommandError(ExitCode.REFUSED, message)


def _check(desk: Desk, args: argparse.Namespace) -> UpdatePreview:
    from referral_desk.exchange.refusals import UpdateRefused
    from referral_desk.services.update_download import is_address

    try:
        if is_address(args.path):
            return desk.updates.check_address(args.path, args.ca_file)
        return desk.updates.check(Path(args.path))
    except UpdateRefused as error:
        raise refused(error) from None


def preview_lines(preview: UpdatePreview, zone: str = "UTC") -> list[str]:
    """The preview as text: who, which number, counts, the bodies, old → new, release notes."""
    manifest = preview.update.manifest
    key = preview.publisher
    lines = [
        f"Update {manifest.sequence} from {key.name()} ({manifest.publisher}, key {key.key_id})",
        f"for {', '.join(manifest.countries)}, written {stamp(manifest.created, zone)}"
        + (" – SAMPLE DATA" if key.sample else ""),
        f"file: {preview.path} (SHA-256 {preview.update.bundle_sha256[:16]}…)",
    ]
    if preview.update.skipped:
        lines.append(f"{preview.update.skipped} earlier update(s) of this publisher never came.")
    lines += comparison_lines(preview.comparison, "update")
    lines.append("Release notes:")
    lines += ["  " + line for line in preview.release_notes("en").splitlines()]
    return lines


def comparison_lines(comparison: Comparison, what: str, lang: str = "en") -> list[str]:
    """What a change of the directory (an ``update`` or an ``import``) does, as text: counts
    before and after, the bodies added, retired and changed, and old → new."""
    lines = [
        "records: "
        + ", ".join(f"{comparison.before[k]} → {comparison.after[k]} {k}s" for k in KINDS),
        f"{len(comparison.added)} added, {len(comparison.retired)} retired, "
        f"{len(comparison.changed)} changed",
    ]
    for title, mark, bodies in (
        ("Added", "+", comparison.added),
        ("Retired", "-", comparison.retired),
        ("Changed", "~", comparison.changed),
    ):
        if bodies:
            lines.append(f"{title}:")
            lines += [f"  {mark} {b.kind}: {b.label(lang)}" for b in bodies[:MAX_LISTED]]
            if len(bodies) > MAX_LISTED:
                lines.append(f"  … and {len(bodies) - MAX_LISTED} more")
    if comparison.field_changes:
        lines.append("Phone numbers, opening hours and addresses that change:")
        for change in comparison.field_changes[:MAX_LISTED]:
            lines.append(f"  ! {change.body.label(lang)} – {change.field.value}:")
            lines.append(f"      was: {'; '.join(change.old) or '(none)'}")
            lines.append(f"      now: {'; '.join(change.new) or '(none)'}")
        if len(comparison.field_changes) > MAX_LISTED:
            lines.append(f"  … and {len(comparison.field_changes) - MAX_LISTED} more")
    if comparison.unchanged:
        lines.append(f"The {what} changes nothing in the directory.")
    return lines


def run_verify(args: argparse.Namespace) -> ExitCode:
    with open_desk(args) as desk:
        preview = _check(desk, args)
    print("\n".join(preview_lines(preview, post_time_zone(args))))
    print(f"The update is valid. Apply it with: {apply_command(args)}")
    return ExitCode.OK


def apply_command(args: argparse.Namespace) -> str:
    """The command that applies what ``update verify`` checked: same database, same authority."""
    from referral_desk.services.credentials import url_to_type

    words = ["referral-desk"]
    if getattr(args, "db", None):
        words += ["--db", url_to_type(args.db)]
    words += ["update", "apply", str(args.path)]
    if args.ca_file is not None:
        words += ["--ca-file", str(args.ca_file)]
    return shlex.join(words)


def run_apply(args: argparse.Namespace) -> ExitCode:
    from referral_desk.exchange.refusals import NOTHING_NEWER, UpdateRefused
    from referral_desk.services.update_download import is_address

    folder = not is_address(args.path) and Path(args.path).is_dir()
    with open_desk(args) as desk:
        preview = _check(desk, args)
        for count in range(MAX_FROM_ONE_FOLDER):
            print("\n".join(preview_lines(preview, post_time_zone(args))))
            if not args.yes and not ask_yes("Apply this update?"):
                print("Nothing was changed." if count == 0 else "That update was not applied.")
                return ExitCode.DECLINED if count == 0 else ExitCode.OK
            try:
                applied = desk.updates.apply(preview)
            except UpdateRefused as error:
                raise refused(error) from None
            print(f"Applied: {describe(applied, post_time_zone(args))}")
            if not folder:
                break
            try:  # a USB stick may hold an update of each publisher: the next one's newest
                preview = desk.updates.check(Path(args.path))
            except UpdateRefused as error:
                if error.reason not in NOTHING_NEWER:
                    print(f"Not applied: {error}", file=sys.stderr)
                break  # nothing newer is left in the folder
            print()
    return ExitCode.OK


def run_undo(args: argparse.Namespace) -> ExitCode:
    with open_desk(args) as desk:
        undone = desk.updates.undo()
    if undone is None:
        print(
            "There is no update or import to undo (or the directory was loaded from a file "
            "or edited since)."
        )
        return ExitCode.NOT_FOUND
    print(f"Undone: {describe(undone, post_time_zone(args))}")
    return ExitCode.OK


def run_history(args: argparse.Namespace) -> ExitCode:
    with open_desk(args) as desk:
        history = desk.updates.history()
    zone = post_time_zone(args)
    if not history:
        print("No update has been applied and no file imported at this post.")
    for item in history:
        print(describe(item, zone))
    return ExitCode.OK


def describe(item: AppliedUpdate, zone: str = "UTC") -> str:
    """One applied update in a line, its moments on the post's clock (zone named)."""
    counts = item.counts
    state = f", undone {stamp(item.undone_at, zone)}" if item.undone_at else ""
    state += ", can be undone" if item.can_undo else ""
    imported = item.imported
    if imported is not None:
        return (
            f"{stamp(item.applied_at, zone)}  import of {imported.name} "
            f"({imported.format}; {' '.join(item.countries)}): {counts['added']} added, "
            f"{counts['retired']} retired, {counts['changed']} changed{state}"
        )
    return (
        f"{stamp(item.applied_at, zone)}  {item.publisher_name()} update {item.sequence} "
        f"({' '.join(item.countries)}, of {in_zone(item.created, zone):%Y-%m-%d}): "
        f"{counts['added']} added, "
        f"{counts['retired']} retired, {counts['changed']} changed{state}"
    )


def run_publish(args: argparse.Namespace) -> ExitCode:
    from referral_desk.exchange.keys import read_secret_key_file
    from referral_desk.exchange.minisign import MinisignError
    from referral_desk.exchange.refusals import UpdateRefused
    from referral_desk.exchange.trust import TrustError

    previous = None  # read first: a wrong name is said before the passphrase is asked
    if args.previous is not None:
        try:
            previous = hashlib.sha256(args.previous.read_bytes()).hexdigest()
        except OSError as error:
            raise CommandError(ExitCode.FAILED, f"cannot read {args.previous}: {error}") from None
    try:
        key = read_secret_key_file(args.key, passphrase(args, f"Passphrase of {args.key}: "))
    except (MinisignError, TrustError) as error:
        raise CommandError(ExitCode.FAILED, error.sentence()) from None
    with open_desk(args) as desk:
        countries = _countries(args, desk.updates.keys(), key.public_key().id_hex)
        notes = {"en": args.notes_en, "bg": args.notes_bg, "de": args.notes_de}
        try:
            data = desk.updates.publish(
                key,
                args.publisher,
                countries,
                args.sequence,
                {lang: text for lang, text in notes.items() if text},
                stale_after_days=args.stale_after_days,
                previous_bundle_sha256=previous,
            )
        except UpdateRefused as error:
            raise refused(error) from None
        except ValueError as error:
            raise CommandError(ExitCode.USAGE, str(error)) from None
    try:
        args.output.write_bytes(data)
    except OSError as error:
        raise CommandError(ExitCode.FAILED, f"cannot write {args.output}: {error}") from None
    print(
        f"Wrote {args.output}: update {args.sequence} of {args.publisher} for "
        f"{','.join(countries)}, {len(data)} bytes, "
        f"SHA-256 {hashlib.sha256(data).hexdigest()}"
    )
    return ExitCode.OK


def _countries(args: argparse.Namespace, keys: list[TrustedKey], key_id: str) -> tuple[str, ...]:
    if args.countries:
        return tuple(c.strip().upper() for c in args.countries.split(",") if c.strip())
    for key in keys:
        if key.key_id == key_id:
            return key.countries
    raise CommandError(
        ExitCode.USAGE,
        "this database does not know your key: name your countries with --countries, e.g. AT",
    )
