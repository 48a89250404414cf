"""Answering a search from SQLite's index: the tiers of ``domain.search_tiers``, in FTS5 terms.

Each tier is one query, best tier first, until a page is full; a record found by a
better tier is never shown again lower down. The caseworker's text never reaches FTS5
as syntax, only folded words made of ``[a-z0-9]``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import Connection

from referral_desk.domain.search import SearchFilters
from referral_desk.domain.search_tiers import Field, QueryWord, SearchQuery, Step, Tier, plan
from referral_desk.domain.staleness import fresh_since
from referral_desk.domain.text import damerau_distance_at_most_one
from referral_desk.domain.vocab import Kind
from referral_desk.store.search_index import deletes, raw_connection

__all__ = ["IndexHit", "search_index"]

_KINDS = {kind.value: kind for kind in Kind}
# bm25 weights of search_fts's columns: names, places, terms, other text
_WEIGHTS = "10.0, 6.0, 3.0, 1.0"
_FTS_COLUMNS = {Field.NAMES: "names", Field.PLACES: "places", Field.TERMS: "terms"}


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
    main_phone: str | None  # the first number (E.164 or a short code)
    main_phone_placeholder: bool  # the first number stands in for one (sample data)
    tier: int  # a domain.search_tiers.Tier


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
    if filters.region:
        clauses.append("instr(d.regions, ?) > 0")
        params.append(f" {filters.region} ")
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
    "d.organization_doc, d.timezone, d.hours_set, d.main_phone, d.main_phone_placeholder"
)


def _fts_match(step: Step) -> str:
    """An FTS5 expression: every word (any of its alternatives) in the step's fields."""
    columns = [_FTS_COLUMNS[f] for f in step.fields if f in _FTS_COLUMNS]
    star = "*" if step.prefix else ""
    every_field = Field.OTHER in step.fields
    parts = []
    for alternatives in step.words:
        either = " OR ".join(f'"{a}"{star}' for a in alternatives if a)
        if not either:
            return ""
        parts.append(
            f"({either})" if every_field else "{" + " ".join(columns) + "} : (" + either + ")"
        )
    return " AND ".join(parts)


class _Known:
    """Whether a folded word is a whole word of some record's names, places or terms."""

    def __init__(self, raw: sqlite3.Connection) -> None:
        self._raw = raw
        self._seen: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        found = self._seen.get(word)
        if found is None:
            row = self._raw.execute("SELECT 1 FROM search_word WHERE word = ?", (word,)).fetchone()
            found = self._seen[word] = row is not None
        return found


def search_index(
    connection: Connection,
    text: str,
    filters: SearchFilters,
    now: datetime,
    limit: int = 200,
) -> list[IndexHit]:
    """Hits for a query, best tier first; never raises for any text."""
    query = _read(text)
    raw = raw_connection(connection)
    where, params = _filter_sql(connection, filters, now)
    hits: dict[int, IndexHit] = {}

    def take(tier: int, sql: str, args: Sequence[Any]) -> None:
        if len(hits) >= limit:
            return
        for row in raw.execute(sql, tuple(args)):
            rowid, always, kind, entity_id, org_id, country, org_doc, zone, hours, phone, ph = row
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
                    phone,
                    bool(ph),
                    tier,
                )
                if len(hits) >= limit:
                    return

    if query.empty:
        if text.strip():
            return []  # only punctuation, symbols or emoji: nothing can match
        take(
            Tier.EVERYTHING,
            f"SELECT {_DOC_COLUMNS} FROM search_doc d WHERE 1 {where} ORDER BY d.sort_name LIMIT ?",
            [*params, limit],
        )
        return list(hits.values())

    known = _Known(raw)
    for step in plan(query, known):
        if len(hits) >= limit:
            break
        _run(step, take, where, params, limit)
    if len(hits) < limit:
        fuzzy = _fuzzy_query(raw, query, known)
        if fuzzy:
            take(
                Tier.TYPO,
                f"SELECT {_DOC_COLUMNS} FROM search_fts f JOIN search_doc d ON d.rowid = f.rowid "
                f"WHERE search_fts MATCH ? {where} "
                f"ORDER BY d.kind = 'contact', bm25(search_fts, {_WEIGHTS}) LIMIT ?",
                [fuzzy, *params, limit],
            )
    return list(hits.values())


