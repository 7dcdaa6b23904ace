"""Two ``db_worker`` processes on one PostgreSQL database run every task exactly once.

Production runs several task workers beside gunicorn (README, "Deploy with PostgreSQL"). The
database backend claims a task with ``SELECT ... FOR UPDATE SKIP LOCKED``: this test checks
that claim with real processes, a real database and a real task with a side effect (the
applications' e-mails, written one file per message by Django's file e-mail backend), so a
task run twice shows up as an extra message and a task never run as a missing one.

PostgreSQL only (the suite under ``scripts/with-postgres.sh``): SQLite has one writer and no
``SKIP LOCKED``, and the embedded default runs a single worker.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.server.live_server import _postgres_database

ROOT = Path(__file__).resolve().parents[2]
MANAGE = [sys.executable, str(ROOT / "server" / "manage.py")]
TASKS = 60
WORKERS = 2
DEADLINE_SECONDS = 120

pytestmark = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")),
    reason="needs PostgreSQL (run the suite under scripts/with-postgres.sh)",
)

ENQUEUE = f"""
from django.contrib.auth import get_user_model
from accounts.emails import mark_verified
from applications import domain, tasks

owner = get_user_model().objects.create_user("worker-owner", "owner@example.org", "x")
mark_verified(owner)
application = domain.create_application(
    user=owner, data={{"details": {{"name": "Two Workers Training"}}}}
)
for sequence in range({TASKS}):
    tasks.notify_state_changed.enqueue(application_id=application.pk, event_sequence=sequence)
print(application.pk)
"""

RESULTS = """
import json
from django_tasks_db.models import DBTaskResult
rows = [
    {"status": r.status, "workers": r.worker_ids, "value": r.return_value}
    for r in DBTaskResult.objects.all()
]
print(json.dumps(rows))
"""


def _env(database_url: str, mail_dir: Path, data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST"))}
    env.update(
        DATABASE_URL=database_url,
        DATA_DIR=str(data_dir),
        SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_SETTINGS_MODULE="certification_server.settings",
        EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        EMAIL_FILE_PATH=str(mail_dir),
        TASKS_BACKEND="django_tasks_db.DatabaseBackend",
    )
    return env


def _manage(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [*MANAGE, *args], env=env, cwd=ROOT / "server", capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def _results(env: dict[str, str]) -> list[dict]:
    import json

    return json.loads(_manage(env, "shell", "-c", RESULTS).strip().splitlines()[-1])


def test_two_workers_run_each_task_exactly_once(tmp_path: Path) -> None:
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    with _postgres_database(os.environ["DATABASE_URL"]) as database_url:
        env = _env(database_url, mail_dir, tmp_path)
        _manage(env, "migrate", "--noinput", "-v", "0")
        workers = [
            subprocess.Popen(
                [
                    *MANAGE,
                    "db_worker",
                    "--no-reload",
                    "--interval",
                    "0.05",
                    "--no-startup-delay",
                    "--worker-id",
                    f"worker-{n}",
                ],
                env=env,
                cwd=ROOT / "server",
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in range(WORKERS)
        ]
        try:
            _manage(env, "shell", "-c", ENQUEUE)
            deadline = time.monotonic() + DEADLINE_SECONDS
            while True:
                rows = _results(env)
                if rows and all(r["status"] in ("SUCCESSFUL", "FAILED") for r in rows):
                    break
                assert time.monotonic() < deadline, f"tasks still open: {rows}"
                time.sleep(0.5)
        finally:
            for worker in workers:
                worker.terminate()
            for worker in workers:
                try:
                    worker.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    worker.kill()
                    worker.wait()

    assert len(rows) == TASKS
    assert {r["status"] for r in rows} == {"SUCCESSFUL"}
    # Each task was claimed by one worker, once, and sent its one message.
    assert all(len(r["workers"]) == 1 for r in rows), rows
    assert [r["value"] for r in rows] == [1] * TASKS
    # The file backend appends to a file per connection (names may repeat within a second).
    written = b"".join(m.read_bytes() for m in sorted(mail_dir.iterdir()))
    assert written.count(b"\nTo: owner@example.org\n") == TASKS
    # Both workers took part: the claims really raced.
    assert {r["workers"][0] for r in rows} == {f"worker-{n}" for n in range(WORKERS)}
