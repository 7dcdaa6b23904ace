"""Every API error as JSON ``{"detail", "code"}`` (plus ``errors`` for bad input)."""

from __future__ import annotations

import logging
from typing import Any

from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions, status
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import exception_handler

logger = logging.getLogger("api")


class InvalidQuery(exceptions.APIException):
    """Bad query parameters, listed per parameter so a client can point at the culprit."""

    status_code = status.HTTP_400_BAD_REQUEST
    default_detail = _("Invalid query parameters.")
    default_code = "invalid_query"

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__()
        self.errors = {name: [str(m) for m in messages] for name, messages in errors.items()}


class InvalidPage(exceptions.NotFound):
    default_detail = _("Invalid page.")


def _code_of(detail: Any, exc: Exception) -> str:
    code = getattr(detail, "code", None)
    if code:
        return str(code)
    return str(getattr(exc, "default_code", "error"))


# The public feeds copy the live site's error bodies (``{"detail": ...}``): left as DRF makes them.
LEGACY_VIEW_MODULES = ("feeds.",)


def json_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF's handler, reshaped to one JSON form; unexpected errors become a logged JSON 500."""
    view = context.get("view")
    if view is not None and type(view).__module__.startswith(LEGACY_VIEW_MODULES):
        return exception_handler(exc, context)
    request = context.get("request")
    if request is not None:
        # Errors are plain JSON even when the client asked for GeoJSON.
        request.accepted_renderer = JSONRenderer()
        request.accepted_media_type = JSONRenderer.media_type

    response = exception_handler(exc, context)
    if response is None:
        logger.exception("Unhandled error in API view", exc_info=exc)
        return Response(
            {"detail": str(_("Server error.")), "code": "server_error"},
            status=status.HTTP_500_INTERNAL_SERVER_ERROR,
        )

    data = response.data
    if isinstance(exc, InvalidQuery):
        body: dict[str, Any] = {
            "detail": str(exc.detail),
            "code": exc.default_code,
            "errors": exc.errors,
        }
    elif isinstance(exc, exceptions.ValidationError):
        body = {
            "detail": str(_("Invalid input.")),
            "code": "invalid",
            "errors": data if isinstance(data, dict) else {"non_field_errors": data},
        }
    elif isinstance(data, dict) and "detail" in data:
        body = {"detail": str(data["detail"]), "code": _code_of(data["detail"], exc)}
    else:
        body = {"detail": str(data), "code": _code_of(None, exc)}
    # Errors that carry more than a sentence (409: the state and the allowed actions; 412: the
    # current revision; 413: the limit) put it in ``extra``.
    extra = getattr(exc, "extra", None)
    if isinstance(extra, dict):
        body.update(extra)
    response.data = body

    challenge = getattr(exc, "challenge", None)
    if challenge and response.status_code == status.HTTP_401_UNAUTHORIZED:
        response["WWW-Authenticate"] = challenge
    return response
