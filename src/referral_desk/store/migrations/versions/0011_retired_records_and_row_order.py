"""Keep retired records with when, by whom and why; give owned rows the position they were written in

Revision ID: 0011
Revises: 0010
Create Date: 2027-03-01 10:00:00

A record retired by an editor keeps its rows, flagged, so search, pathways and
exports leave it out while its history and a list of retired records still show
it. Schedules, languages, service areas and the records themselves get a
position, so they read back in the order written on PostgreSQL too (where the
physical order of rows changes with every update). Rows already there are
numbered in the order they were stored.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

RECORDS = ("organization", "location", "service", "contact")
OWNED = {"schedule": "owner_id", "language": "owner_id", "service_area": "service_id"}
RECORD_GROUPS = {
    "organization": None,
    "location": "organization_id",
    "service": "organization_id",
    "contact": "organization_id",
}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in RECORDS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("retired_at", sa.DateTime(), nullable=True))
            batch_op.add_column(sa.Column("retired_by", sa.Text(), nullable=True))
            batch_op.add_column(sa.Column("retired_reason", sa.Text(), nullable=True))
            batch_op.add_column(
                sa.Column("position", sa.Integer(), nullable=False, server_default="0")
            )
    for table in OWNED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("position", sa.Integer(), nullable=False, server_default="0")
            )
    for table, group in [*OWNED.items(), *RECORD_GROUPS.items()]:
        op.execute(_number_rows(dialect, table, group))


def _number_rows(dialect: str, table: str, group: str | None) -> str:
    """Number the rows of each group (owner) in the order they are stored, from 0."""
    partition = f"PARTITION BY {group} " if group else ""
    physical = "ctid" if dialect == "postgresql" else "rowid"
    if dialect == "postgresql":
        return (
            f"UPDATE {table} SET position = n.position FROM (SELECT id, "
            f"row_number() OVER ({partition}ORDER BY {physical}) - 1 AS position "
            f"FROM {table}) AS n WHERE n.id = {table}.id"
        )
    same_group = f"earlier.{group} = {table}.{group} AND " if group else ""
    return (
        f"UPDATE {table} SET position = (SELECT count(*) FROM {table} AS earlier "
        f"WHERE {same_group}earlier.rowid < {table}.rowid)"
    )


def downgrade() -> None:
    # Plain ALTER TABLE … DROP COLUMN (SQLite 3.35 and newer): a batch copy of a table
    # would drop the old one, and its foreign keys would delete the rows under it.
    for table in OWNED:
        op.drop_column(table, "position")
    for table in reversed(RECORDS):
        for column in ("position", "retired_reason", "retired_by", "retired_at"):
            op.drop_column(table, column)
