"""Approval's effects on what the catalogue serves (issue 11, item 8).

An application the PSC approves makes its organisation certified: at the next refresh it is
in the public feeds, the API v1 lists and the map layers (the training-centre GeoJSON the
plugin draws), and every ETag changes, so a client holding the old tag gets the new content.
Its contributions (from the approved round's snapshot, escaped) appear on its public page
and in its API detail; the feeds keep their live-compatible shape (no new keys).
"""

from __future__ import annotations

import html

import pytest
from applications.models import Contribution
from reviews import domain as reviews

from tests.server.factories_applications import make_manager, submitted

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script> & <b>bold</b>'
CONTRIBUTIONS = [
    {
        "kind": "translation",
        "description": HOSTILE,
        "links": ["https://www.transifex.com/qgis/", "javascript:alert(1)"],
        "start_date": "2023-01-01",
        "end_date": None,
    },
    {
        "kind": "documentation",
        "description": "Training manual chapters.",
        "links": [],
        "start_date": None,
        "end_date": "2024-06-30",
    },
]

CATALOGUE_URLS = {
    "feed organisations": "/en/feed/certifyingorganisations/",
    "feed centres": "/en/feed/training-center/",
    "api organisations": "/api/v1/organisations/",
    "api centres layer": "/api/v1/training-centres/?format=geojson",
}


@pytest.fixture
def pending(catalogue_factory):
    """A submitted application of "Fjord Mapping AB" with a training centre, and a manager."""
    f = catalogue_factory
    f.organisation("Already Certified")  # the catalogue is not empty before
    owner = f.user("fjord-owner", email="owner@fjord.example")
    application = submitted(f, owner, name="Fjord Mapping AB", contributions=CONTRIBUTIONS)
    f.training_center(application.organisation, name="Fjord Mapping Centre")
    return application, make_manager(f)


def approve(application, manager) -> None:
    reviews.screen(application_id=application.pk, user=manager, action="accept")
    reviews.decide(
        application_id=application.pk,
        user=manager,
        outcome="approve",
        rationale="Strong contributions and current material.",
    )


def test_approval_puts_the_organisation_in_feeds_api_and_layers_and_changes_etags(
    pending, json_client
):
    application, manager = pending
    before = {}
    for label, url in CATALOGUE_URLS.items():
        response = json_client.get(url)
        assert response.status_code == 200, label
        assert b"Fjord Mapping" not in response.content, label
        before[label] = response["ETag"]
    assert json_client.get("/api/v1/organisations/fjord-mapping-ab/").status_code == 404

    approve(application, manager)

    for label, url in CATALOGUE_URLS.items():
        response = json_client.get(url, HTTP_IF_NONE_MATCH=before[label])
        assert response.status_code == 200, label  # not 304: the tag changed
        assert response["ETag"] != before[label], label
        assert b"Fjord Mapping" in response.content, label
    layer = json_client.get(CATALOGUE_URLS["api centres layer"]).json()
    names = [feature["properties"]["name"] for feature in layer["features"]]
    assert "Fjord Mapping Centre" in names


def test_the_api_detail_and_the_page_publish_the_approved_contributions(
    pending, json_client, browser_client
):
    application, manager = pending
    approve(application, manager)
    # Edits after the decision (directly in the database) do not change what was approved.
    Contribution.objects.filter(application=application).update(description="edited later")

    detail = json_client.get("/api/v1/organisations/fjord-mapping-ab/").json()
    assert detail["status"] == "approved"
    assert detail["contributions"] == [
        {
            "kind": "translation",
            "description": HOSTILE,
            "links": ["https://www.transifex.com/qgis/", "javascript:alert(1)"],
            "start_date": "2023-01-01",
            "end_date": None,
        },
        {
            "kind": "documentation",
            "description": "Training manual chapters.",
            "links": [],
            "start_date": None,
            "end_date": "2024-06-30",
        },
    ]
    # The list keeps its shape (and its cost): no contributions there.
    listed = json_client.get("/api/v1/organisations/").json()["results"]
    assert all("contributions" not in item for item in listed)

    page = browser_client.get("/en/certifyingorganisation/fjord-mapping-ab/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Contributions to QGIS" in text
    assert "Translation" in text and "Documentation and training material" in text
    assert html.escape(HOSTILE, quote=False) in text or "&lt;script&gt;" in text
    assert "<script>alert" not in text and "<b>bold</b>" not in text
    assert '<a href="https://www.transifex.com/qgis/"' in text
    assert 'href="javascript:' not in text
    assert "javascript:alert(1)" in text  # shown as text
    assert "edited later" not in text


def test_feeds_keep_their_shape_after_approval(pending, json_client):
    """The live-compatible feeds list the approved organisation with exactly the keys the
    other rows have (ARCHITECTURE §4): approval adds no key there."""
    application, manager = pending
    approve(application, manager)
    organisations = json_client.get("/en/feed/certifyingorganisations/").json()["results"]
    keys = {frozenset(item) for item in organisations}
    assert len(keys) == 1 and "contributions" not in next(iter(keys))
    assert "Fjord Mapping AB" in [item["name"] for item in organisations]
    centres = json_client.get("/en/feed/training-center/").json()["features"]
    properties = {frozenset(feature["properties"]) for feature in centres}
    assert len(properties) == 1 and "contributions" not in next(iter(properties))
    assert any("Fjord" in str(feature["properties"]) for feature in centres)


def test_nothing_is_published_before_approval_or_after_a_rejection(pending, json_client):
    application, manager = pending
    owner = application.organisation.owners.get()
    owner_client = json_client
    owner_client.force_login(owner)
    # The owner sees their own pending organisation, without published contributions.
    detail = owner_client.get("/api/v1/organisations/fjord-mapping-ab/").json()
    assert detail["contributions"] == []
    reviews.screen(application_id=application.pk, user=manager, action="accept")
    reviews.decide(
        application_id=application.pk, user=manager, outcome="reject", rationale="Not yet."
    )
    detail = owner_client.get("/api/v1/organisations/fjord-mapping-ab/").json()
    assert detail["status"] == "rejected"
    assert detail["contributions"] == []
