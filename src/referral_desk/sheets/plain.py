"""A record as plain text: for the clipboard, the command line and e-mails."""

from __future__ import annotations

from datetime import datetime

from referral_desk.domain import labels
from referral_desk.domain.contact_rows import ContactRow, contact_rows
from referral_desk.domain.entities import Detail
from referral_desk.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from referral_desk.domain.labels import CONFIDENTIAL
from referral_desk.domain.vocab import Kind

CONTEXT = "PlainText"
LABELS = {
    "organization": QT_TRANSLATE_NOOP("PlainText", "Organization"),
    "languages": QT_TRANSLATE_NOOP("PlainText", "Languages"),
    "verified": QT_TRANSLATE_NOOP("PlainText", "Last verified"),
    "liaison": QT_TRANSLATE_NOOP("PlainText", "Liaison contact for"),
    "counterpart": QT_TRANSLATE_NOOP("PlainText", "Counterpart"),
    "keep_secret": QT_TRANSLATE_NOOP(
        "PlainText", "CONFIDENTIAL – do not pass this address on or store it with the case"
    ),
}


def row_text(row: ContactRow, tr: Translate = untranslated) -> str:
    """``Mobile: +43 660 000 00 01 (night duty)``; a confidential address says so at its label."""
    name = row.label
    if row.confidential:
        name += f" ({tr(labels.CONTEXT, CONFIDENTIAL)})"
    note = f" ({row.note})" if row.note else ""
    return f"{name}: {row.value}{note}"


def detail_as_text(
    detail: Detail,
    lang: str,
    now: datetime,
    tr: Translate = untranslated,
    *,
    sample: bool = False,
) -> str:
    """The record's name and every way to reach it, one per line; never a confidential address.

    From a sample directory (``sample``) the first line says SAMPLE DATA.
    """
    del now  # the reach in the detail was computed for the moment it was loaded

    def label(key: str) -> str:
        return tr(CONTEXT, LABELS[key])

    lines = [sample_line(tr)] if sample else []
    lines.append(detail.name.get(lang))
    own = detail.name.own
    if own and own != detail.name.get(lang):
        lines.append(own)
    if detail.person:
        lines.append(detail.person)
    if detail.organization and detail.kind is not Kind.ORGANIZATION:
        lines.append(f"{label('organization')}: {detail.organization.name.get(lang)}")
    lines += [row_text(row, tr) for row in contact_rows(detail, lang, tr)]
    lines.append(labels.reach_text(detail.reach, tr))
    if detail.languages:
        lines.append(f"{label('languages')}: {', '.join(detail.languages)}")
    if detail.liaison and detail.counterpart_country:
        lines.append(f"{label('liaison')}: {detail.counterpart_country}")
    if detail.counterpart:
        lines.append(f"{label('counterpart')}: {detail.counterpart.name.get(lang)}")
    if detail.verification.at:
        lines.append(f"{label('verified')}: {detail.verification.at.isoformat()}")
    return "\n".join(lines)


def sample_line(tr: Translate = untranslated) -> str:
    """``SAMPLE DATA – not for operational use``, in the reader's language."""
    return tr(labels.CONTEXT, labels.SAMPLE_DATA)


def confidential_address_text(detail: Detail, lang: str, tr: Translate = untranslated) -> str:
    """Only the record's confidential addresses, under a line marking them CONFIDENTIAL.

    For the caseworker's deliberate "copy confidential address"; empty when there is none.
    """
    rows = [
        row for row in contact_rows(detail, lang, tr, include_confidential=True) if row.confidential
    ]
    if not rows:
        return ""
    lines = [tr(CONTEXT, LABELS["keep_secret"]), detail.name.get(lang)]
    return "\n".join(lines + [row_text(row, tr) for row in rows])
