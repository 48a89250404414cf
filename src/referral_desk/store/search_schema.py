"""The search index's tables, one frozen definition per shape, shared by the code and migrations.

Each shape is frozen once a migration has used it: a migration imports its shape
by name, so changing the index means adding ``SEARCH_SCHEMA_V3`` and a migration,
never editing a shape below. ``SCHEMA`` and ``TABLES`` are the shape the code reads.
"""

from __future__ import annotations

_COMMON = (
    "CREATE TABLE IF NOT EXISTS search_name (doc INTEGER NOT NULL, name TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ix_search_name_name ON search_name(name)",
    """CREATE TABLE IF NOT EXISTS search_hours (
        doc INTEGER NOT NULL, tz TEXT NOT NULL, day INTEGER NOT NULL,
        start_minute INTEGER NOT NULL, end_minute INTEGER NOT NULL,
        valid_from TEXT, valid_to TEXT)""",
    "CREATE INDEX IF NOT EXISTS ix_search_hours_doc ON search_hours(doc)",
    "CREATE TABLE IF NOT EXISTS search_term_del "
    "(key TEXT NOT NULL, source TEXT NOT NULL, term TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ix_search_term_del_key ON search_term_del(key)",
    """CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
        names, body, content='', tokenize='unicode61', prefix='1 2 3')""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS search_tri USING fts5(
        names, content='', tokenize='trigram')""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS search_phone USING fts5(
        digits, content='', tokenize='unicode61', prefix='3 4')""",
)
_COMMON_TABLES = (
    "search_name",
    "search_hours",
    "search_term_del",
    "search_fts",
    "search_tri",
    "search_phone",
)

