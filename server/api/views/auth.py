"""Sign-in from QGIS (RFC 8628 device flow) and signing out: start, poll, revoke.

The two anonymous endpoints ignore credentials (a stale token in the client must not stop a
new sign-in) and are throttled per client address. The poll answers RFC 8628's error codes in
``error`` with HTTP 400; the one successful poll carries the token key, never again.
"""

from __future__ import annotations

from typing import Any

from accounts import device_flow
from accounts.authentication import BasicTokenAuthentication, TokenAuthentication
from accounts.models import ApiToken
from django.conf import settings
from django.core.validators import RegexValidator
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import exceptions, serializers, status
from rest_framework.parsers import JSONParser
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import SimpleRateThrottle
from rest_framework.views import APIView

from certification_server.security_log import client_ip

from .. import serializers as s
from ..negotiation import ApiContentNegotiation
from ..schema import ApiAutoSchema
from . import schema_docs
from .schema_docs import TEXT_PATTERN

DEFAULT_RATES = {"device_start": "30/hour", "device_poll": "120/minute"}


class DeviceFlowThrottle(SimpleRateThrottle):
    """POSTs per client address (the same address the security log and django-axes use)."""

    def get_rate(self) -> str:
        rates = getattr(settings, "DEVICE_FLOW_THROTTLE_RATES", {})
        return str(rates.get(self.scope, DEFAULT_RATES[str(self.scope)]))

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        if request.method != "POST":
            return None
        return self.cache_format % {"scope": self.scope, "ident": client_ip(request)}


class StartThrottle(DeviceFlowThrottle):
    scope = "device_start"


class PollThrottle(DeviceFlowThrottle):
    scope = "device_poll"


# --- serializers ---------------------------------------------------------------------------


#: Printable text: no control characters, no U+FFFD, no lone surrogates (PostgreSQL refuses
#: them); the same rule as the catalogue's text parameters (schema_docs.TEXT_PATTERN).
PRINTABLE = RegexValidator(
    r"^[^\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffd]*$", _("Only printable text.")
)
DEVICE_CODE = RegexValidator(r"^[A-Za-z0-9_-]+$", _("Not a device code."))


class StrictCharField(serializers.CharField):
    """Text only: a number or a boolean is not silently turned into a name or a code."""

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return str(super().to_internal_value(data))


@extend_schema_field(
    {"type": "string", "maxLength": device_flow.CLIENT_NAME_MAX, "pattern": TEXT_PATTERN}
)
class ClientNameField(StrictCharField):
    """A printable name (the schema states the catalogue's text rule; lone surrogates, which
    no UTF-8 text carries, are refused too)."""


class DeviceStartRequest(serializers.Serializer):
    client_name = ClientNameField(
        max_length=device_flow.CLIENT_NAME_MAX,
        required=False,
        allow_blank=True,
        validators=[PRINTABLE],
        help_text='Shown to the person approving, e.g. "QGIS on my-laptop".',
    )


class DeviceStartSerializer(serializers.Serializer):
    device_code = serializers.CharField(help_text="Secret: the client polls with it.")
    user_code = serializers.CharField(help_text="Shown to the person, e.g. BCDF-GHJK.")
    verification_uri = serializers.URLField()
    verification_uri_complete = serializers.URLField()
    expires_in = serializers.IntegerField(help_text="Seconds.")
    interval = serializers.IntegerField(help_text="Seconds to wait between polls.")


class DeviceTokenRequest(serializers.Serializer):
    device_code = StrictCharField(max_length=200, validators=[DEVICE_CODE])


class DeviceTokenSerializer(serializers.Serializer):
    token = serializers.CharField(help_text="The API token's key: given this once.")
    token_name = serializers.CharField()
    username = serializers.CharField()
    expires_at = serializers.DateTimeField()


class DeviceTokenErrorSerializer(serializers.Serializer):
    error = serializers.ChoiceField(
        choices=[
            device_flow.PENDING,
            device_flow.SLOW_DOWN,
            device_flow.DENIED,
            device_flow.EXPIRED,
            "invalid_request",
        ]
    )
    code = serializers.CharField(help_text="The same as error.")
    detail = serializers.CharField()


# --- views ---------------------------------------------------------------------------------

THROTTLED = OpenApiResponse(
    s.ErrorSerializer, description="Too many requests from this address: throttled."
)
INVALID = OpenApiResponse(s.ErrorSerializer, description="Invalid input, listed per field.")
UNSUPPORTED = OpenApiResponse(s.ErrorSerializer, description="The body must be JSON.")


