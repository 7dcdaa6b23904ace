"""Translated, plain-text sentences for the errors the client raises.

``core`` cannot use Qt's translations, so its messages are English details; the user first
reads a translated sentence saying what kind of problem it was, then the detail (which names
the URL). Callers show the result with ``logging.push_message``, which escapes it.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import (
    AuthenticationError,
    CancelledError,
    CertificationError,
    ConflictError,
    HttpError,
    InvalidResponseError,
    NetworkError,
    NotFoundError,
    PayloadTooLarge,
    PermissionDeniedError,
    RateLimitedError,
    ResponseTooLargeError,
    TimeoutError_,
    TruncatedResponseError,
    ValidationFailed,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CertificationMessages", text)


def error_summary(error: BaseException) -> str:
    """One translated sentence naming the kind of problem (most specific class first)."""
    if isinstance(error, CancelledError):
        return _tr("The operation was cancelled.")
    if isinstance(error, TimeoutError_):
        return _tr("The server did not answer in time.")
    if isinstance(error, ResponseTooLargeError):
        return _tr("The server's answer was too large and was not downloaded.")
    if isinstance(error, NetworkError):
        return _tr("The server could not be reached.")
    if isinstance(error, AuthenticationError):
        return _tr("The server did not accept the credentials of the authentication configuration.")
    if isinstance(error, PermissionDeniedError):
        return _tr("The server refused the request (permission denied).")
    if isinstance(error, NotFoundError):
        return _tr("The server has nothing at this address (not found).")
    if isinstance(error, RateLimitedError):
        return _tr("The server received too many requests; try again later.")
    if isinstance(error, ValidationFailed):
        return _tr("The server did not accept the data; check the fields it named.")
    if isinstance(error, ConflictError):
        return _tr("This action is not possible in the current state.")
    if isinstance(error, PayloadTooLarge):
        return _tr("The upload is larger than the server accepts.")
    if isinstance(error, HttpError):
        return _tr("The server answered with an error (HTTP {}).").format(error.status)
    if isinstance(error, TruncatedResponseError):
        return _tr("The server's answer was cut off.")
    if isinstance(error, InvalidResponseError):
        return _tr("The server's answer is not valid certification data.")
    if isinstance(error, CertificationError):
        return _tr("The request to the certification server failed.")
    return _tr("An unexpected error occurred ({}).").format(type(error).__name__)


def error_message(error: BaseException) -> str:
    """Translated summary followed by the client's detail (which names the URL)."""
    summary = error_summary(error)
    if isinstance(error, CertificationError) and not isinstance(error, CancelledError):
        detail = str(error)
        if detail:
            return f"{summary}\n{detail}"
    return summary
