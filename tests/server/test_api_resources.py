"""Shapes of every API v1 resource, visibility of unapproved data, detail views and GeoJSON."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.server.factories_api import build_catalogue

pytestmark = pytest.mark.django_db

BASE = "http://testserver/api/v1/"

ORGANISATION_KEYS = {
    "id": int,
    "slug": str,
    "name": str,
    "country": str,
    "country_name": str,
    "email": str,
    "url": str,
    "address": str,
    "phone": str,
    "status": str,
    "updated_at": str,
    "links": dict,
}
CENTRE_KEYS = {
    "id": int,
    "name": str,
    "organisation": str,
    "organisation_name": str,
    "country": str,
    "email": str,
    "phone": str,
    "address": str,
    "url": str,
    "online": bool,
    "updated_at": str,
    "links": dict,
    "longitude": (float, type(None)),
    "latitude": (float, type(None)),
}
COURSE_KEYS = {
    "id": int,
    "name": str,
    "start_date": str,
    "end_date": str,
    "course_type": str,
    "course_type_name": str,
    "course_convener_name": str,
    "course_convener": int,  # issue 12: the convener's id (/conveners/)
    "certificate_type": (str, type(None)),  # issue 12: the default type's slug, or null
    "training_centre": int,
    "training_centre_name": str,
    "organisation": str,
    "organisation_name": str,
    "country": str,
    "language": str,
    "language_name": str,
    "trained_competence": str,
    "online": bool,
    "updated_at": str,
    "links": dict,
    "longitude": (float, type(None)),
    "latitude": (float, type(None)),
}
COURSE_TYPE_KEYS = {
    "id": int,
    "slug": str,
    "name": str,
    "description": str,
    "instruction_hours": str,
    "organisation": str,
    "updated_at": str,
    "links": dict,
}


def check_shape(item: dict, keys: dict) -> None:
    assert set(item) == set(keys), set(item) ^ set(keys)
    for key, kind in keys.items():
        assert isinstance(item[key], kind), (key, item[key])
    datetime.fromisoformat(item["updated_at"])  # ISO 8601 with offset
    assert datetime.fromisoformat(item["updated_at"]).utcoffset() is not None
    for url in item["links"].values():
        assert url.startswith("http://testserver/")


@pytest.fixture
def cat(catalogue_factory):
    return build_catalogue(catalogue_factory)


def get_json(client, url: str, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def test_organisations_list_shape_and_visibility(client, cat):
    data = get_json(client, BASE + "organisations/")
    assert set(data) == {"count", "next", "previous", "results"}
    assert data["count"] == 2
    assert data["next"] is None and data["previous"] is None
    names = [o["name"] for o in data["results"]]
    assert names == ["Geo Academy România", "Svenska GIS-skolan"]  # by name, certified only
    ro = data["results"][0]
    check_shape(ro, ORGANISATION_KEYS)
    assert ro["slug"] == "geo-academy-romania"
    assert ro["country"] == "RO" and ro["country_name"] == "Romania"
    assert ro["email"] == "info@example.org" and ro["phone"] == "+40 21 000 0000"
    assert ro["status"] == "approved"
    assert ro["links"] == {
        "self": BASE + "organisations/geo-academy-romania/",
        "web": "http://testserver/en/certifyingorganisation/geo-academy-romania/",
        "training_centres": BASE + "training-centres/?organisation=geo-academy-romania",
        "courses": BASE + "courses/?organisation=geo-academy-romania",
    }


def test_organisation_detail_by_slug(client, cat):
    org = get_json(client, BASE + "organisations/geo-academy-romania/")
    # The detail adds what approval published (none for an organisation approved without an
    # application, as these are): tests/server/test_reviews_publication.py.
    check_shape(org, {**ORGANISATION_KEYS, "contributions": list})
    assert org["contributions"] == []
    assert org["id"] == cat.orgs["ro"].pk


@pytest.mark.parametrize("slug", ["pending-org", "archived-org", "nope"])
def test_hidden_or_unknown_organisation_is_json_404(client, cat, slug):
    response = client.get(BASE + f"organisations/{slug}/")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found.", "code": "not_found"}


def test_training_centres_shape(client, cat):
    data = get_json(client, BASE + "training-centres/")
    assert [c["name"] for c in data["results"]] == [
        "Centrul București",
        "Online România",
        "Stockholm",
    ]
    buc, online, _sto = data["results"]
    check_shape(buc, CENTRE_KEYS)
    assert (buc["longitude"], buc["latitude"], buc["online"]) == (26.1, 44.4, False)
    assert buc["organisation"] == "geo-academy-romania"
    assert buc["organisation_name"] == "Geo Academy România"
    assert buc["country"] == "RO" and buc["email"] == "buc@example.ro"
    assert buc["links"] == {
        "self": BASE + f"training-centres/{buc['id']}/",
        "web": "http://testserver/en/certifyingorganisation/geo-academy-romania/"
        f"trainingcenter/{buc['id']}/",
        "organisation": BASE + "organisations/geo-academy-romania/",
    }
    check_shape(online, CENTRE_KEYS)
    assert online["online"] is True and online["longitude"] is None and online["latitude"] is None


def test_web_links_open_the_pages_on_the_certification_website(client, cat):
    """Layer actions open ``links.web``: each must be a page that exists."""
    for resource in ("organisations/", "training-centres/", "courses/"):
        for item in get_json(client, BASE + resource)["results"]:
            path = item["links"]["web"].removeprefix("http://testserver")
            page = client.get(path, HTTP_ACCEPT="text/html")
            assert page.status_code == 200, (resource, path)


def test_training_centre_detail_and_hidden(client, cat):
    centre = get_json(client, BASE + f"training-centres/{cat.centres['sto'].pk}/")
    check_shape(centre, CENTRE_KEYS)
    assert client.get(BASE + f"training-centres/{cat.centres['pending'].pk}/").status_code == 404
    assert client.get(BASE + "training-centres/99999999999999999/").status_code == 404


def test_courses_shape_and_order(client, cat):
    data = get_json(client, BASE + "courses/")
    ids = [c["id"] for c in data["results"]]
    expected = [cat.courses[k].pk for k in ("online_past", "today", "buc_next", "sto_later")]
    assert ids == expected  # by start date; hidden organisations' courses left out
    course = next(c for c in data["results"] if c["id"] == cat.courses["buc_next"].pk)
    check_shape(course, COURSE_KEYS)
    assert course["start_date"] == cat.courses["buc_next"].start_date.isoformat()
    assert course["course_type"] == "qgis-desktop-fundamentals"
    assert course["course_type_name"] == "QGIS Desktop Fundamentals"
    assert course["course_convener_name"] == "Ana Popescu"
    assert course["training_centre"] == cat.centres["buc"].pk
    assert course["training_centre_name"] == "Centrul București"
    assert course["organisation"] == "geo-academy-romania"
    assert course["country"] == "RO"
    assert (course["language"], course["language_name"]) == ("ro", "Romanian")
    assert course["trained_competence"] == "Desktop"
    assert course["online"] is False and course["longitude"] == 26.1
    assert course["links"]["training_centre"] == BASE + f"training-centres/{cat.centres['buc'].pk}/"
    assert course["links"]["self"] == BASE + f"courses/{course['id']}/"
    assert course["links"]["web"] == (
        "http://testserver/en/certifyingorganisation/geo-academy-romania/course/"
        f"{cat.courses['buc_next'].slug}/"
    )
    sto = next(c for c in data["results"] if c["id"] == cat.courses["sto_later"].pk)
    assert sto["course_convener_name"] == "sven"  # no full name: the username
    online = next(c for c in data["results"] if c["id"] == cat.courses["online_past"].pk)
    assert online["online"] is True and online["longitude"] is None


def test_course_detail_and_hidden(client, cat):
    course = get_json(client, BASE + f"courses/{cat.courses['sto_later'].pk}/")
    check_shape(course, COURSE_KEYS)
    assert course["language_name"] == "Swedish"
    assert client.get(BASE + f"courses/{cat.courses['archived'].pk}/").status_code == 404


def test_course_types_shape(client, cat):
    data = get_json(client, BASE + "course-types/")
    assert [t["slug"] for t in data["results"]] == ["qgis-desktop-fundamentals", "qgis-server"]
    desktop, server = data["results"]
    check_shape(desktop, COURSE_TYPE_KEYS)
    assert desktop["instruction_hours"] == "16" and server["instruction_hours"] == "7.5"
    assert desktop["organisation"] == "geo-academy-romania"
    assert desktop["links"] == {"self": BASE + "course-types/qgis-desktop-fundamentals/"}
    detail = get_json(client, BASE + "course-types/qgis-server/")
    assert detail == server
    assert client.get(BASE + "course-types/hidden-type/").status_code == 404


def test_markup_in_names_comes_back_verbatim(client, cat):
    org = cat.orgs["ro"]
    org.address = '<script>alert("x")</script> & co'
    org.save()
    data = get_json(client, BASE + "organisations/geo-academy-romania/")
    assert data["address"] == '<script>alert("x")</script> & co'


@pytest.mark.parametrize("resource", ["training-centres", "courses"])
def test_geojson_collection(client, cat, resource):
    response = client.get(BASE + f"{resource}/?format=geojson")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/geo+json")
    data = response.json()
    assert set(data) == {"type", "count", "next", "previous", "features"}
    assert data["type"] == "FeatureCollection"
    assert data["count"] == len(data["features"]) > 0
    json_items = get_json(client, BASE + f"{resource}/")["results"]
    assert [f["id"] for f in data["features"]] == [i["id"] for i in json_items]
    geometries = []
    for feat, item in zip(data["features"], json_items):
        assert set(feat) == {"type", "id", "geometry", "properties"}
        assert feat["type"] == "Feature"
        expected_props = {k: v for k, v in item.items() if k not in ("longitude", "latitude")}
        assert feat["properties"] == expected_props
        if item["longitude"] is None:
            assert feat["geometry"] is None
        else:
            assert feat["geometry"] == {
                "type": "Point",
                "coordinates": [item["longitude"], item["latitude"]],
            }
        geometries.append(feat["geometry"])
    assert None in geometries and any(g is not None for g in geometries)


def test_format_parameter_wins_over_accept_json(client, cat):
    response = client.get(BASE + "courses/?format=geojson", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/geo+json")
    assert response.json()["type"] == "FeatureCollection"
    plain = client.get(BASE + "courses/?format=json", HTTP_ACCEPT="application/geo+json")
    assert plain.status_code == 200 and "results" in plain.json()


def test_geojson_by_accept_header_and_single_feature(client, cat):
    response = client.get(BASE + "training-centres/", HTTP_ACCEPT="application/geo+json")
    assert response.json()["type"] == "FeatureCollection"
    one = client.get(BASE + f"courses/{cat.courses['online_past'].pk}/?format=geojson").json()
    assert one["type"] == "Feature" and one["geometry"] is None
    assert one["properties"]["online"] is True


@pytest.mark.parametrize("resource", ["organisations", "course-types"])
def test_geojson_refused_where_there_is_no_geometry(client, cat, resource):
    response = client.get(BASE + f"{resource}/?format=geojson")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid_query" and "format" in body["errors"]


def test_writes_are_not_allowed(client, cat):
    response = client.post(BASE + "courses/", {}, content_type="application/json")
    assert response.status_code in (401, 403, 405)
    assert set(response.json()) == {"detail", "code"}
