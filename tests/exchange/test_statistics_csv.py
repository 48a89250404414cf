"""The statistics CSV: a header, the total, one row per count; names never run as formulas."""

from __future__ import annotations

import csv
import io

from referral_desk.domain.referral import Statistics, StatRow
from referral_desk.exchange.statistics_csv import statistics_csv


def test_rows_follow_the_total() -> None:
    stats = Statistics(2, (StatRow("month", "2026-11", 2), StatRow("status", "referred", 3)))
    assert statistics_csv(stats) == (
        "dimension,value,count\ntotal,referrals,2\nmonth,2026-11,2\nstatus,referred,3\n"
    )


def test_rows_alone_have_no_total() -> None:
    assert statistics_csv([StatRow("age_group", "child", 1)]) == (
        "dimension,value,count\nage_group,child,1\n"
    )


def test_a_name_that_looks_like_a_formula_is_written_as_text() -> None:
    names = ["=HYPERLINK(1)", "+43 1", "-x", "@SUM", "Plain, with comma"]
    text = statistics_csv([StatRow("body", name, 1) for name in names])
    values = [row[1] for row in csv.reader(io.StringIO(text))][1:]
    assert values == ["'=HYPERLINK(1)", "'+43 1", "'-x", "'@SUM", "Plain, with comma"]
