"""The training-centre feed (with its ``crs`` member), project-wide and per organisation."""

from __future__ import annotations

import pytest

URL = "/en/feed/training-center/"

pytestmark = pytest.mark.django_db


def test_shape_is_exactly_the_live_sites(catalogue_factory, json_client):
    org = catalogue_factory.organisation("Kartskolan i Göteborg AB")
    centre = catalogue_factory.training_center(org, "Kartskolan Göteborg", location=(11.97, 57.71))
    response = json_client.get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    document = response.json()
    assert document == {
        "type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": "EPSG:4326"}},
        "features": [
            {
                "type": "Feature",
                "id": centre.pk,
                "properties": {
                    "name": "Kartskolan Göteborg",
                    "certifying_organisation__name": "Kartskolan i Göteborg AB",
                },
                "geometry": {"type": "Point", "coordinates": [11.97, 57.71]},
            }
        ],
    }
    assert isinstance(document["features"][0]["id"], int)


def test_null_geometry_zero_zero_and_only_certified_organisations(catalogue_factory, json_client):
    f = catalogue_factory
    f.training_center(f.organisation("B approved"), "online", location=None)
    f.training_center(f.organisation("A approved"), "null island", location=(0, 0))
    f.training_center(f.organisation("C approved"), "city")
    # Deviation from the live site: private (not certified) organisations' centres are left out.
    f.training_center(f.organisation("A pending", status="submitted"), "pending centre")
    f.training_center(f.organisation("A archived", archived=True), "archived centre")
    f.training_center(f.organisation("A rejected", status="rejected"), "rejected centre")
    features = json_client.get(URL).json()["features"]
    # Ordered by organisation name.
    assert [x["properties"]["name"] for x in features] == ["null island", "online", "city"]
    assert features[0]["geometry"] == {"type": "Point", "coordinates": [0, 0]}
    assert features[1]["geometry"] is None


def test_no_filter_on_the_project_feed(catalogue_factory, json_client):
    f = catalogue_factory
    f.training_center(f.organisation(country="RO"))
    f.training_center(f.organisation(country="SE"))
    assert len(json_client.get(URL, {"country": "RO"}).json()["features"]) == 2


def test_per_organisation_feed_by_centre_name(catalogue_factory, json_client):
    f = catalogue_factory
    mine = f.organisation("Mine")
    f.training_center(mine, "Zürich")
    f.training_center(mine, "Aarau", location=None)
    f.training_center(f.organisation("Other"), "Basel")
    response = json_client.get(f"/en/certifyingorganisation/{mine.slug}/feed/training-center/")
    document = response.json()
    assert document["crs"] == {"type": "name", "properties": {"name": "EPSG:4326"}}
    assert [x["properties"]["name"] for x in document["features"]] == ["Aarau", "Zürich"]
    assert {x["properties"]["certifying_organisation__name"] for x in document["features"]} == {
        "Mine"
    }
