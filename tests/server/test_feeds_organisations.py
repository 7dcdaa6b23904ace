"""The organisations feed: shape, visibility, order, country filter and pagination maths."""

from __future__ import annotations

import pytest

URL = "/en/feed/certifyingorganisations/"

RESULT_KEYS = [
    "name",
    "country_name",
    "country_code",
    "organisation_email",
    "url",
    "address",
    "organisation_phone",
]

pytestmark = pytest.mark.django_db


def names(document: dict) -> list[str]:
    return [item["name"] for item in document["results"]]


def test_shape_is_exactly_the_live_sites(catalogue_factory, json_client):
    catalogue_factory.organisation(
        "Geo Academy România",
        country="RO",
        organisation_email="info@example.ro",
        url="https://example.ro",
        address="Str. Lungă 1\nBucurești",
        organisation_phone="+40 21 000 0000",
    )
    response = json_client.get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    document = response.json()
    assert list(document) == ["count", "page_size", "next", "previous", "results"]
    assert document["count"] == 1
    assert document["page_size"] == 10
    assert document["next"] is None
    assert document["previous"] is None
    assert document["results"] == [
        {
            "name": "Geo Academy România",
            "country_name": "Romania",
            "country_code": "RO",
            "organisation_email": "info@example.ro",
            "url": "https://example.ro",
            "address": "Str. Lungă 1\nBucurești",
            "organisation_phone": "+40 21 000 0000",
        }
    ]
    assert list(document["results"][0]) == RESULT_KEYS


def test_only_approved_non_archived_organisations_by_name(catalogue_factory, json_client):
    catalogue_factory.organisation("Zeta Approved")
    catalogue_factory.organisation("Alpha Approved")
    catalogue_factory.organisation("Beta Archived", archived=True)
    for status in ("draft", "submitted", "under_review", "changes_requested", "rejected"):
        catalogue_factory.organisation(f"Status {status}", status=status)
    document = json_client.get(URL).json()
    assert names(document) == ["Alpha Approved", "Zeta Approved"]
    assert document["count"] == 2


def test_markup_in_names_comes_back_verbatim(catalogue_factory, json_client):
    hostile = '<b>Bold</b> & "Quoted" GIS <script>alert(1)</script>'
    catalogue_factory.organisation(hostile, address="1 <i>Markup</i> St\r\nLondon & Co")
    response = json_client.get(URL)
    item = response.json()["results"][0]
    assert item["name"] == hostile
    assert item["address"] == "1 <i>Markup</i> St\r\nLondon & Co"
    # No HTML escaping in the bytes either: JSON escaping only, UTF-8 kept as is.
    assert b"<script>alert(1)</script>" in response.content
    assert b"&amp;" not in response.content


def test_unicode_is_sent_as_utf8_not_escaped(catalogue_factory, json_client):
    catalogue_factory.organisation("臺北地理資訊學院", country="TW")
    response = json_client.get(URL)
    assert "臺北地理資訊學院".encode() in response.content
    assert response.json()["results"][0]["country_name"] == "Taiwan"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("RO", ["Bucharest", "Cluj"]),
        ("ro", ["Bucharest", "Cluj"]),
        (" se , ro ", ["Bucharest", "Cluj", "Stockholm"]),
        ("SE,,", ["Stockholm"]),
        ("ZA", []),
        ("", ["Amsterdam", "Bucharest", "Cluj", "Stockholm"]),
        (" , ", ["Amsterdam", "Bucharest", "Cluj", "Stockholm"]),
    ],
)
def test_country_filter_is_trimmed_upper_cased_and_comma_separated(
    catalogue_factory, json_client, query, expected
):
    catalogue_factory.organisation("Cluj", country="RO")
    catalogue_factory.organisation("Bucharest", country="RO")
    catalogue_factory.organisation("Stockholm", country="SE")
    catalogue_factory.organisation("Amsterdam", country="NL")
    document = json_client.get(URL, {"country": query}).json()
    assert names(document) == expected
    assert document["count"] == len(expected)


@pytest.fixture
def twenty_five(catalogue_factory):
    for n in range(25):
        catalogue_factory.organisation(f"Org {n:02d}")


def test_default_page_size_is_ten_with_absolute_next_link(twenty_five, json_client, settings):
    settings.ALLOWED_HOSTS = ["certification.example.org"]
    response = json_client.get(URL, HTTP_HOST="certification.example.org:8443")
    document = response.json()
    assert document["count"] == 25
    assert document["page_size"] == 10
    assert names(document) == [f"Org {n:02d}" for n in range(10)]
    assert document["next"] == f"http://certification.example.org:8443{URL}?page=2"
    assert document["previous"] is None


def test_middle_and_last_pages(twenty_five, json_client):
    page2 = json_client.get(URL, {"page": 2}).json()
    assert names(page2) == [f"Org {n:02d}" for n in range(10, 20)]
    assert page2["next"] == f"http://testserver{URL}?page=3"
    # Going back to page 1 drops the page parameter, as the live site does.
    assert page2["previous"] == f"http://testserver{URL}"
    page3 = json_client.get(URL, {"page": 3}).json()
    assert names(page3) == [f"Org {n:02d}" for n in range(20, 25)]
    assert page3["next"] is None
    assert page3["previous"] == f"http://testserver{URL}?page=2"
    assert json_client.get(URL, {"page": "last"}).json() == page3


def test_links_keep_other_parameters_sorted(twenty_five, json_client):
    document = json_client.get(URL, {"page_size": 5, "country": "ro", "page": 2}).json()
    assert document["next"] == f"http://testserver{URL}?country=ro&page=3&page_size=5"
    assert document["previous"] == f"http://testserver{URL}?country=ro&page_size=5"


@pytest.mark.parametrize(
    ("page_size", "effective"),
    [("0", 10), ("-3", 10), ("abc", 10), ("", 10), ("1", 1), ("7", 7), ("100", 100), ("101", 100)],
)
def test_page_size_default_and_cap(catalogue_factory, json_client, page_size, effective):
    for n in range(120):
        catalogue_factory.organisation(f"Org {n:03d}")
    document = json_client.get(URL, {"page_size": page_size}).json()
    assert document["page_size"] == effective
    assert len(document["results"]) == effective
    assert document["count"] == 120


@pytest.mark.parametrize("page", ["4", "0", "-1", "abc", "1.5"])
def test_page_that_does_not_exist_is_404_invalid_page(twenty_five, json_client, page):
    response = json_client.get(URL, {"page": page})
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "Invalid page."}


def test_empty_catalogue_has_one_empty_page(db, json_client):
    document = json_client.get(URL).json()
    assert document == {
        "count": 0,
        "page_size": 10,
        "next": None,
        "previous": None,
        "results": [],
    }
    assert json_client.get(URL, {"page": 2}).status_code == 404
