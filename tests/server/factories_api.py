"""A fixed small catalogue (and a bulk one) for the API v1 tests, built with the suite's
``catalogue_factory`` (tests/server/conftest.py) so each test states the data it asserts on."""

from __future__ import annotations

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


@dataclass
class Catalogue:
    """Two certified organisations (RO, SE) and two that must never show (pending, archived)."""

    today: date
    orgs: dict[str, CertifyingOrganisation] = field(default_factory=dict)
    centres: dict[str, TrainingCenter] = field(default_factory=dict)
    types: dict[str, CourseType] = field(default_factory=dict)
    courses: dict[str, Course] = field(default_factory=dict)
    conveners: dict[str, CourseConvener] = field(default_factory=dict)


def _course_type(f: Any, org: CertifyingOrganisation, name: str, **fields: Any) -> CourseType:
    course_type = f.course_type(org, name)
    for key, value in fields.items():
        setattr(course_type, key, value)
    course_type.save()
    return course_type


def build_catalogue(f: Any) -> Catalogue:
    """``f`` is the ``catalogue_factory`` fixture."""
    today = f.today
    cat = Catalogue(today=today)
    ro = cat.orgs["ro"] = f.organisation(
        "Geo Academy România",
        country="RO",
        url="https://example.ro",
        address="Str. Lungă 1",
        organisation_phone="+40 21 000 0000",
        organisation_email="info@example.org",
    )
    se = cat.orgs["se"] = f.organisation("Svenska GIS-skolan", country="SE")
    pending = cat.orgs["pending"] = f.organisation("Pending Org", country="NL", status="submitted")
    archived = cat.orgs["archived"] = f.organisation("Archived Org", country="NL", archived=True)

    cat.centres["buc"] = f.training_center(
        ro, "Centrul București", location=(26.1, 44.4), email="buc@example.ro"
    )
    cat.centres["online"] = f.training_center(ro, "Online România", location=None)
    cat.centres["sto"] = f.training_center(se, "Stockholm", location=(18.07, 59.33))
    cat.centres["pending"] = f.training_center(pending, "Amsterdam", location=(4.9, 52.37))
    cat.centres["archived"] = f.training_center(archived, "Utrecht", location=(5.1, 52.09))

    cat.types["desktop"] = _course_type(
        f, ro, "QGIS Desktop Fundamentals", instruction_hours="16.0", description="Basics"
    )
    cat.types["server"] = _course_type(f, se, "QGIS Server", instruction_hours="7.5")
    cat.types["pending"] = _course_type(f, pending, "Hidden Type")
    cat.types["archived"] = _course_type(f, archived, "Archived Type")

    cat.conveners["ana"] = f.convener(ro, f.user("ana", first_name="Ana", last_name="Popescu"))
    cat.conveners["sven"] = f.convener(se, f.user("sven"))  # no full name: username shown
    cat.conveners["pending"] = f.convener(pending)
    cat.conveners["archived"] = f.convener(archived)

    def course(key: str, centre: str, kind: str, convener: str, start: date, **kw: Any) -> None:
        centre_row = cat.centres[centre]
        cat.courses[key] = f.course(
            centre_row.certifying_organisation,
            start=start,
            training_center=centre_row,
            course_type=cat.types[kind],
            convener=cat.conveners[convener],
            **kw,
        )

    course(
        "buc_next",
        "buc",
        "desktop",
        "ana",
        today + timedelta(days=10),
        language="ro",
        trained_competence="Desktop",
    )
    course("online_past", "online", "desktop", "ana", today - timedelta(days=30), language="en")
    course("sto_later", "sto", "server", "sven", today + timedelta(days=40), language="sv")
    course("today", "sto", "server", "sven", today, days=0, language="SV")
    course("pending", "pending", "pending", "pending", today + timedelta(days=5))
    course("archived", "archived", "archived", "archived", today + timedelta(days=5))
    return cat


def many_courses(f: Any, count: int, start: date | None = None) -> list[Course]:
    """``count`` courses of one new certified organisation, inserted in bulk."""
    org = f.organisation(country="DE")
    centre = f.training_center(org, location=(13.4, 52.5))
    course_type = f.course_type(org)
    convener = f.convener(org, first_name="Bulk", last_name="Trainer")
    start = start or f.today
    rows = [
        Course(
            certifying_organisation=org,
            training_center=centre,
            course_type=course_type,
            course_convener=convener,
            name=f"Bulk course {org.pk}-{i}",
            slug=f"bulk-course-{org.pk}-{i}",
            start_date=start + timedelta(days=i % 365),
            end_date=start + timedelta(days=i % 365 + 1),
            language="de",
        )
        for i in range(count)
    ]
    return Course.objects.bulk_create(rows, batch_size=500)
