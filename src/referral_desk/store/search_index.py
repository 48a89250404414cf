"""The search index: folded names in FTS5 (words, trigrams, phone digits) and the filters.

The index is derived data, rebuilt from the directory tables whenever the
directory changes. ``search`` answers any text at all: it never passes the
caseworker's text to FTS5 as syntax, only folded words made of ``[a-z0-9]``.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import Connection

from referral_desk.domain.hours import (
    RecordTiming,
    WeeklyHours,
    contact_timing,
    organization_timing,
    service_timing,
)
from referral_desk.domain.search import SearchFilters as SearchFilters  # re-exported
from referral_desk.domain.staleness import fresh_since
from referral_desk.domain.text import (
    damerau_distance_at_most_one,
    fold,
    fold_prefix,
    phone_digits,
    prefix_alternatives,
    tokens,
    word_forms,
)
from referral_desk.domain.vocab import Kind
from referral_desk.store.search_schema import FTS_TABLES, SCHEMA, TABLES

__all__ = [
    "FTS_TABLES",
    "SCHEMA",
    "TABLES",
    "IndexHit",
    "SearchFilters",
    "create_search_tables",
    "raw_connection",
    "rebuild_search_index",
    "search_index",
]

MAX_WORDS = 8
FUZZY_MIN_LENGTH = 4
_KINDS = {kind.value: kind for kind in Kind}
_WORD_RE = re.compile(r"[^\W_]+")


def create_search_tables(connection: Connection) -> None:
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


def raw_connection(connection: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under SQLAlchemy's, for the hot paths that fetch many rows."""
    raw = connection.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def _rows(connection: Connection, sql: str) -> list[Any]:
    return raw_connection(connection).execute(sql).fetchall()


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


