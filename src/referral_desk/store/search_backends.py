"""How each database answers the search's tiers: SQLite with FTS5, PostgreSQL with tables of words.

``domain.search_tiers`` decides what to look for and in which order, ``search_query``
runs the plan; a backend only finds the documents of one step, best first, as rows of
``DOC_COLUMNS``. Both rank the word tiers with the same bm25 (FTS5's formula, worked
out in SQL on PostgreSQL), so both give the same hits in the same order.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from referral_desk.store.raw import is_postgres, raw_connection

__all__ = ["DOC_COLUMNS", "Phrase", "PostgresSearch", "SearchBackend", "SqliteSearch", "backend"]

DOC_COLUMNS = (
    "d.rowid, d.around_the_clock, d.kind, d.entity_id, d.organization_id, d.country, "
    "d.organization_doc, d.timezone, d.hours_set, d.main_phone, d.main_phone_placeholder"
)
# search_fts's columns and their bm25 weights: a word of a name counts most.
FTS_COLUMNS = ("names", "places", "terms", "other")
WEIGHTS = (10.0, 6.0, 3.0, 1.0)
_K1, _B = 1.2, 0.75  # FTS5's bm25 constants
_STATS: dict[tuple[str, str], tuple[float, float]] = {}  # by (index build, table)


@dataclass(frozen=True)
class Phrase:
    """One folded word to find: as a whole word, or as the start of one (``prefix``)."""

    word: str
    prefix: bool

    def fts5(self) -> str:
        return f'"{self.word}"*' if self.prefix else f'"{self.word}"'


Groups = Sequence[Sequence[Phrase]]  # every group must match, by any of its phrases


def fts5_query(groups: Groups, columns: Sequence[str] | None = None) -> str:
    """An FTS5 expression: every group (any of its phrases), in ``columns`` or in all."""
    parts = []
    for group in groups:
        either = " OR ".join(phrase.fts5() for phrase in group)
        if columns is None:
            parts.append(f"({either})")
        else:
            parts.append("{" + " ".join(columns) + "} : (" + either + ")")
    return " AND ".join(parts)


class SearchBackend:
    """The tiers' queries over one connection; ``where`` and ``params`` are the filters."""

    def __init__(self, connection: Connection) -> None:
        self.raw = raw_connection(connection)

    def contains(self, column: str) -> str:
        """SQL true when ``column`` holds the parameter's text."""
        raise NotImplementedError

    def rows(self, sql: str, args: Sequence[Any]) -> list[Any]:
        return list(self.raw.execute(sql, tuple(args)))

    def all_documents(self, where: str, params: list[Any], limit: int) -> list[Any]:
        return self.rows(
            f"SELECT {DOC_COLUMNS} FROM search_doc d WHERE 1=1 {where} "
            "ORDER BY d.sort_name, d.rowid LIMIT ?",
            [*params, limit],
        )

    def known_word(self, word: str) -> bool:
        """Whether a folded word is a whole word of some record's names, places or terms."""
        return (
            self.raw.execute("SELECT 1 FROM search_word WHERE word = ?", (word,)).fetchone()
            is not None
        )

    def typo_candidates(self, keys: Sequence[str]) -> list[tuple[str, str]]:
        marks = ",".join("?" * len(keys))
        return self.rows(
            f"SELECT DISTINCT source, term FROM search_term_del WHERE key IN ({marks})", keys
        )

    def zones(self) -> list[str]:
        return [row[0] for row in self.raw.execute("SELECT DISTINCT tz FROM search_hours")]

    def phone(
        self, digits: str, whole: bool, where: str, params: list[Any], limit: int
    ) -> list[Any]:
        """Records with a number that is ``digits`` (``whole``) or has them in it."""
        raise NotImplementedError

    def exact_name(self, name: str, where: str, params: list[Any], limit: int) -> list[Any]:
        raise NotImplementedError

    def name_prefix(self, prefix: str, where: str, params: list[Any], limit: int) -> list[Any]:
        raise NotImplementedError

    def words(
        self,
        groups: Groups,
        columns: Sequence[str] | None,
        where: str,
        params: list[Any],
        limit: int,
    ) -> list[Any]:
        """Records with every group's words in ``columns`` (None: any), contacts last,
        then by bm25."""
        raise NotImplementedError

    def inside_words(
        self, words: Sequence[str], where: str, params: list[Any], limit: int
    ) -> list[Any]:
        raise NotImplementedError


