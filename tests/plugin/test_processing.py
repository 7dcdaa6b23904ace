"""Processing provider and algorithms, run through ``processing.run`` against loopback servers.

Expected values are derived from the live-site fixture's catalogue (which organisations are
certified, which courses are upcoming, which centres have a location), so the tests check the
algorithms' joins and filters rather than repeating numbers.
"""

from __future__ import annotations

from datetime import date
from typing import Dict, List, Optional, Set, Tuple

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
    QgsWkbTypes,
)

from certification_plugin.processing.provider import CertificationProvider
from certification_plugin.qgis_io.settings import PluginSettings
from tests.fixtures.livesite import HOSTILE_NAME, Catalogue, LiveSite

COURSES = "certification:fetchupcomingcourses"
CENTRES = "certification:fetchtrainingcentres"
ORGANISATIONS = "certification:fetchorganisations"


def run(algorithm: str, params: Dict[str, object], feedback=None) -> QgsVectorLayer:
    import processing

    parameters = {"OUTPUT": "TEMPORARY_OUTPUT", **params}
    result = processing.run(algorithm, parameters, feedback=feedback)
    layer = result["OUTPUT"]
    assert isinstance(layer, QgsVectorLayer) and layer.isValid()
    return layer


def features(layer: QgsVectorLayer) -> List[QgsFeature]:
    return list(layer.getFeatures())


# --------------------------------------------------------------------------- expectations


def certified_countries(cat: Catalogue) -> Dict[str, Optional[str]]:
    return {org.name: org.country for org in cat.certified_organisations()}


def expected_courses(cat: Catalogue, countries: Set[str] = frozenset()) -> Set[Tuple[str, date]]:
    """(centre name, start date) of upcoming courses of certified organisations."""
    orgs = certified_countries(cat)
    return {
        (c.centre, c.start)
        for c in cat.upcoming()
        if c.org in orgs and (not countries or orgs[c.org] in countries)
    }


def located(point: Optional[Tuple[float, float]]) -> bool:
    return point is not None and point != (0.0, 0.0)


def course_keys(layer: QgsVectorLayer) -> Set[Tuple[str, date]]:
    return {(f["training_centre_name"], f["start_date"].toPyDate()) for f in layer.getFeatures()}


# --------------------------------------------------------------------------- provider


def test_provider_lists_the_three_fetch_algorithms(provider: CertificationProvider) -> None:
    registry = QgsApplication.processingRegistry()
    assert registry.providerById("certification").name() == "QGIS Certification"
    # The certificate algorithms have their own tests (test_certificate_processing.py).
    ids = sorted(alg.id() for alg in provider.algorithms() if "certificate" not in alg.id())
    assert ids == sorted([CENTRES, ORGANISATIONS, COURSES])
    assert not provider.icon().isNull()
    for alg_id in ids:
        algorithm = registry.algorithmById(alg_id)
        assert algorithm.shortHelpString().strip()
        names = [p.name() for p in algorithm.parameterDefinitions()]
        assert names == ["SERVER_URL", "AUTHCFG", "COUNTRIES", "OUTPUT"]
        server = algorithm.parameterDefinition("SERVER_URL")
        assert server.defaultValue() == PluginSettings().server_url
        assert algorithm.parameterDefinition("AUTHCFG").flags() & 8  # optional
        assert algorithm.parameterDefinition("COUNTRIES").flags() & 8


# --------------------------------------------------------------------------- courses


def test_upcoming_courses_points_in_wgs84_and_online_without_geometry(
    provider: CertificationProvider, livesite: LiveSite
) -> None:
    feedback = QgsProcessingFeedback()
    progress: List[float] = []
    feedback.progressChanged.connect(progress.append)
    layer = run(COURSES, {"SERVER_URL": livesite.base_url}, feedback)

    cat = livesite.catalogue
    assert course_keys(layer) == expected_courses(cat)
    assert layer.crs().authid() == "EPSG:4326"
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
    centres = {c.name: c.point for c in cat.centres}
    for feature in layer.getFeatures():
        point = centres[feature["training_centre_name"]]
        if located(point):
            geometry = feature.geometry().asPoint()
            assert (geometry.x(), geometry.y()) == pytest.approx(point)
            assert feature["online"] is False
        else:
            assert feature.geometry().isNull()
            assert feature["online"] is True
    assert progress and progress[-1] == pytest.approx(100.0)
    # Courses of pending, rejected and archived organisations are not "certified training".
    names = {f["organisation_name"] for f in layer.getFeatures()}
    assert not names & {"Pending Cartography Ltd", "Rejected Maps Inc", "Archived Geo School"}


