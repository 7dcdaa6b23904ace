"""Small catalogues of client records for layer tests, hostile values included."""

from __future__ import annotations

from datetime import date, timedelta
from typing import List

from certification_plugin.core.models import Course, Organisation, TrainingCentre
from certification_plugin.layers.cache import LayerCache

HOSTILE = "<b>Bold</b> & \"Quoted\" <script>alert('x')</script> Training"
SERVER = "http://127.0.0.1:9/"


def organisations() -> List[Organisation]:
    return [
        Organisation(
            name="Geo Academy România",
            country_code="RO",
            country_name="Romania",
            url="https://geo.example.ro",
            slug="geo-academy-romania",
            web_url="http://127.0.0.1:9/en/certifyingorganisation/geo-academy-romania/",
        ),
        Organisation(name="Kartskolan", country_code="SE", url="kartskolan.example.se"),
        Organisation(name="Stockholm GIS", country_code="SE", url="javascript:alert(1)"),
        Organisation(name=HOSTILE, country_code="NL", url="javascript:alert('x')"),
        Organisation(name="Nowhere Ltd", country_code="", url=""),
        Organisation(name="Atlantis Maps", country_code="QQ"),
    ]


def training_centres() -> List[TrainingCentre]:
    return [
        TrainingCentre(
            name="Centrul București",
            organisation_name="Geo Academy România",
            location=(26.1025, 44.4268),
            id=12,
            email="info@geo.example.ro",
            url="https://geo.example.ro/bucuresti",
            address="Str. Exemplu 1\nSector 2",
        ),
        TrainingCentre(
            name='<i>Amsterdam</i> & "Co" Lab',
            organisation_name=HOSTILE,
            location=(4.9041, 52.3676),
            id=13,
            email="x@example.nl?subject=hi&body=<b>",
            url="javascript:alert('x')",
        ),
        TrainingCentre(name="Online Campus", organisation_name="Kartskolan", location=None, id=14),
        TrainingCentre(
            name="Null Island Room", organisation_name="Kartskolan", location=(0.0, 0.0)
        ),
    ]


def courses(count: int = 3, start: date = date(2030, 1, 1)) -> List[Course]:
    base = [
        Course(
            name="QGIS Desktop Fundamentals",
            start_date=start,
            end_date=start + timedelta(days=2),
            course_type_name="QGIS Desktop",
            course_convener_name="Ana Popescu",
            training_centre_name="Centrul București",
            organisation_name="Geo Academy România",
            language="ro",
            location=(26.1025, 44.4268),
            id=301,
            web_url="http://127.0.0.1:9/en/certifyingorganisation/geo-academy-romania/course/x/",
        ),
        Course(
            name=HOSTILE + " course",
            start_date=start + timedelta(days=3),
            end_date=start + timedelta(days=3),
            course_type_name="<b>Type</b>",
            course_convener_name="<script>x</script>",
            training_centre_name='<i>Amsterdam</i> & "Co" Lab',
            organisation_name=HOSTILE,
            language="en",
            location=(4.9041, 52.3676),
            web_url="javascript:alert(1)",
        ),
        Course(
            name="Online QGIS",
            start_date=start + timedelta(days=5),
            end_date=start + timedelta(days=6),
            course_type_name="QGIS Basics",
            course_convener_name="Sam",
            training_centre_name="Online Campus",
            organisation_name="Kartskolan",
            language="sv",
            location=None,
        ),
    ]
    result = list(base)
    while len(result) < count:
        number = len(result)
        result.append(
            Course(
                name=f"Course {number}",
                start_date=start + timedelta(days=number % 300),
                end_date=start + timedelta(days=number % 300 + 1),
                course_type_name="QGIS Basics",
                course_convener_name="Trainer",
                training_centre_name="Centrul București",
                organisation_name="Geo Academy România",
                language="ro",
                location=(20.0 + (number % 100) * 0.05, 45.0 + (number // 100) * 0.01),
            )
        )
    return result[:count]


def filled_cache(path: str) -> LayerCache:
    """A cache file at ``path`` holding the sample organisations, centres and three courses
    (what the locator searches)."""
    cache = LayerCache(path)
    cache.write_organisations(organisations(), SERVER, ["http://s/orgs"])
    cache.write_training_centres(training_centres(), SERVER, ["http://s/tc"])
    cache.write_courses(courses(3), SERVER, ["http://s/courses"])
    return cache
