"""The OpenAPI schema and docs page, and that the schema describes what the API returns."""

from __future__ import annotations

import re
from io import StringIO
from pathlib import Path

import pytest
import yaml
from api import serializers as s
from django.contrib.staticfiles import finders
from django.core.management import call_command
from drf_spectacular.validation import validate_schema
from rest_framework import serializers as drf

from tests.server.factories_api import build_catalogue

pytestmark = pytest.mark.django_db

PATHS = {
    "/api/v1/",
    "/api/v1/me/",
    "/api/v1/auth/device/",
    "/api/v1/auth/device/token/",
    "/api/v1/auth/token/revoke/",
    "/api/v1/organisations/",
    "/api/v1/organisations/{slug}/",
    "/api/v1/training-centres/",
    "/api/v1/training-centres/{id}/",
    "/api/v1/courses/",
    "/api/v1/courses/{id}/",
    "/api/v1/course-types/",
    "/api/v1/course-types/{slug}/",
    "/api/v1/application-form/",
    "/api/v1/applications/",
    "/api/v1/applications/{id}/",
    "/api/v1/applications/{id}/submit/",
    "/api/v1/applications/{id}/withdraw/",
    "/api/v1/applications/{id}/reapply/",
    "/api/v1/applications/{id}/events/",
    "/api/v1/applications/{id}/rounds/{number}/",
    "/api/v1/applications/{id}/materials/",
    "/api/v1/applications/{id}/materials/{material_pk}/",
    "/api/v1/applications/{id}/materials/{material_pk}/download/",
    "/api/v1/rubric/",
    "/api/v1/review-queue/",
    "/api/v1/applications/{id}/conflict-declaration/",
    "/api/v1/applications/{id}/reviews/",
    "/api/v1/applications/{id}/reviews/mine/",
    "/api/v1/applications/{id}/reviews/mine/submit/",
    "/api/v1/applications/{id}/opinion/",
    "/api/v1/applications/{id}/screening/",
    "/api/v1/applications/{id}/decision/",
    "/api/v1/applications/{id}/appeal/",
    "/api/v1/user-groups/{id}/invitations/",
    # Issue 12: catalogue writes on the paths above, and these.
    "/api/v1/conveners/",
    "/api/v1/conveners/{id}/",
    "/api/v1/me/organisations/",
    "/api/v1/badges/issuer/",
    "/api/v1/courses/{id}/attendees/",
    "/api/v1/courses/{id}/attendees/import/",
    "/api/v1/courses/{id}/attendees/{attendee_pk}/",
    "/api/v1/courses/{id}/certificates/",
    "/api/v1/courses/{id}/certificates/zip/",
    "/api/v1/courses/{id}/certificates/send/",
    "/api/v1/certificates/{certificate_id}/",
    "/api/v1/certificates/{certificate_id}/pdf/",
    "/api/v1/certificates/{certificate_id}/badge/",
    "/api/v1/certificates/{certificate_id}/correct/",
    "/api/v1/certificates/{certificate_id}/revoke/",
    "/api/v1/certificates/{certificate_id}/send/",
    "/api/v1/organisations/{slug}/certificate/",
    "/api/v1/organisations/{slug}/certificate/pdf/",
    "/api/v1/organisations/{slug}/credits/",
    "/api/v1/organisations/{slug}/credit-limit/",
    "/api/v1/orders/",
    "/api/v1/orders/{id}/",
    "/api/v1/orders/{id}/refund/",
    "/api/v1/invoices/",
    "/api/v1/invoices/{number}/",
    "/api/v1/invoices/{number}/pdf/",
    "/api/v1/invoices/{number}/qr.png",
    "/api/v1/invoices/{number}/mark-paid/",
    "/api/v1/statements/",
}


def test_schema_yaml_and_json_are_valid_openapi(client):
    response = client.get("/api/v1/schema/")
    assert response.status_code == 200
    document = yaml.safe_load(response.content)
    assert document["openapi"].startswith("3.")
    validate_schema(document)
    assert set(document["paths"]) == PATHS
    as_json = client.get("/api/v1/schema/?format=json")
    assert as_json.status_code == 200 and as_json.json() == document
    schemes = document["components"]["securitySchemes"]
    assert schemes["tokenAuth"]["type"] == "apiKey"
    assert schemes["basicTokenAuth"] == {**schemes["basicTokenAuth"], "scheme": "basic"}


def test_schema_generates_without_warnings(tmp_path: Path):
    target = tmp_path / "schema.yaml"
    # --fail-on-warn turns every drf-spectacular warning into an error
    call_command(
        "spectacular", "--validate", "--fail-on-warn", "--file", str(target), stderr=StringIO()
    )
    assert "/api/v1/courses/" in target.read_text()


def test_geojson_documented_for_spatial_lists(client):
    document = yaml.safe_load(client.get("/api/v1/schema/").content)
    content = document["paths"]["/api/v1/courses/"]["get"]["responses"]["200"]["content"]
    assert set(content) == {"application/json", "application/geo+json"}
    params = {p["name"] for p in document["paths"]["/api/v1/courses/"]["get"]["parameters"]}
    assert params >= {
        "country",
        "search",
        "updated_since",
        "bbox",
        "organisation",
        "start_after",
        "start_before",
        "upcoming",
        "language",
        "course_type",
        "page",
        "page_size",
        "format",
    }


def test_docs_page_uses_local_assets(client):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources, html
    assert not [u for u in sources if u.startswith(("http:", "https:", "//"))]
    assets = [u for u in sources if "drf_spectacular_sidecar" in u]
    assert assets
    for url in assets:
        relative = url.split("/static/", 1)[1]
        assert finders.find(relative), url
    assert "/api/v1/schema/" in html


def field_tree(serializer: drf.Serializer) -> dict:
    tree = {}
    for name, field in serializer.fields.items():
        if isinstance(field, drf.ListSerializer):
            field = field.child
        tree[name] = field_tree(field) if isinstance(field, drf.Serializer) else None
    return tree


def key_tree(item: dict, like: dict) -> dict:
    return {
        k: key_tree(v, like.get(k) or {}) if isinstance(v, dict) and like.get(k) else None
        for k, v in item.items()
    }


@pytest.mark.parametrize(
    ("url", "serializer", "geo"),
    [
        ("/api/v1/organisations/", s.OrganisationPage, None),
        ("/api/v1/training-centres/", s.TrainingCentrePage, s.TrainingCentreCollection),
        ("/api/v1/courses/", s.CoursePage, s.CourseCollection),
        ("/api/v1/course-types/", s.CourseTypePage, None),
    ],
)
def test_serializers_describe_the_responses(client, catalogue_factory, url, serializer, geo):
    build_catalogue(catalogue_factory)
    expected = field_tree(serializer())
    page = client.get(url).json()
    assert set(page) == set(expected)
    for item in page["results"]:
        assert key_tree(item, expected["results"]) == expected["results"]
    if geo is not None:
        expected_geo = field_tree(geo())
        collection = client.get(url + "?format=geojson").json()
        assert set(collection) == set(expected_geo)
        for feature in collection["features"]:
            props = expected_geo["features"]["properties"]
            assert key_tree(feature["properties"], props) == props


def test_root_and_me_documents_match_their_serializers(client, catalogue_factory):
    from accounts.models import ApiToken

    root = client.get("/api/v1/").json()
    assert set(root) == set(s.RootSerializer().fields)
    assert set(root["links"]) == set(s.RootLinksSerializer().fields)
    _token, key = ApiToken.issue(catalogue_factory.user(), "x")
    me = client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {key}").json()
    assert set(me) == set(s.UserSerializer().fields)
