"""The HSDS 3.0 tables Referral Desk reads and writes: columns, types, keys, and their schema.

Each table is written as ``name:type`` per column, in the order of the HSDS
tabular data package; ``!`` marks a required column, ``u`` a unique one, and
``=a|b`` the allowed values (``+`` stands for a space). A test holds these against the official
``datapackage.json``; HSDS's descriptions of the columns are not copied here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

HSDS_VERSION = "3.0.0"


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str  # Table Schema type: string, number, date, datetime, time
    format: str | None  # uuid, email, uri
    required: bool
    unique: bool
    enum: tuple[str, ...] | None

    def schema(self) -> dict[str, Any]:
        field: dict[str, Any] = {"name": self.name, "type": self.type}
        if self.format:
            field["format"] = self.format
        constraints: dict[str, Any] = {"required": self.required, "unique": self.unique}
        if self.enum:
            constraints["enum"] = list(self.enum)
        field["constraints"] = constraints
        return field


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    path: str
    columns: tuple[Column, ...]
    foreign_keys: tuple[tuple[str, str], ...]  # (column, table it points to)

    @property
    def column_names(self) -> tuple[str, ...]:
        return COLUMN_NAMES[self.name]

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)

    def schema(self, present: set[str]) -> dict[str, Any]:
        """The Table Schema, with foreign keys only to tables that are in the package."""
        keys = [
            {"fields": column, "reference": {"resource": target, "fields": "id"}}
            for column, target in self.foreign_keys
            if target in present
        ]
        schema: dict[str, Any] = {
            "fields": [c.schema() for c in self.columns],
            "primaryKey": "id",
        }
        if keys:
            schema["foreignKeys"] = keys
        return schema


def _column(spec: str) -> Column:
    name, _, rest = spec.partition(":")
    rest, _, enum = rest.partition("=")
    kind = rest.rstrip("!u")
    flags = rest[len(kind) :]
    formats = {"uuid", "email", "uri"}
    return Column(
        name=name,
        type="string" if kind in formats else kind,
        format=kind if kind in formats else None,
        required="!" in flags,
        unique="u" in flags or name == "id",
        enum=tuple(v.replace("+", " ") for v in enum.split("|")) if enum else None,
    )


def _table(name: str, path: str, columns: str, keys: str = "") -> Table:
    foreign = tuple(
        (part.split(">")[0], part.split(">")[1]) for part in keys.split() if ">" in part
    )
    return Table(name, path, tuple(_column(c) for c in columns.split()), foreign)


_UUID = "id:uuid!"
TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        _table(
            "organization",
            "organizations.csv",
            f"{_UUID} name:string! alternate_name:string description:string! email:email "
            "website:uri tax_status:string tax_id:string year_incorporated:number "
            "legal_status:string logo:string uri:uri parent_organization_id:uuid",
        ),
        _table(
            "service",
            "services.csv",
            f"{_UUID} organization_id:uuid! program_id:uuid name:string! alternate_name:string "
            "description:string url:uri email:email "
            "status:string!=active|inactive|defunct|temporarily+closed "
            "interpretation_services:string application_process:string "
            "fees_description:string wait_time:string fees:string accreditations:string "
            "eligibility_description:string minimum_age:number maximum_age:number "
            "assured_date:date assurer_email:email licenses:string alert:string "
            "last_modified:datetime",
            "organization_id>organization program_id>program",
        ),
        _table(
            "attribute",
            "attributes.csv",
            f"{_UUID} link_id:uuid! taxonomy_term_id:uuid! link_type:string "
            "link_entity:string! value:string",
            "taxonomy_term_id>taxonomy_term",
        ),
        _table(
            "service_at_location",
            "service_at_location.csv",
            f"{_UUID} service_id:uuid! location_id:uuid! description:string",
            "service_id>service location_id>location",
        ),
        _table(
            "location",
            "locations.csv",
            f"{_UUID} location_type:string!=physical|postal|virtual url:uri "
            "organization_id:uuid name:string alternate_name:string description:string "
            "transportation:string latitude:number longitude:number "
            "external_identifier:string external_identifier_type:string",
            "organization_id>organization",
        ),
        _table(
            "phone",
            "phones.csv",
            f"{_UUID} location_id:uuid service_id:uuid organization_id:uuid contact_id:uuid "
            "service_at_location_id:uuid number:string! extension:number type:string "
            "description:string",
            "contact_id>contact location_id>location organization_id>organization "
            "service_id>service service_at_location_id>service_at_location",
        ),
        _table(
            "contact",
            "contacts.csv",
            f"{_UUID} organization_id:uuid service_id:uuid service_at_location_id:uuid "
            "location_id:uuid name:string title:string department:string email:email",
            "location_id>location organization_id>organization service_id>service "
            "service_at_location_id>service_at_location",
        ),
        _table(
            "address",
            "addresses.csv",
            f"{_UUID} location_id:uuid attention:string address_1:string! address_2:string "
            "city:string! region:string state_province:string! postal_code:string! "
            "country:string! address_type:string!=physical|postal|virtual",
            "location_id>location",
        ),
        _table(
            "schedule",
            "schedules.csv",
            f"{_UUID} service_id:uuid location_id:uuid service_at_location_id:uuid "
            "valid_from:date valid_to:date dtstart:date timezone:number until:date "
            "count:number wkst:string=MO|TU|WE|TH|FR|SA|SU freq:string=WEEKLY|MONTHLY "
            "interval:number byday:string byweekno:string bymonthday:string "
            "byyearday:string description:string opens_at:time closes_at:time "
            "schedule_link:uri attending_type:string notes:string",
            "location_id>location service_id>service service_at_location_id>service_at_location",
        ),
        _table(
            "service_area",
            "service_areas.csv",
            f"{_UUID} service_id:uuid name:string description:string extent:string "
            "extent_type:string uri:string",
            "service_id>service",
        ),
        _table(
            "language",
            "languages.csv",
            f"{_UUID} service_id:uuid location_id:uuid phone_id:uuid name:string "
            "code:string note:string",
            "location_id>location phone_id>phone service_id>service",
        ),
        _table(
            "taxonomy_term",
            "taxonomy_terms.csv",
            f"{_UUID} code:stringu name:string! description:string! parent_id:uuid "
            "taxonomy:string language:string taxonomy_id:uuid term_uri:uri",
            "taxonomy_id>taxonomy",
        ),
        _table(
            "metadata",
            "metadata.csv",
            f"{_UUID} resource_id:uuid! resource_type:string! last_action_date:date! "
            "last_action_type:string! field_name:string! previous_value:string! "
            "replacement_value:string! updated_by:string!",
        ),
        _table(
            "taxonomy",
            "taxonomies.csv",
            f"{_UUID} name:string! description:string! uri:uri version:string",
        ),
    )
}

COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    t.name: tuple(c.name for c in t.columns) for t in TABLES.values()
}

# Tables of HSDS 3.0 that Referral Desk has no place for at all (their rows are reported).
OTHER_TABLES: dict[str, str] = {
    "programs.csv": "program",
    "funding.csv": "funding",
    "accessibility.csv": "accessibility",
    "cost_options.csv": "cost_option",
    "required_documents.csv": "required_document",
    "organization_identifiers.csv": "organization_identifier",
    "meta_table_descriptions.csv": "meta_table_description",
}
TABLE_BY_PATH: dict[str, str] = {t.path: t.name for t in TABLES.values()}


def datapackage(
    present: list[str],
    *,
    title: str,
    version: str,
    created: str,
    description: str,
    extension: dict[str, Any],
) -> dict[str, Any]:
    """The ``datapackage.json`` of an export holding the tables in ``present``."""
    names = set(present)
    package: dict[str, Any] = {
        "name": "human_services_data",
        "title": title,
        "description": description,
        "profile": "tabular-data-package",
        "version": version,
        "created": created,
        "hsds_version": HSDS_VERSION,
        "resources": [
            {
                "name": TABLES[name].name,
                "path": TABLES[name].path,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "profile": "tabular-data-resource",
                "schema": TABLES[name].schema(names),
            }
            for name in present
        ],
    }
    package.update(extension)
    return package