class AnonymousDeviceFlowView(APIView):
    """The two endpoints a client calls before it has a token: JSON in, credentials ignored
    (a revoked token in QGIS must not block a new sign-in), throttled per address."""

    authentication_classes = ()
    permission_classes = (AllowAny,)
    parser_classes = (JSONParser,)
    content_negotiation_class = ApiContentNegotiation
    schema = ApiAutoSchema()


class DeviceAuthorizationView(AnonymousDeviceFlowView):
    """Start a sign-in: a device code for the client, a user code for the person."""

    throttle_classes = (StartThrottle,)

    @extend_schema(
        operation_id="auth_device_start",
        request=DeviceStartRequest,
        responses={
            200: DeviceStartSerializer,
            400: INVALID,
            406: schema_docs.NOT_ACCEPTABLE,
            415: UNSUPPORTED,
            429: THROTTLED,
        },
        auth=[],
        description="Starts a browser sign-in (RFC 8628 device authorisation). Show user_code "
        "and open verification_uri_complete; then poll /api/v1/auth/device/token/ every "
        "interval seconds.",
    )
    def post(self, request: Request) -> Response:
        body = DeviceStartRequest(data=request.data)
        body.is_valid(raise_exception=True)
        started = device_flow.start(client_name=body.validated_data.get("client_name", ""))
        authorization = started.authorization
        page = request.build_absolute_uri(reverse("accounts:connect"))
        response = Response(
            {
                "device_code": started.device_code,
                "user_code": authorization.display_code,
                "verification_uri": page,
                "verification_uri_complete": f"{page}?code={authorization.display_code}",
                "expires_in": int(device_flow.lifetime().total_seconds()),
                "interval": authorization.interval,
            }
        )
        response["Cache-Control"] = "no-store"
        return response


class DeviceTokenView(AnonymousDeviceFlowView):
    """Poll a sign-in: RFC 8628 errors until approved, then the token, once."""

    throttle_classes = (PollThrottle,)

    @extend_schema(
        operation_id="auth_device_token",
        request=DeviceTokenRequest,
        responses={
            200: DeviceTokenSerializer,
            400: OpenApiResponse(
                DeviceTokenErrorSerializer,
                description="Not (or no longer) a token: authorization_pending, slow_down "
                "(add 5 s to the interval), access_denied, expired_token (also after the token "
                "was delivered), invalid_request (no device_code, or a body that is not "
                "JSON).",
            ),
            406: schema_docs.NOT_ACCEPTABLE,
            415: UNSUPPORTED,
            429: THROTTLED,
        },
        auth=[],
    )
    def post(self, request: Request) -> Response:
        body = DeviceTokenRequest(data=request.data)
        if not body.is_valid():
            return _no_store(
                Response(
                    {
                        "error": "invalid_request",
                        "code": "invalid_request",
                        "detail": str(_("Invalid input.")),
                        "errors": body.errors,
                    },
                    status=status.HTTP_400_BAD_REQUEST,
                )
            )
        try:
            granted = device_flow.poll(device_code=body.validated_data["device_code"])
        except device_flow.DeviceFlowError as refused:
            return _no_store(
                Response(
                    {"error": refused.code, "code": refused.code, "detail": refused.detail},
                    status=status.HTTP_400_BAD_REQUEST,
                )
            )
        return _no_store(
            Response(
                {
                    "token": granted.key,
                    "token_name": granted.token.name,
                    "username": granted.username,
                    "expires_at": serializers.DateTimeField().to_representation(
                        granted.token.expires_at
                    ),
                }
            )
        )

    def handle_exception(self, exc: Exception) -> Response:
        """Every 400 of the poll names an RFC 8628 error, a body that is not JSON too."""
        response = super().handle_exception(exc)
        data = response.data
        if response.status_code == 400 and isinstance(data, dict) and "error" not in data:
            response.data = {"error": "invalid_request", **data}
        return _no_store(response)


def _no_store(response: Response) -> Response:
    response["Cache-Control"] = "no-store"
    return response


class TokenRevokeView(APIView):
    """Sign out: revoke the token this request is authenticated with."""

    authentication_classes = (TokenAuthentication, BasicTokenAuthentication)
    permission_classes = (IsAuthenticated,)
    content_negotiation_class = ApiContentNegotiation
    schema = ApiAutoSchema()

    @extend_schema(
        operation_id="auth_token_revoke",
        request=None,
        responses={
            204: OpenApiResponse(None, description="Revoked (or already revoked)."),
            401: schema_docs.UNAUTHORISED,
            406: schema_docs.NOT_ACCEPTABLE,
            429: schema_docs.LOCKED_OUT,
        },
    )
    def post(self, request: Request) -> Response:
        token = request.auth
        if not isinstance(token, ApiToken):  # pragma: no cover - the classes above give one
            raise exceptions.NotAuthenticated()
        device_flow.revoke_token(token=token, actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)
