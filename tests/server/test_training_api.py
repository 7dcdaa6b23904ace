"""Catalogue writes over HTTP (issue 12): centres, course types, conveners, courses, mine.

Each write answers the read representation (201/200), 204 for a delete, 400 with the field and
the reason, 403 to whoever sees the row but does not manage it, 404 to whoever does not see it,
409 in_use for a delete others refer to; the catalogue's ETag changes after each write.
"""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

import pytest
from accounts.models import ApiToken
from catalogue.models import CourseConvener, CourseType, TrainingCenter
from django.test import Client
from PIL import Image

from tests.server.factories_certificates import certified_org, course_for, issued, manager

pytestmark = pytest.mark.django_db

API = "/api/v1"


def client_for(user: Any) -> Client:
    _token, key = ApiToken.issue(user, "test")
    return Client(HTTP_AUTHORIZATION=f"Token {key}", HTTP_ACCEPT="application/json")


def send(client: Client, method: str, path: str, body: Any = None) -> Any:
    return client.generic(
        method, path, data=b"" if body is None else _json(body), content_type="application/json"
    )


def _json(body: Any) -> bytes:
    import json

    return json.dumps(body).encode()


@pytest.fixture
def org(catalogue_factory):
    return certified_org(f=catalogue_factory)


@pytest.fixture
def owner(org):
    return client_for(org.owner)


def centre_body(org, **more: Any) -> dict[str, Any]:
    return {
        "organisation": org.organisation.slug,
        "name": "Bucharest Lab",
        "email": "lab@example.org",
        "longitude": 26.1,
        "latitude": 44.4,
        **more,
    }


def test_training_centre_create_patch_delete(org, owner):
    etag = owner.get(f"{API}/training-centres/")["ETag"]
    created = send(owner, "POST", f"{API}/training-centres/", centre_body(org))
    assert created.status_code == 201, created.json()
    item = created.json()
    assert item["name"] == "Bucharest Lab" and item["organisation"] == org.organisation.slug
    assert item["longitude"] == 26.1 and not item["online"]
    assert created["Location"] == item["links"]["self"]
    assert owner.get(f"{API}/training-centres/")["ETag"] != etag
    url = f"{API}/training-centres/{item['id']}/"
    patched = send(owner, "PATCH", url, {"longitude": None, "latitude": None})
    assert patched.status_code == 200, patched.json()
    assert patched.json()["online"] is True
    renamed = send(owner, "PATCH", url, {"name": "Online Lab", "organisation": "ignored"})
    assert renamed.json()["name"] == "Online Lab"
    assert send(owner, "DELETE", url).status_code == 204
    assert not TrainingCenter.objects.filter(pk=item["id"]).exists()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"longitude": 200}, "longitude"),
        ({"latitude": -91}, "latitude"),
        ({"longitude": "26.1"}, "longitude"),
        ({"longitude": None}, "latitude"),
        ({"name": ""}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"name": "a\x00b"}, "name"),
        ({"name": "\ud800"}, "name"),
        ({"email": "not an address"}, "email"),
        ({"url": "javascript:alert(1)"}, "url"),
        ({"organisation": "no-such-org"}, "organisation"),
    ],
)
def test_training_centre_bad_input_names_the_field(org, owner, change, field):
    response = send(owner, "POST", f"{API}/training-centres/", centre_body(org, **change))
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["code"] == "invalid" and field in body["errors"], body


def test_nan_coordinates_are_refused(org, owner):
    raw = _json(centre_body(org)).replace(b"26.1", b"NaN")
    response = owner.post(f"{API}/training-centres/", raw, content_type="application/json")
    assert response.status_code == 400  # not JSON (RFC 8259 has no NaN): refused unparsed
    assert response.json()["code"] == "parse_error"


def test_training_centre_name_taken_and_in_use(org, owner):
    course = course_for(org)
    taken = centre_body(org, name=course.training_center.name)
    response = send(owner, "POST", f"{API}/training-centres/", taken)
    assert response.status_code == 400 and "name" in response.json()["errors"]
    url = f"{API}/training-centres/{course.training_center_id}/"
    refused = send(owner, "DELETE", url)
    assert refused.status_code == 409, refused.content
    assert refused.json()["code"] == "in_use"


