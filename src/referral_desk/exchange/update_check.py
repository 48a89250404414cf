"""Checking a directory update before anything is written: a verified update or one refusal.

The order matters: the file's shape, then the key and the signature over
the manifest, then the manifest, the sequence, and only then is the payload,
whose hash the signed manifest holds, unpacked and read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from referral_desk.exchange import minisign
from referral_desk.exchange.bundle import (
    DEFAULT_LIMITS,
    Limits,
    Manifest,
    Payload,
    read_manifest,
    records_outside,
    unpack_bundle,
    unpack_payload,
)
from referral_desk.exchange.refusals import Refusal, UpdateRefused
from referral_desk.exchange.trust import KeyStatus, TrustedKey, TrustStore


@dataclass(frozen=True)
class VerifiedUpdate:
    """An update that passed every check, ready for a preview; nothing has been written."""

    manifest: Manifest
    key: TrustedKey
    bundle_sha256: str
    payload: Payload
    applied_sequence: int  # the publisher's update the post had (0: none yet)

    @property
    def skipped(self) -> int:
        """How many of the publisher's updates the post never saw, between its own and this."""
        if self.applied_sequence == 0:
            return 0
        return self.manifest.sequence - self.applied_sequence - 1

    @property
    def record_ids(self) -> frozenset[str]:
        return frozenset(r.id for r in self.payload.records)


def _trusted_key(trust: TrustStore, key_id: bytes) -> TrustedKey:
    key = trust.find(key_id)
    hex_id = minisign.key_id_hex(key_id)
    if key is None:
        raise UpdateRefused(Refusal.UNKNOWN_KEY, key_id=hex_id)
    if key.status is KeyStatus.REVOKED:
        raise UpdateRefused(Refusal.REVOKED_KEY, key.note, key_id=hex_id, publisher=key.name())
    if key.status is KeyStatus.REPLACED:
        raise UpdateRefused(Refusal.REPLACED_KEY, key.note, key_id=hex_id, publisher=key.name())
    return key


def verify_update(
    bundle: bytes,
    trust: TrustStore,
    applied: Mapping[str, int],
    current_countries: Mapping[str, str],
    *,
    limits: Limits = DEFAULT_LIMITS,
) -> VerifiedUpdate:
    """Check an update file completely; raise UpdateRefused with the first problem.

    ``applied`` is the sequence number last applied per publisher id;
    ``current_countries`` the country of every record (organization,
    location, service, contact) now in the post's directory, by id, so that
    an update cannot take over another country's record.
    """
    parts = unpack_bundle(bundle, limits)
    key = _trusted_key(trust, parts.signature.key_id)
    try:
        minisign.verify(key.key, parts.manifest_bytes, parts.signature)
    except minisign.MinisignError as error:
        raise UpdateRefused(Refusal.BAD_SIGNATURE, str(error)) from None

    manifest = read_manifest(parts.manifest_bytes, limits)
    if manifest.key_id != key.key_id:
        raise UpdateRefused(Refusal.MANIFEST_INVALID, manifest.key_id, field="key_id")
    for comment, expected, name in (
        (parts.signature.trusted_comment, manifest.trusted_comment(), "trusted comment"),
        (parts.signature.untrusted_comment, manifest.untrusted_comment(), "untrusted comment"),
    ):
        if comment != expected:
            raise UpdateRefused(Refusal.MANIFEST_INVALID, comment, field=name)
    if manifest.publisher != key.publisher:
        raise UpdateRefused(
            Refusal.WRONG_PUBLISHER, claimed=manifest.publisher, publisher=key.name()
        )
    if not set(manifest.countries) <= set(key.countries):
        raise UpdateRefused(
            Refusal.COUNTRIES_NOT_TRUSTED,
            publisher=key.name(),
            countries=", ".join(manifest.countries),
            trusted=", ".join(key.countries),
        )
    applied_sequence = applied.get(manifest.publisher, 0)
    if manifest.sequence == applied_sequence:
        raise UpdateRefused(
            Refusal.ALREADY_APPLIED, sequence=str(manifest.sequence), publisher=key.name()
        )
    if manifest.sequence < applied_sequence:
        raise UpdateRefused(
            Refusal.OLDER_THAN_APPLIED,
            sequence=str(manifest.sequence),
            publisher=key.name(),
            applied=str(applied_sequence),
        )

    payload = unpack_payload(parts.payload, manifest, limits)
    if payload.sample != key.sample:
        raise UpdateRefused(Refusal.SAMPLE_MISMATCH, f"sample data {payload.sample}")
    outside = records_outside(payload.records, manifest.countries)
    if outside:
        first = outside[0]
        raise UpdateRefused(
            Refusal.OUTSIDE_COUNTRIES,
            f"{first.kind} {first.id}",
            publisher=key.name(),
            name=first.name,
            country=first.country,
            countries=", ".join(manifest.countries),
        )
    allowed = set(manifest.countries)
    for record in payload.records:
        now = current_countries.get(record.id)
        if now is not None and now not in allowed:
            raise UpdateRefused(
                Refusal.TAKES_OVER_RECORD,
                f"{record.kind} {record.id} is now in {now}",
                publisher=key.name(),
                record=record.name,
                country=now,
            )
    return VerifiedUpdate(manifest, key, parts.sha256, payload, applied_sequence)
