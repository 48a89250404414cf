"""The sheets of a directory workbook: their columns, what each column holds, and the drop-downs.

One sheet per table of the directory (data/FORMAT.md): the directory itself,
taxonomy terms, organizations, locations, services (with one sheet each for
their categories, roles, populations and areas), contacts, phones and hours.
A column is named for people in their language and keeps its machine name in
brackets, e.g. ``Name – English (name.en)``: the import reads the bracket, so
a coordinator may reword, reorder or translate the headers. Texts in several
languages get one column per language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from referral_desk.domain.i18n import QT_TRANSLATE_NOOP
from referral_desk.domain.vocab import Category, PhoneType, Population, ReferralMethod, Role

CONTEXT = "Spreadsheet"
HEADER_FIELD = re.compile(r"\(([a-z_0-9]+(?:\.[a-z]{2,3})?)\)\s*$")
TEXT_LANGUAGES = ("en", "bg", "de")  # always given a column; other languages when present


class Kind(StrEnum):
    """What a column's cells hold and how the import reads them."""

    TEXT = "text"  # one line of text
    LANGUAGES = "languages"  # a text in several languages: one column per language
    ID = "id"  # the record's id: a UUID, or any short key for a new record
    REF = "ref"  # the id (or key) of a record on another sheet
    REFS = "refs"  # several of those, one per line
    YES_NO = "yes_no"
    WHOLE = "whole"  # a whole number
    NUMBER = "number"
    DATE = "date"  # YYYY-MM-DD
    TIME = "time"  # HH:MM
    CHOICE = "choice"  # one value of a drop-down list
    CODES = "codes"  # several values of a list, separated by commas
    LINES = "lines"  # several texts, one per line


class Choices(StrEnum):
    """The drop-down lists (on the sheet "Lists")."""

    YES_NO = "yes_no"
    COUNTRY = "country"
    LANGUAGE = "language"
    TIMEZONE = "timezone"
    TAXONOMY = "taxonomy"
    CATEGORY = "category"
    ROLE = "role"
    POPULATION = "population"
    PHONE_TYPE = "phone_type"
    DAYS = "days"
    REFERRAL_METHOD = "referral_method"
    GENDER = "gender"
    NATIONALITY_STATUS = "nationality_status"


YES, NO = "yes", "no"
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_SETS = (
    "MO,TU,WE,TH,FR",
    "MO,TU,WE,TH,FR,SA,SU",
    "MO,TU,WE,TH",
    "SA,SU",
    *DAY_CODES,
)
FIXED_CHOICES: dict[Choices, tuple[str, ...]] = {
    Choices.YES_NO: (YES, NO),
    Choices.TAXONOMY: ("category", "role", "population"),
    Choices.CATEGORY: tuple(c.value for c in Category),
    Choices.ROLE: tuple(r.value for r in Role),
    Choices.POPULATION: tuple(p.value for p in Population),
    Choices.PHONE_TYPE: tuple(p.value for p in PhoneType),
    Choices.DAYS: DAY_SETS,
    Choices.REFERRAL_METHOD: tuple(m.value for m in ReferralMethod),
    Choices.GENDER: ("female", "male", "other"),
    Choices.NATIONALITY_STATUS: ("national", "foreign"),
}
# Lists whose drop-down only suggests: other values are checked by the import instead.
OPEN_CHOICES = frozenset({Choices.DAYS, Choices.TIMEZONE})


@dataclass(frozen=True)
class Column:
    field: str  # the machine name in brackets; for LANGUAGES the stem, e.g. "name"
    label: str  # marked for translation in context "Spreadsheet"
    note: str  # what goes in the column, marked for translation
    kind: Kind = Kind.TEXT
    required: bool = False
    choices: Choices | None = None
    target: str = ""  # the sheet a REF or REFS column points to


@dataclass(frozen=True)
class Sheet:
    key: str  # the machine name: the CSV file's name
    title: str  # marked for translation; the sheet's tab
    note: str
    columns: tuple[Column, ...]


