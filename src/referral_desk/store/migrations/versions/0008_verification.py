"""Keep how each record was verified, the history of checks, corrections and own notes

Revision ID: 0008
Revises: 0007
Create Date: 2027-02-10 10:00:00

The checks, corrections and notes refer to records by id and are never replaced
with the directory, so they survive every load and update.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

VERIFIED_TABLES = ("organization", "service", "contact")


def upgrade() -> None:
    for table in VERIFIED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("verified_how", sa.String(length=16), nullable=True))
            batch_op.add_column(sa.Column("verified_note", sa.Text(), nullable=True))
    op.create_table(
        "verification_check",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("checked_by", sa.Text(), nullable=False),
        sa.Column("how", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verification_check")),
    )
    with op.batch_alter_table("verification_check", schema=None) as batch_op:
        batch_op.create_index("ix_verification_check_record_id", ["record_id"], unique=False)
    op.create_table(
        "correction",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("record_name", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("wrong", sa.Text(), nullable=False),
        sa.Column("found", sa.Text(), nullable=False),
        sa.Column("post", sa.Text(), nullable=False),
        sa.Column("reported_at", sa.DateTime(), nullable=False),
        sa.Column("imported", sa.Boolean(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correction")),
    )
    with op.batch_alter_table("correction", schema=None) as batch_op:
        batch_op.create_index("ix_correction_record_id", ["record_id"], unique=False)
    op.create_table(
        "record_note",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_record_note")),
    )


def downgrade() -> None:
    op.drop_table("record_note")
    with op.batch_alter_table("correction", schema=None) as batch_op:
        batch_op.drop_index("ix_correction_record_id")
    op.drop_table("correction")
    with op.batch_alter_table("verification_check", schema=None) as batch_op:
        batch_op.drop_index("ix_verification_check_record_id")
    op.drop_table("verification_check")
    for table in VERIFIED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("verified_note")
            batch_op.drop_column("verified_how")
