"""The directory as sheet rows: each record as the cells of its sheet's columns, as text.

Cells are text so that nothing changes on the way: leading zeros of postal
codes and extensions stay, dates stay dates as written. Confidential
addresses are left out unless the export asks for them; the row then says
"Address left out".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from referral_desk.exchange.spreadsheet.columns import (
    NO,
    SHEETS,
    TEXT_LANGUAGES,
    YES,
    Kind,
    Sheet,
    column_fields,
)

JsonObject = dict[str, Any]
Cells = dict[str, str]


def text_languages(content: JsonObject) -> tuple[str, ...]:
    """English, Bulgarian and German, then any other language a text of the file uses."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if "en" in value and all(isinstance(v, str) for v in value.values()):
                found.update(key for key in value if 2 <= len(key) <= 3 and key.isalpha())
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(content["directory"])
    walk(content["taxonomy"])
    walk(content["organizations"])
    return TEXT_LANGUAGES + tuple(sorted(found - set(TEXT_LANGUAGES)))


def _texts(cells: Cells, stem: str, text: JsonObject | None) -> None:
    for lang, value in (text or {}).items():
        cells[f"{stem}.{lang}"] = value


def _yes(value: Any) -> str:
    return YES if value else NO


def _verified(cells: Cells, verified: JsonObject) -> None:
    cells["verified_at"] = verified["at"]
    cells["verified_by"] = verified["by"]
    cells["verified_source"] = verified["source"]


def _phone(owner_id: str, phone: JsonObject) -> Cells:
    cells = {"owner_id": owner_id, "number": phone["number"], "type": phone["type"]}
    cells["extension"] = phone.get("extension", "")
    cells["placeholder"] = _yes(phone.get("placeholder"))
    cells["short_code_country"] = phone.get("short_code_country", "")
    _texts(cells, "description", phone.get("description"))
    return cells


def _hours(owner_id: str, schedule: JsonObject) -> Cells:
    cells = {key: schedule.get(key, "") for key in ("byday", "opens_at", "closes_at")}
    cells["owner_id"] = owner_id
    cells["valid_from"] = schedule.get("valid_from", "")
    cells["valid_to"] = schedule.get("valid_to", "")
    _texts(cells, "description", schedule.get("description"))
    return cells


def _organization(org: JsonObject) -> Cells:
    cells = {"id": org["id"], "country": org["country"]}
    _texts(cells, "name", org["name"])
    _texts(cells, "description", org["description"])
    cells["own_name_lang"] = org["own_name"]["lang"]
    cells["own_name"] = org["own_name"]["text"]
    cells["alternate_names"] = "\n".join(org["alternate_names"])
    cells["parent_id"] = org["parent_id"] or ""
    cells["website"] = org["website"] or ""
    cells["email"] = org["email"] or ""
    _verified(cells, org["verified"])
    return cells


def _location(org_id: str, location: JsonObject, with_address: bool) -> Cells:
    cells = {"id": location["id"], "organization_id": org_id, "timezone": location["timezone"]}
    _texts(cells, "name", location["name"])
    cells["confidential"] = _yes(location["confidential"])
    if location["confidential"] and not with_address:
        cells["address_withheld"] = YES
        return cells
    cells["address_withheld"] = NO
    address = location["address"]
    for key in ("address_1", "address_2", "city", "region", "postal_code"):
        cells[key] = address.get(key, "")
    cells["address_country"] = address["country"]
    for key in ("latitude", "longitude"):
        cells[key] = "" if location[key] is None else repr(location[key])
    return cells


def _service(org_id: str, service: JsonObject) -> Cells:
    cells = {"id": service["id"], "organization_id": org_id}
    for key in ("name", "description", "eligibility", "referral_notes"):
        _texts(cells, key, service[key])
    for key in ("minimum_age", "maximum_age"):
        value = service.get(key)
        cells[key] = "" if value is None else str(value)
    for key in ("genders", "nationality_status", "referral_methods"):
        cells[key] = ", ".join(service.get(key, []))
    cells["serves_nationals_of"] = ", ".join(service["serves_nationals_of"])
    cells["languages"] = ", ".join(service["languages"])
    cells["location_ids"] = "\n".join(service["location_ids"])
    cells["email"] = service["email"] or ""
    cells["url"] = service["url"] or ""
    cells["around_the_clock"] = _yes(service["around_the_clock"])
    _verified(cells, service["verified"])
    return cells


