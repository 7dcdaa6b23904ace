"""Parsing the live site's public feeds: strict about shape, tolerant about quirks."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from certification_plugin.core.errors import InvalidResponseError
from certification_plugin.core.feeds import (
    parse_course_collection,
    parse_organisations_page,
    parse_training_centre_collection,
)

URL = "https://certification.qgis.org/en/feed/upcoming-course/"
HOSTILE = "<b>Bold</b> & \"Quoted\" <script>alert('x')</script>"


def course_feature(**overrides):
    properties = {
        "name": "QGIS Desktop — București",
        "start_date": "2031-03-01",
        "end_date": "2031-03-03",
        "course_type_name": "QGIS Desktop Fundamentals",
        "course_convener_name": "Ana Popescu",
        "training_center_name": "Centrul București",
        "certifying_organisation_name": "Geo Academy România",
        "language": "Romanian",
        "trained_competence": "Analiză spațială",
    }
    properties.update(overrides)
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [26.1025, 44.4268]},
        "properties": properties,
    }


def collection(*features, **extra):
    doc = {"type": "FeatureCollection", "features": list(features)}
    doc.update(extra)
    return doc


def error_of(parse, doc) -> str:
    with pytest.raises(InvalidResponseError) as info:
        parse(doc, URL)
    assert info.value.url == URL
    return info.value.message


# ----------------------------------------------------------------------------- courses


def test_course_feature_becomes_a_course():
    (course,) = parse_course_collection(collection(course_feature()), URL)
    assert course.name == "QGIS Desktop — București"
    assert course.start_date == date(2031, 3, 1) and course.end_date == date(2031, 3, 3)
    assert course.training_centre_name == "Centrul București"
    assert course.organisation_name == "Geo Academy România"
    assert course.language == "Romanian"
    assert course.location == (26.1025, 44.4268)
    assert course.id is None and not course.online


def test_course_quirks_are_tolerated_and_text_kept_verbatim():
    long_text = "x" * 100_000
    features = [
        course_feature(name=None, language=None, trained_competence=None),
        course_feature(name=HOSTILE, course_convener_name="Line\nBreak", extra_key=[1, 2]),
        course_feature(trained_competence=long_text, course_type_name="臺北 åäö ăâîșț"),
    ]
    features[0]["geometry"] = None
    features[1]["geometry"] = {"type": "Point", "coordinates": [0, 0]}
    features[2]["geometry"]["coordinates"] = [18.0686, 59.3293, 12.5]
    features[2]["id"] = 7
    first, second, third = parse_course_collection(collection(*features), URL)
    assert first.name == "" and first.language == "" and first.location is None and first.online
    assert second.name == HOSTILE and second.course_convener_name == "Line\nBreak"
    assert second.location is None  # (0, 0) is the site's "no location"
    assert third.trained_competence == long_text and third.course_type_name == "臺北 åäö ăâîșț"
    assert third.location == (18.0686, 59.3293) and third.id == 7


@pytest.mark.parametrize(
    "doc, words",
    [
        ([], "not a GeoJSON FeatureCollection (got list)"),
        ({"type": "Topology"}, "not a GeoJSON FeatureCollection (type is 'Topology')"),
        ({"type": "FeatureCollection"}, "has no 'features' list (got null)"),
        ({"type": "FeatureCollection", "features": {}}, "has no 'features' list (got object)"),
        (
            collection(crs={"type": "name", "properties": {"name": "EPSG:3857"}}),
            "unsupported coordinate reference system 'EPSG:3857'",
        ),
    ],
)
def test_collection_shape_errors(doc, words):
    assert words in error_of(parse_course_collection, doc)


@pytest.mark.parametrize(
    "mutate, words",
    [
        (
            lambda f: f["properties"].update(start_date="soon"),
            "feature 3: start_date 'soon' is not a date YYYY-MM-DD",
        ),
        (
            lambda f: f["properties"].update(end_date="2031-02-30"),
            "feature 3: end_date '2031-02-30' is not a valid calendar date",
        ),
        (
            lambda f: f["properties"].update(start_date=20310301),
            "feature 3: start_date '20310301' is not a date YYYY-MM-DD",
        ),
        (
            lambda f: f["properties"].pop("start_date"),
            "feature 3: required key 'start_date' is missing",
        ),
        (lambda f: f["properties"].pop("name"), "feature 3: required key 'name' is missing"),
        (
            lambda f: f["properties"].update(certifying_organisation_name=12),
            "feature 3: certifying_organisation_name must be text, got number",
        ),
        (
            lambda f: f["properties"].update(training_center_name=""),
            "feature 3: training_center_name is empty",
        ),
        (
            lambda f: f["properties"].update(language=["en"]),
            "feature 3: language must be text or null, got list",
        ),
        (lambda f: f.update(type="Point"), "feature 3: type is 'Point', expected 'Feature'"),
        (lambda f: f.update(properties=None), "feature 3: properties must be an object, got null"),
        (lambda f: f.pop("geometry"), "feature 3: required key 'geometry' is missing"),
        (
            lambda f: f.update(geometry={"type": "Polygon", "coordinates": []}),
            "feature 3: geometry type 'Polygon' is not a Point",
        ),
        (
            lambda f: f.update(geometry={"type": "Point", "coordinates": ["26", 44]}),
            "feature 3: point coordinates",
        ),
        (
            lambda f: f.update(geometry={"type": "Point", "coordinates": [200, 44]}),
            "feature 3: coordinates (200.0, 44.0) are outside",
        ),
        (
            lambda f: f.update(geometry="POINT(1 2)"),
            "feature 3: geometry must be an object or null, got text",
        ),
    ],
)
def test_invalid_course_feature_is_named_with_its_problem(mutate, words):
    features = [course_feature() for _ in range(3)]
    mutate(features[2])
    assert words in error_of(parse_course_collection, collection(*features))


def test_feature_that_is_not_an_object():
    assert "feature 1: is text, expected an object" in error_of(
        parse_course_collection, collection("nope")
    )


# ----------------------------------------------------------------------------- centres


def centre_feature(
    fid=101, name="Centrul București", org="Geo Academy România", point=(26.1, 44.4)
):
    return {
        "type": "Feature",
        "id": fid,
        "properties": {"name": name, "certifying_organisation__name": org},
        "geometry": None if point is None else {"type": "Point", "coordinates": list(point)},
    }


def test_training_centre_collection_with_crs():
    doc = collection(
        centre_feature(),
        centre_feature(102, "Online", point=None),
        centre_feature(103, HOSTILE, org="臺北地理資訊學會", point=(0.0, 0.0)),
        {**centre_feature(104, "No id"), "id": None},
        crs={"type": "name", "properties": {"name": "EPSG:4326"}},
    )
    a, b, c, d = parse_training_centre_collection(doc, URL)
    assert (a.id, a.name, a.organisation_name, a.location) == (
        101,
        "Centrul București",
        "Geo Academy România",
        (26.1, 44.4),
    )
    assert b.location is None and b.online
    assert c.name == HOSTILE and c.organisation_name == "臺北地理資訊學會" and c.location is None
    assert d.id is None


@pytest.mark.parametrize(
    "mutate, words",
    [
        (lambda f: f.update(id="101"), "feature 1: id must be an integer, got text"),
        (lambda f: f.update(id=True), "feature 1: id must be an integer, got true/false"),
        (
            lambda f: f["properties"].pop("certifying_organisation__name"),
            "feature 1: required key 'certifying_organisation__name' is missing",
        ),
        (lambda f: f["properties"].update(name=None), "feature 1: name must be text, got null"),
    ],
)
def test_invalid_centre_feature(mutate, words):
    feature = centre_feature()
    mutate(feature)
    assert words in error_of(parse_training_centre_collection, collection(feature))


# ----------------------------------------------------------------------------- organisations


ORG_PAGE = {
    "count": 23,
    "page_size": 10,
    "next": "https://certification.qgis.org/en/feed/certifyingorganisations/?page=2",
    "previous": None,
    "results": [
        {
            "name": "Geo Academy România",
            "country_name": "Romania",
            "country_code": "ro",
            "organisation_email": "contact@example.ro",
            "url": "https://example.ro/",
            "address": "Str. Ștefan cel Mare 12,\nBucurești",
            "organisation_phone": "+40 21 000",
        },
        {
            "name": HOSTILE,
            "country_name": None,
            "country_code": None,
            "organisation_email": "x@example.nl",
            "url": "javascript:alert('x')",
            "address": "<img src=x onerror=alert(1)>",
            "organisation_phone": "&amp;",
            "unexpected": {"nested": True},
        },
    ],
}


def test_organisations_page():
    page = parse_organisations_page(ORG_PAGE, URL)
    assert page.count == 23 and page.page_size == 10 and page.previous is None
    assert page.next.endswith("?page=2")
    first, second = page.items
    assert first.country_code == "RO" and first.country_name == "Romania"
    assert first.address == "Str. Ștefan cel Mare 12,\nBucurești"
    assert first.email == "contact@example.ro" and first.phone == "+40 21 000"
    assert second.name == HOSTILE and second.country_code == "" and second.country_name == ""
    assert second.url == "javascript:alert('x')"  # kept as data; links are built safely later
    assert second.address == "<img src=x onerror=alert(1)>"


@pytest.mark.parametrize(
    "mutate, words",
    [
        (lambda d: d.pop("results"), "'results' must be a list of organisations, got nothing"),
        (lambda d: d.update(results={}), "'results' must be a list of organisations, got object"),
        (lambda d: d.update(count="23"), "count must be an integer or null, got text"),
        (lambda d: d.pop("count"), "'count' must be a non-negative integer"),
        (lambda d: d["results"][1].pop("name"), "organisation 2: required key 'name' is missing"),
        (lambda d: d["results"][0].update(url=5), "organisation 1: url must be text or null"),
        (lambda d: d.update(next=3), "next must be text or null, got number"),
    ],
)
def test_invalid_organisations_page(mutate, words):
    doc = copy.deepcopy(ORG_PAGE)
    mutate(doc)
    assert words in error_of(parse_organisations_page, doc)


def test_organisations_page_must_be_an_object():
    assert "organisations page: is list" in error_of(parse_organisations_page, [])
