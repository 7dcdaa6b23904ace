"""Sign-in from QGIS without copying tokens: the device authorisation grant (RFC 8628).

QGIS asks for a sign-in (:func:`start`) and shows the short user code; the person opens
/accounts/connect/, signs in on the web and approves (:func:`approve`) or denies
(:func:`deny`); meanwhile QGIS polls (:func:`poll`) and, after approval, receives a named,
expiring API token exactly once. Only the SHA-256 of the device code is stored. The token is
issued by the first poll after approval, inside that poll's transaction, so its key exists
only in that one response and never rests in the database. Polls of one request race on the
row (``select_for_update``; on SQLite every transaction begins ``IMMEDIATE``), so two polls
cannot both receive a token.

Every function is keyword-only and runs in one transaction; approvals, denials, issued and
revoked tokens are audit events.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from audit.domain import record
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import (
    DEFAULT_LIFETIME_DAYS,
    DEVICE_CODE_BYTES,
    USER_CODE_ALPHABET,
    USER_CODE_LENGTH,
    ApiToken,
    DeviceAuthorization,
    hash_key,
    normalise_user_code,
)

State = DeviceAuthorization.State

SLOW_DOWN_STEP_S = 5
"""RFC 8628 §3.5: after slow_down the client adds 5 seconds to its interval; so does the row."""
MAX_INTERVAL_S = 60
POLL_TOLERANCE_S = 0.5
"""A poll this much early still counts as on time (timers and the network are not exact)."""
PURGE_AFTER = timedelta(days=1)
"""Requests that ended longer ago than this are deleted when a new one starts."""
CLIENT_NAME_MAX = 100

PENDING = "authorization_pending"
SLOW_DOWN = "slow_down"
DENIED = "access_denied"
EXPIRED = "expired_token"


def lifetime() -> timedelta:
    return timedelta(seconds=int(getattr(settings, "DEVICE_FLOW_LIFETIME_S", 600)))


def default_interval() -> int:
    return int(getattr(settings, "DEVICE_FLOW_INTERVAL_S", 5))


class DeviceFlowError(Exception):
    """A poll that yields no token, with its RFC 8628 error code and a translated reason."""

    def __init__(self, code: str, detail: Any) -> None:
        super().__init__(str(detail))
        self.code = code
        self.detail = str(detail)


class NoSuchRequest(Exception):
    """No sign-in request waits under that user code (wrong, expired or already decided)."""


@dataclass(frozen=True)
class Started:
    authorization: DeviceAuthorization
    device_code: str
    """The secret the client polls with: returned once, stored only as its SHA-256."""


@dataclass(frozen=True)
class Granted:
    token: ApiToken
    key: str
    """The token's key: in this poll's response only."""

    @property
    def username(self) -> str:
        return str(self.token.user.get_username())


def _new_user_code() -> str:
    return "".join(secrets.choice(USER_CODE_ALPHABET) for _ in range(USER_CODE_LENGTH))


def _expire_stale(now: Any) -> None:
    """Mark pending requests past their time expired (frees their codes), purge old ones."""
    DeviceAuthorization.objects.filter(state=State.PENDING, expires_at__lte=now).update(
        state=State.EXPIRED
    )
    DeviceAuthorization.objects.filter(expires_at__lt=now - PURGE_AFTER).delete()


def start(*, client_name: str) -> Started:
    """A new pending request: a device code for the client, a user code for the person."""
    name = " ".join(str(client_name).split())[:CLIENT_NAME_MAX] or "QGIS"
    with transaction.atomic():
        now = timezone.now()
        _expire_stale(now)
        for _attempt in range(10):
            device_code = secrets.token_urlsafe(DEVICE_CODE_BYTES)
            try:
                with transaction.atomic():  # a savepoint: a clash of codes draws again
                    authorization = DeviceAuthorization.objects.create(
                        device_code_hash=hash_key(device_code),
                        user_code=_new_user_code(),
                        client_name=name,
                        expires_at=now + lifetime(),
                        interval=default_interval(),
                    )
            except IntegrityError:
                continue
            return Started(authorization, device_code)
    raise RuntimeError("Could not draw a unique user code.")


def find_pending(*, user_code: str) -> DeviceAuthorization | None:
    """The request waiting under ``user_code`` (typed in any case, with or without the dash)."""
    code = normalise_user_code(user_code)
    if len(code) != USER_CODE_LENGTH or any(ch not in USER_CODE_ALPHABET for ch in code):
        return None
    return DeviceAuthorization.objects.filter(
        user_code=code, state=State.PENDING, expires_at__gt=timezone.now()
    ).first()


def _locked_pending(user_code: str) -> DeviceAuthorization:
    found = find_pending(user_code=user_code)
    if found is None:
        raise NoSuchRequest(user_code)
    locked = DeviceAuthorization.objects.select_for_update().get(pk=found.pk)
    if locked.state != State.PENDING or locked.is_expired:
        raise NoSuchRequest(user_code)
    return locked


def _decide(user_code: str, user: Any, state: str, action: str) -> DeviceAuthorization:
    with transaction.atomic():
        authorization = _locked_pending(user_code)
        authorization.state = state
        authorization.user = user
        authorization.decided_at = timezone.now()
        authorization.save(update_fields=["state", "user", "decided_at"])
        record(
            actor=user,
            action=action,
            obj=authorization,
            before={"state": State.PENDING},
            after={"state": state, "user": user.pk},
        )
    return authorization


def approve(*, user_code: str, user: Any) -> DeviceAuthorization:
    """The signed-in ``user`` lets the client act as them; the token follows at its next poll."""
    return _decide(user_code, user, State.APPROVED, "accounts.device.approve")


def deny(*, user_code: str, user: Any) -> DeviceAuthorization:
    """The signed-in ``user`` refuses the request; the client's polls answer access_denied."""
    return _decide(user_code, user, State.DENIED, "accounts.device.deny")


