"""Helpers for the update tests: the sample keys, parts of the sample directory, signed updates."""

from __future__ import annotations

import copy
import hashlib
import json
import sqlite3
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from referral_desk.exchange import minisign
from referral_desk.exchange.bundle import BundleDraft, write_bundle
from referral_desk.exchange.keys import read_secret_key_file
from referral_desk.exchange.update_preview import part_for

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "directory.json"
SECRET_KEYS = ROOT / "data" / "sample-keys"
PUBLISHERS = {"sample-at": ("AT",), "sample-bg": ("BG",)}
# An Austrian organization nothing else points to: safe to retire in a test.
LONE_AT = "a397152d-8974-5e4e-b7e2-a570942fe9c5"  # Vienna Provincial Police Directorate
CHANGED_AT = "4262c6da-53fd-5aa4-9ec4-1075906a7969"  # Federal Office for Immigration and Asylum


@cache
def _sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def sample() -> dict[str, Any]:
    value: dict[str, Any] = json.loads(_sample_text())
    return value


@cache
def secret_key(publisher: str) -> minisign.SecretKey:
    name = publisher.removeprefix("sample-")
    return read_secret_key_file(SECRET_KEYS / f"SAMPLE-{name}-coordinator.key", "sample")


def organization(directory: dict[str, Any], org_id: str) -> dict[str, Any]:
    return next(o for o in directory["organizations"] if o["id"] == org_id)


def austrian_changes() -> dict[str, Any]:
    """The sample's Austrian part with one body retired and a phone, hours and address changed."""
    part = part_for(sample(), PUBLISHERS["sample-at"])
    part["organizations"] = [o for o in part["organizations"] if o["id"] != LONE_AT]
    bfa = organization(part, CHANGED_AT)
    bfa["phones"][0]["number"] = "+43 1 00000 099"
    location = bfa["locations"][0]
    location["address"]["address_1"] = "Landstraßer Hauptstraße 171"
    location["schedules"][0]["closes_at"] = "15:00"
    return part


def signed(
    directory: dict[str, Any],
    publisher: str = "sample-at",
    sequence: int = 1,
    notes: str = "Test update",
) -> bytes:
    draft = BundleDraft(
        publisher=publisher,
        countries=PUBLISHERS[publisher],
        sequence=sequence,
        release_notes={"en": notes, "de": f"{notes} (de)", "bg": f"{notes} (bg)"},
        stale_after_days=30,
        created=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
    )
    return write_bundle(copy.deepcopy(directory), draft, secret_key(publisher))


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def dump_hash(database: Path) -> str:
    """SHA-256 of the database's SQL dump: its content, whatever the pages look like."""
    connection = sqlite3.connect(database)
    try:
        digest = hashlib.sha256()
        for line in connection.iterdump():
            digest.update(line.encode("utf-8"))
        return digest.hexdigest()
    finally:
        connection.close()


def organization_ids(database: Path) -> frozenset[str]:
    connection = sqlite3.connect(database)
    try:
        return frozenset(row[0] for row in connection.execute("SELECT id FROM organization"))
    finally:
        connection.close()


def phone_numbers(database: Path, owner_id: str) -> list[str]:
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute(
            "SELECT number FROM phone WHERE owner_id = ? ORDER BY position", (owner_id,)
        )
        return [row[0] for row in rows]
    finally:
        connection.close()


def keep_a_referral(database: Path, record_id: str) -> None:
    """A referral in the log, written as the log writes one (no person data)."""
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.execute(
                "INSERT INTO referral (id, reference, created_at, post, caseworker, assessment,"
                " age_group, case_type, purposes, urgent, country, directory_version,"
                " directory_published, rules_version, pathway_json) VALUES"
                " ('r1', 'R-1', '2026-11-20 10:00:00', 'Post', 'CW', 'presumed', 'adult',"
                " 'own_national_abroad', '', '', 'AT', 'v', NULL, 'r', '{}')"
            )
            connection.execute(
                "INSERT INTO referral_body (id, referral_id, position, step, record_id,"
                " record_name, role, status, feedback, updated_at) VALUES"
                " ('b1', 'r1', 0, 1, ?, 'BFA', 'asylum', 'referred', '', '2026-11-20 10:00:00')",
                (record_id,),
            )
    finally:
        connection.close()


def referral_rows(database: Path) -> list[tuple[str, str]]:
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute(
            "SELECT r.reference, b.record_id FROM referral r JOIN referral_body b"
            " ON b.referral_id = r.id"
        )
        return [(row[0], row[1]) for row in rows]
    finally:
        connection.close()
