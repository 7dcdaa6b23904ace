"""OpenAPI descriptions of the applications endpoints (see ``schema_docs`` for the catalogue)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)

from .. import serializers as s
from .. import serializers_applications as a
from ..schema import ApiAutoSchema
from .schema_docs import ERRORS, FORMAT_JSON, PAGE, PAGE_SIZE

ID = OpenApiParameter("id", {"type": "integer", "minimum": 1, "maximum": 10**18 - 1}, "path")
NUMBER = OpenApiParameter(
    "number", {"type": "integer", "minimum": 1, "maximum": 999_999_999}, "path"
)
ACCEPT_LANGUAGE = OpenApiParameter(
    "Accept-Language",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=False,
    description="en, ro, sv or zh-hant (others fall back to English).",
)
IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=False,
    description='The ETag ("<revision>") the edit is based on: 412 when the application has '
    "changed since.",
)


def idempotency_key(description: str) -> OpenApiParameter:
    """The optional Idempotency-Key header (``views.applications.IDEMPOTENCY_KEY``)."""
    return OpenApiParameter(
        "Idempotency-Key",
        {"type": "string", "pattern": r"^[\x21-\x7e]{1,200}$"},
        OpenApiParameter.HEADER,
        required=False,
        description=description,
    )


IDEMPOTENCY_KEY = idempotency_key(
    "A retried submit with the same key answers the same application, once."
)
ETAG = OpenApiParameter(
    "ETag",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    response=[200, 201],
    description='"<revision>": send it back in If-Match.',
)

INVALID = OpenApiResponse(a.InvalidOut, description="Invalid input: every field error listed.")
NOT_FOUND = OpenApiResponse(
    s.ErrorSerializer, description="No such application, or not yours to see."
)
FORBIDDEN = OpenApiResponse(s.ErrorSerializer, description="Your role may not do this.")
CONFLICT = OpenApiResponse(
    a.ConflictOut, description="Not possible in the current state; what is possible is listed."
)
STALE = OpenApiResponse(a.StaleOut, description="Changed since the If-Match revision.")
SIGNED_IN = {**ERRORS, 400: INVALID}
ONE = {**SIGNED_IN, 403: FORBIDDEN, 404: NOT_FOUND}


def _view(**methods: Any) -> Any:
    def decorate(view: type) -> type:
        view = extend_schema_view(**methods)(view)
        view.schema = ApiAutoSchema()  # type: ignore[attr-defined]
        return view

    return decorate


application_form = _view(
    get=extend_schema(
        parameters=[ACCEPT_LANGUAGE, FORMAT_JSON],
        responses={200: a.ApplicationFormOut, **ERRORS},
        operation_id="application_form",
    )
)

application_list = _view(
    get=extend_schema(
        parameters=[PAGE, PAGE_SIZE, FORMAT_JSON],
        responses={200: a.ApplicationPageOut, **ERRORS, 404: NOT_FOUND},
        operation_id="applications_list",
    ),
    post=extend_schema(
        parameters=[ACCEPT_LANGUAGE, FORMAT_JSON, ETAG],
        request=a.ApplicationCreateSerializer,
        responses={201: a.ApplicationOut, **SIGNED_IN},
        operation_id="applications_create",
        description="Creates a draft and its organisation (status draft; you become an owner). "
        "details.name is required and must be free.",
    ),
)

application_detail = _view(
    get=extend_schema(
        parameters=[ID, FORMAT_JSON, ETAG],
        responses={200: a.ApplicationOut, **ERRORS, 404: NOT_FOUND},
        operation_id="applications_retrieve",
    ),
    patch=extend_schema(
        parameters=[ID, IF_MATCH, FORMAT_JSON, ETAG],
        request=a.ApplicationInSerializer,
        responses={200: a.ApplicationOut, **ONE, 409: CONFLICT, 412: STALE},
        operation_id="applications_partial_update",
        description="Partial edit of a draft (or after changes were requested); lists replace "
        "whole lists; completeness is checked at submit only.",
    ),
)

application_submit = _view(
    post=extend_schema(
        parameters=[ID, IDEMPOTENCY_KEY, ACCEPT_LANGUAGE, FORMAT_JSON, ETAG],
        request=None,
        responses={200: a.ApplicationOut, **ONE, 409: CONFLICT},
        operation_id="applications_submit",
        description="Checks completeness (400 with every missing field), the self-check (every "
        "answer yes) and the limits, then freezes a round. A retry answers the same result.",
    )
)

application_withdraw = _view(
    post=extend_schema(
        parameters=[ID, FORMAT_JSON, ETAG],
        request=a.WithdrawSerializer,
        responses={200: a.ApplicationOut, **ONE, 409: CONFLICT},
        operation_id="applications_withdraw",
    )
)

application_reapply = _view(
    post=extend_schema(
        parameters=[ID, ACCEPT_LANGUAGE, FORMAT_JSON, ETAG],
        request=None,
        responses={201: a.ApplicationOut, **ONE, 409: CONFLICT},
        operation_id="applications_reapply",
        description="After a withdrawal or a rejection: a new draft of the same organisation "
        "with this application's details, contributions, courses and message (files are sent "
        "again, the self-check answered again). A retry answers the same draft.",
    )
)

application_events = _view(
    get=extend_schema(
        parameters=[ID, FORMAT_JSON],
        responses={200: a.EventOut(many=True), **ERRORS, 404: NOT_FOUND},
        operation_id="applications_events",
    )
)

application_round = _view(
    get=extend_schema(
        parameters=[ID, NUMBER, FORMAT_JSON],
        responses={200: a.RoundOut, **ERRORS, 404: NOT_FOUND},
        operation_id="applications_round",
    )
)
