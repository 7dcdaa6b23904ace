"""Root document, /me/, conditional requests and the JSON error shape of API v1."""

from __future__ import annotations

import pytest
from accounts.models import ApiToken
from accounts.roles import CERTIFICATION_MANAGERS_GROUP
from django.contrib.auth.models import Group

from tests.server.factories_api import build_catalogue

pytestmark = pytest.mark.django_db

BASE = "/api/v1/"


def token_header(user) -> dict[str, str]:
    _token, key = ApiToken.issue(user, "test")
    return {"HTTP_AUTHORIZATION": f"Token {key}"}


def test_root_document_anonymous(client):
    response = client.get(BASE)
    assert response.status_code == 200
    data = response.json()
    assert data["service"] == "qgis-certification"
    assert data["api_version"].startswith("1.")
    assert isinstance(data["server_version"], str) and data["server_version"]
    assert set(data["capabilities"]) >= {
        "organisations",
        "training-centres",
        "courses",
        "course-types",
        "tokens",
        "etag",
        "sign-in",
        "applications",
        "reviews",
        "certificates",
        "payments",
    }
    assert data["payments"]["price_per_credit_cents"] == 2000
    assert data["payments"]["currency"] == "EUR"
    assert data["payments"]["methods"] == ["card", "bank_transfer"]
    assert data["authenticated"] is False and data["user"] is None
    assert data["links"] == {
        "organisations": "http://testserver/api/v1/organisations/",
        "training_centres": "http://testserver/api/v1/training-centres/",
        "courses": "http://testserver/api/v1/courses/",
        "course_types": "http://testserver/api/v1/course-types/",
        "applications": "http://testserver/api/v1/applications/",
        "application_form": "http://testserver/api/v1/application-form/",
        "review_queue": "http://testserver/api/v1/review-queue/",
        "rubric": "http://testserver/api/v1/rubric/",
        "conveners": "http://testserver/api/v1/conveners/",
        "my_organisations": "http://testserver/api/v1/me/organisations/",
        "certificates_issuer": "http://testserver/api/v1/badges/issuer/",
        "orders": "http://testserver/api/v1/orders/",
        "invoices": "http://testserver/api/v1/invoices/",
        "me": "http://testserver/api/v1/me/",
        "device_authorization": "http://testserver/api/v1/auth/device/",
        "schema": "http://testserver/api/v1/schema/",
        "docs": "http://testserver/api/v1/docs/",
    }


def test_every_root_link_answers(client):
    links = client.get(BASE).json()["links"]
    for name, url in links.items():
        signed_in_only = ("me", "applications", "review_queue", "conveners", "my_organisations")
        if name in (*signed_in_only, "orders", "invoices"):
            assert client.get(url).status_code == 401, name
            continue
        if name == "device_authorization":  # starts a sign-in: POST only
            assert client.post(url, {}, content_type="application/json").status_code == 200
            continue
        assert client.get(url).status_code == 200, name


def test_root_document_with_token_lists_roles(client, catalogue_factory):
    user = catalogue_factory.user("owner")
    catalogue_factory.organisation().owners.add(user)
    user.groups.add(Group.objects.get(name=CERTIFICATION_MANAGERS_GROUP))
    data = client.get(BASE, **token_header(user)).json()
    assert data["authenticated"] is True
    assert data["user"] == {
        "username": "owner",
        "roles": ["organisation_owner", "certification_manager"],
    }


def test_me_requires_credentials(client):
    response = client.get(BASE + "me/")
    assert response.status_code == 401
    body = response.json()
    assert set(body) == {"detail", "code"} and body["code"] == "not_authenticated"
    assert response["WWW-Authenticate"].startswith("Token")


def test_me_with_token(client, catalogue_factory):
    user = catalogue_factory.user("plain")
    response = client.get(BASE + "me/", **token_header(user))
    assert response.status_code == 200
    assert response.json() == {"username": "plain", "roles": []}


def test_unknown_api_path_is_json_404(client):
    for path in ("nope/", "courses/abc/", "organisations/a/b/"):
        response = client.get(BASE + path)
        assert response.status_code == 404, path
        assert response.json() == {"detail": "Not found.", "code": "not_found"}


def test_missing_trailing_slash_redirects(client):
    response = client.get("/api/v1/courses")
    assert response.status_code == 301 and response["Location"].endswith("/api/v1/courses/")


def test_method_not_allowed_is_json(client, catalogue_factory):
    response = client.delete(BASE)
    assert response.status_code in (401, 403, 405)
    assert set(response.json()) == {"detail", "code"}
    user = catalogue_factory.user()
    response = client.delete(BASE, **token_header(user))
    assert response.status_code == 405
    assert response.json()["code"] == "method_not_allowed"


def test_not_acceptable_is_json(client):
    response = client.get(BASE + "organisations/", HTTP_ACCEPT="text/csv")
    assert response.status_code == 406
    assert response.json()["code"] == "not_acceptable"


# --- ETag ----------------------------------------------------------------------------------

LISTS = [
    "organisations/",
    "training-centres/",
    "courses/",
    "course-types/",
    "courses/?format=geojson",
    "courses/?country=RO&page_size=1",
]


@pytest.mark.parametrize("path", LISTS)
def test_etag_and_304(client, catalogue_factory, path):
    build_catalogue(catalogue_factory)
    first = client.get(BASE + path)
    assert first.status_code == 200
    etag = first["ETag"]
    assert etag.startswith('"') and etag.endswith('"')
    assert first["Cache-Control"] == "no-cache"
    assert "Accept" in first["Vary"]
    again = client.get(BASE + path, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    other = client.get(BASE + path, HTTP_IF_NONE_MATCH='"something-else"')
    assert other.status_code == 200 and other.content == first.content


def test_etag_changes_with_the_catalogue(client, catalogue_factory):
    cat = build_catalogue(catalogue_factory)
    etag = client.get(BASE + "courses/")["ETag"]
    course = cat.courses["buc_next"]
    course.trained_competence = "Changed"
    course.save()
    response = client.get(BASE + "courses/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200 and response["ETag"] != etag


def test_etag_on_detail(client, catalogue_factory):
    cat = build_catalogue(catalogue_factory)
    url = BASE + f"courses/{cat.courses['buc_next'].pk}/"
    etag = client.get(url)["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_bad_query_is_400_even_with_a_tag(client):
    response = client.get(BASE + "courses/?page=abc", HTTP_IF_NONE_MATCH="*")
    assert response.status_code == 400
