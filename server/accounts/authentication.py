"""DRF authentication with personal API tokens.

Two carriers for the same token: ``Authorization: Token <key>`` (or the usual synonym
``Bearer <key>``) for scripts, and HTTP Basic with the username and the key as password, which
is what QGIS 3.22's *Basic* authentication configuration sends. Account passwords are never
accepted over Basic on the API: a password that is not a valid token of that user is rejected
like any wrong token.

A key that matches no token (or a malformed header) counts as a failed sign-in for the sign-in
lockout (accounts.lockout): after a few from one address, or for one username, the answer is
429 with ``Retry-After`` instead of 401. A revoked or expired token is not a guess and is not
counted; a valid token never touches the lockout tables.
"""

from __future__ import annotations

import base64
import binascii
from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header

from .lockout import record_api_failure
from .models import ApiToken

if TYPE_CHECKING:
    from rest_framework.request import Request

REALM = "api"


class TokenAuthenticationFailed(exceptions.AuthenticationFailed):
    """A 401 that remembers which challenge (``WWW-Authenticate``) fits the failed scheme."""

    def __init__(self, detail: Any, code: str, challenge: str) -> None:
        super().__init__(detail, code)
        self.challenge = challenge


def check_token(key: str, challenge: str, username: str | None = None) -> tuple[Any, ApiToken]:
    """The ``(user, token)`` pair for a key, or a 401 telling why it is refused."""
    token = ApiToken.find(key)
    if token is None or (username is not None and token.user.get_username() != username):
        raise TokenAuthenticationFailed(_("Invalid token."), "authentication_failed", challenge)
    if token.is_revoked:
        raise TokenAuthenticationFailed(_("Token has been revoked."), "token_revoked", challenge)
    if token.is_expired:
        raise TokenAuthenticationFailed(_("Token has expired."), "token_expired", challenge)
    if not token.user.is_active:
        raise TokenAuthenticationFailed(
            _("User inactive or deleted."), "authentication_failed", challenge
        )
    token.touch()
    return token.user, token


def _counted(
    request: Request, username: str | None, failure: TokenAuthenticationFailed
) -> TokenAuthenticationFailed:
    """Counts a wrong key or malformed header as a failed sign-in (may raise ``LockedOut``)."""
    record_api_failure(request, username)
    return failure


def _checked_counted(
    request: Request, key: str, challenge: str, username: str | None = None
) -> tuple[Any, ApiToken]:
    """``check_token``; a key that matches no token of ``username`` is a counted failure."""
    try:
        return check_token(key, challenge, username=username)
    except TokenAuthenticationFailed as failure:
        if failure.get_codes() != "authentication_failed":  # revoked or expired: not a guess
            raise
        raise _counted(request, username, failure) from None


class TokenAuthentication(BaseAuthentication):
    """``Authorization: Token <key>``, or ``Bearer <key>``: the same personal token."""

    keyword = "Token"
    #: Schemes accepted, lower-case; the challenge of a failure names the scheme the client used.
    schemes = {b"token": "Token", b"bearer": "Bearer"}

    def authenticate(self, request: Request) -> tuple[Any, ApiToken] | None:
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() not in self.schemes:
            return None
        scheme = self.schemes[parts[0].lower()]
        challenge = f'{scheme} realm="{REALM}"'
        if len(parts) != 2:
            raise _counted(
                request,
                None,
                TokenAuthenticationFailed(
                    _("Invalid token header: expected '%(scheme)s <key>'.") % {"scheme": scheme},
                    "authentication_failed",
                    challenge,
                ),
            )
        try:
            key = parts[1].decode("ascii")
        except UnicodeDecodeError:
            raise _counted(
                request,
                None,
                TokenAuthenticationFailed(_("Invalid token."), "authentication_failed", challenge),
            ) from None
        return _checked_counted(request, key, challenge)

    def authenticate_header(self, request: Request) -> str:
        return f'{self.keyword} realm="{REALM}"'


class BasicTokenAuthentication(BaseAuthentication):
    """HTTP Basic where the password is one of the user's API tokens."""

    def authenticate(self, request: Request) -> tuple[Any, ApiToken] | None:
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() != b"basic":
            return None
        challenge = self.authenticate_header(request)
        malformed = TokenAuthenticationFailed(
            _("Invalid basic header: expected base64 of 'username:token'."),
            "authentication_failed",
            challenge,
        )
        if len(parts) != 2:
            raise _counted(request, None, malformed)
        try:
            decoded = base64.b64decode(parts[1], validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise _counted(request, None, malformed) from None
        username, sep, key = decoded.partition(":")
        if not sep or not username:
            raise _counted(request, None, malformed)
        return _checked_counted(request, key, challenge, username)

    def authenticate_header(self, request: Request) -> str:
        return f'Basic realm="{REALM}"'
