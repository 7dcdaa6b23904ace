"""CertificationClient in feeds mode against the live-site fixture (standard-library transport)."""

from __future__ import annotations

from collections import Counter

import pytest

from certification_plugin.core import feeds
from certification_plugin.core.errors import (
    CancelledError,
    InvalidResponseError,
    NotFoundError,
    RateLimitedError,
    TruncatedResponseError,
)
from certification_plugin.core.http import MemoryEtagCache
from tests.fixtures.livesite import HOSTILE_NAME

ORGS_FEED = "/en/feed/certifyingorganisations/"


@pytest.fixture
def client(livesite, client_for):
    return client_for(livesite.base_url + "en/")


def test_detects_a_feeds_only_server(livesite, client):
    info = client.detect()
    assert not info.has_api and info.base_url == livesite.base_url
    # Like the live site, the fixture redirects paths without /en/ and has no /en/api/v1/.
    assert [r.path for r in livesite.requests] == [
        "/api/v1/",
        "/en/api/v1/",
        ORGS_FEED + "?page_size=1",
    ]
    client.detect()
    assert len(livesite.requests) == 3  # remembered
    client.detect(refresh=True)
    assert len(livesite.requests) == 6


def test_detect_on_something_that_is_not_a_certification_server(livesite, client_for):
    livesite.set_fault("not_found")
    with pytest.raises(NotFoundError) as info:
        client_for(livesite.base_url).detect()
    assert "Neither the certification API v1 nor the public feeds" in str(info.value)
    livesite.set_fault("html")
    with pytest.raises(InvalidResponseError) as info:
        client_for(livesite.base_url).detect()
    assert "is the URL a certification server?" in str(info.value)


def test_detect_reports_rate_limiting_instead_of_guessing(livesite, client_for):
    livesite.set_fault("rate_limited", "/api/")
    with pytest.raises(RateLimitedError):
        client_for(livesite.base_url).detect()


def test_detect_does_not_fall_back_to_feeds_on_a_broken_connection(livesite, client_for):
    livesite.set_fault("truncated", "/api/")
    with pytest.raises(TruncatedResponseError):
        client_for(livesite.base_url).detect()
    assert not livesite.requests_to("/en/feed/")


def test_api_mode_refuses_a_feeds_only_server(livesite, client_for):
    with pytest.raises(InvalidResponseError, match="does not offer the certification API v1"):
        client_for(livesite.base_url, mode="api").detect()


def test_feeds_mode_never_asks_for_the_api(livesite, client_for):
    client_for(livesite.base_url, mode="feeds").organisations()
    assert not livesite.requests_to("/api/")


def test_organisations_follow_next_links_across_pages(livesite, client):
    client.feeds_page_size = 10
    progress = []
    result = client.organisations(progress=progress.append)
    pages = livesite.requests_to(ORGS_FEED)[1:]  # after detection
    assert [r.path for r in pages] == [
        ORGS_FEED + "?page_size=10",
        ORGS_FEED + "?page_size=10&page=2",
        ORGS_FEED + "?page_size=10&page=3",
    ]
    expected = sorted(o.name for o in livesite.catalogue.organisations if o.certified)
    assert [o.name for o in result.items] == expected
    assert len(result.source_urls) == 3 and result.changed
    assert progress == sorted(progress) and progress[-1] == 1.0 and len(progress) == 4
    assert result.fetched_at is not None and result.fetched_at.tzinfo is not None


def test_next_links_from_another_origin_are_followed_on_ours(livesite, client):
    livesite.link_origin = "http://internal-django:8000"
    client.feeds_page_size = 10
    assert len(client.organisations().items) == 24
    assert len(livesite.requests_to(ORGS_FEED)) == 4