def poll(*, device_code: str) -> Granted:
    """The token for an approved request, once; otherwise :class:`DeviceFlowError`.

    A poll sooner than the interval after the previous one answers ``slow_down`` and makes
    the interval 5 s longer. Unknown device codes answer ``expired_token`` like used ones.
    """
    with transaction.atomic():  # the outcome is returned, not raised, so the state is kept
        outcome = _poll_locked(str(device_code), timezone.now())
    if isinstance(outcome, DeviceFlowError):
        raise outcome
    return outcome


def _poll_locked(device_code: str, now: Any) -> Granted | DeviceFlowError:
    authorization = (
        DeviceAuthorization.objects.select_for_update()
        .filter(device_code_hash=hash_key(device_code))
        .first()
    )
    if authorization is None or authorization.state in (State.CONSUMED, State.EXPIRED):
        return DeviceFlowError(EXPIRED, _("This sign-in request is unknown or has ended."))
    if authorization.is_expired:
        if authorization.state == State.PENDING:
            authorization.state = State.EXPIRED
            authorization.save(update_fields=["state"])
        return DeviceFlowError(EXPIRED, _("The sign-in request has expired."))
    if authorization.state == State.DENIED:
        return DeviceFlowError(DENIED, _("The sign-in was denied."))
    if authorization.state == State.APPROVED:
        return _grant(authorization, now)
    previous = authorization.last_polled_at
    elapsed = None if previous is None else (now - previous).total_seconds()
    too_soon = elapsed is not None and elapsed + POLL_TOLERANCE_S < authorization.interval
    authorization.last_polled_at = now
    if too_soon:
        authorization.interval = min(authorization.interval + SLOW_DOWN_STEP_S, MAX_INTERVAL_S)
    authorization.save(update_fields=["last_polled_at", "interval"])
    if too_soon:
        return DeviceFlowError(
            SLOW_DOWN,
            _("Polling too fast: wait %(seconds)d seconds between polls.")
            % {"seconds": authorization.interval},
        )
    return DeviceFlowError(PENDING, _("Waiting for the sign-in to be approved in the browser."))


def _grant(authorization: DeviceAuthorization, now: Any) -> Granted | DeviceFlowError:
    """Issue the token of an approved request and mark it delivered (never twice)."""
    user = authorization.user
    authorization.state = State.CONSUMED
    authorization.last_polled_at = now
    if user is None or not user.is_active:
        authorization.save(update_fields=["state", "last_polled_at"])
        return DeviceFlowError(DENIED, _("The account that approved the sign-in is not active."))
    token, key = ApiToken.issue(user, authorization.client_name, DEFAULT_LIFETIME_DAYS)
    authorization.token = token
    authorization.save(update_fields=["state", "token", "last_polled_at"])
    record(
        actor=user,
        action="accounts.token.issue",
        obj=token,
        after={"name": token.name, "via": "device", "device_authorization": authorization.pk},
    )
    return Granted(token, key)


def revoke_token(*, token: ApiToken, actor: Any) -> bool:
    """Revoke ``token`` (signing out of QGIS); False when it already was revoked."""
    with transaction.atomic():
        revoked = token.revoke()
        if revoked:
            record(
                actor=actor, action="accounts.token.revoke", obj=token, after={"name": token.name}
            )
    return revoked
