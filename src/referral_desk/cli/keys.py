"""``keys generate|list|trust|rotate|revoke|accept``: publishers' keys and the post's trust."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from referral_desk.cli.common import CommandError, Commands, open_desk, output_file
from referral_desk.cli.exit_codes import ExitCode
from referral_desk.cli.passphrases import ask_yes, passphrase

if TYPE_CHECKING:
    from referral_desk.exchange.minisign import SecretKey


def add_commands(commands: Commands) -> None:
    keys = commands.add_parser(
        "keys", help="publishers' signing keys and the keys this post trusts"
    )
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    generate = actions.add_parser(
        "generate", help="make a key pair (minisign format; the secret key encrypted)"
    )
    generate.add_argument("--secret", type=output_file, required=True, metavar="FILE.key")
    generate.add_argument("--public", type=output_file, required=True, metavar="FILE.pub")
    generate.add_argument("--comment", default="", help="e.g. your publisher id and the year")
    generate.add_argument("--passphrase-file", type=Path, help=argparse.SUPPRESS)
    # Tests only: scrypt's light cost instead of minisign's 1 GiB.
    generate.add_argument("--light-test-key", action="store_true", help=argparse.SUPPRESS)
    generate.set_defaults(run=run_generate)
    listing = actions.add_parser("list", help="every key this post knows, and its state")
    listing.set_defaults(run=run_list)
    trust = actions.add_parser("trust", help="trust a publisher's public key here (asks first)")
    trust.add_argument("file", type=Path, metavar="FILE.pub")
    trust.add_argument("--publisher", required=True, help="the publisher id, e.g. at-coordinator")
    trust.add_argument("--countries", required=True, help="what it may change, e.g. AT")
    trust.add_argument("--note", default="", help="why, and who checked the key's id")
    trust.add_argument("--yes", action="store_true", help="do not ask")
    trust.set_defaults(run=run_trust)
    rotate = actions.add_parser("rotate", help="a statement that a new key replaces your key")
    rotate.add_argument("--old", type=Path, required=True, metavar="OLD.key")
    rotate.add_argument("--new", type=Path, required=True, metavar="NEW.pub")
    rotate.add_argument("--publisher", required=True)
    rotate.add_argument("--reason", default="")
    rotate.add_argument("-o", "--output", type=output_file, required=True, metavar="FILE")
    rotate.add_argument("--passphrase-file", type=Path, help=argparse.SUPPRESS)
    rotate.set_defaults(run=run_rotate)
    revoke = actions.add_parser("revoke", help="a statement that a key must not be trusted")
    revoke.add_argument("key_id", metavar="KEY_ID", help="the 16 hex digits of the key")
    revoke.add_argument("--signer", type=Path, required=True, metavar="SIGNER.key")
    revoke.add_argument("--publisher", required=True)
    revoke.add_argument("--reason", default="")
    revoke.add_argument("-o", "--output", type=output_file, required=True, metavar="FILE")
    revoke.add_argument("--passphrase-file", type=Path, help=argparse.SUPPRESS)
    revoke.set_defaults(run=run_revoke)
    accept = actions.add_parser("accept", help="apply a rotation or revocation statement here")
    accept.add_argument("file", type=Path, metavar="FILE.rdstatement")
    accept.set_defaults(run=run_accept)


def _failed(error: Exception) -> CommandError:
    sentence = getattr(error, "sentence", None)
    return CommandError(ExitCode.FAILED, sentence() if callable(sentence) else str(error))


def run_generate(args: argparse.Namespace) -> ExitCode:
    from referral_desk.exchange import minisign
    from referral_desk.exchange.keys import generate_key_files
    from referral_desk.exchange.trust import TrustError

    secret = passphrase(args, "Passphrase for the new secret key: ", twice=True)
    cost = (
        {"opslimit": minisign.OPSLIMIT_INTERACTIVE, "memlimit": minisign.MEMLIMIT_INTERACTIVE}
        if args.light_test_key
        else {}
    )
    try:
        public = generate_key_files(args.secret, args.public, secret, comment=args.comment, **cost)
    except TrustError as error:
        raise _failed(error) from None
    print(f"Key {public.id_hex}: secret key in {args.secret}, public key in {args.public}")
    print("Keep the secret key and its passphrase apart, and make a copy of both offline.")
    return ExitCode.OK


def run_list(args: argparse.Namespace) -> ExitCode:
    with open_desk(args) as desk:
        keys = desk.updates.keys()
    for key in keys:
        sample = " SAMPLE" if key.sample else ""
        note = f" ({key.note})" if key.note else ""
        print(
            f"{key.key_id}  {key.status.value:<8}  {key.publisher:<20} "
            f"{','.join(key.countries):<10} {key.origin.value}{sample}{note}"
        )
    return ExitCode.OK


def run_trust(args: argparse.Namespace) -> ExitCode:
    from referral_desk.exchange.keys import read_public_key_file
    from referral_desk.exchange.minisign import MinisignError
    from referral_desk.exchange.trust import TrustError

    countries = tuple(c.strip().upper() for c in args.countries.split(",") if c.strip())
    try:
        key = read_public_key_file(args.file)
    except (MinisignError, TrustError) as error:
        raise _failed(error) from None
    print(f"Key {key.id_hex} from {args.file}")
    print(
        f"would be trusted for {args.publisher}, to change the records of {', '.join(countries)}."
    )
    print("Compare the key id with the one your national coordinator gave you in person or by")
    print("phone: anybody who has the matching secret key could then change this directory.")
    if not args.yes and not ask_yes("Trust this key?"):
        print("Nothing was changed.")
        return ExitCode.DECLINED
    with open_desk(args) as desk:
        try:
            desk.updates.trust_key_file(key, args.publisher, countries, args.note)
        except TrustError as error:
            raise _failed(error) from None
        folder = desk.updates.local_keys
    print(f"Key {key.id_hex} is trusted for {args.publisher}; recorded in {folder}.")
    return ExitCode.OK


def _secret(args: argparse.Namespace, path: Path) -> SecretKey:
    from referral_desk.exchange.keys import read_secret_key_file
    from referral_desk.exchange.minisign import MinisignError
    from referral_desk.exchange.trust import TrustError

    try:
        return read_secret_key_file(path, passphrase(args, f"Passphrase of {path}: "))
    except (MinisignError, TrustError) as error:
        raise _failed(error) from None


def _write(path: Path, text: str) -> None:
    try:
        with path.open("x", encoding="utf-8") as stream:
            stream.write(text)
    except OSError as error:
        raise CommandError(ExitCode.FAILED, f"cannot write {path}: {error.strerror}") from None


def run_rotate(args: argparse.Namespace) -> ExitCode:
    from referral_desk.exchange.key_statements import rotation_statement
    from referral_desk.exchange.keys import read_public_key_file
    from referral_desk.exchange.minisign import MinisignError
    from referral_desk.exchange.trust import TrustError

    old = _secret(args, args.old)
    try:
        new = read_public_key_file(args.new)
    except (MinisignError, TrustError) as error:
        raise _failed(error) from None
    _write(args.output, rotation_statement(old, new, args.publisher, reason=args.reason))
    print(f"Wrote {args.output}: key {new.id_hex} replaces {old.public_key().id_hex}.")
    print(f"Send it to every post with your next update; they run: keys accept {args.output}")
    return ExitCode.OK


def run_revoke(args: argparse.Namespace) -> ExitCode:
    from referral_desk.exchange.key_statements import revocation_statement

    signer = _secret(args, args.signer)
    text = revocation_statement(signer, args.key_id, args.publisher, reason=args.reason)
    _write(args.output, text)
    print(f"Wrote {args.output}: key {args.key_id.upper()} is revoked.")
    return ExitCode.OK


def run_accept(args: argparse.Namespace) -> ExitCode:
    from referral_desk.exchange.trust import TrustError

    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(ExitCode.FAILED, f"cannot read {args.file}: {error}") from None
    with open_desk(args) as desk:
        try:
            done = desk.updates.accept_statement(text)
        except TrustError as error:
            raise CommandError(ExitCode.REFUSED, error.sentence()) from None
    print(f"Accepted: {done}.")
    return ExitCode.OK
