"""Catalogue and user builders for the API v1 and token tests.

Kept apart from the feeds' fixtures so each suite states exactly the data it asserts on.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from catalogue.models import (
    CertifyingOrganisation,
    Course,
    CourseConvener,
    CourseType,
    TrainingCenter,
)
from django.contrib.auth import get_user_model
from django.utils import timezone

_seq = itertools.count(1)


def make_user(username: str | None = None, password: str | None = None, **extra: Any) -> Any:
    """A user; without a password it is unusable, which skips the (slow) password hashing."""
    username = username or f"user{next(_seq)}"
    extra.setdefault("email", f"{username}@example.org")
    return get_user_model().objects.create_user(username=username, password=password, **extra)


def make_org(
    name: str | None = None,
    country: str = "RO",
    status: str = "approved",
    archived: bool = False,
    **extra: Any,
) -> CertifyingOrganisation:
    name = name or f"Organisation {next(_seq)}"
    extra.setdefault("organisation_email", "info@example.org")
    return CertifyingOrganisation.objects.create(
        name=name, country=country, status=status, archived=archived, **extra
    )


def make_centre(
    org: CertifyingOrganisation,
    name: str | None = None,
    lon: float | None = 10.0,
    lat: float | None = 50.0,
    **extra: Any,
) -> TrainingCenter:
    return TrainingCenter.objects.create(
        certifying_organisation=org,
        name=name or f"Centre {next(_seq)}",
        longitude=lon,
        latitude=lat,
        **extra,
    )


def make_course_type(
    org: CertifyingOrganisation, name: str | None = None, **extra: Any
) -> CourseType:
    return CourseType.objects.create(
        certifying_organisation=org, name=name or f"Course type {next(_seq)}", **extra
    )


def make_convener(org: CertifyingOrganisation, user: Any = None) -> CourseConvener:
    user = user or make_user(first_name="Ana", last_name="Popescu")
    return CourseConvener.objects.create(user=user, certifying_organisation=org)


def make_course(
    centre: TrainingCenter,
    course_type: CourseType,
    convener: CourseConvener,
    start: date,
    days: int = 2,
    language: str = "en",
    **extra: Any,
) -> Course:
    return Course.objects.create(
        certifying_organisation=centre.certifying_organisation,
        training_center=centre,
        course_type=course_type,
        course_convener=convener,
        start_date=start,
        end_date=start + timedelta(days=days),
        language=language,
        **extra,
    )


@dataclass
class Catalogue:
    """A small catalogue: two certified organisations and two that must never show."""

    today: date
    orgs: dict[str, CertifyingOrganisation] = field(default_factory=dict)
    centres: dict[str, TrainingCenter] = field(default_factory=dict)
    types: dict[str, CourseType] = field(default_factory=dict)
    courses: dict[str, Course] = field(default_factory=dict)
    conveners: dict[str, CourseConvener] = field(default_factory=dict)


def build_catalogue() -> Catalogue:
    today = timezone.localdate()
    cat = Catalogue(today=today)
    ro = cat.orgs["ro"] = make_org(
        "Geo Academy România",
        "RO",
        url="https://example.ro",
        address="Str. Lungă 1",
        organisation_phone="+40 21 000 0000",
    )
    se = cat.orgs["se"] = make_org("Svenska GIS-skolan", "SE")
    cat.orgs["pending"] = pending = make_org("Pending Org", "NL", status="submitted")
    cat.orgs["archived"] = archived = make_org("Archived Org", "NL", archived=True)

    cat.centres["buc"] = make_centre(ro, "Centrul București", 26.1, 44.4, email="buc@example.ro")
    cat.centres["online"] = make_centre(ro, "Online România", None, None)
    cat.centres["sto"] = make_centre(se, "Stockholm", 18.07, 59.33)
    cat.centres["pending"] = make_centre(pending, "Amsterdam", 4.9, 52.37)
    cat.centres["archived"] = make_centre(archived, "Utrecht", 5.1, 52.09)

    cat.types["desktop"] = make_course_type(
        ro, "QGIS Desktop Fundamentals", instruction_hours="16.0", description="Basics"
    )
    cat.types["server"] = make_course_type(se, "QGIS Server", instruction_hours="7.5")
    cat.types["pending"] = make_course_type(pending, "Hidden Type")
    cat.types["archived"] = make_course_type(archived, "Archived Type")

    cat.conveners["ana"] = make_convener(
        ro, make_user("ana", first_name="Ana", last_name="Popescu")
    )
    cat.conveners["sven"] = make_convener(se, make_user("sven"))  # no full name: username shown
    cat.conveners["pending"] = make_convener(pending)
    cat.conveners["archived"] = make_convener(archived)

    cat.courses["buc_next"] = make_course(
        cat.centres["buc"],
        cat.types["desktop"],
        cat.conveners["ana"],
        today + timedelta(days=10),
        language="ro",
        trained_competence="Desktop",
    )
    cat.courses["online_past"] = make_course(
        cat.centres["online"],
        cat.types["desktop"],
        cat.conveners["ana"],
        today - timedelta(days=30),
        language="en",
    )
    cat.courses["sto_later"] = make_course(
        cat.centres["sto"],
        cat.types["server"],
        cat.conveners["sven"],
        today + timedelta(days=40),
        language="sv",
    )
    cat.courses["today"] = make_course(
        cat.centres["sto"],
        cat.types["server"],
        cat.conveners["sven"],
        today,
        days=0,
        language="SV",
    )
    cat.courses["pending"] = make_course(
        cat.centres["pending"],
        cat.types["pending"],
        cat.conveners["pending"],
        today + timedelta(days=5),
    )
    cat.courses["archived"] = make_course(
        cat.centres["archived"],
        cat.types["archived"],
        cat.conveners["archived"],
        today + timedelta(days=5),
    )
    return cat


def many_courses(count: int, start: date | None = None) -> list[Course]:
    """``count`` courses of one certified organisation, created in bulk (for size tests)."""
    org = make_org(f"Bulk Org {next(_seq)}", "DE")
    centre = make_centre(org, lon=13.4, lat=52.5)
    course_type = make_course_type(org)
    convener = make_convener(org, make_user(first_name="Bulk", last_name="Trainer"))
    start = start or timezone.localdate()
    base = next(_seq)
    rows = [
        Course(
            certifying_organisation=org,
            training_center=centre,
            course_type=course_type,
            course_convener=convener,
            name=f"Bulk course {base}-{i}",
            slug=f"bulk-course-{base}-{i}",
            start_date=start + timedelta(days=i % 365),
            end_date=start + timedelta(days=i % 365 + 1),
            language="de",
        )
        for i in range(count)
    ]
    return Course.objects.bulk_create(rows, batch_size=1000)
