"""The audit trail on a central PostgreSQL database, with editors' own roles and the
documented grants: who changed what is the editor's role, the editors cannot rewrite
the trail, and two editors saving the same record lose nothing."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from pg_cluster import Cluster
from referral_desk.services.desk import Desk
from referral_desk.services.editing import EditConflict

ROOT = Path(__file__).resolve().parents[2]
ORG = "782afc8b-3420-5d7b-8547-ac0fa5c40d27"  # Federal Ministry of the Interior (AT)
_numbers = itertools.count(1)


def documented_grants() -> list[str]:
    """The SQL statements the setup guide gives the editors' group, in its order."""
    guide = (ROOT / "docs" / "central-database.md").read_text(encoding="utf-8")
    statements = re.findall(r"^((?:GRANT|REVOKE|ALTER DEFAULT)[^;]*);", guide, re.MULTILINE)
    assert any(s.startswith("REVOKE UPDATE, DELETE, TRUNCATE ON audit_change") for s in statements)
    return [" ".join(s.split()) for s in statements if "FOR ROLE desk_owner" not in s]


@dataclass
class Central:
    cluster: Cluster
    database: str
    group: str
    editors: tuple[str, str]

    def url(self, editor: str) -> str:
        return (
            f"postgresql+psycopg://{editor}:{editor}-pw@127.0.0.1:{self.cluster.port}/"
            f"{self.database}"
        )

    def connect(self, editor: str) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            host="127.0.0.1", port=self.cluster.port, user=editor, password=f"{editor}-pw",
            dbname=self.database, autocommit=True,
        )  # fmt: skip


@pytest.fixture
def central(pg_cluster: Cluster, pg_sample_template: str) -> Iterator[Central]:
    """A copy of the sample on the test cluster, two editors in a group with the grants
    the setup guide gives (the tables stay the superuser's, as they are the owner's)."""
    number = next(_numbers)
    database = f"audit_{number}"
    group, anna, boris = f"editors_{number}", f"anna_{number}", f"boris_{number}"
    pg_cluster.create_database(database, pg_sample_template)
    with pg_cluster.connect(database) as admin:
        admin.execute(f"CREATE ROLE {group} NOLOGIN")
        for editor in (anna, boris):
            admin.execute(f"CREATE ROLE {editor} LOGIN PASSWORD '{editor}-pw' IN ROLE {group}")
        for statement in documented_grants():
            admin.execute(statement.replace("TO editors", f"TO {group}")
                          .replace("FROM editors", f"FROM {group}"))  # fmt: skip
    try:
        yield Central(pg_cluster, database, group, (anna, boris))
    finally:
        pg_cluster.drop_database(database)
        with pg_cluster.connect() as admin:
            for role in (anna, boris, group):
                admin.execute(f"DROP ROLE IF EXISTS {role}")


def test_each_change_names_the_editors_own_role(central: Central) -> None:
    anna, boris = central.editors
    with Desk.open(central.url(anna)) as desk:
        desk.editing.save(ORG, 1, {"website": "https://example.org/anna"}, "anna's")
    with Desk.open(central.url(boris)) as desk:
        desk.editing.retire(ORG, "boris retires it")
        entries = desk.editing.history(ORG)
        retired = desk.editing.retired()
    assert (entries[-1].editor, entries[-1].reason) == (anna, "anna's")
    assert {e.editor for e in entries if e.action == "retire"} == {boris}
    assert {r.by for r in retired} == {boris}


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_change SET reason = 'forged'",
        "DELETE FROM audit_change",
        "TRUNCATE audit_change CASCADE",
        "UPDATE audit_field SET new_json = 'null'",
        "DELETE FROM audit_field",
        "TRUNCATE audit_field",
        "ALTER TABLE audit_change DISABLE TRIGGER audit_change_append_only",
        "ALTER TABLE audit_field DISABLE TRIGGER ALL",
        "DROP TRIGGER audit_change_append_only ON audit_change",
        "SET session_replication_role = replica",
        "CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$",
    ],
)
def test_an_editor_cannot_rewrite_the_trail_nor_switch_off_its_guard(
    central: Central, statement: str
) -> None:
    anna, _boris = central.editors
    with Desk.open(central.url(anna)) as desk:
        desk.editing.save(ORG, 1, {"website": "https://example.org/kept"}, "kept")
    with central.connect(anna) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(statement)
        # and as the tables' owner would meet it: the trigger refuses outright
        assert connection.execute("SELECT count(*) FROM audit_change").fetchone() == (1,)
    with central.cluster.connect(central.database) as owner:
        if statement.startswith(("UPDATE", "DELETE", "TRUNCATE")):
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                owner.execute(statement)
        rows = owner.execute("SELECT editor, reason FROM audit_change").fetchall()
    assert rows == [(anna, "kept")]


def test_two_editors_on_two_desks_the_second_save_is_refused_and_nothing_is_lost(
    central: Central,
) -> None:
    anna, boris = central.editors
    with Desk.open(central.url(anna)) as first, Desk.open(central.url(boris)) as second:
        mine = first.editing.record(ORG)
        theirs = second.editing.record(ORG)
        assert mine.version == theirs.version == 1
        anna_values = {"email": "anna@example.org", "website": "https://example.org/a"}
        first.editing.save(ORG, mine.version, anna_values, "anna")
        with pytest.raises(EditConflict) as refused:
            second.editing.save(ORG, theirs.version, {"email": "boris@example.org"}, "boris")
        conflict = refused.value
        assert (conflict.base_version, conflict.current_version) == (1, 2)
        # field by field: the version in force (anna's) beside boris's
        assert [(d.field, d.old, d.new) for d in conflict.differences] == [
            ("email", "anna@example.org", "boris@example.org"),
        ]
        assert conflict.theirs["website"] == "https://example.org/a"
        # nothing lost: anna's save stands, boris's values are all in the refusal
        assert second.editing.record(ORG).fields["email"] == "anna@example.org"
        assert conflict.mine["email"] == "boris@example.org"
        # boris keeps his e-mail on the version now in force, anna's website stays
        second.editing.save(ORG, conflict.current_version, {"email": "boris@example.org"},
                            "boris after seeing anna's")  # fmt: skip
        record = first.editing.record(ORG)
        assert (record.fields["email"], record.fields["website"], record.version) == (
            "boris@example.org", "https://example.org/a", 3,
        )  # fmt: skip
        assert [(e.editor, e.version) for e in first.editing.history(ORG)] == [
            (boris, 3), (anna, 2),
        ]  # fmt: skip
