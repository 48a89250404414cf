"""The referral log: saving keeps no person data; filters, follow-up, reprint and statistics."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from referral_desk.domain.case import (
    AgeGroup,
    Assessment,
    Case,
    Gender,
    Pathway,
    Phase,
    Purpose,
    Reason,
    Step,
    Text,
    Timing,
    Urgency,
    Warning,
)
from referral_desk.domain.referral import LogFilter, ReferralHeader
from referral_desk.domain.vocab import FollowUp, Kind
from referral_desk.exchange.statistics_csv import statistics_csv
from referral_desk.services.changes import Changes
from referral_desk.services.desk import Desk
from referral_desk.services.directory import Directory, SearchFilters
from referral_desk.services.referral_log import (
    body_from_detail,
)
from referral_desk.store import db

REFERENCE = re.compile(r"^RD-\d{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$")


@pytest.fixture
def desk(synthetic_desk: Desk) -> Desk:
    return synthetic_desk


@pytest.fixture
def directory(desk: Desk) -> Directory:
    return desk.directory


def make_pathway(
    directory: Directory, child: bool = True, urgent: frozenset[Urgency] = frozenset()
) -> Pathway:
    now = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
    bodies = []
    for hit in directory.search("", SearchFilters(kind=Kind.SERVICE), now=now, limit=2):
        detail = directory.show(hit.id, now)
        assert detail is not None
        bodies.append(body_from_detail(detail))
    case = Case(
        country="AT",
        age=13,
        age_group=AgeGroup.CHILD if child else AgeGroup.ADULT,
        gender=Gender.FEMALE,
        nationality="BG",
        post_represents="BG",
        purposes=frozenset({Purpose.FORCED_BEGGING}),
        urgent=urgent,
    )
    steps = tuple(
        Step(
            f"rule-{n}",
            Phase.FIRST_ASSISTANCE,
            "child_protection_authority",
            "AT",
            Text({"en": f"Act {n}"}),
            Text({"en": "Why"}),
            Timing.NOW,
            (b,),
        )
        for n, b in enumerate(bodies)
    )
    return Pathway(
        case,
        Assessment.TRAFFICKING,
        (Reason("r", Text({"en": "Reason"})),),
        steps,
        (Warning("w", Text({"en": "Warning"})),),
        child,
        "rules-1",
    )


def header(day: int = 30, reference: str = "") -> ReferralHeader:
    return ReferralHeader(
        "Consulate Vienna",
        "M. Petrova",
        datetime(2026, 11, day, 10, 0, tzinfo=UTC),
        reference,
        "2026.11-sample",
        date(2026, 11, 1),
        True,
    )


@pytest.mark.parametrize("database_backend", ["sqlite"], indirect=True)  # reads the file
def test_saving_keeps_the_referral_but_nothing_about_the_person(
    desk: Desk, directory: Directory
) -> None:
    pathway = make_pathway(directory)
    reference = desk.log.save(pathway, header())
    assert REFERENCE.match(reference)
    saved = desk.log.get(reference)
    assert saved is not None
    assert (saved.assessment, saved.age_group, saved.case_type) == (
        "trafficking",
        "child",
        "own_national_abroad",
    )
    assert saved.purposes == ("forced_begging",)
    assert [b.status for b in saved.bodies] == [FollowUp.PLANNED, FollowUp.PLANNED]
    first = directory.show(saved.bodies[0].record_id)
    assert first is not None and saved.bodies[0].record_name == first.name.get("en")
    desk.close()
    engine = db.make_engine(desk.path)
    columns = {
        c["name"] for t in ("referral", "referral_body") for c in inspect(engine).get_columns(t)
    }
    engine.dispose()
    assert not columns & {
        "name",
        "birth_date",
        "age",
        "gender",
        "nationality",
        "document",
        "languages",
    }
    with sqlite3.connect(desk.path) as connection:
        row = connection.execute("SELECT * FROM referral").fetchone()
    stored = " ".join(str(v) for v in row)
    assert "female" not in stored and "forced_begging" in stored


def test_filters_follow_up_and_statistics(desk: Desk, directory: Directory) -> None:
    child = desk.log.save(
        make_pathway(directory, True, frozenset({Urgency.SHELTER_TONIGHT})), header(3)
    )
    adult = desk.log.save(make_pathway(directory, False), header(20))
    assert [r.reference for r in desk.log.list()] == [adult, child]  # newest first
    assert [r.reference for r in desk.log.list(LogFilter(age_group="child"))] == [child]
    in_range = LogFilter(date_from=date(2026, 11, 1), date_to=date(2026, 11, 10))
    assert [r.reference for r in desk.log.list(in_range)] == [child]
    assert [r.reference for r in desk.log.list(LogFilter(text=adult[-4:]))] == [adult]
    body_name = desk.log.list()[0].bodies[0].record_name
    assert [r.reference for r in desk.log.list(LogFilter(text=body_name.upper()))] == [
        adult,
        child,
    ]
    assert desk.log.list(LogFilter(status=FollowUp.ACCEPTED)) == []

    body = desk.log.list(LogFilter(age_group="child"))[0].bodies[0]
    desk.log.update_follow_up(body.id, FollowUp.ACCEPTED, "Placed in the crisis centre")
    accepted = desk.log.list(LogFilter(status=FollowUp.ACCEPTED))
    assert [r.reference for r in accepted] == [child]
    assert accepted[0].bodies[0].feedback == "Placed in the crisis centre"
    with pytest.raises(KeyError):
        desk.log.update_follow_up("no-such-body", FollowUp.DECLINED, "")

    stats = desk.log.statistics()
    assert stats.referrals == 2
    assert stats.of("month") == {"2026-11": 2}
    assert stats.of("age_group") == {"adult": 1, "child": 1}
    assert stats.of("status") == {"accepted": 1, "planned": 3}
    assert stats.of("urgent") == {"shelter_tonight": 1}
    assert stats.of("case_type") == {"own_national_abroad": 2}
    pairs = [(r.body, r.status) for r in stats.rows if r.dimension == "body_status"]
    assert (body.record_name, FollowUp.ACCEPTED) in pairs, "typed, never parsed from the text"
    assert all(r.body is None for r in stats.rows if r.dimension != "body_status")
    csv_text = statistics_csv(stats)
    assert csv_text.startswith("dimension,value,count\ntotal,referrals,2\n")
    for private in (child, adult, "Petrova", "Consulate Vienna", "Placed in the crisis centre"):
        assert private not in csv_text


def test_reprint_rebuilds_the_pathway_from_the_log(desk: Desk, directory: Directory) -> None:
    original = make_pathway(directory)
    reference = desk.log.save(original, header())
    rebuilt = desk.log.for_reprint(reference)
    assert rebuilt is not None
    pathway, again, gone = rebuilt
    assert gone == ()
    assert again.reference == reference and again.post == "Consulate Vienna"
    assert [s.rule_id for s in pathway.steps] == [s.rule_id for s in original.steps]
    assert [b.ref.id for s in pathway.steps for b in s.bodies] == [
        b.ref.id for s in original.steps for b in s.bodies
    ]
    assert pathway.is_child and pathway.assessment is Assessment.TRAFFICKING
    assert pathway.case.nationality is None  # never stored, so never back
    assert desk.log.for_reprint("RD-0000-XXXX-XXXX") is None


def test_an_older_database_gets_the_log_tables(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = db.make_engine(path)
    with engine.begin() as connection:
        command.upgrade(db._alembic_config(connection), "0001")
    assert not inspect(engine).has_table("referral")
    engine.dispose()
    migrated = db.open_existing(path).engine
    assert inspect(migrated).has_table("referral") and inspect(migrated).has_table("referral_body")
    assert db.current_revision(migrated) == db.HEAD_REVISION
    migrated.dispose()


def test_each_change_to_the_log_sends_one_notice(desk: Desk, directory: Directory) -> None:
    notices: list[Changes] = []
    stop = desk.subscribe(notices.append)
    reference = desk.log.save(make_pathway(directory), header())
    assert notices == [Changes(referral_log=True)]
    saved = desk.log.get(reference)
    assert saved is not None
    desk.log.update_follow_up(saved.bodies[0].id, FollowUp.DECLINED, "")
    assert notices == [Changes(referral_log=True)] * 2
    desk.log.list()
    desk.log.statistics()
    assert len(notices) == 2, "reading sends no notice"
    stop()
    desk.log.save(make_pathway(directory), header())
    assert len(notices) == 2, "no notice after unsubscribing"
