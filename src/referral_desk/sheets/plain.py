"""A record as plain text: for the clipboard, the command line and e-mails."""

from __future__ import annotations

from datetime import datetime

from referral_desk.domain.entities import Detail
from referral_desk.domain.hours import Reach, Reachability
from referral_desk.domain.hours_text import hours_text, weekday_name
from referral_desk.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

CONTEXT = "PlainText"
LABELS = {
    "phone": QT_TRANSLATE_NOOP("PlainText", "Phone"),
    "cell": QT_TRANSLATE_NOOP("PlainText", "Mobile"),
    "text": QT_TRANSLATE_NOOP("PlainText", "Text messages"),
    "fax": QT_TRANSLATE_NOOP("PlainText", "Fax"),
    "email": QT_TRANSLATE_NOOP("PlainText", "E-mail"),
    "web": QT_TRANSLATE_NOOP("PlainText", "Web"),
    "address": QT_TRANSLATE_NOOP("PlainText", "Address"),
    "confidential": QT_TRANSLATE_NOOP("PlainText", "Address confidential (not shown)"),
    "hours": QT_TRANSLATE_NOOP("PlainText", "Hours"),
    "always": QT_TRANSLATE_NOOP("PlainText", "Reachable around the clock"),
    "open": QT_TRANSLATE_NOOP("PlainText", "Reachable now"),
    "closed": QT_TRANSLATE_NOOP("PlainText", "Closed now"),
    "unknown": QT_TRANSLATE_NOOP("PlainText", "Hours not known"),
    "languages": QT_TRANSLATE_NOOP("PlainText", "Languages"),
    "organization": QT_TRANSLATE_NOOP("PlainText", "Organization"),
    "verified": QT_TRANSLATE_NOOP("PlainText", "Last verified"),
    "liaison": QT_TRANSLATE_NOOP("PlainText", "Liaison contact for"),
    "counterpart": QT_TRANSLATE_NOOP("PlainText", "Counterpart"),
    "time_zone": QT_TRANSLATE_NOOP("PlainText", "local time"),
}
PHONE_LABELS = {"voice": "phone", "cell": "cell", "text": "text", "fax": "fax"}


def reach_text(reach: Reachability, tr: Translate = untranslated) -> str:
    label = tr(CONTEXT, LABELS[reach.reach.value])
    if reach.reach is Reach.OPEN and reach.until:
        return f"{label} ({reach.until:%H:%M} {tr(CONTEXT, LABELS['time_zone'])})"
    if reach.reach is Reach.CLOSED and reach.next_open:
        day = weekday_name(reach.next_open.weekday(), tr)
        return f"{label} ({day} {reach.next_open:%H:%M} {tr(CONTEXT, LABELS['time_zone'])})"
    return label


def detail_as_text(
    detail: Detail,
    lang: str,
    now: datetime,
    tr: Translate = untranslated,
    show_confidential: bool = False,
) -> str:
    """The record's name and every way to reach it, one per line; no confidential address."""
    del now  # the reach in the detail was computed for the moment it was loaded

    def label(key: str) -> str:
        return tr(CONTEXT, LABELS[key])

    lines = [detail.name.get(lang)]
    own = detail.name.own
    if own and own != lines[0]:
        lines.append(own)
    if detail.person:
        lines.append(detail.person)
    if detail.organization and detail.kind.value != "organization":
        lines.append(f"{label('organization')}: {detail.organization.name.get(lang)}")
    for phone in detail.phones:
        extension = f" ext. {phone.extension}" if phone.extension else ""
        lines.append(f"{label(PHONE_LABELS.get(phone.type, 'phone'))}: {phone.display}{extension}")
    if detail.email:
        lines.append(f"{label('email')}: {detail.email}")
    if detail.website:
        lines.append(f"{label('web')}: {detail.website}")
    for location in detail.locations:
        if location.address is None:
            continue
        if location.confidential and not show_confidential:
            lines.append(label("confidential"))
        else:
            lines.append(f"{label('address')}: {', '.join(location.address.lines())}")
    hours = hours_text(detail.hours, tr)
    if hours and not detail.around_the_clock:
        zone = f" ({detail.timezone})" if detail.timezone else ""
        lines.append(f"{label('hours')}{zone}: {hours}")
    lines.append(reach_text(detail.reach, tr))
    if detail.languages:
        lines.append(f"{label('languages')}: {', '.join(detail.languages)}")
    if detail.liaison and detail.counterpart_country:
        lines.append(f"{label('liaison')}: {detail.counterpart_country}")
    if detail.counterpart:
        lines.append(f"{label('counterpart')}: {detail.counterpart.name.get(lang)}")
    if detail.verification.at:
        lines.append(f"{label('verified')}: {detail.verification.at.isoformat()}")
    return "\n".join(lines)
