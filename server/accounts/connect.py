"""/accounts/connect/: the web half of signing in from QGIS (RFC 8628 device flow).

QGIS shows a short code and opens this page (with ``?code=`` filled in). Signed in on the
web, the person checks that the code is the one QGIS shows, sees which client asks, and
approves or denies. Approving does not show any token: QGIS receives it at its next poll.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from . import device_flow
from .models import DeviceAuthorization, format_user_code, normalise_user_code

CODE_MAX = 32  # longer input is not a code; do not echo it back
#: RFC 8628 §5.1: codes that name no request, per signed-in person, before a pause.
MISSES_ALLOWED = 20
MISS_WINDOW_S = 15 * 60


def _miss_key(request: HttpRequest) -> str:
    return f"accounts.connect.misses:{request.user.pk}"


def _too_many_misses(request: HttpRequest) -> bool:
    return int(cache.get(_miss_key(request), 0)) >= MISSES_ALLOWED


def _count_miss(request: HttpRequest) -> None:
    key = _miss_key(request)
    if cache.add(key, 1, MISS_WINDOW_S):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired in between
        cache.add(key, 1, MISS_WINDOW_S)


def _typed_code(raw: str) -> str:
    """The code as typed, tidied for showing it back in the form (``ABCD-EFGH``)."""
    code = normalise_user_code(raw[:CODE_MAX])
    if not code.isascii() or not code.isalnum():
        return ""
    return format_user_code(code) if len(code) == 8 else code


def _page(
    request: HttpRequest,
    *,
    status: int = 200,
    code: str = "",
    pending: DeviceAuthorization | None = None,
    outcome: str = "",
    problem: str = "",
) -> HttpResponse:
    response: HttpResponse = render(
        request,
        "accounts/connect.html",
        {"code": code, "pending": pending, "outcome": outcome, "problem": problem},
        status=status,
    )
    response["Cache-Control"] = "no-store"
    return response


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def connect(request: HttpRequest) -> HttpResponse:
    raw = str((request.POST if request.method == "POST" else request.GET).get("code", ""))
    if request.method != "POST" and not raw:
        return _page(request)
    if _too_many_misses(request):  # guessing codes: wait, whatever the code
        return _page(request, status=429, problem="too_many")
    if request.method != "POST":
        pending = device_flow.find_pending(user_code=raw)
        if pending is None:
            _count_miss(request)
            return _page(request, status=404, code=_typed_code(raw), problem="unknown")
        return _page(request, code=pending.display_code, pending=pending)
    action = request.POST.get("action", "")
    if action not in ("approve", "deny"):
        return _page(request, status=400, code=_typed_code(raw), problem="action")
    decide = device_flow.approve if action == "approve" else device_flow.deny
    try:
        decided = decide(user_code=raw, user=request.user)
    except device_flow.NoSuchRequest:
        _count_miss(request)
        return _page(request, status=404, code=_typed_code(raw), problem="unknown")
    return _page(request, code=decided.display_code, pending=decided, outcome=action)