def test_roles(org, catalogue_factory):
    stranger = client_for(catalogue_factory.user("stranger"))
    anonymous = Client(HTTP_ACCEPT="application/json")
    body = centre_body(org)
    assert send(anonymous, "POST", f"{API}/training-centres/", body).status_code == 401
    assert send(stranger, "POST", f"{API}/training-centres/", body).status_code == 403
    convener = client_for(org.convener)
    assert send(convener, "POST", f"{API}/training-centres/", body).status_code == 201
    boss = client_for(manager())
    centre = TrainingCenter.objects.get(name="Bucharest Lab")
    url = f"{API}/training-centres/{centre.pk}/"
    assert send(stranger, "PATCH", url, {"name": "Mine"}).status_code == 403
    assert send(boss, "PATCH", url, {"name": "Managed"}).status_code == 200


def test_private_organisation_rows_are_404_to_strangers_and_403_to_owners(catalogue_factory):
    draft = certified_org(status="draft", f=catalogue_factory)
    centre = catalogue_factory.training_center(draft.organisation)
    url = f"{API}/training-centres/{centre.pk}/"
    stranger = client_for(catalogue_factory.user("stranger"))
    assert send(stranger, "PATCH", url, {"name": "x"}).status_code == 404
    owner = client_for(draft.owner)
    refused = send(owner, "PATCH", url, {"name": "x"})
    assert refused.status_code == 403, refused.content


def test_course_type_writes(org, owner):
    body = {
        "organisation": org.organisation.slug,
        "name": "QGIS for Hydrologists",
        "description": "Rivers.",
        "instruction_hours": "16.5",
        "coursetype_link": "https://example.org/hydro",
    }
    etag = owner.get(f"{API}/course-types/")["ETag"]
    created = send(owner, "POST", f"{API}/course-types/", body)
    assert created.status_code == 201, created.json()
    slug = created.json()["slug"]
    assert owner.get(f"{API}/course-types/")["ETag"] != etag
    assert created.json()["instruction_hours"] == "16.5"
    for bad, field in (
        ({"instruction_hours": -1}, "instruction_hours"),
        ({"instruction_hours": "1000.5"}, "instruction_hours"),
        ({"instruction_hours": "1.25"}, "instruction_hours"),
        ({"instruction_hours": True}, "instruction_hours"),
        ({"coursetype_link": "ftp://example.org"}, "coursetype_link"),
    ):
        response = send(owner, "POST", f"{API}/course-types/", {**body, **bad})
        assert response.status_code == 400 and field in response.json()["errors"], bad
    patched = send(owner, "PATCH", f"{API}/course-types/{slug}/", {"instruction_hours": 8})
    assert patched.status_code == 200 and patched.json()["instruction_hours"] == "8"
    assert send(owner, "DELETE", f"{API}/course-types/{slug}/").status_code == 204
    assert not CourseType.objects.filter(slug=slug).exists()


def test_course_writes_and_in_use(org, owner, catalogue_factory):
    centre = catalogue_factory.training_center(org.organisation)
    kind = catalogue_factory.course_type(org.organisation)
    today = catalogue_factory.today
    body = {
        "organisation": org.organisation.slug,
        "course_type": kind.slug,
        "course_convener": org.course_convener.pk,
        "training_centre": centre.pk,
        "language": "ro",
        "trained_competence": "Map making",
        "start_date": str(today),
        "end_date": str(today + timedelta(days=2)),
        "certificate_type": "completion",
    }
    created = send(owner, "POST", f"{API}/courses/", body)
    assert created.status_code == 201, created.json()
    item = created.json()
    assert item["course_convener"] == org.course_convener.pk
    assert item["certificate_type"] == "completion"
    assert item["training_centre"] == centre.pk
    bad_dates = {**body, "end_date": str(today - timedelta(days=1))}
    response = send(owner, "POST", f"{API}/courses/", bad_dates)
    assert response.status_code == 400 and "end_date" in response.json()["errors"]
    for bad, field in (
        ({"start_date": "2026-02-30"}, "start_date"),
        ({"trained_competence": "x" * 121}, "trained_competence"),
        ({"course_convener": "12"}, "course_convener"),
        ({"training_centre": 10**18}, "training_centre"),
    ):
        response = send(owner, "POST", f"{API}/courses/", {**body, **bad})
        assert response.status_code == 400 and field in response.json()["errors"], bad
    url = item["links"]["self"].split("testserver")[1]
    etag = owner.get(url)["ETag"]
    patched = send(owner, "PATCH", url, {"trained_competence": "Analysis"})
    assert patched.status_code == 200 and patched.json()["trained_competence"] == "Analysis"
    assert owner.get(url)["ETag"] != etag
    assert owner.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200
    issued_course = course_for(org)
    issued(issued_course, 1)
    refused = send(owner, "DELETE", f"{API}/courses/{issued_course.pk}/")
    assert refused.status_code == 409 and refused.json()["code"] == "in_use"
    assert send(owner, "DELETE", url).status_code == 204


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(buffer, "PNG")
    return buffer.getvalue()


