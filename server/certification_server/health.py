"""``/healthz`` for load balancers: is the database reachable, is the task backend reachable.

``{"status": "ok", "checks": {"database": "ok", "tasks": "ok"}}`` with 200, or ``"error"`` in
the failing check and the status, with 503. No authentication, no throttling, nothing secret:
the reason of a failure goes to the server log, never into the answer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.db import DEFAULT_DB_ALIAS, connections
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger("certification.health")

HEALTH_PATHS = frozenset({"/healthz", "/healthz/"})


def check_database() -> None:
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_tasks() -> None:
    """The default task backend loads; the database backend's result table answers a query."""
    backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
    if isinstance(backend, DatabaseBackend):
        DBTaskResult.objects.order_by().values("pk")[:1].exists()


CHECKS: dict[str, Callable[[], None]] = {"database": check_database, "tasks": check_tasks}


def run_checks() -> dict[str, str]:
    results: dict[str, str] = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:  # any failure means "not healthy"; the reason goes to the log
            logger.exception("Health check %r failed", name)
            results[name] = "error"
        else:
            results[name] = "ok"
    return results


def health_response(request: HttpRequest) -> HttpResponse:
    checks = run_checks()
    healthy = all(result == "ok" for result in checks.values())
    response = JsonResponse(
        {"status": "ok" if healthy else "error", "checks": checks},
        status=200 if healthy else 503,
    )
    response["Cache-Control"] = "no-store"
    return response


@never_cache
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """The URL map's entry (``HealthCheckMiddleware`` normally answers first)."""
    return health_response(request)
