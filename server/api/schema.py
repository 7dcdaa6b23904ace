"""OpenAPI security schemes for the token authentication classes (drf-spectacular)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension


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
