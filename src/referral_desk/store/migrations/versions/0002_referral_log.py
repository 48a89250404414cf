"""Add the referral log (referral, referral_body)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 02:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "referral",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("post", sa.Text(), nullable=False),
        sa.Column("caseworker", sa.Text(), nullable=False),
        sa.Column("assessment", sa.String(length=32), nullable=False),
        sa.Column("age_group", sa.String(length=8), nullable=False),
        sa.Column("case_type", sa.String(length=32), nullable=False),
        sa.Column("purposes", sa.Text(), nullable=False),
        sa.Column("urgent", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("directory_version", sa.String(length=64), nullable=False),
        sa.Column("directory_published", sa.Date(), nullable=True),
        sa.Column("rules_version", sa.String(length=64), nullable=False),
        sa.Column("pathway_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral")),
        sa.UniqueConstraint("reference", name=op.f("uq_referral_reference")),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index("ix_referral_created_at", ["created_at"], unique=False)

    op.create_table(
        "referral_body",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("referral_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("record_name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("feedback", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referral.id"],
            name=op.f("fk_referral_body_referral_id_referral"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_body")),
    )
    with op.batch_alter_table("referral_body", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_body_referral_id"), ["referral_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_referral_body_record_id"), ["record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_referral_body_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("referral_body", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_body_status"))
        batch_op.drop_index(batch_op.f("ix_referral_body_record_id"))
        batch_op.drop_index(batch_op.f("ix_referral_body_referral_id"))
    op.drop_table("referral_body")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index("ix_referral_created_at")
    op.drop_table("referral")
