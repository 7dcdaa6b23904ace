"""HttpSession: status mapping, JSON decoding errors, conditional requests, politeness."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

from certification_plugin.core.errors import (
    AuthenticationError,
    CancelledError,
    HttpError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ResponseTooLargeError,
    TimeoutError_,
    TruncatedResponseError,
)
from certification_plugin.core.http import (
    HTML_INSTEAD_OF_JSON,
    DirectoryEtagCache,
    HttpSession,
    MemoryEtagCache,
    RateLimiter,
    decode_json,
    raise_for_status,
    retry_after_seconds,
)
from certification_plugin.core.transport import Response
from certification_plugin.core.urllib_transport import UrllibTransport

URL = "https://cert.example.org/en/feed/certifyingorganisations/"
FEED = "en/feed/certifyingorganisations/"


def response(body: bytes, status: int = 200, **headers: str) -> Response:
    return Response(URL, status, {k.replace("_", "-").lower(): v for k, v in headers.items()}, body)


# ----------------------------------------------------------------------------- decoding


def test_decodes_utf8_json_with_or_without_bom():
    assert decode_json(response('{"name": "Göteborg 臺北"}'.encode())) == {"name": "Göteborg 臺北"}
    assert decode_json(response(b"\xef\xbb\xbf[1, 2]")) == [1, 2]


@pytest.mark.parametrize(
    "body, content_type",
    [
        (b"<!DOCTYPE html><html><body>Welcome</body></html>", "text/html; charset=utf-8"),
        (b"  \n<html><body>login</body></html>", "application/json"),
        (b'{"looks": "like json"}', "text/html"),
    ],
)
def test_html_instead_of_json_says_so(body, content_type):
    with pytest.raises(InvalidResponseError) as info:
        decode_json(response(body, content_type=content_type))
    assert info.value.message == HTML_INSTEAD_OF_JSON
    assert "is the URL a certification server?" in str(info.value)
    assert str(info.value).endswith(f"({URL})")


def test_malformed_json_names_the_position():
    with pytest.raises(InvalidResponseError) as info:
        decode_json(response(b'{"count": 3,\n "results": [{"name": "A",,}]}'))
    assert not isinstance(info.value, TruncatedResponseError)
    assert "not valid JSON" in info.value.message
    assert "line 2 column" in info.value.message


def test_body_shorter_than_content_length_is_truncated():
    with pytest.raises(TruncatedResponseError) as info:
        decode_json(response(b'{"count": 1}', content_length="500"))
    assert "received 12 of 500 bytes" in info.value.message


@pytest.mark.parametrize(
    "body", [b'{"results": [{"name": "Half', b'{"results": [1, 2', b'{"a": 1, ', b"[1,\n  "]
)
def test_json_cut_mid_way_is_truncated(body):
    with pytest.raises(TruncatedResponseError) as info:
        decode_json(response(body))
    assert "cut off" in info.value.message


@pytest.mark.parametrize(
    "body, words",
    [
        (b"", "empty answer"),
        (b"   \n", "empty answer"),
        (b'{"value": NaN}', "not valid JSON"),
        (b'{"name": "\xff\xfe"}', "not UTF-8"),
        (b"[" * 100000 + b"]" * 100000, "nested too deeply"),
    ],
)
def test_other_undecodable_bodies(body, words):
    with pytest.raises(InvalidResponseError) as info:
        decode_json(response(body))
    assert words in info.value.message


# ----------------------------------------------------------------------------- statuses


def test_success_statuses_do_not_raise():
    raise_for_status(response(b"{}", 200))
    raise_for_status(response(b"{}", 201))


def test_401_is_an_authentication_error_with_the_servers_detail():
    body = b'{"detail": "Invalid token.", "code": "authentication_failed"}'
    with pytest.raises(AuthenticationError) as info:
        raise_for_status(response(body, 401, content_type="application/json"))
    assert info.value.status == 401
    assert info.value.detail == "Invalid token."
    assert "did not accept the credentials (HTTP 401): Invalid token." in info.value.message


def test_403_carries_the_reason():
    body = b'{"detail": "You are not a reviewer for Sweden."}'
    with pytest.raises(PermissionDeniedError) as info:
        raise_for_status(response(body, 403, content_type="application/json"))
    assert info.value.detail == "You are not a reviewer for Sweden."
    assert info.value.message == "Permission denied (HTTP 403): You are not a reviewer for Sweden."
    with pytest.raises(PermissionDeniedError) as info:
        raise_for_status(response(b"<html>nginx</html>", 403, content_type="text/html"))
    assert "the server gave no reason" in info.value.message


def test_404_and_5xx_and_other_4xx():
    with pytest.raises(NotFoundError) as info:
        raise_for_status(response(b"", 404))
    assert "Not found (HTTP 404)" in str(info.value) and URL in str(info.value)
    with pytest.raises(HttpError) as info:
        raise_for_status(response(b"<h1>Server Error</h1>", 502, content_type="text/html"))
    assert type(info.value) is HttpError
    assert "(HTTP 502); try again later" in info.value.message
    assert "<h1>" not in info.value.message
    body = b'{"detail": "Invalid query parameters.", "code": "invalid_query"}'
    with pytest.raises(HttpError) as info:
        raise_for_status(response(body, 400, content_type="application/json"))
    assert (
        info.value.message == "The server refused the request (HTTP 400): Invalid query parameters."
    )


def test_long_detail_is_shortened_and_flattened():
    detail = "line one\n" + "x" * 1000
    body = json.dumps({"detail": detail}).encode()
    with pytest.raises(PermissionDeniedError) as info:
        raise_for_status(response(body, 403, content_type="application/json"))
    assert info.value.detail.startswith("line one xxx")
    assert len(info.value.detail) == 301


def test_429_reports_retry_after_in_seconds_or_as_a_date():
    with pytest.raises(RateLimitedError) as info:
        raise_for_status(response(b"", 429, retry_after="42"))
    assert info.value.retry_after == 42
    assert "wait 42 seconds" in info.value.message
    later = datetime.now(timezone.utc) + timedelta(seconds=120)
    with pytest.raises(RateLimitedError) as info:
        raise_for_status(response(b"", 429, retry_after=format_datetime(later, usegmt=True)))
    assert 100 < info.value.retry_after <= 120
    with pytest.raises(RateLimitedError) as info:
        raise_for_status(response(b"", 429))
    assert info.value.retry_after is None
    assert "slow down" in info.value.message


def test_retry_after_parsing_edge_cases():
    now = datetime(2030, 1, 1, tzinfo=timezone.utc)
    assert retry_after_seconds("Tue, 01 Jan 2030 00:00:30 GMT", now) == 30
    assert retry_after_seconds("Mon, 31 Dec 2029 23:00:00 GMT", now) == 0
    assert retry_after_seconds("soon", now) is None
    assert retry_after_seconds("", now) is None


# ----------------------------------------------------------------------------- against the fixture


@pytest.mark.parametrize(
    "fault, error, words",
    [
        ("malformed", InvalidResponseError, "not valid JSON"),
        ("html", InvalidResponseError, "HTML page instead of JSON"),
        ("not_found", NotFoundError, "HTTP 404"),
        ("rate_limited", RateLimitedError, "wait 30 seconds"),
        ("server_error", HttpError, "HTTP 500"),
        ("forbidden", PermissionDeniedError, "You are not an owner of this organisation."),
        ("unauthorized", AuthenticationError, "Invalid token."),
        ("truncated", TruncatedResponseError, "cut off"),
        ("truncated_json", TruncatedResponseError, "cut off"),
        ("empty", InvalidResponseError, "empty answer"),
        ("huge", ResponseTooLargeError, "larger than the limit"),
        ("huge_unsized", ResponseTooLargeError, "larger than the limit"),
    ],
)
def test_each_fault_becomes_the_right_error(livesite, session, fault, error, words):
    livesite.set_fault(fault)
    with pytest.raises(error) as info:
        session.get_json(livesite.url(FEED))
    assert words in str(info.value)
    assert info.value.url == livesite.url(FEED)


def test_timeout_through_the_session(livesite, session_factory):
    livesite.set_fault("slow")
    with pytest.raises(TimeoutError_):
        session_factory(timeout_s=0.5).get_json(livesite.url(FEED))


def test_session_sends_accept_json_and_its_user_agent(livesite):
    from certification_plugin.core.urllib_transport import UrllibTransport

    session = HttpSession(
        UrllibTransport(use_environment_proxies=False),
        user_agent="Test-Agent/1.0",
        rate_limiter=RateLimiter(0),
    )
    result = session.get_json(livesite.url(FEED))
    assert result.changed and result.data["count"] > 0
    headers = livesite.requests[-1].headers
    assert headers["accept"] == "application/json"
    assert headers["user-agent"] == "Test-Agent/1.0"


# ----------------------------------------------------------------------------- ETags


def test_conditional_requests_with_a_directory_cache(livesite, session_factory, tmp_path):
    livesite.etags = True
    cache_dir = tmp_path / "etags"
    url = livesite.url(FEED)
    first = session_factory(etag_cache=DirectoryEtagCache(cache_dir)).get_json(url)
    assert first.changed and first.etag
    assert "if-none-match" not in livesite.requests[-1].headers
    files = list(cache_dir.iterdir())
    assert [f.name for f in files] == [hashlib.sha256(url.encode()).hexdigest() + ".cache"]

    # A new session (next QGIS start) reuses the directory: the server answers 304.
    second = session_factory(etag_cache=DirectoryEtagCache(cache_dir)).get_json(url)
    assert livesite.requests[-1].headers["if-none-match"] == first.etag
    assert second.status == 304 and not second.changed
    assert second.data == first.data

    livesite.catalogue.organisations[0].name = "Geo Academy România SRL"
    third = session_factory(etag_cache=DirectoryEtagCache(cache_dir)).get_json(url)
    assert third.changed and third.etag != first.etag
    assert "Geo Academy România SRL" in [o["name"] for o in third.data["results"]]
    assert DirectoryEtagCache(cache_dir).get(url).etag == third.etag


def test_unconditional_get_ignores_the_cache(livesite, session_factory):
    livesite.etags = True
    cache = MemoryEtagCache()
    session = session_factory(etag_cache=cache)
    session.get_json(livesite.url(FEED))
    result = session.get_json(livesite.url(FEED), conditional=False)
    assert result.changed
    assert "if-none-match" not in livesite.requests[-1].headers


def test_damaged_cache_entry_is_dropped_and_fetched_again(livesite, session_factory, tmp_path):
    livesite.etags = True
    url = livesite.url(FEED)
    cache = DirectoryEtagCache(tmp_path)
    session = session_factory(etag_cache=cache)
    session.get_json(url)
    etag = cache.get(url).etag
    cache.put(url, etag, b'{"results": [')  # same tag, body damaged on disk
    result = session.get_json(url)
    assert result.changed and result.data["count"] > 0
    assert "if-none-match" not in livesite.requests[-1].headers
    assert cache.get(url).body.startswith(b'{"count":')


def test_server_dropping_etags_clears_the_entry(livesite, session_factory):
    livesite.etags = True
    cache = MemoryEtagCache()
    session = session_factory(etag_cache=cache)
    session.get_json(livesite.url(FEED))
    assert len(cache) == 1
    livesite.etags = False
    livesite.catalogue.organisations[0].name = "Renamed"
    assert session.get_json(livesite.url(FEED)).changed
    assert len(cache) == 0


def test_304_without_a_cached_body_is_an_error(livesite):
    class Always304:
        def send(self, request, is_cancelled=None):
            return Response(request.url, 304, {}, b"")

    session = HttpSession(Always304(), rate_limiter=RateLimiter(0))
    with pytest.raises(InvalidResponseError) as info:
        session.get_json(URL)
    assert "304 Not Modified" in info.value.message


def test_directory_cache_refuses_credentials_and_leaves_no_temporary_files(tmp_path):
    cache = DirectoryEtagCache(tmp_path / "c")
    cache.put("https://user:secret@cert.example.org/en/feed/", '"t"', b"{}")
    assert not (tmp_path / "c").exists()
    cache.put(URL, '"t1"', b'{"a": 1}')
    cache.put(URL, '"t2"', b'{"a": 2}')
    assert cache.get(URL).etag == '"t2"' and cache.get(URL).body == b'{"a": 2}'
    names = [p.name for p in (tmp_path / "c").iterdir()]
    assert len(names) == 1 and not names[0].startswith(".tmp")
    stored = (tmp_path / "c" / names[0]).read_bytes()
    assert b"secret" not in stored and b"Authorization" not in stored
    assert cache.get(URL + "?page=2") is None
    cache.clear()
    assert cache.get(URL) is None


def test_concurrent_writers_never_leave_a_torn_entry(tmp_path):
    cache = DirectoryEtagCache(tmp_path)
    bodies = [bytes([65 + n]) * 200_000 for n in range(4)]

    def write(body: bytes) -> None:
        for _ in range(20):
            cache.put(URL, f'"{body[:1].decode()}"', body)

    threads = [threading.Thread(target=write, args=(b,)) for b in bodies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    entry = cache.get(URL)
    assert entry.body in bodies
    assert entry.etag == f'"{entry.body[:1].decode()}"'
    assert len(list(tmp_path.iterdir())) == 1


def test_an_entry_cut_short_is_ignored_and_the_tag_reads_alone(tmp_path):
    cache = DirectoryEtagCache(tmp_path)
    cache.put(URL, '"t1"', b'{"a": 1}' * 1000)
    assert cache.etag(URL) == '"t1"' and cache.etag(URL + "?other") is None
    entry = next(tmp_path.iterdir())
    entry.write_bytes(entry.read_bytes()[:-10])  # a crash in the middle of a write
    assert cache.get(URL) is None
    # Entries written before the size was recorded still read.
    entry.write_bytes(
        DirectoryEtagCache._MAGIC + json.dumps({"url": URL, "etag": '"old"'}).encode() + b"\n{}"
    )
    assert cache.get(URL).body == b"{}" and cache.etag(URL) == '"old"'
    memory = MemoryEtagCache()
    memory.put(URL, '"m"', b"{}")
    assert memory.etag(URL) == '"m"' and memory.etag(URL + "x") is None


# ----------------------------------------------------------------------------- several at once


def many_urls(livesite) -> list:
    return [
        livesite.url(FEED),
        livesite.url(FEED + "?page=2"),
        livesite.url("en/feed/training-center/"),
    ]


def test_get_json_many_answers_in_order_and_keeps_etags(livesite, session_factory):
    livesite.etags = True
    cache = MemoryEtagCache()
    session = session_factory(etag_cache=cache)
    urls = many_urls(livesite)
    first = session.get_json_many(urls)
    assert [answer.url for answer in first] == urls
    assert first[0].data["results"] != first[1].data["results"]
    assert first[2].data["type"] == "FeatureCollection"
    assert all(answer.changed for answer in first) and len(cache) == 3
    again = session.get_json_many(urls)
    assert [answer.status for answer in again] == [304, 304, 304]
    assert [answer.data for answer in again] == [answer.data for answer in first]


def test_get_json_many_raises_the_error_of_a_failed_answer(livesite, session_factory):
    livesite.set_fault("server_error", path="/en/feed/training-center/")
    with pytest.raises(HttpError) as info:
        session_factory().get_json_many(many_urls(livesite))
    assert info.value.url == livesite.url("en/feed/training-center/")


def test_send_many_keeps_to_the_sessions_parallel_limit(livesite, session_factory):
    livesite.set_fault("slow")
    livesite.slow_seconds = 0.6
    requests = [(url, {}) for url in many_urls(livesite)]
    session = session_factory(timeout_s=5)
    started = time.monotonic()
    assert [r.status for r in session.send_many(requests)] == [200, 200, 200]
    parallel = time.monotonic() - started
    session.max_parallel = 2
    started = time.monotonic()
    session.send_many(requests)
    two_at_a_time = time.monotonic() - started
    session.max_parallel = 1  # the live site's setting
    started = time.monotonic()
    session.send_many(requests)
    one_by_one = time.monotonic() - started
    assert parallel < 1.1 <= two_at_a_time < 1.7 <= one_by_one


def test_a_transport_without_send_many_is_used_one_request_at_a_time(livesite):
    class OneAtATime:
        def __init__(self) -> None:
            self.inner = UrllibTransport(use_environment_proxies=False)

        def send(self, request, is_cancelled=None):
            return self.inner.send(request, is_cancelled)

    session = HttpSession(OneAtATime(), rate_limiter=RateLimiter(0))
    answers = session.get_json_many(many_urls(livesite))
    assert [answer.status for answer in answers] == [200, 200, 200]


# ----------------------------------------------------------------------------- politeness


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_rate_limiter_spaces_requests():
    clock = FakeClock()
    limiter = RateLimiter(5.0, clock=clock, sleep=clock.sleep)
    starts = []
    for _ in range(6):
        limiter.wait()
        starts.append(clock.now)
    gaps = [round(b - a, 6) for a, b in zip(starts, starts[1:])]
    assert gaps == [0.2] * 5
    clock.now += 10  # idle: the next request goes at once
    before = clock.now
    limiter.wait()
    assert clock.now == before


def test_rate_limiter_wait_can_be_cancelled():
    clock = FakeClock()
    limiter = RateLimiter(0.5, clock=clock, sleep=clock.sleep)
    limiter.wait()
    with pytest.raises(CancelledError):
        limiter.wait(lambda: clock.now > 100.5, URL)
    assert clock.now < 102


def test_default_session_is_polite_to_the_server(livesite):
    import time

    from certification_plugin.core.urllib_transport import UrllibTransport

    session = HttpSession(UrllibTransport(use_environment_proxies=False), rate_limit_per_s=10)
    started = time.monotonic()
    for _ in range(4):
        session.get_json(livesite.url(FEED))
    assert time.monotonic() - started >= 0.29