def _contact(org_id: str, contact: JsonObject) -> Cells:
    cells = {"id": contact["id"], "organization_id": org_id}
    _texts(cells, "title", contact["title"])
    for key in ("name", "department", "service_id", "location_id"):
        cells[key] = contact[key] or ""
    cells["liaison"] = _yes(contact["liaison"])
    cells["counterpart_country"] = contact["counterpart_country"] or ""
    cells["counterpart_id"] = contact["counterpart_id"] or ""
    cells["languages"] = ", ".join(contact["languages"])
    cells["around_the_clock"] = _yes(contact["around_the_clock"])
    cells["email"] = contact["email"] or ""
    _verified(cells, contact["verified"])
    return cells


def records(key: str, content: JsonObject, with_addresses: bool) -> Iterator[Cells]:
    """The cells of every row of one sheet, in the order of the directory file."""
    organizations = content["organizations"]
    if key == "directory":
        info = content["directory"]
        cells = {"version": info["version"], "published": info["published"]}
        cells["publisher"] = info["publisher"]
        cells["sample"] = _yes(info["sample"])
        _texts(cells, "name", info["name"])
        _texts(cells, "notice", info.get("notice"))
        yield cells
    elif key == "terms":
        for term in content["taxonomy"]:
            cells = {"id": term["id"], "taxonomy": term["taxonomy"], "code": term["code"]}
            _texts(cells, "name", term["name"])
            _texts(cells, "description", term.get("description"))
            yield cells
    elif key == "organizations":
        yield from (_organization(org) for org in organizations)
    elif key == "locations":
        for org in organizations:
            for location in org["locations"]:
                yield _location(org["id"], location, with_addresses)
    elif key == "services":
        for org in organizations:
            for service in org["services"]:
                yield _service(org["id"], service)
    elif key in ("service_categories", "service_roles", "service_populations"):
        field = key.removeprefix("service_")
        column = {"categories": "category", "roles": "role", "populations": "population"}[field]
        for org in organizations:
            for service in org["services"]:
                for code in service[field]:
                    yield {"service_id": service["id"], column: code}
    elif key == "service_areas":
        for org in organizations:
            for service in org["services"]:
                for area in service["service_areas"]:
                    region = area["region"] or ""
                    yield {
                        "service_id": service["id"],
                        "country": area["country"],
                        "region": region,
                    }
    elif key == "contacts":
        for org in organizations:
            for contact in org["contacts"]:
                yield _contact(org["id"], contact)
    elif key == "phones":
        for org in organizations:
            for owner in [org, *org["services"], *org["contacts"]]:
                for phone in owner["phones"]:
                    yield _phone(owner["id"], phone)
    elif key == "hours":
        for org in organizations:
            for owner in [*org["locations"], *org["services"], *org["contacts"]]:
                for schedule in owner["schedules"]:
                    yield _hours(owner["id"], schedule)


def sheet_rows(
    sheet: Sheet, content: JsonObject, languages: tuple[str, ...], with_addresses: bool
) -> Iterator[list[str]]:
    """The rows of one sheet as lists of cells in the order of its columns."""
    fields = [field for _column, field, _lang in column_fields(sheet, languages)]
    for cells in records(sheet.key, content, with_addresses):
        yield [cells.get(field, "") for field in fields]


def row_count(content: JsonObject) -> int:
    """How many rows all sheets hold together, for a progress bar."""
    total = 0
    for sheet in SHEETS:
        total += sum(1 for _ in records(sheet.key, content, True))
    return total


__all__ = ["Kind", "records", "row_count", "sheet_rows", "text_languages"]
