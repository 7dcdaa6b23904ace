"""Organisation slugs follow the live site's rule; the catalogue fingerprint follows renames."""

from __future__ import annotations

import pytest
from catalogue.models import CertifyingOrganisation, organisation_slug_base
from catalogue.revision import catalogue_etag
from django.test import RequestFactory


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Kartskolan i Göteborg AB", "kartskolan-goteborg-ab"),
        ("The Institute of Spatial Analysis", "institute-of-spatial-analysis"),
        ("Școala de GIS București", "scoala-de-gis-bucuresti"),
        ("Ørsted Geodata & Kort", "orsted-geodata-kort"),
        ("臺北地理資訊學院", ""),
        ("A very long organisation name that goes on and on beyond fifty characters", None),
    ],
)
def test_organisation_slug_base_matches_the_live_site_rule(name: str, slug: str | None) -> None:
    result = organisation_slug_base(name)
    if slug is None:
        assert len(result) <= 50
        assert not result.endswith("-")
        assert result.startswith("very-long-organisation-name")
    else:
        assert result == slug


def test_clashing_and_non_latin_names_still_get_unique_slugs(catalogue_factory) -> None:
    first = catalogue_factory.organisation(name="The GIS School")
    second = catalogue_factory.organisation(name="GIS School")
    cjk = catalogue_factory.organisation(name="臺北地理資訊學院")
    assert first.slug == "gis-school"
    assert second.slug == "gis-school-2"
    assert cjk.slug
    assert CertifyingOrganisation.objects.filter(slug=cjk.slug).count() == 1


def test_renaming_a_convener_changes_the_feed_etag(catalogue_factory) -> None:
    course = catalogue_factory.course()
    request = RequestFactory().get("/en/feed/upcoming-course/")
    before = catalogue_etag(request)
    user = course.course_convener.user
    user.first_name = "Renamed"
    user.save()
    assert catalogue_etag(request) != before


def test_signing_in_does_not_change_the_feed_etag(catalogue_factory) -> None:
    course = catalogue_factory.course()
    request = RequestFactory().get("/en/feed/upcoming-course/")
    before = catalogue_etag(request)
    user = course.course_convener.user
    user.save(update_fields=["last_login"])
    assert catalogue_etag(request) == before
