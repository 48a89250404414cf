"""A directory record as a vCard 4.0 file (RFC 6350); confidential addresses are left out."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable

import phonenumbers

from referral_desk.domain.contact_rows import ContactRow, contact_rows
from referral_desk.domain.entities import Address, Detail, Phone
from referral_desk.domain.vocab import ContactWay, Kind, PhoneType

CRLF = "\r\n"
MAX_OCTETS = 75
PRODID = "-//Referral Desk//Referral Desk//EN"


def escape_text(value: str) -> str:
    """A TEXT value: backslash, comma, semicolon and line breaks escaped (RFC 6350 3.4)."""
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _component(value: str | None) -> str:
    """One component of a structured value (ADR, ORG)."""
    return escape_text(value or "")


def fold(line: str) -> str:
    """Split a content line into pieces of at most 75 octets, never inside a UTF-8 character."""
    pieces: list[str] = []
    current = ""
    size = 0
    limit = MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
            limit = MAX_OCTETS - 1  # continuation lines start with a space
        current += char
        size += width
    pieces.append(current)
    return (CRLF + " ").join(pieces)


def tel_uri(phone: Phone, country: str) -> str:
    """A tel: URI (RFC 3966): global numbers as they are, short codes with their country context."""
    number = re.sub(r"[^\d+]", "", phone.number)
    if number.startswith("+"):
        uri = f"tel:{number}"
    else:
        code = phonenumbers.country_code_for_region(country.upper()) if country else 0
        uri = f"tel:{number};phone-context=+{code}" if code else f"tel:{number}"
    if phone.extension:
        uri += ";ext=" + re.sub(r"[^\d]", "", phone.extension)
    return uri


def _param_safe(value: str) -> str:
    return re.sub(r'[";:,\r\n]', " ", value).strip()


def _lines(detail: Detail, lang: str, note: str | None) -> Iterable[str]:
    yield "BEGIN:VCARD"
    yield "VERSION:4.0"
    yield f"PRODID:{PRODID}"
    yield "KIND:org" if detail.kind is Kind.ORGANIZATION else "KIND:individual"
    try:
        yield f"UID:urn:uuid:{uuid.UUID(detail.id)}"
    except ValueError:
        yield f"UID:{escape_text(detail.id)}"
    name = detail.name.get(lang)
    full_name = detail.person or name
    yield f"FN:{escape_text(full_name)}"
    own = detail.name.own
    if own and own != full_name and own != name and detail.name.own_lang:
        yield f"FN;LANGUAGE={_param_safe(detail.name.own_lang)}:{escape_text(own)}"
    if detail.person:
        yield f"N:{_component(detail.person)};;;;"
    if detail.kind is Kind.ORGANIZATION:
        yield f"ORG:{_component(name)}"
    elif detail.organization:
        unit = f";{_component(detail.department)}" if detail.department else ""
        yield f"ORG:{_component(detail.organization.name.get(lang))}{unit}"
    if (detail.kind is Kind.CONTACT and detail.person) or detail.kind is Kind.SERVICE:
        yield f"TITLE:{escape_text(name)}"
    rows = contact_rows(detail, lang)  # never a confidential address
    # A placeholder goes into no TEL line: a phone's address book would offer to dial it.
    phones = [row.phone for row in rows if row.phone is not None and not row.placeholder]
    for index, phone in enumerate(phones, start=1):
        kind = phone.type if phone.type in set(PhoneType) else PhoneType.VOICE.value
        pref = ";PREF=1" if index == 1 else ""
        yield f"TEL;VALUE=uri;TYPE={kind}{pref}:{tel_uri(phone, detail.country)}"
    for row in rows:
        if row.way is ContactWay.EMAIL:
            yield f"EMAIL:{escape_text(row.value)}"
        elif row.way is ContactWay.WEB:
            yield f"URL:{row.value}"
    for row in rows:
        if row.address is not None and not row.confidential:
            yield "ADR;TYPE=work:" + _adr(row.address)
    for index, code in enumerate(detail.languages, start=1):
        yield f"LANG;PREF={index}:{escape_text(code)}"
    if detail.timezone:
        yield f"TZ;VALUE=text:{escape_text(detail.timezone)}"
    text = note if note is not None else default_note(detail, lang)
    left_out = sum(row.placeholder for row in rows)
    if left_out:
        text = "\n".join(p for p in (text, placeholders_note(left_out)) if p)
    if text:
        yield f"NOTE:{escape_text(text)}"
    yield "END:VCARD"


def _adr(address: Address) -> str:
    street = ", ".join(p for p in (address.address_1, address.address_2) if p)
    parts = ("", "", street, address.city, address.region, address.postal_code, address.country)
    return ";".join(_component(p) for p in parts)


def _hours_note(row: ContactRow) -> str:
    return f"{row.value} ({row.note})" if row.note else row.value


def default_note(detail: Detail, lang: str) -> str:
    """Description, referral notes and hours, for a note when the caller gives none."""
    parts = [detail.description.get(lang), detail.referral_notes.get(lang)]
    parts += [_hours_note(r) for r in contact_rows(detail, lang) if r.way is ContactWay.HOURS]
    if detail.verification.at:
        parts.append(f"Verified {detail.verification.at.isoformat()}")
    return "\n".join(p for p in parts if p)


def placeholders_note(count: int) -> str:
    """Why the card has fewer numbers than the record (vCard text is not translated)."""
    return (
        f"{count} placeholder phone number(s) left out: sample data, not real numbers."
        if count > 1
        else "1 placeholder phone number left out: sample data, not a real number."
    )


def detail_as_vcard(detail: Detail, lang: str = "en", note: str | None = None) -> str:
    """The vCard text with CRLF line ends and lines folded at 75 octets."""
    return "".join(fold(line) + CRLF for line in _lines(detail, lang, note))


def vcard_file_name(detail: Detail, lang: str = "en") -> str:
    """A file name that is safe on every platform, e.g. ``Drehscheibe-Wien.vcf``."""
    base = re.sub(r"[^\w.-]+", "-", detail.person or detail.name.get(lang), flags=re.UNICODE)
    return (base.strip("-.")[:60] or "contact") + ".vcf"
