"""The root document (how a client recognises API v1), ``/me/`` and JSON 404s under /api/v1/."""

from __future__ import annotations

from typing import Any

from accounts.roles import user_roles
from django.conf import settings
from django.urls import reverse
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ..negotiation import ApiContentNegotiation
from ..schema import ApiAutoSchema
from . import schema_docs

SERVICE = "qgis-certification"
CAPABILITIES = (
    "organisations",
    "training-centres",
    "courses",
    "course-types",
    "tokens",
    "etag",
    "sign-in",
    "applications",
    "reviews",
    "certificates",
    "payments",
)
LINKS = (
    ("organisations", "api:organisation-list"),
    ("training_centres", "api:training-centre-list"),
    ("courses", "api:course-list"),
    ("course_types", "api:course-type-list"),
    ("applications", "api:application-list"),
    ("application_form", "api:application-form"),
    ("review_queue", "api:review-queue"),
    ("rubric", "api:rubric"),
    ("conveners", "api:convener-list"),
    ("my_organisations", "api:my-organisations"),
    ("certificates_issuer", "api:badge-issuer"),
    ("orders", "api:orders"),
    ("invoices", "api:invoices"),
    ("me", "api:me"),
    ("device_authorization", "api:device-authorization"),
    ("schema", "api:schema"),
    ("docs", "api:docs"),
)


def payments_document() -> dict[str, Any]:
    """What credits cost and how they are paid (issue 13)."""
    from payments import pricing

    row = pricing.current()
    return {
        "price_per_credit_cents": row.price_per_credit_cents,
        "currency": row.currency,
        "credits_per_certificate": row.credits_per_certificate,
        "tax_rate_percent": f"{row.tax_rate_percent:.2f}",
        "methods": pricing.enabled_methods(),
        "card_provider": pricing.card_provider_name(),
        "test_mode": pricing.is_test_mode(),
    }


def user_document(user: Any) -> dict[str, Any] | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return {"username": user.get_username(), "roles": user_roles(user)}


class RootView(APIView):
    """What this service is and offers; a client detects API v1 from ``service``/``api_version``."""

    permission_classes = (AllowAny,)
    content_negotiation_class = ApiContentNegotiation
    schema = ApiAutoSchema()

    @schema_docs.root
    def get(self, request: Request) -> Response:
        user = user_document(request.user)
        return Response(
            {
                "service": SERVICE,
                "api_version": settings.API_VERSION,
                "server_version": settings.SERVER_VERSION,
                "capabilities": list(CAPABILITIES),
                "authenticated": user is not None,
                "user": user,
                "links": {key: request.build_absolute_uri(reverse(name)) for key, name in LINKS},
                "payments": payments_document(),
            }
        )


class MeView(APIView):
    """The authenticated user and their roles; 401 without credentials."""

    permission_classes = (IsAuthenticated,)
    content_negotiation_class = ApiContentNegotiation
    schema = ApiAutoSchema()

    @schema_docs.me
    def get(self, request: Request) -> Response:
        return Response(user_document(request.user))


class NotFoundView(APIView):
    """Unknown paths under /api/v1/ answer a JSON 404 like every other API error."""

    permission_classes = (AllowAny,)
    schema = None

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        raise NotFound()  # whatever the method, before any handler is looked up
