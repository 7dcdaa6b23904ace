"""The public verification's rate limit: ``CERTIFICATE_VERIFY_RATE`` requests a minute from
one client address, page and JSON counted together (so ids cannot be enumerated faster by
switching between them).

A fixed window in the cache (one counter per address and minute, expiring with it): cheap,
and exact enough for its purpose. The counters live in the ``default`` cache, per process
with the local-memory cache, shared between workers with a shared one (Redis, Memcached).
The address is :func:`certification_server.security_log.client_ip` (``TRUSTED_PROXIES``).
``CERTIFICATE_VERIFY_RATE = 0`` turns the limit off.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from certification_server.security_log import client_ip

WINDOW = 60
PREFIX = "certificate-verify"
MESSAGE = "Too many verification requests from this address. Please wait a minute and try again."


def retry_after(request: HttpRequest) -> int | None:
    """Count this request; the seconds to wait when it is over the limit, else ``None``."""
    rate = int(getattr(settings, "CERTIFICATE_VERIFY_RATE", 120))
    if rate <= 0:
        return None
    now = time.time()
    window = int(now // WINDOW)
    key = f"{PREFIX}:{client_ip(request)}:{window}"
    cache.add(key, 0, timeout=WINDOW + 5)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=WINDOW + 5)
        count = 1
    if count <= rate:
        return None
    return max(1, int((window + 1) * WINDOW - now + 0.999))


def too_many(request: HttpRequest, seconds: int, *, json: bool = False) -> HttpResponse:
    """The 429 answer, JSON for the API or the site's page, with ``Retry-After``."""
    response: HttpResponse
    if json:
        response = JsonResponse(
            {"detail": MESSAGE, "code": "rate_limited", "retry_after": seconds}, status=429
        )
    else:
        response = render(request, "429.html", status=429)
    response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "no-store"
    return response


def check(request: HttpRequest, *, json: bool = False) -> HttpResponse | None:
    """The 429 response when ``request`` is over the limit, else ``None`` (counts it)."""
    seconds = retry_after(request)
    return None if seconds is None else too_many(request, seconds, json=json)
