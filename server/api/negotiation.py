"""Content negotiation: ``?format=`` overrides Accept, and an unknown one is a 400 (not 404)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BaseRenderer

from .exceptions import InvalidQuery


class ApiContentNegotiation(DefaultContentNegotiation):
    def select_renderer(
        self,
        request: Any,
        renderers: Iterable[BaseRenderer],
        format_suffix: str | None = None,
    ) -> tuple[BaseRenderer, str]:
        renderers = list(renderers)
        wanted = format_suffix or request.query_params.get(self.settings.URL_FORMAT_OVERRIDE)
        if wanted and not any(renderer.format == wanted for renderer in renderers):
            offered = ", ".join(str(renderer.format) for renderer in renderers)
            raise InvalidQuery({"format": [f"Unknown format {wanted[:40]!r}; offered: {offered}."]})
        if wanted:
            # An explicit format wins over Accept: a client sending "Accept: application/json"
            # (as the plugin does) still gets GeoJSON with ?format=geojson.
            renderer = next(r for r in renderers if r.format == wanted)
            return renderer, str(renderer.media_type)
        chosen: tuple[BaseRenderer, str] = super().select_renderer(
            request, renderers, format_suffix
        )
        return chosen
