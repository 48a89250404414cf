"""Rows read back in the order written, on both backends, whatever order the server keeps
them in; and migration 0011, which numbers rows already stored and flags nothing retired."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import text

from db_access import connected
from referral_desk.domain.editing import RecordKind
from referral_desk.services.desk import Desk
from referral_desk.store import db
from referral_desk.store.models import Base
from referral_desk.store.update_store import unpack

ORG = "782afc8b-3420-5d7b-8547-ac0fa5c40d27"  # Federal Ministry of the Interior (AT)
OTHER_ORG = "4262c6da-53fd-5aa4-9ec4-1075906a7969"  # Federal Office for Immigration and Asylum
OURS = ("retired_at", "retired_by", "retired_reason", "position")
GROUPS = {
    "schedule": "owner_id",
    "language": "owner_id",
    "service_area": "service_id",
    "organization": "''",
    "service": "organization_id",
    "contact": "organization_id",
    "location": "organization_id",
}
POSITIONS = (
    "SELECT 'schedule', owner_id, id, position FROM schedule "
    "UNION ALL SELECT 'language', owner_id, id, position FROM language "
    "UNION ALL SELECT 'service_area', service_id, id, position FROM service_area "
    "UNION ALL SELECT 'organization', '', id, position FROM organization "
    "UNION ALL SELECT 'service', organization_id, id, position FROM service "
    "UNION ALL SELECT 'contact', organization_id, id, position FROM contact "
    "UNION ALL SELECT 'location', organization_id, id, position FROM location"
)


def test_rows_come_back_in_the_order_written_after_the_server_moved_them(
    sample_desk: Desk,
) -> None:
    service = sample_desk.editing.create(
        RecordKind.SERVICE,
        {
            "name": {"en": "Quokka order line"},
            "description": {"en": "For testing the order of rows."},
            "categories": ["helpline"],
            "languages": ["uk", "de", "bg"],
            "service_areas": [
                {"country": "AT", "region": "Wien"},
                {"country": "AT", "region": None},
            ],
        },
        "",
        organization_id=ORG,
    ).record_id
    location = sample_desk.editing.create(
        RecordKind.LOCATION,
        {
            "name": {"en": "Quokka house"},
            "timezone": "Europe/Vienna",
            "address": {"address_1": "Quokkagasse 1", "city": "Wien", "country": "AT"},
            "schedules": [
                {"freq": "WEEKLY", "byday": "FR", "opens_at": "10:00", "closes_at": "12:00"},
                {"freq": "WEEKLY", "byday": "MO", "opens_at": "08:00", "closes_at": "09:00"},
                {"freq": "WEEKLY", "byday": "WE", "opens_at": "13:00", "closes_at": "14:00"},
            ],
        },
        "",
        organization_id=ORG,
    ).record_id
    # An UPDATE writes a new copy of a row on PostgreSQL: the first rows move to the end of
    # the table, as a server's vacuum and updates move them in use.
    with connected(sample_desk) as connection:
        for table, owner, first in (
            ("language", "owner_id", "uk"),
            ("schedule", "owner_id", "FR"),
            ("service_area", "service_id", "Wien"),
        ):
            column = {"language": "code", "schedule": "byday", "service_area": "region"}[table]
            connection.execute(
                text(f"UPDATE {table} SET {column} = {column} WHERE {owner} IN (:s, :l) "
                     f"AND {column} = :first"),
                {"s": service, "l": location, "first": first},
            )  # fmt: skip
        connection.execute(text("UPDATE organization SET email = email WHERE id = :o"), {"o": ORG})
    detail = sample_desk.directory.show(service)
    assert detail is not None
    assert detail.languages == ("uk", "de", "bg")
    assert detail.service_areas == (("AT", "Wien"), ("AT", None))
    org = sample_desk.directory.show(ORG)
    assert org is not None
    (house,) = [loc for loc in org.locations if loc.id == location]
    assert [sorted(h.days) for h in house.hours] == [[4], [0], [2]]  # Friday, Monday, Wednesday
    # the index is built from the records in their file order too
    sample_desk.editing.save(OTHER_ORG, 1, {"website": "https://example.org/order"}, "")
    sample_desk.editing.settle()
    with connected(sample_desk) as connection:
        indexed = [str(row[0]) for row in connection.execute(text(
            "SELECT entity_id FROM search_doc WHERE kind = 'organization' ORDER BY rowid"
        ))]  # fmt: skip
        content_gz = connection.execute(text("SELECT content_gz FROM directory_source")).scalar()
    assert indexed == [o["id"] for o in unpack(content_gz)["organizations"]]


def test_migration_0011_numbers_the_rows_stored_and_matches_the_models(
    sample_desk: Desk,
) -> None:
    with connected(sample_desk) as connection:
        written = sorted(tuple(row) for row in connection.execute(text(POSITIONS)))
        assert {row[3] for row in written if row[0] == "organization"} == set(
            range(sum(1 for row in written if row[0] == "organization"))
        )
        config = Config()
        config.set_main_option("script_location", str(db.MIGRATIONS))
        config.attributes["connection"] = connection
        command.downgrade(config, "0010")
        columns = {
            row[0]
            for row in connection.execute(
                text("SELECT column_name FROM information_schema.columns WHERE "
                     "table_name = 'schedule'")
            )
        } if connection.dialect.name == "postgresql" else {
            row[1] for row in connection.execute(text("PRAGMA table_info(schedule)"))
        }  # fmt: skip
        assert "position" not in columns
        # What the rows' stored order says (all a database of the older schema has to go
        # by): the file's order on SQLite; on PostgreSQL, where updates moved rows, not so.
        physical = "ctid" if connection.dialect.name == "postgresql" else "rowid"
        stored: list[tuple[object, ...]] = []
        for kind, group in GROUPS.items():
            places: dict[object, int] = {}
            for owner, row_id in connection.execute(
                text(f"SELECT {group}, id FROM {kind} ORDER BY {physical}")
            ):
                place = places.get(owner, 0)
                places[owner] = place + 1
                stored.append((kind, owner if kind != "organization" else "", row_id, place))
        command.upgrade(config, db.HEAD_REVISION)
        renumbered = sorted(tuple(row) for row in connection.execute(text(POSITIONS)))
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        retired = connection.execute(
            text("SELECT count(*) FROM organization WHERE retired_at IS NOT NULL")
        ).scalar()
    assert renumbered == sorted(stored)
    if not sample_desk.central:
        assert renumbered == written
    ours = [
        d
        for d in differences
        if not (isinstance(d, tuple) and d[0] == "remove_table")  # the search index's tables
        and any(name in repr(d) for name in OURS)
    ]
    assert ours == []
    assert retired == 0
