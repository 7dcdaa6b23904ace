"""The live-site fixture behaves like certification.qgis.org (ARCHITECTURE §4).

Client tests are only as good as this stand-in, so its documented behaviours are checked
here with plain urllib, independently of the client.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.fixtures.livesite import FAULTS, HOSTILE_NAME, LiveSite

REPO = Path(__file__).resolve().parents[2]
JSON = "application/json"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect())


def fetch(url: str, accept: str = JSON, agent: str = "fixture-test/1", host: str = ""):
    headers = {"Accept": accept, "User-Agent": agent}
    if host:
        headers["Host"] = host
    try:
        with OPENER.open(urllib.request.Request(url, headers=headers), timeout=10) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def doc(livesite, path: str, **kwargs):
    status, headers, body = fetch(livesite.url(path), **kwargs)
    assert status == 200, (path, status, body[:200])
    assert headers["Content-Type"] == JSON
    return json.loads(body)


def test_organisations_feed_pages(livesite):
    first = doc(livesite, "en/feed/certifyingorganisations/")
    assert list(first) == ["count", "page_size", "next", "previous", "results"]
    assert first["count"] == 24 and first["page_size"] == 10 and first["previous"] is None
    assert first["next"] == livesite.url("en/feed/certifyingorganisations/?page=2")
    assert set(first["results"][0]) == {
        "name", "country_name", "country_code", "organisation_email", "url", "address",
        "organisation_phone",
    }  # fmt: skip
    names = [o["name"] for o in first["results"]]
    assert names == sorted(names)
    last = doc(livesite, "en/feed/certifyingorganisations/?page=3")
    assert len(last["results"]) == 4 and last["next"] is None
    assert last["previous"] == livesite.url("en/feed/certifyingorganisations/?page=2")
    second = doc(livesite, "en/feed/certifyingorganisations/?page=2")
    assert second["previous"] == livesite.url("en/feed/certifyingorganisations/")


def test_organisations_feed_page_size_rules_and_errors(livesite):
    assert doc(livesite, "en/feed/certifyingorganisations/?page_size=0")["page_size"] == 10
    assert doc(livesite, "en/feed/certifyingorganisations/?page_size=500")["page_size"] == 100
    for page in ("4", "0", "x"):
        status, _, body = fetch(livesite.url(f"en/feed/certifyingorganisations/?page={page}"))
        assert (status, json.loads(body)) == (404, {"detail": "Invalid page."})


def test_organisations_feed_country_filter_and_links_from_host(livesite):
    page = doc(livesite, "en/feed/certifyingorganisations/?country=%20ro,se%20&page_size=1")
    assert page["count"] == 2
    assert page["next"].startswith("http://")
    proxied = doc(livesite, "en/feed/certifyingorganisations/?page_size=1", host="cert.example:80")
    assert (
        proxied["next"]
        == "http://cert.example:80/en/feed/certifyingorganisations/?page_size=1&page=2"
    )


def test_course_feeds_and_what_today_means(livesite):
    today = livesite.today
    upcoming = doc(livesite, "en/feed/upcoming-course/")
    past = doc(livesite, "en/feed/past-course/")
    assert set(upcoming) == {"type", "features"} and upcoming["type"] == "FeatureCollection"
    assert all("id" not in f for f in upcoming["features"])
    names = [f["properties"]["name"] for f in upcoming["features"]]
    past_names = [f["properties"]["name"] for f in past["features"]]
    assert "Today only" in names and "Today only" in past_names
    assert "In progress" not in names and "In progress" not in past_names
    assert "Pending org course" in names  # not filtered by organisation status
    assert all(f["properties"]["start_date"] >= today.isoformat() for f in upcoming["features"])
    assert all(f["properties"]["end_date"] <= today.isoformat() for f in past["features"])
    assert None in names  # a course without a name
    assert any(f["geometry"] is None for f in upcoming["features"])
    assert {"type": "Point", "coordinates": [0.0, 0.0]} in [
        f["geometry"] for f in upcoming["features"]
    ]
    orgs = [f["properties"]["certifying_organisation_name"] for f in upcoming["features"]]
    assert orgs == sorted(orgs)
    assert set(upcoming["features"][0]["properties"]) == {
        "name", "start_date", "end_date", "course_type_name", "course_convener_name",
        "training_center_name", "certifying_organisation_name", "language", "trained_competence",
    }  # fmt: skip


def test_country_filter_on_upcoming_but_not_on_past_courses(livesite):
    romania = doc(livesite, "en/feed/upcoming-course/?country=ro")
    assert {f["properties"]["certifying_organisation_name"] for f in romania["features"]} == {
        "Geo Academy România"
    }
    assert doc(livesite, "en/feed/past-course/?country=SE") == doc(livesite, "en/feed/past-course/")


def test_training_centre_feed_with_crs_and_ids(livesite):
    centres = doc(livesite, "en/feed/training-center/")
    assert centres["crs"] == {"type": "name", "properties": {"name": "EPSG:4326"}}
    assert len(centres["features"]) == 28
    feature = next(f for f in centres["features"] if f["id"] == 101)
    assert feature["properties"] == {
        "name": "Centrul București",
        "certifying_organisation__name": "Geo Academy România",
    }
    assert {"Pending Room Berlin", "Archived Room Rome"} <= {
        f["properties"]["name"] for f in centres["features"]
    }


def test_text_is_verbatim_utf8_json(livesite):
    _, _, body = fetch(livesite.url("en/feed/certifyingorganisations/?page_size=100"))
    assert "臺北地理資訊學會".encode() in body  # not \\u-escaped, like DRF
    assert HOSTILE_NAME.replace('"', '\\"').encode() in body


def test_per_organisation_feeds(livesite):
    slug = livesite.catalogue.org("Geo Academy România").slug
    base = f"en/certifyingorganisation/{slug}/feed/"
    centres = doc(livesite, base + "training-center/")
    assert [f["properties"]["name"] for f in centres["features"]] == [
        "Centrul București",
        "Geo Academy Online",
    ]
    assert len(doc(livesite, base + "upcoming-course/")["features"]) == 2
    assert len(doc(livesite, base + "past-course/")["features"]) == 1
    for unknown in ("no-such-organisation", "archived-geo-school"):
        status, headers, _ = fetch(
            livesite.url(f"en/certifyingorganisation/{unknown}/feed/training-center/")
        )
        assert status == 404 and headers["Content-Type"].startswith("text/html")


def test_content_negotiation_redirects_and_rejected_agents(livesite):
    status, headers, body = fetch(livesite.url("en/feed/training-center/"), accept=BROWSER)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"&quot;" in body or b"&lt;" in body
    status, _, body = fetch(livesite.url("en/feed/training-center/"), accept="application/geo+json")
    assert status == 406 and json.loads(body)["detail"].startswith("Could not satisfy")
    status, _, _ = fetch(
        livesite.url("en/feed/training-center/"), accept="application/geo+json, */*"
    )
    assert status == 200
    status, headers, _ = fetch(livesite.url("feed/training-center/?x=1"))
    assert status == 302 and headers["Location"] == "/en/feed/training-center/?x=1"
    for agent in ("Python-urllib/3.11", "curl/8.0", "Wget/1.21"):
        assert fetch(livesite.url("en/feed/training-center/"), agent=agent)[0] == 403


def test_faults_are_switched_per_path_and_reachable_directly(livesite):
    livesite.set_fault("not_found", "/en/feed/upcoming-course/")
    assert fetch(livesite.url("en/feed/upcoming-course/"))[0] == 404
    assert fetch(livesite.url("en/feed/past-course/"))[0] == 200
    livesite.set_fault(None, "/en/feed/upcoming-course/")
    assert fetch(livesite.url("en/feed/upcoming-course/"))[0] == 200
    assert fetch(livesite.url("faults/server_error/"))[0] == 500
    status, headers, _ = fetch(livesite.url("faults/rate_limited/"))
    assert status == 429 and headers["Retry-After"] == "30"
    assert fetch(livesite.url("faults/unknown/"))[0] == 404
    with pytest.raises(ValueError):
        livesite.set_fault("meltdown")
    assert "huge" in FAULTS and "truncated" in FAULTS


def test_etags_when_switched_on(livesite):
    livesite.etags = True
    _, headers, _ = fetch(livesite.url("en/feed/training-center/"))
    request = urllib.request.Request(
        livesite.url("en/feed/training-center/"),
        headers={"Accept": JSON, "User-Agent": "t", "If-None-Match": headers["ETag"]},
    )
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=5)
    assert info.value.code == 304


def test_fixed_today_makes_dates_deterministic():
    with LiveSite(today=date(2030, 6, 15)) as site:
        upcoming = doc(site, "en/feed/upcoming-course/")
    starts = {f["properties"]["name"]: f["properties"]["start_date"] for f in upcoming["features"]}
    assert starts["Today only"] == "2030-06-15"
    assert starts["Kartografi med QGIS"] == (date(2030, 6, 15) + timedelta(days=5)).isoformat()


def test_runs_standalone_from_the_command_line():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fixtures.livesite", "--port", str(port), "--etags"],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        url = f"http://127.0.0.1:{port}/en/feed/training-center/"
        deadline = time.monotonic() + 20
        while True:
            try:
                status, headers, _ = fetch(url)
                break
            except OSError:
                assert time.monotonic() < deadline, "the standalone fixture did not start"
                time.sleep(0.1)
        assert status == 200 and "ETag" in headers
    finally:
        process.terminate()
        process.wait(timeout=10)
