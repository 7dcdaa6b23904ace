"""Errors the client raises; each names the URL and the problem so messages are actionable."""

from __future__ import annotations


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