def _c(
    field: str,
    label: str,
    note: str,
    kind: Kind = Kind.TEXT,
    *,
    required: bool = False,
    choices: Choices | None = None,
    target: str = "",
) -> Column:
    return Column(field, label, note, kind, required, choices, target)


ID = _c(
    "id",
    QT_TRANSLATE_NOOP("Spreadsheet", "Id"),
    QT_TRANSLATE_NOOP(
        "Spreadsheet",
        "The record's lasting id. Keep it as it is. For a new record write any short key "
        "without spaces, e.g. org-7: other sheets can point to it, and the import gives it "
        "a lasting id.",
    ),
    Kind.ID,
    required=True,
)
ORGANIZATION = _c(
    "organization_id",
    QT_TRANSLATE_NOOP("Spreadsheet", "Organization"),
    QT_TRANSLATE_NOOP(
        "Spreadsheet", "The id (or key) of the organization on the sheet Organizations."
    ),
    Kind.REF,
    required=True,
    target="organizations",
)
SERVICE_REF = _c(
    "service_id",
    QT_TRANSLATE_NOOP("Spreadsheet", "Service"),
    QT_TRANSLATE_NOOP("Spreadsheet", "The id (or key) of the service on the sheet Services."),
    Kind.REF,
    required=True,
    target="services",
)
VERIFIED = (
    _c(
        "verified_at",
        QT_TRANSLATE_NOOP("Spreadsheet", "Verified on"),
        QT_TRANSLATE_NOOP("Spreadsheet", "When the record was last checked, as YYYY-MM-DD."),
        Kind.DATE,
        required=True,
    ),
    _c(
        "verified_by",
        QT_TRANSLATE_NOOP("Spreadsheet", "Verified by"),
        QT_TRANSLATE_NOOP("Spreadsheet", "Who checked it."),
        required=True,
    ),
    _c(
        "verified_source",
        QT_TRANSLATE_NOOP("Spreadsheet", "Source"),
        QT_TRANSLATE_NOOP("Spreadsheet", "Where it was checked, e.g. a phone call or a web page."),
        required=True,
    ),
)
NAME = _c(
    "name",
    QT_TRANSLATE_NOOP("Spreadsheet", "Name"),
    QT_TRANSLATE_NOOP(
        "Spreadsheet", "The name; English is required, the other languages are optional."
    ),
    Kind.LANGUAGES,
    required=True,
)
DESCRIPTION = _c(
    "description",
    QT_TRANSLATE_NOOP("Spreadsheet", "Description"),
    QT_TRANSLATE_NOOP("Spreadsheet", "What it does; English is required."),
    Kind.LANGUAGES,
    required=True,
)
COUNTRY = _c(
    "country",
    QT_TRANSLATE_NOOP("Spreadsheet", "Country"),
    QT_TRANSLATE_NOOP("Spreadsheet", "Two-letter country code (ISO 3166-1), e.g. AT or BG."),
    Kind.CHOICE,
    required=True,
    choices=Choices.COUNTRY,
)
LANGUAGE_CODES = _c(
    "languages",
    QT_TRANSLATE_NOOP("Spreadsheet", "Languages"),
    QT_TRANSLATE_NOOP(
        "Spreadsheet", "Two-letter language codes (ISO 639-1), separated by commas, e.g. bg, en."
    ),
    Kind.CODES,
    choices=Choices.LANGUAGE,
)
AROUND_THE_CLOCK = _c(
    "around_the_clock",
    QT_TRANSLATE_NOOP("Spreadsheet", "Around the clock"),
    QT_TRANSLATE_NOOP("Spreadsheet", "yes if reachable 24 hours a day, every day."),
    Kind.YES_NO,
    choices=Choices.YES_NO,
)
EMAIL = _c(
    "email",
    QT_TRANSLATE_NOOP("Spreadsheet", "E-mail"),
    QT_TRANSLATE_NOOP("Spreadsheet", "An e-mail address, or empty."),
)

