"""Organisations that are not certified are private (catalogue.rules), everywhere alike.

Every status, every page and feed, for anonymous / signed-in stranger / owner / manager; API v1
with tokens; and the ETags, which must move when an organisation becomes certified and must
not let an owner's answer pass for the public's.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from accounts.models import ApiToken
from accounts.roles import CERTIFICATION_MANAGERS_GROUP
from catalogue.models import CertifyingOrganisation
from catalogue.revision import catalogue_state
from catalogue.rules import can_view_organisation, visible_organisations
from django.contrib.auth.models import AnonymousUser, Group
from django.test import Client

pytestmark = pytest.mark.django_db

#: status label → model fields; only "approved" is certified.
STATUSES = {
    "draft": {"status": "draft"},
    "submitted": {"status": "submitted"},
    "under_review": {"status": "under_review"},
    "changes_requested": {"status": "changes_requested"},
    "rejected": {"status": "rejected"},
    "approved": {"status": "approved"},
    "archived": {"status": "approved", "archived": True},
}
ROLES = ("anonymous", "stranger", "owner", "manager")
PAGES = ("organisation", "course", "centre")
ORG_FEEDS = ("training-center", "upcoming-course", "past-course")
PROJECT_FEEDS = ("training-center", "upcoming-course", "past-course")


class World:
    """One organisation of the status under test, a certified neighbour, and the people."""

    def __init__(self, f, fields):
        self.org = f.organisation("Subject Org", country="RO", **fields)
        self.centre = f.training_center(self.org, "Subject Centre")
        self.upcoming = f.course(
            self.org,
            name="Subject upcoming",
            start=f.today + timedelta(days=3),
            training_center=self.centre,
        )
        self.past = f.course(
            self.org,
            name="Subject past",
            start=f.today - timedelta(days=30),
            training_center=self.centre,
        )
        neighbour = f.organisation("Neighbour Org", country="RO")
        f.course(neighbour, name="Neighbour upcoming", start=f.today + timedelta(days=3))
        f.course(neighbour, name="Neighbour past", start=f.today - timedelta(days=30))
        self.owner = f.user("owner")
        self.org.owners.add(self.owner)
        neighbour.owners.add(f.user("stranger"))  # owns another (certified) organisation
        self.manager = f.user("manager")
        self.manager.groups.add(Group.objects.get(name=CERTIFICATION_MANAGERS_GROUP))
        self.users = {
            "anonymous": None,
            "stranger": type(self.owner).objects.get(username="stranger"),
            "owner": self.owner,
            "manager": self.manager,
        }

    def client(self, role: str) -> Client:
        client = Client(HTTP_ACCEPT="application/json")
        if self.users[role] is not None:
            client.force_login(self.users[role])
        return client

    def api_client(self, role: str) -> Client:
        if self.users[role] is None:
            return Client(HTTP_ACCEPT="application/json")
        _token, key = ApiToken.issue(self.users[role], "tests")
        return Client(HTTP_ACCEPT="application/json", HTTP_AUTHORIZATION=f"Token {key}")

    def page_paths(self) -> dict[str, str]:
        base = f"/en/certifyingorganisation/{self.org.slug}/"
        return {
            "organisation": base,
            "course": f"{base}course/{self.upcoming.slug}/",
            "centre": f"{base}trainingcenter/{self.centre.pk}/",
        }


def sees(status: str, role: str) -> bool:
    return status == "approved" or role in {"owner", "manager"}


def names(document) -> set[str]:
    return {feature["properties"]["name"] for feature in document["features"]}


@pytest.fixture(params=list(STATUSES))
def status(request):
    return request.param


@pytest.fixture
def world(catalogue_factory, status):
    return World(catalogue_factory, STATUSES[status])


@pytest.mark.parametrize("role", ROLES)
def test_pages(world, status, role):
    client = world.client(role)
    for page, path in world.page_paths().items():
        response = client.get(path, HTTP_ACCEPT="text/html")
        expected = 200 if sees(status, role) else 404
        assert response.status_code == expected, (page, status, role)
        if expected == 200 and status != "approved":
            assert "Only its owners and the certification managers" in response.content.decode()
            assert "private" in response["Cache-Control"]
        if expected == 404:
            assert "Subject" not in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_organisation_feeds(world, status, role):
    client = world.client(role)
    for feed in ORG_FEEDS:
        response = client.get(f"/en/certifyingorganisation/{world.org.slug}/feed/{feed}/")
        if not sees(status, role):
            assert response.status_code == 404, (feed, status, role)
            assert response["Content-Type"].startswith("text/html")  # the live site's 404 page
            continue
        assert response.status_code == 200, (feed, status, role)
        expected = {
            "training-center": {"Subject Centre"},
            "upcoming-course": {"Subject upcoming"},
            "past-course": {"Subject past"},
        }[feed]
        assert names(response.json()) == expected


@pytest.mark.parametrize("role", ROLES)
def test_project_wide_feeds_list_certified_organisations_only(world, status, role):
    """Whoever asks: the project-wide feeds are public documents, one answer for all."""
    client = world.client(role)
    certified = status == "approved"
    centres = names(client.get("/en/feed/training-center/").json())
    upcoming = names(client.get("/en/feed/upcoming-course/").json())
    past = names(client.get("/en/feed/past-course/").json())
    assert ("Subject Centre" in centres) is certified
    assert ("Subject upcoming" in upcoming) is certified
    assert ("Subject past" in past) is certified
    assert "Neighbour upcoming" in upcoming and "Neighbour past" in past
    organisations = client.get("/en/feed/certifyingorganisations/").json()
    assert ("Subject Org" in {o["name"] for o in organisations["results"]}) is certified


@pytest.mark.parametrize("role", ROLES)
def test_api_lists_and_details(world, status, role):
    client = world.api_client(role)
    visible = sees(status, role)
    api = "/api/v1/"
    organisations = {o["slug"] for o in client.get(api + "organisations/").json()["results"]}
    assert (world.org.slug in organisations) is visible
    assert "neighbour-org" in organisations
    centres = {c["name"] for c in client.get(api + "training-centres/").json()["results"]}
    assert ("Subject Centre" in centres) is visible
    courses = {c["name"] for c in client.get(api + "courses/").json()["results"]}
    assert ("Subject upcoming" in courses) is visible
    assert ("Subject past" in courses) is visible
    geo = client.get(api + "courses/", {"format": "geojson"}).json()
    assert ("Subject upcoming" in {f["properties"]["name"] for f in geo["features"]}) is visible
    types = {t["name"] for t in client.get(api + "course-types/").json()["results"]}
    assert (world.upcoming.course_type.name in types) is visible
    expected = 200 if visible else 404
    for path in (
        f"organisations/{world.org.slug}/",
        f"training-centres/{world.centre.pk}/",
        f"courses/{world.upcoming.pk}/",
        f"course-types/{world.upcoming.course_type.slug}/",
    ):
        response = client.get(api + path)
        assert response.status_code == expected, (path, status, role)
        if expected == 404:
            assert "Subject" not in response.content.decode()


def test_api_counts_each_row_once_for_an_organisation_with_several_owners(catalogue_factory):
    f = catalogue_factory
    org = f.organisation("Shared", status="draft")
    for _ in range(3):
        org.owners.add(f.user())
    certified = f.organisation("Certified")
    for _ in range(3):
        certified.owners.add(f.user())
    owner = org.owners.first()
    assert list(visible_organisations(owner).values_list("name", flat=True)) == [
        "Certified",
        "Shared",
    ]
    _token, key = ApiToken.issue(owner, "t")
    body = Client(HTTP_AUTHORIZATION=f"Token {key}").get("/api/v1/organisations/").json()
    assert body["count"] == 2 and [o["name"] for o in body["results"]] == ["Certified", "Shared"]


def test_rule_predicates(catalogue_factory):
    f = catalogue_factory
    draft = f.organisation(status="draft")
    owner, stranger = f.user(), f.user()
    draft.owners.add(owner)
    inactive = f.user(is_active=False)
    draft.owners.add(inactive)
    assert can_view_organisation(owner, draft)
    assert not can_view_organisation(stranger, draft)
    assert not can_view_organisation(AnonymousUser(), draft)
    assert not can_view_organisation(inactive, draft)
    assert can_view_organisation(AnonymousUser(), f.organisation())


class TestEtags:
    URL = "/en/feed/upcoming-course/"

    def test_feed_tag_moves_when_an_organisation_becomes_certified(self, catalogue_factory):
        f = catalogue_factory
        org = f.organisation(status="under_review")
        f.course(org, name="soon", start=f.today + timedelta(days=2))
        client = Client(HTTP_ACCEPT="application/json")
        first = client.get(self.URL)
        assert names(first.json()) == set()
        org.status = CertifyingOrganisation.Status.APPROVED
        org.save()
        again = client.get(self.URL, HTTP_IF_NONE_MATCH=first["ETag"])
        assert again.status_code == 200
        assert names(again.json()) == {"soon"}

    def test_state_moves_on_a_bulk_status_update_too(self, catalogue_factory):
        org = catalogue_factory.organisation(status="submitted")
        before = catalogue_state()
        # update() leaves updated_at alone: the count of certified organisations moves.
        CertifyingOrganisation.objects.filter(pk=org.pk).update(status="approved")
        assert catalogue_state() != before
        before = catalogue_state()
        CertifyingOrganisation.objects.filter(pk=org.pk).update(archived=True)
        assert catalogue_state() != before

    def test_an_owners_api_tag_is_not_the_publics(self, catalogue_factory):
        f = catalogue_factory
        org = f.organisation(status="draft")
        f.organisation("Public one")
        owner = f.user()
        public = Client().get("/api/v1/organisations/")
        _token, key = ApiToken.issue(owner, "t")
        as_owner = Client(HTTP_AUTHORIZATION=f"Token {key}")
        # Not an owner yet: the same rows, the same tag.
        assert as_owner.get("/api/v1/organisations/")["ETag"] == public["ETag"]
        org.owners.add(owner)  # the owners table is not in the fingerprint; the viewer is
        mine = as_owner.get("/api/v1/organisations/", HTTP_IF_NONE_MATCH=public["ETag"])
        assert mine.status_code == 200 and mine.json()["count"] == 2
        assert mine["ETag"] != public["ETag"]
        # The public revalidating with the owner's tag gets its own document, not a 304.
        again = Client().get("/api/v1/organisations/", HTTP_IF_NONE_MATCH=mine["ETag"])
        assert again.status_code == 200 and again.json()["count"] == 1


@pytest.mark.parametrize("role", ROLES)
def test_api_filters_resolve_the_organisations_the_caller_sees(world, status, role):
    """An owner follows their organisation's links (``?organisation=<slug>``); for anybody
    else a private slug is as unknown as a made-up one (400, the same message)."""
    client = world.api_client(role)
    visible = sees(status, role)
    detail = client.get(f"/api/v1/organisations/{world.org.slug}/")
    links = detail.json()["links"] if visible else {}
    for resource, expected in (
        ("training-centres", {"Subject Centre"}),
        ("courses", {"Subject upcoming", "Subject past"}),
    ):
        url = links.get(resource.replace("-", "_")) or (
            f"/api/v1/{resource}/?organisation={world.org.slug}"
        )
        response = client.get(url)
        if visible:
            assert response.status_code == 200, (resource, status, role)
            assert {row["name"] for row in response.json()["results"]} == expected
        else:
            assert response.status_code == 400, (resource, status, role)
            unknown = client.get(f"/api/v1/{resource}/?organisation=made-up-slug")
            assert response.json() == unknown.json()
    by_type = client.get(f"/api/v1/courses/?course_type={world.upcoming.course_type.slug}")
    assert by_type.status_code == (200 if visible else 400)
