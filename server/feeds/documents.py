"""Build the live site's feed documents straight from database rows.

One ``values_list`` query per feed (joins done by the database), plain dicts out: no model
instances and no serializer per row, so a feed with ten thousand courses stays fast.

Which rows the project-wide feeds hold: only those of certified organisations (approved and
not archived), the organisations feed's rule. This deviates from the live site, whose course
and centre feeds also carry pending, rejected and archived organisations' rows: organisations
that are not certified are private here (``catalogue.rules``). The shapes stay the live
site's, key for key. A per-organisation feed holds all of its organisation's rows; the view
has checked that the viewer may see that organisation.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from catalogue.languages import language_name
from catalogue.models import CertifyingOrganisation, Course, TrainingCenter
from catalogue.rules import certified_q
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import QuerySet
from django_countries import countries

#: The live site's ``crs`` member of the training-centre feed.
CRS_EPSG_4326 = {"type": "name", "properties": {"name": "EPSG:4326"}}

COURSE_COLUMNS = (
    "name",
    "start_date",
    "end_date",
    "course_type__name",
    "course_convener__user__first_name",
    "course_convener__user__last_name",
    "course_convener__user__username",
    "training_center__name",
    "training_center__longitude",
    "training_center__latitude",
    "certifying_organisation__name",
    "language",
    "trained_competence",
)

CENTRE_COLUMNS = ("id", "name", "certifying_organisation__name", "longitude", "latitude")

ORGANISATION_COLUMNS = (
    "name",
    "country",
    "organisation_email",
    "url",
    "address",
    "organisation_phone",
)


def parse_countries(raw: str | None) -> list[str]:
    """``" ro, se ,"`` → ``["RO", "SE"]``: trimmed, upper-cased, empty items dropped."""
    if not raw:
        return []
    return [item.strip().upper() for item in raw.split(",") if item.strip()]


def rows(queryset: QuerySet, columns: tuple[str, ...]) -> list[tuple]:
    """The rows of ``queryset.values_list(*columns)`` straight from the database cursor.

    Same SQL as the ORM builds (joins included); skipping Django's per-value converters saves
    a third of the time on big feeds. Dates come back as ``date`` or as ISO text depending on
    the backend: :func:`iso_date` takes both.
    """
    query = queryset.values_list(*columns).query
    try:
        sql, params = query.get_compiler(using=queryset.db).as_sql()
    except EmptyResultSet:  # e.g. queryset.none(): nothing to ask the database
        return []
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def iso_date(value: datetime.date | str) -> str:
    return value if isinstance(value, str) else value.isoformat()


def point(longitude: float | None, latitude: float | None) -> dict[str, Any] | None:
    """A GeoJSON Point, or ``None`` for a centre without a location (online)."""
    if longitude is None or latitude is None:
        return None
    return {"type": "Point", "coordinates": [longitude, latitude]}


#: Rows of certified organisations, for courses and centres (their ``certifying_organisation``).
CERTIFIED_ROWS = certified_q("certifying_organisation__")


def certified_centres() -> QuerySet[TrainingCenter]:
    """Training centres of certified organisations: the project-wide centre feed."""
    return TrainingCenter.objects.filter(CERTIFIED_ROWS)


def upcoming_courses(
    today: datetime.date, organisation: CertifyingOrganisation | None = None
) -> QuerySet[Course]:
    """Courses starting today or later: of ``organisation``, or of every certified one."""
    return _courses(organisation).filter(start_date__gte=today)


def past_courses(
    today: datetime.date, organisation: CertifyingOrganisation | None = None
) -> QuerySet[Course]:
    """Courses that ended today or earlier (a one-day course today is in both feeds)."""
    return _courses(organisation).filter(end_date__lte=today)


def _courses(organisation: CertifyingOrganisation | None) -> QuerySet[Course]:
    if organisation is None:
        return Course.objects.filter(CERTIFIED_ROWS)
    return Course.objects.filter(certifying_organisation=organisation)


def course_collection(courses: QuerySet[Course]) -> dict[str, Any]:
    """A FeatureCollection of courses; the caller has filtered and ordered ``courses``.

    The loop is the hot path of the biggest feed: helpers are inlined on purpose.
    """
    features: list[dict[str, Any]] = []
    append = features.append
    for (
        name,
        start_date,
        end_date,
        course_type_name,
        first_name,
        last_name,
        username,
        centre_name,
        longitude,
        latitude,
        organisation_name,
        language,
        trained_competence,
    ) in rows(courses, COURSE_COLUMNS):
        append(
            {
                "type": "Feature",
                "geometry": None
                if longitude is None or latitude is None
                else {"type": "Point", "coordinates": [longitude, latitude]},
                "properties": {
                    "name": name,
                    "start_date": iso_date(start_date),
                    "end_date": iso_date(end_date),
                    "course_type_name": course_type_name,
                    # The user's full name, or the username without one (Django's rule).
                    "course_convener_name": f"{first_name} {last_name}".strip() or username,
                    "training_center_name": centre_name,
                    "certifying_organisation_name": organisation_name,
                    "language": language_name(language),
                    "trained_competence": trained_competence,
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def training_center_collection(centres: QuerySet[TrainingCenter]) -> dict[str, Any]:
    """A FeatureCollection of centres with the ``crs`` member and the centre id per feature."""
    features = [
        {
            "type": "Feature",
            "id": centre_id,
            "properties": {"name": name, "certifying_organisation__name": organisation_name},
            "geometry": point(longitude, latitude),
        }
        for centre_id, name, organisation_name, longitude, latitude in rows(centres, CENTRE_COLUMNS)
    ]
    return {"type": "FeatureCollection", "crs": CRS_EPSG_4326, "features": features}


def organisation_rows(
    organisations: QuerySet[CertifyingOrganisation],
) -> Iterable[dict[str, Any]]:
    """Organisation feed items: no id, no slug; ``country_name`` in English."""
    for name, country, email, url, address, phone in organisations.values_list(
        *ORGANISATION_COLUMNS
    ):
        yield {
            "name": name,
            "country_name": countries.name(country) if country else "",
            "country_code": country,
            "organisation_email": email,
            "url": url,
            "address": address,
            "organisation_phone": phone,
        }
