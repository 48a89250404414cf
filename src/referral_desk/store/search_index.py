"""The search index: folded names in FTS5 (words, trigrams, phone digits) and the filters.

The index is derived data, rebuilt from the directory tables whenever the
directory changes. ``search`` answers any text at all: it never passes the
caseworker's text to FTS5 as syntax, only folded words made of ``[a-z0-9]``.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from dataclasses import field as default
from datetime import date, time
from typing import Any

from sqlalchemy import Connection

from referral_desk.domain.hours import (
    RecordTiming,
    WeeklyHours,
    contact_timing,
    organization_timing,
    service_timing,
)
from referral_desk.domain.region_names import place_words
from referral_desk.domain.search import SearchFilters as SearchFilters  # re-exported
from referral_desk.domain.search_terms import short_codes, term_words
from referral_desk.domain.text import (
    fold,
    word_forms,
)
from referral_desk.domain.vocab import Kind
from referral_desk.store import search_postgres
from referral_desk.store.raw import is_postgres, raw_connection
from referral_desk.store.search_schema import FTS_TABLES, SCHEMA, TABLES

__all__ = [
    "FTS_TABLES",
    "SCHEMA",
    "TABLES",
    "SearchFilters",
    "create_search_tables",
    "deletes",
    "index_is_patched",
    "index_rows",
    "raw_connection",
    "rebuild_if_patched",
    "rebuild_search_index",
    "reindex_organizations",
]

MAX_WORDS = 8
FUZZY_MIN_LENGTH = 4
MAX_TYPO_WORD = 20  # longer words get no typo tolerance: nobody types them letter by letter
MAX_TYPO_WORDS = 12  # per name: the words after these are found by prefix only
MAX_NAME_CHARS = 1000  # of each name indexed; the directory file allows 300
_KINDS = {kind.value: kind for kind in Kind}
_WORD_RE = re.compile(r"[^\W_]+")


def create_search_tables(connection: Connection) -> None:
    if is_postgres(connection):
        return  # made by migration 0009 (CREATE EXTENSION needs more than an editor's rights)
    for statement in SCHEMA:
        connection.exec_driver_sql(statement)


# ----------------------------------------------------------------------------- building


@dataclass
class _Doc:
    kind: Kind
    entity_id: str
    organization_id: str
    country: str
    names: list[str]
    body: list[str]
    phones: list[str]
    categories: set[str]
    populations: set[str]
    languages: set[str]
    verified_at: str | None
    timing: RecordTiming
    labels: dict[str, str]  # the names shown, by language
    own_name: tuple[str, str | None] | None = None  # an organization's own name and language
    cities: list[str] = default(default_factory=list)
    regions: set[str] = default(default_factory=set)
    roles: set[str] = default(default_factory=set)
    placeholder_phones: set[str] = default(default_factory=set)  # shared by a batch


def _sql(connection: Connection, sql: str) -> str:
    """``{temp}`` (the schema of temporary tables) for the database at hand.

    Rows are read in the order of their ``position`` columns, never in the physical
    order, which PostgreSQL changes with every update.
    """
    return sql.replace("{temp}", "pg_temp" if is_postgres(connection) else "temp")


def _rows(connection: Connection, sql: str) -> Iterator[Any]:
    """The rows of a query, one at a time (a whole table as a list would double the memory)."""
    return iter(raw_connection(connection).execute(_sql(connection, sql)))


def _phone_variants(number: str) -> list[str]:
    """Digit strings a caseworker may type for a number: international, national, local."""
    digits = number.lstrip("+")
    if not digits.isdigit():
        return []
    variants = {digits}
    import phonenumbers

    if number.startswith("+"):
        try:
            parsed = phonenumbers.parse(number)
            national = str(parsed.national_number)
            variants.add(national)
            variants.add("0" + national)
        except phonenumbers.NumberParseException:
            pass
    return sorted(variants)


def _suffixes(digit_strings: Iterable[str]) -> str:
    out: set[str] = set()
    for digits in digit_strings:
        for start in range(len(digits) - 2):
            out.add(digits[start:])
    return " ".join(sorted(out))


_ORGANIZATIONS_PER_BATCH = 500


# Rows of the batch's owners, looked up through each table's owner index: SQLite has no
# figures on the temporary table and would otherwise scan the whole table once per query.
IN_BATCH = "IN (SELECT id FROM {temp}.batch_owner)"


class _Batch:
    """The rows of some organizations and everything under them, read by owner id.

    The owners are put in a temporary table, so each query reads only the batch.
    """

    def __init__(self, connection: Connection, owners: Iterable[str]) -> None:
        raw = raw_connection(connection)
        raw.execute("CREATE TEMP TABLE IF NOT EXISTS batch_owner (id TEXT PRIMARY KEY)")
        raw.execute(_sql(connection, "DELETE FROM {temp}.batch_owner"))
        unique = ((owner,) for owner in dict.fromkeys(owners))
        if is_postgres(connection):
            raw.copy_rows("pg_temp.batch_owner", ("id",), unique)
        else:
            raw.executemany("INSERT INTO temp.batch_owner VALUES (?)", unique)
        self.texts: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
        for owner, field, lang, value in _rows(
            connection,
            "SELECT t.owner_id, t.field, t.lang, t.value FROM localized_text t "
            f"WHERE t.owner_id {IN_BATCH} ORDER BY t.owner_id, t.field, t.lang",
        ):
            self.texts[owner][field][lang] = value
        self.phones: dict[str, list[str]] = defaultdict(list)
        self.placeholders: set[str] = set()
        for owner, number, placeholder in _rows(
            connection,
            "SELECT p.owner_id, p.number, p.placeholder FROM phone p "
            f"WHERE p.owner_id {IN_BATCH} ORDER BY p.owner_id, p.position",
        ):
            self.phones[owner].append(number)
            if placeholder:
                self.placeholders.add(number)
        self.areas: dict[str, set[str]] = defaultdict(set)
        for service_id, region in _rows(
            connection,
            "SELECT a.service_id, a.region FROM service_area a "
            f"WHERE a.service_id {IN_BATCH} AND a.region IS NOT NULL",
        ):
            self.areas[service_id].add(region)
        self.languages: dict[str, set[str]] = defaultdict(set)
        for owner, code in _rows(
            connection,
            f"SELECT l.owner_id, l.code FROM language l WHERE l.owner_id {IN_BATCH}",
        ):
            self.languages[owner].add(code)
        self.hours: dict[str, list[WeeklyHours]] = defaultdict(list)
        for owner, byday, opens, closes, vfrom, vto in _rows(
            connection,
            "SELECT s.owner_id, s.byday, s.opens_at, s.closes_at, s.valid_from, s.valid_to "
            f"FROM schedule s WHERE s.owner_id {IN_BATCH} ORDER BY s.owner_id, s.position",
        ):
            self.hours[owner].append(
                WeeklyHours.parse(
                    byday,
                    opens,
                    closes,
                    date.fromisoformat(vfrom) if vfrom else None,
                    date.fromisoformat(vto) if vto else None,
                )
            )
        self.terms: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for service_id, taxonomy, code in _rows(
            connection,
            "SELECT a.link_id, t.taxonomy, t.code FROM attribute a "
            f"JOIN taxonomy_term t ON t.id = a.taxonomy_term_id WHERE a.link_id {IN_BATCH}",
        ):
            self.terms[service_id][taxonomy].add(code)
        self.service_locations: dict[str, list[str]] = defaultdict(list)
        for service_id, location_id in _rows(
            connection,
            "SELECT l.service_id, l.location_id FROM service_at_location l "
            f"WHERE l.service_id {IN_BATCH} ORDER BY l.service_id, l.position",
        ):
            self.service_locations[service_id].append(location_id)

    def names_of(self, owner: str, *fields: str) -> list[str]:
        return [v for f in fields for v in self.texts[owner].get(f, {}).values()]


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _gather(connection: Connection) -> Iterator[list[_Doc]]:
    """The documents to index, a batch of organizations at a time: each organization's,
    its services' and its contacts' (organizations first in a batch)."""
    location_tz: dict[str, str] = {}
    org_locations: dict[str, list[str]] = defaultdict(list)
    location_city: dict[str, str] = {}
    location_region: dict[str, str] = {}
    for location_id, org_id, tz, confidential, city, region in _rows(
        connection,
        "SELECT l.id, l.organization_id, l.timezone, l.confidential, a.city, a.region "
        "FROM location l LEFT JOIN address a ON a.location_id = l.id "
        "WHERE l.retired_at IS NULL ORDER BY l.organization_id, l.position, l.id",
    ):
        location_tz[location_id] = tz
        org_locations[org_id].append(location_id)
        if city and not confidential:
            location_city[location_id] = city
        if region:
            location_region[location_id] = region
    org_country: dict[str, str] = dict(_rows(connection, "SELECT id, country FROM organization"))
    org_ids = [
        row[0]
        for row in _rows(
            connection,
            "SELECT id FROM organization WHERE retired_at IS NULL ORDER BY position, id",
        )
    ]

    def zones(location_ids: Sequence[str]) -> list[str | None]:
        return [location_tz.get(i) for i in location_ids]

    for batch_orgs in _chunks(org_ids, _ORGANIZATIONS_PER_BATCH):
        yield _batch_docs(
            connection,
            batch_orgs,
            org_country,
            org_locations,
            _Places(location_city, location_region),
            location_tz,
            zones,
        )
    raw_connection(connection).execute(_sql(connection, "DROP TABLE IF EXISTS {temp}.batch_owner"))


@dataclass(frozen=True)
class _Places:
    """The city (of a location whose address is not confidential) and region of locations."""

    city: dict[str, str]
    region: dict[str, str]

    def cities(self, location_ids: Iterable[str]) -> list[str]:
        return list(dict.fromkeys(self.city[i] for i in location_ids if i in self.city))

    def regions(self, location_ids: Iterable[str]) -> set[str]:
        return {self.region[i] for i in location_ids if i in self.region}


def _batch_docs(
    connection: Connection,
    batch_orgs: list[str],
    org_country: dict[str, str],
    org_locations: dict[str, list[str]],
    places: _Places,
    location_tz: dict[str, str],
    zones: Any,
) -> list[_Doc]:
    raw = raw_connection(connection)
    marks = ",".join("?" * len(batch_orgs))
    organizations = raw.execute(
        _sql(
            connection,
            "SELECT id, country, own_name, own_name_lang, alternate_names, verified_at, website, "
            f"email FROM organization WHERE id IN ({marks}) ORDER BY position, id",
        ),
        batch_orgs,
    ).fetchall()
    services = raw.execute(
        _sql(
            connection,
            "SELECT s.id, s.organization_id, s.around_the_clock, s.populations, s.verified_at, "
            "s.email FROM service s JOIN organization o ON o.id = s.organization_id "
            f"WHERE s.organization_id IN ({marks}) AND s.retired_at IS NULL "
            "ORDER BY o.position, o.id, s.position, s.id",
        ),
        batch_orgs,
    ).fetchall()
    contacts = raw.execute(
        _sql(
            connection,
            "SELECT c.id, c.organization_id, c.service_id, c.location_id, c.name, c.department, "
            "c.email, c.around_the_clock, c.verified_at "
            "FROM contact c JOIN organization o ON o.id = c.organization_id "
            f"WHERE c.organization_id IN ({marks}) AND c.retired_at IS NULL "
            "ORDER BY o.position, o.id, c.position, c.id",
        ),
        batch_orgs,
    ).fetchall()
    # A contact may belong to a service of another organization: read that one too.
    own_services = {row[0] for row in services}
    foreign = sorted({row[2] for row in contacts if row[2] and row[2] not in own_services})
    if foreign:
        services += raw.execute(
            "SELECT id, organization_id, around_the_clock, populations, verified_at, email "
            f"FROM service WHERE id IN ({','.join('?' * len(foreign))})",
            foreign,
        ).fetchall()
    foreign_orgs = sorted({row[1] for row in services} - set(batch_orgs))
    if foreign_orgs:
        organizations += raw.execute(
            "SELECT id, country, own_name, own_name_lang, alternate_names, verified_at, "
            f"website, email FROM organization WHERE id IN ({','.join('?' * len(foreign_orgs))})",
            foreign_orgs,
        ).fetchall()
    batch = _Batch(
        connection,
        [
            *(row[0] for row in organizations),
            *(row[0] for row in services),
            *(row[0] for row in contacts),
            *(i for org in batch_orgs for i in org_locations[org]),
        ],
    )
    org_names: dict[str, list[str]] = {}
    for org_id, _country, own_name, _lang, alternates, _v, _w, _e in organizations:
        org_names[org_id] = [*batch.names_of(org_id, "name"), own_name, *alternates.splitlines()]

    org_services: dict[str, list[str]] = defaultdict(list)
    service_info: dict[str, _Doc] = {}
    for service_id, org_id, always, populations, verified_at, email in services:
        org_services[org_id].append(service_id)
        location_ids = batch.service_locations[service_id] or org_locations[org_id]
        service_info[service_id] = _Doc(
            kind=Kind.SERVICE,
            entity_id=service_id,
            organization_id=org_id,
            country=org_country[org_id],
            names=batch.names_of(service_id, "name"),
            body=[
                *org_names[org_id],
                *batch.names_of(service_id, "description", "eligibility"),
                email or "",
            ],
            phones=batch.phones[service_id],
            categories=batch.terms[service_id]["category"],
            populations=set(populations.split()),
            cities=places.cities(location_ids),
            regions=batch.areas[service_id] | places.regions(location_ids),
            roles=batch.terms[service_id]["role"],
            placeholder_phones=batch.placeholders,
            languages=batch.languages[service_id],
            verified_at=verified_at,
            timing=service_timing(
                batch.hours[service_id],
                zones(batch.service_locations[service_id]),
                zones(org_locations[org_id]),
                bool(always),
            ),
            labels=dict(batch.texts[service_id].get("name", {})),
        )

    docs: list[_Doc] = []
    in_batch = set(batch_orgs)
    for org_id, country, own_name, own_lang, _alt, verified_at, website, email in organizations:
        if org_id not in in_batch:
            continue
        own = [service_info[s] for s in org_services[org_id]]
        location_ids = org_locations[org_id]
        docs.append(
            _Doc(
                kind=Kind.ORGANIZATION,
                entity_id=org_id,
                organization_id=org_id,
                country=country,
                names=org_names[org_id],
                body=[
                    *batch.names_of(org_id, "description"),
                    website or "",
                    email or "",
                ],
                phones=batch.phones[org_id],
                categories=set().union(*(s.categories for s in own)),
                populations=set().union(*(s.populations for s in own)),
                cities=places.cities(location_ids),
                regions=places.regions(location_ids).union(*(s.regions for s in own)),
                roles=set().union(*(s.roles for s in own)),
                placeholder_phones=batch.placeholders,
                languages=set().union(*(s.languages for s in own)),
                verified_at=verified_at,
                timing=organization_timing(
                    [h for i in location_ids for h in batch.hours[i]],
                    zones(location_ids),
                    (s.timing.around_the_clock for s in own),
                ),
                labels=dict(batch.texts[org_id].get("name", {})),
                own_name=(own_name, own_lang),
            )
        )
    docs += [doc for doc in service_info.values() if doc.organization_id in in_batch]
    for (
        contact_id,
        org_id,
        service_id,
        location_id,
        name,
        department,
        email,
        always,
        verified_at,
    ) in contacts:
        service = service_info.get(service_id) if service_id else None
        docs.append(
            _Doc(
                kind=Kind.CONTACT,
                entity_id=contact_id,
                organization_id=org_id,
                country=org_country[org_id],
                names=[*batch.names_of(contact_id, "title"), *([name] if name else [])],
                body=[
                    *org_names[org_id],
                    department or "",
                    email or "",
                    *(service.names if service else []),
                ],
                phones=batch.phones[contact_id],
                categories=set(service.categories) if service else set(),
                populations=set(service.populations) if service else set(),
                cities=places.cities([location_id] if location_id else []),
                regions=set(service.regions) if service else set(),
                roles=set(service.roles) if service else set(),
                placeholder_phones=batch.placeholders,
                languages=batch.languages[contact_id],
                verified_at=verified_at,
                timing=contact_timing(
                    batch.hours[contact_id],
                    location_tz.get(location_id) if location_id else None,
                    service.timing if service else None,
                    zones(org_locations[org_id]),
                    bool(always),
                ),
                labels=dict(batch.texts[contact_id].get("title", {})),
            )
        )
    return docs


def deletes(term: str) -> set[str]:
    """Every form of a word with one letter left out (the typo index's keys)."""
    return {term[:i] + term[i + 1 :] for i in range(len(term))}


def _day_mask(days: Iterable[int]) -> int:
    return sum(1 << day for day in days)


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


_INSERTS = {
    "search_doc": "INSERT INTO search_doc VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "search_label": "INSERT INTO search_label VALUES (?,?,?,?,?)",
    "search_week": "INSERT INTO search_week VALUES (?,?,?,?,?,?,?)",
    "search_name": "INSERT INTO search_name VALUES (?,?)",
    "search_hours": "INSERT INTO search_hours VALUES (?,?,?,?,?,?,?)",
    "search_fts": "INSERT INTO search_fts(rowid, names, places, terms, other) VALUES (?,?,?,?,?)",
    "search_tri": "INSERT INTO search_tri(rowid, names) VALUES (?,?)",
    "search_phone": "INSERT INTO search_phone(rowid, digits, whole) VALUES (?,?,?)",
    "search_term_del": "INSERT INTO search_term_del VALUES (?,?,?)",
    "search_word": "INSERT INTO search_word VALUES (?)",
}
# The tables whose rows can be read back and compared with the records (``index_rows``);
# the FTS tables keep no content, so only their number of documents is compared.
PLAIN_TABLES = (
    "search_doc",
    "search_label",
    "search_week",
    "search_name",
    "search_hours",
    "search_word",
)
TYPO_TABLE = "search_term_del"
_BATCH_ROWS = 20_000


def _typo_words(name: str) -> Iterator[tuple[str, str]]:
    """The words of a name that get typo tolerance: words a person would type.

    One-letter deletions cost as many rows as the word has letters, so a word
    longer than ``MAX_TYPO_WORD`` letters, and words after the first
    ``MAX_TYPO_WORDS`` of a name, are found by their prefix and inside a word only.
    """
    for plain, folded in word_forms(name[:MAX_NAME_CHARS])[:MAX_TYPO_WORDS]:
        if FUZZY_MIN_LENGTH <= len(plain) <= MAX_TYPO_WORD and not plain.isdigit():
            yield plain, folded


def index_rows(connection: Connection) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """Every row of the search tables, as ``(table, row)``, worked out from the records.

    ``rebuild_search_index`` writes them; ``db check`` compares them with what is stored.
    """
    hours_set_of: dict[tuple[WeeklyHours, ...], int] = {}
    vocabulary: set[tuple[str, str]] = set()  # (plain or folded word, folded word)
    whole_words: set[str] = set()
    org_rowid: dict[str, int] = {}
    rowid = 0
    for batch in _gather(connection):
        for doc in batch:
            rowid += 1
            if doc.kind is Kind.ORGANIZATION:
                org_rowid[doc.entity_id] = rowid
            yield from _doc_rows(rowid, doc, org_rowid, hours_set_of, vocabulary, whole_words)
    yield from _week_and_typo_rows(hours_set_of, vocabulary)
    for word in sorted(whole_words):
        yield "search_word", (word,)


def _doc_rows(
    rowid: int,
    doc: _Doc,
    org_rowid: dict[str, int],
    hours_set_of: dict[tuple[WeeklyHours, ...], int],
    vocabulary: set[tuple[str, str]],
    whole_words: set[str],
) -> Iterator[tuple[str, tuple[Any, ...]]]:
    folded_names = list(dict.fromkeys(fold(n[:MAX_NAME_CHARS]) for n in doc.names if n))
    folded_names = [n for n in folded_names if n]
    timing = doc.timing
    hours_set = None
    if timing.hours:
        hours_set = hours_set_of.setdefault(timing.hours, len(hours_set_of) + 1)
    main_phone = doc.phones[0] if doc.phones else None
    yield (
        "search_doc",
        (
            rowid,
            doc.kind.value,
            doc.entity_id,
            doc.organization_id,
            org_rowid.get(doc.organization_id, rowid),
            doc.country,
            _bag(doc.categories),
            _bag(doc.populations),
            _bag(doc.languages),
            _bag(doc.regions),
            int(timing.around_the_clock),
            doc.verified_at,
            folded_names[0] if folded_names else "",
            timing.timezone,
            hours_set,
            main_phone,
            int(main_phone in doc.placeholder_phones),
        ),
    )
    for position, (lang, value) in enumerate(doc.labels.items()):
        yield "search_label", (rowid, position, lang, value, 0)
    if doc.own_name is not None:
        own, own_lang = doc.own_name
        yield "search_label", (rowid, len(doc.labels), own_lang or "", own, 1)
    for name in folded_names:
        yield "search_name", (rowid, name)
    names_text = " ".join(folded_names)
    places_text = fold(" ".join(place_words(doc.country, doc.cities, sorted(doc.regions))))
    terms_text = " ".join(term_words(doc.categories, doc.populations, doc.roles))
    body_text = " ".join(fold(b) for b in doc.body if b)
    yield "search_fts", (rowid, names_text, places_text, terms_text, body_text)
    yield "search_tri", (rowid, names_text)
    for text in (names_text, places_text, terms_text):
        whole_words.update(text.split())
    for name in doc.names:
        for plain, folded in _typo_words(name):
            vocabulary.add((plain, folded))
            vocabulary.add((folded, folded))
    digits = [v for number in doc.phones for v in _phone_variants(number)]
    codes = short_codes(doc.country, doc.roles)
    if digits or codes:
        whole = " ".join(sorted({*digits, *codes}))
        yield "search_phone", (rowid, _suffixes(digits), whole)
    if timing.timezone:
        for weekly in timing.hours:
            for day, start, end in weekly.intervals():
                yield (
                    "search_hours",
                    (
                        rowid,
                        timing.timezone,
                        day,
                        start,
                        end,
                        weekly.valid_from.isoformat() if weekly.valid_from else None,
                        weekly.valid_to.isoformat() if weekly.valid_to else None,
                    ),
                )


def _week_and_typo_rows(
    hours_set_of: dict[tuple[WeeklyHours, ...], int], vocabulary: set[tuple[str, str]]
) -> Iterator[tuple[str, tuple[Any, ...]]]:
    for hours, set_id in hours_set_of.items():
        for position, weekly in enumerate(hours):
            yield (
                "search_week",
                (
                    set_id,
                    position,
                    _day_mask(weekly.days),
                    _minutes(weekly.opens),
                    _minutes(weekly.closes),
                    weekly.valid_from.isoformat() if weekly.valid_from else None,
                    weekly.valid_to.isoformat() if weekly.valid_to else None,
                ),
            )
    for source, term in sorted(vocabulary):
        for key in sorted({source} | deletes(source)):
            yield TYPO_TABLE, (key, source, term)


def rebuild_search_index(connection: Connection) -> None:
    """Rebuild every search table from the directory tables, a batch of rows at a time."""
    if is_postgres(connection):
        search_postgres.rebuild(connection, index_rows(connection))
        return
    create_search_tables(connection)
    for table in TABLES:
        if table in FTS_TABLES:  # contentless: emptied with the delete-all command
            connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES('delete-all')")
        else:
            connection.exec_driver_sql(f"DELETE FROM {table}")
    raw = raw_connection(connection)
    batches: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for table, row in index_rows(connection):
        batch = batches[table]
        batch.append(row)
        if len(batch) >= _BATCH_ROWS:
            raw.executemany(_INSERTS[table], batch)
            batch.clear()
    for table, batch in batches.items():
        raw.executemany(_INSERTS[table], batch)
    raw.execute("INSERT INTO search_build VALUES (?)", (uuid.uuid4().hex,))
    connection.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES('optimize')")
    connection.exec_driver_sql("INSERT INTO search_tri(search_tri) VALUES('optimize')")
    connection.exec_driver_sql("ANALYZE")


PATCHED = "patched:"  # how ``search_build`` names an index patched since its last rebuild


def index_is_patched(connection: Connection) -> bool:
    row = raw_connection(connection).execute("SELECT id FROM search_build").fetchone()
    return bool(row and str(row[0]).startswith(PATCHED))


def rebuild_if_patched(connection: Connection) -> bool:
    """Rebuild the index in full if edits patched it (so it is row for row what a rebuild
    makes, as ``db check`` expects); True if it did."""
    if not index_is_patched(connection):
        return False
    rebuild_search_index(connection)
    return True


def reindex_organizations(connection: Connection, org_ids: Iterable[str]) -> None:
    """Index again the documents of some organizations (their services and contacts with
    them), leaving the rest of the index as it is: an edit shows in search at once.

    The FTS tables keep no content, so the old documents' words stay there unreachable
    (every search joins ``search_doc``) under numbers never used again; the next
    ``rebuild_search_index`` drops them. ``search_build`` is renamed, so names and
    hours read before are read again.
    """
    raw = raw_connection(connection)
    wanted = sorted(set(org_ids))
    if not wanted:
        return
    marks = ",".join("?" * len(wanted))
    # Found by their records' ids (search_doc has no index on its organization's).
    old = [row[0] for row in raw.execute(
        f"SELECT rowid FROM search_doc WHERE entity_id IN (SELECT id FROM organization "
        f"WHERE id IN ({marks}) UNION ALL SELECT id FROM service WHERE organization_id "
        f"IN ({marks}) UNION ALL SELECT id FROM contact WHERE organization_id IN ({marks})) "
        f"AND organization_id IN ({marks})",
        wanted * 4,
    )]  # fmt: skip
    docs = ",".join(str(int(d)) for d in old)
    for table in ("search_label", "search_name", "search_hours"):
        raw.execute(f"DELETE FROM {table} WHERE doc IN ({docs})")
    raw.execute(f"DELETE FROM search_doc WHERE rowid IN ({docs})")
    present = [
        row[0]
        for row in raw.execute(
            f"SELECT id FROM organization WHERE id IN ({marks}) AND retired_at IS NULL", wanted
        )
    ]
    if present:
        _index_more(connection, present)
    raw.execute("DELETE FROM search_build")
    raw.execute("INSERT INTO search_build VALUES (?)", (PATCHED + uuid.uuid4().hex,))


def _index_more(connection: Connection, org_ids: list[str]) -> None:
    raw = raw_connection(connection)
    marks = ",".join("?" * len(org_ids))
    location_tz: dict[str, str] = {}
    org_locations: dict[str, list[str]] = defaultdict(list)
    location_city: dict[str, str] = {}
    location_region: dict[str, str] = {}

    class Countries(dict[str, str]):
        def __missing__(self, org_id: str) -> str:
            row = raw.execute("SELECT country FROM organization WHERE id = ?", (org_id,)).fetchone()
            self[org_id] = str(row[0]) if row else ""
            return self[org_id]

    org_country = Countries(
        raw.execute(f"SELECT id, country FROM organization WHERE id IN ({marks})", org_ids)
    )
    for location_id, org_id, tz, confidential, city, region in raw.execute(
        "SELECT l.id, l.organization_id, l.timezone, l.confidential, a.city, a.region "
        "FROM location l LEFT JOIN address a ON a.location_id = l.id WHERE l.retired_at IS NULL "
        "AND (l.organization_id IN "
        f"(SELECT organization_id FROM service WHERE organization_id IN ({marks}) "
        f"OR id IN (SELECT service_id FROM contact WHERE organization_id IN ({marks}))) "
        f"OR l.organization_id IN ({marks})) ORDER BY l.organization_id, l.position, l.id",
        [*org_ids, *org_ids, *org_ids],
    ):
        location_tz[location_id] = tz
        org_locations[org_id].append(location_id)
        if city and not confidential:
            location_city[location_id] = city
        if region:
            location_region[location_id] = region

    def zones(location_ids: Sequence[str]) -> list[str | None]:
        return [location_tz.get(i) for i in location_ids]

    docs = _batch_docs(
        connection,
        org_ids,
        org_country,
        org_locations,
        _Places(location_city, location_region),
        location_tz,
        zones,
    )
    # Emptied, not dropped: a table made or dropped has SQLite prepare every statement again.
    raw.execute("DELETE FROM temp.batch_owner")
    (rowid,) = raw.execute(
        "SELECT max(coalesce((SELECT max(rowid) FROM search_doc), 0), "
        "coalesce((SELECT max(id) FROM search_fts_docsize), 0), "
        "coalesce((SELECT max(id) FROM search_tri_docsize), 0), "
        "coalesce((SELECT max(id) FROM search_phone_docsize), 0))"
    ).fetchone()
    hours_set_of: dict[tuple[WeeklyHours, ...], int] = {}
    weeks: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in raw.execute("SELECT * FROM search_week ORDER BY 1, 2"):
        weeks[row[0]].append(tuple(row[2:]))
    known_sets = {tuple(rows): set_id for set_id, rows in weeks.items()}
    org_rowid: dict[str, int] = {}  # organizations come first among the documents
    vocabulary: set[tuple[str, str]] = set()
    whole_words: set[str] = set()
    rows: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for doc in docs:
        rowid += 1
        if doc.kind is Kind.ORGANIZATION:
            org_rowid[doc.entity_id] = rowid
        hours = doc.timing.hours
        if hours and hours not in hours_set_of:
            week = tuple(row[2:] for _t, row in _week_and_typo_rows({hours: 0}, set()))
            if week in known_sets:
                hours_set_of[hours] = known_sets[week]
            else:
                new_id = max([*known_sets.values(), *hours_set_of.values(), 0]) + 1
                hours_set_of[hours] = new_id
                for _t, row in _week_and_typo_rows({hours: new_id}, set()):
                    rows["search_week"].append(row)
        for table, row in _doc_rows(rowid, doc, org_rowid, hours_set_of, vocabulary, whole_words):
            rows[table].append(row)
    sources = sorted({source for source, _term in vocabulary})
    indexed: set[str] = set()  # words whose typo keys the index has
    for start in range(0, len(sources), 500):
        chunk = sources[start : start + 500]
        indexed.update(row[0] for row in raw.execute(
            f"SELECT key FROM {TYPO_TABLE} WHERE key IN ({','.join('?' * len(chunk))}) "
            "AND source = key", chunk,
        ))  # fmt: skip
    for source, term in sorted(vocabulary):
        if source in indexed:
            continue
        rows[TYPO_TABLE] += [(key, source, term) for key in sorted({source} | deletes(source))]
    for table, batch in rows.items():
        raw.executemany(_INSERTS[table], batch)
    raw.executemany(  # words no longer used stay until the next rebuild, as typo keys do
        "INSERT OR IGNORE INTO search_word VALUES (?)", ((w,) for w in sorted(whole_words))
    )


def _bag(values: Iterable[str]) -> str:
    return " " + " ".join(sorted(values)) + " " if values else ""
