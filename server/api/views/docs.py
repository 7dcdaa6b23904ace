"""The interactive API documentation (Swagger UI) at /api/v1/docs/."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseBase
from drf_spectacular.views import SpectacularSwaggerView


class ApiDocsView(SpectacularSwaggerView):
    """Swagger UI; OPTIONS names the methods in plain HTTP.

    The page renders only as HTML, so DRF's OPTIONS answer (a description of the view, rendered
    with the page's template renderer) had no template to use and failed with a 500 for a
    browser-like ``Accept``.
    """

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        # Before DRF's content negotiation, which refuses a JSON client with 406.
        if request.method == "OPTIONS":
            response = HttpResponse(status=200)
            response["Allow"] = "GET, HEAD, OPTIONS"
            return response
        return super().dispatch(request, *args, **kwargs)
