"""Let the directory live on PostgreSQL too: its search tables and deferrable foreign keys

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-10 10:00:00

SQLite files are not changed. On PostgreSQL this revision creates the search
index's own shape (``SEARCH_SCHEMA_PG_V1``: words and counts instead of FTS5, and
pg_trgm, which Debian's server package includes) and makes every foreign key
deferrable, so a directory load can check them at commit, as SQLite's
``defer_foreign_keys`` does.
"""

from __future__ import annotations

from alembic import op

from referral_desk.store.search_schema import SEARCH_SCHEMA_PG_V1, SEARCH_TABLES_PG_V1

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_FOREIGN_KEYS = """
    SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c
    JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE c.contype = 'f' AND n.nspname = current_schema()
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, name in op.get_bind().exec_driver_sql(_FOREIGN_KEYS).fetchall():
        op.execute(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE')
    for statement in SEARCH_SCHEMA_PG_V1:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in reversed(SEARCH_TABLES_PG_V1):
        op.execute(f"DROP TABLE IF EXISTS {table}")
    for table, name in op.get_bind().exec_driver_sql(_FOREIGN_KEYS).fetchall():
        op.execute(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" NOT DEFERRABLE')
