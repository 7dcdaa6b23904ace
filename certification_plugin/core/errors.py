"""Errors the client raises; each names the URL and the problem so messages are actionable."""

from __future__ import annotations

from typing import Any


class CertificationError(Exception):
    """Base class: everything the client raises on purpose derives from it."""

    def __init__(self, message: str, url: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.url = url

    def __str__(self) -> str:
        return f"{self.message} ({self.url})" if self.url else self.message


class NetworkError(CertificationError):
    """The server could not be reached, or the connection broke."""


class TimeoutError_(NetworkError):
    """No complete answer within the request's timeout."""


class ResponseTooLargeError(NetworkError):
    """The body exceeded the size limit; the download was aborted."""


class HttpError(CertificationError):
    """The server answered with an error status."""

    def __init__(self, message: str, url: str = "", status: int = 0, detail: str = "") -> None:
        super().__init__(message, url)
        self.status = status
        self.detail = detail


class AuthenticationError(HttpError):
    """401: missing, wrong, expired or revoked credentials."""


class PermissionDeniedError(HttpError):
    """403: authenticated but not allowed; ``detail`` carries the server's reason."""


class NotFoundError(HttpError):
    """404."""


class RateLimitedError(HttpError):
    """429: the server asks us to slow down; ``retry_after`` in seconds when it said so."""

    def __init__(
        self,
        message: str,
        url: str = "",
        status: int = 429,
        detail: str = "",
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, url, status, detail)
        self.retry_after = retry_after


class InvalidResponseError(CertificationError):
    """The body is not what the endpoint promises (malformed JSON, HTML, wrong shape)."""


class TruncatedResponseError(InvalidResponseError):
    """The body ended early (shorter than Content-Length, or the JSON stops mid-way)."""


class CancelledError(CertificationError):
    """The user (or unload) cancelled the operation."""


class ValidationFailed(HttpError):
    """400 with per-field problems: ``errors`` maps dotted field names (``"contributions.0.url"``)
    to the server's messages; ``general`` holds those about no single field
    (``non_field_errors``, ``detail``). Forms show each list at its field."""

    def __init__(
        self,
        message: str,
        url: str = "",
        status: int = 400,
        detail: str = "",
        errors: dict[str, list[str]] | None = None,
        general: list[str] | None = None,
        body: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message, url, status, detail)
        self.errors: dict[str, list[str]] = dict(errors or {})
        self.general: list[str] = list(general or [])
        self.body: dict[str, Any] = dict(body or {})
        """The whole JSON answer (an attendee import's refused preview keeps its rows)."""


class ConflictError(HttpError):
    """409: the action does not apply in the object's current ``state``; ``allowed_actions``
    lists what does (the server's state machine says so, see ARCHITECTURE §7)."""

    def __init__(
        self,
        message: str,
        url: str = "",
        status: int = 409,
        detail: str = "",
        state: str = "",
        allowed_actions: list[str] | None = None,
        code: str = "",
        body: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message, url, status, detail)
        self.state = state
        self.allowed_actions: list[str] = list(allowed_actions or [])
        self.code = code
        """The server's refusal code (``not_enough_credits``, ``in_use``...), "" if none."""
        self.body: dict[str, Any] = dict(body or {})
        """The whole JSON answer (``credits_needed``, ``credits_available``...)."""


class PayloadTooLarge(HttpError):
    """413: the upload is larger than the server accepts; ``limit`` in bytes when it said."""

    def __init__(
        self,
        message: str,
        url: str = "",
        status: int = 413,
        detail: str = "",
        limit: int | None = None,
    ) -> None:
        super().__init__(message, url, status, detail)
        self.limit = limit
