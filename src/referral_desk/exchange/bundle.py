"""The signed directory update file: a stored zip of format, manifest, signature and payload.

See docs/bundle-format.md. ``write_bundle`` makes one; ``unpack_bundle``,
``read_manifest`` and ``unpack_payload`` read one step by step, each within
``Limits``, for ``update_check.verify_update`` to put in order.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from referral_desk.exchange import minisign
from referral_desk.exchange.bounded import BoundsError, Overrun, gunzip_exactly, parse_json
from referral_desk.exchange.directory_json import check_directory
from referral_desk.exchange.refusals import Refusal, UpdateRefused
from referral_desk.exchange.stored_zip import (
    Member,
    ZipShapeError,
    read_stored_zip,
    write_stored_zip,
)

FORMAT = "referral-desk-bundle"
SUFFIX = ".rdupdate"
FORMAT_VERSION = 1
FORMAT_MEMBER = "format"
MANIFEST_MEMBER = "manifest.json"
SIGNATURE_MEMBER = "manifest.json.minisig"
PAYLOAD_MEMBER = "payload.json.gz"
MEMBERS = (FORMAT_MEMBER, MANIFEST_MEMBER, SIGNATURE_MEMBER, PAYLOAD_MEMBER)
FORMAT_LINE = re.compile(rb"referral-desk-bundle ([1-9][0-9]{0,5})\n")
FORMAT_LINE_V1 = b"referral-desk-bundle 1\n"
DIRECTORY_FORMAT = "referral-desk-directory"
DIRECTORY_FORMAT_VERSION = 1
NOTE_LANGUAGES = ("en", "bg", "de")
MAX_NOTE_CHARS = 4000
MAX_COUNTRIES = 50
MAX_SEQUENCE = 2**53 - 1
MAX_STALE_DAYS = 3650

_PUBLISHER = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?")
_COUNTRY = re.compile(r"[A-Z]{2}")
_KEY_ID = re.compile(r"[0-9A-F]{16}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_CREATED = "%Y-%m-%dT%H:%M:%SZ"
_CREATED_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
MiB = 1024 * 1024
MANIFEST_FIELDS = {
    "format",
    "format_version",
    "publisher",
    "key_id",
    "countries",
    "sequence",
    "created",
    "previous_bundle_sha256",
    "payload",
    "release_notes",
    "stale_after_days",
}


@dataclass(frozen=True)
class Limits:
    """How large each part of an update may be; a file over any of them is refused unread."""

    bundle_bytes: int = 96 * MiB
    format_bytes: int = 64
    manifest_bytes: int = 64 * 1024
    signature_bytes: int = 16 * 1024
    payload_json_bytes: int = 512 * MiB
    compression_ratio: int = 100
    manifest_depth: int = 4
    payload_depth: int = 16


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Manifest:
    """What a publisher signs: who, for which countries, which number, and the payload's hash."""

    publisher: str
    key_id: str
    countries: tuple[str, ...]
    sequence: int
    created: datetime
    previous_bundle_sha256: str | None
    payload_sha256: str
    payload_size: int
    payload_unpacked_size: int
    release_notes: Mapping[str, str]
    stale_after_days: int
    format_version: int = FORMAT_VERSION

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": self.format_version,
            "publisher": self.publisher,
            "key_id": self.key_id,
            "countries": list(self.countries),
            "sequence": self.sequence,
            "created": self.created.astimezone(UTC).strftime(_CREATED),
            "previous_bundle_sha256": self.previous_bundle_sha256,
            "payload": {
                "file": PAYLOAD_MEMBER,
                "sha256": self.payload_sha256,
                "size": self.payload_size,
                "unpacked_size": self.payload_unpacked_size,
            },
            "release_notes": dict(self.release_notes),
            "stale_after_days": self.stale_after_days,
        }

    def untrusted_comment(self) -> str:
        """The signature's first line: not signed, but fixed too, so no byte goes unchecked."""
        return f"signature from {self.publisher}, update {self.sequence}"

    def trusted_comment(self) -> str:
        """The signature's trusted comment, which ``minisign -V`` prints: the manifest in brief."""
        return (
            f"{FORMAT} publisher:{self.publisher} sequence:{self.sequence} "
            f"countries:{','.join(self.countries)} created:{self.created.strftime(_CREATED)}"
        )


