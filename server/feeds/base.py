"""The request cycle every public feed shares: negotiate, check the ETag, build, render."""

from __future__ import annotations

import datetime
import logging
from typing import Any, ClassVar

from catalogue.revision import catalogue_etag, if_none_match
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.views import View

from certification_server import params

from .negotiation import negotiate
from .responses import html_response, json_response

NOT_ACCEPTABLE = "Could not satisfy the request Accept header."
NOT_FOUND = "Not found."
SERVER_ERROR = "A server error occurred."

logger = logging.getLogger("feeds")


class FeedError(Exception):
    """An answer other than 200 that still renders in the negotiated format."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


class FeedView(View):
    """A read-only feed. Subclasses implement :meth:`build` (and :meth:`resolve` if needed).

    Order of work: content negotiation (406 before anything else, as the live site), then
    :meth:`resolve` (per-organisation feeds raise ``Http404`` there: an HTML 404 page), then the
    conditional request (304 with an empty body when the client's ETag is current), and only
    then the document is built. Responses carry ``ETag``, ``Cache-Control: no-cache`` and
    ``Vary: Accept``.
    """

    http_method_names = ["get", "head", "options"]
    title: ClassVar[str] = "Feed"
    text_params: ClassVar[tuple[str, ...]] = ("country",)
    """Free-text parameters checked by the shared layer before anything reaches SQL: a value
    with control characters (NUL), invalid UTF-8 or too long is a 400 ``{param: [reason]}``
    (the shape of the live site's REST framework 400s). ``page`` and ``page_size`` keep the
    live site's answers instead (404 ``Invalid page.``, the default size): see pagination."""

    def check_params(self, request: HttpRequest) -> dict[str, list[str]]:
        errors: dict[str, list[str]] = {}
        for name in self.text_params:
            for raw in request.GET.getlist(name):
                try:
                    params.clean_text(raw)
                except params.ParamError as error:
                    errors[name] = [str(error)]
                    break
        return errors

    def resolve(self, **kwargs: Any) -> None:
        """Look up what the URL names; raise ``Http404`` when it does not exist."""

    def build(self, request: HttpRequest) -> Any:
        """The feed document (JSON-ready), or raise :class:`FeedError`."""
        raise NotImplementedError

    def today(self) -> datetime.date:
        """The server's local date: what "upcoming" and "past" are relative to."""
        return timezone.localdate()

    def get(self, request: HttpRequest, **kwargs: Any) -> HttpResponse:
        override = request.GET.get("format")
        fmt = negotiate(request.headers.get("Accept"), override)
        if fmt is None:
            if override:
                return json_response({"detail": NOT_FOUND}, status=404)
            return json_response({"detail": NOT_ACCEPTABLE}, status=406)
        try:
            return self.respond(request, fmt, **kwargs)
        except Http404:
            raise  # the live site's HTML 404 page for an unknown organisation
        except Exception:
            # Never Django's HTML 500 page for a client that asked for JSON.
            logger.exception("Unhandled error in feed %s", request.path)
            if fmt != "json":
                raise
            return json_response({"detail": SERVER_ERROR}, status=500)

    def respond(self, request: HttpRequest, fmt: str, **kwargs: Any) -> HttpResponse:
        errors = self.check_params(request)
        if errors:
            return self.render(request, fmt, errors, status=400)
        self.resolve(**kwargs)
        etag = catalogue_etag(request, scope=f"feed:{fmt}")
        if if_none_match(request, etag):
            response = HttpResponse(status=304)
        else:
            try:
                status, document = 200, self.build(request)
            except FeedError as error:
                status, document = error.status, {"detail": error.detail}
            response = self.render(request, fmt, document, status=status)
            if status != 200:
                return response
        response["ETag"] = etag
        response["Cache-Control"] = "no-cache"
        response["Vary"] = "Accept"
        return response

    def render(self, request: HttpRequest, fmt: str, document: Any, status: int) -> HttpResponse:
        if fmt == "json":
            return json_response(document, status=status)
        return html_response(request, self.title, document, status=status)