def test_organisation_records(livesite, client):
    orgs = {o.name: o for o in client.organisations().items}
    romania = orgs["Geo Academy România"]
    assert (romania.country_code, romania.country_name) == ("RO", "Romania")
    assert romania.address == "Str. Ștefan cel Mare 12,\nBucurești"
    assert romania.slug == "geo-academy-romania"
    assert romania.web_url == livesite.base_url + "en/certifyingorganisation/geo-academy-romania/"
    # The slug we guess is the one the site serves feeds under.
    hostile = orgs[HOSTILE_NAME]
    assert hostile.slug == livesite.catalogue.org(HOSTILE_NAME).slug
    assert hostile.url == "javascript:alert('x')" and hostile.address.startswith("<img")
    assert orgs["Stateless GIS Collective"].country_code == ""
    assert len(orgs["Line\nBreak Mapping"].address) > 10_000
    assert orgs["臺北地理資訊學會"].web_url == ""
    assert not {"Pending Cartography Ltd", "Rejected Maps Inc", "Archived Geo School"} & set(orgs)


def test_organisations_by_country(livesite, client):
    result = client.organisations(["se", " RO"])
    assert sorted(o.name for o in result.items) == [
        "Geo Academy România",
        "Kartografi i Göteborg AB",
    ]
    assert livesite.requests_to(ORGS_FEED)[-1].path == ORGS_FEED + "?country=SE,RO&page_size=100"
    with pytest.raises(ValueError):
        client.organisations(["Romania"])


def test_training_centres_only_certified_by_default(livesite, client):
    result = client.training_centres()
    names = {c.name for c in result.items}
    assert {"Pending Room Berlin", "Rejected Room Munich", "Archived Room Rome"}.isdisjoint(names)
    assert len(names) == 25
    centres = {c.name: c for c in result.items}
    bucharest = centres["Centrul București"]
    assert bucharest.id == 101 and bucharest.location == (26.1025, 44.4268)
    assert bucharest.country_code == "RO" and bucharest.organisation_slug == "geo-academy-romania"
    assert bucharest.web_url.endswith("/en/certifyingorganisation/geo-academy-romania/")
    assert centres["Geo Academy Online"].online
    assert centres["Null Island Room"].location is None
    assert centres["Null Island Room"].organisation_name == "Line\nBreak Mapping"
    assert centres['<i>Amsterdam</i> & "Co" Lab'].organisation_name == HOSTILE_NAME
    assert result.changed
    assert result.source_urls[0] == livesite.base_url + "en/feed/training-center/"


def test_training_centres_including_uncertified_organisations(livesite, client):
    names = {c.name for c in client.training_centres(only_certified=False).items}
    assert {"Pending Room Berlin", "Rejected Room Munich", "Archived Room Rome"} <= names
    assert len(names) == 28


def test_training_centres_by_country_are_filtered_client_side(livesite, client):
    result = client.training_centres(["SE"])
    assert [c.name for c in result.items] == ["Göteborg Kartcenter"]
    centre_requests = livesite.requests_to("/en/feed/training-center/")
    assert [r.path for r in centre_requests] == ["/en/feed/training-center/"]
    # Uncertified organisations have no known country: a country filter cannot keep them.
    assert [c.name for c in client.training_centres(["DE"], only_certified=False).items] == [
        c.name for c in client.training_centres(["DE"]).items
    ]


def test_upcoming_courses_joined_and_only_certified(livesite, client):
    result = client.upcoming_courses()
    by_name = {c.name: c for c in result.items}
    assert "Pending org course" not in by_name and "Rejected org course" not in by_name
    assert "Archived org course" not in by_name
    assert "In progress" not in by_name and "Past course" not in by_name
    assert "Today only" in by_name
    bucharest = by_name["QGIS Desktop Fundamentals — București"]
    assert bucharest.location == (26.1025, 44.4268) and bucharest.country_code == "RO"
    assert (
        bucharest.training_centre_id == 101 and bucharest.organisation_slug == "geo-academy-romania"
    )
    assert bucharest.language == "Romanian" and bucharest.trained_competence == "Analiză spațială"
    assert by_name["QGIS online în limba română"].online
    unnamed = by_name[""]
    assert unnamed.location is None and unnamed.training_centre_id == 106
    hostile = by_name[HOSTILE_NAME + " course"]
    assert hostile.course_type_name == "<b>Type</b>" and hostile.language == ""
    assert [c.start_date for c in result.items] == sorted(c.start_date for c in result.items)
    assert len(result.items) == 13
    everything = client.upcoming_courses(only_certified=False).items
    assert {"Pending org course", "Rejected org course", "Archived org course"} <= {
        c.name for c in everything
    }
    assert len(everything) == 16


