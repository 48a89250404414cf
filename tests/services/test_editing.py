"""Editing the directory through the desk: each kind of record, checks, retire, conflicts, audit."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from db_access import connected, database_url
from referral_desk.domain.editing import RecordKind
from referral_desk.paths import data_dir
from referral_desk.services.changes import Changes
from referral_desk.services.desk import Desk
from referral_desk.services.editing import EditConflict, EditingError, EditRejected
from referral_desk.store.update_store import unpack

ORG = "782afc8b-3420-5d7b-8547-ac0fa5c40d27"  # Federal Ministry of the Interior (AT)
LOCATION = "5ca0442d-aae6-53de-a588-bda7e8c9e3fa"
SERVICE = "b41ff09c-990a-5777-b5c0-9b731b8aa7bc"
CONTACT = "d810a07e-88e6-50b6-b149-3ec4f093574c"
PLACEHOLDER_AT = "+43 1 000 00 99"  # cannot be dialled: the sample holds only such numbers


@pytest.fixture
def desk(sample_desk: Desk) -> Desk:
    return sample_desk


def first_hit(desk: Desk, text: str) -> str | None:
    hits = desk.directory.search(text, limit=5)
    return hits[0].id if hits else None


def source(desk: Desk) -> dict[str, Any]:
    """The directory file in force as the database keeps it (what publish starts from)."""
    with connected(desk) as connection:
        content_gz = connection.execute(text("SELECT content_gz FROM directory_source")).scalar()
    return unpack(content_gz)


def test_the_sample_records_used_here_exist() -> None:
    content = json.loads((data_dir() / "directory.json").read_text(encoding="utf-8"))
    org = next(o for o in content["organizations"] if o["id"] == ORG)
    assert [
        org["locations"][0]["id"],
        org["services"][0]["id"],
        org["contacts"][0]["id"],
    ] == [LOCATION, SERVICE, CONTACT]


def test_a_record_is_named_in_the_language_of_the_window(desk: Desk) -> None:
    record = desk.editing.record(ORG)
    assert record.label == "Federal Ministry of the Interior"
    assert record.label_in("de") == "Bundesministerium für Inneres"
    assert record.label_in("xx") == record.label  # a language it lacks: as in lists


def test_an_organization_renamed_is_found_by_its_new_name_and_audited(desk: Desk) -> None:
    notices: list[Changes] = []
    desk.subscribe(notices.append)
    record = desk.editing.record(ORG)
    assert record.kind is RecordKind.ORGANIZATION and record.version == 1
    assert {kind for kind, _id, _label in record.children} == set(RecordKind) - {
        RecordKind.ORGANIZATION
    }
    names = {**record.fields["name"], "en": "Zebrafinch Federal Office", "de": "Zebrafinkenamt"}
    saved = desk.editing.save(ORG, 1, {"name": names}, "renamed by law")
    assert saved.version == 2
    assert notices == [Changes(directory=True)]
    assert first_hit(desk, "zebrafinch federal") == ORG
    assert first_hit(desk, "Zebrafinkenamt") == ORG
    detail = desk.directory.show(ORG)
    assert detail is not None and detail.name.get("de") == "Zebrafinkenamt"
    (entry,) = desk.editing.history(ORG)
    assert (entry.action, entry.reason, entry.version, entry.country) == (
        "edit",
        "renamed by law",
        2,
        "AT",
    )
    (change,) = entry.changes
    assert change.field == "name"
    assert change.old["en"] == "Federal Ministry of the Interior"
    assert change.new["en"] == "Zebrafinch Federal Office"
    assert entry.editor  # the OS user on SQLite
    assert desk.editing.record(ORG).version == 2
    org = next(o for o in source(desk)["organizations"] if o["id"] == ORG)
    assert org["name"]["de"] == "Zebrafinkenamt"  # publish and updates start from this file


def test_a_service_gets_phones_hours_languages_populations_ages_and_areas(desk: Desk) -> None:
    record = desk.editing.record(SERVICE)
    values = {
        "phones": [{"number": PLACEHOLDER_AT, "type": "voice", "placeholder": True}],
        "schedules": [
            {"freq": "WEEKLY", "byday": "MO,TU", "opens_at": "08:00", "closes_at": "12:00"}
        ],
        "languages": ["de", "en", "ro"],
        "populations": ["children"],
        "minimum_age": 12,
        "maximum_age": 17,
        "genders": ["female"],
        "service_areas": [{"country": "AT", "region": "AT-9"}],
        "referral_methods": ["phone"],
        "description": {"en": "Walk-in help for quokka keepers.", "de": "Hilfe für Quokkas."},
    }
    saved = desk.editing.save(SERVICE, record.version, values, "new hours")
    changed = {c.field for c in saved.changes}
    assert changed == set(values)
    assert first_hit(desk, "quokka") == SERVICE
    assert first_hit(desk, "4310000099") == SERVICE
    detail = desk.directory.show(SERVICE)
    assert detail is not None
    assert "ro" in detail.languages
    stored = desk.editing.record(SERVICE).fields
    assert stored["minimum_age"] == 12 and stored["service_areas"][0]["region"] == "AT-9"


def test_a_location_and_a_contact_are_edited(desk: Desk) -> None:
    location = desk.editing.record(LOCATION)
    address = {**location.fields["address"], "city": "Zebrafinchdorf"}
    desk.editing.save(LOCATION, location.version, {"address": address, "confidential": False}, "")
    assert desk.editing.record(LOCATION).fields["address"]["city"] == "Zebrafinchdorf"
    assert first_hit(desk, "zebrafinchdorf") is not None
    contact = desk.editing.record(CONTACT)
    saved = desk.editing.save(
        CONTACT,
        contact.version,
        {"title": {"en": "Night desk of the quokka unit"}, "languages": ["de", "en"]},
        "new desk",
    )
    assert saved.kind is RecordKind.CONTACT and saved.version == 2
    assert first_hit(desk, "quokka unit") == CONTACT


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"phones": [{"number": "12", "type": "voice"}]}, "phones[0].number", "phone"),
        ({"email": "not an address"}, "email", "e-mail"),
        ({"name": {"de": "Nur Deutsch"}}, "name", "en"),
        ({"website": 12}, "website", "text"),
    ],
)
def test_a_bad_value_is_refused_naming_its_field_and_nothing_changes(
    desk: Desk, values: dict[str, Any], field: str, words: str
) -> None:
    before = desk.editing.record(ORG)
    with pytest.raises(EditRejected) as refused:
        desk.editing.save(ORG, before.version, values, "")
    problems = refused.value.problems
    assert any(p.field == field and p.record_id == ORG for p in problems), problems
    assert any(words in p.message for p in problems if p.field == field)
    assert desk.editing.record(ORG) == before
    assert desk.editing.history() == []


def test_a_bad_time_zone_and_ages_are_refused_on_their_records(desk: Desk) -> None:
    location = desk.editing.record(LOCATION)
    with pytest.raises(EditRejected) as refused:
        desk.editing.save(LOCATION, location.version, {"timezone": "Europe/Atlantis"}, "")
    assert [(p.record_id, p.field) for p in refused.value.problems] == [(LOCATION, "timezone")]
    service = desk.editing.record(SERVICE)
    with pytest.raises(EditRejected) as refused:
        desk.editing.save(SERVICE, service.version, {"minimum_age": 18, "maximum_age": 10}, "")
    assert [(p.record_id, p.field) for p in refused.value.problems] == [(SERVICE, "minimum_age")]


def test_a_real_number_is_refused_in_sample_data(desk: Desk) -> None:
    record = desk.editing.record(ORG)
    phones = [{"number": "+43 1 531 26 0", "type": "voice"}]
    with pytest.raises(EditRejected) as refused:
        desk.editing.save(ORG, record.version, {"phones": phones}, "")
    assert [p.field for p in refused.value.problems] == ["phones[0]"]


def test_new_records_are_created_searchable_and_audited(desk: Desk) -> None:
    created = desk.editing.create(
        RecordKind.ORGANIZATION,
        {
            "name": {"en": "Quokka Aid Austria", "de": "Quokkahilfe Österreich"},
            "own_name": {"lang": "de", "text": "Quokkahilfe Österreich"},
            "description": {"en": "Helps quokkas."},
            "email": "quokka@example.org",
        },
        "new body",
        country="AT",
    )
    assert first_hit(desk, "quokkahilfe") == created.record_id
    service = desk.editing.create(
        RecordKind.SERVICE,
        {
            "name": {"en": "Quokka night line"},
            "description": {"en": "Answers at night."},
            "categories": ["helpline"],
        },
        "new line",
        organization_id=created.record_id,
    )
    assert first_hit(desk, "quokka night line") == service.record_id
    actions = [(e.action, e.record_kind) for e in desk.editing.history()]
    assert actions == [("create", "service"), ("create", "organization")]
    with pytest.raises(EditRejected):
        desk.editing.create(RecordKind.SERVICE, {"name": {"de": "ohne Englisch"}}, "",
                            organization_id=created.record_id)  # fmt: skip
    with pytest.raises(EditingError):
        desk.editing.create(RecordKind.CONTACT, {}, "", organization_id="no-such-id")


def test_a_retired_service_leaves_search_and_pathways_but_stays_in_history(desk: Desk) -> None:
    assert first_hit(desk, "Citizens' service of the Ministry") == SERVICE
    with pytest.raises(EditRejected):
        desk.editing.retire(SERVICE, "  ")
    desk.editing.retire(SERVICE, "closed in 2027")
    assert desk.directory.show(SERVICE) is None
    assert SERVICE not in [h.id for h in desk.directory.search("Citizens service", limit=200)]
    # the contact that belonged to it stays, its link cleared
    assert desk.editing.record(CONTACT).fields["service_id"] is None
    org = next(o for o in source(desk)["organizations"] if o["id"] == ORG)
    assert SERVICE not in [s["id"] for s in org["services"]]
    entries = desk.editing.history(SERVICE)
    assert [(e.action, e.reason) for e in entries] == [("retire", "closed in 2027")]
    assert (
        entries[0].changes[0].old["name"]["en"]
        == "Citizens' service of the Ministry of the Interior"
    )
    # the contact's cleared link is a change of its own, with the same reason
    assert [e.action for e in desk.editing.history(CONTACT)] == ["edit"]
    with pytest.raises(EditingError):
        desk.editing.record(SERVICE)


def test_a_retired_service_leaves_the_pathway(desk: Desk) -> None:
    from datetime import UTC, datetime

    from referral_desk.exchange.case_file import read_case_file

    case = read_case_file(data_dir() / "cases" / "bg-child-begging-vienna.json")
    now = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)

    def bodies() -> list[str]:
        pathway = desk.pathways.make(case, now)
        return [body.ref.id for step in pathway.steps for body in step.bodies]

    before = bodies()
    assert before
    retired = before[0]
    desk.editing.retire(retired, "closed")
    after = bodies()
    assert retired not in after and after


def test_a_retired_organization_takes_its_records_with_it(desk: Desk) -> None:
    desk.editing.retire(ORG, "merged")
    for record_id in (ORG, SERVICE, CONTACT):
        assert desk.directory.show(record_id) is None
    retired = {e.record_id for e in desk.editing.history() if e.action == "retire"}
    assert {ORG, LOCATION, SERVICE, CONTACT} <= retired


def test_a_retired_organization_is_restored_with_its_records(desk: Desk) -> None:
    with pytest.raises(EditingError):
        desk.editing.restore(ORG, "never retired")
    desk.editing.retire(ORG, "merged")
    restored = desk.editing.restore(ORG, "merger called off")
    assert restored.saved.record_id == ORG
    assert {record_id for _kind, record_id in restored.records} == {
        ORG, LOCATION, SERVICE, CONTACT,
    }  # fmt: skip
    assert first_hit(desk, "Federal Ministry of the Interior") == ORG
    assert desk.editing.record(CONTACT).fields["service_id"] == SERVICE
    with pytest.raises(EditingError):
        desk.editing.restore(ORG, "twice")
    assert desk.directory.check() == []


def test_a_save_on_an_old_version_is_refused_with_both_versions(desk: Desk) -> None:
    other = Desk.open(database_url(desk))  # a second editor on the same database
    try:
        mine = desk.editing.record(ORG)
        theirs = other.editing.record(ORG)
        other.editing.save(ORG, theirs.version, {"email": "theirs@example.org"}, "theirs")
        with pytest.raises(EditConflict) as conflict:
            desk.editing.save(ORG, mine.version, {"email": "mine@example.org"}, "mine")
        refused = conflict.value
        assert (refused.base_version, refused.current_version) == (1, 2)
        assert [(d.field, d.old, d.new) for d in refused.differences] == [
            ("email", "theirs@example.org", "mine@example.org")
        ]
        assert desk.editing.record(ORG).fields["email"] == "theirs@example.org"  # nothing lost
        # keeping mine: saved on the version now in force
        desk.editing.save(ORG, refused.current_version, refused.mine, "mine after all")
        assert other.editing.record(ORG).fields["email"] == "mine@example.org"
        assert [e.reason for e in desk.editing.history(ORG)] == ["mine after all", "theirs"]
    finally:
        other.close()


def test_the_audit_trail_cannot_be_changed_or_deleted(desk: Desk) -> None:
    desk.editing.save(ORG, 1, {"website": "https://example.org/quokka"}, "new site")
    for statement in (
        "UPDATE audit_change SET reason = 'forged'",
        "DELETE FROM audit_change",
        "UPDATE audit_field SET new_json = 'null'",
        "DELETE FROM audit_field",
    ):
        with pytest.raises(DBAPIError, match="append-only"), connected(desk) as connection:
            connection.execute(text(statement))
    assert [e.reason for e in desk.editing.history(ORG)] == ["new site"]


def test_history_filters_by_editor_country_and_period(desk: Desk) -> None:
    desk.editing.save(ORG, 1, {"website": "https://example.org/a"}, "a")
    entry = desk.editing.history()[0]
    assert desk.editing.history(editor=entry.editor) == [entry]
    assert desk.editing.history(editor="nobody") == []
    assert desk.editing.history(country="at") == [entry]
    assert desk.editing.history(country="BG") == []
    day = entry.at.date()
    assert desk.editing.history(since=day, until=day) == [entry]
    assert desk.editing.history(until=day.replace(year=day.year - 1)) == []
    assert desk.editing.editors() == [entry.editor]


def test_history_periods_are_days_on_the_posts_clock(desk: Desk) -> None:
    from zoneinfo import ZoneInfo

    desk.editing.save(ORG, 1, {"website": "https://example.org/a"}, "a")
    entry = desk.editing.history()[0]
    at = entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=ZoneInfo("UTC"))
    for zone in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):  # UTC+14 and UTC-11
        local_day = at.astimezone(ZoneInfo(zone)).date()
        assert desk.editing.history(since=local_day, until=local_day, zone=zone) == [entry]
        day_before = local_day.fromordinal(local_day.toordinal() - 1)
        assert desk.editing.history(until=day_before, zone=zone) == []


# Edits patch SQLite's search index and ``settle`` rebuilds it; PostgreSQL's index is
# rebuilt whole by each edit, so there is nothing to settle there.
@pytest.mark.parametrize("database_backend", ["sqlite"], indirect=True)
def test_db_check_passes_after_edits_patched_the_index(desk: Desk) -> None:
    desk.editing.save(ORG, 1, {"website": "https://example.org/b"}, "")
    desk.editing.retire(CONTACT, "left")
    assert desk.directory.check() == []  # the patched index is rebuilt first
    assert desk.editing.settle() is False  # nothing left to settle
    desk.editing.save(ORG, 2, {"website": "https://example.org/c"}, "")
    assert desk.editing.settle() is True
    assert first_hit(desk, "Federal Ministry of the Interior") == ORG


def test_an_unchanged_save_writes_no_audit_row(desk: Desk) -> None:
    record = desk.editing.record(ORG)
    saved = desk.editing.save(ORG, record.version, dict(record.fields), "nothing")
    assert saved.changes == () and saved.version == record.version
    assert desk.editing.history() == []
