"""Contact rows as escaped HTML lines, the same on the referral sheet and in the booklet."""

from __future__ import annotations

from collections.abc import Iterable

from referral_desk.domain.contact_rows import ContactRow
from referral_desk.domain.vocab import ContactWay
from referral_desk.sheets.pdf import esc


def row_html(row: ContactRow) -> str:
    """``Mobile: <b>+43 …</b> (night duty)``: numbers bold, labels and notes muted."""
    if row.withheld:
        return f'<span class="muted">{esc(row.label)}: {esc(row.value)}</span>'
    if row.placeholder:  # no number to dial: the words, in italics, not a bold number
        value = f"<i>{esc(row.value)}</i>"
    elif row.way is ContactWay.PHONE:
        value = f"<b>{esc(row.value)}</b>"
    else:
        value = esc(row.value)
    note = f' <span class="muted">({esc(row.note)})</span>' if row.note else ""
    return f'<span class="muted">{esc(row.label)}:</span> {value}{note}'


def rows_html(rows: Iterable[ContactRow]) -> list[str]:
    return [row_html(row) for row in rows]
