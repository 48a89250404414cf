"""Keep the last applied directory file, so a damaged file can be rebuilt from it

Revision ID: 0005
Revises: 0004
Create Date: 2027-01-20 11:00:00

One row: the checked content of the directory file loaded last, as compressed JSON,
and the SHA-256 of the file. ``db rebuild`` makes a new database from it and the
referral log of the damaged one. Files migrated from an older revision have no row
until a directory is next loaded.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "applied_directory",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applied_directory")),
    )


def downgrade() -> None:
    op.drop_table("applied_directory")