SHEETS: tuple[Sheet, ...] = (
    Sheet(
        "directory",
        QT_TRANSLATE_NOOP("Spreadsheet", "Directory"),
        QT_TRANSLATE_NOOP("Spreadsheet", "About the data set: one row."),
        (
            _c(
                "name",
                QT_TRANSLATE_NOOP("Spreadsheet", "Name"),
                QT_TRANSLATE_NOOP("Spreadsheet", "The name of the data set."),
                Kind.LANGUAGES,
                required=True,
            ),
            _c(
                "version",
                QT_TRANSLATE_NOOP("Spreadsheet", "Version"),
                QT_TRANSLATE_NOOP("Spreadsheet", "e.g. 2026.11"),
                required=True,
            ),
            _c(
                "published",
                QT_TRANSLATE_NOOP("Spreadsheet", "Published"),
                QT_TRANSLATE_NOOP("Spreadsheet", "When it was issued, as YYYY-MM-DD."),
                Kind.DATE,
                required=True,
            ),
            _c(
                "publisher",
                QT_TRANSLATE_NOOP("Spreadsheet", "Publisher"),
                QT_TRANSLATE_NOOP("Spreadsheet", "Who issued it."),
                required=True,
            ),
            _c(
                "sample",
                QT_TRANSLATE_NOOP("Spreadsheet", "Sample data"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet", "yes for sample data that must not be used for real referrals."
                ),
                Kind.YES_NO,
                required=True,
                choices=Choices.YES_NO,
            ),
            _c(
                "notice",
                QT_TRANSLATE_NOOP("Spreadsheet", "Notice"),
                QT_TRANSLATE_NOOP("Spreadsheet", "Shown in the About box; English is required."),
                Kind.LANGUAGES,
                required=True,
            ),
        ),
    ),
    Sheet(
        "terms",
        QT_TRANSLATE_NOOP("Spreadsheet", "Terms"),
        QT_TRANSLATE_NOOP(
            "Spreadsheet", "The labels of categories, roles and populations in every language."
        ),
        (
            ID,
            _c(
                "taxonomy",
                QT_TRANSLATE_NOOP("Spreadsheet", "Taxonomy"),
                QT_TRANSLATE_NOOP("Spreadsheet", "category, role or population."),
                Kind.CHOICE,
                required=True,
                choices=Choices.TAXONOMY,
            ),
            _c(
                "code",
                QT_TRANSLATE_NOOP("Spreadsheet", "Code"),
                QT_TRANSLATE_NOOP("Spreadsheet", "The code used on the other sheets."),
                required=True,
            ),
            _c(
                "name",
                QT_TRANSLATE_NOOP("Spreadsheet", "Label"),
                QT_TRANSLATE_NOOP("Spreadsheet", "The label; English is required."),
                Kind.LANGUAGES,
                required=True,
            ),
            _c(
                "description",
                QT_TRANSLATE_NOOP("Spreadsheet", "Description"),
                QT_TRANSLATE_NOOP("Spreadsheet", "What the term means (optional)."),
                Kind.LANGUAGES,
            ),
        ),
    ),
    Sheet(
        "organizations",
        QT_TRANSLATE_NOOP("Spreadsheet", "Organizations"),
        QT_TRANSLATE_NOOP("Spreadsheet", "The bodies: one row each."),
        (
            ID,
            NAME,
            _c(
                "own_name_lang",
                QT_TRANSLATE_NOOP("Spreadsheet", "Own name: language"),
                QT_TRANSLATE_NOOP("Spreadsheet", "The language of the body's own name, e.g. bg."),
                Kind.CHOICE,
                required=True,
                choices=Choices.LANGUAGE,
            ),
            _c(
                "own_name",
                QT_TRANSLATE_NOOP("Spreadsheet", "Own name"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet", "The body's own name in its own language and script."
                ),
                required=True,
            ),
            _c(
                "alternate_names",
                QT_TRANSLATE_NOOP("Spreadsheet", "Other names"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet", "Acronyms and other names people type, one per line."
                ),
                Kind.LINES,
            ),
            DESCRIPTION,
            COUNTRY,
            _c(
                "parent_id",
                QT_TRANSLATE_NOOP("Spreadsheet", "Parent organization"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet",
                    "The id (or key) of the organization this one belongs to, or empty.",
                ),
                Kind.REF,
                target="organizations",
            ),
            _c(
                "website",
                QT_TRANSLATE_NOOP("Spreadsheet", "Website"),
                QT_TRANSLATE_NOOP("Spreadsheet", "A web address starting with https://, or empty."),
            ),
            EMAIL,
            *VERIFIED,
        ),
    ),
    Sheet(
        "locations",
        QT_TRANSLATE_NOOP("Spreadsheet", "Locations"),
        QT_TRANSLATE_NOOP(
            "Spreadsheet", "The places of the organizations: one row each, with its address."
        ),
        (
            ID,
            ORGANIZATION,
            NAME,
            _c(
                "timezone",
                QT_TRANSLATE_NOOP("Spreadsheet", "Time zone"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet",
                    "The IANA time zone of the place, e.g. Europe/Sofia: hours are local time.",
                ),
                Kind.CHOICE,
                required=True,
                choices=Choices.TIMEZONE,
            ),
            _c(
                "confidential",
                QT_TRANSLATE_NOOP("Spreadsheet", "Confidential"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet",
                    "yes for a shelter or crisis centre whose address is never shown unasked.",
                ),
                Kind.YES_NO,
                choices=Choices.YES_NO,
            ),
            _c(
                "address_withheld",
                QT_TRANSLATE_NOOP("Spreadsheet", "Address left out"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet",
                    "yes when the confidential address was left out of this file; the import "
                    "then keeps the address already held.",
                ),
                Kind.YES_NO,
                choices=Choices.YES_NO,
            ),
            _c(
                "address_1",
                QT_TRANSLATE_NOOP("Spreadsheet", "Street"),
                QT_TRANSLATE_NOOP("Spreadsheet", "Street and number."),
            ),
            _c(
                "address_2",
                QT_TRANSLATE_NOOP("Spreadsheet", "Address line 2"),
                QT_TRANSLATE_NOOP("Spreadsheet", "Floor, building, or empty."),
            ),
            _c(
                "city",
                QT_TRANSLATE_NOOP("Spreadsheet", "City"),
                QT_TRANSLATE_NOOP("Spreadsheet", "The town or city."),
            ),
            _c(
                "region",
                QT_TRANSLATE_NOOP("Spreadsheet", "Region"),
                QT_TRANSLATE_NOOP("Spreadsheet", "The region or province, or empty."),
            ),
            _c(
                "postal_code",
                QT_TRANSLATE_NOOP("Spreadsheet", "Postal code"),
                QT_TRANSLATE_NOOP("Spreadsheet", "The postal code, or empty."),
            ),
            _c(
                "address_country",
                QT_TRANSLATE_NOOP("Spreadsheet", "Address country"),
                QT_TRANSLATE_NOOP("Spreadsheet", "Two-letter country code of the address."),
                Kind.CHOICE,
                choices=Choices.COUNTRY,
            ),
            _c(
                "latitude",
                QT_TRANSLATE_NOOP("Spreadsheet", "Latitude"),
                QT_TRANSLATE_NOOP("Spreadsheet", "Decimal degrees, or empty."),
                Kind.NUMBER,
            ),
            _c(
                "longitude",
                QT_TRANSLATE_NOOP("Spreadsheet", "Longitude"),
                QT_TRANSLATE_NOOP("Spreadsheet", "Decimal degrees, or empty."),
                Kind.NUMBER,
            ),
        ),
    ),
    Sheet(
        "services",
        QT_TRANSLATE_NOOP("Spreadsheet", "Services"),
        QT_TRANSLATE_NOOP("Spreadsheet", "What the organizations offer: one row each."),
        (
            ID,
            ORGANIZATION,
            NAME,
            DESCRIPTION,
            _c(
                "minimum_age",
                QT_TRANSLATE_NOOP("Spreadsheet", "Minimum age"),
                QT_TRANSLATE_NOOP("Spreadsheet", "The youngest age served, or empty for no limit."),
                Kind.WHOLE,
            ),
            _c(
                "maximum_age",
                QT_TRANSLATE_NOOP("Spreadsheet", "Maximum age"),
                QT_TRANSLATE_NOOP("Spreadsheet", "The oldest age served, or empty for no limit."),
                Kind.WHOLE,
            ),
            _c(
                "genders",
                QT_TRANSLATE_NOOP("Spreadsheet", "Genders"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet", "female, male, other, separated by commas; empty: everyone."
                ),
                Kind.CODES,
                choices=Choices.GENDER,
            ),
            _c(
                "nationality_status",
                QT_TRANSLATE_NOOP("Spreadsheet", "Nationality"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet", "national, foreign, separated by commas; empty: both."
                ),
                Kind.CODES,
                choices=Choices.NATIONALITY_STATUS,
            ),
            _c(
                "eligibility",
                QT_TRANSLATE_NOOP("Spreadsheet", "Eligibility"),
                QT_TRANSLATE_NOOP("Spreadsheet", "Who is eligible (optional)."),
                Kind.LANGUAGES,
            ),
            _c(
                "referral_methods",
                QT_TRANSLATE_NOOP("Spreadsheet", "Referral methods"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet", "phone, form, email, in_person, separated by commas."
                ),
                Kind.CODES,
                choices=Choices.REFERRAL_METHOD,
            ),
            _c(
                "referral_notes",
                QT_TRANSLATE_NOOP("Spreadsheet", "Referral notes"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet", "What the referring caseworker must do (optional)."
                ),
                Kind.LANGUAGES,
            ),
            _c(
                "serves_nationals_of",
                QT_TRANSLATE_NOOP("Spreadsheet", "Serves nationals of"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet",
                    "Country codes separated by commas, for consular services; empty: anyone.",
                ),
                Kind.CODES,
                choices=Choices.COUNTRY,
            ),
            LANGUAGE_CODES,
            _c(
                "location_ids",
                QT_TRANSLATE_NOOP("Spreadsheet", "Locations"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet",
                    "Ids (or keys) of the locations where it is given, one per line; the first "
                    "gives the time zone of its hours.",
                ),
                Kind.REFS,
                target="locations",
            ),
            EMAIL,
            _c(
                "url",
                QT_TRANSLATE_NOOP("Spreadsheet", "Web page"),
                QT_TRANSLATE_NOOP("Spreadsheet", "A web address, or empty."),
            ),
            AROUND_THE_CLOCK,
            *VERIFIED,
        ),
    ),
    Sheet(
        "service_categories",
        QT_TRANSLATE_NOOP("Spreadsheet", "Categories"),
        QT_TRANSLATE_NOOP(
            "Spreadsheet", "The categories of each service: one row per service and category."
        ),
        (
            SERVICE_REF,
            _c(
                "category",
                QT_TRANSLATE_NOOP("Spreadsheet", "Category"),
                QT_TRANSLATE_NOOP("Spreadsheet", "Choose from the list."),
                Kind.CHOICE,
                required=True,
                choices=Choices.CATEGORY,
            ),
        ),
    ),
    Sheet(
        "service_roles",
        QT_TRANSLATE_NOOP("Spreadsheet", "Roles"),
        QT_TRANSLATE_NOOP(
            "Spreadsheet",
            "The roles each service plays in a referral pathway: one row per service and role.",
        ),
        (
            SERVICE_REF,
            _c(
                "role",
                QT_TRANSLATE_NOOP("Spreadsheet", "Role"),
                QT_TRANSLATE_NOOP("Spreadsheet", "Choose from the list."),
                Kind.CHOICE,
                required=True,
                choices=Choices.ROLE,
            ),
        ),
    ),
    Sheet(
        "service_populations",
        QT_TRANSLATE_NOOP("Spreadsheet", "Populations"),
        QT_TRANSLATE_NOOP(
            "Spreadsheet", "Who each service is for: one row per service and population."
        ),
        (
            SERVICE_REF,
            _c(
                "population",
                QT_TRANSLATE_NOOP("Spreadsheet", "Population"),
                QT_TRANSLATE_NOOP("Spreadsheet", "Choose from the list."),
                Kind.CHOICE,
                required=True,
                choices=Choices.POPULATION,
            ),
        ),
    ),
    Sheet(
        "service_areas",
        QT_TRANSLATE_NOOP("Spreadsheet", "Service areas"),
        QT_TRANSLATE_NOOP(
            "Spreadsheet", "Where each service serves: one row per service and area."
        ),
        (
            SERVICE_REF,
            COUNTRY,
            _c(
                "region",
                QT_TRANSLATE_NOOP("Spreadsheet", "Region"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet", "A region of the country; empty: the whole country."
                ),
            ),
        ),
    ),
    Sheet(
        "contacts",
        QT_TRANSLATE_NOOP("Spreadsheet", "Contacts"),
        QT_TRANSLATE_NOOP("Spreadsheet", "People, duty desks and liaison officers: one row each."),
        (
            ID,
            ORGANIZATION,
            _c(
                "name",
                QT_TRANSLATE_NOOP("Spreadsheet", "Person's name"),
                QT_TRANSLATE_NOOP("Spreadsheet", "Empty for a duty desk or a role."),
            ),
            _c(
                "title",
                QT_TRANSLATE_NOOP("Spreadsheet", "Title"),
                QT_TRANSLATE_NOOP("Spreadsheet", "The role, e.g. Duty desk; English is required."),
                Kind.LANGUAGES,
                required=True,
            ),
            _c(
                "department",
                QT_TRANSLATE_NOOP("Spreadsheet", "Department"),
                QT_TRANSLATE_NOOP("Spreadsheet", "The department, or empty."),
            ),
            _c(
                "service_id",
                QT_TRANSLATE_NOOP("Spreadsheet", "Service"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet",
                    "The id (or key) of the service the contact belongs to, or empty.",
                ),
                Kind.REF,
                target="services",
            ),
            _c(
                "location_id",
                QT_TRANSLATE_NOOP("Spreadsheet", "Location"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet",
                    "The id (or key) of the location where the contact sits, or empty.",
                ),
                Kind.REF,
                target="locations",
            ),
            _c(
                "liaison",
                QT_TRANSLATE_NOOP("Spreadsheet", "Liaison"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet", "yes for a liaison contact between two countries."
                ),
                Kind.YES_NO,
                choices=Choices.YES_NO,
            ),
            _c(
                "counterpart_country",
                QT_TRANSLATE_NOOP("Spreadsheet", "Counterpart country"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet", "The country across the border a liaison works with, or empty."
                ),
                Kind.CHOICE,
                choices=Choices.COUNTRY,
            ),
            _c(
                "counterpart_id",
                QT_TRANSLATE_NOOP("Spreadsheet", "Counterpart"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet",
                    "The id (or key) of the counterpart contact across the border, or empty.",
                ),
                Kind.REF,
                target="contacts",
            ),
            LANGUAGE_CODES,
            AROUND_THE_CLOCK,
            EMAIL,
            *VERIFIED,
        ),
    ),
    Sheet(
        "phones",
        QT_TRANSLATE_NOOP("Spreadsheet", "Phones"),
        QT_TRANSLATE_NOOP(
            "Spreadsheet",
            "Phone numbers of organizations, services and contacts: one row each, in order.",
        ),
        (
            _c(
                "owner_id",
                QT_TRANSLATE_NOOP("Spreadsheet", "Belongs to"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet", "The id (or key) of the organization, service or contact."
                ),
                Kind.REF,
                required=True,
            ),
            _c(
                "number",
                QT_TRANSLATE_NOOP("Spreadsheet", "Number"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet",
                    "In international form, e.g. +43 1 00000 001; short codes as 112.",
                ),
                required=True,
            ),
            _c(
                "type",
                QT_TRANSLATE_NOOP("Spreadsheet", "Type"),
                QT_TRANSLATE_NOOP("Spreadsheet", "Choose from the list."),
                Kind.CHOICE,
                required=True,
                choices=Choices.PHONE_TYPE,
            ),
            _c(
                "extension",
                QT_TRANSLATE_NOOP("Spreadsheet", "Extension"),
                QT_TRANSLATE_NOOP("Spreadsheet", "Digits only, or empty."),
            ),
            _c(
                "placeholder",
                QT_TRANSLATE_NOOP("Spreadsheet", "Placeholder"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet", "yes for a number that stands in for one and cannot be dialled."
                ),
                Kind.YES_NO,
                choices=Choices.YES_NO,
            ),
            _c(
                "short_code_country",
                QT_TRANSLATE_NOOP("Spreadsheet", "Short code country"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet",
                    "For 112, 116 000, 116 111 and 147: the country where it is dialled.",
                ),
                Kind.CHOICE,
                choices=Choices.COUNTRY,
            ),
            _c(
                "description",
                QT_TRANSLATE_NOOP("Spreadsheet", "Description"),
                QT_TRANSLATE_NOOP("Spreadsheet", "e.g. Switchboard (optional)."),
                Kind.LANGUAGES,
            ),
        ),
    ),
    Sheet(
        "hours",
        QT_TRANSLATE_NOOP("Spreadsheet", "Hours"),
        QT_TRANSLATE_NOOP(
            "Spreadsheet",
            "Weekly opening hours of locations, services and contacts, in local time: one row "
            "per set of days.",
        ),
        (
            _c(
                "owner_id",
                QT_TRANSLATE_NOOP("Spreadsheet", "Belongs to"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet", "The id (or key) of the location, service or contact."
                ),
                Kind.REF,
                required=True,
            ),
            _c(
                "byday",
                QT_TRANSLATE_NOOP("Spreadsheet", "Days"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet",
                    "Days as MO,TU,WE,TH,FR,SA,SU, separated by commas; choose or type.",
                ),
                Kind.CHOICE,
                required=True,
                choices=Choices.DAYS,
            ),
            _c(
                "opens_at",
                QT_TRANSLATE_NOOP("Spreadsheet", "Opens"),
                QT_TRANSLATE_NOOP("Spreadsheet", "HH:MM"),
                Kind.TIME,
                required=True,
            ),
            _c(
                "closes_at",
                QT_TRANSLATE_NOOP("Spreadsheet", "Closes"),
                QT_TRANSLATE_NOOP(
                    "Spreadsheet", "HH:MM; earlier than the opening time means past midnight."
                ),
                Kind.TIME,
                required=True,
            ),
            _c(
                "valid_from",
                QT_TRANSLATE_NOOP("Spreadsheet", "From"),
                QT_TRANSLATE_NOOP("Spreadsheet", "First day these hours hold, or empty."),
                Kind.DATE,
            ),
            _c(
                "valid_to",
                QT_TRANSLATE_NOOP("Spreadsheet", "Until"),
                QT_TRANSLATE_NOOP("Spreadsheet", "Last day these hours hold, or empty."),
                Kind.DATE,
            ),
            _c(
                "description",
                QT_TRANSLATE_NOOP("Spreadsheet", "Description"),
                QT_TRANSLATE_NOOP("Spreadsheet", "A note on these hours (optional)."),
                Kind.LANGUAGES,
            ),
        ),
    ),
)
SHEET_BY_KEY = {sheet.key: sheet for sheet in SHEETS}
LISTS_TITLE = QT_TRANSLATE_NOOP("Spreadsheet", "Lists")
LISTS_NOTE = QT_TRANSLATE_NOOP("Spreadsheet", "The values of the drop-down lists. Not imported.")
README_TITLE = QT_TRANSLATE_NOOP("Spreadsheet", "Read me")


def column_fields(sheet: Sheet, languages: tuple[str, ...]) -> list[tuple[Column, str, str]]:
    """Each cell column of a sheet: its column, its machine name, its language ("" if none)."""
    out = []
    for column in sheet.columns:
        if column.kind is Kind.LANGUAGES:
            out += [(column, f"{column.field}.{lang}", lang) for lang in languages]
        else:
            out.append((column, column.field, ""))
    return out


def header_field(header: object) -> str | None:
    """The machine name a header cell keeps in brackets, or the header itself if it is one."""
    if not isinstance(header, str):
        return None
    text = header.strip()
    match = HEADER_FIELD.search(text)
    if match:
        return match[1]
    return text if re.fullmatch(r"[a-z_0-9]+(?:\.[a-z]{2,3})?", text) else None
