"""Add record versions for optimistic locking, and the append-only audit trail of edits

Revision ID: 0010
Revises: 0009
Create Date: 2027-02-10 10:00:00

The audit tables refuse UPDATE and DELETE by a trigger, on SQLite and on
PostgreSQL, so no editor's connection can rewrite or remove the history.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

VERSIONED = ("organization", "location", "service", "contact")
AUDIT_TABLES = ("audit_change", "audit_field")
REFUSAL = "the audit trail is append-only"


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
    op.create_table(
        "audit_change",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("editor", sa.Text(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("record_kind", sa.String(length=16), nullable=False),
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_change")),
    )
    op.create_index("ix_audit_change_record_id", "audit_change", ["record_id"], unique=False)
    op.create_table(
        "audit_field",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_json", sa.Text(), nullable=False),
        sa.Column("new_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["change_id"],
            ["audit_change.id"],
            name=op.f("fk_audit_field_change_id_audit_change"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_field")),
    )
    op.create_index("ix_audit_field_change_id", "audit_field", ["change_id"], unique=False)
    for statement in append_only_statements(op.get_bind().dialect.name):
        op.execute(statement)


def append_only_statements(dialect: str) -> list[str]:
    """Triggers that refuse UPDATE and DELETE on the audit tables."""
    if dialect == "postgresql":
        statements = [
            "CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger "
            f"LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{REFUSAL}'; END $$"
        ]
        for table in AUDIT_TABLES:
            statements.append(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE "
                f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()"
            )
        return statements
    statements = []
    for table in AUDIT_TABLES:
        for event in ("UPDATE", "DELETE"):
            statements.append(
                f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
            )
    return statements


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in AUDIT_TABLES:
        if dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS audit_append_only()")
    op.drop_index("ix_audit_field_change_id", table_name="audit_field")
    op.drop_table("audit_field")
    op.drop_index("ix_audit_change_record_id", table_name="audit_change")
    op.drop_table("audit_change")
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
