"""Phone numbers: one stored form (E.164, or the short code), and what sample data may hold."""

from __future__ import annotations

import phonenumbers

# The short codes a directory may list; they are the same in every EU country.
SHORT_CODES = frozenset({"112", "116000", "116111"})
# Sample numbers cannot be dialled: five zeros in a row in the national number.
PLACEHOLDER_RUN = "00000"


def normalize_phone(number: str, short_code_country: str | None, default_country: str) -> str:
    """The number in E.164 (or the short code itself); raises ValueError if it is not a number."""
    digits = number.replace(" ", "")
    if short_code_country:
        if digits not in SHORT_CODES:
            raise ValueError(f"{number!r} is not one of the short codes {sorted(SHORT_CODES)}")
        return digits
    try:
        parsed = phonenumbers.parse(number, default_country)
    except phonenumbers.NumberParseException as error:
        raise ValueError(f"{number!r} is not a phone number ({error})") from None
    if not phonenumbers.is_possible_number(parsed):
        raise ValueError(f"{number!r} is not a possible phone number (wrong length)")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def is_placeholder(e164: str) -> bool:
    """A sample-data phone number: five zeros in a row in the national number."""
    parsed = phonenumbers.parse(e164)
    return PLACEHOLDER_RUN in str(parsed.national_number)


def is_valid_number(e164: str) -> bool:
    """A number that exists in its country's numbering plan (not only the right length)."""
    return bool(phonenumbers.is_valid_number(phonenumbers.parse(e164)))
