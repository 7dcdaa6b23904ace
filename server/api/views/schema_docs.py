"""OpenAPI descriptions of the API v1 views: parameters, responses per status and media type.

The schema describes what the service does, so a generated client (or schemathesis, which
tests/server/test_schemathesis.py runs against a live server) can rely on it: every value the
schema allows is accepted, and what it forbids answers 4xx. Parameter constraints mirror the
parsers (:mod:`api.filters`, :mod:`certification_server.params`); rules OpenAPI cannot state
(a slug must exist, ``start_before`` not before ``start_after``, ``minx <= maxx``) are in the
descriptions and answer 400.
"""

from __future__ import annotations

from typing import Any, Final

from django_countries import countries
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)

from certification_server import params

from .. import serializers as s
from ..filters import MAX_SEARCH_LENGTH
from ..pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
from ..schema import ApiAutoSchema

JSON = "application/json"
GEOJSON = "application/geo+json"
Q: Final = OpenApiParameter.QUERY

#: Text without the characters the shared layer refuses (control characters, U+FFFD).
TEXT_PATTERN = r"^[^\x00-\x1f\x7f-\x9f\ufffd]*$"
_YEAR = (
    r"(?:000[2-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-8])"
)
_MONTH_DAY = (
    r"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
)
_TIME = r"T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,6})?"
_ZONE = r"(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])"
#: A date, or a date-time with its UTC offset, that stays within years 1..9999 in UTC whatever
#: the offset (the pattern leaves out the years 1 and 9999, and 29 February).
MOMENT_PATTERN = rf"^{_YEAR}-{_MONTH_DAY}(?:{_TIME}{_ZONE})?$"


def _param(name: str, kind: Any, description: str, **extra: Any) -> OpenApiParameter:
    return OpenApiParameter(name, kind, Q, required=False, description=description, **extra)


def _text(max_length: int = MAX_SEARCH_LENGTH) -> dict[str, Any]:
    return {"type": "string", "maxLength": max_length, "pattern": TEXT_PATTERN}


def _whole_number(name: str, description: str) -> OpenApiParameter:
    schema = {"type": "integer", "minimum": 1, "maximum": params.MAX_INTEGER}
    return _param(name, schema, description)


PAGE = _whole_number(
    "page",
    "1-based page number in ASCII digits; a page past the last one is a 404 (page 1 of an "
    "empty list is a 200).",
)
PAGE_SIZE = _whole_number(
    "page_size",
    f"Items per page, default {DEFAULT_PAGE_SIZE}, at most {MAX_PAGE_SIZE}: larger values are "
    f"served as {MAX_PAGE_SIZE} (capped, not refused).",
)
COUNTRY = _param(
    "country",
    {"type": "array", "items": {"type": "string", "enum": [code for code, _name in countries]}},
    "ISO 3166-1 alpha-2 codes, comma-separated (trimmed, case-insensitive); may be repeated.",
    style="form",
    explode=False,
)
SEARCH = _param(
    "search", _text(), f"Case-insensitive substring of the name; at most {MAX_SEARCH_LENGTH} chars."
)
UPDATED_SINCE = _param(
    "updated_since",
    {"type": "string", "pattern": MOMENT_PATTERN},
    "Items with updated_at at or after this moment: an ISO 8601 date-time with offset, or a "
    "date (midnight in the server's time zone). It must fall within the years 1 to 9999 in UTC "
    "(9999-12-31T23:59:59-23:59 does not: 400).",
)
BBOX = _param(
    "bbox",
    {"type": "array", "items": {"type": "number"}, "minItems": 4, "maxItems": 4},
    "minx,miny,maxx,maxy in EPSG:4326, minx<=maxx and miny<=maxy (else 400); excludes centres "
    "without location.",
    style="form",
    explode=False,
)
ORGANISATION = _param(
    "organisation", _text(), "Slug of a certified organisation (another slug is a 400)."
)
START_AFTER = _param("start_after", OpenApiTypes.DATE, "start_date on or after this date.")
START_BEFORE = _param(
    "start_before",
    OpenApiTypes.DATE,
    "start_date on or before this date; before start_after is a 400.",
)
UPCOMING = _param(
    "upcoming",
    OpenApiTypes.BOOL,
    "true: start_date >= today (server date); false: start_date < today.",
)
LANGUAGE = _param("language", _text(), "Language code or English name, e.g. ro.")
COURSE_TYPE = _param(
    "course_type", _text(), "Course type slug or id, of a certified organisation (else 400)."
)


def _format(*offered: str) -> OpenApiParameter:
    geojson = "; geojson: a GeoJSON FeatureCollection (a Feature for one item)"
    return _param(
        "format",
        OpenApiTypes.STR,
        f"Wins over Accept{geojson if 'geojson' in offered else ''}; another value is a 400.",
        enum=list(offered),
    )


