"""Renderers of API v1: compact UTF-8 JSON written by orjson, and GeoJSON.

A 1000-course page is close to a megabyte; orjson writes it several times faster than the
standard library, byte for byte the same compact form DRF would write (values are already
plain strings, numbers and booleans).
"""

from __future__ import annotations

from typing import Any, Mapping

from feeds.responses import json_bytes
from rest_framework.renderers import JSONRenderer


class FastJSONRenderer(JSONRenderer):
    def render(
        self,
        data: Any,
        accepted_media_type: str | None = None,
        renderer_context: Mapping[str, Any] | None = None,
    ) -> bytes:
        if data is None:
            return b""
        return json_bytes(data)


class GeoJSONRenderer(FastJSONRenderer):
    media_type = "application/geo+json"
    format = "geojson"