@dataclass(frozen=True)
class BundleDraft:
    """What the publisher chooses for an update; the rest is computed when it is written."""

    publisher: str
    countries: tuple[str, ...]
    sequence: int
    release_notes: Mapping[str, str]
    stale_after_days: int = 90
    previous_bundle_sha256: str | None = None
    created: datetime | None = None


@dataclass(frozen=True)
class UnpackedBundle:
    """A bundle's parts, read but not yet trusted."""

    sha256: str
    manifest_bytes: bytes
    signature: minisign.Signature
    payload: bytes


@dataclass(frozen=True)
class PayloadRecord:
    """A record of the payload with the country it belongs to (its organization's)."""

    id: str
    kind: str
    country: str
    name: str


@dataclass(frozen=True)
class Payload:
    """The checked directory of an update and its records."""

    directory: dict[str, Any] = field(repr=False)
    records: tuple[PayloadRecord, ...] = field(repr=False)

    @property
    def sample(self) -> bool:
        return bool(self.directory["directory"]["sample"])


# --- writing ----------------------------------------------------------------------------------


def _check_draft(draft: BundleDraft) -> None:
    problems = []
    if not _PUBLISHER.fullmatch(draft.publisher):
        problems.append(f"publisher {draft.publisher!r} is not a short lower-case name")
    if not draft.countries or not all(_COUNTRY.fullmatch(c) for c in draft.countries):
        problems.append(f"countries {draft.countries!r} are not ISO 3166 codes")
    if not 1 <= draft.sequence <= MAX_SEQUENCE:
        problems.append(f"sequence {draft.sequence} is not a positive number")
    if "en" not in draft.release_notes or set(draft.release_notes) - set(NOTE_LANGUAGES):
        problems.append("release notes need English and may have Bulgarian and German")
    if not 1 <= draft.stale_after_days <= MAX_STALE_DAYS:
        problems.append(f"stale_after_days {draft.stale_after_days} is not 1 to {MAX_STALE_DAYS}")
    if problems:
        raise ValueError("; ".join(problems))


