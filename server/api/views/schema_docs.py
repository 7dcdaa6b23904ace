"""OpenAPI descriptions of the catalogue viewsets (parameters, responses per media type)."""

from __future__ import annotations

from typing import Any, Final

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)

from .. import serializers as s

JSON = "application/json"
GEOJSON = "application/geo+json"
Q: Final = OpenApiParameter.QUERY


def _param(name: str, kind: Any, description: str) -> OpenApiParameter:
    return OpenApiParameter(name, kind, Q, required=False, description=description)


PAGE = _param("page", OpenApiTypes.INT, "1-based page number; past the last page → 404.")
PAGE_SIZE = _param(
    "page_size", OpenApiTypes.INT, "Items per page: default 100, larger values capped at 1000."
)
COUNTRY = _param("country", OpenApiTypes.STR, "ISO 3166-1 alpha-2 codes, comma-separated.")
SEARCH = _param("search", OpenApiTypes.STR, "Case-insensitive substring of the name.")
UPDATED_SINCE = _param(
    "updated_since", OpenApiTypes.DATETIME, "Items with updated_at at or after this moment."
)
BBOX = _param(
    "bbox", OpenApiTypes.STR, "minx,miny,maxx,maxy in EPSG:4326; excludes centres without location."
)
ORGANISATION = _param("organisation", OpenApiTypes.STR, "Organisation slug.")
FORMAT = OpenApiParameter(
    "format",
    OpenApiTypes.STR,
    Q,
    required=False,
    enum=["json", "geojson"],
    description="geojson: a GeoJSON FeatureCollection (Feature for one item).",
)
SLUG = OpenApiParameter("slug", OpenApiTypes.STR, OpenApiParameter.PATH)
ID = OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.PATH)

ERRORS = {
    400: OpenApiResponse(s.InvalidQuerySerializer, description="Bad query parameters."),
    401: OpenApiResponse(s.ErrorSerializer, description="Wrong, expired or revoked token."),
    404: OpenApiResponse(s.ErrorSerializer, description="Unknown item or page."),
}
DETAIL_ERRORS = {401: ERRORS[401], 404: ERRORS[404]}


def _spatial_errors(errors: dict) -> dict:
    return {(code, JSON): response for code, response in errors.items()}


organisations = extend_schema_view(
    list=extend_schema(
        parameters=[COUNTRY, SEARCH, UPDATED_SINCE, PAGE, PAGE_SIZE],
        responses={200: s.OrganisationPage, **ERRORS},
    ),
    retrieve=extend_schema(
        parameters=[SLUG], responses={200: s.OrganisationSerializer, **DETAIL_ERRORS}
    ),
)

training_centres = extend_schema_view(
    list=extend_schema(
        parameters=[COUNTRY, SEARCH, UPDATED_SINCE, BBOX, ORGANISATION, PAGE, PAGE_SIZE, FORMAT],
        responses={
            (200, JSON): s.TrainingCentrePage,
            (200, GEOJSON): s.TrainingCentreCollection,
            **_spatial_errors(ERRORS),
        },
    ),
    retrieve=extend_schema(
        parameters=[ID, FORMAT],
        responses={
            (200, JSON): s.TrainingCentreSerializer,
            (200, GEOJSON): s.TrainingCentreFeature,
            **_spatial_errors(DETAIL_ERRORS),
        },
    ),
)

courses = extend_schema_view(
    list=extend_schema(
        parameters=[
            COUNTRY,
            SEARCH,
            UPDATED_SINCE,
            BBOX,
            ORGANISATION,
            _param("start_after", OpenApiTypes.DATE, "start_date on or after this date."),
            _param("start_before", OpenApiTypes.DATE, "start_date on or before this date."),
            _param(
                "upcoming",
                OpenApiTypes.BOOL,
                "true: start_date >= today (server date); false: start_date < today.",
            ),
            _param("language", OpenApiTypes.STR, "Language code or English name, e.g. ro."),
            _param("course_type", OpenApiTypes.STR, "Course type slug or id."),
            PAGE,
            PAGE_SIZE,
            FORMAT,
        ],
        responses={
            (200, JSON): s.CoursePage,
            (200, GEOJSON): s.CourseCollection,
            **_spatial_errors(ERRORS),
        },
    ),
    retrieve=extend_schema(
        parameters=[ID, FORMAT],
        responses={
            (200, JSON): s.CourseSerializer,
            (200, GEOJSON): s.CourseFeature,
            **_spatial_errors(DETAIL_ERRORS),
        },
    ),
)

course_types = extend_schema_view(
    list=extend_schema(
        parameters=[SEARCH, UPDATED_SINCE, ORGANISATION, PAGE, PAGE_SIZE],
        responses={200: s.CourseTypePage, **ERRORS},
    ),
    retrieve=extend_schema(
        parameters=[SLUG], responses={200: s.CourseTypeSerializer, **DETAIL_ERRORS}
    ),
)
