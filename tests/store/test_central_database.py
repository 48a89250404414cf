"""A central PostgreSQL database: migrations, opening it, its index check, and search that
gives the same hits in the same order as SQLite for every text the search tests use."""

from __future__ import annotations

import ast
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from sqlalchemy import inspect

from pg_cluster import Cluster
from referral_desk.domain.vocab import Kind
from referral_desk.services.desk import Desk
from referral_desk.services.directory import SearchFilters
from referral_desk.services.errors import DatabaseError, NewerDatabaseError
from referral_desk.store import db, server

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "directory.json"
SEARCH_TESTS = sorted((ROOT / "tests" / "services").glob("test_search*.py"))
MONDAY_MORNING_VIENNA = datetime(2026, 11, 30, 9, 30, tzinfo=ZoneInfo("Europe/Vienna"))
SUNDAY_NIGHT_SOFIA = datetime(2026, 11, 29, 23, 30, tzinfo=ZoneInfo("Europe/Sofia"))


def _search_test_texts() -> list[str]:
    """Every short text in the search tests (queries, names, filters): each is a query here."""
    texts = {
        node.value
        for path in SEARCH_TESTS
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) < 80
    }
    extra = {"", " ", "a", "b", "z", "ch", "sofia", "wien", "polic", "shelter vienna", "+359"}
    return sorted(texts | extra)


QUERIES = _search_test_texts()
FILTERS = [
    SearchFilters(),
    SearchFilters(country="BG"),
    SearchFilters(country="AT", kind=Kind.SERVICE),
    SearchFilters(open_now=True),
    SearchFilters(around_the_clock=True, language="en"),
    SearchFilters(population="children", verified_within_months=12),
    SearchFilters(category="shelter"),
]


@pytest.fixture(scope="module")
def both(
    pg_cluster: Cluster, pg_sample_template: str, sample_db_template: Path
) -> tuple[Desk, Desk]:
    """The sample on SQLite and on PostgreSQL, only read here, so shared by the module."""
    url = pg_cluster.create_database("parity", pg_sample_template)
    lite, central = Desk.open(sample_db_template), Desk.open(url)
    yield lite, central  # type: ignore[misc]
    lite.close()
    central.close()
    pg_cluster.drop_database("parity")


def _top(desk: Desk, query: str, filters: SearchFilters, now: datetime) -> list[tuple[int, str]]:
    return [(hit.tier, hit.id) for hit in desk.directory.search(query, filters, now)[:10]]


def test_the_parity_test_reads_the_search_tests() -> None:
    assert len(QUERIES) > 60
    assert "Drehscjeibe" in QUERIES and "ДАЗД" in QUERIES


def test_every_search_test_text_gives_the_same_top_hits_on_both(both: tuple[Desk, Desk]) -> None:
    lite, central = both
    differing = {}
    for query in QUERIES:
        for filters in FILTERS if len(query) < 12 else FILTERS[:2]:
            for now in (
                (MONDAY_MORNING_VIENNA, SUNDAY_NIGHT_SOFIA)
                if filters.open_now
                else (MONDAY_MORNING_VIENNA,)
            ):
                expected = _top(lite, query, filters, now)
                found = _top(central, query, filters, now)
                if found != expected:
                    differing[(query, filters, now)] = (expected, found)
    assert not differing, f"{len(differing)} searches differ, e.g. {next(iter(differing.items()))}"


def test_search_finds_something_for_the_queries_compared(both: tuple[Desk, Desk]) -> None:
    _, central = both
    found = sum(bool(central.directory.search(q, now=MONDAY_MORNING_VIENNA)) for q in QUERIES)
    assert found > len(QUERIES) // 2  # the comparison above is not of empty lists


def test_the_same_countries_and_the_same_records(both: tuple[Desk, Desk]) -> None:
    lite, central = both
    assert central.directory.countries() == lite.directory.countries()
    assert {"AT", "BG"} <= set(central.directory.countries())
    hit = central.directory.search("Drehscheibe")[0]
    assert central.directory.show(hit.id, MONDAY_MORNING_VIENNA) == lite.directory.show(
        hit.id, MONDAY_MORNING_VIENNA
    )


# ----------------------------------------------------------------------------- migrations


