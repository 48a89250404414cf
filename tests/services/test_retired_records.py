"""Retired records: their rows stay, flagged; every output for posts leaves them out; restore."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from db_access import connected
from referral_desk.domain.booklet import BookletSelection
from referral_desk.domain.editing import RecordKind
from referral_desk.domain.vocab import Kind
from referral_desk.services.call_now import call_now
from referral_desk.services.desk import Desk
from referral_desk.services.directory import SearchFilters
from referral_desk.services.editing import EditingError, LinkLeft
from referral_desk.services.exchange import ExportFormat
from referral_desk.services.printouts import booklet_bodies
from update_helpers import SAMPLE, organization, sample, secret_key

ORG = "782afc8b-3420-5d7b-8547-ac0fa5c40d27"  # Federal Ministry of the Interior (AT)
LOCATION = "5ca0442d-aae6-53de-a588-bda7e8c9e3fa"
SERVICE = "b41ff09c-990a-5777-b5c0-9b731b8aa7bc"
CONTACT = "d810a07e-88e6-50b6-b149-3ec4f093574c"
NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


def rows(desk: Desk, sql: str, **values: object) -> list[tuple[object, ...]]:
    with connected(desk) as connection:
        return [tuple(row) for row in connection.execute(text(sql), values)]


def test_a_retired_record_keeps_its_rows_flagged_when_by_whom_and_why(desk: Desk) -> None:
    desk.editing.retire(SERVICE, "closed in 2027")
    ((at, by, reason, version),) = rows(
        desk,
        "SELECT retired_at, retired_by, retired_reason, version FROM service WHERE id = :id",
        id=SERVICE,
    )
    assert at is not None and by and reason == "closed in 2027" and version == 1
    # the rows it owns stay: names, phones, languages
    assert rows(desk, "SELECT count(*) FROM localized_text WHERE owner_id = :id", id=SERVICE)[0][0]
    assert rows(desk, "SELECT count(*) FROM phone WHERE owner_id = :id", id=SERVICE)[0][0]
    (retired,) = desk.editing.retired()
    assert (retired.kind, retired.id, retired.organization_id, retired.country) == (
        RecordKind.SERVICE,
        SERVICE,
        ORG,
        "AT",
    )
    assert retired.label == "Citizens' service of the Ministry of the Interior"
    assert (retired.by, retired.reason) == (by, "closed in 2027")
    assert desk.editing.retired("BG") == []
    assert [e.action for e in desk.editing.history(SERVICE)] == ["retire"]


def test_a_retired_organization_flags_everything_under_it(desk: Desk) -> None:
    services_before = desk.directory.info().counts["services"]
    desk.editing.retire(ORG, "merged")
    retired = {r.id: r for r in desk.editing.retired()}
    under = {
        str(row[0])
        for table in ("location", "service", "contact")
        for row in rows(desk, f"SELECT id FROM {table} WHERE organization_id = :o", o=ORG)
    }
    assert {LOCATION, SERVICE, CONTACT} <= under
    assert set(retired) == {ORG} | under
    assert retired[ORG].label == "Federal Ministry of the Interior"
    assert len({r.at for r in retired.values()}) == 1
    own_services = rows(desk, "SELECT count(*) FROM service WHERE organization_id = :o", o=ORG)
    assert desk.directory.info().counts["services"] == services_before - own_services[0][0]
    assert desk.directory.check() == []


def test_retired_records_leave_search_call_now_booklet_queue_and_exports(
    desk: Desk, tmp_path: Path
) -> None:
    filters = SearchFilters(country="AT", kind=Kind.SERVICE)
    every = [h.id for h in desk.directory.search("", filters, now=NOW, limit=10_000)]
    calls = call_now(desk.directory, ["AT"], now=NOW)
    callable_now = [d.id for c in calls.countries for d in c.bodies()]
    assert callable_now
    gone = callable_now[0]
    assert gone in every
    desk.editing.retire(gone, "line closed")
    assert gone not in [h.id for h in desk.directory.search("", filters, now=NOW, limit=10_000)]
    assert gone not in [d.id for c in call_now(desk.directory, ["AT"], now=NOW).countries
                        for d in c.bodies()]  # fmt: skip
    assert gone not in [d.id for d in booklet_bodies(desk.directory, BookletSelection("AT"), NOW)]
    favourites = BookletSelection(favourites=(gone, SERVICE))
    assert [d.id for d in booklet_bodies(desk.directory, favourites, NOW)] == [SERVICE]
    queue = desk.verification.queue(0, today=date(2030, 1, 1))
    assert gone not in {item.facts.id for item in queue} and SERVICE in {
        item.facts.id for item in queue
    }
    target = tmp_path / "export.json"
    desk.exchange.export(target, ExportFormat.HSDS_JSON)
    assert gone not in target.read_text(encoding="utf-8")
    assert desk.editing.record(SERVICE).id == SERVICE
    with pytest.raises(EditingError):
        desk.editing.record(gone)


def test_retired_records_leave_the_freshness_figures(desk: Desk) -> None:
    from referral_desk.domain.vocab import Freshness

    def austria() -> int:
        rows = desk.verification.freshness(Freshness.COUNTRY, today=date(2026, 11, 30))
        return next(row.records for row in rows if row.group == "AT")

    before = austria()
    desk.editing.retire(ORG, "merged into another ministry")  # with its services and contacts
    retired = rows(desk, "SELECT count(*) FROM service WHERE organization_id = :o", o=ORG)[0][0]
    retired += rows(desk, "SELECT count(*) FROM contact WHERE organization_id = :o", o=ORG)[0][0]
    assert austria() == before - 1 - int(str(retired))


def test_an_organization_read_alone_or_in_bulk_leaves_its_retired_records_out(
    desk: Desk,
) -> None:
    annex = desk.editing.create(
        RecordKind.LOCATION,
        {
            "name": {"en": "Annex"},
            "timezone": "Europe/Vienna",
            "address": {"address_1": "Quokkagasse 2", "city": "Wien", "country": "AT"},
        },
        "",
        organization_id=ORG,
    ).record_id
    desk.editing.retire(SERVICE, "closed")
    desk.editing.retire(annex, "moved out")
    for org in (desk.directory.show(ORG, NOW), *desk.directory.details([ORG], NOW)):
        assert org is not None
        assert SERVICE not in [ref.id for ref in org.services]
        assert CONTACT in [ref.id for ref in org.contacts]  # the contact of the service stays
        assert [place.id for place in org.locations] == [LOCATION]
    assert desk.directory.details([SERVICE, ORG], NOW)[0].id == ORG


def test_restore_brings_the_record_back_in_place_and_versioned(desk: Desk) -> None:
    desk.editing.retire(ORG, "merged")
    restored = desk.editing.restore(ORG, "merger called off")
    assert restored.saved.record_id == ORG and restored.records[0] == (RecordKind.ORGANIZATION, ORG)
    assert {record_id for _kind, record_id in restored.records} >= {
        ORG, LOCATION, SERVICE, CONTACT,
    }  # fmt: skip
    assert desk.editing.retired() == []
    assert desk.editing.record(ORG).version == 2  # retired at 1, back at 2
    history = desk.editing.history(ORG)
    assert [e.action for e in history if e.record_id == ORG] == ["restore", "retire"]
    assert rows(desk, "SELECT count(*) FROM organization WHERE id = :id", id=ORG) == [(1,)]
    assert rows(
        desk, "SELECT retired_at, retired_by, retired_reason FROM organization WHERE id = :id",
        id=ORG,
    ) == [(None, None, None)]  # fmt: skip
    hits = desk.directory.search("Federal Ministry of the Interior", limit=5)
    assert hits[0].id == ORG
    assert desk.directory.check() == []


def test_a_retired_record_is_not_edited_and_its_records_wait_for_their_organization(
    desk: Desk,
) -> None:
    desk.editing.retire(ORG, "merged")
    with pytest.raises(EditingError, match="retired; restore it"):
        desk.editing.record(SERVICE)
    with pytest.raises(EditingError, match=f"organization {ORG} is retired"):
        desk.editing.restore(SERVICE, "only the service")
    with pytest.raises(EditingError, match="no record with this id"):
        desk.editing.record("no-such-id")
    assert {r.id for r in desk.editing.retired()} >= {ORG, SERVICE}


def test_a_retired_record_outlives_a_whole_directory_load(desk: Desk, tmp_path: Path) -> None:
    desk.editing.retire(SERVICE, "closed")
    desk.directory.replace_from_file(SAMPLE)
    # the file has the service again: it is back, and nothing is retired
    assert desk.directory.show(SERVICE) is not None and desk.editing.retired() == []
    desk.editing.retire(SERVICE, "closed for good")
    content = sample()
    org = organization(content, ORG)
    org["services"] = [s for s in org["services"] if s["id"] != SERVICE]
    for contact in org["contacts"]:
        if contact.get("service_id") == SERVICE:
            contact["service_id"] = None
    path = tmp_path / "without.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    desk.directory.replace_from_file(path)
    (kept,) = desk.editing.retired()
    assert (kept.id, kept.reason) == (SERVICE, "closed for good")
    assert desk.directory.show(SERVICE) is None
    assert desk.directory.check() == []
    desk.editing.restore(SERVICE, "reopened")
    assert desk.directory.show(SERVICE) is not None


def test_a_published_update_retires_the_body_at_a_post_and_marks_its_favourite(
    desk: Desk, sample_db_template: Path, tmp_path: Path
) -> None:
    desk.editing.retire(ORG, "merged")
    bundle = desk.updates.publish(secret_key("sample-at"), "sample-at", ("AT",), 1, {"en": "x"})
    post_path = tmp_path / "post.sqlite3"
    post_path.write_bytes(sample_db_template.read_bytes())
    update = tmp_path / "at-1.rdupdate"
    update.write_bytes(bundle)
    with Desk.open(post_path) as post:
        post.notes.set(ORG, "ask for the duty officer")
        preview = post.updates.check(update)
        assert ORG in {body.id for body in preview.comparison.retired}
        post.updates.apply(preview)
        assert post.directory.show(ORG) is None
        assert ORG not in [h.id for h in post.directory.search("Ministry of the Interior")]
        assert post.updates.retired_names()[ORG] == "Federal Ministry of the Interior"
        assert post.notes.get(ORG) == "ask for the duty officer"  # the note stays


def test_favourites_and_notes_of_a_body_retired_here_stay_and_are_named(desk: Desk) -> None:
    desk.notes.set(SERVICE, "ask for Ms Quokka")
    desk.editing.retire(SERVICE, "closed")
    assert desk.notes.get(SERVICE) == "ask for Ms Quokka"
    names = desk.updates.retired_names()
    assert names[SERVICE] == "Citizens' service of the Ministry of the Interior"


def test_the_database_check_names_half_retired_rows(desk: Desk) -> None:
    desk.editing.retire(ORG, "merged")
    with connected(desk) as connection:
        connection.execute(text("UPDATE service SET retired_at = NULL WHERE id = :id"),
                           {"id": SERVICE})  # fmt: skip
        connection.execute(text("UPDATE contact SET retired_reason = NULL WHERE id = :id"),
                           {"id": CONTACT})  # fmt: skip
    found = desk.directory.check()
    assert f"service {SERVICE}: in the directory, but its organization {ORG} is retired" in found
    assert f"retired contact {CONTACT}: it does not say by whom or why" in found


def parent_links(desk: Desk, parent: str) -> set[str]:
    """The organizations whose parent is ``parent`` in the directory file in force."""
    return {
        org_id
        for org_id in [*CHILD_ORGS, OTHER_PARENT]
        if org_id not in {r.id for r in desk.editing.retired()}
        and desk.editing.record(org_id).fields.get("parent_id") == parent
    }


CHILD_ORGS = [  # the organizations under ORG in the sample
    "90519d5d-ed27-5d39-bd19-b88278344dfa",
    "a397152d-8974-5e4e-b7e2-a570942fe9c5",
    "f290d61b-4120-5baf-827d-fdde690a6849",
    "b4889316-788f-53ad-9c27-8ef193402dc5",
    "4262c6da-53fd-5aa4-9ec4-1075906a7969",
    "be0d489e-f39b-5914-952d-46cfeedfa41b",
]
OTHER_PARENT = "84ac5079-8f6f-571d-b1a4-837121a0df0e"


def test_restore_puts_back_the_links_others_had_where_nothing_changed_since(desk: Desk) -> None:
    assert parent_links(desk, ORG) == set(CHILD_ORGS)
    desk.editing.retire(ORG, "merged")
    assert parent_links(desk, ORG) == set()
    moved, closed, *kept = CHILD_ORGS
    desk.editing.save(moved, desk.editing.record(moved).version, {"parent_id": OTHER_PARENT}, "")
    desk.editing.retire(closed, "closed")
    restored = desk.editing.restore(ORG, "merger called off")
    assert parent_links(desk, ORG) == set(kept)
    assert desk.editing.record(moved).fields["parent_id"] == OTHER_PARENT  # changed since: kept
    assert {link.record_id for link in restored.relinked} == set(kept)
    assert {(link.record_id, link.field, link.target_id, link.left) for link in restored.left} == {
        (moved, "parent_id", ORG, LinkLeft.FIELD_CHANGED),
        (closed, "parent_id", ORG, LinkLeft.RECORD_GONE),
    }
    for org_id in kept:  # each link put back is audited as an edit with the restore's reason
        (entry, *_older) = [e for e in desk.editing.history(org_id) if e.record_id == org_id]
        assert (entry.action, entry.reason) == ("edit", "merger called off")
        assert [(c.field, c.old, c.new) for c in entry.changes] == [("parent_id", None, ORG)]
    assert desk.editing.history(ORG)[0].at == entry.at  # in the same transaction
    assert desk.directory.check() == []


def test_restore_puts_back_a_location_in_lists_and_a_counterpart_across_the_border(
    desk: Desk,
) -> None:
    annex = desk.editing.create(
        RecordKind.LOCATION,
        {
            "name": {"en": "Annex"},
            "timezone": "Europe/Vienna",
            "address": {"address_1": "Quokkagasse 2", "city": "Wien", "country": "AT"},
        },
        "",
        organization_id=ORG,
    ).record_id
    desk.editing.save(SERVICE, 1, {"location_ids": [LOCATION, annex]}, "")
    desk.editing.retire(LOCATION, "moved")
    assert desk.editing.record(SERVICE).fields["location_ids"] == [annex]
    assert desk.editing.record(CONTACT).fields["location_id"] is None
    restored = desk.editing.restore(LOCATION, "moved back")
    assert desk.editing.record(SERVICE).fields["location_ids"] == [LOCATION, annex]
    assert desk.editing.record(CONTACT).fields["location_id"] == LOCATION
    assert {(link.record_id, link.field, link.target_id) for link in restored.relinked} == {
        (SERVICE, "location_ids", LOCATION),
        (CONTACT, "location_id", LOCATION),
    }
    assert restored.left == ()
    # a liaison officer's counterpart in the other country
    liaison, counterpart = COUNTERPARTS
    desk.editing.retire(counterpart, "left the post")
    assert desk.editing.record(liaison).fields["counterpart_id"] is None
    restored = desk.editing.restore(counterpart, "back at the post")
    assert desk.editing.record(liaison).fields["counterpart_id"] == counterpart
    assert [(link.record_id, link.kind) for link in restored.links] == [
        (liaison, RecordKind.CONTACT)
    ]
    assert desk.directory.check() == []


COUNTERPARTS = ("0996e984-3fde-5956-a980-66198a9037ee", "25308c44-78c3-5b56-9d20-968439890623")


@pytest.fixture
def desk(sample_desk: Desk) -> Desk:
    return sample_desk