def test_upcoming_courses_keep_markup_as_text(
    provider: CertificationProvider, livesite: LiveSite
) -> None:
    layer = run(COURSES, {"SERVER_URL": livesite.base_url})
    hostile = [f for f in layer.getFeatures() if f["organisation_name"] == HOSTILE_NAME]
    assert len(hostile) == 1
    assert hostile[0]["name"] == HOSTILE_NAME + " course"
    assert hostile[0]["course_type_name"] == "<b>Type</b>"


def test_countries_filter_courses_case_insensitively(
    provider: CertificationProvider, livesite: LiveSite
) -> None:
    layer = run(COURSES, {"SERVER_URL": livesite.base_url, "COUNTRIES": " ro, se ,RO"})
    expected = expected_courses(livesite.catalogue, {"RO", "SE"})
    assert expected and course_keys(layer) == expected
    assert {f["country_code"] for f in layer.getFeatures()} == {"RO", "SE"}
    assert expected != expected_courses(livesite.catalogue)


@pytest.mark.parametrize("bad", ["Romania", "R0", "RO;SE", "ROU"])
def test_bad_country_code_is_refused_with_a_clear_message(
    provider: CertificationProvider, livesite: LiveSite, bad: str
) -> None:
    import processing

    with pytest.raises(QgsProcessingException) as caught:
        processing.run(
            COURSES, {"SERVER_URL": livesite.base_url, "COUNTRIES": bad, "OUTPUT": "memory:"}
        )
    message = str(caught.value)
    assert "two-letter country code" in message
    assert bad.split(";")[0].upper() in message or bad.upper() in message
    assert livesite.requests == []  # refused before any request


def test_server_error_becomes_a_processing_exception(
    provider: CertificationProvider, livesite: LiveSite
) -> None:
    livesite.set_fault("server_error")
    with pytest.raises(QgsProcessingException) as caught:
        run(COURSES, {"SERVER_URL": livesite.base_url})
    message = str(caught.value)
    assert "Could not download the data from" in message
    assert "HTTP 500" in message
    assert livesite.base_url.rstrip("/") in message


def test_html_instead_of_json_is_reported(
    provider: CertificationProvider, livesite: LiveSite
) -> None:
    livesite.set_fault("html", "/en/feed/training-center/")
    with pytest.raises(QgsProcessingException) as caught:
        run(CENTRES, {"SERVER_URL": livesite.base_url})
    assert "not valid certification data" in str(caught.value)
    assert "/en/feed/training-center/" in str(caught.value)


def test_unreachable_server_is_reported(provider: CertificationProvider) -> None:
    with pytest.raises(QgsProcessingException) as caught:
        run(ORGANISATIONS, {"SERVER_URL": "http://127.0.0.1:9/"})
    assert "could not be reached" in str(caught.value)


def test_bad_server_url_and_missing_authcfg_are_refused(
    provider: CertificationProvider, livesite: LiveSite
) -> None:
    with pytest.raises(QgsProcessingException) as caught:
        run(COURSES, {"SERVER_URL": "ftp://example.org"})
    assert "http://" in str(caught.value)
    with pytest.raises(QgsProcessingException) as caught:
        run(COURSES, {"SERVER_URL": livesite.base_url, "AUTHCFG": "abc1234"})
    assert "abc1234" in str(caught.value)
    assert livesite.requests == []


def test_cancelled_run_stops_before_reading(
    provider: CertificationProvider, livesite: LiveSite
) -> None:
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException) as caught:
        run(COURSES, {"SERVER_URL": livesite.base_url}, feedback)
    assert "cancelled" in str(caught.value)
    assert livesite.requests_to("/en/feed/upcoming-course/") == []


# --------------------------------------------------------------------------- centres


def test_training_centres_of_certified_organisations(
    provider: CertificationProvider, livesite: LiveSite
) -> None:
    layer = run(CENTRES, {"SERVER_URL": livesite.base_url})
    cat = livesite.catalogue
    orgs = certified_countries(cat)
    expected = {c.name: c for c in cat.centres if c.org in orgs}
    got = {f["name"]: f for f in layer.getFeatures()}
    assert set(got) == set(expected)
    for name, centre in expected.items():
        feature = got[name]
        assert feature["centre_id"] == centre.id
        assert feature["country_code"] == (orgs[centre.org] or "")
        if located(centre.point):
            point = feature.geometry().asPoint()
            assert (point.x(), point.y()) == pytest.approx(centre.point)
        else:
            assert feature.geometry().isNull()


def test_training_centres_country_filter(
    provider: CertificationProvider, livesite: LiveSite
) -> None:
    layer = run(CENTRES, {"SERVER_URL": livesite.base_url, "COUNTRIES": "TW"})
    assert [f["name"] for f in layer.getFeatures()] == ["臺北教室"]


# --------------------------------------------------------------------------- organisations


