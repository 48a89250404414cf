"""The audit trail as CSV: one row per field changed, for a spreadsheet or an auditor."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from referral_desk.domain.editing import shown_value

COLUMNS = (
    "change",
    "when_utc",
    "editor",
    "action",
    "record_id",
    "record_kind",
    "organization_id",
    "country",
    "record",
    "version",
    "reason",
    "field",
    "old_value",
    "new_value",
)


@dataclass(frozen=True)
class HistoryRow:
    """One field of one change, as the CSV holds it."""

    change: int
    at: datetime
    editor: str
    action: str
    record_id: str
    record_kind: str
    organization_id: str
    country: str
    label: str
    version: int
    reason: str
    field: str
    old: Any
    new: Any


def _safe(text: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def history_csv(rows: Iterable[HistoryRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(
            [
                row.change,
                row.at.strftime("%Y-%m-%d %H:%M:%S"),
                _safe(row.editor),
                row.action,
                row.record_id,
                row.record_kind,
                row.organization_id,
                row.country,
                _safe(row.label),
                row.version,
                _safe(row.reason),
                row.field,
                _safe(shown_value(row.old)),
                _safe(shown_value(row.new)),
            ]
        )
    return out.getvalue()
