"""Add who a service serves: ages, genders and nationality status

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("service", schema=None) as batch_op:
        batch_op.add_column(sa.Column("minimum_age", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("maximum_age", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("genders", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("nationality_status", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("service", schema=None) as batch_op:
        batch_op.drop_column("nationality_status")
        batch_op.drop_column("genders")
        batch_op.drop_column("maximum_age")
        batch_op.drop_column("minimum_age")
