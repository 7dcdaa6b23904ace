"""What the concurrency tests share: a script run in the service on a fresh database, the
skip of the in-process thread tests off PostgreSQL, and threads started together and joined.

The subprocess tests run the service's own settings on a fresh database (a real SQLite WAL
file with IMMEDIATE transactions, or PostgreSQL under scripts/with-postgres.sh); the
in-process tests run under scripts/with-postgres.sh only (pytest-django's SQLite test database
is in memory, shared by threads).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest
from django.db import connection

from tests.server.live_server import _database, _environment, _manage


def run_in_service(data_dir: Path, script: str) -> dict[str, Any]:
    """The JSON the script prints last, run by ``manage.py shell`` on a freshly migrated
    database of the service; the script reports ``vendor``, checked to be that database's."""
    with _database(data_dir) as (url, vendor):
        env = _environment(data_dir, url)
        _manage(env, "migrate", "--noinput")
        result = json.loads(_manage(env, "shell", "-c", script).strip().splitlines()[-1])
    assert result["vendor"] == vendor
    return result


def need_server_database() -> None:
    """Skip an in-process thread test unless the test database is PostgreSQL."""
    if connection.vendor != "postgresql":
        pytest.skip("in-process threads need a server database (scripts/with-postgres.sh)")


def run_threads(work: Callable[..., None], arguments: Iterable[Sequence[Any]]) -> None:
    """One thread of ``work(*args)`` per item of ``arguments``, all started, then all joined."""
    threads = [threading.Thread(target=work, args=tuple(args)) for args in arguments]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
