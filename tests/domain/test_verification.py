"""The queue's order and the freshness figures, from plain records."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from referral_desk.domain.entities import Texts
from referral_desk.domain.freshness import NO_REGION, WINDOWS, freshness
from referral_desk.domain.verification import (
    QueueItem,
    QueueRow,
    RecordFacts,
    is_due,
    queue_key,
    queue_order,
    role_uses,
    uses_of,
)
from referral_desk.domain.vocab import Freshness, Kind

TODAY = date(2026, 11, 30)


def facts(record_id: str, verified: date | None, **extra: object) -> RecordFacts:
    values: dict[str, object] = {"country": "AT"} | extra
    return RecordFacts(
        kind=Kind.SERVICE,
        id=record_id,
        name=Texts({"en": record_id}),
        organization=Texts({"en": "org"}),
        verified_at=verified,
        **values,  # type: ignore[arg-type]
    )


def test_due_means_never_or_not_within_the_months() -> None:
    assert is_due(None, TODAY, 6)
    assert is_due(date(2026, 5, 29), TODAY, 6)
    assert not is_due(date(2026, 5, 30), TODAY, 6)  # exactly six months ago still counts
    assert not is_due(TODAY, TODAY, 1)


def test_uses_count_the_pathway_steps_naming_a_role_the_record_plays() -> None:
    uses = role_uses(["police", "police", "shelter_women", "police"])
    assert uses == {"police": 3, "shelter_women": 1}
    assert uses_of(facts("a", None, roles=("police", "shelter_women")), uses) == 4
    assert uses_of(facts("b", None, roles=("consulate",)), uses) == 0


def row(record_id: str, verified: date | None, around: bool = False, *codes: str) -> QueueRow:
    """A queue row; ``codes`` as "taxonomy:code"."""
    terms = frozenset(tuple(code.split(":")) for code in codes)
    return (record_id, verified.isoformat() if verified else None, around, terms)  # type: ignore[return-value]


def test_queue_puts_24_hour_and_emergency_lines_first_then_most_used_then_oldest() -> None:
    old, older = date(2025, 1, 10), date(2024, 6, 1)
    rows = [
        row("fresh-hotline", TODAY, True, "role:police"),  # not due
        row("used-old", old, False, "role:police", "category:police"),
        row("used-older", older, False, "role:police"),
        row("unused-never", None),
        row("hotline-unused", old, True),
        row("emergency-used", old, False, "role:emergency_number"),
        row("emergency-category", older, False, "category:emergency"),
        row("less-used", older, False, "role:legal_aid"),
    ]
    uses = {"police": 5, "emergency_number": 2, "legal_aid": 1}
    assert queue_order(rows, set(), uses, TODAY, 12) == [
        "emergency-used",  # an urgent line, used in 2 steps
        "emergency-category",  # urgent lines used in none, the older check first
        "hotline-unused",
        "used-older",  # used in 5 steps, the older check first
        "used-old",
        "less-used",
        "unused-never",
    ]


def test_the_order_of_rows_is_queue_keys_order_of_their_items() -> None:
    old = date(2025, 1, 10)
    records = [
        facts("b", None, roles=("police",)),
        facts("a", old, around_the_clock=True),
        facts("c", old, emergency=True, roles=("emergency_number",)),
        facts("d", old, roles=("police", "legal_aid")),
    ]
    codes = {"c": ("role:emergency_number",), "b": ("role:police",), "d": ("role:police",
             "role:legal_aid")}  # fmt: skip
    rows = [row(f.id, f.verified_at, f.around_the_clock, *codes.get(f.id, ())) for f in records]
    uses = {"police": 3, "legal_aid": 1, "emergency_number": 1}
    items = [QueueItem(f, uses_of(f, uses)) for f in records]
    expected = [item.facts.id for item in sorted(items, key=queue_key)]
    assert queue_order(rows, set(), uses, TODAY, 12) == expected == ["c", "a", "d", "b"]


def test_a_reported_correction_brings_a_fresh_record_into_the_queue() -> None:
    rows = [row("fresh", TODAY), row("other", TODAY)]
    assert queue_order(rows, {"fresh"}, {}, TODAY, 12) == ["fresh"]
    assert queue_order(rows, set(), {}, TODAY, 12) == []


def test_freshness_counts_each_group_within_3_6_and_12_months() -> None:
    records = [
        facts("a", date(2026, 10, 1), country="AT", categories=("police",), regions=("Wien",)),
        facts("b", date(2026, 4, 1), country="AT", categories=("police", "shelter")),
        facts("c", date(2025, 12, 30), country="AT", regions=("Wien", "Tirol")),
        facts("d", None, country="BG", categories=("shelter",)),
        facts("e", date(2024, 1, 1), country="BG"),
    ]
    by_country = freshness(records, TODAY, Freshness.COUNTRY)
    assert [(r.group, r.records, r.within) for r in by_country] == [
        ("AT", 3, (1, 1, 3)),
        ("BG", 2, (0, 0, 0)),
    ]
    assert by_country[0].share(2) == 1.0 and by_country[1].share(0) == 0.0
    by_category = freshness(records, TODAY, Freshness.CATEGORY)
    assert [(r.group, r.records, r.within) for r in by_category] == [
        ("police", 2, (1, 1, 2)),
        ("shelter", 2, (0, 0, 1)),
    ]
    by_region = freshness(records, TODAY, Freshness.REGION)
    assert [(r.group, r.records, r.within) for r in by_region] == [
        ("Tirol", 1, (0, 0, 1)),
        ("Wien", 2, (1, 1, 2)),
        (NO_REGION, 3, (0, 0, 1)),  # b, d and e; only b within a year
    ]


@given(
    st.lists(
        st.tuples(st.sampled_from(["AT", "BG", "DE"]), st.none() | st.dates()),
        max_size=30,
    )
)
def test_freshness_figures_never_exceed_the_records_and_grow_with_the_window(
    rows: list[tuple[str, date | None]],
) -> None:
    records = [facts(str(i), day, country=country) for i, (country, day) in enumerate(rows)]
    today = datetime(2026, 11, 30, tzinfo=UTC).date()
    figures = freshness(records, today, Freshness.COUNTRY)
    assert sum(r.records for r in figures) == len(records)
    for row in figures:
        assert list(row.within) == sorted(row.within)
        assert row.within[-1] <= row.records
        assert len(row.within) == len(WINDOWS)
        expected = sum(
            1
            for country, day in rows
            if country == row.group and day is not None and not is_due(day, today, 12)
        )
        assert row.within[-1] == expected
