"""The security log: one ``key=value`` line per failed sign-in, 401, 403 and lockout.

Lines go to the ``certification.security`` logger, e.g.::

    time=2026-05-04T10:00:00Z event=login_failed status=200 method=POST
    path=/accounts/login/ remote=203.0.113.7 username="ana"

Only what an operator needs to spot an attack: never a password, a token or an
``Authorization`` header (values are taken from a fixed list of fields, never from the request
body or headers wholesale). Each record also carries the fields as ``record.security`` for a
JSON formatter.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from typing import Any

from django.conf import settings
from django.http import HttpRequest

logger = logging.getLogger("certification.security")

#: Longest username written to the log (a form field may carry anything).
MAX_USERNAME = 150
#: Request attribute where a failed sign-in leaves the attempted username for the middleware.
FAILED_SIGNIN_ATTR = "_security_failed_signin"


def client_ip(request: HttpRequest) -> str:
    """The client's address: ``REMOTE_ADDR``, or behind ``TRUSTED_PROXIES`` reverse proxies
    the address the outermost trusted proxy saw (X-Forwarded-For, counted from the right, so
    a client cannot choose its own address by sending the header)."""
    remote = str(request.META.get("REMOTE_ADDR") or "")
    proxies = int(getattr(settings, "TRUSTED_PROXIES", 0))
    if proxies <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in str(request.META.get("HTTP_X_FORWARDED_FOR", "")).split(",")
        if part.strip()
    ]
    if len(forwarded) < proxies:
        return forwarded[0] if forwarded else remote
    return forwarded[-proxies]


def _value(value: Any) -> str:
    """A log value on one line: bare when safe, else JSON-quoted (no log injection)."""
    text = str(value)
    if text and all(c.isalnum() or c in "-_.:/@[]" for c in text):
        return text
    return json.dumps(text, ensure_ascii=True)


def log_event(
    event: str,
    *,
    request: HttpRequest | None = None,
    status: int | None = None,
    username: str | None = None,
    level: int = logging.WARNING,
) -> None:
    """Writes one line for ``event`` with the request's method, path and client address."""
    fields: dict[str, Any] = {
        "time": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "event": event,
    }
    if status is not None:
        fields["status"] = status
    if request is not None:
        fields["method"] = request.method or ""
        fields["path"] = request.path[:300]
        fields["remote"] = client_ip(request)
    if username:
        fields["username"] = username[:MAX_USERNAME]
    line = " ".join(f"{key}={_value(value)}" for key, value in fields.items())
    logger.log(level, "%s", line, extra={"security": fields})


def note_failed_signin(request: Any, username: str | None) -> None:
    """Records a failed sign-in: on the request (logged with its final status by
    ``SecurityEventMiddleware``), or at once when there is no request (``authenticate()``
    called from code)."""
    django_request = getattr(request, "_request", request)  # DRF wraps Django's request
    if isinstance(django_request, HttpRequest):
        setattr(django_request, FAILED_SIGNIN_ATTR, username or "")
    else:
        log_event("login_failed", username=username, level=logging.INFO)