# Revision 0001: names as JSON and hours as text in search_doc.
SEARCH_SCHEMA_V1 = (
    """CREATE TABLE IF NOT EXISTS search_doc (
        rowid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        entity_id TEXT NOT NULL UNIQUE,
        organization_id TEXT NOT NULL,
        country TEXT NOT NULL,
        categories TEXT NOT NULL,
        populations TEXT NOT NULL,
        languages TEXT NOT NULL,
        around_the_clock INTEGER NOT NULL,
        verified_at TEXT,
        sort_name TEXT NOT NULL,
        display TEXT NOT NULL,
        hours TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS ix_search_doc_sort ON search_doc(sort_name)",
    *_COMMON,
)
SEARCH_TABLES_V1 = ("search_doc", *_COMMON_TABLES)

# Revision 0003: typed names (search_label) and hours (search_week), a time zone column.
# A record's shown names: one row per language in the directory's order, ``own`` = 1 for
# an organization's own name in its own language. Hours are shared sets (many bodies
# keep the same hours): ``days`` is a bit mask (Monday = 1), times are minutes after
# midnight. Both tables are clustered by their key. ``search_build`` names each rebuild,
# so that names and hours read once can be kept until the index is built again.
SEARCH_SCHEMA_V2 = (
    """CREATE TABLE IF NOT EXISTS search_doc (
        rowid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        entity_id TEXT NOT NULL UNIQUE,
        organization_id TEXT NOT NULL,
        organization_doc INTEGER NOT NULL,
        country TEXT NOT NULL,
        categories TEXT NOT NULL,
        populations TEXT NOT NULL,
        languages TEXT NOT NULL,
        around_the_clock INTEGER NOT NULL,
        verified_at TEXT,
        sort_name TEXT NOT NULL,
        timezone TEXT,
        hours_set INTEGER)""",
    "CREATE INDEX IF NOT EXISTS ix_search_doc_sort ON search_doc(sort_name)",
    """CREATE TABLE IF NOT EXISTS search_label (
        doc INTEGER NOT NULL, position INTEGER NOT NULL,
        lang TEXT NOT NULL, value TEXT NOT NULL, own INTEGER NOT NULL,
        PRIMARY KEY (doc, position)) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS search_week (
        hours_set INTEGER NOT NULL, position INTEGER NOT NULL, days INTEGER NOT NULL,
        opens_minute INTEGER NOT NULL, closes_minute INTEGER NOT NULL,
        valid_from TEXT, valid_to TEXT,
        PRIMARY KEY (hours_set, position)) WITHOUT ROWID""",
    "CREATE TABLE IF NOT EXISTS search_build (id TEXT NOT NULL)",
    *_COMMON,
)
SEARCH_TABLES_V2 = (
    "search_doc",
    "search_label",
    "search_week",
    "search_build",
    *_COMMON_TABLES,
)

# Revision 0007: ranking tiers (see ``domain.search_tiers``). The words are kept by field
# (names, places, category terms, other text) so a whole word of a name or a city ranks
# before a word of a description; phones keep their whole numbers apart from their parts;
# ``search_word`` lists every whole word of names, places and terms (a word found there is
# never widened into loose matches); ``search_doc`` gains the regions a record serves (for
# the region filter) and its main phone (shown in the results).
_COMMON_V3 = (
    "CREATE TABLE IF NOT EXISTS search_name (doc INTEGER NOT NULL, name TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ix_search_name_name ON search_name(name)",
    _COMMON[2],  # search_hours
    _COMMON[3],
    _COMMON[4],  # search_term_del
    _COMMON[5],
    """CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
        names, places, terms, other, content='', tokenize='unicode61', prefix='1 2 3')""",
    _COMMON[7],  # search_tri
    """CREATE VIRTUAL TABLE IF NOT EXISTS search_phone USING fts5(
        digits, whole, content='', tokenize='unicode61', prefix='3 4')""",
    "CREATE TABLE IF NOT EXISTS search_word (word TEXT PRIMARY KEY) WITHOUT ROWID",
)
SEARCH_SCHEMA_V3 = (
    """CREATE TABLE IF NOT EXISTS search_doc (
        rowid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        entity_id TEXT NOT NULL UNIQUE,
        organization_id TEXT NOT NULL,
        organization_doc INTEGER NOT NULL,
        country TEXT NOT NULL,
        categories TEXT NOT NULL,
        populations TEXT NOT NULL,
        languages TEXT NOT NULL,
        regions TEXT NOT NULL,
        around_the_clock INTEGER NOT NULL,
        verified_at TEXT,
        sort_name TEXT NOT NULL,
        timezone TEXT,
        hours_set INTEGER,
        main_phone TEXT,
        main_phone_placeholder INTEGER NOT NULL)""",
    *SEARCH_SCHEMA_V2[1:5],  # the sort index, search_label, search_week, search_build
    *_COMMON_V3,
)
SEARCH_TABLES_V3 = (*SEARCH_TABLES_V2, "search_word")

SCHEMA = SEARCH_SCHEMA_V3
TABLES = SEARCH_TABLES_V3
FTS_TABLES = ("search_fts", "search_tri", "search_phone")

# PostgreSQL (revision 0009), the shape of SEARCH_SCHEMA_V3: the same plain tables,
# folded text in byte order (COLLATE "C", as SQLite compares), and in place of FTS5:
# every folded word of a document with its count (``search_token``, by column: 0
# names, 1 places, 2 terms, 3 other text; a range on the word finds prefixes), the
# tokens per document for bm25 (``search_fts``), and names and phone digits with
# pg_trgm indexes for text inside a word and any part of a number.
SEARCH_SCHEMA_PG_V1 = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """CREATE TABLE IF NOT EXISTS search_doc (
        rowid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        entity_id TEXT NOT NULL UNIQUE,
        organization_id TEXT NOT NULL,
        organization_doc INTEGER NOT NULL,
        country TEXT NOT NULL,
        categories TEXT NOT NULL,
        populations TEXT NOT NULL,
        languages TEXT NOT NULL,
        regions TEXT NOT NULL,
        around_the_clock INTEGER NOT NULL,
        verified_at TEXT,
        sort_name TEXT COLLATE "C" NOT NULL,
        timezone TEXT,
        hours_set INTEGER,
        main_phone TEXT,
        main_phone_placeholder INTEGER NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS ix_search_doc_sort ON search_doc(sort_name)",
    """CREATE TABLE IF NOT EXISTS search_label (
        doc INTEGER NOT NULL, position INTEGER NOT NULL,
        lang TEXT NOT NULL, value TEXT NOT NULL, own INTEGER NOT NULL,
        PRIMARY KEY (doc, position))""",
    """CREATE TABLE IF NOT EXISTS search_week (
        hours_set INTEGER NOT NULL, position INTEGER NOT NULL, days INTEGER NOT NULL,
        opens_minute INTEGER NOT NULL, closes_minute INTEGER NOT NULL,
        valid_from TEXT, valid_to TEXT,
        PRIMARY KEY (hours_set, position))""",
    "CREATE TABLE IF NOT EXISTS search_build (id TEXT NOT NULL)",
    'CREATE TABLE IF NOT EXISTS search_name (doc INTEGER NOT NULL, name TEXT COLLATE "C" NOT NULL)',
    "CREATE INDEX IF NOT EXISTS ix_search_name_name ON search_name(name, doc)",
    """CREATE TABLE IF NOT EXISTS search_hours (
        doc INTEGER NOT NULL, tz TEXT NOT NULL, day INTEGER NOT NULL,
        start_minute INTEGER NOT NULL, end_minute INTEGER NOT NULL,
        valid_from TEXT, valid_to TEXT)""",
    "CREATE INDEX IF NOT EXISTS ix_search_hours_doc ON search_hours(doc)",
    "CREATE TABLE IF NOT EXISTS search_term_del "
    '(key TEXT COLLATE "C" NOT NULL, source TEXT NOT NULL, term TEXT NOT NULL)',
    "CREATE INDEX IF NOT EXISTS ix_search_term_del_key ON search_term_del(key)",
    "CREATE TABLE IF NOT EXISTS search_fts (rowid INTEGER PRIMARY KEY, size INTEGER NOT NULL)",
    """CREATE TABLE IF NOT EXISTS search_token (
        doc INTEGER NOT NULL, col SMALLINT NOT NULL,
        token TEXT COLLATE "C" NOT NULL, freq INTEGER NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS ix_search_token_token ON search_token(token, doc)",
    """CREATE TABLE IF NOT EXISTS search_tri (
        rowid INTEGER PRIMARY KEY, names TEXT NOT NULL, size INTEGER NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS ix_search_tri_names ON search_tri USING gin (names gin_trgm_ops)",
    """CREATE TABLE IF NOT EXISTS search_phone (
        rowid INTEGER PRIMARY KEY, digits TEXT NOT NULL, whole TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS ix_search_phone_digits "
    "ON search_phone USING gin (digits gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS ix_search_phone_whole "
    "ON search_phone USING gin (whole gin_trgm_ops)",
    'CREATE TABLE IF NOT EXISTS search_word (word TEXT COLLATE "C" PRIMARY KEY)',
)
SEARCH_TABLES_PG_V1 = (
    "search_doc",
    "search_label",
    "search_week",
    "search_build",
    "search_name",
    "search_hours",
    "search_term_del",
    "search_fts",
    "search_token",
    "search_tri",
    "search_phone",
    "search_word",
)
SCHEMA_PG = SEARCH_SCHEMA_PG_V1
TABLES_PG = SEARCH_TABLES_PG_V1
