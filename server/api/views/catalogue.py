"""Read-only catalogue resources: organisations, training centres, courses, course types.

Each list request costs a fixed number of queries whatever the page size: the fingerprint for
the ETag, at most one per slug filter, one count and one ``values()`` query for the page (and,
for a signed-in user, two to learn which private organisations they may see).

Which rows: those of certified organisations, plus, for an owner, their own organisations'
rows, and every row for a certification manager (``catalogue.rules``, the rule of the web
pages and the feeds). A private organisation's rows are 404 to everybody else.
"""

from __future__ import annotations

from typing import Any, Callable

from catalogue.revision import catalogue_etag, if_none_match
from catalogue.rules import visible_q
from django.db.models import QuerySet
from django.utils.cache import patch_vary_headers
from feeds.documents import rows as cursor_rows
from rest_framework import viewsets
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from reviews.publication import published_contributions

from .. import filters, representations, serializers_training
from ..negotiation import ApiContentNegotiation
from ..pagination import make_page
from ..renderers import FastJSONRenderer, GeoJSONRenderer
from ..representations import LinkContext, feature
from . import schema_docs, schema_docs_training
from .training import CatalogueWrites, manager_counts

ETAG_SCOPE = "api-v1"


def _conditional(response: Response, etag: str) -> Response:
    response["ETag"] = etag
    response["Cache-Control"] = "no-cache"
    # The body depends on Accept (JSON or GeoJSON), and so does the tag.
    patch_vary_headers(response, ("Accept",))
    return response


class CatalogueViewSet(viewsets.ViewSet):
    """List and retrieve one catalogue resource from plain ``values()`` rows."""

    permission_classes = (AllowAny,)  # public reads; a bad token is still refused with 401
    content_negotiation_class = ApiContentNegotiation
    lookup_field = "pk"
    lookup_value_regex = r"[0-9]{1,18}"

    spatial = False
    raw_rows = False
    """Read list pages straight from the cursor (``build`` then takes SQLite's text dates):
    for the long lists, where Django's per-value converters are a third of the time."""
    fields: tuple[str, ...] = ()
    filterset: filters.FilterSet = filters.DETAIL_FILTERS
    base_queryset: Callable[[Any], QuerySet]
    organisation_path = "certifying_organisation__"
    """Path from a row to its organisation, for the visibility rule."""
    build: Callable[[dict[str, Any], LinkContext], dict[str, Any]]

    def get_renderers(self) -> list[Any]:
        if self.spatial:
            return [FastJSONRenderer(), GeoJSONRenderer()]
        return [FastJSONRenderer()]

    def visible_rows(self, request: Request) -> QuerySet:
        """The rows ``request.user`` may see (see the module's docstring)."""
        return self.base_queryset(visible_q(request.user, self.organisation_path))

    def wants_geojson(self, request: Request) -> bool:
        return self.spatial and request.accepted_renderer.format == GeoJSONRenderer.format

    def list(self, request: Request) -> Response:
        values = self.filterset.parse(request.query_params, user=request.user)
        etag = catalogue_etag(request, ETAG_SCOPE)
        if if_none_match(request, etag):
            return _conditional(Response(status=304), etag)
        queryset = self.filterset.apply(self.visible_rows(request), values)
        page = make_page(queryset.count(), values.get("page"), values.get("page_size"))
        window = queryset[page.offset : page.offset + page.size]
        if self.raw_rows:
            fields = self.fields
            rows: Any = [dict(zip(fields, row)) for row in cursor_rows(window, fields)]
        else:
            rows = window.values(*self.fields)
        ctx = LinkContext.for_request(request)
        build = self.build
        items = [build(row, ctx) for row in rows]
        following, preceding = page.links(request)
        if self.wants_geojson(request):
            data: dict[str, Any] = {
                "type": "FeatureCollection",
                "count": page.count,
                "next": following,
                "previous": preceding,
                "features": [feature(item) for item in items],
            }
        else:
            data = {"count": page.count, "next": following, "previous": preceding, "results": items}
        return _conditional(Response(data), etag)

    def retrieve(self, request: Request, **kwargs: Any) -> Response:
        self.filterset.parse(request.query_params, paginated=False, user=request.user)
        etag = catalogue_etag(request, ETAG_SCOPE)
        if if_none_match(request, etag):
            return _conditional(Response(status=304), etag)
        lookup = {self.lookup_field: kwargs[self.lookup_field]}
        row = self.visible_rows(request).filter(**lookup).values(*self.fields).first()
        if row is None:
            raise NotFound()
        item = self.build(row, LinkContext.for_request(request))
        return _conditional(Response(feature(item) if self.wants_geojson(request) else item), etag)