def test_upcoming_courses_by_country_use_the_server_filter(livesite, client):
    result = client.upcoming_courses(["ro"])
    assert sorted(c.name for c in result.items) == [
        "QGIS Desktop Fundamentals — București",
        "QGIS online în limba română",
    ]
    assert livesite.requests_to("/en/feed/upcoming-course/")[-1].path == (
        "/en/feed/upcoming-course/?country=RO"
    )


def test_course_types_from_the_feeds(client):
    assert [t.name for t in client.course_types()] == [
        "<b>Type</b>",
        "Cartography",
        "QGIS Advanced",
        "QGIS Basics",
        "QGIS Desktop Fundamentals",
    ]


def test_refresh_without_changes_reports_unchanged(livesite, client_for):
    livesite.etags = True
    client = client_for(livesite.base_url, etag_cache=MemoryEtagCache())
    assert client.upcoming_courses().changed
    again = client.upcoming_courses()
    assert not again.changed and len(again.items) == 13
    assert all("if-none-match" in r.headers for r in livesite.requests[-3:]), (
        "every request of the collection was conditional"
    )
    livesite.catalogue.courses[0].convener = "Ana Ionescu"
    changed = client.upcoming_courses()
    assert changed.changed
    assert "Ana Ionescu" in {c.course_convener_name for c in changed.items}


def test_broken_feed_is_reported_with_its_url(livesite, client):
    livesite.set_fault("wrong_shape", "/en/feed/training-center/")
    with pytest.raises(InvalidResponseError) as info:
        client.upcoming_courses()
    assert info.value.url == livesite.base_url + "en/feed/training-center/"
    assert "not a GeoJSON FeatureCollection" in str(info.value)


def test_cancellation_stops_between_requests(livesite, client):
    client.detect()
    client.feeds_page_size = 10
    before = len(livesite.requests)
    answers = iter([False, False, False, True])

    with pytest.raises(CancelledError):
        client.organisations(is_cancelled=lambda: next(answers, True))
    assert len(livesite.requests) - before == 1


def test_one_refresh_reads_each_feed_once(livesite, client):
    client.detect()
    before = len(livesite.requests)
    with client.reading_each_url_once():
        client.organisations()
        client.training_centres()
        client.upcoming_courses()
    paths = [r.path for r in livesite.requests[before:]]
    assert len(paths) == len(set(paths)), paths
    assert any("upcoming-course" in p for p in paths)
    # Outside the block, the client asks again (a later refresh must see changes).
    client.organisations()
    assert len(livesite.requests) > before + len(paths)


def test_one_refresh_parses_each_feed_once(livesite, client, monkeypatch):
    client.detect()
    calls = Counter()

    def counting(parse):
        def wrapper(doc, url):
            calls[parse.__name__] += 1
            return parse(doc, url)

        return wrapper

    for name in ("parse_training_centre_collection", "parse_organisations_page"):
        monkeypatch.setattr(feeds, name, counting(getattr(feeds, name)))
    with client.reading_each_url_once():
        expected = (client.organisations(), client.training_centres(), client.upcoming_courses())
    pages = calls["parse_organisations_page"]
    assert calls["parse_training_centre_collection"] == 1
    assert pages == len(expected[0].source_urls) >= 1
    # The same results as without the memo.
    again = (client.organisations(), client.training_centres(), client.upcoming_courses())
    assert [r.items for r in again] == [r.items for r in expected]
    assert calls["parse_training_centre_collection"] == 3
