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


def T(text: str) -> str:
    return QT_TRANSLATE_NOOP("Spreadsheet", text)


ID = _c(
    "id",
    T("Id"),
    T(
        "The record's lasting id. Keep it as it is. For a new record write any short key "
        "without spaces, e.g. org-7: other sheets can point to it, and the import gives it "
        "a lasting id."
    ),
    Kind.ID,
    required=True,
)
ORGANIZATION = _c(
    "organization_id",
    T("Organization"),
    T("The id (or key) of the organization on the sheet Organizations."),
    Kind.REF,
    required=True,
    target="organizations",
)
SERVICE_REF = _c(
    "service_id",
    T("Service"),
    T("The id (or key) of the service on the sheet Services."),
    Kind.REF,
    required=True,
    target="services",
)
VERIFIED = (
    _c(
        "verified_at",
        T("Verified on"),
        T("When the record was last checked, as YYYY-MM-DD."),
        Kind.DATE,
        required=True,
    ),
    _c("verified_by", T("Verified by"), T("Who checked it."), required=True),
    _c(
        "verified_source",
        T("Source"),
        T("Where it was checked, e.g. a phone call or a web page."),
        required=True,
    ),
)
NAME = _c(
    "name",
    T("Name"),
    T("The name; English is required, the other languages are optional."),
    Kind.LANGUAGES,
    required=True,
)
DESCRIPTION = _c(
    "description",
    T("Description"),
    T("What it does; English is required."),
    Kind.LANGUAGES,
    required=True,
)
COUNTRY = _c(
    "country",
    T("Country"),
    T("Two-letter country code (ISO 3166-1), e.g. AT or BG."),
    Kind.CHOICE,
    required=True,
    choices=Choices.COUNTRY,
)
LANGUAGE_CODES = _c(
    "languages",
    T("Languages"),
    T("Two-letter language codes (ISO 639-1), separated by commas, e.g. bg, en."),
    Kind.CODES,
    choices=Choices.LANGUAGE,
)
AROUND_THE_CLOCK = _c(
    "around_the_clock",
    T("Around the clock"),
    T("yes if reachable 24 hours a day, every day."),
    Kind.YES_NO,
    choices=Choices.YES_NO,
)
EMAIL = _c("email", T("E-mail"), T("An e-mail address, or empty."))

