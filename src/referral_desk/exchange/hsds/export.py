"""The directory as HSDS 3.0 objects: organization_full and service_full, nothing left behind.

Every field of the directory file lands in an HSDS field where HSDS has one,
and otherwise in an attribute of our field taxonomy (``terms.py``); the
mapping is written down in ``docs/hsds-mapping.md``. English texts fill the
HSDS text fields; the other languages ride in ``translations`` attributes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from referral_desk.exchange.hsds.terms import (
    EXTENSION_FORMAT,
    EXTENSION_KEY,
    EXTENSION_VERSION,
    FIELD_TERMS,
    VERIFICATION_PARTS,
    Field,
    Taxonomy,
    derived_id,
    hsds_code,
    taxonomy_id,
)

JsonObject = dict[str, Any]
CHILDREN_MAXIMUM_AGE = 17
STANDARD_TIME_REFERENCE = datetime(2025, 1, 15, 12, 0)
CONFIDENTIAL_NOTICE = (
    "CONFIDENTIAL: this file holds the addresses of confidential locations such as "
    "shelters. Keep it safe; do not publish it or pass it on."
)
LEFT_OUT_NOTICE = "The addresses of confidential locations are left out of this file."


@dataclass(frozen=True)
class ExportOptions:
    """What an export may contain; confidential addresses only when asked for."""

    include_confidential_addresses: bool = False


def hsds_term(term: JsonObject) -> JsonObject:
    """One of the directory's taxonomy terms as an HSDS taxonomy_term."""
    taxonomy = Taxonomy(term["taxonomy"])
    description = term.get("description") or term["name"]
    return {
        "id": term["id"],
        "code": hsds_code(term["taxonomy"], term["code"]),
        "name": term["name"]["en"],
        "description": description["en"],
        "taxonomy_id": taxonomy_id(taxonomy),
    }


@lru_cache(maxsize=64)
def standard_offset(timezone: str) -> int | float:
    """The zone's UTC offset in standard (winter) time, in hours, for HSDS ``timezone``."""
    zone = ZoneInfo(timezone)
    offset = zone.utcoffset(STANDARD_TIME_REFERENCE)
    dst = zone.dst(STANDARD_TIME_REFERENCE)
    assert offset is not None
    hours = (offset - (dst or timedelta(0))).total_seconds() / 3600
    return int(hours) if hours.is_integer() else hours


def hsds_time(value: str) -> str:
    """Our ``HH:MM`` as the ``HH:MM:SS`` of a Table Schema time."""
    return f"{value}:00"


def extension(content: JsonObject, options: ExportOptions) -> JsonObject:
    """The file-level block for what HSDS has no object for: the data set and its labels."""
    block: JsonObject = {
        "format": EXTENSION_FORMAT,
        "format_version": EXTENSION_VERSION,
        "directory": content["directory"],
        "taxonomy": content["taxonomy"],
        "confidential_addresses": (
            "included" if options.include_confidential_addresses else "left_out"
        ),
        "notice": (
            CONFIDENTIAL_NOTICE if options.include_confidential_addresses else LEFT_OUT_NOTICE
        ),
    }
    return {EXTENSION_KEY: block}


