"""Concurrent appends keep one chain: 8 threads x 25 appends give 200 events numbered 1..200
without a gap, and the chain verifies, on SQLite (a real WAL file, transactions IMMEDIATE) and
on PostgreSQL (the chain-head row locked FOR UPDATE).

Each append runs in its own transaction that reads before it writes, as a workflow's would.
The subprocess test uses the service's own settings on a fresh database (live_server's
helpers); the in-process test runs under scripts/with-postgres.sh only (pytest-django's
SQLite test database is in memory, where threads share one cache and not the file locks).
"""

from __future__ import annotations

import json
import threading
import time

import pytest
from audit.domain import record, verify_chain
from audit.models import Event
from django.db import connection, connections, transaction

from tests.server.live_server import _database, _environment, _manage

THREADS, APPENDS = 8, 25

APPENDER = f"""
import json, threading, time
from django.db import connection, transaction
from audit.domain import record, verify_chain
from audit.models import Event

barrier = threading.Barrier({THREADS})
errors = []

def work(n):
    try:
        barrier.wait()
        for i in range({APPENDS}):
            with transaction.atomic():
                Event.objects.count()  # read first, as a workflow does
                record(actor=None, action="test.append", object_type="thread", object_id=n,
                       after={{"i": i}})
    except Exception as exc:
        errors.append(repr(exc))
    finally:
        connection.close()

started = time.perf_counter()
threads = [threading.Thread(target=work, args=(n,)) for n in range({THREADS})]
for t in threads: t.start()
for t in threads: t.join()
elapsed = time.perf_counter() - started
verdict = verify_chain()
print(json.dumps({{
    "errors": errors,
    "sequences": list(Event.objects.values_list("sequence", flat=True)),
    "per_thread": sorted(Event.objects.filter(object_type="thread")
                         .values_list("object_id", flat=True)),
    "intact": verdict.intact, "count": verdict.count, "seconds": round(elapsed, 3),
    "vendor": connection.vendor,
}}))
"""


def check(result: dict) -> None:
    total = THREADS * APPENDS
    assert result["errors"] == []
    assert result["sequences"] == list(range(1, total + 1))
    assert result["per_thread"] == sorted(str(n) for n in range(THREADS) for _ in range(APPENDS))
    assert result["intact"] and result["count"] == total


def test_concurrent_appends_in_the_service_keep_one_chain(tmp_path):
    with _database(tmp_path) as (url, vendor):
        env = _environment(tmp_path, url)
        _manage(env, "migrate", "--noinput")
        result = json.loads(_manage(env, "shell", "-c", APPENDER).strip().splitlines()[-1])
        check(result)
        assert result["vendor"] == vendor
        verified = _manage(env, "verify_audit_log").strip()
    assert verified == f"{THREADS * APPENDS} events, chain intact"
    print(f"\n{vendor}: {THREADS}x{APPENDS} appends in {result['seconds']} s")


@pytest.mark.django_db(transaction=True)
def test_concurrent_appends_on_postgresql_threads():
    if connection.vendor != "postgresql":
        pytest.skip("in-process threads need a server database (scripts/with-postgres.sh)")
    barrier = threading.Barrier(THREADS)
    errors: list[str] = []

    def work(n: int) -> None:
        try:
            barrier.wait()
            for i in range(APPENDS):
                with transaction.atomic():
                    Event.objects.count()
                    record(actor=None, action="test.append", object_type="t", object_id=n)
                    if i % 5 == 0:
                        time.sleep(0.001)  # hold the lock a little: others must queue
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(repr(exc))
        finally:
            connections.close_all()

    started = time.perf_counter()
    threads = [threading.Thread(target=work, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    assert errors == []
    total = THREADS * APPENDS
    assert list(Event.objects.values_list("sequence", flat=True)) == list(range(1, total + 1))
    verdict = verify_chain()
    assert verdict.intact and verdict.count == total
    print(f"\npostgresql in-process: {THREADS}x{APPENDS} appends in {elapsed:.3f} s")
