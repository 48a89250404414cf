"""Verification: confirm in one step, keep every check, the queue and freshness of the sample,
and checks that outlive a directory reload and reach the posts with the next update."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from referral_desk.domain.entities import Verification
from referral_desk.domain.freshness import freshness
from referral_desk.domain.vocab import Freshness, Kind, Outcome, VerifyHow
from referral_desk.exchange.directory_json import check_directory
from referral_desk.services.changes import Changes
from referral_desk.services.desk import Desk
from referral_desk.services.directory import SearchFilters, sample_directory_file
from referral_desk.services.errors import InputRefused, RecordNotFound
from update_helpers import CHANGED_AT, organization, sample, secret_key

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
TODAY = NOW.date()


def test_confirm_changes_only_the_last_verification(sample_desk: Desk) -> None:
    notices: list[Changes] = []
    sample_desk.subscribe(notices.append)
    before = sample_desk.directory.show(CHANGED_AT, NOW)
    assert before is not None and before.verification.at != TODAY

    check = sample_desk.verification.confirm(CHANGED_AT, "M. Huber", VerifyHow.PHONE, "duty desk")

    after = sample_desk.directory.show(CHANGED_AT, NOW)
    assert after is not None
    assert check.outcome is Outcome.CONFIRMED and check.on == datetime.now().astimezone().date()
    assert (after.verification.at, after.verification.by) == (check.on, "M. Huber")
    assert (after.verification.how, after.verification.note) == ("phone", "duty desk")
    assert after.verification.source == "phone call"
    same = ("name", "phones", "email", "website", "locations", "hours", "services", "contacts")
    assert all(getattr(after, name) == getattr(before, name) for name in same)
    assert notices == [Changes(verification=True)]


def test_a_confirmed_record_is_found_by_the_verified_within_filter(sample_desk: Desk) -> None:
    recent = SearchFilters(kind=Kind.ORGANIZATION, verified_within_months=1)
    stale_ids = {hit.id for hit in sample_desk.directory.search("", recent)}
    assert CHANGED_AT not in stale_ids
    sample_desk.verification.confirm(CHANGED_AT, "M. Huber")
    assert CHANGED_AT in {hit.id for hit in sample_desk.directory.search("", recent)}


def test_every_check_is_kept_newest_first_and_only_confirmed_counts(sample_desk: Desk) -> None:
    verification = sample_desk.verification
    first = verification.record(
        CHANGED_AT, "A", VerifyHow.EMAIL, Outcome.CONFIRMED, on=date(2026, 9, 1), now=NOW
    )
    verification.record(CHANGED_AT, "B", VerifyHow.PHONE, Outcome.UNREACHABLE, now=NOW)
    verification.record(
        CHANGED_AT, "C", VerifyHow.LETTER, Outcome.CHANGED, "new fax number", now=NOW
    )
    history = verification.history(CHANGED_AT)
    assert [(c.by, c.outcome, c.note) for c in history] == [
        ("C", Outcome.CHANGED, "new fax number"),
        ("B", Outcome.UNREACHABLE, ""),
        ("A", Outcome.CONFIRMED, ""),
    ]
    detail = sample_desk.directory.show(CHANGED_AT, NOW)
    assert detail is not None and detail.verification.at == first.on == date(2026, 9, 1)
    assert detail.verification.by == "A"


def test_a_change_already_saved_in_the_record_counts_as_its_verification(
    sample_desk: Desk,
) -> None:
    verification = sample_desk.verification
    verification.record(
        CHANGED_AT, "C", VerifyHow.LETTER, Outcome.CHANGED, "new fax", on=date(2026, 9, 1), now=NOW
    )
    detail = sample_desk.directory.show(CHANGED_AT, NOW)
    assert detail is not None and detail.verification.at != date(2026, 9, 1)  # still due
    verification.record(
        CHANGED_AT, "D", VerifyHow.EMAIL, Outcome.CHANGED, "new fax", now=NOW, corrected=True
    )
    detail = sample_desk.directory.show(CHANGED_AT, NOW)
    assert detail is not None and detail.verification.by == "D"
    assert (detail.verification.how, detail.verification.note) == ("email", "new fax")


@pytest.mark.parametrize(
    ("record", "outcome", "note", "on", "error"),
    [
        ("no-such-record", Outcome.CONFIRMED, "", None, RecordNotFound),
        (CHANGED_AT, Outcome.CHANGED, "  ", None, InputRefused),  # say what changed
        (CHANGED_AT, Outcome.CONFIRMED, "x" * 2001, None, InputRefused),
        (CHANGED_AT, Outcome.CONFIRMED, "", date(2026, 12, 1), InputRefused),  # the future
    ],
)
def test_a_check_that_cannot_be_kept_changes_nothing(
    sample_desk: Desk,
    record: str,
    outcome: Outcome,
    note: str,
    on: date | None,
    error: type[Exception],
) -> None:
    before = sample_desk.directory.show(CHANGED_AT, NOW)
    with pytest.raises(error):
        sample_desk.verification.record(record, "M.", VerifyHow.PHONE, outcome, note, on, NOW)
    assert sample_desk.verification.history(CHANGED_AT) == []
    assert sample_desk.directory.show(CHANGED_AT, NOW) == before


def test_a_check_needs_someone_who_made_it(sample_desk: Desk) -> None:
    with pytest.raises(InputRefused, match="who checked"):
        sample_desk.verification.confirm(CHANGED_AT, " \n ")


def test_the_sample_queue_is_due_records_urgent_lines_first_then_by_use(sample_desk: Desk) -> None:
    queue = sample_desk.verification.queue(6, TODAY)
    facts = {f.id: f for f in sample_desk.verification.facts()}
    due = {
        i for i, f in facts.items() if f.verified_at is None or f.verified_at < date(2026, 5, 30)
    }
    assert {item.facts.id for item in queue} == due
    urgent = [item.urgent_line for item in queue]
    assert urgent == sorted(urgent, reverse=True) and any(urgent) and not all(urgent)
    for block in (True, False):
        uses = [item.uses for item in queue if item.urgent_line is block]
        assert uses == sorted(uses, reverse=True)
    assert queue[0].uses > 0 and queue[0].facts.phones


def test_a_confirmed_record_leaves_the_queue(sample_desk: Desk) -> None:
    first = sample_desk.verification.queue(6)[0].facts.id
    sample_desk.verification.record(first, "M.", VerifyHow.PHONE, Outcome.UNREACHABLE)
    assert sample_desk.verification.queue(6)[0].facts.id == first  # unreachable: still due
    sample_desk.verification.confirm(first, "M.")
    assert first not in {item.facts.id for item in sample_desk.verification.queue(6)}


def test_pathway_use_comes_from_the_rule_files(sample_desk: Desk) -> None:
    from referral_desk.services.pathway.rules_files import load_rules

    rules = load_rules().rules
    assert rules is not None
    steps = [step.role for step in rules.steps]
    queue = sample_desk.verification.queue(1, date(2040, 1, 1))  # every record is due then
    assert len(queue) == len(sample_desk.verification.facts())
    for item in queue:
        assert item.uses == sum(steps.count(role) for role in item.facts.roles)
    police = [i for i in queue if "police" in i.facts.roles and i.facts.kind is Kind.SERVICE]
    assert police and all(item.uses >= steps.count("police") > 0 for item in police)


def test_freshness_of_the_sample_matches_a_count_of_the_directory_file(sample_desk: Desk) -> None:
    dates: dict[str, list[date]] = {}
    for org in sample()["organizations"]:
        for record in (org, *org.get("services", []), *org.get("contacts", [])):
            dates.setdefault(org["country"], []).append(
                date.fromisoformat(record["verified"]["at"])
            )
    rows = {r.group: r for r in sample_desk.verification.freshness(Freshness.COUNTRY, TODAY)}
    assert set(rows) == set(dates)
    for country, days in dates.items():
        assert rows[country].records == len(days)
        assert rows[country].within == tuple(
            sum(day >= since for day in days)
            for since in (date(2026, 8, 30), date(2026, 5, 30), date(2025, 11, 30))
        )
    facts = sample_desk.verification.facts()
    assert sample_desk.verification.all_freshness(TODAY) == [
        row for dimension in Freshness for row in freshness(facts, TODAY, dimension)
    ]


def test_the_databases_freshness_counts_match_the_facts_of_a_larger_directory(
    synthetic_desk: Desk,
) -> None:
    verification = synthetic_desk.verification
    facts = verification.facts(details=False)
    assert any(not f.regions for f in facts) and any(len(f.categories) > 1 for f in facts)
    for today in (TODAY, date(2025, 6, 1)):
        for dimension in Freshness:
            expected = freshness(facts, today, dimension)
            assert verification.freshness(dimension, today) == expected, dimension


def test_the_queue_holds_only_due_or_reported_records_with_their_facts(
    synthetic_desk: Desk,
) -> None:
    verification = synthetic_desk.verification
    facts = {f.id: f for f in verification.facts()}
    reported = next(
        f.id for f in facts.values() if f.verified_at and f.verified_at > date(2026, 6, 1)
    )
    synthetic_desk.corrections.report(reported, "wrong number", "", "Post")
    queue = verification.queue(6, TODAY)
    due = {
        i for i, f in facts.items() if f.verified_at is None or f.verified_at < date(2026, 5, 30)
    }
    assert {item.facts.id for item in queue} == due | {reported}
    assert all(item.facts == facts[item.facts.id] for item in queue)  # the same facts, in full
    assert next(i for i in queue if i.facts.id == reported).corrections


def test_a_check_outlives_a_reload_of_an_older_directory_file(sample_desk: Desk) -> None:
    sample_desk.verification.confirm(CHANGED_AT, "M. Huber", VerifyHow.IN_PERSON, "visited")
    sample_desk.directory.replace_from_file(sample_directory_file())
    detail = sample_desk.directory.show(CHANGED_AT, NOW)
    assert detail is not None and detail.verification.by == "M. Huber"
    assert detail.verification.how == "in_person" and detail.verification.note == "visited"


def test_a_check_outlives_an_edit_of_the_record_and_goes_out_with_the_update(
    sample_desk: Desk,
) -> None:
    check = sample_desk.verification.confirm(CHANGED_AT, "M. Huber", VerifyHow.PHONE, "duty")
    version = sample_desk.editing.record(CHANGED_AT).version
    sample_desk.editing.save(CHANGED_AT, version, {"email": "new@example.org"}, "new address")
    detail = sample_desk.directory.show(CHANGED_AT, NOW)
    assert detail is not None and detail.email == "new@example.org"
    assert (detail.verification.at, detail.verification.by) == (check.on, "M. Huber")
    assert (detail.verification.how, detail.verification.note) == ("phone", "duty")
    assert CHANGED_AT not in [item.facts.id for item in sample_desk.verification.queue(1)]
    bundle = sample_desk.updates.publish(
        secret_key("sample-at"), "sample-at", ("AT",), 1, {"en": "checks"}
    )
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        payload = json.loads(gzip.decompress(archive.read("payload.json.gz")))
    (published,) = [o for o in payload["organizations"] if o["id"] == CHANGED_AT]
    assert published["verified"]["by"] == "M. Huber"


def test_a_newer_date_in_the_file_wins_over_an_older_check(
    sample_desk: Desk, tmp_path: Path
) -> None:
    sample_desk.verification.record(CHANGED_AT, "M.", VerifyHow.PHONE, on=date(2026, 1, 2), now=NOW)
    content = sample()
    organization(content, CHANGED_AT)["verified"] = {
        "at": "2026-11-01",
        "by": "Coordinator",
        "source": "letter",
        "how": "letter",
    }
    path = tmp_path / "directory.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    sample_desk.directory.replace_from_file(path)
    detail = sample_desk.directory.show(CHANGED_AT, NOW)
    assert detail is not None
    assert (detail.verification.at, detail.verification.how) == (date(2026, 11, 1), "letter")


def test_checks_go_out_with_the_next_update_and_arrive_whole_at_a_post(
    sample_desk: Desk, sample_db_template: Path, tmp_path: Path
) -> None:
    sample_desk.verification.confirm(CHANGED_AT, "M. Huber", VerifyHow.WEBSITE, "site updated")
    bundle = sample_desk.updates.publish(
        secret_key("sample-at"), "sample-at", ("AT",), 1, {"en": "checks"}
    )
    post_path = tmp_path / "post" / "post.sqlite3"
    post_path.parent.mkdir()
    post_path.write_bytes(sample_db_template.read_bytes())
    update = tmp_path / "at-1.rdupdate"
    update.write_bytes(bundle)
    with Desk.open(post_path) as post:
        post.updates.apply(post.updates.check(update))
        detail = post.directory.show(CHANGED_AT, NOW)
        assert post.verification.history(CHANGED_AT) == []  # the history stays with the team
    assert detail is not None
    assert detail.verification == Verification(
        datetime.now().astimezone().date(), "M. Huber", "website", "website", "site updated"
    )


def test_the_directory_file_carries_how_and_note_and_the_schema_checks_them() -> None:
    content = sample()
    organization(content, CHANGED_AT)["verified"].update(how="phone", note="spoke to the desk")
    assert check_directory(content) == []
    organization(content, CHANGED_AT)["verified"]["how"] = "pigeon"
    problems = check_directory(content)
    assert len(problems) == 1 and "verified.how" in problems[0]