def write_bundle(
    directory: Mapping[str, Any], draft: BundleDraft, key: minisign.SecretKey
) -> bytes:
    """A signed update holding ``directory`` (a directory file's content) for ``draft``.

    Raises ValueError when the draft is incomplete or the directory holds
    records outside the draft's countries (check with ``records_outside`` first).
    """
    _check_draft(draft)
    outside = records_outside(payload_records(directory), draft.countries)
    if outside:
        raise ValueError(
            f"{len(outside)} records are outside {','.join(draft.countries)}, "
            f"the first {outside[0].kind} {outside[0].id} in {outside[0].country}"
        )
    raw = json.dumps(directory, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    payload = gzip.compress(raw, compresslevel=9, mtime=0)
    created = (draft.created or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    manifest = Manifest(
        publisher=draft.publisher,
        key_id=key.public_key().id_hex,
        countries=tuple(draft.countries),
        sequence=draft.sequence,
        created=created,
        previous_bundle_sha256=draft.previous_bundle_sha256,
        payload_sha256=hashlib.sha256(payload).hexdigest(),
        payload_size=len(payload),
        payload_unpacked_size=len(raw),
        release_notes=dict(draft.release_notes),
        stale_after_days=draft.stale_after_days,
    )
    manifest_bytes = (json.dumps(manifest.to_json(), ensure_ascii=False, indent=2) + "\n").encode()
    signature = minisign.sign(
        key,
        manifest_bytes,
        manifest.trusted_comment(),
        untrusted_comment=manifest.untrusted_comment(),
    )
    return write_stored_zip(
        [
            Member(FORMAT_MEMBER, FORMAT_LINE_V1),
            Member(MANIFEST_MEMBER, manifest_bytes),
            Member(SIGNATURE_MEMBER, signature.file_text().encode("utf-8")),
            Member(PAYLOAD_MEMBER, payload),
        ]
    )


# --- reading ----------------------------------------------------------------------------------


def _mb(size: int) -> str:
    return f"{size / MiB:.1f}"


def unpack_bundle(data: bytes, limits: Limits = DEFAULT_LIMITS) -> UnpackedBundle:
    """The parts of an update file, each within its limit; nothing is unpacked or trusted yet."""
    if len(data) > limits.bundle_bytes:
        raise UpdateRefused(
            Refusal.FILE_TOO_LARGE, size=_mb(len(data)), limit=_mb(limits.bundle_bytes)
        )
    # The first member is always "format", stored: its name sits at byte 30 of the
    # file and its line right after, where a later version is found whatever follows.
    named = data[30 : 30 + len(FORMAT_MEMBER)]
    if not data.startswith(b"PK\x03\x04") or FORMAT_MEMBER.encode()[: len(named)] != named:
        raise UpdateRefused(Refusal.NOT_A_BUNDLE, "no zip header or no format member")
    line = data[36 : 36 + min(int.from_bytes(data[18:22], "little"), limits.format_bytes)]
    version = FORMAT_LINE.fullmatch(line)
    if version is not None and int(version.group(1)) > FORMAT_VERSION:
        raise UpdateRefused(Refusal.NEWER_FORMAT, version=str(int(version.group(1))))
    try:
        members = read_stored_zip(data, len(MEMBERS) + 1)
    except ZipShapeError as error:
        reason = Refusal.TRUNCATED if error.truncated else Refusal.DAMAGED
        raise UpdateRefused(reason, str(error)) from None
    first = members[0]
    if first.name != FORMAT_MEMBER or not first.data.startswith(FORMAT.encode() + b" "):
        raise UpdateRefused(Refusal.NOT_A_BUNDLE, f"the first member is {first.name!r}")
    if first.data != FORMAT_LINE_V1:
        raise UpdateRefused(Refusal.DAMAGED, f"the format member is {first.data[:64]!r}")
    for member, expected in zip(members, MEMBERS, strict=False):
        if member.name != expected:
            raise UpdateRefused(Refusal.UNKNOWN_PART, f"member {member.name!r}", part=member.name)
    if len(members) != len(MEMBERS):
        extra = members[-1].name if len(members) > len(MEMBERS) else "-"
        raise UpdateRefused(Refusal.UNKNOWN_PART, f"{len(members)} members", part=extra)
    parts = {m.name: m.data for m in members}
    for name, limit in (
        (MANIFEST_MEMBER, limits.manifest_bytes),
        (SIGNATURE_MEMBER, limits.signature_bytes),
    ):
        if len(parts[name]) > limit:
            raise UpdateRefused(Refusal.PART_TOO_LARGE, f"{len(parts[name])} bytes", part=name)
    try:
        signature = minisign.parse_signature(parts[SIGNATURE_MEMBER].decode("utf-8"))
    except (UnicodeDecodeError, minisign.MinisignError) as error:
        raise UpdateRefused(Refusal.SIGNATURE_UNREADABLE, str(error)) from None
    return UnpackedBundle(
        hashlib.sha256(data).hexdigest(), parts[MANIFEST_MEMBER], signature, parts[PAYLOAD_MEMBER]
    )


def _invalid(field_name: str, technical: str) -> UpdateRefused:
    return UpdateRefused(Refusal.MANIFEST_INVALID, technical, field=field_name)


def _int(value: Any, field_name: str, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        raise _invalid(field_name, f"{value!r} is not a whole number from {low} to {high}")
    return value


def _text(value: Any, field_name: str, pattern: re.Pattern[str]) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise _invalid(field_name, f"{value!r} is not the expected form")
    return value


def read_manifest(manifest_bytes: bytes, limits: Limits = DEFAULT_LIMITS) -> Manifest:
    """The manifest, every field checked; call it on a manifest whose signature verified."""
    try:
        content = parse_json(
            manifest_bytes,
            max_bytes=limits.manifest_bytes,
            max_depth=limits.manifest_depth,
            unique_keys=True,
        )
    except BoundsError as error:
        raise _invalid("manifest.json", str(error)) from None
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise _invalid("format", "not a bundle manifest")
    version = content.get("format_version")
    if type(version) is int and version > FORMAT_VERSION:
        raise UpdateRefused(Refusal.NEWER_FORMAT, version=str(version))
    _int(version, "format_version", FORMAT_VERSION, FORMAT_VERSION)
    if set(content) != MANIFEST_FIELDS:
        odd = sorted(set(content) ^ MANIFEST_FIELDS)
        raise _invalid(odd[0], f"fields missing or unknown: {odd}")
    countries = content["countries"]
    if (
        not isinstance(countries, list)
        or not 1 <= len(countries) <= MAX_COUNTRIES
        or len(set(map(str, countries))) != len(countries)
    ):
        raise _invalid("countries", f"{countries!r} is not a list of distinct countries")
    for country in countries:
        _text(country, "countries", _COUNTRY)
    try:
        stamp = _text(content["created"], "created", _CREATED_FORM)
        created = datetime.strptime(stamp, _CREATED).replace(tzinfo=UTC)
    except ValueError:
        raise _invalid("created", f"{content['created']!r} is not YYYY-MM-DDTHH:MM:SSZ") from None
    previous = content["previous_bundle_sha256"]
    if previous is not None:
        _text(previous, "previous_bundle_sha256", _SHA256)
    payload = content["payload"]
    if not isinstance(payload, dict) or set(payload) != {"file", "sha256", "size", "unpacked_size"}:
        raise _invalid("payload", "needs exactly file, sha256, size and unpacked_size")
    if payload["file"] != PAYLOAD_MEMBER:
        raise _invalid("payload.file", f"{payload['file']!r} is not {PAYLOAD_MEMBER}")
    notes = content["release_notes"]
    if (
        not isinstance(notes, dict)
        or "en" not in notes
        or set(notes) - set(NOTE_LANGUAGES)
        or not all(isinstance(v, str) and len(v) <= MAX_NOTE_CHARS for v in notes.values())
    ):
        raise _invalid("release_notes", "needs English text, may have bg and de, each short")
    return Manifest(
        publisher=_text(content["publisher"], "publisher", _PUBLISHER),
        key_id=_text(content["key_id"], "key_id", _KEY_ID),
        countries=tuple(countries),
        sequence=_int(content["sequence"], "sequence", 1, MAX_SEQUENCE),
        created=created,
        previous_bundle_sha256=previous,
        payload_sha256=_text(payload["sha256"], "payload.sha256", _SHA256),
        payload_size=_int(payload["size"], "payload.size", 1, limits.bundle_bytes),
        payload_unpacked_size=_int(payload["unpacked_size"], "payload.unpacked_size", 1, 2**62),
        release_notes=dict(notes),
        stale_after_days=_int(content["stale_after_days"], "stale_after_days", 1, MAX_STALE_DAYS),
    )


def unpack_payload(payload: bytes, manifest: Manifest, limits: Limits = DEFAULT_LIMITS) -> Payload:
    """The directory a verified manifest describes: hash, size, JSON and its records' shape.

    The directory schema and rules are not checked here: ``check_merged``
    checks them once, on the directory the update leaves at the post.
    """
    if len(payload) != manifest.payload_size or not _same_sha256(payload, manifest.payload_sha256):
        raise UpdateRefused(Refusal.PAYLOAD_MISMATCH, "size or SHA-256 differ from the manifest")
    unpacked = manifest.payload_unpacked_size
    too_large = UpdateRefused(
        Refusal.PAYLOAD_TOO_LARGE,
        f"{unpacked} bytes from {len(payload)}",
        limit=_mb(limits.payload_json_bytes),
    )
    if unpacked > limits.payload_json_bytes or unpacked > len(payload) * limits.compression_ratio:
        raise too_large
    try:
        raw = gunzip_exactly(payload, unpacked)
        content = parse_json(raw, max_bytes=unpacked, max_depth=limits.payload_depth)
    except BoundsError as error:
        if error.overrun is Overrun.TOO_LARGE:
            raise too_large from None
        reason = (
            Refusal.PAYLOAD_TOO_DEEP
            if error.overrun is Overrun.TOO_DEEP
            else Refusal.PAYLOAD_UNREADABLE
        )
        raise UpdateRefused(reason, str(error)) from None
    if not isinstance(content, dict) or content.get("format") != DIRECTORY_FORMAT:
        raise UpdateRefused(Refusal.NOT_A_DIRECTORY, "format", where="format")
    version = content.get("format_version")
    if type(version) is int and version > DIRECTORY_FORMAT_VERSION:
        raise UpdateRefused(Refusal.NEWER_DIRECTORY_FORMAT, version=str(version))
    about = content.get("directory")
    if not isinstance(about, dict) or not isinstance(about.get("sample"), bool):
        raise UpdateRefused(Refusal.NOT_A_DIRECTORY, "directory.sample", where="directory.sample")
    return Payload(content, tuple(payload_records(content)))


def _same_sha256(data: bytes, expected: str) -> bool:
    import hmac

    return hmac.compare_digest(hashlib.sha256(data).hexdigest(), expected)


# --- scope ------------------------------------------------------------------------------------


def _english(text: Any, fallback: str) -> str:
    if isinstance(text, Mapping):
        value = text.get("en")
        if isinstance(value, str) and value:
            return value
    return fallback


def _malformed(where: str) -> UpdateRefused:
    return UpdateRefused(Refusal.NOT_A_DIRECTORY, where, where=where)


def _objects(value: Any, where: str) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise _malformed(where)
    return value


def payload_records(directory: Mapping[str, Any]) -> list[PayloadRecord]:
    """Every organization, location, service and contact, with its organization's country.

    Raises UpdateRefused (not a directory, naming the place) when the records
    are not shaped as a directory file's: ids as text, countries as ISO codes.
    """
    records = []
    for index, org in enumerate(_objects(directory.get("organizations"), "organizations")):
        where = f"organizations[{index}]"
        org_id, country = org.get("id"), org.get("country")
        if not isinstance(org_id, str) or not isinstance(country, str):
            raise _malformed(where)
        if not _COUNTRY.fullmatch(country):
            raise _malformed(f"{where}.country")
        org_name = _english(org.get("name"), org_id)
        records.append(PayloadRecord(org_id, "organization", country, org_name))
        for kind, key, label in (
            ("location", "locations", "name"),
            ("service", "services", "name"),
            ("contact", "contacts", "title"),
        ):
            for number, record in enumerate(_objects(org.get(key, []), f"{where}.{key}")):
                record_id = record.get("id")
                if not isinstance(record_id, str):
                    raise _malformed(f"{where}.{key}[{number}].id")
                name = _english(record.get(label), org_name)
                records.append(PayloadRecord(record_id, kind, country, name))
    return records


def records_outside(
    records: list[PayloadRecord] | tuple[PayloadRecord, ...], countries: tuple[str, ...]
) -> list[PayloadRecord]:
    """The records that belong to none of ``countries``."""
    allowed = set(countries)
    return [r for r in records if r.country not in allowed]


def check_merged(directory: Mapping[str, Any]) -> None:
    """Refuse an update if the directory it leaves breaks the directory schema or rules.

    Call it on the post's directory as the update would leave it (the
    publisher's records replaced, the other publishers' kept), before the
    preview: references across publishers resolve only there.
    """
    problems = check_directory(directory)
    if problems:
        where, found, _ = problems[0].partition(": ")
        raise UpdateRefused(
            Refusal.DIRECTORY_PROBLEMS,
            "\n".join(problems[:20]),
            count=str(len(problems)),
            where=where if found else "-",
        )
