"""The number of SQL queries per list request does not grow with the number of rows."""

from __future__ import annotations

import pytest
from accounts.models import ApiToken
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.server.factories_api import build_catalogue

pytestmark = pytest.mark.django_db

URLS = [
    "/api/v1/organisations/",
    "/api/v1/training-centres/",
    "/api/v1/training-centres/?format=geojson&bbox=-180,-90,180,90",
    "/api/v1/courses/?page_size=1000",
    "/api/v1/courses/?format=geojson&upcoming=true&country=RO,SE,DE",
    "/api/v1/courses/?course_type={course_type}&organisation=geo-academy-romania",
    "/api/v1/course-types/",
]


def grow(f, cat, n: int) -> None:
    """``n`` more organisations, each with a centre, a course type, a convener and a course."""
    for i in range(n):
        org = f.organisation(country="DE")
        centre = f.training_center(org, location=None if i % 2 else (10.0, 50.0))
        f.course(org, training_center=centre)
        f.course(
            cat.orgs["ro"],
            training_center=cat.centres["buc"],
            course_type=cat.types["desktop"],
            convener=cat.conveners["ana"],
        )


def count_queries(client, url: str, **headers: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, **headers)
    assert response.status_code == 200, response.content
    return len(ctx.captured_queries)


@pytest.mark.parametrize("template", URLS)
def test_queries_constant_in_rows(client, catalogue_factory, template):
    cat = build_catalogue(catalogue_factory)
    url = template.format(course_type=cat.types["desktop"].pk)
    small = count_queries(client, url)
    grow(catalogue_factory, cat, 25)
    large = count_queries(client, url)
    assert large == small
    assert small <= 12  # fingerprint (7), count, page, and at most two slug look-ups


def test_queries_constant_with_a_token(client, catalogue_factory):
    cat = build_catalogue(catalogue_factory)
    _token, key = ApiToken.issue(catalogue_factory.user(), "x")
    auth = {"HTTP_AUTHORIZATION": f"Token {key}"}
    count_queries(client, "/api/v1/courses/", **auth)  # first use writes last_used_at
    small = count_queries(client, "/api/v1/courses/", **auth)
    grow(catalogue_factory, cat, 10)
    assert count_queries(client, "/api/v1/courses/", **auth) == small
