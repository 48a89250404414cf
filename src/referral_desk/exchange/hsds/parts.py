"""The small parts of an imported record: texts, phones, opening hours, addresses, checks."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from referral_desk.domain.hours import WeeklyHours
from referral_desk.domain.phones import SHORT_CODES, is_placeholder, normalize_phone
from referral_desk.domain.verification import MAX_NOTE
from referral_desk.domain.vocab import VerifyHow
from referral_desk.exchange.hsds.attributes import READ, AttributeBag, Attributes
from referral_desk.exchange.hsds.export import standard_offset
from referral_desk.exchange.hsds.fields import COUNTRY, LANGUAGE, URL, Fields
from referral_desk.exchange.hsds.problems import Code, Findings
from referral_desk.exchange.hsds.rows import Row
from referral_desk.exchange.hsds.terms import VERIFICATION_PARTS, Field, derived_id

JsonObject = dict[str, Any]
PHONE_TYPES = ("voice", "cell", "text", "fax")
IMPORTED_BY = "HSDS import"


@dataclass
class Context:
    """What every part of the import needs: where findings go and what the file is."""

    file: str
    findings: Findings
    attributes: Attributes
    ours: bool
    sample: bool
    today: date
    ids_not_kept: Counter[str] = field(default_factory=Counter)
    metadata: dict[str, list[Row]] = field(default_factory=dict)

    def claim(self, row: Row, expected_id: str | None = None) -> Fields:
        """Fields of a row the import uses; counts it when its id is not the one we derive."""
        row.claimed = True
        fields = Fields(row, self.findings)
        row_id = fields.id()
        if expected_id is not None and row_id is not None and row_id != expected_id:
            self.ids_not_kept[row.table] += 1
        return fields

    def left_out(self, row: Row, reason: str) -> None:
        row.claimed = True
        self.attributes.of(str(row.values.get("id") or "").lower()).drop()
        self.findings.note(row.place, Code.ROW_LEFT_OUT, table=row.table, reason=reason)


def text(fields: Fields, bag: AttributeBag, name: str, required: bool = False) -> JsonObject | None:
    """A text in several languages: English from the HSDS field, the rest from attributes."""
    english = fields.text(name, required)
    translations = bag.json(Field.TRANSLATIONS, name)
    if english is None:
        return None
    out: JsonObject = {"en": english}
    for value, attribute in translations:
        if not isinstance(value, dict) or not all(
            isinstance(lang, str) and LANGUAGE.match(lang) and isinstance(t, str) and t.strip()
            for lang, t in value.items()
        ):
            attribute.error("value", Code.BAD_VALUE, value=str(value)[:80], reason="bad_json")
            continue
        out.update({lang: t for lang, t in value.items() if lang != "en"})
    return out


def email(fields: Fields, name: str = "email") -> str | None:
    value = fields.text(name)
    if value is None:
        return None
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        fields.error(name, Code.BAD_EMAIL, value=value)
        return None
    return value


def url(fields: Fields, name: str) -> str | None:
    value = fields.text(name)
    if value is not None and not URL.match(value):
        fields.error(name, Code.BAD_URL, value=value)
        return None
    return value


def country(fields: Fields, name: str, value: str | None = None) -> str | None:
    """A country code from a field (or a given value read from it), upper-cased and checked."""
    raw = fields.text(name) if value is None else value
    if raw is None:
        return None
    code = raw.strip().upper()
    if not COUNTRY.match(code):
        fields.error(name, Code.BAD_VALUE, value=raw, reason="not_country")
        return None
    return code


def timezone_ok(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return "/" in name or name == "UTC"


def offset_zone(hours: float) -> str | None:
    """The IANA zone of a whole-hour UTC offset (Etc/GMT-3 is three hours east)."""
    if not float(hours).is_integer() or not -12 <= hours <= 14:
        return None
    whole = int(hours)
    return "Etc/GMT" if whole == 0 else f"Etc/GMT{-whole:+d}"


def offset_hours(offset: str) -> float:
    """``Z``, ``+02``, ``-05:30`` or ``+0530`` as hours."""
    if offset == "Z":
        return 0.0
    sign = -1 if offset[0] == "-" else 1
    digits = offset[1:].replace(":", "")
    return sign * (int(digits[:2]) + int(digits[2:] or 0) / 60)


def verification(
    ctx: Context, fields: Fields, record_id: str, fallback: JsonObject | None
) -> JsonObject:
    """The record's verification: our metadata entry, else ``fallback``, else today (noted).

    Our entry is the ``record`` row with, in rows of their own, how it was checked and the
    checker's note (``VERIFICATION_PARTS``).
    """
    found: JsonObject | None = None
    extra: JsonObject = {}
    rows = ctx.metadata.get(record_id, [])
    for row in rows:
        fields = ctx.claim(row)
        kind = fields.text("last_action_type")
        part = str(row.values.get("field_name") or "").removeprefix("verification_")
        if kind == "verified" and part in VERIFICATION_PARTS:
            value = _verification_part(fields, part)
            fields.skip(*METADATA_REST)
            if value is not None:
                extra.setdefault(part, value)
            fields.finish()
        elif kind == "verified" and found is None:
            at = fields.date("last_action_date")
            by = fields.text("updated_by", required=True)
            source = fields.text("replacement_value", required=True)
            fields.skip("resource_id", "resource_type", "field_name", "previous_value")
            if at and by and source:
                found = {"at": at, "by": by, "source": source}
            fields.finish()
        else:
            ctx.findings.note(row.place, Code.ROW_LEFT_OUT, table="metadata", reason="history")
    for row in rows:  # one record's rows, read once: their cells can go
        row.values = READ
    if found is not None:
        return {**found, **extra}
    if fallback is not None:
        return fallback
    today = ctx.today.isoformat()
    fields.note("verified", Code.ASSUMED, value=f"{today} ({IMPORTED_BY})")
    return {"at": today, "by": IMPORTED_BY, "source": ctx.file}


METADATA_REST = (
    "resource_id", "resource_type", "field_name", "previous_value", "last_action_date",
    "updated_by",
)  # fmt: skip


def _verification_part(fields: Fields, part: str) -> str | None:
    """How a record was checked (one of ours) or the checker's note, from a metadata row."""
    if part == "how":
        return fields.enum("replacement_value", tuple(how.value for how in VerifyHow))
    note = fields.text("replacement_value")
    if note is not None and len(note) > MAX_NOTE:
        fields.error("replacement_value", Code.BAD_VALUE, value=f"{note[:40]}…", reason="long_note")
        return None
    return note