def _gather(connection: Connection) -> list[_Doc]:
    texts: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    for owner, field, lang, value in _rows(
        connection, "SELECT owner_id, field, lang, value FROM localized_text"
    ):
        texts[owner][field][lang] = value
    phones: dict[str, list[str]] = defaultdict(list)
    for owner, number in _rows(connection, "SELECT owner_id, number FROM phone ORDER BY position"):
        phones[owner].append(number)
    languages: dict[str, set[str]] = defaultdict(set)
    for owner, code in _rows(connection, "SELECT owner_id, code FROM language"):
        languages[owner].add(code)
    hours: dict[str, list[WeeklyHours]] = defaultdict(list)
    for owner, byday, opens, closes, vfrom, vto in _rows(
        connection,
        "SELECT owner_id, byday, opens_at, closes_at, valid_from, valid_to FROM schedule",
    ):
        hours[owner].append(
            WeeklyHours.parse(
                byday,
                opens,
                closes,
                date.fromisoformat(vfrom) if vfrom else None,
                date.fromisoformat(vto) if vto else None,
            )
        )
    terms: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for service_id, taxonomy, code in _rows(
        connection,
        "SELECT a.link_id, t.taxonomy, t.code FROM attribute a "
        "JOIN taxonomy_term t ON t.id = a.taxonomy_term_id",
    ):
        terms[service_id][taxonomy].add(code)
    location_tz: dict[str, str] = {}
    org_locations: dict[str, list[str]] = defaultdict(list)
    location_city: dict[str, str] = {}
    for location_id, org_id, tz, confidential, city in _rows(
        connection,
        "SELECT l.id, l.organization_id, l.timezone, l.confidential, a.city FROM location l "
        "LEFT JOIN address a ON a.location_id = l.id ORDER BY l.rowid",
    ):
        location_tz[location_id] = tz
        org_locations[org_id].append(location_id)
        if city and not confidential:
            location_city[location_id] = city
    service_locations: dict[str, list[str]] = defaultdict(list)
    for service_id, location_id in _rows(
        connection, "SELECT service_id, location_id FROM service_at_location ORDER BY position"
    ):
        service_locations[service_id].append(location_id)

    def names_of(owner: str, *fields: str) -> list[str]:
        return [v for f in fields for v in texts[owner].get(f, {}).values()]

    def zones(location_ids: Sequence[str]) -> list[str | None]:
        return [location_tz.get(i) for i in location_ids]

    docs: list[_Doc] = []
    organizations = _rows(
        connection,
        "SELECT id, country, own_name, own_name_lang, alternate_names, verified_at, website, "
        "email FROM organization",
    )
    org_names: dict[str, list[str]] = {}
    org_country: dict[str, str] = {}
    for org_id, country, own_name, _lang, alternates, _v, _w, _e in organizations:
        org_names[org_id] = [*names_of(org_id, "name"), own_name, *alternates.splitlines()]
        org_country[org_id] = country

    services = _rows(
        connection,
        "SELECT id, organization_id, around_the_clock, populations, verified_at, email "
        "FROM service",
    )
    org_services: dict[str, list[str]] = defaultdict(list)
    service_info: dict[str, _Doc] = {}
    for service_id, org_id, always, populations, verified_at, email in services:
        org_services[org_id].append(service_id)
        location_ids = service_locations[service_id] or org_locations[org_id]
        doc = _Doc(
            kind=Kind.SERVICE,
            entity_id=service_id,
            organization_id=org_id,
            country=org_country[org_id],
            names=names_of(service_id, "name"),
            body=[
                *org_names[org_id],
                *names_of(service_id, "description", "eligibility"),
                *(location_city[i] for i in location_ids if i in location_city),
                email or "",
            ],
            phones=phones[service_id],
            categories=terms[service_id]["category"],
            populations=set(populations.split()),
            languages=languages[service_id],
            verified_at=verified_at,
            timing=service_timing(
                hours[service_id],
                zones(service_locations[service_id]),
                zones(org_locations[org_id]),
                bool(always),
            ),
            labels=dict(texts[service_id].get("name", {})),
        )
        service_info[service_id] = doc
        docs.append(doc)

    for org_id, country, own_name, own_lang, _alt, verified_at, website, email in organizations:
        own_services = [service_info[s] for s in org_services[org_id]]
        location_ids = org_locations[org_id]
        docs.append(
            _Doc(
                kind=Kind.ORGANIZATION,
                entity_id=org_id,
                organization_id=org_id,
                country=country,
                names=org_names[org_id],
                body=[
                    *names_of(org_id, "description"),
                    *(location_city[i] for i in location_ids if i in location_city),
                    website or "",
                    email or "",
                ],
                phones=phones[org_id],
                categories=set().union(*(s.categories for s in own_services)),
                populations=set().union(*(s.populations for s in own_services)),
                languages=set().union(*(s.languages for s in own_services)),
                verified_at=verified_at,
                timing=organization_timing(
                    [h for i in location_ids for h in hours[i]],
                    zones(location_ids),
                    (s.timing.around_the_clock for s in own_services),
                ),
                labels=dict(texts[org_id].get("name", {})),
                own_name=(own_name, own_lang),
            )
        )

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
    ) in _rows(
        connection,
        "SELECT id, organization_id, service_id, location_id, name, department, email, "
        "around_the_clock, verified_at FROM contact",
    ):
        service = service_info.get(service_id) if service_id else None
        docs.append(
            _Doc(
                kind=Kind.CONTACT,
                entity_id=contact_id,
                organization_id=org_id,
                country=org_country[org_id],
                names=[*names_of(contact_id, "title"), *([name] if name else [])],
                body=[
                    *org_names[org_id],
                    department or "",
                    email or "",
                    *(service.names if service else []),
                ],
                phones=phones[contact_id],
                categories=set(service.categories) if service else set(),
                populations=set(service.populations) if service else set(),
                languages=languages[contact_id],
                verified_at=verified_at,
                timing=contact_timing(
                    hours[contact_id],
                    location_tz.get(location_id) if location_id else None,
                    service.timing if service else None,
                    zones(org_locations[org_id]),
                    bool(always),
                ),
                labels=dict(texts[contact_id].get("title", {})),
            )
        )
    return docs


def _deletes(term: str) -> set[str]:
    return {term[:i] + term[i + 1 :] for i in range(len(term))}