SHEETS: tuple[Sheet, ...] = (
    Sheet(
        "directory",
        T("Directory"),
        T("About the data set: one row."),
        (
            _c(
                "name",
                T("Name"),
                T("The name of the data set."),
                Kind.LANGUAGES,
                required=True,
            ),
            _c("version", T("Version"), T("e.g. 2026.11"), required=True),
            _c(
                "published",
                T("Published"),
                T("When it was issued, as YYYY-MM-DD."),
                Kind.DATE,
                required=True,
            ),
            _c("publisher", T("Publisher"), T("Who issued it."), required=True),
            _c(
                "sample",
                T("Sample data"),
                T("yes for sample data that must not be used for real referrals."),
                Kind.YES_NO,
                required=True,
                choices=Choices.YES_NO,
            ),
            _c(
                "notice",
                T("Notice"),
                T("Shown in the About box; English is required."),
                Kind.LANGUAGES,
                required=True,
            ),
        ),
    ),
    Sheet(
        "terms",
        T("Terms"),
        T("The labels of categories, roles and populations in every language."),
        (
            ID,
            _c(
                "taxonomy",
                T("Taxonomy"),
                T("category, role or population."),
                Kind.CHOICE,
                required=True,
                choices=Choices.TAXONOMY,
            ),
            _c("code", T("Code"), T("The code used on the other sheets."), required=True),
            _c(
                "name",
                T("Label"),
                T("The label; English is required."),
                Kind.LANGUAGES,
                required=True,
            ),
            _c(
                "description",
                T("Description"),
                T("What the term means (optional)."),
                Kind.LANGUAGES,
            ),
        ),
    ),
    Sheet(
        "organizations",
        T("Organizations"),
        T("The bodies: one row each."),
        (
            ID,
            NAME,
            _c(
                "own_name_lang",
                T("Own name: language"),
                T("The language of the body's own name, e.g. bg."),
                Kind.CHOICE,
                required=True,
                choices=Choices.LANGUAGE,
            ),
            _c(
                "own_name",
                T("Own name"),
                T("The body's own name in its own language and script."),
                required=True,
            ),
            _c(
                "alternate_names",
                T("Other names"),
                T("Acronyms and other names people type, one per line."),
                Kind.LINES,
            ),
            DESCRIPTION,
            COUNTRY,
            _c(
                "parent_id",
                T("Parent organization"),
                T("The id (or key) of the organization this one belongs to, or empty."),
                Kind.REF,
                target="organizations",
            ),
            _c("website", T("Website"), T("A web address starting with https://, or empty.")),
            EMAIL,
            *VERIFIED,
        ),
    ),
    Sheet(
        "locations",
        T("Locations"),
        T("The places of the organizations: one row each, with its address."),
        (
            ID,
            ORGANIZATION,
            NAME,
            _c(
                "timezone",
                T("Time zone"),
                T("The IANA time zone of the place, e.g. Europe/Sofia: hours are local time."),
                Kind.CHOICE,
                required=True,
                choices=Choices.TIMEZONE,
            ),
            _c(
                "confidential",
                T("Confidential"),
                T("yes for a shelter or crisis centre whose address is never shown unasked."),
                Kind.YES_NO,
                choices=Choices.YES_NO,
            ),
            _c(
                "address_withheld",
                T("Address left out"),
                T(
                    "yes when the confidential address was left out of this file; the import "
                    "then keeps the address already held."
                ),
                Kind.YES_NO,
                choices=Choices.YES_NO,
            ),
            _c("address_1", T("Street"), T("Street and number.")),
            _c("address_2", T("Address line 2"), T("Floor, building, or empty.")),
            _c("city", T("City"), T("The town or city.")),
            _c("region", T("Region"), T("The region or province, or empty.")),
            _c("postal_code", T("Postal code"), T("The postal code, or empty.")),
            _c(
                "address_country",
                T("Address country"),
                T("Two-letter country code of the address."),
                Kind.CHOICE,
                choices=Choices.COUNTRY,
            ),
            _c("latitude", T("Latitude"), T("Decimal degrees, or empty."), Kind.NUMBER),
            _c("longitude", T("Longitude"), T("Decimal degrees, or empty."), Kind.NUMBER),
        ),
    ),
    Sheet(
        "services",
        T("Services"),
        T("What the organizations offer: one row each."),
        (
            ID,
            ORGANIZATION,
            NAME,
            DESCRIPTION,
            _c(
                "minimum_age",
                T("Minimum age"),
                T("The youngest age served, or empty for no limit."),
                Kind.WHOLE,
            ),
            _c(
                "maximum_age",
                T("Maximum age"),
                T("The oldest age served, or empty for no limit."),
                Kind.WHOLE,
            ),
            _c(
                "genders",
                T("Genders"),
                T("female, male, other, separated by commas; empty: everyone."),
                Kind.CODES,
                choices=Choices.GENDER,
            ),
            _c(
                "nationality_status",
                T("Nationality"),
                T("national, foreign, separated by commas; empty: both."),
                Kind.CODES,
                choices=Choices.NATIONALITY_STATUS,
            ),
            _c(
                "eligibility",
                T("Eligibility"),
                T("Who is eligible (optional)."),
                Kind.LANGUAGES,
            ),
            _c(
                "referral_methods",
                T("Referral methods"),
                T("phone, form, email, in_person, separated by commas."),
                Kind.CODES,
                choices=Choices.REFERRAL_METHOD,
            ),
            _c(
                "referral_notes",
                T("Referral notes"),
                T("What the referring caseworker must do (optional)."),
                Kind.LANGUAGES,
            ),
            _c(
                "serves_nationals_of",
                T("Serves nationals of"),
                T("Country codes separated by commas, for consular services; empty: anyone."),
                Kind.CODES,
                choices=Choices.COUNTRY,
            ),
            LANGUAGE_CODES,
            _c(
                "location_ids",
                T("Locations"),
                T(
                    "Ids (or keys) of the locations where it is given, one per line; the first "
                    "gives the time zone of its hours."
                ),
                Kind.REFS,
                target="locations",
            ),
            EMAIL,
            _c("url", T("Web page"), T("A web address, or empty.")),
            AROUND_THE_CLOCK,
            *VERIFIED,
        ),
    ),
    Sheet(
        "service_categories",
        T("Categories"),
        T("The categories of each service: one row per service and category."),
        (
            SERVICE_REF,
            _c(
                "category",
                T("Category"),
                T("Choose from the list."),
                Kind.CHOICE,
                required=True,
                choices=Choices.CATEGORY,
            ),
        ),
    ),
    Sheet(
        "service_roles",
        T("Roles"),
        T("The roles each service plays in a referral pathway: one row per service and role."),
        (
            SERVICE_REF,
            _c(
                "role",
                T("Role"),
                T("Choose from the list."),
                Kind.CHOICE,
                required=True,
                choices=Choices.ROLE,
            ),
        ),
    ),
    Sheet(
        "service_populations",
        T("Populations"),
        T("Who each service is for: one row per service and population."),
        (
            SERVICE_REF,
            _c(
                "population",
                T("Population"),
                T("Choose from the list."),
                Kind.CHOICE,
                required=True,
                choices=Choices.POPULATION,
            ),
        ),
    ),
    Sheet(
        "service_areas",
        T("Service areas"),
        T("Where each service serves: one row per service and area."),
        (
            SERVICE_REF,
            COUNTRY,
            _c("region", T("Region"), T("A region of the country; empty: the whole country.")),
        ),
    ),
    Sheet(
        "contacts",
        T("Contacts"),
        T("People, duty desks and liaison officers: one row each."),
        (
            ID,
            ORGANIZATION,
            _c("name", T("Person's name"), T("Empty for a duty desk or a role.")),
            _c(
                "title",
                T("Title"),
                T("The role, e.g. Duty desk; English is required."),
                Kind.LANGUAGES,
                required=True,
            ),
            _c("department", T("Department"), T("The department, or empty.")),
            _c(
                "service_id",
                T("Service"),
                T("The id (or key) of the service the contact belongs to, or empty."),
                Kind.REF,
                target="services",
            ),
            _c(
                "location_id",
                T("Location"),
                T("The id (or key) of the location where the contact sits, or empty."),
                Kind.REF,
                target="locations",
            ),
            _c(
                "liaison",
                T("Liaison"),
                T("yes for a liaison contact between two countries."),
                Kind.YES_NO,
                choices=Choices.YES_NO,
            ),
            _c(
                "counterpart_country",
                T("Counterpart country"),
                T("The country across the border a liaison works with, or empty."),
                Kind.CHOICE,
                choices=Choices.COUNTRY,
            ),
            _c(
                "counterpart_id",
                T("Counterpart"),
                T("The id (or key) of the counterpart contact across the border, or empty."),
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
        T("Phones"),
        T("Phone numbers of organizations, services and contacts: one row each, in order."),
        (
            _c(
                "owner_id",
                T("Belongs to"),
                T("The id (or key) of the organization, service or contact."),
                Kind.REF,
                required=True,
            ),
            _c(
                "number",
                T("Number"),
                T("In international form, e.g. +43 1 00000 001; short codes as 112."),
                required=True,
            ),
            _c(
                "type",
                T("Type"),
                T("Choose from the list."),
                Kind.CHOICE,
                required=True,
                choices=Choices.PHONE_TYPE,
            ),
            _c("extension", T("Extension"), T("Digits only, or empty.")),
            _c(
                "placeholder",
                T("Placeholder"),
                T("yes for a number that stands in for one and cannot be dialled."),
                Kind.YES_NO,
                choices=Choices.YES_NO,
            ),
            _c(
                "short_code_country",
                T("Short code country"),
                T("For 112, 116 000, 116 111 and 147: the country where it is dialled."),
                Kind.CHOICE,
                choices=Choices.COUNTRY,
            ),
            _c(
                "description",
                T("Description"),
                T("e.g. Switchboard (optional)."),
                Kind.LANGUAGES,
            ),
        ),
    ),
    Sheet(
        "hours",
        T("Hours"),
        T(
            "Weekly opening hours of locations, services and contacts, in local time: one row "
            "per set of days."
        ),
        (
            _c(
                "owner_id",
                T("Belongs to"),
                T("The id (or key) of the location, service or contact."),
                Kind.REF,
                required=True,
            ),
            _c(
                "byday",
                T("Days"),
                T("Days as MO,TU,WE,TH,FR,SA,SU, separated by commas; choose or type."),
                Kind.CHOICE,
                required=True,
                choices=Choices.DAYS,
            ),
            _c("opens_at", T("Opens"), T("HH:MM"), Kind.TIME, required=True),
            _c(
                "closes_at",
                T("Closes"),
                T("HH:MM; earlier than the opening time means past midnight."),
                Kind.TIME,
                required=True,
            ),
            _c("valid_from", T("From"), T("First day these hours hold, or empty."), Kind.DATE),
            _c("valid_to", T("Until"), T("Last day these hours hold, or empty."), Kind.DATE),
            _c(
                "description",
                T("Description"),
                T("A note on these hours (optional)."),
                Kind.LANGUAGES,
            ),
        ),
    ),
)
SHEET_BY_KEY = {sheet.key: sheet for sheet in SHEETS}
LISTS_TITLE = T("Lists")
LISTS_NOTE = T("The values of the drop-down lists. Not imported.")
README_TITLE = T("Read me")


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
