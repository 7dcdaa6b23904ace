"""Content negotiation that answers an unknown ``?format=`` with a 400, not DRF's 404."""

from __future__ import annotations

from typing import Any

from rest_framework.negotiation import DefaultContentNegotiation

from .exceptions import InvalidQuery


class ApiContentNegotiation(DefaultContentNegotiation):
    def select_renderer(
        self, request: Any, renderers: list[Any], format_suffix: str | None = None
    ) -> tuple[Any, str]:
        wanted = format_suffix or request.query_params.get(self.settings.URL_FORMAT_OVERRIDE)
        if wanted and not any(renderer.format == wanted for renderer in renderers):
            offered = ", ".join(renderer.format for renderer in renderers)
            raise InvalidQuery({"format": [f"Unknown format {wanted[:40]!r}; offered: {offered}."]})
        return super().select_renderer(request, renderers, format_suffix)
