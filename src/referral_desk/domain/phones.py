"""Phone numbers: one stored form (E.164, or the short code), how people read it, samples."""

from __future__ import annotations

from functools import lru_cache

import phonenumbers

from referral_desk.domain.i18n import QT_TRANSLATE_NOOP

# Real numbers a sample may hold: the EU-harmonised ones anywhere, Rat auf Draht in Austria.
SHORT_CODES = frozenset({"112", "116000", "116111", "147"})
SHORT_CODE_COUNTRIES = {"147": frozenset({"AT"})}
# Sample numbers cannot be dialled: five zeros in a row in the national number.
PLACEHOLDER_RUN = "00000"

_UNREADABLE = QT_TRANSLATE_NOOP("DirectoryCheck", "{number} is not a phone number ({reason})")
_NOT_SHORT_CODE = QT_TRANSLATE_NOOP(
    "DirectoryCheck", "{number} is not one of the short codes {codes}"
)
_SHORT_CODE_ELSEWHERE = QT_TRANSLATE_NOOP(
    "DirectoryCheck", "{digits} is a short code only in {countries}"
)
_IMPOSSIBLE = QT_TRANSLATE_NOOP(
    "DirectoryCheck", "{number} is not a possible phone number (wrong length)"
)


class PhoneError(ValueError):
    """A text that is no phone number: the English sentence, and its template and values."""

    def __init__(self, template: str, **values: str) -> None:
        super().__init__(template.format(**values))
        self.template = template
        self.values = values


def normalize_phone(number: str, short_code_country: str | None, default_country: str) -> str:
    """The number in E.164 (or the short code itself); raises ValueError if it is not a number."""
    if short_code_country:
        return short_code(number, short_code_country)
    parsed = parse_phone(number, default_country)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def short_code(number: str, country: str) -> str:
    """The short code written in ``number``; raises ValueError if it is none there."""
    digits = number.replace(" ", "")
    if digits not in SHORT_CODES:
        raise PhoneError(_NOT_SHORT_CODE, number=repr(number), codes=str(sorted(SHORT_CODES)))
    countries = SHORT_CODE_COUNTRIES.get(digits)
    if countries is not None and country not in countries:
        raise PhoneError(
            _SHORT_CODE_ELSEWHERE, digits=digits, countries=", ".join(sorted(countries))
        )
    return digits


def parse_phone(number: str, default_country: str) -> phonenumbers.PhoneNumber:
    """The number parsed, national numbers read in ``default_country``; ValueError if no number."""
    try:
        parsed = phonenumbers.parse(number, default_country)
    except phonenumbers.NumberParseException as error:
        raise PhoneError(_UNREADABLE, number=repr(number), reason=str(error)) from None
    if not phonenumbers.is_possible_number(parsed):
        raise PhoneError(_IMPOSSIBLE, number=repr(number))
    return parsed


def is_placeholder(e164: str) -> bool:
    """A number that looks like a placeholder: five zeros in a row in the national number."""
    return looks_like_placeholder(phonenumbers.parse(e164))


def looks_like_placeholder(parsed: phonenumbers.PhoneNumber) -> bool:
    """Five zeros in a row in the national number: how sample numbers are written."""
    return PLACEHOLDER_RUN in str(parsed.national_number)


@lru_cache(maxsize=8192)
def display_phone(number: str) -> str:
    """A number as people write it: ``+359 2 000 0005``; short codes as ``116 111``.

    Kept per number: parsing one takes about a millisecond, and a list of bodies
    (call now, the booklet, search results) shows the same numbers again and again."""
    if not number.startswith("+"):
        return f"{number[:3]} {number[3:]}" if len(number) == 6 else number
    try:
        parsed = phonenumbers.parse(number)
    except phonenumbers.NumberParseException:
        return number
    if phonenumbers.is_valid_number(parsed):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    # Placeholders are not valid numbers, so no national pattern applies: group by threes.
    national = str(parsed.national_number)
    groups = [national[i : i + 3] for i in range(0, len(national), 3)]
    return f"+{parsed.country_code} " + " ".join(groups)