class SqliteSearch(SearchBackend):
    """FTS5: a word index with prefixes, a trigram index, and phone digit suffixes."""

    def contains(self, column: str) -> str:
        return f"instr({column}, ?) > 0"

    def all_documents(self, where: str, params: list[Any], limit: int) -> list[Any]:
        return self.rows(
            f"SELECT {DOC_COLUMNS} FROM search_doc d WHERE 1 {where} ORDER BY d.sort_name LIMIT ?",
            [*params, limit],
        )

    def phone(
        self, digits: str, whole: bool, where: str, params: list[Any], limit: int
    ) -> list[Any]:
        column, star = ("whole", "") if whole else ("digits", "*")
        return self.rows(
            f"SELECT {DOC_COLUMNS} FROM search_phone p JOIN search_doc d ON d.rowid = p.rowid "
            f"WHERE search_phone MATCH ? {where} ORDER BY d.sort_name LIMIT ?",
            [f'{column} : "{digits}"{star}', *params, limit],
        )

    def exact_name(self, name: str, where: str, params: list[Any], limit: int) -> list[Any]:
        return self.rows(
            f"SELECT DISTINCT {DOC_COLUMNS} FROM search_name n "
            "JOIN search_doc d ON d.rowid = n.doc "
            f"WHERE n.name = ? {where} ORDER BY d.sort_name LIMIT ?",
            [name, *params, limit],
        )

    def name_prefix(self, prefix: str, where: str, params: list[Any], limit: int) -> list[Any]:
        return self.rows(
            f"SELECT DISTINCT {DOC_COLUMNS} FROM search_name n "
            "JOIN search_doc d ON d.rowid = n.doc "
            f"WHERE n.name >= ? AND n.name < ? {where} ORDER BY n.name LIMIT ?",
            [prefix, prefix + "~", *params, limit],
        )

    def words(
        self,
        groups: Groups,
        columns: Sequence[str] | None,
        where: str,
        params: list[Any],
        limit: int,
    ) -> list[Any]:
        weights = ", ".join(str(w) for w in WEIGHTS)
        return self.rows(
            f"SELECT {DOC_COLUMNS} FROM search_fts f JOIN search_doc d ON d.rowid = f.rowid "
            f"WHERE search_fts MATCH ? {where} "
            f"ORDER BY d.kind = 'contact', bm25(search_fts, {weights}) LIMIT ?",
            [fts5_query(groups, columns), *params, limit],
        )

    def inside_words(
        self, words: Sequence[str], where: str, params: list[Any], limit: int
    ) -> list[Any]:
        return self.rows(
            f"SELECT {DOC_COLUMNS} FROM search_tri t JOIN search_doc d ON d.rowid = t.rowid "
            f"WHERE search_tri MATCH ? {where} ORDER BY bm25(search_tri) LIMIT ?",
            [" AND ".join(f'"{w}"' for w in words), *params, limit],
        )


