"""Keep names and hours typed in the search index instead of JSON and text

Revision ID: 0003
Revises: 0002
Create Date: 2027-01-10 10:00:00

The search index is derived data: this revision drops the old shape's tables and
creates the new, empty ones; ``db.upgrade`` then rebuilds the index from the
directory tables in the same transaction. A downgrade leaves the old shape empty
(it is filled again when the file is next upgraded).
"""

from __future__ import annotations

from alembic import op

from referral_desk.store.search_schema import (
    SEARCH_SCHEMA_V1,
    SEARCH_SCHEMA_V2,
    SEARCH_TABLES_V1,
    SEARCH_TABLES_V2,
)

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL has no search tables before 0009
    for table in reversed(SEARCH_TABLES_V1):
        op.execute(f"DROP TABLE IF EXISTS {table}")
    for statement in SEARCH_SCHEMA_V2:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in reversed(SEARCH_TABLES_V2):
        op.execute(f"DROP TABLE IF EXISTS {table}")
    for statement in SEARCH_SCHEMA_V1:
        op.execute(statement)