@schema_docs.organisations
class OrganisationViewSet(CatalogueViewSet):
    """Approved, non-archived certifying organisations (and the viewer's own), ordered by name."""

    organisation_path = ""
    lookup_field = "slug"
    lookup_value_regex = r"[-a-zA-Z0-9_]{1,200}"
    fields = representations.ORGANISATION_FIELDS
    filterset = filters.ORGANISATION_FILTERS
    base_queryset = staticmethod(representations.organisations)
    build = staticmethod(representations.organisation)

    def retrieve(self, request: Request, **kwargs: Any) -> Response:
        """The list's item plus the contributions approval published (detail only: the
        list keeps its shape and its cost)."""
        response = super().retrieve(request, **kwargs)
        if response.status_code == 200 and isinstance(response.data, dict):
            response.data["contributions"] = published_contributions(response.data["id"])
        return response


@schema_docs_training.training_centre_writes
@schema_docs.training_centres
class TrainingCentreViewSet(CatalogueWrites, CatalogueViewSet):
    """Training centres of certified organisations; GeoJSON with ``?format=geojson``."""

    in_serializer = serializers_training.TrainingCentreWrite
    kind = "training_centre"
    object_kwarg = "centre"

    spatial = True
    raw_rows = True
    fields = representations.TRAINING_CENTRE_FIELDS
    filterset = filters.TRAINING_CENTRE_FILTERS
    base_queryset = staticmethod(representations.training_centres)
    build = staticmethod(representations.training_centre)


@schema_docs_training.course_writes
@schema_docs.courses
class CourseViewSet(CatalogueWrites, CatalogueViewSet):
    """Courses of certified organisations by start date; GeoJSON with ``?format=geojson``."""

    in_serializer = serializers_training.CourseWrite
    kind = object_kwarg = "course"
    form_serializer = serializers_training.CourseForm

    def retrieve(self, request: Request, **kwargs: Any) -> Response:
        """The list's item; for the course's managers also how many attendees and valid
        certificates it has (the ETag follows both: their signals touch the course)."""
        response = super().retrieve(request, **kwargs)
        if response.status_code == 200 and isinstance(response.data, dict):
            data = response.data
            item = data.get("properties", data)
            counts = manager_counts(request, item["id"], item["organisation"])
            if counts:
                item.update(counts)
        return response

    spatial = True
    raw_rows = True
    fields = representations.COURSE_FIELDS
    filterset = filters.COURSE_FILTERS
    base_queryset = staticmethod(representations.courses)
    build = staticmethod(representations.course)


@schema_docs_training.course_type_writes
@schema_docs.course_types
class CourseTypeViewSet(CatalogueWrites, CatalogueViewSet):
    """Course types offered by certified organisations."""

    in_serializer = serializers_training.CourseTypeWrite
    kind = object_kwarg = "course_type"

    lookup_field = "slug"
    lookup_value_regex = r"[-a-zA-Z0-9_]{1,200}"
    fields = representations.COURSE_TYPE_FIELDS
    filterset = filters.COURSE_TYPE_FILTERS
    base_queryset = staticmethod(representations.course_types)
    build = staticmethod(representations.course_type)
