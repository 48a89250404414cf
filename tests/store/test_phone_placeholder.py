"""The directory file's placeholder mark on phones is stored and read back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from referral_desk.services.desk import Desk
from referral_desk.store import db


def _phones(desk: Desk) -> list[tuple[str, bool]]:
    found: list[tuple[str, bool]] = []
    for hit in desk.directory.search("", limit=500):
        detail = desk.directory.show(hit.id)
        assert detail is not None
        found += [(p.number, p.placeholder) for p in detail.phones]
    return found


def test_placeholders_are_read_back_and_real_numbers_are_not_marked(sample_desk: Desk) -> None:
    phones = _phones(sample_desk)
    marked = {number for number, placeholder in phones if placeholder}
    real = {number for number, placeholder in phones if not placeholder}
    assert "+43100000001" in marked
    assert real, "the short codes are real"
    assert real <= {"112", "116000", "116111", "147"}


def test_an_older_file_gets_the_column_unmarked(sample_db_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    path.write_bytes(sample_db_template.read_bytes())
    from alembic import command

    engine = db.make_engine(path)
    with engine.begin() as connection:
        command.downgrade(db._alembic_config(connection), "0003")
    engine.dispose()
    Desk.open(path).close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM phone WHERE placeholder").fetchone() == (0,)
    connection.close()
