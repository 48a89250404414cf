"""Keep the directory file in force and the history of signed updates applied

Revision ID: 0004
Revises: 0003
Create Date: 2027-01-20 10:00:00

A database made before this revision has no source file kept; it gets one
the next time its directory is loaded or an update is applied after a load.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "directory_source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("content_gz", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_source")),
    )
    op.create_table(
        "directory_update",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("publisher", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("countries", sa.Text(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("stale_after_days", sa.Integer(), nullable=False),
        sa.Column("bundle_sha256", sa.String(length=64), nullable=False),
        sa.Column("result_sha256", sa.String(length=64), nullable=False),
        sa.Column("counts_json", sa.Text(), nullable=False),
        sa.Column("retired_json", sa.Text(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("previous_gz", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_update")),
    )
    with op.batch_alter_table("directory_update", schema=None) as batch_op:
        batch_op.create_index("ix_directory_update_publisher", ["publisher"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("directory_update", schema=None) as batch_op:
        batch_op.drop_index("ix_directory_update_publisher")
    op.drop_table("directory_update")
    op.drop_table("directory_source")
