"""/healthz for load balancers: database and task backend, JSON, 200 or 503, no auth."""

from __future__ import annotations

import pytest
from django.db import OperationalError
from django_tasks import task_backends

from certification_server import health

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_tasks(settings):
    """The production task backend (django-tasks-db) instead of the tests' immediate one
    (django-tasks re-reads TASKS when the setting changes)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_healthy(client, database_tasks):
    from django_tasks_db.backend import DatabaseBackend

    assert isinstance(task_backends["default"], DatabaseBackend)
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "tasks": "ok"}}
    assert response["Cache-Control"] == "no-store"


def test_no_auth_no_session_any_host(client, settings):
    settings.ALLOWED_HOSTS = ["certification.example.org"]
    # A load balancer probes by address: the Host is not one the site serves.
    response = client.get("/healthz", HTTP_HOST="10.0.0.7:8000", HTTP_AUTHORIZATION="Token x")
    assert response.status_code == 200 and response.json()["status"] == "ok"
    assert "Set-Cookie" not in response
    assert client.get("/", HTTP_HOST="10.0.0.7:8000").status_code == 400  # others still checked


def test_head_and_trailing_slash(client):
    assert client.head("/healthz").status_code == 200
    assert client.get("/healthz/").json()["status"] == "ok"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "options"])
def test_only_get_and_head(client, method):
    # A probe reads; anything else is refused rather than answered as if it were a GET.
    assert getattr(client, method)("/healthz").status_code == 405


def test_not_throttled(client):
    assert all(client.get("/healthz").status_code == 200 for _ in range(50))


def failing() -> None:
    raise OperationalError('connection to "db" failed: password=hunter2 host=10.1.2.3')


@pytest.mark.parametrize("check", ["database", "tasks"])
def test_unhealthy_is_503_without_the_reason(client, monkeypatch, caplog, check):
    monkeypatch.setitem(health.CHECKS, check, failing)
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error" and body["checks"][check] == "error"
    assert (
        "hunter2" not in response.content.decode() and "10.1.2.3" not in response.content.decode()
    )
    assert any("Health check" in r.getMessage() for r in caplog.records)  # the reason is logged


def test_missing_task_table_is_unhealthy(client, database_tasks, monkeypatch):
    """The tasks check really queries the result table: a table that is not there fails it."""
    from django_tasks_db.models import DBTaskResult

    monkeypatch.setattr(DBTaskResult._meta, "db_table", "no_such_task_table")
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "tasks": "error"}
