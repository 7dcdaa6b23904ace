"""django-allauth's hooks for this service (``ACCOUNT_ADAPTER``)."""

from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from certification_server.security_log import client_ip


class AccountAdapter(DefaultAccountAdapter):
    """allauth's defaults, with the client address the rest of the service uses."""

    def get_client_ip(self, request: HttpRequest) -> str:
        """The address allauth's request limits count by: the one django-axes and the
        security log use (``TRUSTED_PROXIES``), not allauth's own proxy settings; behind a
        reverse proxy every client would otherwise be the proxy, and one limit for all."""
        address = client_ip(request)
        if not address:
            raise PermissionDenied("Unable to determine client IP address")
        return address