class PostgresSearch(SearchBackend):
    """Words with their counts in a b-tree (ranges find prefixes), pg_trgm for text inside words.

    The word tiers are ranked with FTS5's bm25 worked out in SQL: the same counts, the
    same formula, so the same order; ties go by document, as FTS5 reads them. Scores
    are compared to 12 significant digits, so that the same terms summed in another
    order still tie, as they do in SQLite.
    """

    def contains(self, column: str) -> str:
        return f"strpos({column}, ?) > 0"

    def phone(
        self, digits: str, whole: bool, where: str, params: list[Any], limit: int
    ) -> list[Any]:
        # a whole number is one of the space-separated words of ``whole``; a part is
        # anywhere in one of the suffixes of ``digits`` (both found with pg_trgm)
        if whole:
            match = "p.whole LIKE ? AND (' ' || p.whole || ' ') LIKE ?"
            args = [f"%{digits}%", f"% {digits} %"]
        else:
            match, args = "p.digits LIKE ?", [f"%{digits}%"]
        return self.rows(
            f"SELECT {DOC_COLUMNS} FROM search_phone p JOIN search_doc d ON d.rowid = p.rowid "
            f"WHERE {match} {where} ORDER BY d.sort_name, d.rowid LIMIT ?",
            [*args, *params, limit],
        )

    def exact_name(self, name: str, where: str, params: list[Any], limit: int) -> list[Any]:
        return self.rows(
            f"SELECT {DOC_COLUMNS} FROM search_doc d WHERE EXISTS (SELECT 1 FROM search_name n "
            f"WHERE n.doc = d.rowid AND n.name = ?) {where} ORDER BY d.sort_name, d.rowid LIMIT ?",
            [name, *params, limit],
        )

    def name_prefix(self, prefix: str, where: str, params: list[Any], limit: int) -> list[Any]:
        # Names in order, each document at its first (smallest) name, as SQLite's DISTINCT
        # gives them; read a few more than asked, as a document may have several names.
        wanted = limit * 2
        while True:
            rows = self.rows(
                f"SELECT {DOC_COLUMNS} FROM search_name n JOIN search_doc d ON d.rowid = n.doc "
                f"WHERE n.name >= ? AND n.name < ? {where} ORDER BY n.name, n.doc LIMIT ?",
                [prefix, prefix + "~", *params, wanted],
            )
            unique = list({row[0]: row for row in rows}.values())  # first places kept
            if len(unique) >= limit or len(rows) < wanted:
                return unique[:limit]
            wanted *= 4

    def words(
        self,
        groups: Groups,
        columns: Sequence[str] | None,
        where: str,
        params: list[Any],
        limit: int,
    ) -> list[Any]:
        phrases: list[Any] = []
        for group_number, group in enumerate(groups):
            for phrase in group:
                # a whole word is the range [word, word + " "): no folded word has a space
                high = phrase.word + ("~" if phrase.prefix else " ")
                phrases += [len(phrases) // 4, group_number, phrase.word, high]
        values = ", ".join(["(?::int, ?::int, ?::text, ?::text)"] * (len(phrases) // 4))
        in_columns, column_args = "", []
        if columns is not None:
            in_columns = " AND t.col IN (" + ",".join("?" * len(columns)) + ")"
            column_args = [FTS_COLUMNS.index(c) for c in columns]
        weight = " ".join(f"WHEN {i} THEN {w}::float8" for i, w in enumerate(WEIGHTS))
        count, average = self._stats("search_fts")
        return self.rows(
            f"WITH p(i, g, lo, hi) AS (VALUES {values}), "
            f"m AS (SELECT t.doc, p.i, p.g, sum(t.freq::float8 * CASE t.col {weight} END) AS f "
            f"FROM p JOIN search_token t ON t.token >= p.lo AND t.token < p.hi{in_columns} "
            "GROUP BY t.doc, p.i, p.g), "
            "idf AS (SELECT i, ln((?::float8 - count(*) + 0.5) / (count(*) + 0.5)) AS v "
            "FROM m GROUP BY i), "
            "s AS (SELECT m.doc, sum(CASE WHEN idf.v > 0 THEN idf.v ELSE 1e-6 END * "
            f"(m.f * {_K1 + 1.0}) / (m.f + {_K1} * ({1 - _B} + {_B} * x.size / ?::float8))) "
            "AS score FROM m JOIN idf ON idf.i = m.i JOIN search_fts x ON x.rowid = m.doc "
            "GROUP BY m.doc HAVING count(DISTINCT m.g) = ?) "
            f"SELECT {DOC_COLUMNS} FROM s JOIN search_doc d ON d.rowid = s.doc "
            f"WHERE 1=1 {where} ORDER BY d.kind = 'contact', floor(log(s.score)) DESC, "
            "round((s.score / power(10, floor(log(s.score))))::numeric, 11) DESC, d.rowid "
            "LIMIT ?",
            [*phrases, *column_args, count, average, len(groups), *params, limit],
        )

    def inside_words(
        self, words: Sequence[str], where: str, params: list[Any], limit: int
    ) -> list[Any]:
        likes = " AND ".join("t.names LIKE ?" for _ in words)
        patterns = [f"%{w}%" for w in words]
        found = self.rows(
            f"SELECT {DOC_COLUMNS}, t.names, t.size FROM search_tri t "
            f"JOIN search_doc d ON d.rowid = t.rowid WHERE {likes} {where}",
            [*patterns, *params],
        )
        if not found:
            return []
        count, average = self._stats("search_tri")
        idf = []
        for pattern in patterns:
            (hits,) = self.raw.execute(
                "SELECT count(*) FROM search_tri WHERE names LIKE ?", (pattern,)
            ).fetchone()
            value = math.log((count - hits + 0.5) / (hits + 0.5))
            idf.append(value if value > 0 else 1e-6)

        def score(row: Any) -> float:
            names, size = row[-2], row[-1]
            total = 0.0
            for word, weight in zip(words, idf, strict=True):
                f = float(sum(1 for i in range(len(names)) if names.startswith(word, i)))
                total += weight * (f * (_K1 + 1.0)) / (f + _K1 * (1 - _B + _B * size / average))
            return total

        ranked = sorted(found, key=lambda row: (-_same_if_close(score(row)), row[0]))
        return [row[:-2] for row in ranked[:limit]]

    def _stats(self, table: str) -> tuple[float, float]:
        """Documents in a table, and their average size in tokens (bm25's N and avgdl).

        Kept for each build of the index (a build has an id of its own)."""
        row = self.raw.execute("SELECT id FROM search_build").fetchone()
        key = (row[0] if row else "", table)
        found = _STATS.get(key)
        if found is None:
            count, total = self.raw.execute(
                f"SELECT count(*), coalesce(sum(size), 0) FROM {table}"
            ).fetchone()
            found = (float(count), (float(total) / count if count and total else 1.0))
            if len(_STATS) > 64:
                _STATS.clear()
            _STATS[key] = found
        return found


def _same_if_close(score: float) -> float:
    """A score to 12 significant digits: sums of the same terms in another order tie."""
    return float(f"{score:.12g}")


def backend(connection: Connection) -> SearchBackend:
    """The search backend for the connection's database."""
    return PostgresSearch(connection) if is_postgres(connection) else SqliteSearch(connection)
