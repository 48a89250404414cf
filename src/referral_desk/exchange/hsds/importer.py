"""HSDS rows into a checked directory: organizations with their places, services and contacts.

The rows come from a JSON document or from CSV tables (``readers.py``); this
module makes the directory file's content from them, reports every value it
cannot hold, and refuses the whole file on the first kind of real error.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.exchange.directory_json import FORMAT, FORMAT_VERSION, check_directory
from referral_desk.exchange.hsds import parts
from referral_desk.exchange.hsds.attributes import OUR_TAXONOMY_IDS, READ, AttributeBag
from referral_desk.exchange.hsds.fields import LANGUAGE, Fields
from referral_desk.exchange.hsds.import_services import ServicesAndPlaces
from referral_desk.exchange.hsds.options import HsdsImport, ImportOptions, JsonObject
from referral_desk.exchange.hsds.parts import text
from referral_desk.exchange.hsds.problems import Code, Findings, Place
from referral_desk.exchange.hsds.rows import Row
from referral_desk.exchange.hsds.tables import TABLES
from referral_desk.exchange.hsds.terms import Field

# Tables whose rows the organizations, places and services read, and those the contacts
# read too; the rest (taxonomy terms) stay for the report.
EARLY_TABLES = (
    "organization", "service", "location", "address", "language", "service_area", "schedule",
)  # fmt: skip
LATE_TABLES = ("service_at_location", "contact", "phone", "metadata")


class Builder(ServicesAndPlaces):
    """Makes the directory content from the rows of one HSDS file."""

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
            self._finish_organization(org, org_rows.pop(org_id), locations)
        for service, fields in services.values():
            self._finish_service(service, fields, organizations, locations)
        service_owners = {
            sid: str(fields.values.get("organization_id") or "").lower()
            for sid, (_, fields) in services.items()
        }
        del services
        # What the contacts do not read can go before they are built, the rest after.
        self._release(*EARLY_TABLES)
        self._contacts(organizations, service_owners, locations)
        self._release(*LATE_TABLES)
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
            fields.note("own_name", Code.ASSUMED, value=org["name"]["en"])
        org["phones"] = self._phones(org_id, "organization_id", org["country"])
        org["verified"] = parts.verification(self.ctx, fields, org_id, None)
        bag.finish()
        fields.finish()

    def _contacts(
        self,
        organizations: dict[str, JsonObject],
        service_owners: dict[str, str],
        locations: dict[str, tuple[JsonObject, str]],
    ) -> None:
        """The contacts; ``service_owners`` gives the organization of each held service."""
        location_owners = {location_id: owner for location_id, (_, owner) in locations.items()}
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
                service_owners.get(service_id or "") or None,
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
                fields, "service_id", service_id, "service", service_owners, owner
            )
            location_id = self._own_link(
                fields, "location_id", location_id, "location", location_owners, owner
            )
            contact = self._contact(fields, bag, contact_id, org, service_id, location_id)
            org["contacts"].append(contact)
            row.values = READ  # built: its cells can go

    def _own_link(
        self,
        fields: Fields,
        column: str,
        value: str | None,
        table: str,
        owners: dict[str, str],
        owner: str,
    ) -> str | None:
        """The id of a linked record of the contact's own organization, else None (noted)."""
        if value is None:
            return None
        if value not in owners:
            fields.note(
                column, Code.LINK_DROPPED, table=table, value=value, reason="record_left_out"
            )
            return None
        if owners[value] != owner:
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
            "verified": parts.verification(self.ctx, fields, contact_id, None),
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
                place = self.used_ids[org["id"]].place.at("parent_organization_id")
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
                    place = self.used_ids[contact["id"]].place.at("counterpart_id")
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
                if not row.claimed:
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
    directory = DirectoryFile(content, content_sha256(content))
    return HsdsImport(directory, tuple(findings.report), builder.ours, builder.confidential)


def content_sha256(content: JsonObject) -> str:
    """The SHA-256 of the content as compact JSON, made an organization at a time: the same
    digest as of one ``json.dumps`` of it, without a copy of the whole directory as text."""
    digest = hashlib.sha256()

    def dump(value: Any) -> None:
        digest.update(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())

    for index, (key, value) in enumerate(content.items()):
        digest.update(b"{" if index == 0 else b",")
        dump(key)
        digest.update(b":")
        if key != "organizations":
            dump(value)
            continue
        digest.update(b"[")
        for position, organization in enumerate(value):
            if position:
                digest.update(b",")
            dump(organization)
        digest.update(b"]")
    digest.update(b"}" if content else b"{}")
    return digest.hexdigest()
