"""The sign-in lockout as an authentication backend (django-axes)."""

from __future__ import annotations

from typing import Any

from axes.backends import AxesStandaloneBackend
from django.http import HttpRequest


class LockoutBackend(AxesStandaloneBackend):
    """Refuses a sign-in from a locked-out address or for a locked-out user.

    Sign-ins over HTTP (the login page, the admin) always pass the request. ``authenticate()``
    called from code without one (Django's test ``Client.login``, scripts) has no address to
    throttle and is left to the next backend, instead of axes' error for a missing request.
    """

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> None:
        if request is None:
            return None
        super().authenticate(request, username=username, password=password, **kwargs)
        return None
