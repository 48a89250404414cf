"""Keep the search index's words by field, phones whole, regions and main phones

Revision ID: 0007
Revises: 0006
Create Date: 2027-02-01 10:00:00

The search ranks hits in tiers (``domain.search_tiers``): a whole word of a name, a city
or a category term before a word of a description, a whole phone number before a part
of one. The index is derived data: this revision drops the old shape's tables and
creates the new, empty ones; ``db.upgrade`` then rebuilds the index from the directory
tables in the same transaction. A downgrade leaves the old shape empty (it is filled
again when the file is next upgraded).
"""

from __future__ import annotations

from alembic import op

from referral_desk.store.search_schema import (
    SEARCH_SCHEMA_V2,
    SEARCH_SCHEMA_V3,
    SEARCH_TABLES_V2,
    SEARCH_TABLES_V3,
)

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL's search tables come with 0009, in this shape
    for table in reversed(SEARCH_TABLES_V2):
        op.execute(f"DROP TABLE IF EXISTS {table}")
    for statement in SEARCH_SCHEMA_V3:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in reversed(SEARCH_TABLES_V3):
        op.execute(f"DROP TABLE IF EXISTS {table}")
    for statement in SEARCH_SCHEMA_V2:
        op.execute(statement)
