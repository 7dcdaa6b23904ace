"""The client against the real reference server: API v1 and public feeds must agree.

The same catalogue is read twice, through ``/api/v1/`` (detected) and through the public
feeds (forced), on the QGIS network stack and on the standard-library transport.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Callable

import pytest

from certification_plugin.core.client import CertificationClient
from certification_plugin.core.errors import NotFoundError
from certification_plugin.core.http import DirectoryEtagCache, HttpSession, RateLimiter
from certification_plugin.core.models import Course
from certification_plugin.core.urllib_transport import UrllibTransport
from certification_plugin.qgis_io.network import QgisTransport

TRANSPORTS = {
    "qgis": lambda: QgisTransport(),
    "urllib": lambda: UrllibTransport(use_environment_proxies=False),
}


@pytest.fixture(params=sorted(TRANSPORTS))
def make_client(request, reference_server) -> Callable[..., CertificationClient]:
    def build(mode: str = "auto", **session_args: Any) -> CertificationClient:
        session = HttpSession(
            TRANSPORTS[request.param](), rate_limiter=RateLimiter(0), **session_args
        )
        return CertificationClient(reference_server.base_url, session, mode=mode)

    return build


def course_key(course: Course) -> tuple:
    return (
        course.name,
        course.start_date,
        course.end_date,
        course.course_type_name,
        course.course_convener_name,
        course.training_centre_name,
        course.organisation_name,
        course.language,
        course.trained_competence,
        course.location,
        course.country_code,
    )


def test_detects_api_v1(make_client, reference_server):
    info = make_client().detect()
    assert info.has_api and info.api_version.startswith("1.")
    assert {"organisations", "training-centres", "courses", "etag"} <= set(info.capabilities)
    assert not info.authenticated
    feeds_info = make_client("feeds").detect()
    assert not feeds_info.has_api and feeds_info.base_url == reference_server.base_url


def test_organisations_agree(make_client):
    api = make_client().organisations()
    feeds = make_client("feeds").organisations()
    assert len(api.items) >= 10
    assert [o.name for o in api.items] == [o.name for o in feeds.items]
    for through_api, through_feeds in zip(api.items, feeds.items):
        assert through_api.country_code == through_feeds.country_code
        assert through_api.email == through_feeds.email
        assert through_api.address == through_feeds.address
        assert through_api.slug and through_api.web_url.endswith(f"/{through_api.slug}/")


def test_training_centres_agree(make_client):
    api = make_client().training_centres().items
    feeds = make_client("feeds").training_centres().items
    assert len(api) >= 10
    assert any(c.online for c in api) and any(not c.online for c in api)

    def summary(centre):
        return (centre.location, centre.country_code, centre.organisation_name)

    assert {c.name: summary(c) for c in api} == {c.name: summary(c) for c in feeds}
    assert {c.name: c.id for c in api} == {c.name: c.id for c in feeds}


def test_upcoming_courses_agree(make_client):
    api = make_client().upcoming_courses().items
    feeds = make_client("feeds").upcoming_courses().items
    assert len(api) >= 20
    assert Counter(map(course_key, api)) == Counter(map(course_key, feeds))
    assert any(c.online for c in api) and any(not c.online for c in api)
    assert {c.training_centre_id for c in api} == {c.training_centre_id for c in feeds}


def test_country_filters_agree(make_client):
    api, feeds = make_client(), make_client("feeds")
    for codes in (["RO"], ["se", "za"]):
        api_courses = api.upcoming_courses(codes).items
        assert api_courses, codes
        assert {c.country_code for c in api_courses} <= {x.upper() for x in codes}
        assert Counter(map(course_key, api_courses)) == Counter(
            map(course_key, feeds.upcoming_courses(codes).items)
        )
        assert {c.name for c in api.training_centres(codes).items} == {
            c.name for c in feeds.training_centres(codes).items
        }
        assert [o.name for o in api.organisations(codes).items] == [
            o.name for o in feeds.organisations(codes).items
        ]


def test_course_types(make_client):
    api_types = make_client().course_types()
    feed_types = make_client("feeds").course_types()
    assert api_types and all(t.slug for t in api_types)
    # The feeds only reveal the types of upcoming courses; the API lists them all.
    assert {t.name for t in feed_types} <= {t.name for t in api_types}


def test_second_refresh_is_unchanged_in_both_modes(make_client, tmp_path):
    for mode in ("auto", "feeds"):
        cache = DirectoryEtagCache(tmp_path / mode)
        client = make_client(mode, etag_cache=cache)
        first = client.upcoming_courses()
        again = make_client(mode, etag_cache=cache).upcoming_courses()
        assert first.changed and not again.changed, mode
        assert [course_key(c) for c in again.items] == [course_key(c) for c in first.items]


class Recording:
    """A transport that notes every URL it is asked for."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.urls: list = []

    def send(self, request, is_cancelled=None):
        self.urls.append(request.url)
        return self.inner.send(request, is_cancelled)

    def send_many(self, requests, is_cancelled=None):
        self.urls.extend(request.url for request in requests)
        return self.inner.send_many(requests, is_cancelled)


@pytest.mark.parametrize("mode", ["auto", "feeds"])
def test_prefetched_first_pages_are_read_once_and_give_the_same_data(
    make_client, reference_server, mode
):
    plain = make_client(mode)
    expected = (plain.organisations(), plain.training_centres(), plain.upcoming_courses())
    client = make_client(mode)
    recording = Recording(client.session.transport)
    client.session.transport = recording
    with client.reading_each_url_once():
        client.prefetch()
        prefetched = list(recording.urls)
        got = (client.organisations(), client.training_centres(), client.upcoming_courses())
    # Detection, then the first answers of the three collections together, each read once.
    assert len(prefetched) == 4
    assert ("/api/v1/courses/?" if mode == "auto" else "/en/feed/upcoming-course/") in prefetched[1]
    if mode == "auto":
        assert len(recording.urls) == len(set(recording.urls)) == 4
    else:  # then the organisations feed's other pages
        assert len(recording.urls) == len(set(recording.urls))
    for before, after in zip(expected, got):
        assert [repr(item) for item in after.items] == [repr(item) for item in before.items]


def test_an_address_without_any_certification_service(make_client, reference_server):
    client = make_client()
    client.base_url = reference_server.base_url + "nothing-here/"
    with pytest.raises(
        NotFoundError, match="Neither the certification API v1 nor the public feeds"
    ):
        client.detect()
