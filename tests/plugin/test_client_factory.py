"""How hard the plugin may ask each server: the live site gently, our own servers in parallel."""

from __future__ import annotations

import pytest

from certification_plugin.qgis_io.client_factory import (
    LIVE_SITE_PARALLEL,
    LIVE_SITE_RATE_PER_S,
    build_session,
    parallel_requests_for,
    rate_limit_for,
)


@pytest.mark.parametrize(
    "url",
    [
        "https://certification.qgis.org",
        "https://CERTIFICATION.qgis.org/en/",
        "http://www.certification.qgis.org",
    ],
)
def test_the_live_site_gets_one_request_at_a_time_at_half_its_limit(url: str) -> None:
    assert parallel_requests_for(url) == LIVE_SITE_PARALLEL == 1
    assert rate_limit_for(url) == LIVE_SITE_RATE_PER_S
    session = build_session(url)
    assert session.max_parallel == 1


@pytest.mark.parametrize(
    "url, rate",
    [
        ("http://127.0.0.1:8000", 0.0),
        ("http://localhost/", 0.0),
        ("https://cert.example.org", 20.0),
    ],
)
def test_other_servers_get_the_first_pages_together(url: str, rate: float) -> None:
    assert parallel_requests_for(url) > 1
    assert rate_limit_for(url) == rate
    assert build_session(url).max_parallel == parallel_requests_for(url)


def test_a_look_alike_host_is_not_the_live_site() -> None:
    assert parallel_requests_for("https://certification.qgis.org.example.com") > 1
    assert parallel_requests_for("https://notcertification.qgis.org") > 1
