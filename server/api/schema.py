"""OpenAPI generation for API v1: security schemes of the token authentication classes, and
the schema class of the API v1 views (drf-spectacular)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.openapi import AutoSchema


class TokenScheme(OpenApiAuthenticationExtension):
    target_class = "accounts.authentication.TokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema: Any) -> dict[str, Any]:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "A personal API token: `Token qct_…`.",
        }


class BasicTokenScheme(OpenApiAuthenticationExtension):
    target_class = "accounts.authentication.BasicTokenAuthentication"
    name = "basicTokenAuth"

    def get_security_definition(self, auto_schema: Any) -> dict[str, Any]:
        return {
            "type": "http",
            "scheme": "basic",
            "description": "Username and a personal API token as password (not the account "
            "password).",
        }


class ApiAutoSchema(AutoSchema):
    """The generator's schema plus ``allowEmptyValue`` on every optional query parameter.

    API v1 reads ``?bbox=`` (any empty value) as an absent parameter; OpenAPI says so with
    ``allowEmptyValue``, which drf-spectacular does not emit on its own.
    """

    def _get_parameters(self) -> list[dict[str, Any]]:
        parameters: list[dict[str, Any]] = super()._get_parameters()
        for parameter in parameters:
            if parameter.get("in") == "query" and not parameter.get("required"):
                parameter["allowEmptyValue"] = True
        return parameters
