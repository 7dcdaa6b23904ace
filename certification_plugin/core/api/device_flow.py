"""Signing in from QGIS without copying tokens: the client half of RFC 8628's device flow.

``start`` asks the server for a sign-in and returns the short code to show and the page to
open; ``poll`` asks once whether the person approved; ``wait_for_token`` polls until a token,
a denial or the end, waiting the server's interval between polls and 5 s more after each
``slow_down`` (RFC 8628 §3.5). The clock and the sleep are parameters, so tests run fast and
a task can stop the wait at once when cancelled. Pure Python: no Qt, no QGIS.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any, Callable, Dict, Mapping, Optional, Union
from urllib.parse import urlsplit

from ..errors import CancelledError, InvalidResponseError, NetworkError
from ..http import decode_json
from ..transport import IsCancelled
from .problems import json_body, raise_for_api_status
from .session import JSON_CONTENT_TYPE, ApiSession

START_PATH = "auth/device/"
# A path, not a secret (the linters see "token").
TOKEN_PATH = "auth/device/token/"  # noqa: S105  # nosec B105
REVOKE_PATH = "auth/token/revoke/"
SLOW_DOWN_STEP_S = 5.0
"""RFC 8628 §3.5: after slow_down, every later poll waits 5 s longer."""
MIN_INTERVAL_S = 1.0
MAX_INTERVAL_S = 60.0
DEFAULT_INTERVAL_S = 5.0
TICK_S = 0.25
"""The wait sleeps in steps this long so a cancellation stops it promptly."""


@dataclass(frozen=True)
class DeviceAuthorization:
    """What ``start`` got: the secret ``device_code`` to poll with and what to show."""

    device_code: str
    user_code: str
    verification_uri: str
    verification_uri_complete: str
    expires_in: float
    interval: float


@dataclass(frozen=True)
class Pending:
    detail: str = ""


@dataclass(frozen=True)
class SlowDown:
    detail: str = ""


@dataclass(frozen=True)
class Denied:
    detail: str = ""


@dataclass(frozen=True)
class Expired:
    detail: str = ""


@dataclass(frozen=True)
class Granted:
    """The token, given once: store it at once (QGIS: an authentication configuration)."""

    token: str
    username: str
    expires_at: str
    token_name: str = ""

    def __repr__(self) -> str:  # never the key in logs or tracebacks
        return f"Granted(username={self.username!r}, expires_at={self.expires_at!r})"


PollResult = Union[Pending, SlowDown, Denied, Expired, Granted]
Outcome = Union[Granted, Denied, Expired]
_ERRORS: Dict[str, Callable[[str], PollResult]] = {
    "authorization_pending": Pending,
    "slow_down": SlowDown,
    "access_denied": Denied,
    "expired_token": Expired,
}


def _text(data: Any, key: str) -> str:
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, str) else ""


def _seconds(data: Dict[str, Any], key: str, default: float, url: str) -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise InvalidResponseError(f"The sign-in answer has no valid {key!r}.", url)
    return float(value)


def _web_page(value: str, url: str) -> str:
    if urlsplit(value).scheme.lower() not in ("http", "https"):
        raise InvalidResponseError("The sign-in answer names no web page to open.", url)
    return value


def start(
    session: ApiSession,
    client_name: str = "QGIS",
    is_cancelled: Optional[IsCancelled] = None,
) -> DeviceAuthorization:
    """Ask the server for a sign-in named ``client_name`` (shown to the person approving)."""
    answer = session.post(START_PATH, json={"client_name": client_name}, is_cancelled=is_cancelled)
    data = answer.data
    url = answer.url
    if not isinstance(data, dict):
        raise InvalidResponseError("The sign-in answer is not a JSON object.", url)
    device_code, user_code = _text(data, "device_code"), _text(data, "user_code")
    if not device_code or not user_code:
        raise InvalidResponseError("The sign-in answer has no device or user code.", url)
    page = _web_page(_text(data, "verification_uri"), url)
    complete = _text(data, "verification_uri_complete")
    return DeviceAuthorization(
        device_code=device_code,
        user_code=user_code,
        verification_uri=page,
        verification_uri_complete=_web_page(complete, url) if complete else page,
        expires_in=_seconds(data, "expires_in", 600, url),
        interval=_seconds(data, "interval", DEFAULT_INTERVAL_S, url),
    )


def poll(
    session: ApiSession, device_code: str, is_cancelled: Optional[IsCancelled] = None
) -> PollResult:
    """Ask once: ``Granted`` with the token, or what RFC 8628 says to do next.

    Errors other than the four RFC codes raise as any API call does (401, 429, 5xx...).
    """
    url = session.url(TOKEN_PATH)
    body = json.dumps({"device_code": device_code}).encode("utf-8")
    response = session.http.send_request(
        "POST", url, body, {"Content-Type": JSON_CONTENT_TYPE}, is_cancelled=is_cancelled
    )
    if response.status == 400:
        data = json_body(response)
        kind = _ERRORS.get(_text(data, "error"))
        if kind is not None:
            return kind(_text(data, "detail"))
    raise_for_api_status(response)
    answer = decode_json(response)
    token, username = _text(answer, "token"), _text(answer, "username")
    if not token or not username:
        raise InvalidResponseError("The sign-in answer carries no token.", response.url)
    return Granted(
        token=token,
        username=username,
        expires_at=_text(answer, "expires_at"),
        token_name=_text(answer, "token_name"),
    )


def revoke(
    session: ApiSession,
    is_cancelled: Optional[IsCancelled] = None,
    headers: Optional[Mapping[str, str]] = None,
) -> None:
    """Revoke the token the request authenticates with (signing out); a 401 raises.

    In QGIS the session's authentication configuration carries the token; ``headers`` is for
    clients that send it themselves (``Authorization: Token …``).
    """
    session.post(REVOKE_PATH, is_cancelled=is_cancelled, headers=headers)


def wait_for_token(
    session: ApiSession,
    authorization: DeviceAuthorization,
    *,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    is_cancelled: Optional[IsCancelled] = None,
    on_poll: Optional[Callable[[PollResult], None]] = None,
) -> Outcome:
    """Poll until the token comes (``Granted``), the person denies, or the request ends.

    Waits ``interval`` before each poll, 5 s longer after each ``slow_down``; after a network
    failure the next try waits twice as long (at most a minute), and a failure that lasts
    until the request's end raises instead of ``Expired``. ``on_poll`` sees every answer
    (for a status line). Cancelling raises ``CancelledError`` between two sleeps.
    """
    interval = min(max(authorization.interval, MIN_INTERVAL_S), MAX_INTERVAL_S)
    deadline = clock() + authorization.expires_in
    network_wait = interval
    failure: Optional[NetworkError] = None
    while True:
        _wait(network_wait, clock, sleep, is_cancelled)
        if clock() >= deadline:
            if failure is not None:  # the server was out of reach to the end: say so
                raise failure
            return Expired()
        try:
            result = poll(session, authorization.device_code, is_cancelled)
        except NetworkError as error:
            failure = error
            network_wait = min(network_wait * 2, MAX_INTERVAL_S)
            continue
        failure = None
        if on_poll is not None:
            on_poll(result)
        if isinstance(result, SlowDown):
            interval = min(interval + SLOW_DOWN_STEP_S, MAX_INTERVAL_S)
        elif not isinstance(result, Pending):
            return result
        network_wait = interval


def _wait(
    seconds: float,
    clock: Callable[[], float],
    sleep: Callable[[float], None],
    is_cancelled: Optional[IsCancelled],
) -> None:
    end = clock() + seconds
    while True:
        if is_cancelled is not None and is_cancelled():
            raise CancelledError("The sign-in was cancelled.")
        left = end - clock()
        if left <= 0:
            return
        sleep(min(left, TICK_S))