def _day_mask(days: Iterable[int]) -> int:
    return sum(1 << day for day in days)


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def rebuild_search_index(connection: Connection) -> None:
    """Rebuild every search table from the directory tables."""
    create_search_tables(connection)
    for table in TABLES:
        if table in FTS_TABLES:  # contentless: emptied with the delete-all command
            connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES('delete-all')")
        else:
            connection.exec_driver_sql(f"DELETE FROM {table}")
    docs = _gather(connection)
    rowid_of = {doc.entity_id: rowid for rowid, doc in enumerate(docs, start=1)}
    hours_set_of: dict[tuple[WeeklyHours, ...], int] = {}
    doc_rows, label_rows, name_rows, hour_rows, fts_rows, tri_rows, phone_rows = (
        [],
        [],
        [],
        [],
        [],
        [],
        [],
    )
    vocabulary: set[tuple[str, str]] = set()  # (plain or folded word, folded word)
    for rowid, doc in enumerate(docs, start=1):
        folded_names = list(dict.fromkeys(fold(n) for n in doc.names if n))
        folded_names = [n for n in folded_names if n]
        timing = doc.timing
        hours_set = None
        if timing.hours:
            hours_set = hours_set_of.setdefault(timing.hours, len(hours_set_of) + 1)
        doc_rows.append(
            (
                rowid,
                doc.kind.value,
                doc.entity_id,
                doc.organization_id,
                rowid_of.get(doc.organization_id, rowid),
                doc.country,
                _bag(doc.categories),
                _bag(doc.populations),
                _bag(doc.languages),
                int(timing.around_the_clock),
                doc.verified_at,
                folded_names[0] if folded_names else "",
                timing.timezone,
                hours_set,
            )
        )
        label_rows += [
            (rowid, position, lang, value, 0)
            for position, (lang, value) in enumerate(doc.labels.items())
        ]
        if doc.own_name is not None:
            own, own_lang = doc.own_name
            label_rows.append((rowid, len(doc.labels), own_lang or "", own, 1))
        name_rows += [(rowid, n) for n in folded_names]
        names_text = " ".join(folded_names)
        body_text = " ".join(fold(b) for b in doc.body if b)
        fts_rows.append((rowid, names_text, body_text))
        tri_rows.append((rowid, names_text))
        for name in doc.names:
            for plain, folded in word_forms(name):
                if len(plain) >= FUZZY_MIN_LENGTH and not plain.isdigit():
                    vocabulary.add((plain, folded))
                    vocabulary.add((folded, folded))
        digits = [v for number in doc.phones for v in _phone_variants(number)]
        if digits:
            phone_rows.append((rowid, _suffixes(digits)))
        if timing.timezone:
            for weekly in timing.hours:
                for day, start, end in weekly.intervals():
                    hour_rows.append(
                        (
                            rowid,
                            timing.timezone,
                            day,
                            start,
                            end,
                            weekly.valid_from.isoformat() if weekly.valid_from else None,
                            weekly.valid_to.isoformat() if weekly.valid_to else None,
                        )
                    )
    week_rows = [
        (
            set_id,
            position,
            _day_mask(weekly.days),
            _minutes(weekly.opens),
            _minutes(weekly.closes),
            weekly.valid_from.isoformat() if weekly.valid_from else None,
            weekly.valid_to.isoformat() if weekly.valid_to else None,
        )
        for hours, set_id in hours_set_of.items()
        for position, weekly in enumerate(hours)
    ]
    raw = raw_connection(connection)
    raw.executemany("INSERT INTO search_doc VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", doc_rows)
    raw.executemany("INSERT INTO search_label VALUES (?,?,?,?,?)", label_rows)
    raw.executemany("INSERT INTO search_week VALUES (?,?,?,?,?,?,?)", week_rows)
    raw.executemany("INSERT INTO search_name VALUES (?,?)", name_rows)
    raw.executemany("INSERT INTO search_hours VALUES (?,?,?,?,?,?,?)", hour_rows)
    raw.executemany("INSERT INTO search_fts(rowid, names, body) VALUES (?,?,?)", fts_rows)
    raw.executemany("INSERT INTO search_tri(rowid, names) VALUES (?,?)", tri_rows)
    raw.executemany("INSERT INTO search_phone(rowid, digits) VALUES (?,?)", phone_rows)
    raw.executemany(
        "INSERT INTO search_term_del VALUES (?,?,?)",
        (
            (key, source, term)
            for source, term in sorted(vocabulary)
            for key in {source} | _deletes(source)
        ),
    )
    raw.execute("INSERT INTO search_build VALUES (?)", (uuid.uuid4().hex,))
    connection.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES('optimize')")
    connection.exec_driver_sql("INSERT INTO search_tri(search_tri) VALUES('optimize')")
    connection.exec_driver_sql("ANALYZE")


