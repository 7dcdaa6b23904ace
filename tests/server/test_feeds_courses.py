"""Upcoming and past course feeds, project-wide and per organisation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from catalogue.models import Course, TrainingCenter
from feeds.documents import course_collection, training_center_collection

UPCOMING = "/en/feed/upcoming-course/"
PAST = "/en/feed/past-course/"
PROPERTY_KEYS = [
    "name",
    "start_date",
    "end_date",
    "course_type_name",
    "course_convener_name",
    "training_center_name",
    "certifying_organisation_name",
    "language",
    "trained_competence",
]

pytestmark = pytest.mark.django_db


def day(factory, offset: int):
    return factory.today + timedelta(days=offset)


def course_names(document: dict) -> list[str]:
    return [feature["properties"]["name"] for feature in document["features"]]


def test_feature_shape_is_exactly_the_live_sites(catalogue_factory, json_client):
    f = catalogue_factory
    org = f.organisation("Geo Academy România")
    centre = f.training_center(org, "Centrul București", location=(26.1025, 44.4268))
    f.course(
        org,
        name="QGIS Desktop — București",
        start=day(f, 3),
        days=2,
        training_center=centre,
        course_type=f.course_type(org, "QGIS Desktop Fundamentals"),
        convener=f.convener(org, first_name="Ana", last_name="Popescu"),
        language="ro",
        trained_competence="Spatial analysis",
    )
    response = json_client.get(UPCOMING)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    document = response.json()
    assert list(document) == ["type", "features"]
    assert document["type"] == "FeatureCollection"
    (feature,) = document["features"]
    assert list(feature) == ["type", "geometry", "properties"]  # no feature id
    assert feature["type"] == "Feature"
    assert feature["geometry"] == {"type": "Point", "coordinates": [26.1025, 44.4268]}
    assert list(feature["properties"]) == PROPERTY_KEYS
    assert feature["properties"] == {
        "name": "QGIS Desktop — București",
        "start_date": day(f, 3).isoformat(),
        "end_date": day(f, 5).isoformat(),
        "course_type_name": "QGIS Desktop Fundamentals",
        "course_convener_name": "Ana Popescu",
        "training_center_name": "Centrul București",
        "certifying_organisation_name": "Geo Academy România",
        "language": "Romanian",
        "trained_competence": "Spatial analysis",
    }


def test_online_centre_gives_null_geometry_and_zero_zero_is_a_point(catalogue_factory, json_client):
    f = catalogue_factory
    org = f.organisation()
    f.course(org, name="Online", training_center=f.training_center(org, location=None))
    f.course(org, name="Null Island", training_center=f.training_center(org, location=(0, 0)))
    geometries = {
        feature["properties"]["name"]: feature["geometry"]
        for feature in json_client.get(UPCOMING).json()["features"]
    }
    assert geometries == {"Online": None, "Null Island": {"type": "Point", "coordinates": [0, 0]}}


def test_convener_without_full_name_shows_the_username(catalogue_factory, json_client):
    f = catalogue_factory
    org = f.organisation()
    f.course(org, convener=f.convener(org, user=f.user("sven")))
    (feature,) = json_client.get(UPCOMING).json()["features"]
    assert feature["properties"]["course_convener_name"] == "sven"


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("en", "English"),
        ("ro", "Romanian"),
        ("sv", "Swedish"),
        ("zh-hant", "Traditional Chinese"),
        ("ZH-Hant", "Traditional Chinese"),
        ("zh-tw", "Traditional Chinese"),
        ("xx-unknown", "xx-unknown"),
    ],
)
def test_language_is_the_english_name(catalogue_factory, json_client, code, name):
    catalogue_factory.course(language=code)
    (feature,) = json_client.get(UPCOMING).json()["features"]
    assert feature["properties"]["language"] == name


def test_today_boundary(catalogue_factory, json_client):
    f = catalogue_factory
    org = f.organisation()
    f.course(org, name="today only", start=day(f, 0), days=0)
    f.course(org, name="starts today", start=day(f, 0), days=3)
    f.course(org, name="in progress", start=day(f, -1), days=2)
    f.course(org, name="ended today", start=day(f, -3), days=3)
    f.course(org, name="ended yesterday", start=day(f, -3), days=2)
    f.course(org, name="starts tomorrow", start=day(f, 1), days=0)
    upcoming = set(course_names(json_client.get(UPCOMING).json()))
    past = set(course_names(json_client.get(PAST).json()))
    assert upcoming == {"today only", "starts today", "starts tomorrow"}
    assert past == {"today only", "ended today", "ended yesterday"}
    assert "in progress" not in upcoming | past


def test_only_courses_of_certified_organisations_are_included(catalogue_factory, json_client):
    """A documented deviation from the live site (which lists every status): organisations
    that are not certified are private, their courses stay out of the project-wide feeds."""
    f = catalogue_factory
    for label, fields in {
        "approved": {},
        "draft": {"status": "draft"},
        "submitted": {"status": "submitted"},
        "under review": {"status": "under_review"},
        "changes requested": {"status": "changes_requested"},
        "rejected": {"status": "rejected"},
        "archived": {"archived": True},
    }.items():
        org = f.organisation(f"Org {label}", **fields)
        f.course(org, name=f"upcoming {label}", start=day(f, 5))
        f.course(org, name=f"past {label}", start=day(f, -10))
    assert course_names(json_client.get(UPCOMING).json()) == ["upcoming approved"]
    assert course_names(json_client.get(PAST).json()) == ["past approved"]


def test_project_feeds_order_by_organisation_name_then_start_date(catalogue_factory, json_client):
    f = catalogue_factory
    beta = f.organisation("Beta")
    alpha = f.organisation("Alpha")
    f.course(beta, name="beta early", start=day(f, 2))
    f.course(alpha, name="alpha late", start=day(f, 30))
    f.course(alpha, name="alpha early", start=day(f, 3))
    f.course(beta, name="beta past late", start=day(f, -5))
    f.course(beta, name="beta past early", start=day(f, -50))
    f.course(alpha, name="alpha past", start=day(f, -20))
    assert course_names(json_client.get(UPCOMING).json()) == [
        "alpha early",
        "alpha late",
        "beta early",
    ]
    assert course_names(json_client.get(PAST).json()) == [
        "alpha past",
        "beta past early",
        "beta past late",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("RO", {"ro course"}),
        (" ro ,se", {"ro course", "se course"}),
        ("se,", {"se course"}),
        ("ZA", set()),
        ("", {"ro course", "se course", "nl course"}),
    ],
)
def test_upcoming_country_filter_uses_the_organisation_country(
    catalogue_factory, json_client, query, expected
):
    f = catalogue_factory
    for country in ("RO", "SE", "NL"):
        f.course(f.organisation(country=country), name=f"{country.lower()} course")
    document = json_client.get(UPCOMING, {"country": query}).json()
    assert set(course_names(document)) == expected


def test_past_feed_ignores_the_country_filter(catalogue_factory, json_client):
    f = catalogue_factory
    for country in ("RO", "SE"):
        f.course(f.organisation(country=country), name=country, start=day(f, -9))
    document = json_client.get(PAST, {"country": "RO"}).json()
    assert set(course_names(document)) == {"RO", "SE"}


def test_text_is_verbatim(catalogue_factory, json_client):
    f = catalogue_factory
    hostile = '<b>Bold</b> & "Quoted" GIS <script>alert(1)</script>'
    org = f.organisation(hostile)
    f.course(
        org,
        name="Line\nbreak & <i>x</i>",
        trained_competence="a\u2028b",
        training_center=f.training_center(org, "臺北市教學中心"),
    )
    response = json_client.get(UPCOMING)
    properties = response.json()["features"][0]["properties"]
    assert properties["certifying_organisation_name"] == hostile
    assert properties["name"] == "Line\nbreak & <i>x</i>"
    assert properties["training_center_name"] == "臺北市教學中心"
    assert properties["trained_competence"] == "a\u2028b"
    # U+2028 is escaped in the bytes (valid JavaScript too), like the live site's renderer.
    assert b"a\\u2028b" in response.content


class TestPerOrganisationFeeds:
    def test_only_that_organisations_courses_by_start_date(self, catalogue_factory, json_client):
        f = catalogue_factory
        mine = f.organisation("Mine")
        other = f.organisation("Other")
        f.course(mine, name="mine late", start=day(f, 20))
        f.course(mine, name="mine early", start=day(f, 2))
        f.course(mine, name="mine past", start=day(f, -20))
        f.course(other, name="other", start=day(f, 2))
        base = f"/en/certifyingorganisation/{mine.slug}/feed/"
        upcoming = json_client.get(base + "upcoming-course/")
        assert upcoming.status_code == 200
        assert course_names(upcoming.json()) == ["mine early", "mine late"]
        assert course_names(json_client.get(base + "past-course/").json()) == ["mine past"]
        feature = upcoming.json()["features"][0]
        assert list(feature) == ["type", "geometry", "properties"]
        assert list(feature["properties"]) == PROPERTY_KEYS

    @pytest.mark.parametrize("feed", ["upcoming-course", "past-course", "training-center"])
    def test_archived_or_unknown_organisation_is_an_html_404(
        self, catalogue_factory, json_client, feed
    ):
        archived = catalogue_factory.organisation("Gone", archived=True)
        for slug in (archived.slug, "no-such-organisation"):
            response = json_client.get(f"/en/certifyingorganisation/{slug}/feed/{feed}/")
            assert response.status_code == 404
            assert response["Content-Type"].startswith("text/html")
            assert b"Page not found" in response.content


def test_documents_from_empty_querysets(db):
    assert course_collection(Course.objects.none()) == {"type": "FeatureCollection", "features": []}
    assert training_center_collection(TrainingCenter.objects.none())["features"] == []