def phone(ctx: Context, row: Row, owner_id: str, position: int, country_code: str) -> JsonObject:
    """One phone of one owner (a phone row may serve several owners)."""
    fields = ctx.claim(row, derived_id(owner_id, "phone", str(position)))
    phone_id = fields.id() or ""
    bag = ctx.attributes.of(phone_id)
    fields.skip("organization_id", "service_id", "contact_id")
    number = fields.text("number", required=True) or ""
    out: JsonObject = {"number": number}
    if bag.flag(Field.PLACEHOLDER):
        out["placeholder"] = True
    short = bag.value(Field.SHORT_CODE_COUNTRY)
    short_country = country(short[1], "value", short[0]) if short else None
    if short is None and number.replace(" ", "") in SHORT_CODES and not ctx.ours:
        short_country = country_code
        out["number"] = number.replace(" ", "")
    if number:
        _check_number(ctx, fields, out, short_country, country_code)
    written_kind = fields.text("type")
    kind = written_kind.strip() if written_kind else None
    if kind is None:
        fields.note("type", Code.ASSUMED, value="voice")
    elif kind.lower() not in PHONE_TYPES:
        fields.note("type", Code.REPLACED, value=kind, replacement="voice")
    out["type"] = kind.lower() if kind and kind.lower() in PHONE_TYPES else "voice"
    extension = fields.number("extension")
    written = bag.value(Field.EXTENSION)
    if written is not None:
        out["extension"] = written[0]
    elif extension is not None:
        if extension < 0 or not float(extension).is_integer():
            fields.error("extension", Code.BAD_VALUE, value=str(extension), reason="not_digits")
        else:
            out["extension"] = str(int(extension))
    description = text(fields, bag, "description")
    if description is not None:
        out["description"] = description
    if short_country is not None:
        out["short_code_country"] = short_country
    fields.finish()
    return out


def _check_number(
    ctx: Context, fields: Fields, out: JsonObject, short: str | None, country_code: str
) -> None:
    number = out["number"]
    try:
        e164 = normalize_phone(number, short, country_code)
    except ValueError:
        reason = "not_short_code" if short else "not_parsed"
        if not short:
            try:
                phonenumbers.parse(number, country_code)
                reason = "not_possible"
            except phonenumbers.NumberParseException:
                pass
        fields.error("number", Code.BAD_PHONE, value=number, reason=reason)
        return
    if short or e164 in SHORT_CODES:
        return
    valid = phonenumbers.is_valid_number(phonenumbers.parse(e164))
    placeholder = ctx.sample or out.get("placeholder")  # marked, or sample data
    if placeholder and is_placeholder(e164) and not valid:
        out["placeholder"] = True
    elif placeholder or not valid:
        reason = "sample_real" if placeholder else "not_valid"
        fields.error("number", Code.BAD_PHONE, value=number, reason=reason)
        return
    if not ctx.ours:
        out["number"] = e164


