"""Web pages at the live site's paths: content, escaping, 404s and the certificate page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

HOSTILE = '<b>Bold</b> & "Quoted" GIS <script>alert(1)</script>'
ESCAPED = (
    "&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Quoted&quot; GIS &lt;script&gt;alert(1)&lt;/script&gt;"
)


@pytest.fixture
def hostile_catalogue(catalogue_factory):
    f = catalogue_factory
    org = f.organisation(
        HOSTILE, url="javascript:alert(1)", address="1 <i>Markup</i> St\nLondon & Co"
    )
    centre = f.training_center(
        org, "<img src=x onerror=alert(2)> Centre", url="https://centre.example/?a=1&b=2"
    )
    online = f.training_center(org, "Online <u>room</u>", location=None)
    upcoming = f.course(
        org,
        name="<em>Upcoming</em> course",
        start=f.today + timedelta(days=5),
        training_center=centre,
        language="ro",
        trained_competence="<marquee>all</marquee>",
    )
    past = f.course(org, name="Past course", start=f.today - timedelta(days=30))
    return org, centre, online, upcoming, past


def page(path: str) -> str:
    response = Client().get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"] == "text/html; charset=utf-8"
    return response.content.decode()


def assert_no_raw_markup(body: str) -> None:
    for raw in (
        "<script>alert(1)</script>",
        "<img src=x",
        "<marquee>",
        "<em>Upcoming",
        "<i>Markup",
    ):
        assert raw not in body


def test_organisation_page(hostile_catalogue):
    org, centre, _online, upcoming, past = hostile_catalogue
    body = page(f"/en/certifyingorganisation/{org.slug}/")
    assert ESCAPED in body
    assert_no_raw_markup(body)
    assert "&lt;img src=x onerror=alert(2)&gt; Centre" in body
    assert "Online &lt;u&gt;room&lt;/u&gt;" in body
    assert "&lt;em&gt;Upcoming&lt;/em&gt; course" in body
    assert f"/course/{past.slug}/" not in body  # upcoming courses only
    # A javascript: URL is shown as text, never as a link.
    assert 'href="javascript:' not in body
    assert f'/en/certifyingorganisation/{org.slug}/course/{upcoming.slug}/"' in body
    assert f"/en/certifyingorganisation/{org.slug}/trainingcenter/{centre.pk}/" in body
    assert f"/en/certifyingorganisation/{org.slug}/feed/upcoming-course/" in body


def test_course_page(hostile_catalogue):
    org, _centre, _online, upcoming, _past = hostile_catalogue
    body = page(f"/en/certifyingorganisation/{org.slug}/course/{upcoming.slug}/")
    assert "&lt;em&gt;Upcoming&lt;/em&gt; course" in body
    assert "&lt;marquee&gt;all&lt;/marquee&gt;" in body
    assert ESCAPED in body
    assert_no_raw_markup(body)
    assert "Romanian (Română)" in body
    assert upcoming.start_date.isoformat() in body


def test_training_centre_page(hostile_catalogue):
    org, centre, online, _upcoming, _past = hostile_catalogue
    body = page(f"/en/certifyingorganisation/{org.slug}/trainingcenter/{centre.pk}/")
    assert "&lt;img src=x onerror=alert(2)&gt; Centre" in body
    assert 'href="https://centre.example/?a=1&amp;b=2"' in body
    assert_no_raw_markup(body)
    assert "Online (no location)" in page(
        f"/en/certifyingorganisation/{org.slug}/trainingcenter/{online.pk}/"
    )


def test_pages_of_unapproved_organisations_say_so_to_their_owner(catalogue_factory):
    org = catalogue_factory.organisation("Pending", status="submitted")
    owner = catalogue_factory.user()
    org.owners.add(owner)
    client = Client()
    assert client.get(f"/en/certifyingorganisation/{org.slug}/").status_code == 404
    client.force_login(owner)
    response = client.get(f"/en/certifyingorganisation/{org.slug}/")
    assert response.status_code == 200
    assert "not certified" in response.content.decode()
    assert "private" in response["Cache-Control"]


def test_archived_organisation_and_mismatched_paths_are_404(catalogue_factory):
    f = catalogue_factory
    archived = f.organisation("Archived", archived=True)
    course = f.course(archived)
    live = f.organisation("Live")
    client = Client()
    for path in (
        f"/en/certifyingorganisation/{archived.slug}/",
        f"/en/certifyingorganisation/{archived.slug}/course/{course.slug}/",
        f"/en/certifyingorganisation/{archived.slug}/trainingcenter/{course.training_center_id}/",
        # A course or centre under another organisation's slug does not exist there.
        f"/en/certifyingorganisation/{live.slug}/course/{course.slug}/",
        f"/en/certifyingorganisation/{live.slug}/trainingcenter/{course.training_center_id}/",
        "/en/certifyingorganisation/unknown/",
    ):
        response = client.get(path)
        assert response.status_code == 404, path
        assert b"Page not found" in response.content


@pytest.mark.parametrize("certificate_id", ["QGIS-1234", "QGIS-0", '"><svg onload=alert(1)>'])
def test_certificate_page_is_200_and_says_not_found(db, certificate_id):
    body = page(f"/en/certificate/{certificate_id}/")
    assert "Sorry, no certificate matching this number has been issued." in body
    assert "<svg" not in body


def test_home_page_links_and_lists_certified_organisations(catalogue_factory):
    catalogue_factory.organisation(HOSTILE)
    catalogue_factory.organisation("Hidden pending", status="submitted")
    body = page("/")
    for link in (
        "/en/feed/certifyingorganisations/",
        "/en/feed/upcoming-course/",
        "/en/feed/past-course/",
        "/en/feed/training-center/",
        "/api/v1/",
        "/admin/",
        "/accounts/tokens/",
    ):
        assert f'href="{link}"' in body
    assert ESCAPED in body
    assert "Hidden pending" not in body
    assert_no_raw_markup(body)


def test_pages_are_read_only(catalogue_factory):
    org = catalogue_factory.organisation()
    assert Client().post(f"/en/certifyingorganisation/{org.slug}/").status_code == 405
