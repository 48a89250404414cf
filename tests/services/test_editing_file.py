"""What a save keeps beside the records: the directory file in force, byte for byte as a
fresh serialisation with its hash, and where each record is, through every kind of change."""

from __future__ import annotations

import gzip
import hashlib
import json
from typing import Any

import pytest
from sqlalchemy import text

from db_access import connected
from referral_desk.domain.editing import CHILDREN, RecordKind
from referral_desk.services.desk import Desk
from referral_desk.services.editing import EditingError, EditRejected
from referral_desk.store.update_store import pack

ORG = "782afc8b-3420-5d7b-8547-ac0fa5c40d27"  # Federal Ministry of the Interior (AT)
SERVICE = "b41ff09c-990a-5777-b5c0-9b731b8aa7bc"
CONTACT = "d810a07e-88e6-50b6-b149-3ec4f093574c"
NEW_CONTACT = "5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f"
QUOKKA = {
    "name": {"en": "Quokka Aid Austria", "de": "Quokkahilfe Österreich"},
    "own_name": {"lang": "de", "text": "Quokkahilfe Österreich"},
    "description": {"en": "Helps quokkas."},
}


@pytest.fixture
def desk(sample_desk: Desk) -> Desk:
    return sample_desk


def kept(desk: Desk) -> tuple[bytes, str]:
    """The directory file in force as the database keeps it (JSON) and its hash."""
    with connected(desk) as connection:
        row = connection.execute(text("SELECT content_gz, sha256 FROM directory_source")).one()
    return gzip.decompress(row[0]), row[1]


def assert_file_sound(desk: Desk, saved: bool = True) -> dict[str, Any]:
    """The kept file's hash is its JSON's; once saved, the file is what ``pack`` writes of
    its content (as loaded, it is the file's own bytes)."""
    raw, sha256 = kept(desk)
    content: dict[str, Any] = json.loads(raw)
    assert sha256 == hashlib.sha256(raw).hexdigest()
    if saved:
        whole, whole_sha256 = pack(content)
        assert (raw, sha256) == (gzip.decompress(whole), whole_sha256)
    return content


def assert_every_record_found(desk: Desk, content: dict[str, Any]) -> None:
    """Each record of the kept file opens for editing under its own organization."""
    for org in content["organizations"]:
        held = [(RecordKind.ORGANIZATION, org)] + [
            (kind, child) for group, kind in CHILDREN.items() for child in org.get(group, [])
        ]
        for kind, record in held:
            opened = desk.editing.record(record["id"])
            assert (opened.kind, opened.organization_id) == (kind, org["id"])


def contact_values(desk: Desk) -> dict[str, Any]:
    fields = dict(desk.editing.record(CONTACT).fields)
    fields.pop("id")
    return {**fields, "title": {"en": "Night desk"}, "counterpart_id": None}


def test_the_file_in_force_and_the_records_follow_every_kind_of_change(desk: Desk) -> None:
    editing = desk.editing
    steps = [
        lambda: editing.save(ORG, 1, {"website": "https://example.org/renamed"}, "site"),
        lambda: editing.save(SERVICE, 1, {"name": {"en": "Zebrafinch line"}}, "renamed"),
        lambda: editing.create(
            RecordKind.CONTACT,
            contact_values(desk),
            "new",
            organization_id=ORG,
            record_id=NEW_CONTACT,
        ),
        lambda: editing.create(RecordKind.ORGANIZATION, QUOKKA, "new", country="AT"),
        lambda: editing.retire(CONTACT, "left"),
        lambda: editing.retire(ORG, "merged"),
        lambda: editing.restore(ORG, "merger called off"),
    ]
    for step in steps:
        step()
        content = assert_file_sound(desk)
        assert_every_record_found(desk, content)
    org = next(o for o in content["organizations"] if o["id"] == ORG)
    assert org["website"] == "https://example.org/renamed"
    assert NEW_CONTACT in {c["id"] for c in org["contacts"]}
    assert CONTACT not in {c["id"] for c in org["contacts"]}
    assert content["organizations"][-1]["id"] == ORG  # back at the end of the file
    with pytest.raises(EditingError, match="retired"):
        editing.record(CONTACT)


def test_a_link_is_checked_against_the_records_the_directory_holds_now(desk: Desk) -> None:
    other = next(
        o
        for o in assert_file_sound(desk, saved=False)["organizations"]
        if o["id"] != ORG and o.get("contacts")
    )
    target = other["contacts"][0]["id"]
    record = desk.editing.record(CONTACT)
    saved = desk.editing.save(CONTACT, record.version, {"counterpart_id": target}, "linked")
    desk.editing.save(CONTACT, saved.version, {"counterpart_id": None}, "unlinked")
    desk.editing.retire(target, "closed")
    with pytest.raises(EditRejected) as refused:
        desk.editing.save(CONTACT, saved.version + 1, {"counterpart_id": target}, "again")
    assert [p.field for p in refused.value.problems] == ["counterpart_id"]


def test_a_refused_save_leaves_the_records_as_they_were(desk: Desk) -> None:
    bad = {**contact_values(desk), "phones": [{"number": "not a number", "type": "voice"}]}
    with pytest.raises(EditRejected):
        desk.editing.create(RecordKind.CONTACT, bad, "", organization_id=ORG, record_id=NEW_CONTACT)
    with pytest.raises(EditingError, match="no record"):
        desk.editing.record(NEW_CONTACT)
    before = assert_file_sound(desk, saved=False)
    desk.editing.create(
        RecordKind.CONTACT, contact_values(desk), "", organization_id=ORG, record_id=NEW_CONTACT
    )
    assert desk.editing.record(NEW_CONTACT).organization_id == ORG
    after = assert_file_sound(desk)
    assert len(after["organizations"]) == len(before["organizations"])
