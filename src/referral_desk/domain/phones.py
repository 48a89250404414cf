"""Phone numbers as people read them: international groups, short codes split after three."""

from __future__ import annotations

import phonenumbers


def display_phone(number: str) -> str:
    """A number as people write it: ``+359 2 000 0005``; short codes as ``116 111``."""
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
