"""Services and the places they are delivered at, from HSDS rows into the directory's shape."""

from __future__ import annotations

from referral_desk.domain.vocab import ReferralMethod
from referral_desk.exchange.hsds import parts
from referral_desk.exchange.hsds.attributes import AttributeBag
from referral_desk.exchange.hsds.export import CHILDREN_MAXIMUM_AGE
from referral_desk.exchange.hsds.fields import COUNTRY, LANGUAGE, Fields
from referral_desk.exchange.hsds.import_base import BuilderBase
from referral_desk.exchange.hsds.options import JsonObject
from referral_desk.exchange.hsds.parts import text
from referral_desk.exchange.hsds.problems import Code
from referral_desk.exchange.hsds.rows import Row
from referral_desk.exchange.hsds.terms import Field, derived_id

STATUSES = ("active", "inactive", "defunct", "temporarily closed")
METHODS = {m.value for m in ReferralMethod}
GENDERS = frozenset({"female", "male", "other"})
NATIONALITY_STATUSES = frozenset({"national", "foreign"})


class ServicesAndPlaces(BuilderBase):
    """Reads services, their locations, hours, languages and service areas."""

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
            kept = self.options.kept_addresses.get(location_id) if withheld else None
            if withheld and not addresses and kept is None:
                fields.error("id", Code.ADDRESS_WITHHELD)
                continue
            if not addresses and kept is None:
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
            location = self._location(fields, bag, location_id, addresses, kept)
            if location is not None:
                out[location_id] = (location, owner)
        return out

    def _location(
        self,
        fields: Fields,
        bag: AttributeBag,
        location_id: str,
        addresses: list[Row],
        kept: JsonObject | None = None,
    ) -> JsonObject | None:
        address: JsonObject | None
        if kept is not None and not addresses:
            address = dict(kept["address"])
            fields.note("id", Code.ADDRESS_KEPT)
        else:
            address = parts.address(self.ctx, addresses, location_id)
            kept = None
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
                fields.note("latitude", Code.VALUE_LEFT_OUT, reason="off_the_globe")
                fields.note("longitude", Code.VALUE_LEFT_OUT, reason="off_the_globe")
        elif latitude is not None or longitude is not None:
            half = "latitude" if latitude is not None else "longitude"
            fields.note(half, Code.VALUE_LEFT_OUT, reason="half_position")
        if kept is not None:
            location["latitude"], location["longitude"] = kept["latitude"], kept["longitude"]
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
        # a service only for children implies a maximum age of 17: kept as "no limit"
        oldest = None if maximum is None or maximum == derived else int(maximum)
        youngest = None if minimum is None else int(minimum)
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
        verified = parts.verification(self.ctx, fields, sid, fallback)
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
        who = {
            "minimum_age": youngest,
            "maximum_age": oldest,
            "genders": self._codes(bag, Field.GENDER, GENDERS.__contains__, "not_ours"),
            "nationality_status": self._codes(
                bag, Field.NATIONALITY_STATUS, NATIONALITY_STATUSES.__contains__, "not_ours"
            ),
        }
        service.update({key: value for key, value in who.items() if value not in (None, [])})
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
