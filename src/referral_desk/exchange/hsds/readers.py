"""Reading HSDS files into rows: a JSON document, or a folder of CSV tables with its package.

Only the shape of the files is checked here (size, UTF-8, JSON or CSV syntax,
columns, numbers, duplicate keys); what the rows mean is the importer's job.
Both are read as streams: a JSON document's list of records an item at a time
(``json_stream``), a CSV table a line at a time, so neither the file's text nor
the parsed document sits in memory beside the rows. A document the stream
cannot follow (not one object holding one list of records, bad UTF-8, a syntax
error) is read again whole, which names the problem and its place.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from referral_desk.exchange.hsds.attributes import Attribute
from referral_desk.exchange.hsds.problems import Code, Findings, Place, type_name
from referral_desk.exchange.hsds.rows import Flattener, Row, shared
from referral_desk.exchange.hsds.tables import OTHER_TABLES, TABLE_BY_PATH, TABLES
from referral_desk.exchange.hsds.terms import EXTENSION_KEY
from referral_desk.exchange.json_stream import StreamGaveUp, object_members

MAX_FILE_BYTES = 1 << 30  # 1 GiB: far above any directory, far below a full disk
MEGABYTE = 1 << 20
INTEGER = re.compile(r"^[+-]?\d+$")
NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
# Columns HSDS requires that Referral Desk can do without (and does not always have).
TOLERATED = {
    "organization.description",
    "address.state_province",
    "address.postal_code",
    "address.address_type",
    "location.location_type",
    "attribute.link_entity",
    "taxonomy_term.description",
    "taxonomy.description",
}
Rows = dict[str, list[Row]]
TERM_KEYS = {"taxonomy_detail", "term_uri", "taxonomy_id"}
LISTS = (("contents", None), ("organizations", "organization"), ("services", "service"))
STREAMED = tuple(key for key, _table in LISTS)


def _size_ok(path: Path, findings: Findings, place: Place) -> bool:
    """Whether the file is there, readable and not too large; else an error."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        findings.error(place, Code.NOT_FOUND)
        return False
    except OSError as error:
        findings.error(place, Code.UNREADABLE, reason=error.strerror or str(error))
        return False
    if size > MAX_FILE_BYTES:
        findings.error(place, Code.TOO_LARGE, limit=str(MAX_FILE_BYTES // MEGABYTE))
        return False
    return True


def read_text(path: Path, findings: Findings, place: Place) -> str | None:
    """The file's text (UTF-8, with or without a byte order mark), or None and an error."""
    if not _size_ok(path, findings, place):
        return None
    try:
        raw = path.read_bytes()
    except OSError as error:
        findings.error(place, Code.UNREADABLE, reason=error.strerror or str(error))
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        findings.error(place, Code.NOT_UTF8, line=str(line))
        return None


def record_kind(item: Any) -> str:
    """The table of an item of a document's "contents": a service or an organization."""
    if isinstance(item, dict) and (
        "status" in item or "organization" in item or "service_at_locations" in item
    ):
        return "service"
    return "organization"


def document_items(document: Any) -> tuple[str, list[Any], str] | None:
    """The table of the records a JSON document holds, the list holding them, and the
    JSON pointer of that list ("" for a document that is one record)."""

    table = None
    if isinstance(document, list):
        items, base = document, ""
    elif isinstance(document, dict) and isinstance(document.get("contents"), list):
        items, base = document["contents"], "/contents"
    elif isinstance(document, dict) and "id" not in document:
        for key, name in (("organizations", "organization"), ("services", "service")):
            if isinstance(document.get(key), list):
                items, base, table = document[key], f"/{key}", name
                break
        else:
            return None
    elif isinstance(document, dict):
        items, base = [document], ""
    else:
        return None
    if any(isinstance(item, dict) and TERM_KEYS & item.keys() for item in items):
        return None
    if table is None:
        tables = {record_kind(item) for item in items}
        table = tables.pop() if len(tables) == 1 else "organization"
    return table, items, base


def json_rows(path: Path, findings: Findings) -> tuple[Rows, Any]:
    """The rows of an HSDS JSON document and its Referral Desk block (or None): streamed
    a record at a time where the document allows, else read whole."""
    place = Place(path.name)
    if not _size_ok(path, findings, place):
        return {}, None
    streamed = Findings()
    try:
        with path.open("rb") as stream:
            rows, block = streamed_rows(stream, path.name, streamed)
    except StreamGaveUp:
        return whole_json_rows(path, findings)
    except OSError as error:
        findings.error(place, Code.UNREADABLE, reason=error.strerror or str(error))
        return {}, None
    findings.absorb(streamed)
    return rows, block


def streamed_rows(stream: IO[bytes], file: str, findings: Findings) -> tuple[Rows, Any]:
    """The rows of a document that is one object holding its records in one list
    ("contents", "organizations" or "services"), read an item at a time.

    Raises StreamGaveUp for any other document, or where reading it whole could
    read it otherwise (records of two kinds, taxonomy terms, a record at the top)."""
    rows: Rows = defaultdict(list)
    flattener = Flattener(file, _collector(rows, findings), findings)
    members: dict[str, Any] = {}
    listed, table = "", ""
    for key, index, value in object_members(stream, json.JSONDecoder(), STREAMED):
        if index is None:
            if key != listed:
                members[key] = value
            continue
        if listed and key != listed:
            raise StreamGaveUp  # records in two lists
        if isinstance(value, dict) and TERM_KEYS & value.keys():
            raise StreamGaveUp
        kind = dict(LISTS)[key] or record_kind(value)
        if table and kind != table:
            raise StreamGaveUp  # a "contents" list of both kinds
        listed, table = key, kind
        flattener.flatten(table, value, f"/{key}/{index}")
    if not listed or "id" in members or any(key in members for key in STREAMED):
        raise StreamGaveUp
    return rows, members.get(EXTENSION_KEY)


def whole_json_rows(path: Path, findings: Findings) -> tuple[Rows, Any]:
    """The rows of an HSDS JSON document read whole (which names any problem's place)."""
    place = Place(path.name)
    content = read_text(path, findings, place)
    if content is None:
        return {}, None
    try:
        document = json.loads(content)
    except json.JSONDecodeError as error:
        findings.error(place, Code.NOT_JSON, line=str(error.lineno), column=str(error.colno))
        return {}, None
    except RecursionError:
        findings.error(place, Code.NOT_JSON, line="1", column="1")
        return {}, None
    del content  # the text can go before the rows are made
    return document_rows(document, path.name, findings, release=True)


def document_rows(
    document: Any, file: str, findings: Findings, release: bool = False
) -> tuple[Rows, Any]:
    """The rows of a parsed HSDS JSON document and its Referral Desk block (or None).

    With ``release``, each record is dropped from the document once its rows are
    made, so a large document and its rows are never all in memory at once."""
    found = document_items(document)
    if found is None:
        findings.error(Place(file), Code.NOT_HSDS, found=_found(document))
        return {}, None
    table, items, base = found
    rows: Rows = defaultdict(list)
    flattener = Flattener(file, _collector(rows, findings), findings)
    single = base == "" and not isinstance(document, list)
    for index in range(len(items)):
        item = items[index]
        if release and not single:
            items[index] = None
        flattener.flatten(table, item, "" if single else f"{base}/{index}")
    block = document.get(EXTENSION_KEY) if isinstance(document, dict) else None
    return rows, block


def _collector(rows: Rows, findings: Findings) -> Callable[[Row], None]:
    """The sink that adds each row to ``rows`` once: a JSON document repeats an object
    wherever it is nested. An attribute is kept as what it says, not as its cells."""
    seen: dict[str, dict[str, Row]] = defaultdict(dict)  # table -> id -> first row

    def keep(row: Row) -> None:
        row_id = row.values.get("id")
        first = seen[row.table].get(row_id) if isinstance(row_id, str) else None
        if first is not None and _same(first, row):
            return
        kept = Attribute.read(row, findings) if row.table == "attribute" else row
        if isinstance(row_id, str) and first is None:
            seen[row.table][row_id] = row if kept is None else kept
        if kept is not None:
            rows[row.table].append(kept)

    return keep


def _same(first: Row, row: Row) -> bool:
    """Whether ``row`` repeats ``first``, the row read before with its id."""
    if isinstance(first, Attribute):
        return first.says(row.values)
    return first.values == row.values


def _found(document: Any) -> str:
    """What a document that is not a directory holds, in a few words."""
    if isinstance(document, dict) and TERM_KEYS & document.keys():
        return "a taxonomy term"
    return type_name(document)


def tabular_rows(path: Path, findings: Findings) -> tuple[Rows, Any]:
    """The rows of an HSDS tabular package: a folder of CSV files, or its datapackage.json."""
    folder = path if path.is_dir() else path.parent
    descriptor = folder / "datapackage.json"
    block = None
    paths = dict(TABLE_BY_PATH)
    if descriptor.is_file():
        content = read_text(descriptor, findings, Place(descriptor.name))
        try:
            package = json.loads(content) if content is not None else {}
        except json.JSONDecodeError as error:
            findings.error(
                Place(descriptor.name),
                Code.NOT_JSON,
                line=str(error.lineno),
                column=str(error.colno),
            )
            return {}, None
        if isinstance(package, dict):
            block = package.get(EXTENSION_KEY)
            for resource in package.get("resources") or []:
                if isinstance(resource, dict) and resource.get("name") in TABLES:
                    paths[str(resource.get("path"))] = str(resource["name"])
    elif not path.is_dir():
        findings.error(Place(path.name), Code.NOT_FOUND)
        return {}, None
    rows: Rows = defaultdict(list)
    csv_files = sorted(folder.glob("*.csv"))
    for csv_path in csv_files:
        name = csv_path.name
        if name in paths:
            rows[paths[name]] = read_table(csv_path, paths[name], findings)
        elif name in OTHER_TABLES:
            count = len(read_table(csv_path, OTHER_TABLES[name], findings))
            findings.note(Place(name), Code.TABLE_NOT_HELD, count=str(count))
        else:
            findings.note(Place(name), Code.NOT_HELD)
    if not any(csv_path.name in paths for csv_path in csv_files):
        findings.error(Place(folder.name or str(folder)), Code.NOT_HSDS, found="no HSDS tables")
    return rows, block


def read_table(path: Path, table: str, findings: Findings) -> list[Row]:
    """The rows of one CSV table, with numbers as numbers and empty cells as None; read a
    line at a time (a file that is not UTF-8 is read again whole to name the line)."""
    file = path.name
    place = Place(file, table)
    if not _size_ok(path, findings, place):
        return []
    try:
        with path.open(encoding="utf-8-sig", newline="") as text:
            return _table_rows(text, file, table, findings)
    except UnicodeDecodeError:
        read_text(path, findings, place)  # names the line
        return []
    except OSError as error:
        findings.error(place, Code.UNREADABLE, reason=error.strerror or str(error))
        return []


def _table_rows(text: IO[str], file: str, table: str, findings: Findings) -> list[Row]:
    definition = TABLES.get(table)
    reader = csv.reader(text, strict=True)
    rows: list[Row] = []
    line = 1
    try:
        header = next(reader, None)
        if not header:
            findings.error(Place(file, table), Code.NOT_CSV, reason="empty")
            return []
        header = [h.strip() for h in header]
        if len(set(header)) != len(header):
            findings.error(Place(file, table), Code.NOT_CSV, reason="repeated_column")
            return []
        if definition is not None and not _columns_ok(definition, header, file, findings):
            return []
        numbers = (
            {c.name for c in definition.columns if c.type == "number"} if definition else set()
        )
        known = set(definition.column_names) if definition else set(header)
        seen: dict[str, int] = {}
        line = reader.line_num + 1
        for record in reader:
            place = Place(file, table, row=line)
            line = reader.line_num + 1
            if not record:
                continue
            if len(record) != len(header):
                findings.error(
                    place,
                    Code.NOT_CSV,
                    reason="cell_count",
                )
                continue
            values = _values(header, record, known, numbers, place, findings)
            row_id = str(values.get("id") or "").lower()
            if row_id and row_id in seen:
                earlier = Place(file, table, row=seen[row_id])
                findings.error(place.at("id"), Code.DUPLICATE_ID, earlier, value=row_id)
                continue
            seen[row_id] = place.row or 0
            row = Row(table, values, place)
            kept = Attribute.read(row, findings) if table == "attribute" else row
            if kept is not None:
                rows.append(kept)
    except csv.Error as error:
        place = Place(file, table, row=line)
        if "field larger than field limit" in str(error):
            findings.error(place, Code.CELL_TOO_LARGE, limit=str(csv.field_size_limit()))
        else:
            findings.error(place, Code.NOT_CSV, reason="csv_syntax")
    return rows


def _columns_ok(definition: Any, header: list[str], file: str, findings: Findings) -> bool:
    needed = [
        c.name
        for c in definition.columns
        if c.required and f"{definition.name}.{c.name}" not in TOLERATED
    ]
    missing = [name for name in needed if name not in header]
    if missing:
        findings.error(
            Place(file, definition.name), Code.MISSING_COLUMNS, columns=", ".join(missing)
        )
        return False
    for name in header:
        if name not in definition.column_names:
            findings.note(Place(file, definition.name, field=name), Code.COLUMN_NOT_HELD)
    return True


def _values(
    header: list[str],
    record: list[str],
    known: set[str],
    numbers: set[str],
    place: Place,
    findings: Findings,
) -> dict[str, Any]:
    """The row's non-empty cells (an empty cell reads as a missing one), short texts shared."""
    values: dict[str, Any] = {}
    for name, cell in zip(header, record, strict=True):
        if name not in known or cell == "":
            continue
        if name in numbers:
            text = cell.strip()
            if INTEGER.match(text):
                values[name] = int(text)
            elif NUMBER.match(text):
                values[name] = float(text)
            else:
                findings.error(place.at(name), Code.NOT_NUMBER, value=cell)
        else:
            values[name] = shared(name, cell)
    return values
