"""HTTP behaviour shared by the feeds: content negotiation, conditional requests, redirects,
allowed methods, and a constant number of SQL queries whatever the number of rows."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from feeds.negotiation import negotiate
from feeds.responses import json_bytes

#: Firefox's Accept header for a page.
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

FEEDS = [
    "/en/feed/certifyingorganisations/",
    "/en/feed/upcoming-course/",
    "/en/feed/past-course/",
    "/en/feed/training-center/",
]


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("application/json", "json"),
        (None, "json"),
        ("", "json"),
        ("*/*", "json"),
        ("application/*", "json"),
        ("application/json; indent=4", "json"),
        ("application/geo+json, application/json;q=0.5", "json"),
        ("application/json, text/html", "json"),
        (BROWSER_ACCEPT, "html"),
        ("text/html", "html"),
        ("text/*", "html"),
        ("text/html;q=0.1, application/json", "json"),
        ("application/geo+json", None),
        ("application/xml", None),
        ("image/png, text/plain", None),
        ("garbage", "json"),
    ],
)
def test_negotiation_follows_the_live_sites_renderer_order(accept, expected):
    assert negotiate(accept) == expected


@pytest.mark.parametrize(
    ("override", "expected"), [("json", "json"), ("api", "html"), ("xml", None)]
)
def test_format_parameter_overrides_accept(override, expected):
    assert negotiate(BROWSER_ACCEPT, override) == expected


@pytest.fixture
def small_catalogue(catalogue_factory):
    f = catalogue_factory
    org = f.organisation('<b>Bold</b> & "Quoted" GIS <script>alert(1)</script>')
    f.course(org, start=f.today + timedelta(days=3))
    f.course(org, start=f.today - timedelta(days=30))
    return org


@pytest.mark.django_db
class TestNegotiation:
    @pytest.mark.parametrize("url", FEEDS)
    def test_geojson_alone_is_406(self, small_catalogue, url):
        response = Client().get(url, HTTP_ACCEPT="application/geo+json")
        assert response.status_code == 406
        assert response.json() == {"detail": "Could not satisfy the request Accept header."}

    @pytest.mark.parametrize("url", FEEDS)
    def test_no_accept_header_gets_json(self, small_catalogue, url):
        response = Client().get(url)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/json"

    @pytest.mark.parametrize("url", FEEDS)
    def test_browsers_get_an_escaped_html_page(self, small_catalogue, browser_client, url):
        response = browser_client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"] == "text/html; charset=utf-8"
        body = response.content.decode()
        assert "<!DOCTYPE html>" in body
        assert "<script>alert(1)</script>" not in body
        if "training-center" not in url:
            assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body

    def test_format_json_gives_json_to_a_browser(self, small_catalogue, browser_client):
        response = browser_client.get(FEEDS[1], {"format": "json"})
        assert response["Content-Type"] == "application/json"
        assert response.json()["type"] == "FeatureCollection"

    def test_unknown_format_is_404(self, small_catalogue, json_client):
        response = json_client.get(FEEDS[1], {"format": "xml"})
        assert response.status_code == 404
        assert response.json() == {"detail": "Not found."}

    def test_invalid_page_in_a_browser_is_an_html_404(self, small_catalogue, browser_client):
        response = browser_client.get(FEEDS[0], {"page": 9})
        assert response.status_code == 404
        assert response["Content-Type"] == "text/html; charset=utf-8"
        assert "Invalid page." in response.content.decode()


@pytest.mark.django_db
class TestConditionalRequests:
    @pytest.mark.parametrize("url", FEEDS)
    def test_etag_and_304_with_an_empty_body(self, small_catalogue, json_client, url):
        first = json_client.get(url)
        etag = first["ETag"]
        assert etag.startswith('"') and etag.endswith('"')
        assert first["Cache-Control"] == "no-cache"
        assert "Accept" in first["Vary"]
        again = json_client.get(url, HTTP_IF_NONE_MATCH=etag)
        assert again.status_code == 304
        assert again.content == b""
        assert again["ETag"] == etag
        assert again["Cache-Control"] == "no-cache"

    def test_any_catalogue_change_changes_the_tag(self, small_catalogue, json_client):
        url = FEEDS[1]
        etag = json_client.get(url)["ETag"]
        small_catalogue.name = "Renamed"
        small_catalogue.save()
        response = json_client.get(url, HTTP_IF_NONE_MATCH=etag)
        assert response.status_code == 200
        assert response["ETag"] != etag
        assert response.json()["features"][0]["properties"]["certifying_organisation_name"] == (
            "Renamed"
        )

    def test_tags_differ_per_query_and_representation(self, small_catalogue, json_client):
        url = FEEDS[1]
        plain = json_client.get(url)["ETag"]
        filtered = json_client.get(url, {"country": "SE"})["ETag"]
        html = Client(HTTP_ACCEPT=BROWSER_ACCEPT).get(url)["ETag"]
        assert len({plain, filtered, html}) == 3

    def test_stale_tag_or_star(self, small_catalogue, json_client):
        url = FEEDS[2]
        assert json_client.get(url, HTTP_IF_NONE_MATCH='"stale"').status_code == 200
        assert json_client.get(url, HTTP_IF_NONE_MATCH="*").status_code == 304

    def test_error_answers_carry_no_etag(self, small_catalogue, json_client):
        response = json_client.get(FEEDS[0], {"page": 5})
        assert response.status_code == 404
        assert not response.has_header("ETag")


@pytest.mark.django_db
class TestMethodsAndRedirects:
    @pytest.mark.parametrize("url", FEEDS)
    def test_read_only(self, small_catalogue, json_client, url):
        assert json_client.post(url, {}).status_code == 405
        assert json_client.delete(url).status_code == 405
        assert json_client.head(url).status_code == 200

    @pytest.mark.parametrize(
        ("path", "target"),
        [
            ("/feed/upcoming-course/", "/en/feed/upcoming-course/"),
            ("/feed/certifyingorganisations/?country=RO&page=2", None),
            ("/certifyingorganisation/some-org/", "/en/certifyingorganisation/some-org/"),
            (
                "/certifyingorganisation/some-org/feed/past-course/",
                "/en/certifyingorganisation/some-org/feed/past-course/",
            ),
            ("/certificate/QGIS-1234/", "/en/certificate/QGIS-1234/"),
        ],
    )
    def test_paths_without_language_prefix_redirect_with_302(self, json_client, path, target):
        response = json_client.get(path)
        assert response.status_code == 302
        expected = target or "/en" + path
        assert response["Location"] == expected

    def test_redirect_then_feed(self, small_catalogue, json_client):
        response = json_client.get("/feed/past-course/", follow=True)
        assert response.redirect_chain == [("/en/feed/past-course/", 302)]
        assert response.json()["type"] == "FeatureCollection"


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


@pytest.mark.django_db
def test_query_count_does_not_grow_with_rows(catalogue_factory, json_client):
    f = catalogue_factory
    org = f.organisation("Per-org")
    per_org = [
        f"/en/certifyingorganisation/{org.slug}/feed/{name}/"
        for name in ("training-center", "upcoming-course", "past-course")
    ]

    def add_rows(count: int) -> None:
        for _ in range(count):
            other = f.organisation()
            f.course(other, start=f.today + timedelta(days=4))
            f.course(other, start=f.today - timedelta(days=40))
            f.course(org, start=f.today + timedelta(days=4))
            f.course(org, start=f.today - timedelta(days=40))

    add_rows(5)
    small = {url: _queries(json_client, url) for url in FEEDS + per_org}
    add_rows(45)
    large = {url: _queries(json_client, url) for url in FEEDS + per_org}
    assert large == small
    # The catalogue fingerprint plus one or two queries for the document itself.
    assert max(small.values()) <= 10


@pytest.mark.parametrize(
    "document",
    [
        {"name": '<b>Bold</b> & "Quoted"\n\t\\ /', "n": [0.0, -33.9249, 151.20930000000001]},
        {"unicode": "Brașov Göteborg 臺北 😀", "empty": "", "none": None, "bool": True},
        {"nested": [{"type": "Feature", "geometry": None, "id": 2**53}]},
    ],
)
def test_feed_json_bytes_match_the_standard_library(document):
    expected = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
    assert json_bytes(document) == expected


def test_line_and_paragraph_separators_are_escaped():
    body = json_bytes({"text": "a\u2028b\u2029c"})
    assert body == b'{"text":"a\\u2028b\\u2029c"}'
    assert json.loads(body) == {"text": "a\u2028b\u2029c"}
