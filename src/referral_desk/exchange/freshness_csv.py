"""The freshness figures as CSV: per country, category and region, the share verified lately."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from referral_desk.domain.freshness import WINDOWS, FreshnessRow
from referral_desk.exchange.statistics_csv import cell


def freshness_csv(rows: Iterable[FreshnessRow]) -> str:
    """One line per group: dimension, group, records, then count and percent per window."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    header = ["dimension", "group", "records"]
    for months in WINDOWS:
        header += [f"verified_within_{months}_months", f"percent_within_{months}_months"]
    writer.writerow(header)
    for row in rows:
        line: list[str | int] = [row.dimension.value, cell(row.group), row.records]
        for index in range(len(WINDOWS)):
            line += [row.within[index], f"{100 * row.share(index):.1f}"]
        writer.writerow(line)
    return out.getvalue()
