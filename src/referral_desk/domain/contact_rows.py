"""A record's ways to reach it as neutral rows, built once; every output only renders them.

Plain text, the detail pane, the referral sheet, the booklet and vCard take
these rows. A confidential address is never in a row unless the caller asks
for it with ``include_confidential=True``; such a row is marked
``confidential``. Otherwise the address is ``withheld``: the row only says so.
A phone that is a placeholder (sample data) is a row marked ``placeholder`` whose
value says so instead of the number: no output shows digits that look diallable.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from referral_desk.domain.entities import Address, Detail, Phone
from referral_desk.domain.hours_text import hours_text
from referral_desk.domain.i18n import Translate, untranslated
from referral_desk.domain.labels import (
    AROUND_THE_CLOCK,
    CONTEXT,
    EXTENSION,
    PLACEHOLDER,
    WITHHELD,
    code_label,
    label,
)
from referral_desk.domain.vocab import ContactWay, PhoneType

if TYPE_CHECKING:
    from referral_desk.domain.case import Body


@dataclass(frozen=True)
class ContactRow:
    """One way to reach a record, or its hours, worded in the reader's language."""

    way: ContactWay
    label: str  # "Mobile", "E-mail", "Address", "Opening hours"
    value: str  # the number, address, link or hours; for a withheld address the words saying so
    note: str = ""  # a phone's description, a place's name, the hours' time zone
    confidential: bool = False  # the value is a confidential address: only when asked for
    withheld: bool = False  # a confidential address left out; nothing of it is in the row
    placeholder: bool = False  # a phone that stands in for a number: the value says so, no digits
    phone: Phone | None = None  # the number behind a phone row, for formats that need its parts
    address: Address | None = None  # the address behind an address row


def phone_row(phone: Phone, lang: str, tr: Translate = untranslated) -> ContactRow:
    """A phone's row; a placeholder's value is the word saying so, never its digits."""
    note = phone.description.get(lang) if phone.description else ""
    kind = code_label(PhoneType, phone.type, tr)
    if phone.placeholder:
        value = tr(CONTEXT, PLACEHOLDER)
        return ContactRow(ContactWay.PHONE, kind, value, note, phone=phone, placeholder=True)
    value = phone.display
    if phone.extension:
        value += " " + tr(CONTEXT, EXTENSION).replace("%1", phone.extension)
    return ContactRow(ContactWay.PHONE, kind, value, note, phone=phone)


def way_rows(source: Detail | Body, lang: str, tr: Translate = untranslated) -> list[ContactRow]:
    """Phones, e-mail and web: of a directory record, or of a body on a pathway."""
    rows = [phone_row(phone, lang, tr) for phone in source.phones]
    if source.email:
        rows.append(ContactRow(ContactWay.EMAIL, label(ContactWay.EMAIL, tr), source.email))
    if source.website:
        rows.append(ContactRow(ContactWay.WEB, label(ContactWay.WEB, tr), source.website))
    return rows


def _places(detail: Detail, lang: str, tr: Translate, confidential: bool) -> list[ContactRow]:
    """Where the record is and when it opens: its addresses, then its opening hours."""
    rows = []
    address_label = label(ContactWay.ADDRESS, tr)
    for location in detail.locations:
        address = location.address
        if address is None:
            continue
        if location.confidential and not confidential:
            withheld = tr(CONTEXT, WITHHELD)
            rows.append(ContactRow(ContactWay.ADDRESS, address_label, withheld, withheld=True))
            continue
        text = ", ".join(address.lines())
        place = location.name.get(lang) if location.name else ""
        if place.casefold() in text.casefold():  # a place named by its address says nothing more
            place = ""
        rows.append(
            ContactRow(
                ContactWay.ADDRESS,
                address_label,
                text,
                place,
                confidential=location.confidential,
                address=address,
            )
        )
    hours_label = label(ContactWay.HOURS, tr)
    if detail.around_the_clock:
        rows.append(ContactRow(ContactWay.HOURS, hours_label, tr(CONTEXT, AROUND_THE_CLOCK)))
    elif detail.hours:
        hours = hours_text(detail.hours, tr)
        rows.append(ContactRow(ContactWay.HOURS, hours_label, hours, detail.timezone or ""))
    return rows


def contact_rows(
    detail: Detail,
    lang: str,
    tr: Translate = untranslated,
    *,
    include_confidential: bool = False,
) -> tuple[ContactRow, ...]:
    """Every way to reach a directory record, its addresses and its opening hours."""
    places = _places(detail, lang, tr, include_confidential)
    return (*way_rows(detail, lang, tr), *places)
