"""The updates service: verify, preview, apply at once, undo, history; refusals change nothing."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from referral_desk.exchange.refusals import Refusal, UpdateRefused
from referral_desk.exchange.update_preview import Field, part_for
from referral_desk.services.changes import Changes
from referral_desk.services.desk import Desk
from update_helpers import (
    CHANGED_AT,
    LONE_AT,
    austrian_changes,
    dump_hash,
    keep_a_referral,
    organization,
    organization_ids,
    phone_numbers,
    referral_rows,
    sample,
    signed,
    write,
)

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def records_of(org_id: str) -> int:
    """The organization and its locations, services and contacts."""
    org = organization(sample(), org_id)
    return 1 + sum(len(org[key]) for key in ("locations", "services", "contacts"))


def test_preview_lists_what_changes_and_writes_nothing(sample_desk: Desk, tmp_path: Path) -> None:
    path = write(tmp_path / "stick", "at-1.rdupdate", signed(austrian_changes()))
    before = dump_hash(sample_desk.path)

    preview = sample_desk.updates.check(path)

    comparison = preview.comparison
    assert [body.id for body in comparison.retired if body.kind == "organization"] == [LONE_AT]
    assert comparison.added == ()
    assert [b.id for b in comparison.changed] == [
        CHANGED_AT,
        organization(sample(), CHANGED_AT)["locations"][0]["id"],
    ]
    shown = {(c.field, c.old, c.new) for c in comparison.field_changes}
    bfa = organization(sample(), CHANGED_AT)
    assert (Field.PHONES, (bfa["phones"][0]["number"],), ("+43 1 00000 099",)) in shown
    address = bfa["locations"][0]["address"]
    old_address = f"{address['address_1']}, {address['postal_code']} {address['city']}, AT"
    assert (
        Field.ADDRESS,
        (old_address,),
        (old_address.replace(address["address_1"], "Landstraßer Hauptstraße 171"),),
    ) in shown
    hours = [c for c in comparison.field_changes if c.field is Field.HOURS]
    assert hours and hours[0].old[0].endswith("–16:00") and hours[0].new[0].endswith("–15:00")
    assert comparison.before["organization"] - comparison.after["organization"] == 1
    assert preview.release_notes("de") == "Test update (de)"
    assert preview.sequence == 1 and preview.publisher.publisher == "sample-at"
    assert dump_hash(sample_desk.path) == before


def test_apply_replaces_only_the_publishers_countries(sample_desk: Desk, tmp_path: Path) -> None:
    notices: list[Changes] = []
    sample_desk.subscribe(notices.append)
    keep_a_referral(sample_desk.path, CHANGED_AT)
    bulgarian_before = {o["id"] for o in sample()["organizations"] if o["country"] == "BG"}
    path = write(tmp_path, "at-1.rdupdate", signed(austrian_changes()))

    applied = sample_desk.updates.apply(sample_desk.updates.check(path), NOW)

    ids = organization_ids(sample_desk.path)
    assert LONE_AT not in ids and bulgarian_before <= ids
    assert phone_numbers(sample_desk.path, CHANGED_AT) == ["+43100000099"]
    assert notices == [Changes(directory=True)]
    assert (applied.publisher, applied.sequence) == ("sample-at", 1)
    assert applied.counts["retired"] == records_of(LONE_AT)
    assert applied.can_undo and applied.undone_at is None
    assert sample_desk.directory.check() == []
    assert referral_rows(sample_desk.path) == [("R-1", CHANGED_AT)]
    hits = sample_desk.directory.search("Vienna Provincial Police")
    assert all(hit.id != LONE_AT for hit in hits)


def test_the_same_or_an_older_update_is_refused_after_apply(
    sample_desk: Desk, tmp_path: Path
) -> None:
    first = write(tmp_path, "at-2.rdupdate", signed(austrian_changes(), sequence=2))
    sample_desk.updates.apply(sample_desk.updates.check(first), NOW)
    older = write(tmp_path, "at-1.rdupdate", signed(austrian_changes(), sequence=1))
    before = dump_hash(sample_desk.path)
    for path, reason in ((first, Refusal.ALREADY_APPLIED), (older, Refusal.OLDER_THAN_APPLIED)):
        with pytest.raises(UpdateRefused) as refused:
            sample_desk.updates.check(path)
        assert refused.value.reason is reason
    assert dump_hash(sample_desk.path) == before


def test_two_publishers_side_by_side(sample_desk: Desk, tmp_path: Path) -> None:
    bulgarian = part_for(sample(), ("BG",))
    first_bg = bulgarian["organizations"][0]
    first_bg["phones"] = [{"number": "+359 2 00000 999", "type": "voice", "placeholder": True}]
    sample_desk.updates.apply(
        sample_desk.updates.check(write(tmp_path, "at.rdupdate", signed(austrian_changes()))), NOW
    )
    preview = sample_desk.updates.check(
        write(tmp_path, "bg.rdupdate", signed(bulgarian, "sample-bg", 4))
    )
    assert [c.body.id for c in preview.comparison.field_changes] == [first_bg["id"]]
    sample_desk.updates.apply(preview, NOW)

    ids = organization_ids(sample_desk.path)
    assert LONE_AT not in ids  # the Austrian update still holds
    assert phone_numbers(sample_desk.path, first_bg["id"]) == ["+359200000999"]
    status = sample_desk.updates.status(date(2026, 12, 1))
    assert [(s.publisher, s.sequence, s.stale) for s in status] == [
        ("sample-at", 1, False),
        ("sample-bg", 4, False),
    ]
    stale = sample_desk.updates.status(date(2027, 1, 1))
    assert all(s.stale for s in stale)  # 30 days after 2026-11-20


def test_an_update_cannot_take_over_another_countrys_record(
    sample_desk: Desk, tmp_path: Path
) -> None:
    part = part_for(sample(), ("AT",))
    moved = copy.deepcopy(next(o for o in sample()["organizations"] if o["country"] == "BG"))
    moved["country"] = "AT"
    part["organizations"].append(moved)
    path = write(tmp_path, "at.rdupdate", signed(part))
    before = dump_hash(sample_desk.path)
    with pytest.raises(UpdateRefused) as refused:
        sample_desk.updates.check(path)
    assert refused.value.reason is Refusal.TAKES_OVER_RECORD
    assert dump_hash(sample_desk.path) == before


def test_an_update_that_breaks_references_is_refused(sample_desk: Desk, tmp_path: Path) -> None:
    part = part_for(sample(), ("AT",))
    # Bulgarian liaison contacts name Austrian counterparts: dropping those breaks them.
    part["organizations"] = [
        o for o in part["organizations"] if not any(c.get("liaison") for c in o["contacts"])
    ]
    path = write(tmp_path, "at.rdupdate", signed(part))
    with pytest.raises(UpdateRefused) as refused:
        sample_desk.updates.check(path)
    assert refused.value.reason is Refusal.DIRECTORY_PROBLEMS


def test_damaged_and_unknown_files_are_refused_and_nothing_changes(
    sample_desk: Desk, tmp_path: Path
) -> None:
    good = signed(austrian_changes())
    before = dump_hash(sample_desk.path)
    cases = {
        "truncated.rdupdate": (good[: len(good) // 2], Refusal.TRUNCATED),
        "flipped.rdupdate": (good[:200] + bytes([good[200] ^ 1]) + good[201:], None),
        "text.rdupdate": (b"hello", Refusal.NOT_A_BUNDLE),
    }
    for name, (data, reason) in cases.items():
        with pytest.raises(UpdateRefused) as refused:
            sample_desk.updates.check(write(tmp_path, name, data))
        assert reason is None or refused.value.reason is reason
    with pytest.raises(UpdateRefused) as missing:
        sample_desk.updates.check(tmp_path / "missing.rdupdate")
    assert missing.value.reason is Refusal.UNREADABLE_FILE
    with pytest.raises(UpdateRefused) as empty:
        sample_desk.updates.check(tmp_path / "empty-folder")
    assert empty.value.reason in (Refusal.UNREADABLE_FILE, Refusal.NO_UPDATE_IN_FOLDER)
    (tmp_path / "empty").mkdir()
    with pytest.raises(UpdateRefused) as none:
        sample_desk.updates.check(tmp_path / "empty")
    assert none.value.reason is Refusal.NO_UPDATE_IN_FOLDER
    assert sample_desk.updates.history() == []
    assert dump_hash(sample_desk.path) == before


def test_a_folder_gives_its_newest_valid_update(sample_desk: Desk, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    write(stick, "a-old.rdupdate", signed(austrian_changes(), sequence=2))
    write(stick, "b-new.rdupdate", signed(austrian_changes(), sequence=3))
    write(stick, "c-broken.rdupdate", b"PK\x03\x04 not really")
    write(stick, "notes.txt", b"read me")
    assert sample_desk.updates.check(stick).sequence == 3


def test_undo_puts_the_previous_directory_back(sample_desk: Desk, tmp_path: Path) -> None:
    original = dump_hash(sample_desk.path)
    ids_before = organization_ids(sample_desk.path)
    first = write(tmp_path, "at-1.rdupdate", signed(austrian_changes(), sequence=1))
    sample_desk.updates.apply(sample_desk.updates.check(first), NOW)
    notices: list[Changes] = []
    sample_desk.subscribe(notices.append)

    undone = sample_desk.updates.undo(NOW)

    assert undone is not None and undone.undone_at is not None and not undone.can_undo
    assert organization_ids(sample_desk.path) == ids_before
    assert phone_numbers(sample_desk.path, CHANGED_AT) != ["+43100000099"]
    assert notices == [Changes(directory=True)]
    assert sample_desk.updates.undo(NOW) is None  # the seeded directory has no update to undo
    assert sample_desk.directory.check() == []
    # The same update can be applied again after it was undone.
    sample_desk.updates.apply(sample_desk.updates.check(first), NOW)
    assert LONE_AT not in organization_ids(sample_desk.path)
    assert original != dump_hash(sample_desk.path)


def test_history_lists_every_update_newest_first(sample_desk: Desk, tmp_path: Path) -> None:
    for sequence in (1, 2):
        path = write(
            tmp_path, f"at-{sequence}.rdupdate", signed(austrian_changes(), sequence=sequence)
        )
        sample_desk.updates.apply(sample_desk.updates.check(path), NOW)
    sample_desk.updates.undo(NOW)

    history = sample_desk.updates.history()

    assert [(h.sequence, h.undone_at is not None, h.can_undo) for h in history] == [
        (2, True, False),
        (1, False, True),
    ]
    assert history[1].counts["retired"] == records_of(LONE_AT)
    assert history[0].counts["retired"] == 0
    assert history[0].publisher_name("de").startswith("Nationale Koordinierungsstelle Österreich")
    assert len(history[0].bundle_sha256) == 64


def test_retired_bodies_are_named_for_favourites(sample_desk: Desk, tmp_path: Path) -> None:
    path = write(tmp_path, "at-1.rdupdate", signed(austrian_changes()))
    sample_desk.updates.apply(sample_desk.updates.check(path), NOW)
    retired = sample_desk.updates.retired_names()
    assert retired[LONE_AT] == "Vienna Provincial Police Directorate"


def test_a_load_after_an_update_leaves_nothing_to_undo(sample_desk: Desk, tmp_path: Path) -> None:
    path = write(tmp_path, "at-1.rdupdate", signed(austrian_changes()))
    sample_desk.updates.apply(sample_desk.updates.check(path), NOW)
    from update_helpers import SAMPLE

    sample_desk.directory.replace_from_file(SAMPLE)
    assert sample_desk.updates.undo(NOW) is None
    assert LONE_AT in organization_ids(sample_desk.path)


def test_a_preview_made_before_another_change_is_not_applied(
    sample_desk: Desk, tmp_path: Path
) -> None:
    at = sample_desk.updates.check(write(tmp_path, "at.rdupdate", signed(austrian_changes())))
    bulgarian = part_for(sample(), ("BG",))
    sample_desk.updates.apply(
        sample_desk.updates.check(write(tmp_path, "bg.rdupdate", signed(bulgarian, "sample-bg"))),
        NOW,
    )
    with pytest.raises(UpdateRefused) as refused:
        sample_desk.updates.apply(at, NOW)
    assert refused.value.reason is Refusal.CHANGED_SINCE_PREVIEW
    assert LONE_AT in organization_ids(sample_desk.path)
