"""Filters, pagination and the 400 answers for every kind of bad query parameter."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from api import pagination
from catalogue.models import Course, TrainingCenter
from django.utils import timezone

from tests.server.factories_api import build_catalogue, many_courses

pytestmark = pytest.mark.django_db

BASE = "/api/v1/"


@pytest.fixture
def cat(catalogue_factory):
    return build_catalogue(catalogue_factory)


def ids(client, url: str) -> list[int]:
    response = client.get(url)
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["results"]]


def names(client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, response.content
    return [item["name"] for item in response.json()["results"]]


def pks(cat, *keys: str, kind: str = "courses") -> list[int]:
    return [getattr(cat, kind)[k].pk for k in keys]


# --- filters -------------------------------------------------------------------------------


def test_country_filter_lists_trimmed_and_case_insensitive(client, cat):
    assert names(client, BASE + "organisations/?country=se") == ["Svenska GIS-skolan"]
    assert len(names(client, BASE + "organisations/?country=%20ro%20,SE")) == 2
    assert len(names(client, BASE + "organisations/?country=RO&country=SE")) == 2
    assert names(client, BASE + "organisations/?country=NL") == []  # hidden ones stay hidden
    assert names(client, BASE + "training-centres/?country=SE") == ["Stockholm"]
    assert ids(client, BASE + "courses/?country=RO") == pks(cat, "online_past", "buc_next")


def test_search(client, cat):
    assert names(client, BASE + "organisations/?search=academy") == ["Geo Academy România"]
    assert names(client, BASE + "training-centres/?search=STOCK") == ["Stockholm"]
    assert [
        t["slug"] for t in client.get(BASE + "course-types/?search=server").json()["results"]
    ] == ["qgis-server"]
    # courses: course type, centre and organisation names count too
    assert ids(client, BASE + "courses/?search=qgis%20server") == pks(cat, "today", "sto_later")
    assert ids(client, BASE + "courses/?search=Online") == pks(cat, "online_past")
    assert ids(client, BASE + "courses/?search=svenska") == pks(cat, "today", "sto_later")
    assert ids(client, BASE + "courses/?search=Archived") == []


def test_updated_since(client, cat):
    later = timezone.now() + timedelta(hours=1)
    Course.objects.filter(pk=cat.courses["buc_next"].pk).update(updated_at=later)
    TrainingCenter.objects.filter(pk=cat.centres["sto"].pk).update(updated_at=later)
    since = (later - timedelta(minutes=1)).isoformat()
    assert ids(client, BASE + "courses/?" + _q(updated_since=since)) == pks(cat, "buc_next")
    assert names(client, BASE + "training-centres/?" + _q(updated_since=since)) == ["Stockholm"]
    # an unencoded '+' of the offset arrives as a space and is still understood
    raw = (later - timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    assert ids(client, BASE + f"courses/?updated_since={raw}") == pks(cat, "buc_next")
    # a date means midnight: everything updated today
    today = timezone.localdate().isoformat()
    assert len(ids(client, BASE + f"courses/?updated_since={today}")) == 4
    assert names(client, BASE + "organisations/?updated_since=" + since[:19] + "Z") == []


def _q(**params: str) -> str:
    from urllib.parse import urlencode

    return urlencode(params)


def test_bbox(client, cat):
    assert names(client, BASE + "training-centres/?bbox=20,40,30,50") == ["Centrul București"]
    # the online centre (no location) is left out whenever a bbox is given
    assert names(client, BASE + "training-centres/?bbox=-180,-90,180,90") == [
        "Centrul București",
        "Stockholm",
    ]
    assert ids(client, BASE + "courses/?bbox=10,55,20,65") == pks(cat, "today", "sto_later")
    # edges are inclusive
    assert names(client, BASE + "training-centres/?bbox=26.1,44.4,26.1,44.4") == [
        "Centrul București"
    ]


def test_organisation_filter(client, cat):
    assert names(client, BASE + "training-centres/?organisation=geo-academy-romania") == [
        "Centrul București",
        "Online România",
    ]
    assert ids(client, BASE + "courses/?organisation=svenska-gis-skolan") == pks(
        cat, "today", "sto_later"
    )
    assert [
        t["slug"]
        for t in client.get(BASE + "course-types/?organisation=svenska-gis-skolan").json()[
            "results"
        ]
    ] == ["qgis-server"]


def test_date_range_is_inclusive(client, cat):
    start = cat.courses["buc_next"].start_date.isoformat()
    assert ids(client, BASE + f"courses/?start_after={start}&start_before={start}") == pks(
        cat, "buc_next"
    )
    today = cat.today.isoformat()
    assert ids(client, BASE + f"courses/?start_after={today}") == pks(
        cat, "today", "buc_next", "sto_later"
    )
    assert ids(client, BASE + f"courses/?start_before={today}") == pks(cat, "online_past", "today")


def test_upcoming(client, cat):
    assert ids(client, BASE + "courses/?upcoming=true") == pks(
        cat, "today", "buc_next", "sto_later"
    )
    assert ids(client, BASE + "courses/?upcoming=0") == pks(cat, "online_past")
    assert ids(client, BASE + "courses/?upcoming=YES&country=RO") == pks(cat, "buc_next")


def test_language_by_code_or_name(client, cat):
    assert ids(client, BASE + "courses/?language=ro") == pks(cat, "buc_next")
    assert ids(client, BASE + "courses/?language=RO") == pks(cat, "buc_next")
    assert ids(client, BASE + "courses/?language=Romanian") == pks(cat, "buc_next")
    assert ids(client, BASE + "courses/?language=english") == pks(cat, "online_past")
    assert ids(client, BASE + "courses/?language=sv") == pks(cat, "today", "sto_later")  # "SV" too
    assert ids(client, BASE + "courses/?language=xx") == []


def test_course_type_by_slug_or_id(client, cat):
    assert ids(client, BASE + "courses/?course_type=qgis-server") == pks(cat, "today", "sto_later")
    desktop = cat.types["desktop"].pk
    assert ids(client, BASE + f"courses/?course_type={desktop}") == pks(
        cat, "online_past", "buc_next"
    )


def test_filters_combine(client, cat):
    url = BASE + "courses/?country=RO,SE&upcoming=true&bbox=0,40,30,50&language=ro"
    assert ids(client, url) == pks(cat, "buc_next")


# --- pagination ----------------------------------------------------------------------------


def test_pagination_links_and_pages(client, cat):
    first = client.get(BASE + "courses/?page_size=3&country=RO,SE").json()
    assert first["count"] == 4 and len(first["results"]) == 3
    assert first["previous"] is None
    parts = urlsplit(first["next"])
    assert parts.scheme == "http" and parts.netloc == "testserver"
    assert parse_qs(parts.query) == {"page_size": ["3"], "country": ["RO,SE"], "page": ["2"]}
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 1 and second["next"] is None
    assert parse_qs(urlsplit(second["previous"]).query)["page"] == ["1"]
    assert [c["id"] for c in first["results"] + second["results"]] == ids(client, BASE + "courses/")


def test_page_past_the_end_is_json_404(client, cat):
    response = client.get(BASE + "courses/?page=3&page_size=2")
    assert response.status_code == 404
    assert response.json() == {"detail": "Invalid page.", "code": "not_found"}
    # page 1 of an empty result is fine
    empty = client.get(BASE + "courses/?country=NL")
    assert empty.status_code == 200 and empty.json()["count"] == 0


def test_default_page_size_and_cap(client, catalogue_factory, monkeypatch):
    # The documented cap is 5000 (docs/api-v1.md); a lower one keeps the test data small.
    assert pagination.MAX_PAGE_SIZE == 5000
    monkeypatch.setattr(pagination, "MAX_PAGE_SIZE", 1000)
    many_courses(catalogue_factory, 1005)
    default = client.get(BASE + "courses/").json()
    assert default["count"] == 1005 and len(default["results"]) == 100
    capped = client.get(BASE + "courses/?page_size=9000").json()
    assert len(capped["results"]) == 1000
    assert "page_size=9000" in capped["next"]
    last = client.get(capped["next"]).json()
    assert len(last["results"]) == 5 and last["next"] is None


# --- bad parameters ------------------------------------------------------------------------

BAD = [
    ("courses", "page=abc", "page"),
    ("courses", "page=0", "page"),
    ("courses", "page=-1", "page"),
    ("courses", "page=1.5", "page"),
    ("courses", "page_size=0", "page_size"),
    ("courses", "page_size=-5", "page_size"),
    ("courses", "page_size=ten", "page_size"),
    ("organisations", "page_size=99999999999999999999999", "page_size"),
    ("courses", "start_after=2026-13-01", "start_after"),
    ("courses", "start_after=2026-02-30", "start_after"),
    ("courses", "start_before=tomorrow", "start_before"),
    ("courses", "start_after=2026-05-02&start_before=2026-05-01", "start_before"),
    ("courses", "upcoming=maybe", "upcoming"),
    ("courses", "bbox=1,2,3", "bbox"),
    ("courses", "bbox=a,b,c,d", "bbox"),
    ("courses", "bbox=10,0,0,10", "bbox"),
    ("training-centres", "bbox=0,10,10,0", "bbox"),
    ("training-centres", "bbox=nan,0,1,1", "bbox"),
    ("training-centres", "bbox=0,0,inf,1", "bbox"),
    ("training-centres", "bbox=1e999,0,1,1", "bbox"),
    ("courses", "updated_since=yesterday", "updated_since"),
    ("organisations", "updated_since=2026-01-01T25:00:00", "updated_since"),
    ("courses", "course_type=no-such-type", "course_type"),
    ("courses", "course_type=999999", "course_type"),
    ("courses", "course_type=hidden-type", "course_type"),
    ("courses", "organisation=pending-org", "organisation"),
    ("training-centres", "organisation=nope", "organisation"),
    ("course-types", "organisation=archived-org", "organisation"),
    ("organisations", "country=XX", "country"),
    ("courses", "country=ROU", "country"),
    ("organisations", "search=" + "x" * 201, "search"),
    ("courses", "upcoming=true&upcoming=false", "upcoming"),
    ("courses", "format=xml", "format"),
    ("organisations", "format=geojson", "format"),
]


@pytest.mark.parametrize(("resource", "query", "param"), BAD)
def test_bad_parameters_answer_400_json(client, cat, resource, query, param):
    response = client.get(f"{BASE}{resource}/?{query}")
    assert response.status_code == 400, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["code"] == "invalid_query"
    assert body["detail"] == "Invalid query parameters."
    assert list(body["errors"]) == [param]
    assert all(isinstance(m, str) and m for m in body["errors"][param])


def test_all_problems_reported_at_once(client, cat):
    body = client.get(BASE + "courses/?page=x&bbox=1&upcoming=perhaps&start_after=no").json()
    assert set(body["errors"]) == {"page", "bbox", "upcoming", "start_after"}


def test_bad_detail_format_is_400(client, cat):
    response = client.get(BASE + f"courses/{cat.courses['buc_next'].pk}/?format=csv")
    assert response.status_code == 400 and response.json()["code"] == "invalid_query"


def test_empty_values_are_ignored_and_unknown_parameters_too(client, cat):
    assert len(ids(client, BASE + "courses/?country=&bbox=&search=&page=&something=1")) == 4
