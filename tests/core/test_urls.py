"""Base URL normalisation, feed/page URLs and slugs compatible with Django and the live site."""

from __future__ import annotations

import pytest
from django.utils.text import slugify as django_slugify

from certification_plugin.core import urls

LIVE = "https://certification.qgis.org/"


@pytest.mark.parametrize(
    "typed",
    [
        "certification.qgis.org",
        "https://certification.qgis.org",
        "https://certification.qgis.org/",
        "https://certification.qgis.org/en",
        "https://certification.qgis.org/en/",
        "  HTTPS://Certification.QGIS.org/EN/  ",
        "https://certification.qgis.org/en/?page=2#top",
    ],
)
def test_base_url_forms_normalise_to_the_root(typed):
    assert urls.normalise_base_url(typed) == LIVE


def test_base_url_keeps_port_and_sub_path():
    assert urls.normalise_base_url("http://127.0.0.1:8000") == "http://127.0.0.1:8000/"
    assert urls.normalise_base_url("https://example.org/cert/en/") == "https://example.org/cert/"
    assert urls.normalise_base_url("http://[::1]:8000/en") == "http://[::1]:8000/"


@pytest.mark.parametrize(
    "bad, words",
    [
        ("", "empty"),
        ("ftp://example.org/", "http:// or https://"),
        ("javascript:alert(1)//x", "http:// or https://"),
        ("https://user:pw@example.org/", "user name or password"),
        ("https://:8000/", "no host"),
        ("https://example.org:99999/", "invalid port"),
    ],
)
def test_bad_base_urls(bad, words):
    with pytest.raises(ValueError, match=words):
        urls.normalise_base_url(bad)


def test_feed_and_page_urls():
    assert urls.organisations_feed_url(LIVE + "en", ("ZA", "NL"), 100) == (
        LIVE + "en/feed/certifyingorganisations/?country=ZA,NL&page_size=100"
    )
    assert urls.organisations_feed_url(LIVE) == LIVE + "en/feed/certifyingorganisations/"
    assert (
        urls.upcoming_courses_feed_url(LIVE, ("RO",))
        == LIVE + "en/feed/upcoming-course/?country=RO"
    )
    assert urls.past_courses_feed_url(LIVE) == LIVE + "en/feed/past-course/"
    assert urls.training_centres_feed_url(LIVE) == LIVE + "en/feed/training-center/"
    assert urls.organisation_feed_url(LIVE, "geo-academy", "upcoming-course") == (
        LIVE + "en/certifyingorganisation/geo-academy/feed/upcoming-course/"
    )
    with pytest.raises(ValueError):
        urls.organisation_feed_url(LIVE, "geo-academy", "everything")
    assert (
        urls.organisation_page_url(LIVE, "a b/c") == LIVE + "en/certifyingorganisation/a%20b%2Fc/"
    )
    assert urls.organisation_page_url(LIVE, "") == ""
    assert urls.course_page_url(LIVE, "org", "course-1") == (
        LIVE + "en/certifyingorganisation/org/course/course-1/"
    )
    assert urls.certificate_page_url(LIVE, " QGIS-1234 ") == LIVE + "en/certificate/QGIS-1234/"
    assert urls.api_url(LIVE, "courses/", {"upcoming": "true", "country": "", "page": None}) == (
        LIVE + "api/v1/courses/?upcoming=true"
    )


def test_countries_are_normalised_and_checked():
    assert urls.normalise_countries([" ro", "SE", "se", ""]) == ("RO", "SE")
    assert urls.normalise_countries("za, nl") == ("ZA", "NL")
    assert urls.normalise_countries(()) == ()
    with pytest.raises(ValueError, match="'ROU' is not a two-letter"):
        urls.normalise_countries(["RO", "ROU"])


def test_next_links_stay_on_the_origin_we_asked():
    ref = "https://certification.qgis.org/en/feed/certifyingorganisations/?page_size=100"
    internal = "http://django:8000/en/feed/certifyingorganisations/?page=2&page_size=100"
    assert urls.same_origin(internal, ref) == (
        "https://certification.qgis.org/en/feed/certifyingorganisations/?page=2&page_size=100"
    )
    same = "https://certification.qgis.org/en/feed/certifyingorganisations/?page=3"
    assert urls.same_origin(same, ref) == same
    assert urls.same_origin("?page=4", ref) == (
        "https://certification.qgis.org/en/feed/certifyingorganisations/?page=4"
    )


TRICKY_NAMES = [
    "Geo Academy România",
    "Kartografi i Göteborg AB",
    "臺北地理資訊學會",
    "<b>Bold</b> & \"Quoted\" 'GIS' <script>alert('x')</script> Training",
    "  --Leading and trailing--  ",
    "__under_scores__",
    "Ærø Ø ß Łódź İstanbul",
    "ｆｕｌｌｗｉｄｔｈ ＡＢＣ １２３",  # noqa: RUF001 - full-width letters on purpose
    "Ça va? Señor Müller’s GIS – “quotes”",  # noqa: RUF001 - typographic marks on purpose
    "tab\tnew\nline\r\nend",
    "ﬁ ligature ½ fraction ² super",
    "a---b___c - - d",
    "",
]


@pytest.mark.parametrize("name", TRICKY_NAMES)
@pytest.mark.parametrize("allow_unicode", [False, True])
def test_slugify_matches_django(name, allow_unicode):
    assert urls.slugify(name, allow_unicode) == django_slugify(name, allow_unicode)


def test_live_site_slug_rules():
    # Stop words dropped, accents folded, 50 characters at most.
    assert urls.live_site_slug("The Geo Academy of România") == "geo-academy-of-romania"
    assert urls.live_site_slug("Kartografi i Göteborg AB") == "kartografi-goteborg-ab"
    assert urls.live_site_slug("Ærø Øst ß Łódź") == "aero-ost-ss-lodz"
    long = urls.live_site_slug("Very " * 30)
    assert len(long) <= 50 and not long.endswith("-")
    assert urls.live_site_slug("臺北地理資訊學會") == ""