class Exporter:
    """Builds the HSDS objects of one directory."""

    def __init__(self, content: JsonObject, options: ExportOptions) -> None:
        self.content = content
        self.options = options
        self.terms = {(t["taxonomy"], t["code"]): hsds_term(t) for t in content["taxonomy"]}

    # ----------------------------------------------------------------- attributes

    def _attribute(
        self,
        link_id: str,
        entity: str,
        term: JsonObject,
        value: str | None = None,
        link_type: str | None = None,
        position: int = 0,
    ) -> JsonObject:
        attribute: JsonObject = {
            "id": derived_id(link_id, "attribute", term["code"], link_type or "", str(position)),
            "taxonomy_term_id": term["id"],
        }
        if link_type is not None:
            attribute["link_type"] = link_type
        if value is not None:
            attribute["value"] = value
        attribute["taxonomy_term"] = term
        return attribute

    def _field(
        self, link_id: str, entity: str, field: Field, value: str, position: int = 0
    ) -> JsonObject:
        return self._attribute(link_id, entity, FIELD_TERMS[field], value, position=position)

    def _translations(
        self, link_id: str, entity: str, hsds_field: str, text: JsonObject | None
    ) -> list[JsonObject]:
        others = {lang: value for lang, value in (text or {}).items() if lang != "en"}
        if not others:
            return []
        value = json.dumps(others, ensure_ascii=False)
        return [
            self._attribute(
                link_id, entity, FIELD_TERMS[Field.TRANSLATIONS], value, link_type=hsds_field
            )
        ]

    def _flag(self, link_id: str, entity: str, field: Field, on: bool) -> list[JsonObject]:
        return [self._field(link_id, entity, field, "true")] if on else []

    def _many(self, link_id: str, entity: str, field: Field, values: list[str]) -> list[JsonObject]:
        return [self._field(link_id, entity, field, v, i) for i, v in enumerate(values)]

    def _verification(self, record_id: str, entity: str, verified: JsonObject) -> list[JsonObject]:
        """The last verification as metadata: the record's row, then how and the note if kept."""
        rows = [
            {
                "id": derived_id(record_id, "verified"),
                "resource_id": record_id,
                "resource_type": entity,
                "last_action_date": verified["at"],
                "last_action_type": "verified",
                "field_name": "record",
                "previous_value": "n/a",
                "replacement_value": verified["source"],
                "updated_by": verified["by"],
            }
        ]
        for part in VERIFICATION_PARTS:
            if verified.get(part):
                rows.append(
                    {
                        **rows[0],
                        "id": derived_id(record_id, "verified", part),
                        "field_name": f"verification_{part}",
                        "replacement_value": verified[part],
                    }
                )
        return rows

    # ---------------------------------------------------------------- small parts

    def phone(self, phone: JsonObject, owner_id: str, position: int) -> JsonObject:
        phone_id = derived_id(owner_id, "phone", str(position))
        out: JsonObject = {"id": phone_id, "number": phone["number"], "type": phone["type"]}
        attributes: list[JsonObject] = []
        if "extension" in phone:
            out["extension"] = int(phone["extension"])
            if str(out["extension"]) != phone["extension"]:
                attributes.append(
                    self._field(phone_id, "phone", Field.EXTENSION, phone["extension"])
                )
        if "description" in phone:
            out["description"] = phone["description"]["en"]
            attributes += self._translations(phone_id, "phone", "description", phone["description"])
        if "short_code_country" in phone:
            attributes.append(
                self._field(
                    phone_id, "phone", Field.SHORT_CODE_COUNTRY, phone["short_code_country"]
                )
            )
        if phone.get("placeholder"):
            attributes.append(self._field(phone_id, "phone", Field.PLACEHOLDER, "true"))
        if attributes:
            out["attributes"] = attributes
        return out

    def schedule(
        self, schedule: JsonObject, owner_id: str, position: int, timezone: str
    ) -> JsonObject:
        schedule_id = derived_id(owner_id, "schedule", str(position))
        out: JsonObject = {
            "id": schedule_id,
            "freq": schedule["freq"],
            "byday": schedule["byday"],
            "opens_at": hsds_time(schedule["opens_at"]),
            "closes_at": hsds_time(schedule["closes_at"]),
            "timezone": standard_offset(timezone),
        }
        for key in ("valid_from", "valid_to"):
            if key in schedule:
                out[key] = schedule[key]
        if "description" in schedule:
            out["description"] = schedule["description"]["en"]
            translations = self._translations(
                schedule_id, "schedule", "description", schedule["description"]
            )
            if translations:
                out["attributes"] = translations
        return out

    # -------------------------------------------------------------------- records

    def location(self, location: JsonObject) -> JsonObject:
        location_id = location["id"]
        out: JsonObject = {
            "id": location_id,
            "location_type": "physical",
            "name": location["name"]["en"],
        }
        attributes = self._translations(location_id, "location", "name", location["name"])
        attributes.append(
            self._field(location_id, "location", Field.TIMEZONE, location["timezone"])
        )
        attributes += self._flag(
            location_id, "location", Field.CONFIDENTIAL, location["confidential"]
        )
        withheld = location["confidential"] and not self.options.include_confidential_addresses
        if withheld:
            attributes.append(self._field(location_id, "location", Field.ADDRESS_WITHHELD, "true"))
        else:
            for key in ("latitude", "longitude"):
                if location[key] is not None:
                    out[key] = location[key]
            out["addresses"] = [self.address(location_id, location["address"])]
        if location["schedules"]:
            out["schedules"] = [
                self.schedule(s, location_id, i, location["timezone"])
                for i, s in enumerate(location["schedules"])
            ]
        out["attributes"] = attributes
        return out

    def address(self, location_id: str, address: JsonObject) -> JsonObject:
        out: JsonObject = {
            "id": derived_id(location_id, "address"),
            "address_1": address["address_1"],
            "city": address["city"],
            "state_province": address.get("region", ""),
            "postal_code": address.get("postal_code", ""),
            "country": address["country"],
            "address_type": "physical",
        }
        for key in ("address_2", "region"):
            if key in address:
                out[key] = address[key]
        return out

    def service(self, service: JsonObject, timezones: dict[str, str]) -> JsonObject:
        sid = service["id"]
        out: JsonObject = {
            "id": sid,
            "name": service["name"]["en"],
            "description": service["description"]["en"],
            "status": "active",
        }
        attributes = self._translations(sid, "service", "name", service["name"])
        attributes += self._translations(sid, "service", "description", service["description"])
        for taxonomy, key in (
            (Taxonomy.CATEGORY, "categories"),
            (Taxonomy.ROLE, "roles"),
            (Taxonomy.POPULATION, "populations"),
        ):
            attributes += [
                self._attribute(sid, "service", self.terms[(taxonomy.value, code)])
                for code in service[key]
            ]
        if service.get("minimum_age") is not None:
            out["minimum_age"] = service["minimum_age"]
        if service.get("maximum_age") is not None:
            out["maximum_age"] = service["maximum_age"]
        elif service["populations"] == ["children"]:
            out["maximum_age"] = CHILDREN_MAXIMUM_AGE
        if service["eligibility"] is not None:
            out["eligibility_description"] = service["eligibility"]["en"]
            attributes += self._translations(
                sid, "service", "eligibility_description", service["eligibility"]
            )
        if service["referral_notes"] is not None:
            out["application_process"] = service["referral_notes"]["en"]
            attributes += self._translations(
                sid, "service", "application_process", service["referral_notes"]
            )
        attributes += self._many(sid, "service", Field.REFERRAL_METHOD, service["referral_methods"])
        attributes += self._many(
            sid, "service", Field.SERVES_NATIONALS_OF, service["serves_nationals_of"]
        )
        attributes += self._many(sid, "service", Field.GENDER, service.get("genders", []))
        attributes += self._many(
            sid, "service", Field.NATIONALITY_STATUS, service.get("nationality_status", [])
        )
        attributes += self._flag(
            sid, "service", Field.AROUND_THE_CLOCK, service["around_the_clock"]
        )
        for key in ("email", "url"):
            if service[key] is not None:
                out[key] = service[key]
        out["assured_date"] = service["verified"]["at"]
        if service["phones"]:
            out["phones"] = [self.phone(p, sid, i) for i, p in enumerate(service["phones"])]
        if service["schedules"]:
            timezone = timezones[service["location_ids"][0]]
            out["schedules"] = [
                self.schedule(s, sid, i, timezone) for i, s in enumerate(service["schedules"])
            ]
        if service["service_areas"]:
            out["service_areas"] = [
                self.service_area(sid, i, area) for i, area in enumerate(service["service_areas"])
            ]
        if service["location_ids"]:
            out["service_at_locations"] = [
                {"id": derived_id(sid, "at", lid), "location_id": lid}
                for lid in service["location_ids"]
            ]
        if service["languages"]:
            out["languages"] = [
                {"id": derived_id(sid, "language", code), "code": code}
                for code in service["languages"]
            ]
        out["attributes"] = attributes
        out["metadata"] = self._verification(sid, "service", service["verified"])
        return out

    def service_area(self, service_id: str, position: int, area: JsonObject) -> JsonObject:
        area_id = derived_id(service_id, "service_area", str(position))
        attributes = [self._field(area_id, "service_area", Field.COUNTRY, area["country"])]
        if area["region"] is not None:
            attributes.append(self._field(area_id, "service_area", Field.REGION, area["region"]))
        name = area["country"] if area["region"] is None else f"{area['region']}, {area['country']}"
        return {"id": area_id, "name": name, "attributes": attributes}

    def contact(self, contact: JsonObject) -> JsonObject:
        cid = contact["id"]
        out: JsonObject = {"id": cid, "title": contact["title"]["en"]}
        for key in ("name", "department", "service_id", "location_id", "email"):
            if contact[key] is not None:
                out[key] = contact[key]
        attributes = self._translations(cid, "contact", "title", contact["title"])
        attributes += self._flag(cid, "contact", Field.LIAISON, contact["liaison"])
        for field, key in (
            (Field.COUNTERPART_COUNTRY, "counterpart_country"),
            (Field.COUNTERPART_ID, "counterpart_id"),
        ):
            if contact[key] is not None:
                attributes.append(self._field(cid, "contact", field, contact[key]))
        attributes += self._many(cid, "contact", Field.LANGUAGE, contact["languages"])
        attributes += self._flag(
            cid, "contact", Field.AROUND_THE_CLOCK, contact["around_the_clock"]
        )
        attributes += self._many(
            cid,
            "contact",
            Field.SCHEDULE,
            [json.dumps(s, ensure_ascii=False) for s in contact["schedules"]],
        )
        if contact["phones"]:
            out["phones"] = [self.phone(p, cid, i) for i, p in enumerate(contact["phones"])]
        out["attributes"] = attributes
        out["metadata"] = self._verification(cid, "contact", contact["verified"])
        return out

    def organization(self, org: JsonObject, *, with_services: bool = True) -> JsonObject:
        """organization_full: the body with its locations, contacts, phones and services."""
        oid = org["id"]
        out: JsonObject = {
            "id": oid,
            "name": org["name"]["en"],
            "description": org["description"]["en"],
        }
        attributes = self._translations(oid, "organization", "name", org["name"])
        attributes += self._translations(oid, "organization", "description", org["description"])
        attributes.append(
            self._field(
                oid, "organization", Field.OWN_NAME, json.dumps(org["own_name"], ensure_ascii=False)
            )
        )
        attributes.append(self._field(oid, "organization", Field.COUNTRY, org["country"]))
        if org["alternate_names"]:
            out["alternate_name"] = org["alternate_names"][0]
            attributes += self._many(
                oid, "organization", Field.ALTERNATE_NAME, org["alternate_names"][1:]
            )
        for ours, theirs in (
            ("email", "email"),
            ("website", "website"),
            ("parent_id", "parent_organization_id"),
        ):
            if org[ours] is not None:
                out[theirs] = org[ours]
        if org["phones"]:
            out["phones"] = [self.phone(p, oid, i) for i, p in enumerate(org["phones"])]
        if org["locations"]:
            out["locations"] = [self.location(location) for location in org["locations"]]
        if org["contacts"]:
            out["contacts"] = [self.contact(contact) for contact in org["contacts"]]
        if with_services and org["services"]:
            timezones = {location["id"]: location["timezone"] for location in org["locations"]}
            out["services"] = [self.service(s, timezones) for s in org["services"]]
        out["attributes"] = attributes
        out["metadata"] = self._verification(oid, "organization", org["verified"])
        return out

    def organizations(self) -> Iterator[JsonObject]:
        for org in self.content["organizations"]:
            yield self.organization(org)

    def services(self) -> Iterator[JsonObject]:
        """service_full: each service with its organization and its locations nested."""
        for org in self.content["organizations"]:
            if not org["services"]:
                continue
            organization = self.organization(org, with_services=False)
            locations = {loc["id"]: loc for loc in organization.get("locations", [])}
            timezones = {location["id"]: location["timezone"] for location in org["locations"]}
            for service in org["services"]:
                full = self.service(service, timezones)
                for at in full.get("service_at_locations", []):
                    at["location"] = locations[at["location_id"]]
                full["organization"] = organization
                yield full
