"""Reading names, hours and links back from the search index: typed rows, one query a page."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Connection

from referral_desk.domain.entities import RecordRef, Texts
from referral_desk.domain.hours import Reachability, RecordTiming, WeeklyHours
from referral_desk.domain.vocab import Kind
from referral_desk.store.raw import raw_connection

__all__ = ["DisplayCache", "hours_sets", "labels", "record_refs", "timing_of", "timings_of"]

CHUNK = 900  # ids per IN (...) list, well under SQLite's limit on parameters


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def labels(raw: sqlite3.Connection, docs: Collection[int]) -> dict[int, Texts]:
    """The shown names of index documents, by row id (a document without any has none)."""
    found: dict[int, tuple[dict[str, str], list[str | None]]] = {}
    for chunk in _chunks(sorted(docs)):
        marks = ",".join("?" * len(chunk))
        for doc, lang, value, is_own in raw.execute(
            f"SELECT doc, lang, value, own FROM search_label WHERE doc IN ({marks}) "
            "ORDER BY doc, position",
            tuple(chunk),
        ):
            entry = found.get(doc)
            if entry is None:
                entry = found[doc] = ({}, [None, None])
            if is_own:
                entry[1][:] = [value, lang or None]
            else:
                entry[0][lang] = value
    return {doc: Texts(by_lang, own, own_lang) for doc, (by_lang, (own, own_lang)) in found.items()}


def _weekly(
    days: int, opens: int, closes: int, valid_from: str | None, valid_to: str | None
) -> WeeklyHours:
    return WeeklyHours(
        frozenset(day for day in range(7) if days >> day & 1),
        time(opens // 60, opens % 60),
        time(closes // 60, closes % 60),
        date.fromisoformat(valid_from) if valid_from else None,
        date.fromisoformat(valid_to) if valid_to else None,
    )


def hours_sets(
    raw: sqlite3.Connection, set_ids: Collection[int]
) -> dict[int, tuple[WeeklyHours, ...]]:
    """The weekly hours of the given hours sets, in their order."""
    out: dict[int, list[WeeklyHours]] = defaultdict(list)
    for chunk in _chunks(sorted(set_ids)):
        marks = ",".join("?" * len(chunk))
        for set_id, days, opens, closes, valid_from, valid_to in raw.execute(
            "SELECT hours_set, days, opens_minute, closes_minute, valid_from, valid_to "
            f"FROM search_week WHERE hours_set IN ({marks}) ORDER BY hours_set, position",
            tuple(chunk),
        ):
            out[set_id].append(_weekly(days, opens, closes, valid_from, valid_to))
    return {set_id: tuple(hours) for set_id, hours in out.items()}


class DisplayCache:
    """Names, hours and reach of index documents, kept between searches while they hold.

    Search as you type shows mostly the same records key after key. Names and hours
    hold until the index is built again (each build has a new id); whether a set of
    hours is open holds for the rest of the minute, as opening hours are kept in
    whole minutes.
    """

    MAX_DOCS = 50_000

    def __init__(self) -> None:
        self._build: str | None = None
        self._labels: dict[int, Texts] = {}
        self._hours: dict[int, tuple[WeeklyHours, ...]] = {}
        self._minute: datetime | None = None
        self._reach: dict[tuple[int | None, str | None, bool], Reachability] = {}

    def check(self, raw: sqlite3.Connection) -> None:
        """Forget everything if the index was built again since the last search."""
        row = raw.execute("SELECT id FROM search_build").fetchone()
        build = row[0] if row else None
        if build != self._build or len(self._labels) > self.MAX_DOCS:
            self._build = build
            self._labels.clear()
            self._hours.clear()
            self._reach.clear()

    def labels(self, raw: sqlite3.Connection, docs: Collection[int]) -> dict[int, Texts]:
        missing = [doc for doc in docs if doc not in self._labels]
        if missing:
            found = labels(raw, missing)
            for doc in missing:
                self._labels[doc] = found.get(doc, _NO_NAME)
        return {doc: self._labels[doc] for doc in docs}

    def hours(
        self, raw: sqlite3.Connection, set_ids: Collection[int]
    ) -> dict[int, tuple[WeeklyHours, ...]]:
        missing = [set_id for set_id in set_ids if set_id not in self._hours]
        if missing:
            found = hours_sets(raw, missing)
            for set_id in missing:
                self._hours[set_id] = found.get(set_id, ())
        return {set_id: self._hours[set_id] for set_id in set_ids}

    def reach(
        self,
        hours_set: int | None,
        hours: tuple[WeeklyHours, ...],
        timezone: str | None,
        around_the_clock: bool,
        now: datetime,
    ) -> Reachability:
        """Whether a set of hours in a zone is open at ``now``: worked out once a minute."""
        minute = now.replace(second=0, microsecond=0)
        if minute != self._minute:
            self._minute = minute
            self._reach.clear()
        key = (hours_set, timezone, around_the_clock)
        found = self._reach.get(key)
        if found is None:
            found = self._reach[key] = RecordTiming(hours, timezone, around_the_clock).reach(now)
        return found


_NO_NAME = Texts()


def timing_of(connection: Connection, entity_id: str) -> RecordTiming | None:
    """A record's hours, time zone and around-the-clock flag, as the index worked them out."""
    raw = raw_connection(connection)
    row = raw.execute(
        "SELECT timezone, hours_set, around_the_clock FROM search_doc WHERE entity_id = ?",
        (entity_id,),
    ).fetchone()
    if row is None:
        return None
    timezone, hours_set, always = row
    hours = hours_sets(raw, [hours_set])[hours_set] if hours_set is not None else ()
    return RecordTiming(hours, timezone, bool(always))


def timings_of(connection: Connection, ids: Iterable[str]) -> dict[str, RecordTiming]:
    """``timing_of`` for many records, by id (one query per chunk; records not indexed left out)."""
    raw = raw_connection(connection)
    rows: list[tuple[str, str | None, int | None, Any]] = []
    for chunk in _chunks(list(dict.fromkeys(ids))):
        marks = ",".join("?" * len(chunk))
        rows += raw.execute(
            "SELECT entity_id, timezone, hours_set, around_the_clock FROM search_doc "
            f"WHERE entity_id IN ({marks})",
            tuple(chunk),
        ).fetchall()
    sets = hours_sets(raw, {s for _i, _z, s, _a in rows if s is not None})
    return {
        entity_id: RecordTiming(sets.get(s, ()) if s is not None else (), zone, bool(always))
        for entity_id, zone, s, always in rows
    }


def record_refs(connection: Connection, ids: Iterable[str | None]) -> tuple[RecordRef, ...]:
    """Links to records, in the order asked, from the index: one query for all."""
    wanted = [i for i in ids if i]
    if not wanted:
        return ()
    raw = raw_connection(connection)
    rows = []
    for chunk in _chunks(wanted):
        marks = ",".join("?" * len(chunk))
        rows += raw.execute(
            f"SELECT rowid, entity_id, kind, country FROM search_doc WHERE entity_id IN ({marks})",
            tuple(chunk),
        ).fetchall()
    names = labels(raw, [row[0] for row in rows])
    found = {
        entity_id: RecordRef(Kind(kind), entity_id, names.get(rowid, Texts()), country)
        for rowid, entity_id, kind, country in rows
    }
    return tuple(found[i] for i in wanted if i in found)