def test_conveners(org, owner, catalogue_factory):
    listed = owner.get(f"{API}/conveners/?organisation={org.organisation.slug}")
    assert listed.status_code == 200
    assert [c["id"] for c in listed.json()["results"]] == [org.course_convener.pk]
    person = catalogue_factory.user("trainer", first_name="Tina", last_name="Trainer")
    from django.core.files.uploadedfile import SimpleUploadedFile

    created = owner.post(
        f"{API}/conveners/",
        {
            "organisation": org.organisation.slug,
            "user": person.email,
            "title": "Dr.",
            "degree": "PhD",
            "signature": SimpleUploadedFile("sig.png", _png(), content_type="image/png"),
        },
    )
    assert created.status_code == 201, created.json()
    item = created.json()
    assert item["username"] == "trainer" and item["has_signature"] is True
    assert item["name"] == "Tina Trainer"
    unknown = send(
        owner,
        "POST",
        f"{API}/conveners/",
        {"organisation": org.organisation.slug, "user": "nobody"},
    )
    assert unknown.status_code == 400 and "user" in unknown.json()["errors"]
    url = f"{API}/conveners/{item['id']}/"
    assert send(owner, "PATCH", url, {"title": "Prof."}).json()["title"] == "Prof."
    assert send(owner, "DELETE", url).status_code == 204
    assert not CourseConvener.objects.filter(pk=item["id"]).exists()
    course_for(org)  # the factory's course is convened by org.course_convener
    refused = send(owner, "DELETE", f"{API}/conveners/{org.course_convener.pk}/")
    assert refused.status_code == 409 and refused.json()["code"] == "in_use"
    stranger = client_for(catalogue_factory.user("stranger"))
    assert stranger.get(f"{API}/conveners/").json() == {"results": []}
    assert Client().get(f"{API}/conveners/").status_code == 401


def test_my_organisations(org, owner, catalogue_factory):
    body = owner.get(f"{API}/me/organisations/").json()
    [mine] = body["results"]
    assert mine["slug"] == org.organisation.slug and mine["roles"] == ["owner"]
    assert mine["certified"] is True
    assert mine["credits"] == {
        "balance": 20,
        "credit_limit": 0,
        "price_per_credit_cents": 2000,
        "currency": "EUR",
        "credits_per_certificate": 1,
    }
    convener = client_for(org.convener).get(f"{API}/me/organisations/").json()
    assert [o["roles"] for o in convener["results"]] == [["convener"]]
    other = certified_org(f=catalogue_factory)
    boss = client_for(manager()).get(f"{API}/me/organisations/").json()
    slugs = {o["slug"] for o in boss["results"]}
    assert {org.organisation.slug, other.organisation.slug} <= slugs
    assert all("manager" in o["roles"] for o in boss["results"])
    assert Client().get(f"{API}/me/organisations/").status_code == 401


def test_course_detail_counts_for_its_managers(org, owner, catalogue_factory):
    course = course_for(org)
    issued(course, 2)
    url = f"{API}/courses/{course.pk}/"
    mine = owner.get(url).json()
    assert (mine["attendee_count"], mine["certificate_count"]) == (2, 2)
    geo = owner.get(url + "?format=geojson").json()["properties"]
    assert geo["attendee_count"] == 2
    public = Client().get(url).json()
    assert "attendee_count" not in public and public["course_convener"] == org.course_convener.pk
    listed = owner.get(f"{API}/courses/?organisation={org.organisation.slug}").json()
    assert "attendee_count" not in listed["results"][0]
