"""Rows → API dicts, built from ``QuerySet.values()`` in one query per page.

Model instances and DRF serializers cost several times more per row than these plain
functions (see the benchmark in tests/server/test_api_bench.py); the shapes are documented in
docs/api-v1.md and described for OpenAPI by ``api.serializers``, which a test keeps in sync.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from catalogue.languages import language_name
from catalogue.models import CertifyingOrganisation, Course, CourseType, TrainingCenter
from django.urls import get_script_prefix, reverse
from django_countries import countries
from feeds.documents import iso_date

if TYPE_CHECKING:
    from django.db.models import Q, QuerySet
    from rest_framework.request import Request

WEB_ORGANISATION_PATH = "en/certifyingorganisation/{slug}/"
WEB_COURSE_PATH = "en/certifyingorganisation/{slug}/course/{course_slug}/"
WEB_TRAINING_CENTRE_PATH = "en/certifyingorganisation/{slug}/trainingcenter/{pk}/"


@dataclass
class LinkContext:
    """Absolute URL bases for one request, plus small caches shared by all rows of a page."""

    api: str
    site: str
    country_names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def for_request(cls, request: Request) -> LinkContext:
        return cls(
            api=request.build_absolute_uri(reverse("api:root")),
            site=request.build_absolute_uri(get_script_prefix()),
        )

    def country_name(self, code: str) -> str:
        name = self.country_names.get(code)
        if name is None:
            name = self.country_names[code] = str(countries.name(code)) if code else ""
        return name

    def organisation_web(self, slug: str) -> str:
        return self.site + WEB_ORGANISATION_PATH.format(slug=slug)

    def course_web(self, slug: str, course_slug: str) -> str:
        return self.site + WEB_COURSE_PATH.format(slug=slug, course_slug=course_slug)

    def training_centre_web(self, slug: str, pk: int) -> str:
        return self.site + WEB_TRAINING_CENTRE_PATH.format(slug=slug, pk=pk)


def _iso(value: datetime | None) -> str | None:
    """ISO 8601 of a stored date-time, always with its offset.

    Rows read straight from the cursor (``raw_rows``) on SQLite hold naive values, which
    are UTC (``USE_TZ``): the same instant as the ORM's aware value, written the same way.
    """
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.isoformat()


def hours_text(value: Decimal | None) -> str:
    """``16.0`` → ``"16"``, ``7.5`` → ``"7.5"``: exact, without float rounding."""
    if value is None:
        return "0"
    return format(value.normalize(), "f")


def point(longitude: float | None, latitude: float | None) -> dict[str, Any] | None:
    if longitude is None or latitude is None:
        return None
    return {"type": "Point", "coordinates": [longitude, latitude]}


# --- organisations -------------------------------------------------------------------------

ORGANISATION_FIELDS = (
    "id",
    "slug",
    "name",
    "country",
    "organisation_email",
    "url",
    "address",
    "organisation_phone",
    "status",
    "updated_at",
)


def organisations(visible: Q) -> QuerySet:
    return CertifyingOrganisation.objects.filter(visible).order_by("name", "id")


def organisation(row: dict[str, Any], ctx: LinkContext) -> dict[str, Any]:
    slug = row["slug"]
    country = str(row["country"] or "")
    return {
        "id": row["id"],
        "slug": slug,
        "name": row["name"],
        "country": country,
        "country_name": ctx.country_name(country),
        "email": row["organisation_email"],
        "url": row["url"],
        "address": row["address"],
        "phone": row["organisation_phone"],
        "status": row["status"],
        "updated_at": _iso(row["updated_at"]),
        "links": {
            "self": f"{ctx.api}organisations/{slug}/",
            "web": ctx.organisation_web(slug),
            "training_centres": f"{ctx.api}training-centres/?organisation={slug}",
            "courses": f"{ctx.api}courses/?organisation={slug}",
        },
    }


# --- training centres ----------------------------------------------------------------------

TRAINING_CENTRE_FIELDS = (
    "id",
    "name",
    "email",
    "phone",
    "address",
    "url",
    "longitude",
    "latitude",
    "updated_at",
    "certifying_organisation__slug",
    "certifying_organisation__name",
    "certifying_organisation__country",
)


def training_centres(visible: Q) -> QuerySet:
    return TrainingCenter.objects.filter(visible).order_by("name", "id")


def training_centre(row: dict[str, Any], ctx: LinkContext) -> dict[str, Any]:
    org = row["certifying_organisation__slug"]
    return {
        "id": row["id"],
        "name": row["name"],
        "organisation": org,
        "organisation_name": row["certifying_organisation__name"],
        "country": str(row["certifying_organisation__country"] or ""),
        "email": row["email"],
        "phone": row["phone"],
        "address": row["address"],
        "url": row["url"],
        "online": row["longitude"] is None,
        "longitude": row["longitude"],
        "latitude": row["latitude"],
        "updated_at": _iso(row["updated_at"]),
        "links": {
            "self": f"{ctx.api}training-centres/{row['id']}/",
            "web": ctx.training_centre_web(org, row["id"]),
            "organisation": f"{ctx.api}organisations/{org}/",
        },
    }


# --- courses -------------------------------------------------------------------------------

COURSE_FIELDS = (
    "id",
    "name",
    "slug",
    "start_date",
    "end_date",
    "language",
    "trained_competence",
    "updated_at",
    "course_type__slug",
    "course_type__name",
    "course_convener__user__username",
    "course_convener__user__first_name",
    "course_convener__user__last_name",
    "course_convener_id",
    "certificate_type__slug",
    "training_center_id",
    "training_center__name",
    "training_center__longitude",
    "training_center__latitude",
    "certifying_organisation__slug",
    "certifying_organisation__name",
    "certifying_organisation__country",
)


def courses(visible: Q) -> QuerySet:
    return Course.objects.filter(visible).order_by("start_date", "id")


def convener_name(first: str, last: str, username: str) -> str:
    """As ``User.get_full_name()`` with the username as fallback (``CourseConvener``)."""
    return f"{first} {last}".strip() or username


def course(row: dict[str, Any], ctx: LinkContext) -> dict[str, Any]:
    org = row["certifying_organisation__slug"]
    centre = row["training_center_id"]
    language = row["language"]
    return {
        "id": row["id"],
        "name": row["name"],
        "start_date": iso_date(row["start_date"]),
        "end_date": iso_date(row["end_date"]),
        "course_type": row["course_type__slug"],
        "course_type_name": row["course_type__name"],
        "course_convener_name": convener_name(
            row["course_convener__user__first_name"],
            row["course_convener__user__last_name"],
            row["course_convener__user__username"],
        ),
        "course_convener": row["course_convener_id"],
        "certificate_type": row["certificate_type__slug"],
        "training_centre": centre,
        "training_centre_name": row["training_center__name"],
        "organisation": org,
        "organisation_name": row["certifying_organisation__name"],
        "country": str(row["certifying_organisation__country"] or ""),
        "language": language,
        "language_name": language_name(language),
        "trained_competence": row["trained_competence"],
        "online": row["training_center__longitude"] is None,
        "longitude": row["training_center__longitude"],
        "latitude": row["training_center__latitude"],
        "updated_at": _iso(row["updated_at"]),
        "links": {
            "self": f"{ctx.api}courses/{row['id']}/",
            "web": ctx.course_web(org, row["slug"]),
            "organisation": f"{ctx.api}organisations/{org}/",
            "training_centre": f"{ctx.api}training-centres/{centre}/",
        },
    }


# --- course types --------------------------------------------------------------------------

COURSE_TYPE_FIELDS = (
    "id",
    "slug",
    "name",
    "description",
    "instruction_hours",
    "updated_at",
    "certifying_organisation__slug",
)


def course_types(visible: Q) -> QuerySet:
    return CourseType.objects.filter(visible).order_by("name", "id")


def course_type(row: dict[str, Any], ctx: LinkContext) -> dict[str, Any]:
    return {
        "id": row["id"],
        "slug": row["slug"],
        "name": row["name"],
        "description": row["description"],
        "instruction_hours": hours_text(row["instruction_hours"]),
        "organisation": row["certifying_organisation__slug"],
        "updated_at": _iso(row["updated_at"]),
        "links": {"self": f"{ctx.api}course-types/{row['slug']}/"},
    }


# --- GeoJSON -------------------------------------------------------------------------------

GEOMETRY_KEYS = ("longitude", "latitude")


def feature(item: dict[str, Any]) -> dict[str, Any]:
    """A GeoJSON Feature from an item carrying ``longitude``/``latitude``."""
    properties = {k: v for k, v in item.items() if k not in GEOMETRY_KEYS}
    return {
        "type": "Feature",
        "id": item["id"],
        "geometry": point(item["longitude"], item["latitude"]),
        "properties": properties,
    }
