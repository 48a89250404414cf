"""A central PostgreSQL database: the engine, its schema version, migrating it on request.

The posts keep one SQLite file each (``db.py``); a coordinator's team shares one
PostgreSQL database, named by a ``postgresql+psycopg://`` URL. It is never migrated
behind the editors' backs: opening an older one says to run ``db migrate``, which
one person does once. Backups are the server's business (``pg_dump``), not ours.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from referral_desk.store.failures import DatabaseError, LoginRefusedError, NewerDatabaseError

__all__ = [
    "ServerStatus",
    "is_server_url",
    "make_server_engine",
    "migrate_server",
    "open_server",
    "public_url",
    "server_status",
]

SCHEMES = ("postgresql", "postgresql+psycopg")


def is_server_url(target: object) -> bool:
    """True for a PostgreSQL URL (``postgresql+psycopg://user@host/database``)."""
    return isinstance(target, str) and target.split("://", 1)[0] in SCHEMES and "://" in target


def parse_url(target: str) -> URL:
    """The URL with psycopg as its driver; a clear error for one that cannot be read."""
    try:
        url = make_url(target)
    except ArgumentError as error:
        raise DatabaseError(f"{public_text(target)} is not a database URL ({error}).") from None
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    if not url.database:
        raise DatabaseError(
            f"{public_url(url)} names no database: add it at the end, e.g. "
            "postgresql+psycopg://editor@host/referral_desk."
        )
    return url


def public_url(url: URL | str) -> str:
    """The URL as it may be shown or logged: never with its password."""
    if isinstance(url, str):
        try:
            return make_url(url).render_as_string(hide_password=True)
        except ArgumentError:
            return public_text(url)
    return url.render_as_string(hide_password=True)


def url_to_type(target: str) -> str:
    """A database as the user names it again in a command: a URL without its password
    (which the keyring or the prompt gives), a file path as it is."""
    if "://" not in target:
        return target
    try:
        url = make_url(target)
    except ArgumentError:
        return public_text(target)
    # URL.set() leaves a value of None out, so the URL is made again without the password
    bare = URL.create(
        url.drivername,
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )
    return bare.render_as_string(hide_password=False)


def public_text(target: str) -> str:
    """A URL that cannot even be parsed, with anything between ``:`` and ``@`` hidden."""
    scheme, _, rest = target.partition("://")
    if "@" in rest:
        login, _, where = rest.rpartition("@")
        rest = f"{login.split(':', 1)[0]}:***@{where}" if ":" in login else rest
    return f"{scheme}://{rest}" if _ else target


def make_server_engine(url: URL | str) -> Engine:
    """An engine over the central database; a dropped connection is noticed and replaced."""
    parsed = parse_url(url) if isinstance(url, str) else url
    return create_engine(
        parsed,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 10, "application_name": "referral-desk"},
    )


def _connect_error(url: URL, error: SQLAlchemyError) -> DatabaseError:
    cause = getattr(error, "orig", None) or error
    first_line = str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__
    message = f"Cannot reach the database {public_url(url)}: {first_line}."
    if _login_refused(cause):
        return LoginRefusedError(message)
    return DatabaseError(message)


def _login_refused(cause: BaseException) -> bool:
    """Whether the server refused the login itself (SQLSTATE class 28), not the connection."""
    state = getattr(cause, "sqlstate", None)
    if isinstance(state, str) and state.startswith("28"):
        return True
    return "password authentication failed" in str(cause)


def current_server_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def open_server(url: URL | str) -> Engine:
    """An engine over a central database whose schema is this version's; else a clear error."""
    from referral_desk.store.db import HEAD_REVISION, known_revisions

    parsed = parse_url(url) if isinstance(url, str) else url
    engine = make_server_engine(parsed)
    try:
        revision = current_server_revision(engine)
    except (OperationalError, SQLAlchemyError) as error:
        engine.dispose()
        raise _connect_error(parsed, error) from error
    shown = public_url(parsed)
    if revision is None:
        engine.dispose()
        raise DatabaseError(
            f"{shown} has no Referral Desk tables yet. Create them once with "
            f"referral-desk --db {shown} db migrate, then load a directory with db load FILE."
        )
    if revision != HEAD_REVISION:
        engine.dispose()
        if revision not in known_revisions():
            raise NewerDatabaseError(
                f"{shown} was made by a newer version of Referral Desk (schema {revision}). "
                "It has not been changed. Please update Referral Desk to use it."
            )
        raise DatabaseError(
            f"{shown} has the schema of an older Referral Desk ({revision}). One person "
            f"updates it for everyone with referral-desk --db {shown} db migrate."
        )
    return engine


def migrate_server(url: URL | str) -> tuple[str | None, str]:
    """Create or update the central database's tables; returns the revisions before and after."""
    from referral_desk.store.db import HEAD_REVISION, known_revisions, upgrade

    parsed = parse_url(url) if isinstance(url, str) else url
    engine = make_server_engine(parsed)
    try:
        before = current_server_revision(engine)
        if before is not None and before != HEAD_REVISION and before not in known_revisions():
            raise NewerDatabaseError(
                f"{public_url(parsed)} was made by a newer version of Referral Desk "
                f"(schema {before}); it has not been changed."
            )
        if before != HEAD_REVISION:
            upgrade(engine)
        return before, HEAD_REVISION
    except OperationalError as error:
        raise _connect_error(parsed, error) from error
    finally:
        engine.dispose()


@dataclass(frozen=True)
class ServerStatus:
    """What ``db status`` says of a central database."""

    url: str  # without the password
    server_version: str
    revision: str | None
    head: str
    has_trigram: bool


def server_status(url: URL | str) -> ServerStatus:
    from referral_desk.store.db import HEAD_REVISION

    parsed = parse_url(url) if isinstance(url, str) else url
    engine = make_server_engine(parsed)
    try:
        revision = current_server_revision(engine)
        with engine.connect() as connection:
            version = str(connection.exec_driver_sql("SHOW server_version").scalar())
            trigram = connection.exec_driver_sql(
                "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'"
            ).first()
        return ServerStatus(public_url(parsed), version, revision, HEAD_REVISION, bool(trigram))
    except OperationalError as error:
        raise _connect_error(parsed, error) from error
    finally:
        engine.dispose()