FORMAT_SPATIAL = _format("json", "geojson")
FORMAT_JSON = _format("json")
IF_NONE_MATCH = OpenApiParameter(
    "If-None-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=False,
    description="An ETag from an earlier answer (or *): 304 with an empty body when current.",
)
ETAG_HEADERS = [
    OpenApiParameter(
        "ETag",
        OpenApiTypes.STR,
        OpenApiParameter.HEADER,
        response=[200, 304],
        required=True,
        description="Strong tag of this answer (path, query, Accept and the catalogue).",
    ),
    OpenApiParameter(
        "Cache-Control",
        OpenApiTypes.STR,
        OpenApiParameter.HEADER,
        response=[200, 304],
        required=True,
        description="Always no-cache: revalidate with If-None-Match.",
    ),
]
SLUG = OpenApiParameter("slug", OpenApiTypes.STR, OpenApiParameter.PATH)
ID = OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.PATH)

BAD_QUERY = OpenApiResponse(
    s.InvalidQuerySerializer, description="Bad query parameters, listed per parameter."
)
UNAUTHORISED = OpenApiResponse(s.ErrorSerializer, description="Wrong, expired or revoked token.")
NOT_FOUND = OpenApiResponse(s.ErrorSerializer, description="Unknown item or page.")
NOT_ACCEPTABLE = OpenApiResponse(s.ErrorSerializer, description="Accept names nothing offered.")
LOCKED_OUT = OpenApiResponse(
    s.ErrorSerializer,
    description="Too many failed sign-ins (wrong tokens) from this address or for this user: "
    "locked_out, retry after the Retry-After header's seconds.",
)
NOT_MODIFIED = OpenApiResponse(None, description="Not modified: If-None-Match holds the ETag.")

#: Errors every API v1 operation may answer (400 for ``?format=``, 401 for a bad token, 406 for
#: an Accept header naming nothing offered, 429 after too many bad tokens).
ERRORS = {400: BAD_QUERY, 401: UNAUTHORISED, 406: NOT_ACCEPTABLE, 429: LOCKED_OUT}
CATALOGUE_ERRORS = {**ERRORS, 404: NOT_FOUND}


def _catalogue(responses: dict[Any, Any], spatial: bool) -> dict[Any, Any]:
    """``responses`` plus the conditional 304 and the errors (JSON even for GeoJSON requests)."""
    errors = {(code, JSON): r for code, r in CATALOGUE_ERRORS.items()} if spatial else {}
    return {**responses, 304: NOT_MODIFIED, **(errors or CATALOGUE_ERRORS)}


def _ok(body: Any, geojson: Any) -> dict[Any, Any]:
    """The 200 response: JSON only, or JSON and GeoJSON for the spatial resources."""
    if geojson is None:
        return {200: body}
    return {(200, JSON): body, (200, GEOJSON): geojson}


def _list(page: Any, *filters: OpenApiParameter, collection: Any = None) -> Any:
    spatial = collection is not None
    responses = _ok(page, collection)
    return extend_schema(
        parameters=[
            *filters,
            PAGE,
            PAGE_SIZE,
            FORMAT_SPATIAL if spatial else FORMAT_JSON,
            IF_NONE_MATCH,
            *ETAG_HEADERS,
        ],
        responses=_catalogue(responses, spatial),
    )


def _detail(lookup: OpenApiParameter, item: Any, feature: Any = None) -> Any:
    spatial = feature is not None
    responses = _ok(item, feature)
    return extend_schema(
        parameters=[
            lookup,
            FORMAT_SPATIAL if spatial else FORMAT_JSON,
            IF_NONE_MATCH,
            *ETAG_HEADERS,
        ],
        responses=_catalogue(responses, spatial),
    )


def _viewset(**actions: Any) -> Any:
    """``extend_schema_view(**actions)`` plus the API v1 schema class."""

    def decorate(view: type) -> type:
        view = extend_schema_view(**actions)(view)
        view.schema = ApiAutoSchema()  # type: ignore[attr-defined]
        return view

    return decorate


organisations = _viewset(
    list=_list(s.OrganisationPage, COUNTRY, SEARCH, UPDATED_SINCE),
    retrieve=_detail(SLUG, s.OrganisationDetailSerializer),
)

training_centres = _viewset(
    list=_list(
        s.TrainingCentrePage,
        COUNTRY,
        SEARCH,
        UPDATED_SINCE,
        BBOX,
        ORGANISATION,
        collection=s.TrainingCentreCollection,
    ),
    retrieve=_detail(ID, s.TrainingCentreSerializer, s.TrainingCentreFeature),
)

courses = _viewset(
    list=_list(
        s.CoursePage,
        COUNTRY,
        SEARCH,
        UPDATED_SINCE,
        BBOX,
        ORGANISATION,
        START_AFTER,
        START_BEFORE,
        UPCOMING,
        LANGUAGE,
        COURSE_TYPE,
        collection=s.CourseCollection,
    ),
    retrieve=_detail(ID, s.CourseDetailSerializer, s.CourseDetailFeature),
)

course_types = _viewset(
    list=_list(s.CourseTypePage, SEARCH, UPDATED_SINCE, ORGANISATION),
    retrieve=_detail(SLUG, s.CourseTypeSerializer),
)

root = extend_schema(
    parameters=[FORMAT_JSON],
    responses={200: s.RootSerializer, **ERRORS},
    operation_id="root",
)
me = extend_schema(
    parameters=[FORMAT_JSON],
    responses={200: s.UserSerializer, **ERRORS},
    operation_id="me",
)
