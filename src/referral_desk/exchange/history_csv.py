"""The audit trail as CSV: one row per field changed, for a spreadsheet or an auditor."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from referral_desk.domain.editing import FieldChange, HistoryEntry, shown_value

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


def _safe(text: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def history_csv(entries: Iterable[HistoryEntry]) -> str:
    """Changes as CSV text, one row per field changed (a change with no field: one row)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for entry in entries:
        for change in entry.changes or (FieldChange("", None, None),):
            writer.writerow(
                [
                    entry.id,
                    entry.at.strftime("%Y-%m-%d %H:%M:%S"),
                    _safe(entry.editor),
                    entry.action,
                    entry.record_id,
                    entry.record_kind,
                    entry.organization_id,
                    entry.country,
                    _safe(entry.label),
                    entry.version,
                    _safe(entry.reason),
                    change.field,
                    _safe(shown_value(change.old)),
                    _safe(shown_value(change.new)),
                ]
            )
    return out.getvalue()
