"""What django-axes counts and answers: lockout parameters, the 429 page, the API's check.

Failures are counted per client address and, when a username was given, per username too;
either reaching ``AXES_FAILURE_LIMIT`` locks until ``AXES_COOLOFF_TIME`` has passed without a
new failure. A locked-out browser gets the lockout page on the site's layout, an API client
JSON; both with status 429 and ``Retry-After``.
"""

from __future__ import annotations

from typing import Any

from axes.helpers import get_cool_off, get_failure_limit
from django.contrib.auth.signals import user_login_failed
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework import exceptions, status

API_PREFIX = "/api/"


def given_name(credentials: dict[str, Any] | None) -> str | None:
    """What the sign-in named: a username, or an e-mail address (allauth's sign-in page
    passes ``email`` when the login field holds one)."""
    credentials = credentials or {}
    name = credentials.get("username") or credentials.get("email")
    return str(name) if name else None


#: axes' ``username`` columns are this long; allauth's login field has no limit of its own.
MAX_USERNAME = 255


def username_of(request: Any, credentials: dict[str, Any] | None = None) -> str | None:
    """``AXES_USERNAME_CALLABLE``: the name failures are counted under. An e-mail address
    counts for the account that has it, so that failures by username and by address are
    one count, not two; an address no single account has counts as itself (lower case).
    Cut to what axes can store (PostgreSQL refuses a longer value)."""
    name = given_name(credentials)
    if name is None:
        form = getattr(request, "POST", None) or {}
        name = form.get("login") or form.get("username") or None
    if name is None or "@" not in name:
        return name[:MAX_USERNAME] if name else name
    from .emails import account_with_address

    account = account_with_address(name)
    return account.get_username() if account is not None else name.lower()[:MAX_USERNAME]


def lockout_parameters(request_or_attempt: Any, credentials: dict[str, Any] | None) -> list[str]:
    """Address always; username only when one was given (a wrong ``Token`` has none, and all
    anonymous failures must not count as one user's)."""
    username = given_name(credentials)
    if username is None:
        username = getattr(request_or_attempt, "username", None)
    return ["ip_address", "username"] if username else ["ip_address"]


def retry_after_seconds(request: HttpRequest | None = None) -> int:
    cool_off = get_cool_off(request)
    return int(cool_off.total_seconds()) if cool_off else 0


def minutes_of(seconds: int) -> int:
    """The wait in whole minutes, rounded up, at least one (what the messages name)."""
    return max(1, (seconds + 59) // 60)


def lockout_message(minutes: int) -> str:
    return _(
        "Too many failed sign-in attempts. Signing in is blocked for %(minutes)d minutes; "
        "each further failed attempt starts the wait again."
    ) % {"minutes": minutes}


def wants_json(request: HttpRequest) -> bool:
    accept = request.headers.get("Accept", "")
    return request.path.startswith(API_PREFIX) or (
        "application/json" in accept and "text/html" not in accept
    )


def lockout_response(
    request: HttpRequest, original_response: Any = None, credentials: Any = None
) -> HttpResponse:
    """``AXES_LOCKOUT_CALLABLE``: the answer to a locked-out sign-in."""
    seconds = retry_after_seconds(request)
    minutes = minutes_of(seconds)
    message = lockout_message(minutes)
    response: HttpResponse
    if wants_json(request):
        response = JsonResponse(
            {"detail": message, "code": "locked_out", "retry_after": seconds}, status=429
        )
    else:
        response = render(
            request,
            "accounts/lockout.html",
            {
                "message": message,
                "minutes": minutes,
                "failure_limit": get_failure_limit(request, credentials),
            },
            status=429,
        )
    response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "no-store"
    return response


class LockedOut(exceptions.APIException):
    """429 for an API client whose address or username is locked out (``Retry-After``)."""

    status_code = status.HTTP_429_TOO_MANY_REQUESTS
    default_detail = gettext_lazy("Too many failed sign-in attempts.")
    default_code = "locked_out"

    def __init__(self, wait: int) -> None:
        super().__init__(lockout_message(minutes_of(wait)), self.default_code)
        self.wait = wait  # DRF's handler turns it into Retry-After


def record_api_failure(request: Any, username: str | None) -> None:
    """Counts a failed API sign-in (a wrong token) and raises ``LockedOut`` once the address
    or the username is locked out. Only failures come here: a valid token costs no query."""
    django_request = getattr(request, "_request", request)
    credentials = {"username": username} if username else {}
    user_login_failed.send(sender=__name__, credentials=credentials, request=django_request)
    if getattr(django_request, "axes_locked_out", False):
        raise LockedOut(retry_after_seconds(django_request))
