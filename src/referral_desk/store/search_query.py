"""Answering a search from the index: the tiers of ``domain.search_tiers``, on either database.

Each tier is one query, best tier first, until a page is full; a record found by a
better tier is never shown again lower down. The queries themselves are the backend's
(``search_backends``: FTS5 on SQLite, words and bm25 in SQL on PostgreSQL). The
caseworker's text never reaches FTS5 as syntax, only folded words made of ``[a-z0-9]``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
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
from referral_desk.store.search_backends import FTS_COLUMNS, Phrase, SearchBackend, backend
from referral_desk.store.search_index import deletes

__all__ = ["IndexHit", "search_index"]

_KINDS = {kind.value: kind for kind in Kind}
_FTS_COLUMNS = {Field.NAMES: "names", Field.PLACES: "places", Field.TERMS: "terms"}
assert set(_FTS_COLUMNS.values()) < set(FTS_COLUMNS)


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
    search: SearchBackend, filters: SearchFilters, now: datetime
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
        clauses.append(search.contains("d.regions"))
        params.append(f" {filters.region} ")
    if filters.category:
        clauses.append(search.contains("d.categories"))
        params.append(f" {filters.category} ")
    if filters.population:
        any_population = search.contains("d.populations")
        clauses.append(f"({any_population} OR {any_population})")
        params += [f" {filters.population} ", " any "]
    if filters.language:
        clauses.append(search.contains("d.languages"))
        params.append(f" {filters.language} ")
    if filters.around_the_clock:
        clauses.append("d.around_the_clock = 1")
    if filters.verified_within_months is not None:
        since = fresh_since(now.date(), filters.verified_within_months)
        clauses.append("d.verified_at >= ?")
        params.append(since.isoformat())
    if filters.open_now:
        ors = ["d.around_the_clock = 1"]
        for zone in search.zones():
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


def _groups(step: Step) -> list[list[Phrase]] | None:
    """Every word of the step as its alternatives; None when a word has none."""
    groups = [[Phrase(a, step.prefix) for a in alternatives if a] for alternatives in step.words]
    return groups if all(groups) else None


def _columns(step: Step) -> tuple[str, ...] | None:
    """The FTS columns a step looks in; None for all of them (other text too)."""
    if Field.OTHER in step.fields:
        return None
    return tuple(_FTS_COLUMNS[f] for f in step.fields if f in _FTS_COLUMNS)


class _Known:
    """Whether a folded word is a whole word of some record's names, places or terms."""

    def __init__(self, search: SearchBackend) -> None:
        self._search = search
        self._seen: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        found = self._seen.get(word)
        if found is None:
            found = self._seen[word] = self._search.known_word(word)
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
    search = backend(connection)
    where, params = _filter_sql(search, filters, now)
    hits: dict[int, IndexHit] = {}

    def take(tier: int, rows: Iterable[Any]) -> None:
        if len(hits) >= limit:
            return
        for row in rows:
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
        take(Tier.EVERYTHING, search.all_documents(where, params, limit))
        return list(hits.values())

    known = _Known(search)
    for step in plan(query, known):
        if len(hits) >= limit:
            break
        _run(search, step, take, where, params, limit)
    if len(hits) < limit:
        fuzzy = _fuzzy_query(search, query, known)
        if fuzzy:
            take(Tier.TYPO, search.words(fuzzy, None, where, params, limit))
    return list(hits.values())


@lru_cache(maxsize=256)
def _read(text: str) -> SearchQuery:
    return SearchQuery.read(text)


def _run(
    search: SearchBackend,
    step: Step,
    take: Callable[[int, Iterable[Any]], None],
    where: str,
    params: list[Any],
    limit: int,
) -> None:
    """One tier's query, in the backend's terms."""
    tier = step.tier
    if tier in (Tier.PHONE, Tier.PHONE_PART):
        take(tier, search.phone(step.digits, tier is Tier.PHONE, where, params, limit))
    elif tier is Tier.EXACT_NAME:
        take(tier, search.exact_name(step.words[0][0], where, params, limit))
    elif tier is Tier.NAME_START:
        for start in step.words[0]:
            take(tier, search.name_prefix(start, where, params, limit))
    elif tier is Tier.INSIDE_WORD:
        take(tier, search.inside_words([w[0] for w in step.words], where, params, limit))
    else:
        groups = _groups(step)
        if groups:
            take(tier, search.words(groups, _columns(step), where, params, limit))


def _fuzzy_query(
    search: SearchBackend, query: SearchQuery, known: _Known
) -> list[list[Phrase]] | None:
    """Word groups in which each word that may carry a typo (``typo_words``) may have one.

    A typo is one letter wrong, missing, extra or swapped in the word as typed
    (``Drehscjeibe``) or in its folded form; both are looked up in the
    deletion neighbourhood kept for every name word. The other words match as typed.
    """
    if query.hopeless:
        return None
    loose = {id(w) for w in query.typo_words(known)}
    groups: list[list[Phrase]] = []
    widened = False
    for word in query.words:
        alternatives = [Phrase(p, prefix=True) for p in word.starts(known(word.folded))]
        if id(word) in loose:
            terms = _typo_terms(search, word)
            alternatives += [Phrase(term, prefix=False) for term in sorted(terms)]
            widened = widened or bool(terms)
        groups.append(alternatives)
    return groups if widened else None


def _typo_terms(search: SearchBackend, word: QueryWord) -> set[str]:
    plain, folded = word.plain, word.folded
    keys = sorted({plain, folded} | deletes(plain) | deletes(folded))
    return {
        term
        for source, term in search.typo_candidates(keys)
        if term != folded
        and (
            damerau_distance_at_most_one(plain, source)
            or damerau_distance_at_most_one(folded, source)
        )
    }
