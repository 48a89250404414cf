"""Migration 0008 makes exactly the tables and columns the models describe, and undoes them."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from referral_desk.store import db, log_models, update_models, verification_models  # noqa: F401
from referral_desk.store.models import Base

OURS = {"verification_check", "correction", "record_note"}


def test_the_migrated_schema_matches_the_models_for_our_tables(tmp_path: Path) -> None:
    engine = db.make_engine(tmp_path / "fresh.sqlite3")
    db.upgrade(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        columns = {c["name"] for c in inspect(connection).get_columns("service")}
    ours = [
        d
        for d in differences
        if any(name in repr(d) for name in (*OURS, "verified_how", "verified_note"))
    ]
    assert ours == []
    assert {"verified_how", "verified_note"} <= columns
    engine.dispose()


def test_0009_downgrades_cleanly(tmp_path: Path) -> None:
    engine = db.make_engine(tmp_path / "down.sqlite3")
    db.upgrade(engine)
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(db.MIGRATIONS))
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
        tables = set(inspect(connection).get_table_names())
        columns = {c["name"] for c in inspect(connection).get_columns("contact")}
    assert not OURS & tables and "verified_how" not in columns
    engine.dispose()
