"""Referral Desk's HSDS taxonomies: fixed ids, and the field terms that carry what HSDS lacks.

Categories, roles and populations are the directory's own taxonomy terms
(their ids come from the directory file). Fields HSDS 3.0 has no place for
ride in ``attribute`` objects whose term belongs to the ``field`` taxonomy
below; ``docs/hsds-mapping.md`` lists them. All ids are UUID 5 names under
one namespace, so the same directory always exports to the same file.
"""

from __future__ import annotations

import uuid
from enum import StrEnum

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://referral-desk.example.org/hsds/3.0")
EXTENSION_KEY = "referral_desk"
EXTENSION_FORMAT = "referral-desk-hsds"
EXTENSION_VERSION = 1


# Parts of a verification HSDS metadata has no field for: a row each, ``field_name``
# ``verification_<part>``, the value in ``replacement_value`` (docs/hsds-mapping.md).
VERIFICATION_PARTS = ("how", "note")


def derived_id(*parts: str) -> str:
    """A stable UUID for a part of a record HSDS wants an id for and we keep none."""
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


class Taxonomy(StrEnum):
    CATEGORY = "category"
    ROLE = "role"
    POPULATION = "population"
    FIELD = "field"


TAXONOMY_NAMES: dict[Taxonomy, tuple[str, str]] = {
    Taxonomy.CATEGORY: (
        "Referral Desk service categories",
        "What kind of help a service gives; the filter of the Referral Desk directory.",
    ),
    Taxonomy.ROLE: (
        "Referral Desk pathway roles",
        "The role a service plays in a referral pathway for a possible victim of trafficking.",
    ),
    Taxonomy.POPULATION: (
        "Referral Desk populations",
        "Who a service is for.",
    ),
    Taxonomy.FIELD: (
        "Referral Desk fields",
        "Fields of the Referral Desk directory that HSDS 3.0 has no place for; "
        "each attribute's value holds the field's value.",
    ),
}


def taxonomy_id(taxonomy: Taxonomy) -> str:
    return derived_id("taxonomy", taxonomy.value)


def hsds_code(taxonomy: str, code: str) -> str:
    """The HSDS term code: HSDS wants codes unique over all terms, ours are per taxonomy."""
    return f"{taxonomy}:{code}"


class Field(StrEnum):
    """Terms of the field taxonomy; the comment says what an attribute's value holds."""

    TRANSLATIONS = "translations"  # JSON object language -> text, all but English;
    # link_type names the HSDS field the English text is in
    OWN_NAME = "own_name"  # JSON {"lang": code, "text": name}
    ALTERNATE_NAME = "alternate_name"  # the second and later alternate names, one each
    COUNTRY = "country"  # ISO 3166-1 alpha-2 code
    REGION = "region"  # a service area's region
    TIMEZONE = "timezone"  # IANA time zone name
    CONFIDENTIAL = "confidential"  # "true"
    ADDRESS_WITHHELD = "address_withheld"  # "true": the address was left out of this file
    AROUND_THE_CLOCK = "around_the_clock"  # "true"
    REFERRAL_METHOD = "referral_method"  # phone, form, email or in_person, one each
    SERVES_NATIONALS_OF = "serves_nationals_of"  # country code, one each
    GENDER = "gender"  # female, male or other: a gender a service serves, one each
    NATIONALITY_STATUS = "nationality_status"  # national or foreign, one each
    LIAISON = "liaison"  # "true"
    COUNTERPART_COUNTRY = "counterpart_country"  # country code
    COUNTERPART_ID = "counterpart_id"  # contact id
    LANGUAGE = "language"  # a language a contact speaks, one each
    SCHEDULE = "schedule"  # a contact's opening hours: JSON of our schedule object
    SHORT_CODE_COUNTRY = "short_code_country"  # the country of 112, 116 000, 116 111 or 147
    PLACEHOLDER = "placeholder"  # "true": the number stands in for one, and cannot be dialled
    EXTENSION = "extension"  # the extension as written, when a number would change it


FIELD_DESCRIPTIONS: dict[Field, str] = {
    Field.TRANSLATIONS: "Other languages of the field named by link_type (JSON).",
    Field.OWN_NAME: "The body's own name in its own language and script (JSON).",
    Field.ALTERNATE_NAME: "A further alternate name; the first is in alternate_name.",
    Field.COUNTRY: "Country (ISO 3166-1 alpha-2).",
    Field.REGION: "Region of the country a service area covers.",
    Field.TIMEZONE: "IANA time zone; opening hours are local time there.",
    Field.CONFIDENTIAL: "Confidential location: never show its address unasked.",
    Field.ADDRESS_WITHHELD: "The confidential address was left out of this file.",
    Field.AROUND_THE_CLOCK: "Reachable 24 hours a day, 7 days a week.",
    Field.REFERRAL_METHOD: "How to refer: phone, form, email or in_person.",
    Field.SERVES_NATIONALS_OF: "A nationality a consular service serves (ISO 3166-1).",
    Field.GENDER: "A gender the service serves: female, male or other (none: everyone).",
    Field.NATIONALITY_STATUS: "Whom the service covers: national or foreign (none: both).",
    Field.LIAISON: "A liaison contact between two countries.",
    Field.COUNTERPART_COUNTRY: "The country across the border a liaison works with.",
    Field.COUNTERPART_ID: "The id of the counterpart contact across the border.",
    Field.LANGUAGE: "A language the contact speaks (ISO 639-1).",
    Field.SCHEDULE: "When the contact is reachable (JSON of a weekly schedule).",
    Field.SHORT_CODE_COUNTRY: "Country where this short code is dialled.",
    Field.PLACEHOLDER: "A placeholder that stands in for a number and cannot be dialled.",
    Field.EXTENSION: "The extension as written, with its leading zeros.",
}


def field_term(field: Field) -> dict[str, str]:
    """The HSDS taxonomy_term object of a field term."""
    return {
        "id": derived_id("term", Taxonomy.FIELD.value, field.value),
        "code": hsds_code(Taxonomy.FIELD.value, field.value),
        "name": field.value,
        "description": FIELD_DESCRIPTIONS[field],
        "taxonomy_id": taxonomy_id(Taxonomy.FIELD),
    }


FIELD_TERMS: dict[Field, dict[str, str]] = {f: field_term(f) for f in Field}
FIELD_BY_TERM_ID: dict[str, Field] = {t["id"]: f for f, t in FIELD_TERMS.items()}


def hsds_taxonomies() -> list[dict[str, str]]:
    """The HSDS taxonomy objects of our four taxonomies."""
    return [
        {"id": taxonomy_id(t), "name": name, "description": description, "version": "1"}
        for t, (name, description) in TAXONOMY_NAMES.items()
    ]
