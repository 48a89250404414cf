"""A throw-away PostgreSQL cluster for the test run: initdb and pg_ctl on a free local port.

Debian's ``postgresql`` package provides the programs (``dev.py`` and ``.ci/run``
install it). ``initdb`` refuses to run as root, so as root the cluster belongs to
the ``postgres`` user the package creates. Nothing is skipped: without the
programs the fixture fails and says what to install.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg

SUPERUSER = "desk_admin"
PASSWORD = "test-only-password"  # a throw-away cluster on 127.0.0.1, gone after the run


def _bin_dir() -> Path:
    """The newest installed server's programs (Debian keeps them off the PATH)."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if candidates:
        return candidates[-1].parent
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    raise RuntimeError(
        "The tests need a PostgreSQL server: install Debian's postgresql package "
        "(python3 dev.py test does so as root)."
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    """A running cluster: where it is and how to reach it."""

    folder: Path
    port: int
    bin_dir: Path
    run_as: str | None

    def url(self, database: str = "postgres", *, password: bool = True) -> str:
        secret = f":{PASSWORD}" if password else ""
        return f"postgresql+psycopg://{SUPERUSER}{secret}@127.0.0.1:{self.port}/{database}"

    def connect(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=SUPERUSER,
            password=PASSWORD,
            dbname=database,
            autocommit=True,
        )

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new database (a copy of ``template`` if given); returns its URL."""
        with self.connect() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            # FILE_COPY: twice as fast as the default for a database this small
            suffix = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
            admin.execute(f'CREATE DATABASE "{name}"{suffix}')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with self.connect() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        self._run("pg_ctl", "stop", "-D", str(self.folder / "data"), "-m", "immediate", "-w")
        shutil.rmtree(self.folder, ignore_errors=True)

    def stop_if_running(self) -> None:
        if (self.folder / "data" / "postmaster.pid").exists():
            with contextlib.suppress(RuntimeError):
                self.stop()

    def _run(self, program: str, *args: str) -> None:
        _run(self.bin_dir / program, args, self.run_as, self.folder)


def _run(program: Path, args: tuple[str, ...], run_as: str | None, folder: Path) -> None:
    result = subprocess.run(
        [str(program), *args],
        user=run_as,
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    if result.returncode != 0:
        log = folder / "server.log"
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        raise RuntimeError(f"{program.name} failed:\n{result.stdout}{result.stderr}{tail}")


def start_cluster() -> Cluster:
    """initdb a cluster in a temporary folder and start it on a free port of 127.0.0.1."""
    bin_dir = _bin_dir()
    folder = Path(tempfile.mkdtemp(prefix="referral-desk-pg-"))
    run_as = None
    if os.geteuid() == 0:  # initdb refuses root: the cluster belongs to the package's user
        run_as = "postgres"
        owner = pwd.getpwnam(run_as)
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    password_file = folder / "password"
    password_file.write_text(PASSWORD)
    if run_as:
        os.chown(password_file, pwd.getpwnam(run_as).pw_uid, -1)
    _run(
        bin_dir / "initdb",
        (
            "-D",
            str(folder / "data"),
            "-U",
            SUPERUSER,
            f"--pwfile={password_file}",
            "--auth=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ),
        run_as,
        folder,
    )
    for attempt in range(5):
        port = _free_port()
        options = (
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
        )
        try:
            _run(
                bin_dir / "pg_ctl",
                (
                    "start",
                    "-D",
                    str(folder / "data"),
                    "-o",
                    options,
                    "-l",
                    str(folder / "server.log"),
                    "-w",
                    "-t",
                    "60",
                ),
                run_as,
                folder,
            )
        except RuntimeError:
            if attempt == 4:
                shutil.rmtree(folder, ignore_errors=True)
                raise
            time.sleep(0.2)  # another program took the port in between: try another
            continue
        cluster = Cluster(folder, port, bin_dir, run_as)
        atexit.register(cluster.stop_if_running)  # also when the run ends in an odd way
        return cluster
    raise AssertionError("unreachable")
