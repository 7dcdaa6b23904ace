"""Parsing API v1 documents (docs/api-v1.md) into the same records as the feeds."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from certification_plugin.core import api_v1
from certification_plugin.core.errors import InvalidResponseError

BASE = "https://cert.example.org/"
URL = BASE + "api/v1/courses/"

ROOT = {
    "service": "qgis-certification",
    "api_version": "1.0",
    "server_version": "0.1.0",
    "capabilities": ["organisations", "training-centres", "courses", "course-types", "etag"],
    "authenticated": True,
    "user": {"username": "ana", "roles": ["course_convener", "reviewer"]},
    "links": {"organisations": BASE + "api/v1/organisations/"},
}


def test_root_document_of_this_service():
    info = api_v1.parse_root(ROOT, BASE)
    assert info.has_api and info.api_version == "1.0" and info.server_version == "0.1.0"
    assert "etag" in info.capabilities
    assert info.authenticated and info.username == "ana"
    assert info.roles == ("course_convener", "reviewer")


@pytest.mark.parametrize(
    "doc",
    [
        {**ROOT, "service": "something-else"},
        {**ROOT, "api_version": "2.0"},
        {**ROOT, "api_version": 1.0},
        {"detail": "Not found."},
        [ROOT],
    ],
)
def test_anything_else_means_no_api(doc):
    assert api_v1.parse_root(doc, BASE) is None


def test_anonymous_root():
    info = api_v1.parse_root({**ROOT, "authenticated": False, "user": None}, BASE)
    assert not info.authenticated and info.username == "" and info.roles == ()


ORGANISATION = {
    "id": 4,
    "slug": "geo-academy-romania",
    "name": "Geo Academy România",
    "country": "RO",
    "country_name": "Romania",
    "email": "info@example.ro",
    "url": "https://example.ro",
    "address": "Str. ...",
    "phone": "+40 ...",
    "status": "approved",
    "updated_at": "2026-11-20T10:00:00+00:00",
    "links": {"web": BASE + "en/certifyingorganisation/geo-academy-romania/"},
}
CENTRE = {
    "id": 12,
    "name": "Centrul București",
    "organisation": "geo-academy-romania",
    "organisation_name": "Geo Academy România",
    "country": "RO",
    "email": "",
    "phone": None,
    "address": "Bd. Unirii 1",
    "url": "",
    "online": False,
    "longitude": 26.1025,
    "latitude": 44.4268,
    "updated_at": "2026-11-20T10:00:00Z",
    "links": {"web": BASE + "en/certifyingorganisation/geo-academy-romania/"},
}
COURSE = {
    "id": 301,
    "name": "QGIS Desktop Fundamentals — Centrul București 2026-12-01",
    "start_date": "2026-12-01",
    "end_date": "2026-12-03",
    "course_type": "qgis-desktop-fundamentals",
    "course_type_name": "QGIS Desktop Fundamentals",
    "course_convener_name": "Ana Popescu",
    "training_centre": 12,
    "training_centre_name": "Centrul București",
    "organisation": "geo-academy-romania",
    "organisation_name": "Geo Academy România",
    "country": "RO",
    "language": "ro",
    "language_name": "Romanian",
    "trained_competence": "...",
    "online": False,
    "updated_at": "2026-11-20T12:30:15.123456+02:00",
    "links": {"web": BASE + "en/certifyingorganisation/geo-academy-romania/course/x/"},
}


def test_organisation():
    org = api_v1.parse_organisation(ORGANISATION, "organisation 1", URL)
    assert (org.id, org.slug, org.name, org.country_code) == (
        4,
        "geo-academy-romania",
        "Geo Academy România",
        "RO",
    )
    assert org.email == "info@example.ro" and org.phone == "+40 ..."
    assert org.web_url == BASE + "en/certifyingorganisation/geo-academy-romania/"
    assert org.updated_at == datetime(2026, 11, 20, 10, tzinfo=timezone.utc)


def test_training_centre_with_and_without_location():
    centre = api_v1.parse_training_centre(CENTRE, "training centre 1", URL)
    assert centre.location == (26.1025, 44.4268) and centre.id == 12
    assert centre.organisation_slug == "geo-academy-romania" and centre.phone == ""
    assert centre.updated_at.tzinfo == timezone.utc
    online = api_v1.parse_training_centre(
        {**CENTRE, "online": True, "longitude": None, "latitude": None}, "c", URL
    )
    assert online.location is None and online.online


def test_course():
    course = api_v1.parse_course(COURSE, "course 1", URL)
    assert course.id == 301 and course.training_centre_id == 12
    assert course.start_date == date(2026, 12, 1)
    assert course.language == "Romanian"
    assert course.course_type_slug == "qgis-desktop-fundamentals"
    assert course.location is None  # joined with the centre by the client
    assert course.updated_at.utcoffset() == timedelta(hours=2)
    assert course.updated_at.microsecond == 123456


def test_course_type_hours_as_text_or_number():
    doc = {"id": 1, "slug": "basics", "name": "Basics", "instruction_hours": "16.0"}
    assert api_v1.parse_course_type(doc, "t", URL).instruction_hours == "16.0"
    assert (
        api_v1.parse_course_type({**doc, "instruction_hours": 16}, "t", URL).instruction_hours
        == "16"
    )
    with pytest.raises(InvalidResponseError, match="instruction_hours must be a number or text"):
        api_v1.parse_course_type({**doc, "instruction_hours": [16]}, "t", URL)


def test_page_parses_each_result_and_names_the_bad_one():
    doc = {"count": 2, "next": None, "previous": None, "results": [COURSE, {**COURSE, "id": "x"}]}
    with pytest.raises(InvalidResponseError) as info:
        api_v1.parse_page(doc, URL, api_v1.parse_course, "course")
    assert info.value.message == "course 2: id must be an integer or null, got text"
    doc["results"] = [COURSE]
    page = api_v1.parse_page(doc, URL, api_v1.parse_course, "course")
    assert page.count == 2 and page.next is None and len(page.items) == 1


@pytest.mark.parametrize(
    "changes, words",
    [
        ({"updated_at": "yesterday"}, "updated_at 'yesterday' is not an ISO 8601 date-time"),
        ({"updated_at": "2026-11-20T10:00:00+25:00"}, "is not an ISO 8601 date-time"),
        ({"start_date": "2026-12-01T10:00:00"}, "start_date '2026-12-01T10:00:00' is not a date"),
        ({"training_centre": 12.5}, "training_centre must be an integer or null, got number"),
        ({"organisation_name": None}, "organisation_name must be text, got null"),
    ],
)
def test_invalid_course(changes, words):
    with pytest.raises(InvalidResponseError) as info:
        api_v1.parse_course({**COURSE, **changes}, "course 7", URL)
    assert info.value.message.startswith("course 7: ")
    assert words in info.value.message


def test_centre_coordinates_are_checked():
    with pytest.raises(InvalidResponseError, match="outside longitude"):
        api_v1.parse_training_centre({**CENTRE, "latitude": 95.0}, "c", URL)
    with pytest.raises(InvalidResponseError, match="longitude must be a number or null"):
        api_v1.parse_training_centre({**CENTRE, "longitude": "26.1"}, "c", URL)