def test_migrations_run_up_down_and_up_again_on_postgresql(pg_url: str) -> None:
    before, after = server.migrate_server(pg_url)
    assert (before, after) == (None, db.HEAD_REVISION)
    engine = server.make_server_engine(pg_url)
    try:
        with engine.begin() as connection:
            tables = set(inspect(connection).get_table_names())
            assert {"organization", "referral", "directory_update", "search_token"} <= tables
            config = db._alembic_config(connection)
            command.downgrade(config, "base")
            assert set(inspect(connection).get_table_names()) == {"alembic_version"}
            command.upgrade(config, "0006")
        assert server.current_server_revision(engine) == "0006"
    finally:
        engine.dispose()
    with pytest.raises(DatabaseError, match=r"older Referral Desk.*db migrate"):
        Desk.open(pg_url)
    assert server.migrate_server(pg_url) == ("0006", db.HEAD_REVISION)
    with Desk.open(pg_url) as desk:
        info = desk.directory.replace_from_file(SAMPLE)
        assert info.counts["organizations"] >= 40
        assert desk.directory.check() == []
        assert desk.central and "PASSWORD" not in desk.location.upper()


def test_an_empty_database_says_to_run_db_migrate(pg_url: str) -> None:
    with pytest.raises(DatabaseError, match=r"no Referral Desk tables yet.*db migrate"):
        Desk.open(pg_url)


def test_a_newer_schema_is_refused_and_left_alone(pg_url: str) -> None:
    server.migrate_server(pg_url)
    engine = server.make_server_engine(pg_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    engine.dispose()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        Desk.open(pg_url)
    with pytest.raises(NewerDatabaseError):
        server.migrate_server(pg_url)


def test_db_check_on_postgresql_finds_a_damaged_index(pg_cluster: Cluster, pg_url: str) -> None:
    server.migrate_server(pg_url)
    with Desk.open(pg_url) as desk:
        desk.directory.replace_from_file(SAMPLE)
    with pg_cluster.connect(pg_url.rsplit("/", 1)[1]) as connection:
        connection.execute("DELETE FROM search_name WHERE doc = 1")
        connection.execute(
            "DELETE FROM search_phone WHERE rowid = (SELECT min(rowid) FROM search_phone)"
        )
    with Desk.open(pg_url) as desk:
        problems = desk.directory.check()
    assert any("search_name" in p for p in problems)
    assert any("search_phone" in p for p in problems)


def test_a_server_that_cannot_be_reached_is_one_sentence_without_the_password(
    pg_cluster: Cluster,
) -> None:
    url = pg_cluster.url("postgres").replace(f":{pg_cluster.port}/", ":1/")
    with pytest.raises(DatabaseError, match="Cannot reach the database") as caught:
        Desk.open(url)
    assert "test-only-password" not in str(caught.value)


def test_file_only_commands_say_so_for_a_central_database(pg_cluster: Cluster) -> None:
    from referral_desk.services.desk import database_path

    with pytest.raises(DatabaseError, match="central PostgreSQL database, not a file"):
        database_path(pg_cluster.url())
    with pytest.raises(DatabaseError, match="postgresql\\+psycopg://user@host/database"):
        database_path("mysql://someone@somewhere/db")


def test_every_record_reads_the_same_on_both(both: tuple[Desk, Desk]) -> None:
    lite, central = both
    ids = [hit.id for hit in lite.directory.search("", limit=10_000)]
    assert len(ids) > 100
    differing = [
        i
        for i in ids
        if central.directory.show(i, MONDAY_MORNING_VIENNA)
        != lite.directory.show(i, MONDAY_MORNING_VIENNA)
    ]
    assert not differing, f"{len(differing)} records read differently, e.g. {differing[0]}"


def test_an_editor_role_with_the_documented_grants_loads_and_searches(
    pg_cluster: Cluster, pg_url: str
) -> None:
    server.migrate_server(pg_url)
    database = pg_url.rsplit("/", 1)[1]
    grants = (ROOT / "docs" / "central-database.md").read_text(encoding="utf-8")
    assert (
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO editors" in grants
    )
    with pg_cluster.connect(database) as admin:
        admin.execute("DROP ROLE IF EXISTS anna")
        admin.execute("DROP ROLE IF EXISTS editors")
        admin.execute("CREATE ROLE editors NOLOGIN")
        admin.execute("CREATE ROLE anna LOGIN PASSWORD 'anna-test' IN ROLE editors")
        admin.execute("GRANT USAGE ON SCHEMA public TO editors")
        admin.execute(
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO editors"
        )
        admin.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO editors")
    anna = f"postgresql+psycopg://anna:anna-test@127.0.0.1:{pg_cluster.port}/{database}"
    try:
        with Desk.open(anna) as desk:
            desk.directory.replace_from_file(SAMPLE)
            assert desk.directory.search("Drehscjeibe")
            assert desk.directory.check() == []
    finally:
        with pg_cluster.connect(database) as admin:
            admin.execute("DROP OWNED BY anna")
            admin.execute("DROP OWNED BY editors")
            admin.execute("DROP ROLE anna")
            admin.execute("DROP ROLE editors")
