"""Shared fixtures. Qt runs offscreen; every test gets its own database in a temp folder.

Tests of modules listed in ``BOTH_BACKENDS`` run twice: on an SQLite file and on a
database of a throw-away PostgreSQL cluster that the run starts (``pg_cluster``).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from db_access import FULL_URLS
from pg_cluster import Cluster, start_cluster
from referral_desk.services.desk import Desk
from referral_desk.services.directory import Directory

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "directory.json"

# Test modules whose ``sample_desk`` tests run on SQLite and on PostgreSQL.
BOTH_BACKENDS = {
    "test_search",
    "test_search_ranking",
    "test_pathway",
    "test_scenarios",
    "test_guidance_scenarios",
    "test_index_reads",
    "test_detail_reads",
    "test_phone_placeholder",
    "test_central_database",
    "test_referral_log",
    "test_sample_updates",
    "test_verification",
    "test_corrections_and_notes",
    "test_retired_records",
    "test_editing",
    "test_editing_file",
    "test_queue_order",
    "test_record_editor",
    "test_row_order",
    "test_bulk_load",
}
# Modules whose tests only read the sample: on PostgreSQL they share one copy each
# (a copy per test takes a second or more); a test that changes it fails.
READ_ONLY_MODULES = {"test_search", "test_search_ranking"}
_database_numbers = itertools.count(1)
_shared_copies: dict[str, str] = {}


def _fingerprint(cluster: Cluster, database: str) -> tuple[object, ...]:
    """What changes with any write through the desk: the index build, the log, the updates."""
    with cluster.connect(database) as connection:
        row = connection.execute(
            "SELECT (SELECT string_agg(id, ',') FROM search_build), "
            "(SELECT count(*) FROM referral), (SELECT count(*) FROM directory_update)"
        ).fetchone()
    assert row is not None
    return tuple(row)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    chosen = any(
        "database_backend" in str(marker.args[0])
        for marker in metafunc.definition.iter_markers("parametrize")
    )  # a test that reads the SQLite file itself says so with its own parametrize
    if "database_backend" in metafunc.fixturenames and module in BOTH_BACKENDS and not chosen:
        metafunc.parametrize("database_backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A PostgreSQL cluster in a temp folder on a free port, for the whole run."""
    cluster = start_cluster()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> Iterator[str]:
    """The URL of a new, empty database of the test cluster (dropped afterwards)."""
    name = f"empty_{next(_database_numbers)}"
    yield pg_cluster.create_database(name)
    pg_cluster.drop_database(name)


@pytest.fixture(scope="session")
def pg_sample_template(pg_cluster: Cluster) -> str:
    """A database with the sample directory, made once with db migrate and db load."""
    from referral_desk.store.server import migrate_server

    url = pg_cluster.create_database("sample_template")
    migrate_server(url)
    with Desk.open(url) as desk:
        desk.directory.replace_from_file(SAMPLE)
    return "sample_template"


@pytest.fixture
def database_backend(request: pytest.FixtureRequest) -> str:
    """``sqlite``, or ``postgresql`` for the modules in ``BOTH_BACKENDS`` (their second run)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def sample_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample directory seeded once per test run; tests get copies."""
    path = tmp_path_factory.mktemp("template") / "sample.sqlite3"
    Desk.open(path, SAMPLE).close()
    return path


@pytest.fixture
def sample_desk(
    request: pytest.FixtureRequest, database_backend: str, tmp_path: Path
) -> Iterator[Desk]:
    """A desk over a fresh copy of the sample directory (SQLite, or PostgreSQL)."""
    if database_backend == "postgresql":
        cluster: Cluster = request.getfixturevalue("pg_cluster")
        template = request.getfixturevalue("pg_sample_template")
        module = request.module.__name__.rsplit(".", 1)[-1]
        if module in READ_ONLY_MODULES:  # one copy for the module, checked to stay as it was
            name = _shared_copies.get(module) or f"shared_{next(_database_numbers)}"
            if module not in _shared_copies:
                cluster.create_database(name, template)
                _shared_copies[module] = name
            before = _fingerprint(cluster, name)
            desk = Desk.open(cluster.url(name))
            FULL_URLS[desk.location] = cluster.url(name)
            yield desk
            desk.close()
            assert _fingerprint(cluster, name) == before, f"a test of {module} changed its data"
            return
        name = f"sample_{next(_database_numbers)}"
        desk = Desk.open(cluster.create_database(name, template))
        FULL_URLS[desk.location] = cluster.url(name)
        yield desk
        desk.close()
        cluster.drop_database(name)
        return
    sample_db_template: Path = request.getfixturevalue("sample_db_template")
    target = tmp_path / "sample.sqlite3"
    target.write_bytes(sample_db_template.read_bytes())
    desk = Desk.open(target)
    yield desk
    desk.close()


@pytest.fixture
def sample_directory(sample_desk: Desk) -> Directory:
    """The directory service of ``sample_desk``."""
    return sample_desk.directory


@pytest.fixture(scope="session")
def synthetic_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small synthetic directory (Bulgarian, German and English names), built once."""
    sys.path.insert(0, str(ROOT / "tests" / "bench"))
    from synthetic import build_synthetic_db

    path = tmp_path_factory.mktemp("synthetic") / "synthetic.sqlite3"
    build_synthetic_db(path, 80, seed=3)
    return path


@pytest.fixture(scope="session")
def pg_synthetic_template(pg_cluster: Cluster) -> str:
    """The small synthetic directory on PostgreSQL, built once."""
    sys.path.insert(0, str(ROOT / "tests" / "bench"))
    from synthetic import fill_directory

    from referral_desk.store.server import make_server_engine, migrate_server

    url = pg_cluster.create_database("synthetic_template")
    migrate_server(url)
    engine = make_server_engine(url)
    fill_directory(engine, 80, seed=3)
    engine.dispose()
    return "synthetic_template"


@pytest.fixture
def synthetic_desk(
    request: pytest.FixtureRequest, database_backend: str, tmp_path: Path
) -> Iterator[Desk]:
    """A desk over a fresh copy of the small synthetic directory (SQLite, or PostgreSQL)."""
    if database_backend == "postgresql":
        cluster: Cluster = request.getfixturevalue("pg_cluster")
        template = request.getfixturevalue("pg_synthetic_template")
        name = f"synthetic_{next(_database_numbers)}"
        desk = Desk.open(cluster.create_database(name, template))
        yield desk
        desk.close()
        cluster.drop_database(name)
        return
    synthetic_db_template: Path = request.getfixturevalue("synthetic_db_template")
    target = tmp_path / "synthetic.sqlite3"
    target.write_bytes(synthetic_db_template.read_bytes())
    desk = Desk.open(target)
    yield desk
    desk.close()


@pytest.fixture
def synthetic_directory(synthetic_desk: Desk) -> Directory:
    """The directory service of ``synthetic_desk``."""
    return synthetic_desk.directory


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the real user's settings or database in a test."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))  # the error log


@pytest.fixture(autouse=True)
def _first_run_never_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that reaches the first-run setup unanswered fails at once instead of waiting."""
    from referral_desk.ui.first_run import FirstRunDialog

    def waiting(_dialog: object) -> int:
        raise AssertionError("the first-run setup would wait for a person: replace its ask()")

    monkeypatch.setattr(FirstRunDialog, "exec", waiting)


@pytest.fixture(autouse=True)
def _no_real_keyring() -> Iterator[None]:
    """Never read or write the real user's keyring: tests that need one set their own."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)
