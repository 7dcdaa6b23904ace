"""UrllibTransport against the live-site fixture: statuses, limits, timeouts, cancellation."""

from __future__ import annotations

import time

import pytest

from certification_plugin.core.errors import (
    CancelledError,
    NetworkError,
    ResponseTooLargeError,
    TimeoutError_,
)
from certification_plugin.core.transport import Request
from certification_plugin.core.urllib_transport import UrllibTransport, default_user_agent
from certification_plugin.core.versioning import plugin_version

FEED = "en/feed/certifyingorganisations/"


@pytest.fixture
def transport() -> UrllibTransport:
    return UrllibTransport(use_environment_proxies=False)


def test_ok_answer_has_lower_cased_headers_and_body(livesite, transport):
    response = transport.send(Request(livesite.url(FEED), headers={"Accept": "application/json"}))
    assert response.status == 200
    assert response.header("Content-Type") == "application/json"
    assert "content-type" in response.headers
    assert response.body.startswith(b'{"count":')


def test_error_statuses_are_returned_not_raised(livesite, transport):
    for fault, status in (("not_found", 404), ("rate_limited", 429), ("server_error", 500)):
        livesite.set_fault(fault)
        response = transport.send(Request(livesite.url(FEED)))
        assert response.status == status, fault
    assert response.body.startswith(b"<!DOCTYPE html>")
    livesite.set_fault("rate_limited")
    assert transport.send(Request(livesite.url(FEED))).header("retry-after") == "30"


def test_user_agent_names_the_plugin_and_is_not_rejected(livesite, transport):
    response = transport.send(Request(livesite.url(FEED)))
    assert response.status == 200
    agent = livesite.requests[-1].headers["user-agent"]
    assert agent == default_user_agent()
    assert agent.startswith(f"certification-plugin/{plugin_version()} ")
    # The live site's nginx rejects urllib's own product token: the fixture does too.
    rejected = transport.send(
        Request(livesite.url(FEED), headers={"User-Agent": "Python-urllib/3"})
    )
    assert rejected.status == 403


def test_redirect_from_path_without_language_prefix_is_followed(livesite, transport):
    response = transport.send(Request(livesite.url("feed/training-center/")))
    assert response.status == 200
    assert response.url.endswith("/en/feed/training-center/")
    assert [r.path for r in livesite.requests] == [
        "/feed/training-center/",
        "/en/feed/training-center/",
    ]


def test_declared_size_above_limit_is_refused_before_reading(livesite, transport):
    livesite.set_fault("huge")
    started = time.monotonic()
    with pytest.raises(ResponseTooLargeError) as info:
        transport.send(Request(livesite.url(FEED), max_bytes=1 << 20))
    assert "1.0 MB" in str(info.value)
    assert time.monotonic() - started < 5


def test_undeclared_size_is_cut_off_while_streaming(livesite, transport):
    livesite.set_fault("huge_unsized")
    with pytest.raises(ResponseTooLargeError):
        transport.send(Request(livesite.url(FEED), max_bytes=2 << 20))


def test_slow_server_times_out(livesite, transport):
    livesite.set_fault("slow")
    livesite.slow_seconds = 5
    started = time.monotonic()
    with pytest.raises(TimeoutError_) as info:
        transport.send(Request(livesite.url(FEED), timeout_s=0.5))
    assert time.monotonic() - started < 3
    assert "0.5 seconds" in str(info.value)
    assert info.value.url == livesite.url(FEED)


def test_dripping_body_hits_the_overall_deadline(livesite, transport):
    livesite.set_fault("drip")
    livesite.slow_seconds = 6
    started = time.monotonic()
    with pytest.raises(TimeoutError_):
        transport.send(Request(livesite.url(FEED), timeout_s=1.0))
    assert time.monotonic() - started < 4


def test_truncated_body_is_handed_over_for_the_session_to_report(livesite, transport):
    livesite.set_fault("truncated")
    response = transport.send(Request(livesite.url(FEED)))
    assert response.status == 200
    assert len(response.body) < int(response.header("content-length"))


def test_cancellation_is_checked_between_chunks(livesite, transport):
    livesite.set_fault("huge_unsized")
    calls = []

    def is_cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(CancelledError):
        transport.send(Request(livesite.url(FEED), max_bytes=100 << 20), is_cancelled)
    assert len(calls) == 4


def test_cancelled_before_start_sends_nothing(livesite, transport):
    with pytest.raises(CancelledError):
        transport.send(Request(livesite.url(FEED)), lambda: True)
    assert livesite.requests == []


def test_unreachable_server_is_a_network_error(transport):
    with pytest.raises(NetworkError) as info:
        transport.send(Request("http://127.0.0.1:9/en/feed/", timeout_s=2))
    assert not isinstance(info.value, TimeoutError_)
    assert "could not be reached" in str(info.value)
