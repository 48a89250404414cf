"""Keep the directory file's placeholder mark on each phone number

Revision ID: 0005
Revises: 0004
Create Date: 2027-01-20 10:00:00

A placeholder stands in for a number not known and cannot be dialled; the screens
and sheets say so. Numbers already stored were loaded before the mark existed and
count as real until the directory is loaded again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("phone") as batch:
        batch.add_column(
            sa.Column("placeholder", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("phone") as batch:
        batch.drop_column("placeholder")