def schedule(
    ctx: Context, row: Row, owner_id: str, position: int, timezone: str | None
) -> JsonObject | None:
    """A weekly opening-hours row in our shape, or None (and a note) when it cannot be held."""
    fields = Fields(row, ctx.findings)
    freq = fields.enum("freq", ("WEEKLY", "MONTHLY"))
    interval = fields.number("interval")
    if freq == "MONTHLY":
        ctx.left_out(row, "monthly")
        return None
    if interval not in (None, 1):
        ctx.left_out(row, "interval")
        return None
    byday = fields.text("byday")
    opens, closes = fields.time("opens_at"), fields.time("closes_at")
    if not (byday and opens and closes):
        if fields.ok:
            ctx.left_out(row, "no_hours")
        return None
    fields = ctx.claim(row, derived_id(owner_id, "schedule", str(position)))
    fields.skip("freq", "interval", "byday", "opens_at", "closes_at")
    fields.skip("service_id", "location_id")
    try:
        WeeklyHours.parse(byday, opens[0], closes[0])
    except ValueError:
        fields.error("byday", Code.BAD_VALUE, value=byday, reason="bad_days")
        return None
    if freq is None:
        fields.note("freq", Code.ASSUMED, value="WEEKLY")
    out: JsonObject = {
        "freq": "WEEKLY",
        "byday": ",".join(d.strip().upper() for d in byday.split(",")),
        "opens_at": opens[0],
        "closes_at": closes[0],
    }
    for key in ("valid_from", "valid_to"):
        value = fields.date(key)
        if value is not None:
            out[key] = value
    description = text(fields, ctx.attributes.of(fields.id() or ""), "description")
    if description is not None:
        out["description"] = description
    standard = standard_offset(timezone) if timezone else None
    offset = fields.number("timezone")
    if offset is not None and offset != standard:
        fields.note("timezone", Code.REPLACED, value=str(offset), replacement=str(timezone))
    for name, (clock, suffix) in (("opens_at", opens), ("closes_at", closes)):
        if suffix is not None and offset_hours(suffix) != standard:
            fields.note(
                name, Code.REPLACED, value=clock + suffix, replacement=f"{clock} {timezone}"
            )
    fields.finish()
    return out


def schedule_zones(rows: list[Row]) -> list[str]:
    """Time zones the rows' UTC offsets name, for a location from a file without ours."""
    zones = []
    for row in rows:
        offset = row.values.get("timezone")
        if isinstance(offset, int | float) and not isinstance(offset, bool):
            zone = offset_zone(offset)
        else:
            opens = row.values.get("opens_at")
            suffix = opens[-6:] if isinstance(opens, str) and opens[-6:-5] in "+-" else None
            if isinstance(opens, str) and opens.endswith("Z"):
                suffix = "Z"
            zone = offset_zone(offset_hours(suffix)) if suffix else None
        if zone:
            zones.append(zone)
    return zones


def address(ctx: Context, rows: list[Row], location_id: str) -> JsonObject | None:
    """The location's one address: the first physical one, else the first postal one."""
    ranked = sorted(
        rows, key=lambda r: {"physical": 0, "postal": 1}.get(str(r.values.get("address_type")), 2)
    )
    chosen = None
    for row in ranked:
        if chosen is None and row.values.get("address_type") in ("physical", "postal", None):
            chosen = row
        else:
            ctx.left_out(row, "second_address")
    if chosen is None:
        return None
    fields = ctx.claim(chosen, derived_id(location_id, "address"))
    fields.enum("address_type", ("physical", "postal", "virtual"))
    fields.skip("location_id")
    out: JsonObject = {
        "address_1": fields.text("address_1", required=True),
        "city": fields.text("city", required=True),
        "country": country(fields, "country") if fields.has("country") else None,
    }
    if out["country"] is None and not fields.has("country"):
        fields.error("country", Code.MISSING_VALUE)
    address_2 = fields.text("address_2")
    region, province = fields.text("region"), fields.text("state_province")
    postal = fields.text("postal_code")
    if province is not None and region is not None and province != region:
        fields.note("state_province", Code.NOT_HELD)
    region = region or province
    for key, value in (("address_2", address_2), ("region", region), ("postal_code", postal)):
        if value is not None:
            out[key] = value
    fields.finish()
    return out