@lru_cache(maxsize=256)
def _read(text: str) -> SearchQuery:
    return SearchQuery.read(text)


def _run(step: Step, take: Any, where: str, params: list[Any], limit: int) -> None:
    """One tier's query, in SQLite's terms."""
    tier = step.tier
    if tier in (Tier.PHONE, Tier.PHONE_PART):
        column, star = ("whole", "") if tier is Tier.PHONE else ("digits", "*")
        take(
            tier,
            f"SELECT {_DOC_COLUMNS} FROM search_phone p JOIN search_doc d ON d.rowid = p.rowid "
            f"WHERE search_phone MATCH ? {where} ORDER BY d.sort_name LIMIT ?",
            [f'{column} : "{step.digits}"{star}', *params, limit],
        )
    elif tier is Tier.EXACT_NAME:
        take(
            tier,
            f"SELECT DISTINCT {_DOC_COLUMNS} FROM search_name n "
            "JOIN search_doc d ON d.rowid = n.doc "
            f"WHERE n.name = ? {where} ORDER BY d.sort_name LIMIT ?",
            [step.words[0][0], *params, limit],
        )
    elif tier is Tier.NAME_START:
        for start in step.words[0]:
            take(
                tier,
                f"SELECT DISTINCT {_DOC_COLUMNS} FROM search_name n "
                "JOIN search_doc d ON d.rowid = n.doc "
                f"WHERE n.name >= ? AND n.name < ? {where} ORDER BY n.name LIMIT ?",
                [start, start + "~", *params, limit],
            )
    elif tier is Tier.INSIDE_WORD:
        take(
            tier,
            f"SELECT {_DOC_COLUMNS} FROM search_tri t JOIN search_doc d ON d.rowid = t.rowid "
            f"WHERE search_tri MATCH ? {where} ORDER BY bm25(search_tri) LIMIT ?",
            [" AND ".join(f'"{w[0]}"' for w in step.words), *params, limit],
        )
    else:
        match = _fts_match(step)
        if match:
            take(
                tier,
                f"SELECT {_DOC_COLUMNS} FROM search_fts f JOIN search_doc d ON d.rowid = f.rowid "
                f"WHERE search_fts MATCH ? {where} "
                f"ORDER BY d.kind = 'contact', bm25(search_fts, {_WEIGHTS}) LIMIT ?",
                [match, *params, limit],
            )


def _fuzzy_query(raw: sqlite3.Connection, query: SearchQuery, known: _Known) -> str | None:
    """An FTS query in which each word that may carry a typo (``typo_words``) may have one.

    A typo is one letter wrong, missing, extra or swapped in the word as typed
    (``Drehscjeibe``) or in its folded form; both are looked up in the
    deletion neighbourhood kept for every name word. The other words match as typed.
    """
    if query.hopeless:
        return None
    loose = {id(w) for w in query.typo_words(known)}
    parts: list[str] = []
    widened = False
    for word in query.words:
        alternatives = [f'"{p}"*' for p in word.starts(known(word.folded))]
        if id(word) in loose:
            terms = _typo_terms(raw, word)
            alternatives += [f'"{term}"' for term in sorted(terms)]
            widened = widened or bool(terms)
        parts.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(parts) if widened else None


def _typo_terms(raw: sqlite3.Connection, word: QueryWord) -> set[str]:
    plain, folded = word.plain, word.folded
    keys = sorted({plain, folded} | deletes(plain) | deletes(folded))
    marks = ",".join("?" * len(keys))
    candidates = raw.execute(
        f"SELECT DISTINCT source, term FROM search_term_del WHERE key IN ({marks})",
        tuple(keys),
    )
    return {
        term
        for source, term in candidates
        if term != folded
        and (
            damerau_distance_at_most_one(plain, source)
            or damerau_distance_at_most_one(folded, source)
        )
    }
