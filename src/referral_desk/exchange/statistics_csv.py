"""The coordinator's statistics as CSV: one row per dimension and value, safe in spreadsheets."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from referral_desk.domain.referral import Statistics, StatRow

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: str) -> str:
    """Keep spreadsheet programs from running a body's name as a formula."""
    return f"'{value}" if value[:1] in FORMULA_STARTS else value


def statistics_csv(stats: Statistics | Iterable[StatRow]) -> str:
    """The counts as CSV text, with the total of referrals first when ``stats`` has it."""
    rows = stats.rows if isinstance(stats, Statistics) else tuple(stats)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["dimension", "value", "count"])
    if isinstance(stats, Statistics):
        writer.writerow(["total", "referrals", stats.referrals])
    for row in rows:
        writer.writerow([row.dimension, cell(row.value), row.count])
    return out.getvalue()
