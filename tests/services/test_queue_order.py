"""The verification queue ranked from a light read of every record, its rows read a page at
a time: the same records, in the same order, with the same facts as read in full."""

from __future__ import annotations

from datetime import date

import pytest

from referral_desk.domain.verification import QueueItem, is_due, queue_key, role_uses, uses_of
from referral_desk.domain.vocab import Outcome, VerifyHow
from referral_desk.services.desk import Desk
from referral_desk.services.pathway.rules_files import load_rules

TODAY = date(2026, 11, 30)


def reference_queue(desk: Desk, months: int, today: date) -> list[QueueItem]:
    """The queue worked out the plain way: every record's facts read in full, those due
    or reported kept, sorted by ``queue_key``."""
    rules = load_rules().rules
    assert rules is not None
    uses = role_uses([step.role for step in rules.steps])
    facts = desk.verification.facts()
    corrections: dict[str, list[str]] = {}
    for correction in desk.corrections.listed():  # the open ones, oldest first
        corrections.setdefault(correction.record_id, []).append(correction.id)
    items = [
        QueueItem(
            f,
            uses_of(f, uses),
            (desk.verification.history(f.id) or [None])[0],
            tuple(corrections.get(f.id, ())),
        )
        for f in facts
        if is_due(f.verified_at, today, months) or f.id in corrections
    ]
    return sorted(items, key=queue_key)


@pytest.fixture
def checked_desk(synthetic_desk: Desk) -> Desk:
    """The synthetic directory with checks of each outcome and a correction reported."""
    verification = synthetic_desk.verification
    facts = verification.facts()
    fresh = [f for f in facts if f.verified_at and f.verified_at > date(2026, 6, 1)]
    stale = [f for f in facts if f.verified_at is None or f.verified_at < date(2026, 1, 1)]
    synthetic_desk.corrections.report(fresh[0].id, "wrong number", "", "Post")
    verification.record(stale[0].id, "M.", VerifyHow.PHONE, Outcome.UNREACHABLE, "no answer")
    verification.record(stale[1].id, "M.", VerifyHow.EMAIL, Outcome.CHANGED, "new address")
    verification.confirm(stale[2].id, "M.")
    return synthetic_desk


@pytest.mark.parametrize(
    ("months", "today"), [(6, TODAY), (12, TODAY), (1, date(2040, 1, 1)), (24, date(2024, 1, 1))]
)
def test_the_queue_is_the_plainly_worked_out_one(
    checked_desk: Desk, months: int, today: date
) -> None:
    expected = reference_queue(checked_desk, months, today)
    assert checked_desk.verification.queue_order(months, today) == [i.facts.id for i in expected]
    assert checked_desk.verification.queue(months, today) == expected


def test_any_page_of_the_queue_reads_as_the_whole(checked_desk: Desk) -> None:
    verification = checked_desk.verification
    order = verification.queue_order(1, date(2040, 1, 1))
    whole = verification.queue_items(order)
    assert [i.facts.id for i in whole] == order and len(order) > 50
    for start in (0, 20, len(order) - 7):
        assert verification.queue_items(order[start : start + 20]) == whole[start : start + 20]


def test_a_record_retired_since_the_order_was_read_is_left_out(sample_desk: Desk) -> None:
    verification = sample_desk.verification
    order = verification.queue_order(1, date(2040, 1, 1))
    sample_desk.editing.retire(order[1], "closed")
    items = verification.queue_items(order[:3])
    assert [i.facts.id for i in items] == [order[0], order[2]]