def _bag(values: Iterable[str]) -> str:
    return " " + " ".join(sorted(values)) + " " if values else ""


# ----------------------------------------------------------------------------- querying


class IndexHit(NamedTuple):
    """One document a search found (a tuple: made by the thousand while typing)."""

    rowid: int
    around_the_clock: bool
    kind: Kind
    entity_id: str
    organization_id: str
    organization_doc: int  # the row id of the organization's own document
    country: str
    timezone: str | None
    hours_set: int | None  # see hours_sets; None without hours
    tier: int  # 0 exact name, 1 name starts with, 2 words, 3 phone, 4 inside a word, 5 typo


class _Query:
    def __init__(self, text: str) -> None:
        text = text[:500]
        raw_words = _WORD_RE.findall(text)[:MAX_WORDS]
        complete = bool(text) and not text[-1].isalnum()
        words: list[str] = []
        self.last_alternatives: tuple[str, ...] = ()
        for index, raw_word in enumerate(raw_words):
            last = index == len(raw_words) - 1 and not complete
            if last:
                self.last_alternatives = prefix_alternatives(raw_word)[1:]
            folded = fold_prefix(raw_word) if last else "".join(tokens(raw_word))
            if folded:
                words.append(folded)
        self.words = words
        self.forms = [form for raw_word in raw_words for form in word_forms(raw_word)][: len(words)]
        self.full = " ".join(tokens(text[:200]))
        self.full_prefix = " ".join(words)
        self.digits = phone_digits(text)

    def fts_prefix(self) -> str:
        parts = [f'"{w}"*' for w in self.words]
        if parts and self.last_alternatives:
            parts[-1] = (
                "(" + " OR ".join([parts[-1], *(f'"{a}"*' for a in self.last_alternatives)]) + ")"
            )
        return " AND ".join(parts)


def _filter_sql(
    connection: Connection, filters: SearchFilters, now: datetime
) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.kind:
        clauses.append("d.kind = ?")
        params.append(filters.kind.value)
    if filters.country:
        clauses.append("d.country = ?")
        params.append(filters.country.upper())
    if filters.category:
        clauses.append("instr(d.categories, ?) > 0")
        params.append(f" {filters.category} ")
    if filters.population:
        clauses.append("(instr(d.populations, ?) > 0 OR instr(d.populations, ' any ') > 0)")
        params.append(f" {filters.population} ")
    if filters.language:
        clauses.append("instr(d.languages, ?) > 0")
        params.append(f" {filters.language} ")
    if filters.around_the_clock:
        clauses.append("d.around_the_clock = 1")
    if filters.verified_within_months is not None:
        since = fresh_since(now.date(), filters.verified_within_months)
        clauses.append("d.verified_at >= ?")
        params.append(since.isoformat())
    if filters.open_now:
        zones = [
            row[0]
            for row in raw_connection(connection).execute("SELECT DISTINCT tz FROM search_hours")
        ]
        ors = ["d.around_the_clock = 1"]
        for zone in zones:
            local = now.astimezone(ZoneInfo(zone))
            minute = local.hour * 60 + local.minute
            ors.append(
                "EXISTS (SELECT 1 FROM search_hours h WHERE h.doc = d.rowid AND h.tz = ? "
                "AND h.day = ? AND h.start_minute <= ? AND ? < h.end_minute "
                "AND (h.valid_from IS NULL OR h.valid_from <= ?) "
                "AND (h.valid_to IS NULL OR h.valid_to >= ?))"
            )
            day = local.date().isoformat()
            params += [zone, local.weekday(), minute, minute, day, day]
        clauses.append("(" + " OR ".join(ors) + ")")
    return (" AND " + " AND ".join(clauses)) if clauses else "", params


_DOC_COLUMNS = (
    "d.rowid, d.around_the_clock, d.kind, d.entity_id, d.organization_id, d.country, "
    "d.organization_doc, d.timezone, d.hours_set"
)


