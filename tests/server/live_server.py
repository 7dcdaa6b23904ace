"""The real service in a subprocess on a free loopback port, for tests that talk HTTP to it.

The database is a temporary SQLite file seeded with the demo catalogue or, when ``$DATABASE_URL``
names a PostgreSQL server (the suite under ``scripts/with-postgres.sh``), a new database on that
server, dropped afterwards: the database ``$DATABASE_URL`` names is never touched. The server is
gunicorn with threads, as production runs it; it is stopped (its whole process group) on exit.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import requests

from tests.fixtures.reference_server import free_port

ROOT = Path(__file__).resolve().parents[2]
SERVER_DIR = ROOT / "server"
PYTHON = sys.executable


@dataclass(frozen=True)
class Server:
    base_url: str
    token: str
    """An API token of the demo certification manager (sees every row)."""
    database: str
    """``postgresql`` (under scripts/with-postgres.sh) or ``sqlite``."""


@contextmanager
def _postgres_database(url: str) -> Iterator[str]:
    """A new, empty database on the server of ``url`` (its role may create databases)."""
    import psycopg
    from psycopg import sql

    name = f"live_{secrets.token_hex(6)}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    parts = urlsplit(url)
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        _drop_database(url, name)


DROP_ATTEMPTS = 20


def _drop_database(url: str, name: str) -> None:
    """Drops the test database, waiting out sessions this role may not end.

    ``WITH (FORCE)`` ends the test's own leftover sessions, but not an autovacuum worker that
    PostgreSQL started on the busy new database (it runs as the bootstrap superuser): that
    fails with "must be a member of the role..." until the worker is done, seconds at most.
    """
    import psycopg
    from psycopg import errors, sql

    statement = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
    for attempt in range(DROP_ATTEMPTS):
        try:
            with psycopg.connect(url, autocommit=True) as admin:
                admin.execute(statement)
            return
        except (errors.InsufficientPrivilege, errors.ObjectInUse):
            if attempt == DROP_ATTEMPTS - 1:
                raise
            time.sleep(0.5)


@contextmanager
def _database(data_dir: Path) -> Iterator[tuple[str, str]]:
    """(``DATABASE_URL`` for the server, vendor name)."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        with _postgres_database(url) as own:
            yield own, "postgresql"
    else:
        yield f"sqlite:///{data_dir / 'live.sqlite3'}", "sqlite"


def _environment(data_dir: Path, database_url: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_SETTINGS_MODULE", "PYTEST"))
    }
    env.update(
        DATABASE_URL=database_url,
        DATA_DIR=str(data_dir),
        SECRET_KEY=secrets.token_urlsafe(50),
        DEBUG="0",
        PYTHONPATH=str(SERVER_DIR),
        DJANGO_SETTINGS_MODULE="certification_server.settings",
        # Generated requests send wrong tokens on purpose, hundreds of them from one address:
        # at the default limit the sign-in throttling would answer 429 to the rest of the run.
        SIGNIN_FAILURE_LIMIT="1000000",
    )
    return env


def _manage(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=SERVER_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def _wait_until_up(process: subprocess.Popen, url: str, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"The server exited:\n{log.read_text()}")
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"The server did not answer {url} in {timeout} s:\n{log.read_text()}")


@contextmanager
def live_server(data_dir: Path) -> Iterator[Server]:
    """Migrate, seed the demo catalogue, issue a token, serve; stop the server on exit."""
    with _database(data_dir) as (database_url, database):
        yield from _serve(data_dir, _environment(data_dir, database_url), database)


def _serve(data_dir: Path, env: dict[str, str], database: str) -> Iterator[Server]:
    _manage(env, "migrate", "--noinput", "-v", "0")
    _manage(env, "seed_demo", "--edge-cases")  # markup, long and odd values in the rows too
    token = _manage(env, "create_api_token", "manager", "--name", "live-server-tests").strip()
    port = free_port()
    log = data_dir / "server.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "certification_server.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--worker-class",
                "gthread",
                "--workers",
                "2",
                "--threads",
                "4",
                "--timeout",
                "60",
            ],
            cwd=SERVER_DIR,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(process, f"{base_url}/api/v1/", log)
        yield Server(base_url=base_url, token=token, database=database)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
