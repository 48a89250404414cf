"""Reading many records at once gives each record exactly as reading it alone does."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from referral_desk.services.call_now import call_now
from referral_desk.services.desk import Desk

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "directory.json"
MONDAY_MORNING = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)
SUNDAY_NIGHT = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)


def _sample_ids() -> list[str]:
    content = json.loads(SAMPLE.read_text(encoding="utf-8"))
    ids = []
    for org in content["organizations"]:
        ids.append(org["id"])
        ids += [service["id"] for service in org.get("services", [])]
        ids += [contact["id"] for contact in org.get("contacts", [])]
    return ids


def test_every_record_read_in_bulk_equals_it_read_alone(sample_desk: Desk) -> None:
    directory = sample_desk.directory
    ids = _sample_ids()
    assert len(ids) > 300, "organizations, services and contacts of the whole sample"
    bulk = directory.details(ids, SUNDAY_NIGHT)
    assert [detail.id for detail in bulk] == ids
    for detail in bulk:
        assert detail == directory.show(detail.id, SUNDAY_NIGHT), detail.id


def test_bulk_keeps_the_order_asked_drops_unknown_ids_and_repeats(sample_desk: Desk) -> None:
    directory = sample_desk.directory
    ids = _sample_ids()
    asked = [ids[40], "no-such-record", ids[3], ids[40], ids[0]]
    assert [d.id for d in directory.details(asked, MONDAY_MORNING)] == [ids[40], ids[3], ids[0]]
    assert directory.details([], MONDAY_MORNING) == []


def test_call_now_shows_the_same_bodies_as_reading_each_alone(sample_desk: Desk) -> None:
    directory = sample_desk.directory
    shown = call_now(directory, ["AT", "BG"], now=MONDAY_MORNING)
    bodies = [detail for country in shown.countries for detail in country.bodies()]
    assert len(bodies) > 20
    assert bodies == [directory.show(detail.id, MONDAY_MORNING) for detail in bodies]


def test_pathway_bodies_are_reachable_as_each_record_alone_says(sample_desk: Desk) -> None:
    from referral_desk.exchange.case_file import read_case_file

    directory = sample_desk.directory
    cases = sorted((SAMPLE.parent / "cases").glob("*.json"))
    checked = 0
    for path in cases[:3]:
        for now in (MONDAY_MORNING, SUNDAY_NIGHT):
            pathway = sample_desk.pathways.make(read_case_file(path), now)
            for body in (body for step in pathway.steps for body in step.bodies):
                alone = directory.show(body.ref.id, now)
                assert alone is not None
                assert body.reach == alone.reach, (path.name, body.ref.id)
                checked += 1
    assert checked > 20


def test_timings_read_together_equal_each_read_alone(sample_desk: Desk) -> None:
    from referral_desk.store.index_reads import timing_of, timings_of

    ids = _sample_ids()
    with sample_desk._sessions() as session:
        connection = session.connection()
        together = timings_of(connection, [*ids, "no-such-record"])
        assert set(together) == set(ids)
        assert any(timing.hours for timing in together.values())
        for record_id in ids:
            assert together[record_id] == timing_of(connection, record_id), record_id
