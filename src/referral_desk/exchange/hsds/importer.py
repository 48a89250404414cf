"""HSDS rows into a checked directory: organizations with their places, services and contacts.

The rows come from a JSON document or from CSV tables (``readers.py``); this
module makes the directory file's content from them, reports every value it
cannot hold, and refuses the whole file on the first kind of real error.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from referral_desk.domain.vocab import Category, Population, ReferralMethod, Role
from referral_desk.exchange.directory_json import (
    FORMAT,
    FORMAT_VERSION,
    DirectoryFile,
    check_directory,
)
from referral_desk.exchange.hsds import parts
from referral_desk.exchange.hsds.attributes import (
    OUR_TAXONOMY_IDS,
    AttributeBag,
    Attributes,
    Terms,
)
from referral_desk.exchange.hsds.export import CHILDREN_MAXIMUM_AGE
from referral_desk.exchange.hsds.fields import COUNTRY, LANGUAGE, Fields
from referral_desk.exchange.hsds.parts import Context, text
from referral_desk.exchange.hsds.problems import Code, Findings, Place, Problem
from referral_desk.exchange.hsds.rows import Row
from referral_desk.exchange.hsds.tables import TABLES
from referral_desk.exchange.hsds.terms import (
    EXTENSION_FORMAT,
    EXTENSION_KEY,
    EXTENSION_VERSION,
    Field,
    derived_id,
)

JsonObject = dict[str, Any]
STATUSES = ("active", "inactive", "defunct", "temporarily closed")
METHODS = {m.value for m in ReferralMethod}


@dataclass(frozen=True)
class ImportOptions:
    """What an import from elsewhere needs and an HSDS file may not say.

    ``country`` and ``timezone`` place organizations and locations the file
    does not place; ``category`` is given to services without one of ours;
    ``taxonomy`` (the directory's own terms) labels categories, roles and
    populations; ``directory`` describes the data set. A file exported by
    Referral Desk carries all of these itself.
    """

    today: date
    country: str | None = None
    timezone: str | None = None
    category: str = Category.SOCIAL_SERVICES.value
    taxonomy: tuple[JsonObject, ...] | None = None
    directory: JsonObject | None = None


@dataclass(frozen=True)
class HsdsImport:
    """A checked directory made from an HSDS file, and what could not be kept."""

    directory: DirectoryFile
    report: tuple[Problem, ...]
    from_referral_desk: bool  # the file carries Referral Desk's own block
    confidential_addresses: bool  # the file holds confidential addresses


def default_taxonomy() -> list[JsonObject]:
    """Terms for every category, role and population, labelled in English by their code."""
    terms = []
    for taxonomy, codes in (
        ("category", list(Category)),
        ("role", list(Role)),
        ("population", list(Population)),
    ):
        for code in codes:
            label = code.value.replace("_", " ").capitalize()
            terms.append(
                {
                    "id": derived_id("default-term", taxonomy, code.value),
                    "taxonomy": taxonomy,
                    "code": code.value,
                    "name": {"en": label},
                }
            )
    return terms


class Builder:
    """Makes the directory content from the rows of one HSDS file."""

    def __init__(
        self,
        file: str,
        rows: dict[str, list[Row]],
        block: Any,
        options: ImportOptions,
        findings: Findings,
    ) -> None:
        self.file = file
        self.rows = rows
        self.options = options
        self.findings = findings
        self.ours = False
        self.confidential = False
        self.taxonomy: list[JsonObject] = list(options.taxonomy or default_taxonomy())
        self.info = options.directory or self._default_info()
        self._read_block(block)
        findings.raise_errors()  # a block we cannot read: say that alone
        term_ids = {t["id"]: (t["taxonomy"], t["code"]) for t in self.taxonomy}
        terms = Terms(rows.get("taxonomy_term", []), term_ids, findings)
        attributes = Attributes(rows.get("attribute", []), terms, findings)
        sample = bool(self.info.get("sample")) if self.ours else False
        self.ctx = Context(file, findings, attributes, self.ours, sample, options.today)
        self.by: dict[str, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
        self._filed: dict[str, dict[str, dict[str, Row]]] = defaultdict(lambda: defaultdict(dict))
        for table, column in (
            ("phone", "organization_id"),
            ("phone", "service_id"),
            ("phone", "contact_id"),
            ("schedule", "service_id"),
            ("schedule", "location_id"),
            ("address", "location_id"),
            ("service_area", "service_id"),
            ("service_at_location", "service_id"),
            ("language", "service_id"),
            ("metadata", "resource_id"),
        ):
            for row in rows.get(table, []):
                value = row.values.get(column)
                if isinstance(value, str) and value:
                    self._index(f"{table}.{column}", value.lower(), row)
        self.ctx.metadata = self.by["metadata.resource_id"]
        self.used_ids: dict[str, Place] = {}

    def _index(self, key: str, owner: str, row: Row) -> None:
        """File the row under its owner, once: JSON repeats a row wherever its owner is."""
        siblings = self._filed[key][owner]
        row_id = row.values.get("id")
        sibling = siblings.get(row_id) if isinstance(row_id, str) else None
        if sibling is None:
            siblings[row_id if isinstance(row_id, str) else str(id(row))] = row
            self.by[key][owner].append(row)
            return
        if sibling.values != row.values:
            self.findings.error(
                row.place.at("id"),
                Code.DUPLICATE_ID,
                value=str(row_id),
                other=sibling.place,
            )
        self.ctx.claimed.add(id(row))

    def _default_info(self) -> JsonObject:
        today = self.options.today.isoformat()
        return {
            "name": {"en": f"Imported from {self.file}"},
            "version": f"hsds-{today}",
            "published": today,
            "publisher": "HSDS import",
            "sample": False,
            "notice": {"en": f"Imported from the Open Referral HSDS file {self.file}."},
        }

    def _read_block(self, block: Any) -> None:
        if block is None:
            return
        place = Place(self.file, field=EXTENSION_KEY)
        if not isinstance(block, dict) or block.get("format") != EXTENSION_FORMAT:
            self.findings.note(place, Code.NOT_HELD)
            return
        if block.get("format_version") != EXTENSION_VERSION:
            self.findings.error(
                place,
                Code.UNKNOWN_FORMAT_VERSION,
                found=str(block.get("format_version")),
                expected=str(EXTENSION_VERSION),
            )
            return
        directory, taxonomy = block.get("directory"), block.get("taxonomy")
        if not isinstance(directory, dict) or not isinstance(taxonomy, list):
            found = "an object" if isinstance(taxonomy, list) else "a list"
            self.findings.error(place, Code.WRONG_TYPE, expected="an object", found=found)
            return
        if not all(
            isinstance(t, dict) and {"id", "taxonomy", "code"} <= t.keys() for t in taxonomy
        ):
            self.findings.error(
                place.at("taxonomy"), Code.WRONG_TYPE, expected="a list", found="an object"
            )
            return
        self.ours = True
        self.info = directory
        self.taxonomy = taxonomy
        self.confidential = block.get("confidential_addresses") == "included"

    # ---------------------------------------------------------------- helpers

    def _claim_id(self, fields: Fields, kind: str) -> str | None:
        record_id = fields.id(required=True)
        if record_id is None:
            return None
        if record_id in self.used_ids:
            other = self.used_ids[record_id]
            fields.error("id", Code.DUPLICATE_ID, other, value=record_id)
            return None
        self.used_ids[record_id] = fields.place
        return record_id

    def _merged(self, table: str) -> list[Row]:
        """Rows of a table, one per id: JSON repeats a record wherever it is nested."""
        merged: dict[str, Row] = {}
        out = []
        for row in self.rows.get(table, []):
            key = str(row.values.get("id") or "").lower()
            first = merged.get(key)
            if first is None or not key:
                merged[key] = row
                out.append(row)
                continue
            if row.place.row is not None:
                out.append(row)  # a CSV row twice: the id check will say so
                continue
            for column, value in row.values.items():
                if first.values.get(column) in (None, ""):
                    first.values[column] = value
                elif value not in (None, "") and value != first.values[column]:
                    self.findings.error(
                        row.place.at(column),
                        Code.DUPLICATE_ID,
                        value=key,
                        other=first.place,
                    )
            self.ctx.claimed.add(id(row))
        return out

    def _codes(
        self, bag: AttributeBag, field: Field, valid: Callable[[str], object], reason: str
    ) -> list[str]:
        """The distinct values of a many-valued field, each checked."""
        out: list[str] = []
        for value, attribute in bag.values(field):
            if not valid(value):
                attribute.error("value", Code.BAD_VALUE, value=value, reason=reason)
            elif value not in out:
                out.append(value)
        return out

    # ---------------------------------------------------------------- records

    def build(self) -> JsonObject:
        organizations: dict[str, JsonObject] = {}
        org_rows = {}
        for row in self._merged("organization"):
            fields = self.ctx.claim(row)
            org_id = self._claim_id(fields, "organization")
            if org_id is not None:
                organizations[org_id] = self._organization_head(fields, org_id)
                org_rows[org_id] = fields
        services = self._services(organizations)
        locations = self._locations(organizations, services)
        for org_id, org in organizations.items():
            self._finish_organization(org, org_rows[org_id], locations)
        for service, fields in services.values():
            self._finish_service(service, fields, organizations, locations)
        self._contacts(organizations, services, locations)
        self._check_links(organizations)
        self._report_leftovers()
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "directory": self.info,
            "taxonomy": self.taxonomy,
            "organizations": list(organizations.values()),
        }

    def _organization_head(self, fields: Fields, org_id: str) -> JsonObject:
        bag = self.ctx.attributes.of(org_id)
        name = text(fields, bag, "name", required=True)
        description = text(fields, bag, "description")
        own = bag.json(Field.OWN_NAME)
        own_name = own[0][0] if own else None
        if own and not (
            isinstance(own_name, dict)
            and isinstance(own_name.get("lang"), str)
            and LANGUAGE.match(own_name["lang"])
            and isinstance(own_name.get("text"), str)
        ):
            own[0][1].error("value", Code.BAD_VALUE, value=str(own_name)[:80], reason="bad_json")
        country_attr = bag.value(Field.COUNTRY)
        alternate = fields.text("alternate_name")
        names = [alternate] if alternate else []
        names += [v for v, _ in bag.values(Field.ALTERNATE_NAME) if v not in names]
        org: JsonObject = {
            "id": org_id,
            "name": name,
            "own_name": own_name,
            "alternate_names": names,
            "description": description,
            "country": parts.country(country_attr[1], "value", country_attr[0])
            if country_attr
            else None,
            "parent_id": fields.id("parent_organization_id"),
            "website": parts.url(fields, "website"),
            "email": parts.email(fields),
            "phones": [],
            "verified": None,
            "locations": [],
            "services": [],
            "contacts": [],
        }
        return org

    def _finish_organization(
        self, org: JsonObject, fields: Fields, locations: dict[str, tuple[JsonObject, str]]
    ) -> None:
        org_id = org["id"]
        bag = self.ctx.attributes.of(org_id)
        org["locations"] = [loc for loc, owner in locations.values() if owner == org_id]
        if org["country"] is None:
            countries = [loc["address"]["country"] for loc in org["locations"]]
            org["country"] = countries[0] if countries else self.options.country
            if org["country"] is None:
                fields.error("id", Code.NEEDS_COUNTRY)
                org["country"] = "ZZ"
            elif not countries:
                fields.note("id", Code.ASSUMED, value=org["country"])
        if org["description"] is None:
            org["description"] = dict(org["name"] or {"en": "-"})
            fields.note("description", Code.ASSUMED, value=(org["name"] or {}).get("en", ""))
        if org["own_name"] is None and org["name"]:
            org["own_name"] = {"lang": "en", "text": org["name"]["en"]}
        org["phones"] = self._phones(org_id, "organization_id", org["country"])
        org["verified"] = parts.verification(self.ctx, org_id, None)
        bag.finish()
        fields.finish()

    def _phones(self, owner_id: str, column: str, country: str) -> list[JsonObject]:
        out: list[JsonObject] = []
        for row in self.by[f"phone.{column}"].get(owner_id, []):
            out.append(parts.phone(self.ctx, row, owner_id, len(out), country))
        return out

    def _services(
        self, organizations: dict[str, JsonObject]
    ) -> dict[str, tuple[JsonObject, Fields]]:
        services: dict[str, tuple[JsonObject, Fields]] = {}
        for row in self._merged("service"):
            fields = Fields(row, self.findings)
            status = fields.enum("status", STATUSES, required=True)
            if status is not None and status != "active":
                self.ctx.left_out(row, "status")
                continue
            fields = self.ctx.claim(row)
            fields.skip("status")
            service_id = self._claim_id(fields, "service")
            org_id = fields.id("organization_id", required=True)
            if service_id is None or org_id is None:
                continue
            if org_id not in organizations:
                fields.error("organization_id", Code.DANGLING, table="organization", value=org_id)
                continue
            bag = self.ctx.attributes.of(service_id)
            service: JsonObject = {
                "id": service_id,
                "organization_id": org_id,
                "name": text(fields, bag, "name", required=True),
                "description": text(fields, bag, "description"),
            }
            organizations[org_id]["services"].append(service)
            services[service_id] = (service, fields)
        return services

    def _locations(
        self,
        organizations: dict[str, JsonObject],
        services: dict[str, tuple[JsonObject, Fields]],
    ) -> dict[str, tuple[JsonObject, str]]:
        """Each held location with the id of its organization."""
        served_by: dict[str, str] = {}
        for row in self.rows.get("service_at_location", []):
            service = services.get(str(row.values.get("service_id") or "").lower())
            place_id = str(row.values.get("location_id") or "").lower()
            if service is not None and place_id:
                served_by.setdefault(place_id, service[0]["organization_id"])
        out: dict[str, tuple[JsonObject, str]] = {}
        for row in self._merged("location"):
            fields = Fields(row, self.findings)
            location_id = fields.id(required=True)
            if location_id is None:
                continue
            addresses = self.by["address.location_id"].get(location_id, [])
            bag = self.ctx.attributes.of(location_id)
            withheld = any(v == "true" for v, _ in bag.values(Field.ADDRESS_WITHHELD))
            if withheld and not addresses:
                fields.error("id", Code.ADDRESS_WITHHELD)
                continue
            if not addresses:
                self.ctx.left_out(row, "no_address")
                continue
            fields = self.ctx.claim(row)
            if self._claim_id(fields, "location") is None:
                continue
            org_id = fields.id("organization_id")
            owner = org_id if org_id in organizations else served_by.get(location_id)
            if org_id is not None and org_id not in organizations:
                fields.note(
                    "organization_id",
                    Code.LINK_DROPPED,
                    table="organization",
                    value=org_id,
                    reason="not_in_file",
                )
            if owner is None:
                fields.error("id", Code.NO_ORGANIZATION, table="location")
                continue
            location = self._location(fields, bag, location_id, addresses)
            if location is not None:
                out[location_id] = (location, owner)
        return out

    def _location(
        self, fields: Fields, bag: AttributeBag, location_id: str, addresses: list[Row]
    ) -> JsonObject | None:
        address = parts.address(self.ctx, addresses, location_id)
        name = text(fields, bag, "name")
        if name is None and address is not None:
            name = {"en": address["address_1"]}
            fields.note("name", Code.ASSUMED, value=address["address_1"])
        schedule_rows = self.by["schedule.location_id"].get(location_id, [])
        timezone = self._timezone(fields, bag, schedule_rows)
        fields.enum("location_type", ("physical", "postal", "virtual"))
        location: JsonObject = {
            "id": location_id,
            "name": name,
            "timezone": timezone,
            "confidential": bag.flag(Field.CONFIDENTIAL),
            "address": address,
            "latitude": None,
            "longitude": None,
            "schedules": [],
        }
        bag.values(Field.ADDRESS_WITHHELD)
        latitude, longitude = fields.number("latitude"), fields.number("longitude")
        if latitude is not None and longitude is not None:
            if -90 <= latitude <= 90 and -180 <= longitude <= 180:
                location["latitude"], location["longitude"] = latitude, longitude
            else:
                fields.note("latitude", Code.NOT_HELD)
                fields.note("longitude", Code.NOT_HELD)
        elif latitude is not None or longitude is not None:
            fields.note("latitude" if latitude is not None else "longitude", Code.NOT_HELD)
        for row in schedule_rows:
            hours = parts.schedule(self.ctx, row, location_id, len(location["schedules"]), timezone)
            if hours is not None:
                location["schedules"].append(hours)
        bag.finish()
        fields.finish("organization_id")
        return location

    def _timezone(self, fields: Fields, bag: AttributeBag, schedules: list[Row]) -> str | None:
        ours = bag.value(Field.TIMEZONE)
        if ours is not None:
            if not parts.timezone_ok(ours[0]):
                ours[1].error("value", Code.BAD_VALUE, value=ours[0], reason="not_timezone")
            return ours[0]
        zones = parts.schedule_zones(schedules)
        if zones:
            return zones[0]
        if self.options.timezone is not None:
            fields.note("id", Code.ASSUMED, value=self.options.timezone)
            return self.options.timezone
        fields.error("id", Code.NEEDS_TIMEZONE)
        return None

    def _finish_service(
        self,
        service: JsonObject,
        fields: Fields,
        organizations: dict[str, JsonObject],
        locations: dict[str, tuple[JsonObject, str]],
    ) -> None:
        sid = service["id"]
        org = organizations[service.pop("organization_id")]
        bag = self.ctx.attributes.of(sid)
        if service["description"] is None and service["name"]:
            service["description"] = dict(service["name"])
            fields.note("description", Code.ASSUMED, value=service["name"]["en"])
        categories = bag.terms("category")
        if not categories:
            categories = [self.options.category]
            fields.note("category", Code.ASSUMED, value=self.options.category)
        populations = bag.terms("population")
        minimum, maximum = fields.number("minimum_age"), fields.number("maximum_age")
        derived: float | None = CHILDREN_MAXIMUM_AGE if populations == ["children"] else None
        foreign_child_service = (
            not populations and not self.ours and minimum in (None, 0) and maximum is not None
        )
        if foreign_child_service and maximum is not None and maximum <= CHILDREN_MAXIMUM_AGE:
            populations, derived = ["children"], maximum
        if maximum != derived:
            fields.note("maximum_age", Code.NOT_HELD)
        if minimum is not None:
            fields.note("minimum_age", Code.NOT_HELD)
        location_ids = []
        for row in self.by["service_at_location.service_id"].get(sid, []):
            location_id = str(row.values.get("location_id") or "").lower()
            row_fields = self.ctx.claim(row, derived_id(sid, "at", location_id))
            row_fields.skip("service_id", "location_id", "location")
            self.ctx.attributes.of(row_fields.id() or "").finish()
            row_fields.finish()
            if location_id in locations and locations[location_id][1] == org["id"]:
                if location_id not in location_ids:
                    location_ids.append(location_id)
            else:
                reason = "other_organization" if location_id in locations else "record_left_out"
                row_fields.note(
                    "location_id",
                    Code.LINK_DROPPED,
                    table="location",
                    value=location_id,
                    reason=reason,
                )
        timezone = locations[location_ids[0]][0]["timezone"] if location_ids else None
        schedules: list[JsonObject] = []
        for row in self.by["schedule.service_id"].get(sid, []):
            if timezone is None:
                self.ctx.left_out(row, "no_location")
                continue
            hours = parts.schedule(self.ctx, row, sid, len(schedules), timezone)
            if hours is not None:
                schedules.append(hours)
        assured = fields.date("assured_date")
        fallback = None
        if assured is not None and not self.ours:
            by = parts.email(fields, "assurer_email") or parts.IMPORTED_BY
            fallback = {"at": assured, "by": by, "source": self.file}
        verified = parts.verification(self.ctx, sid, fallback)
        if self.ours and assured != verified["at"]:
            fields.note("assured_date", Code.NOT_HELD)
        service.update(
            {
                "categories": categories,
                "roles": bag.terms("role"),
                "populations": populations,
                "eligibility": text(fields, bag, "eligibility_description"),
                "referral_methods": self._codes(
                    bag, Field.REFERRAL_METHOD, METHODS.__contains__, "not_ours"
                ),
                "referral_notes": text(fields, bag, "application_process"),
                "serves_nationals_of": self._codes(
                    bag, Field.SERVES_NATIONALS_OF, COUNTRY.match, "not_country"
                ),
                "languages": self._languages(sid),
                "service_areas": self._service_areas(sid, org["country"]),
                "location_ids": location_ids,
                "phones": self._phones(sid, "service_id", org["country"]),
                "email": parts.email(fields),
                "url": parts.url(fields, "url"),
                "around_the_clock": bag.flag(Field.AROUND_THE_CLOCK),
                "schedules": schedules,
                "verified": verified,
            }
        )
        bag.finish()
        fields.finish("organization_id")

    def _languages(self, service_id: str) -> list[str]:
        codes: list[str] = []
        for row in self.by["language.service_id"].get(service_id, []):
            code = str(row.values.get("code") or "").strip().lower()
            fields = self.ctx.claim(row, derived_id(service_id, "language", code))
            fields.skip("service_id")
            fields.text("code", required=True)
            if code and not LANGUAGE.match(code):
                fields.note("code", Code.BAD_VALUE, value=code, reason="three_letter")
            elif code and code not in codes:
                codes.append(code)
            self.ctx.attributes.of(fields.id() or "").finish()
            fields.finish()
        return codes

    def _service_areas(self, service_id: str, country: str) -> list[JsonObject]:
        areas: list[JsonObject] = []
        for row in self.by["service_area.service_id"].get(service_id, []):
            fields = self.ctx.claim(row, derived_id(service_id, "service_area", str(len(areas))))
            fields.skip("service_id")
            bag = self.ctx.attributes.of(fields.id() or "")
            ours = bag.value(Field.COUNTRY)
            name = fields.text("name")
            if ours is not None:
                area_country = parts.country(ours[1], "value", ours[0])
                region = bag.value(Field.REGION)
                area = {"country": area_country, "region": region[0] if region else None}
            else:
                area = {"country": country, "region": name}
            areas.append(area)
            bag.finish()
            fields.finish()
        return areas

    def _contacts(
        self,
        organizations: dict[str, JsonObject],
        services: dict[str, tuple[JsonObject, Fields]],
        locations: dict[str, tuple[JsonObject, str]],
    ) -> None:
        service_org = {
            sid: fields.values.get("organization_id") for sid, (_, fields) in services.items()
        }
        at_rows = {
            str(r.values.get("id") or "").lower(): r
            for r in self.rows.get("service_at_location", [])
        }
        for row in self._merged("contact"):
            fields = self.ctx.claim(row)
            contact_id = self._claim_id(fields, "contact")
            if contact_id is None:
                continue
            bag = self.ctx.attributes.of(contact_id)
            service_id, location_id = fields.id("service_id"), fields.id("location_id")
            at_id = fields.id("service_at_location_id")
            if at_id is not None and at_id in at_rows:
                at = at_rows[at_id].values
                service_id = service_id or str(at.get("service_id") or "").lower() or None
                location_id = location_id or str(at.get("location_id") or "").lower() or None
            elif at_id is not None:
                fields.note(
                    "service_at_location_id",
                    Code.LINK_DROPPED,
                    table="service_at_location",
                    value=at_id,
                    reason="not_in_file",
                )
            org_id = fields.id("organization_id")
            candidates = [
                org_id if org_id in organizations else None,
                str(service_org.get(service_id or "") or "").lower() or None,
                locations[location_id][1] if location_id in locations else None,
            ]
            owner = next((c for c in candidates if c in organizations), None)
            if org_id is not None and org_id not in organizations:
                fields.note(
                    "organization_id",
                    Code.LINK_DROPPED,
                    table="organization",
                    value=org_id,
                    reason="not_in_file",
                )
            if owner is None:
                fields.error("id", Code.NO_ORGANIZATION, table="contact")
                continue
            org = organizations[owner]
            service_id = self._own_link(
                fields, "service_id", service_id, "service", services, owner
            )
            location_id = self._own_link(
                fields, "location_id", location_id, "location", locations, owner
            )
            contact = self._contact(fields, bag, contact_id, org, service_id, location_id)
            org["contacts"].append(contact)

    def _own_link(
        self,
        fields: Fields,
        column: str,
        value: str | None,
        table: str,
        held: dict[str, Any],
        owner: str,
    ) -> str | None:
        if value is None:
            return None
        if value not in held:
            fields.note(
                column, Code.LINK_DROPPED, table=table, value=value, reason="record_left_out"
            )
            return None
        record = held[value]
        record_owner = record[1] if table == "location" else record[1].values.get("organization_id")
        if str(record_owner).lower() != owner:
            fields.note(
                column, Code.LINK_DROPPED, table=table, value=value, reason="other_organization"
            )
            return None
        return value

    def _contact(
        self,
        fields: Fields,
        bag: AttributeBag,
        contact_id: str,
        org: JsonObject,
        service_id: str | None,
        location_id: str | None,
    ) -> JsonObject:
        name, department = fields.text("name"), fields.text("department")
        title = text(fields, bag, "title")
        if title is None:
            fallback = name or department or org["name"]["en"]
            title = {"en": fallback}
            fields.note("title", Code.ASSUMED, value=fallback)
        counterpart_country = bag.value(Field.COUNTERPART_COUNTRY)
        counterpart = bag.value(Field.COUNTERPART_ID)
        schedules = []
        for value, attribute in bag.json(Field.SCHEDULE):
            keys = {"freq", "byday", "opens_at", "closes_at"}
            if not isinstance(value, dict) or not keys <= value.keys():
                attribute.error("value", Code.BAD_VALUE, value=str(value)[:80], reason="bad_json")
            else:
                schedules.append(value)
        if schedules and location_id is None and not org["locations"]:
            fields.note("id", Code.ROW_LEFT_OUT, table="schedule", reason="no_location")
            schedules = []
        contact: JsonObject = {
            "id": contact_id,
            "name": name,
            "title": title,
            "department": department,
            "service_id": service_id,
            "location_id": location_id,
            "liaison": bag.flag(Field.LIAISON),
            "counterpart_country": parts.country(
                counterpart_country[1], "value", counterpart_country[0]
            )
            if counterpart_country
            else None,
            "counterpart_id": counterpart[0].lower() if counterpart else None,
            "languages": self._codes(bag, Field.LANGUAGE, LANGUAGE.match, "not_language"),
            "around_the_clock": bag.flag(Field.AROUND_THE_CLOCK),
            "phones": self._phones(contact_id, "contact_id", org["country"]),
            "email": parts.email(fields),
            "schedules": schedules,
            "verified": parts.verification(self.ctx, contact_id, None),
        }
        bag.finish()
        fields.finish("organization_id", "service_at_location_id")
        return contact

    def _check_links(self, organizations: dict[str, JsonObject]) -> None:
        """Links between records that may point outside the file: dropped with a note."""
        contacts = {c["id"] for o in organizations.values() for c in o["contacts"]}
        for org in organizations.values():
            parent = org["parent_id"]
            if parent is not None and (parent not in organizations or parent == org["id"]):
                place = self.used_ids[org["id"]].at("parent_organization_id")
                self.findings.note(
                    place,
                    Code.LINK_DROPPED,
                    table="organization",
                    value=parent,
                    reason="not_in_file",
                )
                org["parent_id"] = None
            for contact in org["contacts"]:
                counterpart = contact["counterpart_id"]
                if counterpart is not None and counterpart not in contacts:
                    place = self.used_ids[contact["id"]].at("counterpart_id")
                    self.findings.note(
                        place,
                        Code.LINK_DROPPED,
                        table="contact",
                        value=counterpart,
                        reason="not_in_file",
                    )
                    contact["counterpart_id"] = None

    def _report_leftovers(self) -> None:
        """Rows no record took, tables we have no place for, and ids we do not keep."""
        for table, rows in self.rows.items():
            if table not in TABLES:
                if rows:
                    place = Place(self.file, table)
                    self.findings.note(place, Code.TABLE_NOT_HELD, count=str(len(rows)))
                continue
            if table == "taxonomy":
                for row in rows:
                    if str(row.values.get("id") or "").lower() not in OUR_TAXONOMY_IDS:
                        self.ctx.left_out(row, "not_ours")
            if table in ("taxonomy_term", "taxonomy", "attribute"):
                continue
            for row in rows:
                if id(row) not in self.ctx.claimed:
                    self.findings.note(
                        row.place, Code.ROW_LEFT_OUT, table=table, reason="owner_not_held"
                    )
        self.ctx.attributes.report_untaken()
        for table, count in sorted(self.ctx.ids_not_kept.items()):
            self.findings.note(Place(self.file, table), Code.IDS_NOT_KEPT, count=str(count))


def build_directory(
    file: str, rows: dict[str, list[Row]], block: Any, options: ImportOptions, findings: Findings
) -> HsdsImport:
    """The directory from an HSDS file's rows; raises HsdsError naming every problem."""
    builder = Builder(file, rows, block, options, findings)
    content = builder.build()
    findings.raise_errors()
    if not content["organizations"]:
        # Never offer to replace a directory with nothing.
        findings.error(Place(file), Code.NOT_HSDS, found="no organizations")
    for problem in check_directory(content):
        findings.error(Place(file), Code.DIRECTORY_CHECK, problem=problem)
    findings.raise_errors()
    raw = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    directory = DirectoryFile(content, hashlib.sha256(raw).hexdigest())
    return HsdsImport(directory, tuple(findings.report), builder.ours, builder.confidential)
