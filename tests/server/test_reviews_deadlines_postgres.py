"""A deferred deadline task runs on time in a real task worker (issue 11, item 7).

At routing, ``reviews.tasks.schedule_deadlines`` enqueues a check per reminder day and at the
due date with ``run_after`` (the database backend can defer). Here a routing is moved back so
its first reminder day is seconds away; a real ``db_worker`` on PostgreSQL then runs the
check when it falls due (not before), the reviewers get their reminder e-mail (Django's file
e-mail backend), and a second check of the same routing changes nothing.

PostgreSQL only (the suite under ``scripts/with-postgres.sh``), like
tests/server/test_task_workers_postgres.py, whose helpers it uses.
"""

from __future__ import annotations

import email
import json
import os
import subprocess
import time
from pathlib import Path

import pytest

from tests.server.live_server import _postgres_database
from tests.server.test_task_workers_postgres import MANAGE, ROOT, _env, _manage

pytestmark = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")),
    reason="needs PostgreSQL (run the suite under scripts/with-postgres.sh)",
)

DELAY_SECONDS = 4
DEADLINE_SECONDS = 120

ROUTE = f"""
from datetime import timedelta
from accounts.emails import mark_verified
from accounts.roles import CERTIFICATION_MANAGERS_GROUP
from catalogue.models import UserGroup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from reviews import domain, tasks
from reviews.models import Assignment, Routing
from tests.server.factories_applications import complete_data
from applications import domain as app_domain

User = get_user_model()
manager = User.objects.create_user("psc", "psc@example.org", "x", is_staff=True)
manager.groups.add(Group.objects.get(name=CERTIFICATION_MANAGERS_GROUP))
owner = User.objects.create_user("owner", "owner@example.org", "x")
group = UserGroup.objects.create(name="QGIS Romania", country="RO")
for name in ("ana", "bogdan"):
    member = User.objects.create_user(name, name + "@example.org", "x")
    group.members.add(member)
for user in User.objects.all():
    mark_verified(user)
application = app_domain.create_application(user=owner, data=complete_data())
app_domain.submit(application_id=application.pk, user=owner)
domain.screen(application_id=application.pk, user=manager, action="accept")
routing = Routing.objects.get(application=application, current=True)
# The first reminder day ({DELAY_SECONDS} s from now): as if routed 14 days ago.
moment = timezone.now() + timedelta(seconds={DELAY_SECONDS}) - timedelta(days=14)
Assignment.objects.filter(routing=routing).update(created_at=moment)
Routing.objects.filter(pk=routing.pk).update(
    routed_at=moment, due_at=moment + timedelta(days=30)
)
tasks.schedule_deadlines.enqueue(routing_id=routing.pk)
print(routing.pk)
"""

RESULTS = """
import email
import json
from django_tasks_db.models import DBTaskResult
rows = [
    {
        "task": r.task_path.rsplit(".", 1)[-1],
        "status": r.status,
        "run_after": r.run_after.timestamp(),
        "started_at": r.started_at.timestamp() if r.started_at else None,
        "value": r.return_value,
        "kwargs": r.args_kwargs.get("kwargs"),
    }
    for r in DBTaskResult.objects.order_by("enqueued_at")
]
print(json.dumps(rows))
"""


def _rows(env: dict[str, str]) -> list[dict]:
    return json.loads(_manage(env, "shell", "-c", RESULTS).strip().splitlines()[-1])


def _reminders(mail_dir: Path) -> list[str]:
    """The addressees of the reminder e-mails the file backend wrote (one per message)."""
    written = b"".join(m.read_bytes() for m in sorted(mail_dir.iterdir()))
    messages = [email.message_from_bytes(chunk.strip()) for chunk in written.split(b"-" * 79)]
    return [str(m["To"]) for m in messages if m["Subject"] and "Reminder:" in str(m["Subject"])]


def test_a_deferred_reminder_check_runs_when_due_in_a_real_worker(tmp_path: Path) -> None:
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    with _postgres_database(os.environ["DATABASE_URL"]) as database_url:
        env = _env(database_url, mail_dir, tmp_path)
        env["PYTHONPATH"] = str(ROOT)  # the shell script imports the tests' factories
        _manage(env, "migrate", "--noinput", "-v", "0")
        worker = subprocess.Popen(
            [*MANAGE, "db_worker", "--no-reload", "--interval", "0.2", "--no-startup-delay"],
            env=env,
            cwd=ROOT / "server",
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            routing_id = int(_manage(env, "shell", "-c", ROUTE).strip().splitlines()[-1])
            started = time.time()
            deadline = time.monotonic() + DEADLINE_SECONDS
            while True:
                checks = [r for r in _rows(env) if r["task"] == "check_deadlines"]
                done = [r for r in checks if r["status"] == "SUCCESSFUL"]
                if done:
                    break
                assert worker.poll() is None, worker.stderr.read() if worker.stderr else ""
                assert time.monotonic() < deadline, f"no deadline check ran: {checks}"
                time.sleep(0.5)
            # The reminder e-mails are tasks the check enqueued: wait for them too.
            while len(_reminders(mail_dir)) < 2:
                assert time.monotonic() < deadline, "the reminders were not sent"
                time.sleep(0.5)
            # Once more, now: the state is re-read, nothing is sent twice.
            _manage(
                env,
                "shell",
                "-c",
                "from reviews import tasks; "
                f"tasks.check_deadlines.enqueue(routing_id={routing_id})",
            )
            while True:
                rows = [r for r in _rows(env) if r["task"] == "check_deadlines"]
                again = [r for r in rows if r["status"] == "SUCCESSFUL"]
                if len(again) >= 2:
                    break
                assert time.monotonic() < deadline, f"the second check did not run: {rows}"
                time.sleep(0.5)
            time.sleep(1)
        finally:
            worker.terminate()
            try:
                worker.wait(timeout=20)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()

    # The routing's own schedule (enqueued at screening, possibly run after the script moved
    # the routing) may defer a second check at the same moment: each re-reads the state.
    first, *others = sorted(again, key=lambda r: r["started_at"])
    # The deferred one: not run before its time (seconds after the routing script).
    assert first["run_after"] > started - DELAY_SECONDS
    assert first["started_at"] >= first["run_after"]
    assert first["value"] == {"reminded_first": 2, "reminded_second": 0, "escalated": 0}
    assert others and all(
        r["value"] == {"reminded_first": 0, "reminded_second": 0, "escalated": 0} for r in others
    )
    # The other deadlines (day 25 and the due date) wait in the queue for their time.
    waiting = [r for r in rows if r["status"] == "READY"]
    assert len(waiting) >= 2 and all(r["run_after"] > time.time() + 86400 for r in waiting)
    reminders = _reminders(mail_dir)
    assert len(reminders) == 2
    assert sorted(reminders) == ["ana@example.org", "bogdan@example.org"]
