"""Failed sign-ins go to the security log (certification_server.security_log)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver

from certification_server.security_log import note_failed_signin

from .lockout import given_name


@receiver(user_login_failed, dispatch_uid="accounts.security_log.login_failed")
def log_failed_signin(
    sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any
) -> None:
    # Only the username (or the address signed in with): Django cleanses the password, and
    # nothing else is taken.
    username = given_name(credentials)
    note_failed_signin(request, str(username) if username else None)