def test_organisations_as_a_table_without_geometry(
    provider: CertificationProvider, livesite: LiveSite
) -> None:
    layer = run(ORGANISATIONS, {"SERVER_URL": livesite.base_url})
    assert layer.wkbType() == QgsWkbTypes.Type.NoGeometry
    cat = livesite.catalogue
    assert sorted(f["name"] for f in layer.getFeatures()) == sorted(
        o.name for o in cat.certified_organisations()
    )
    hostile = next(f for f in layer.getFeatures() if f["name"] == HOSTILE_NAME)
    assert hostile["website"] == ""  # javascript: is not a web address
    romania = next(f for f in layer.getFeatures() if f["country_code"] == "RO")
    assert romania["website"] == "https://geoacademy.example.ro/"
    assert romania["email"] == "contact@geoacademy.ro"
    assert romania["page_url"].startswith(livesite.base_url + "en/certifyingorganisation/")


def test_organisations_country_filter(provider: CertificationProvider, livesite: LiveSite) -> None:
    layer = run(ORGANISATIONS, {"SERVER_URL": livesite.base_url, "COUNTRIES": "za,nl"})
    cat = livesite.catalogue
    expected = sorted(o.name for o in cat.certified_organisations() if o.country in ("ZA", "NL"))
    assert sorted(f["name"] for f in layer.getFeatures()) == expected
    assert len(expected) > 2


# --------------------------------------------------------------------------- reference server

EXPECTED_SCRIPT = """
import json
from django.utils import timezone
from catalogue.models import CertifyingOrganisation, Course, TrainingCenter
today = timezone.localdate()
certified = CertifyingOrganisation.objects.certified()
print(json.dumps({
    "organisations": [[o.name, o.slug, str(o.country)] for o in certified],
    "centres": [
        [c.name, c.longitude, c.latitude, str(c.certifying_organisation.country)]
        for c in TrainingCenter.objects.filter(certifying_organisation__in=certified)
    ],
    "courses": [
        [c.training_center.name, c.start_date.isoformat(), str(c.certifying_organisation.country)]
        for c in Course.objects.filter(
            start_date__gte=today, certifying_organisation__in=certified
        ).select_related("training_center", "certifying_organisation")
    ],
}))
"""


@pytest.fixture(scope="module")
def reference(reference_server) -> Tuple[object, dict]:
    """The running service and what its database says the algorithms should return."""
    import json

    output = reference_server.manage("shell", "-c", EXPECTED_SCRIPT)
    expected = json.loads(output.strip().splitlines()[-1])  # the shell may print a banner first
    return reference_server, expected


def test_reference_server_courses_through_api_v1(
    provider: CertificationProvider, reference: Tuple[object, dict]
) -> None:
    server, expected = reference
    assert expected["courses"], "the demo catalogue has upcoming courses"
    layer = run(COURSES, {"SERVER_URL": server.base_url})
    wanted = {(centre, date.fromisoformat(start)) for centre, start, _ in expected["courses"]}
    assert course_keys(layer) == wanted
    centres = {name: (lon, lat) for name, lon, lat, _ in expected["centres"]}
    for feature in layer.getFeatures():
        lon, lat = centres[feature["training_centre_name"]]
        if lon is None or not located((lon, lat)):
            assert feature.geometry().isNull()  # online, or the (0, 0) "not placed" marker
        else:
            point = feature.geometry().asPoint()
            assert (point.x(), point.y()) == pytest.approx((lon, lat))
        assert feature["course_id"] is not None  # API v1 gives ids the feeds do not


def test_reference_server_country_filter(
    provider: CertificationProvider, reference: Tuple[object, dict]
) -> None:
    server, expected = reference
    countries = sorted({country for _, _, country in expected["courses"]})
    chosen = countries[0]
    layer = run(COURSES, {"SERVER_URL": server.base_url, "COUNTRIES": chosen.lower()})
    wanted = {
        (centre, date.fromisoformat(start))
        for centre, start, country in expected["courses"]
        if country == chosen
    }
    assert wanted and course_keys(layer) == wanted
    if len(countries) > 1:
        assert wanted != {(c, date.fromisoformat(s)) for c, s, _ in expected["courses"]}


def test_reference_server_centres_and_organisations(
    provider: CertificationProvider, reference: Tuple[object, dict]
) -> None:
    server, expected = reference
    centres = run(CENTRES, {"SERVER_URL": server.base_url})
    assert sorted(f["name"] for f in centres.getFeatures()) == sorted(
        name for name, *_ in expected["centres"]
    )
    organisations = run(ORGANISATIONS, {"SERVER_URL": server.base_url})
    got = {f["name"]: f for f in organisations.getFeatures()}
    assert set(got) == {name for name, _, _ in expected["organisations"]}
    for name, slug, country in expected["organisations"]:
        assert got[name]["slug"] == slug
        assert got[name]["country_code"] == country
        assert got[name]["page_url"].startswith(server.base_url)
