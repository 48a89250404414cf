"""Sheet rows into a checked directory: every record from its row, every problem placed.

A workbook is taken whole or refused whole: the rows are read into the
directory file's content, which then passes the same check as any directory
file (``check_directory``); a problem that check finds is placed back on the
sheet, row and column it came from.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.exchange.directory_json import FORMAT, FORMAT_VERSION, check_directory
from referral_desk.exchange.hsds.options import default_taxonomy
from referral_desk.exchange.hsds.problems import Code
from referral_desk.exchange.spreadsheet.cells import RowCells
from referral_desk.exchange.spreadsheet.columns import SHEET_BY_KEY, Choices, Kind
from referral_desk.exchange.spreadsheet.problems import SheetFindings, SheetPlace, SheetProblem
from referral_desk.exchange.update_preview import merge_by_id, merge_update

JsonObject = dict[str, Any]
REQUIRED_SHEETS = ("directory", "organizations")
PATH = re.compile(r"^([\w\[\].]+): (.*)$", re.DOTALL)
# Paths of the directory file that a column of another name holds.
ALIASES = {
    "address.country": "address_country",
    "own_name.text": "own_name",
    "own_name.lang": "own_name_lang",
    "verified.at": "verified_at",
    "verified.by": "verified_by",
    "verified.source": "verified_source",
}


@dataclass
class SheetTable:
    """One sheet as read: the machine name of each column (None: not ours), and its rows."""

    key: str
    fields: list[str | None]
    rows: list[tuple[int, list[str]]]  # (row number as the spreadsheet shows it, cells)


@dataclass(frozen=True)
class SheetImportOptions:
    """What an import needs from the directory it goes into."""

    today: date
    # Confidential places already held, by location id: address, latitude, longitude.
    kept_addresses: Mapping[str, JsonObject] = field(default_factory=dict)
    # The directory the file goes into: its records of the countries the file holds are
    # replaced, the others stay, and links to those (a parent body, a counterpart across
    # the border) are good. None: the file must stand alone.
    current: Mapping[str, Any] | None = None
    # Only add the file's organizations and replace those with the same id; keep every
    # other record of ``current`` (exchange.update_preview.merge_by_id).
    keep_others: bool = False


@dataclass(frozen=True)
class SheetImport:
    """A checked directory made from a workbook, and what could not be kept."""

    directory: DirectoryFile
    report: tuple[SheetProblem, ...]
    confidential_addresses: bool  # the file held at least one confidential address


class Builder:
    """Makes the directory content from the sheets of one workbook."""

    def __init__(self, file: str, tables: Mapping[str, SheetTable], options: SheetImportOptions):
        self.file = file
        self.tables = tables
        self.options = options
        self.findings = SheetFindings()
        self.places: dict[str, tuple[str, int]] = {}  # JSON path -> (sheet, row)
        self.path_of: dict[str, str] = {}  # record id -> its JSON path
        self.records: dict[str, tuple[str, JsonObject]] = {}  # id -> (kind, record)
        self.first: dict[str, SheetPlace] = {}  # id -> where it was first given
        self.confidential = False
        self.outside = _ids(options.current)  # records the file may point to, by kind
        # where each organization of the merged directory came from in the file (None: not merged)
        self.positions: dict[int, int] | None = None

    # ---------------------------------------------------------------- rows

    def rows(self, key: str) -> Iterable[RowCells]:
        table = self.tables.get(key)
        if table is None:
            return
        for number, cells in table.rows:
            values = {name: cell for name, cell in zip(table.fields, cells, strict=False) if name}
            row = RowCells(SheetPlace(self.file, key, number), values, self.findings)
            yield row
            for name in row.unread():
                self.findings.note(row.place.at(name), Code.COLUMN_NOT_HELD)

    def _claim(self, row: RowCells, kind: str, record: JsonObject) -> bool:
        record_id = record["id"]
        if record_id in self.first:
            value = row.cells.get("id") or str(record_id)
            row.ok = False
            self.findings.error(
                row.place.at("id"), Code.DUPLICATE_ID, self.first[record_id], value=value
            )
            return False
        self.first[record_id] = row.place
        self.records[record_id] = (kind, record)
        return True

    def _owner(self, row: RowCells, column: str, kinds: tuple[str, ...], table: str) -> Any:
        owner_id = row.ident(column)
        if owner_id is None:
            return None
        kind, record = self.records.get(owner_id, ("", None))
        if kind not in kinds:
            row.error(column, Code.DANGLING, table=table, value=row.cells.get(column, ""))
            return None
        return record

    def _verified(self, row: RowCells) -> JsonObject:
        return {
            "at": row.date("verified_at", required=True),
            "by": row.text("verified_by", required=True),
            "source": row.text("verified_source", required=True),
        }

    # ---------------------------------------------------------------- sheets

    def directory(self) -> JsonObject | None:
        for row in self.rows("directory"):
            return {
                "name": row.texts("name", required=True),
                "version": row.text("version", required=True),
                "published": row.date("published", required=True),
                "publisher": row.text("publisher", required=True),
                "sample": row.yes_no("sample", required=True),
                "notice": row.texts("notice", required=True),
            }
        return None

    def taxonomy(self) -> list[JsonObject]:
        terms: list[JsonObject] = []
        for row in self.rows("terms"):
            term: JsonObject = {
                "id": row.ident(),
                "taxonomy": row.choice("taxonomy", Choices.TAXONOMY, required=True),
                "code": row.text("code", required=True),
                "name": row.texts("name", required=True),
            }
            description = row.texts("description")
            if description is not None:
                term["description"] = description
            if term["id"] is not None and self._claim(row, "term", term):
                self._place(f"taxonomy[{len(terms)}]", row)
                terms.append(term)
        return terms or default_taxonomy()

    def _place(self, path: str, row: RowCells, record_id: str | None = None) -> None:
        self.places[path] = (row.place.sheet, row.place.row or 0)
        if record_id is not None:
            self.path_of[record_id] = path

    def organizations(self) -> list[JsonObject]:
        organizations: list[JsonObject] = []
        for row in self.rows("organizations"):
            org: JsonObject = {
                "id": row.ident(),
                "name": row.texts("name", required=True),
                "own_name": {
                    "lang": row.choice("own_name_lang", Choices.LANGUAGE, required=True),
                    "text": row.text("own_name", required=True),
                },
                "alternate_names": row.lines("alternate_names"),
                "description": row.texts("description", required=True),
                "country": row.choice("country", Choices.COUNTRY, required=True),
                "parent_id": row.ident("parent_id", required=False),
                "website": row.text("website"),
                "email": row.text("email"),
                "phones": [],
                "verified": self._verified(row),
                "locations": [],
                "services": [],
                "contacts": [],
            }
            if org["id"] is not None and self._claim(row, "organization", org):
                self._place(f"organizations[{len(organizations)}]", row, org["id"])
                org["_row"] = row.place
                organizations.append(org)
        return organizations

    def locations(self) -> None:
        for row in self.rows("locations"):
            location_id = row.ident()
            org = self._owner(row, "organization_id", ("organization",), "organizations")
            confidential = row.yes_no("confidential")
            withheld = row.yes_no("address_withheld")
            location: JsonObject = {
                "id": location_id,
                "name": row.texts("name", required=True),
                "timezone": row.choice("timezone", Choices.TIMEZONE, required=True),
                "confidential": confidential,
                "address": None,
                "latitude": row.number("latitude"),
                "longitude": row.number("longitude"),
                "schedules": [],
            }
            address = {
                key: row.text(key)
                for key in ("address_1", "address_2", "city", "region", "postal_code")
            }
            address["country"] = row.choice("address_country", Choices.COUNTRY)
            given = any(address.values())
            if confidential and given:
                self.confidential = True
            if confidential and withheld and not given:
                kept = self.options.kept_addresses.get(location_id or "")
                if kept is None:  # the place is still filed, so links to it do not echo this
                    row.error("id", Code.ADDRESS_WITHHELD)
                else:
                    self.findings.note(row.place.at("id"), Code.ADDRESS_KEPT)
                    location["address"] = dict(kept["address"])
                    location["latitude"] = kept["latitude"]
                    location["longitude"] = kept["longitude"]
            else:
                for key in ("address_1", "city"):
                    if address[key] is None:
                        row.error(key, Code.MISSING_VALUE)
                if address["country"] is None:
                    row.error("address_country", Code.MISSING_VALUE)
                location["address"] = {k: v for k, v in address.items() if v is not None}
            if location_id is None or not self._claim(row, "location", location) or org is None:
                continue
            index = len(org["locations"])
            self._place(f"{self._path(org)}.locations[{index}]", row, location_id)
            org["locations"].append(location)

    def _path(self, org: JsonObject) -> str:
        return self.path_of[org["id"]]

    def services(self) -> None:
        for row in self.rows("services"):
            org = self._owner(row, "organization_id", ("organization",), "organizations")
            service: JsonObject = {
                "id": row.ident(),
                "name": row.texts("name", required=True),
                "description": row.texts("description", required=True),
                "categories": [],
                "roles": [],
                "populations": [],
                "eligibility": row.texts("eligibility"),
                "referral_methods": row.codes("referral_methods", Choices.REFERRAL_METHOD),
                "referral_notes": row.texts("referral_notes"),
                "serves_nationals_of": row.codes("serves_nationals_of", Choices.COUNTRY),
                "languages": row.codes("languages", Choices.LANGUAGE),
                "service_areas": [],
                "location_ids": row.idents("location_ids"),
                "phones": [],
                "email": row.text("email"),
                "url": row.text("url"),
                "around_the_clock": row.yes_no("around_the_clock"),
                "schedules": [],
                "verified": self._verified(row),
            }
            for key in ("minimum_age", "maximum_age"):
                value = row.whole(key)
                if value is not None:
                    service[key] = value
            for key, choices in (
                ("genders", Choices.GENDER),
                ("nationality_status", Choices.NATIONALITY_STATUS),
            ):
                codes = row.codes(key, choices)
                if codes:
                    service[key] = codes
            if service["id"] is None or not self._claim(row, "service", service) or org is None:
                continue
            service["_org"] = org
            path = f"{self._path(org)}.services[{len(org['services'])}]"
            self._place(path, row, service["id"])
            org["services"].append(service)
            for location_id in service["location_ids"]:
                if location_id not in self.records:
                    row.error("location_ids", Code.DANGLING, table="locations", value=location_id)

    def service_lists(self) -> None:
        for key, field_name, column, choices in (
            ("service_categories", "categories", "category", Choices.CATEGORY),
            ("service_roles", "roles", "role", Choices.ROLE),
            ("service_populations", "populations", "population", Choices.POPULATION),
        ):
            for row in self.rows(key):
                service = self._owner(row, "service_id", ("service",), "services")
                code = row.choice(column, choices, required=True)
                if service is None or code is None or service["id"] not in self.path_of:
                    continue
                if code not in service[field_name]:
                    path = f"{self._service_path(service)}.{field_name}[{len(service[field_name])}]"
                    self._place(path, row)
                    service[field_name].append(code)
        for row in self.rows("service_areas"):
            service = self._owner(row, "service_id", ("service",), "services")
            area = {
                "country": row.choice("country", Choices.COUNTRY, required=True),
                "region": row.text("region"),
            }
            if service is not None and service["id"] in self.path_of:
                path = (
                    f"{self._service_path(service)}.service_areas[{len(service['service_areas'])}]"
                )
                self._place(path, row)
                service["service_areas"].append(area)

    def _service_path(self, service: JsonObject) -> str:
        return self.path_of[service["id"]]

    def contacts(self) -> None:
        for row in self.rows("contacts"):
            org = self._owner(row, "organization_id", ("organization",), "organizations")
            contact: JsonObject = {
                "id": row.ident(),
                "name": row.text("name"),
                "title": row.texts("title", required=True),
                "department": row.text("department"),
                "service_id": row.ident("service_id", required=False),
                "location_id": row.ident("location_id", required=False),
                "liaison": row.yes_no("liaison"),
                "counterpart_country": row.choice("counterpart_country", Choices.COUNTRY),
                "counterpart_id": row.ident("counterpart_id", required=False),
                "languages": row.codes("languages", Choices.LANGUAGE),
                "around_the_clock": row.yes_no("around_the_clock"),
                "phones": [],
                "email": row.text("email"),
                "schedules": [],
                "verified": self._verified(row),
            }
            for column, kind, table in (
                ("service_id", "service", "services"),
                ("location_id", "location", "locations"),
            ):
                if (
                    contact[column] is not None
                    and self.records.get(contact[column], ("",))[0] != kind
                ):
                    row.error(column, Code.DANGLING, table=table, value=row.cells.get(column, ""))
            if contact["id"] is None or not self._claim(row, "contact", contact) or org is None:
                continue
            path = f"{self._path(org)}.contacts[{len(org['contacts'])}]"
            self._place(path, row, contact["id"])
            contact["_row"] = row
            org["contacts"].append(contact)

    def counterparts(self, organizations: list[JsonObject]) -> None:
        for org in organizations:
            parent = org["parent_id"]
            if parent is not None and "organization" not in (
                self.records.get(parent, ("",))[0],
                self.outside.get(parent),
            ):
                place = org["_row"].at("parent_id")
                self.findings.error(place, Code.DANGLING, table="organizations", value=parent)
            for contact in org["contacts"]:
                row = contact.pop("_row")
                other = contact["counterpart_id"]
                if other is not None and "contact" not in (
                    self.records.get(other, ("",))[0],
                    self.outside.get(other),
                ):
                    value = row.cells.get("counterpart_id", other)
                    row.error("counterpart_id", Code.DANGLING, table="contacts", value=value)

    def owned(self, key: str, kinds: tuple[str, ...], table: str) -> None:
        """Phones or hours, each added to the record it belongs to, in the order of the rows."""
        for row in self.rows(key):
            owner = self._owner(row, "owner_id", kinds, table)
            if key == "phones":
                item = self._phone(row)
                items = "phones"
            else:
                item = self._hours(row)
                items = "schedules"
            if owner is None or owner["id"] not in self.path_of:
                continue
            self._place(f"{self.path_of[owner['id']]}.{items}[{len(owner[items])}]", row)
            owner[items].append(item)

    def _phone(self, row: RowCells) -> JsonObject:
        phone: JsonObject = {
            "number": row.text("number", required=True),
            "type": row.choice("type", Choices.PHONE_TYPE, required=True),
        }
        extension = row.text("extension")
        if extension is not None:
            phone["extension"] = extension.strip()
        if row.yes_no("placeholder"):
            phone["placeholder"] = True
        country = row.choice("short_code_country", Choices.COUNTRY)
        if country is not None:
            phone["short_code_country"] = country
        description = row.texts("description")
        if description is not None:
            phone["description"] = description
        return phone

    def _hours(self, row: RowCells) -> JsonObject:
        hours: JsonObject = {
            "freq": "WEEKLY",
            "byday": row.choice("byday", Choices.DAYS, required=True),
            "opens_at": row.time("opens_at", required=True),
            "closes_at": row.time("closes_at", required=True),
        }
        for key in ("valid_from", "valid_to"):
            value = row.date(key)
            if value is not None:
                hours[key] = value
        description = row.texts("description")
        if description is not None:
            hours["description"] = description
        return hours

    # ---------------------------------------------------------------- the whole

    def build(self) -> JsonObject:
        for key in REQUIRED_SHEETS:
            table = self.tables.get(key)
            if table is None or not table.rows:
                self.findings.error(SheetPlace(self.file), Code.MISSING_SHEET, table=key)
        self._columns()
        self.findings.raise_errors()
        info = self.directory()
        taxonomy = self.taxonomy()
        organizations = self.organizations()
        self.locations()
        self.services()
        self.service_lists()
        self.contacts()
        self.counterparts(organizations)
        self.owned("phones", ("organization", "service", "contact"), "organizations")
        self.owned("hours", ("location", "service", "contact"), "locations")
        for org in organizations:
            del org["_row"]
            for service in org["services"]:
                del service["_org"]
        for table_name in self.unused:
            count = str(len(self.tables[table_name].rows))
            self.findings.note(SheetPlace(self.file, table_name), Code.TABLE_NOT_HELD, count=count)
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "directory": info,
            "taxonomy": taxonomy,
            "organizations": organizations,
        }

    @property
    def unused(self) -> list[str]:
        return [key for key in self.tables if key not in SHEET_BY_KEY]

    def _columns(self) -> None:
        """Every column a sheet needs must be there; columns we do not know are reported."""
        for key, table in self.tables.items():
            sheet = SHEET_BY_KEY.get(key)
            if sheet is None:
                continue
            present = {name for name in table.fields if name}
            needed = [
                f"{c.field}.en" if c.kind is Kind.LANGUAGES else c.field
                for c in sheet.columns
                if c.required
            ]
            missing = [name for name in needed if name not in present]
            if missing:
                self.findings.error(
                    SheetPlace(self.file, key), Code.MISSING_COLUMNS, columns=", ".join(missing)
                )
            for position, name in enumerate(table.fields):
                if name is None and any(
                    position < len(cells) and cells[position].strip() for _n, cells in table.rows
                ):
                    self.findings.note(
                        SheetPlace(self.file, key, 1, f"#{position + 1}"), Code.COLUMN_NOT_HELD
                    )

    def locate(self, problem: str) -> SheetProblem:
        """A problem of the directory check, placed on the sheet, row and column it came from."""
        match = PATH.match(problem)
        if match:
            path, text = match[1], match[2]
            index = re.match(r"organizations\[(\d+)\]", path)
            if index and self.positions is not None:  # merged: the directory's own are there too
                number = self.positions.get(int(index[1]), -1)
                if number < 0:
                    return SheetProblem(
                        SheetPlace(self.file), Code.DIRECTORY_CHECK, {"problem": problem}
                    )
                path = f"organizations[{number}]{path[index.end() :]}"
            prefixes = [path] + [path[: m.start()] for m in re.finditer(r"[.\[]", path)]
            best = max((p for p in prefixes if p in self.places), key=len, default="")
            if best:
                sheet, number = self.places[best]
                rest = re.sub(r"\[\d+\]", "", path[len(best) :].lstrip("."))
                column = ALIASES.get(rest, rest.removeprefix("address."))
                place = SheetPlace(self.file, sheet, number, column)
                return SheetProblem(place, Code.DIRECTORY_CHECK, {"problem": text})
            if path.startswith("directory"):
                column = path.removeprefix("directory").lstrip(".")
                place = SheetPlace(self.file, "directory", 2, column)
                return SheetProblem(place, Code.DIRECTORY_CHECK, {"problem": text})
        return SheetProblem(SheetPlace(self.file), Code.DIRECTORY_CHECK, {"problem": problem})


def _ids(directory: Mapping[str, Any] | None) -> dict[str, str]:
    """Every organization and contact id of a directory, with its kind."""
    out: dict[str, str] = {}
    for org in (directory or {}).get("organizations", []):
        out[org["id"]] = "organization"
        for contact in org["contacts"]:
            out[contact["id"]] = "contact"
    return out


def build_directory(
    file: str, tables: Mapping[str, SheetTable], options: SheetImportOptions
) -> SheetImport:
    """The directory from a workbook's sheets; raises SheetError naming every problem."""
    builder = Builder(file, tables, options)
    content = builder.build()
    builder.findings.raise_errors()
    checked: Mapping[str, Any] = content
    if options.current is not None:
        if options.keep_others:  # the file's in the directory's places, by id, new ones last
            checked = merge_by_id(options.current, content)
            in_file = {org["id"]: number for number, org in enumerate(content["organizations"])}
            builder.positions = {
                number: in_file[org["id"]]
                for number, org in enumerate(checked["organizations"])
                if org["id"] in in_file
            }
        else:  # the other countries first, then the file's
            countries = tuple(sorted({org["country"] for org in content["organizations"]}))
            checked = merge_update(options.current, content, countries)
            shift = len(checked["organizations"]) - len(content["organizations"])
            builder.positions = {shift + n: n for n in range(len(content["organizations"]))}
    problems = check_directory(checked)
    if problems:
        builder.findings.errors += [builder.locate(p) for p in problems[:200]]
        builder.findings.raise_errors()
    raw = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    directory = DirectoryFile(content, hashlib.sha256(raw).hexdigest())
    return SheetImport(directory, tuple(builder.findings.report), builder.confidential)
