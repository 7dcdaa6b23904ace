"""Small middlewares of the hardened service: Permissions-Policy, the security log, /healthz."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from .health import HEALTH_PATHS, health_response
from .security_log import FAILED_SIGNIN_ATTR, log_event

GetResponse = Callable[[HttpRequest], HttpResponse]


class PermissionsPolicyMiddleware:
    """Adds ``Permissions-Policy`` (``settings.PERMISSIONS_POLICY``) to every response: no
    page here uses the camera, microphone, location and the like, so browsers refuse them."""

    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response
        self.policy = str(settings.PERMISSIONS_POLICY)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.policy)
        return response


#: Statuses written to the security log, and the event name each one gets.
LOGGED_STATUSES = {401: "unauthorized", 403: "forbidden", 429: "locked_out"}


class SecurityEventMiddleware:
    """One security-log line per failed sign-in, 401, 403 or 429, with the final status."""

    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        status = response.status_code
        username = getattr(request, FAILED_SIGNIN_ATTR, None)
        if status == 429 or (username is None and status in LOGGED_STATUSES):
            log_event(LOGGED_STATUSES[status], request=request, status=status, username=username)
        elif username is not None:
            log_event(
                "login_failed",
                request=request,
                status=status,
                username=username,
                level=logging.INFO,
            )
        return response


class HealthCheckMiddleware:
    """Answers ``GET /healthz`` before host validation, the HTTPS redirect and sessions: load
    balancers probe by address, over plain HTTP, and the answer depends on neither."""

    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info in HEALTH_PATHS and request.method in ("GET", "HEAD"):
            return health_response(request)
        return self.get_response(request)
