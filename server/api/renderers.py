"""GeoJSON is JSON with its own media type, chosen with ``?format=geojson``."""

from __future__ import annotations

from rest_framework.renderers import JSONRenderer


class GeoJSONRenderer(JSONRenderer):
    media_type = "application/geo+json"
    format = "geojson"