def search_index(
    connection: Connection,
    text: str,
    filters: SearchFilters,
    now: datetime,
    limit: int = 200,
) -> list[IndexHit]:
    """Hits for a query, best first; never raises for any text."""
    query = _Query(text)
    raw = raw_connection(connection)
    where, params = _filter_sql(connection, filters, now)
    hits: dict[int, IndexHit] = {}

    def take(tier: int, sql: str, args: Sequence[Any]) -> None:
        if len(hits) >= limit:
            return
        for rowid, always, kind, entity_id, org_id, country, org_doc, zone, hours in raw.execute(
            sql, tuple(args)
        ):
            if rowid not in hits:
                hits[rowid] = IndexHit(
                    rowid,
                    bool(always),
                    _KINDS[kind],
                    entity_id,
                    org_id,
                    org_doc,
                    country,
                    zone,
                    hours,
                    tier,
                )
                if len(hits) >= limit:
                    return

    if not query.words and not query.digits:
        if text.strip():
            return []  # only punctuation, symbols or emoji: nothing can match
        take(
            9,
            f"SELECT {_DOC_COLUMNS} FROM search_doc d WHERE 1 {where} ORDER BY d.sort_name LIMIT ?",
            [*params, limit],
        )
        return list(hits.values())

    if query.digits:
        take(
            3,
            f"SELECT {_DOC_COLUMNS} FROM search_phone p JOIN search_doc d ON d.rowid = p.rowid "
            f"WHERE search_phone MATCH ? {where} ORDER BY d.sort_name LIMIT ?",
            [f'"{query.digits}"*', *params, limit],
        )
    if query.full:
        take(
            0,
            f"SELECT DISTINCT {_DOC_COLUMNS} FROM search_name n "
            "JOIN search_doc d ON d.rowid = n.doc "
            f"WHERE n.name = ? {where} ORDER BY d.sort_name LIMIT ?",
            [query.full, *params, limit],
        )
    if query.full_prefix:
        take(
            1,
            f"SELECT DISTINCT {_DOC_COLUMNS} FROM search_name n "
            "JOIN search_doc d ON d.rowid = n.doc "
            f"WHERE n.name >= ? AND n.name < ? {where} ORDER BY n.name LIMIT ?",
            [query.full_prefix, query.full_prefix + "~", *params, limit],
        )
    if query.words:
        take(
            2,
            f"SELECT {_DOC_COLUMNS} FROM search_fts f JOIN search_doc d ON d.rowid = f.rowid "
            f"WHERE search_fts MATCH ? {where} ORDER BY bm25(search_fts, 10.0, 1.0) LIMIT ?",
            [query.fts_prefix(), *params, limit],
        )
    long_words = [w for w in query.words if len(w) >= 3]
    if long_words and len(long_words) == len(query.words):
        take(
            4,
            f"SELECT {_DOC_COLUMNS} FROM search_tri t JOIN search_doc d ON d.rowid = t.rowid "
            f"WHERE search_tri MATCH ? {where} ORDER BY bm25(search_tri) LIMIT ?",
            [" AND ".join(f'"{w}"' for w in long_words), *params, limit],
        )
    fuzzy = _fuzzy_query(connection, query.forms)
    if fuzzy:
        take(
            5,
            f"SELECT {_DOC_COLUMNS} FROM search_fts f JOIN search_doc d ON d.rowid = f.rowid "
            f"WHERE search_fts MATCH ? {where} ORDER BY bm25(search_fts, 10.0, 1.0) LIMIT ?",
            [fuzzy, *params, limit],
        )
    return list(hits.values())


def _fuzzy_query(connection: Connection, words: list[tuple[str, str]]) -> str | None:
    """An FTS query in which each word of four letters or more may have one typo.

    A typo is one letter wrong, missing, extra or swapped in the word as typed
    (``Drehscjeibe``) or in its folded form; both are looked up in the
    deletion neighbourhood kept for every name word.
    """
    parts: list[str] = []
    widened = False
    for plain, folded in words:
        alternatives = [f'"{folded}"*']
        if len(plain) >= FUZZY_MIN_LENGTH and not plain.isdigit():
            keys = sorted({plain, folded} | _deletes(plain) | _deletes(folded))
            marks = ",".join("?" * len(keys))
            candidates = raw_connection(connection).execute(
                f"SELECT DISTINCT source, term FROM search_term_del WHERE key IN ({marks})",
                tuple(keys),
            )
            terms = {
                term
                for source, term in candidates
                if term != folded
                and (
                    damerau_distance_at_most_one(plain, source)
                    or damerau_distance_at_most_one(folded, source)
                )
            }
            alternatives += [f'"{term}"' for term in sorted(terms)]
            widened = widened or bool(terms)
        parts.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(parts) if widened else None
