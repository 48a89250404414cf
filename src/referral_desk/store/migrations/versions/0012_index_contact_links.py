"""Index a contact's location and counterpart, which other rows' changes look up

Revision ID: 0012
Revises: 0011
Create Date: 2027-03-15 10:00:00

Deleting or retiring a contact or location makes the database find the contacts
that point at it (``ON DELETE SET NULL``), and a load checks them while rows wait
for their parents. Without an index each look-up read the whole contact table, so
a load of 50,000 contacts took minutes. The importer made these indexes for each
load, but an editor's role that does not own the tables on PostgreSQL may not.
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_contact_location_id": "location_id",
    "ix_contact_counterpart_id": "counterpart_id",
}


def upgrade() -> None:
    for name, column in INDEXES.items():
        op.create_index(name, "contact", [column])


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="contact")
