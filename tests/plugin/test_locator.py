"""Locator filter: searches the real cache file, through QGIS's locator and its worker threads."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, List

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeedback,
    QgsLocator,
    QgsLocatorContext,
    QgsLocatorFilter,
    QgsLocatorResult,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.gui import QgsMapCanvas

from certification_plugin.gui.locator_filter import (
    PREFIX,
    CertificationLocatorFilter,
    result_data,
)
from certification_plugin.layers.builder import LayerManager
from certification_plugin.layers.cache import LayerCache
from tests.plugin import sample_catalogue as sample
from tests.plugin.browser import UrlRecorder
from tests.plugin.recording_iface import RecordingIface


@pytest.fixture
def cache(tmp_path: Path) -> LayerCache:
    return sample.filled_cache(str(tmp_path / "cache" / "cache.gpkg"))


@pytest.fixture
def canvas(qgis_canvas: QgsMapCanvas) -> QgsMapCanvas:
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    qgis_canvas.setExtent(QgsRectangle(-12e6, -2e6, -10e6, 0))  # the Pacific
    return qgis_canvas


@pytest.fixture
def iface(canvas: QgsMapCanvas) -> Iterator[RecordingIface]:
    recorder = RecordingIface(canvas)
    yield recorder
    QgsProject.instance().clear()
    recorder.close()


@pytest.fixture
def locator_filter(cache: LayerCache, iface: RecordingIface) -> CertificationLocatorFilter:
    manager = LayerManager(cache)
    manager.ensure_layers()
    return CertificationLocatorFilter(cache.path, iface, manager)


def search(locator_filter: QgsLocatorFilter, text: str) -> List[QgsLocatorResult]:
    """Run a clone, as QGIS does, and collect what it emits."""
    clone = locator_filter.clone()
    found: List[QgsLocatorResult] = []
    clone.resultFetched.connect(found.append)
    clone.fetchResults(text, QgsLocatorContext(), QgsFeedback())
    return found


def by_display(results: List[QgsLocatorResult]) -> dict:
    return {r.displayString: r for r in results}


def mercator(lon: float, lat: float) -> QgsPointXY:
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem("EPSG:3857"),
        QgsProject.instance(),
    )
    return transform.transform(QgsPointXY(lon, lat))


def test_identity(locator_filter: CertificationLocatorFilter) -> None:
    assert locator_filter.prefix() == PREFIX == "cert"
    assert locator_filter.name() == "certification"
    assert locator_filter.displayName() == "QGIS Certification courses, centres and organisations"
    clone = locator_filter.clone()
    assert isinstance(clone, CertificationLocatorFilter)
    assert clone.prefix() == "cert"


def test_finds_courses_centres_and_organisations_by_name_fragment(
    locator_filter: CertificationLocatorFilter,
) -> None:
    results = search(locator_filter, "bucur")  # accents ignored: "București"
    assert [(r.group, r.displayString) for r in results] == [
        ("Training centres", "Centrul București")
    ]
    results = by_display(search(locator_filter, "geo acad"))
    assert set(results) == {"Geo Academy România"}
    assert results["Geo Academy România"].group == "Certified organisations"
    assert results["Geo Academy România"].description == "Romania"
    results = search(locator_filter, "fundamentals")
    assert [r.displayString for r in results] == ["QGIS Desktop Fundamentals"]
    assert results[0].group == "Upcoming courses"
    assert results[0].description.startswith("2030-01-01")


def test_prefix_matches_rank_first_and_short_queries_find_nothing(
    locator_filter: CertificationLocatorFilter,
) -> None:
    assert search(locator_filter, "q") == []
    courses = [r for r in search(locator_filter, "qgis") if r.group == "Upcoming courses"]
    assert [r.displayString for r in courses] == ["QGIS Desktop Fundamentals", "Online QGIS"]
    assert courses[0].score > courses[1].score


def test_markup_names_are_plain_display_strings(
    locator_filter: CertificationLocatorFilter,
) -> None:
    results = by_display(search(locator_filter, "quoted"))
    assert sample.HOSTILE in results  # the organisation, shown as the text it is
    assert sample.HOSTILE + " course" in results
    assert results[sample.HOSTILE + " course"].group == "Upcoming courses"


def test_runs_in_qgis_locator_threads_with_the_prefix(
    qtbot, locator_filter: CertificationLocatorFilter
) -> None:
    locator = QgsLocator()
    locator.registerFilter(locator_filter)
    found: List[tuple] = []
    # The result only lives during the queued call: copy what the test needs.
    locator.foundResult.connect(lambda r: found.append((r.displayString, r.group)))
    with qtbot.waitSignal(locator.finished, timeout=10000):
        locator.fetchResults(f"{PREFIX} online", QgsLocatorContext())
    assert set(found) == {
        ("Online QGIS", "Upcoming courses"),
        ("Online Campus", "Training centres"),
    }
    locator.deregisterFilter(locator_filter)


def test_results_follow_a_refresh_of_the_cache(
    cache: LayerCache, locator_filter: CertificationLocatorFilter
) -> None:
    assert search(locator_filter, "course 5") == []
    cache.write_courses(sample.courses(8), sample.SERVER, ["http://s/courses"])
    assert [r.displayString for r in search(locator_filter, "course 5")] == ["Course 5"]


def test_triggering_a_course_zooms_to_it(
    locator_filter: CertificationLocatorFilter, canvas: QgsMapCanvas
) -> None:
    target = mercator(26.1025, 44.4268)
    assert not canvas.extent().contains(target)
    result = search(locator_filter, "fundamentals")[0]
    assert result_data(result)["fid"] is not None
    locator_filter.triggerResult(result)
    assert canvas.extent().contains(target)


def test_triggering_an_online_centre_tells_instead_of_zooming(
    locator_filter: CertificationLocatorFilter, canvas: QgsMapCanvas, iface: RecordingIface
) -> None:
    before = canvas.extent()
    result = by_display(search(locator_filter, "campus"))["Online Campus"]
    locator_filter.triggerResult(result)
    assert canvas.extent() == before
    assert any("online" in m for m in iface.message_bar.get_messages(0))


def test_triggering_an_organisation_opens_its_page(
    locator_filter: CertificationLocatorFilter, browser: UrlRecorder
) -> None:
    result = by_display(search(locator_filter, "geo academy"))["Geo Academy România"]
    locator_filter.triggerResult(result)
    assert browser.urls == [sample.SERVER + "en/certifyingorganisation/geo-academy-romania/"]


def test_organisation_without_a_page_zooms_to_its_country(
    tmp_path: Path, iface: RecordingIface, canvas: QgsMapCanvas, browser: UrlRecorder
) -> None:
    # A cache that does not say which server wrote it has no pages to open: show the country.
    cache = LayerCache(str(tmp_path / "unknown" / "cache.gpkg"))
    cache.write_organisations(sample.organisations(), "", [])
    cache.write_training_centres(sample.training_centres(), "", [])
    manager = LayerManager(cache)
    manager.ensure_layers()
    unpaged = CertificationLocatorFilter(cache.path, iface, manager)
    result = by_display(search(unpaged, "kartskolan"))["Kartskolan"]
    assert result.description == "Sweden"
    assert result_data(result)["url"] == ""
    unpaged.triggerResult(result)
    assert browser.urls == []
    assert canvas.extent().contains(mercator(15.0, 62.0))  # central Sweden
    assert not canvas.extent().contains(mercator(26.1, 44.4))  # not Romania


def test_a_cancelled_search_emits_nothing(locator_filter: CertificationLocatorFilter) -> None:
    clone = locator_filter.clone()
    found: List[QgsLocatorResult] = []
    clone.resultFetched.connect(found.append)
    feedback = QgsFeedback()
    feedback.cancel()
    clone.fetchResults("qgis", QgsLocatorContext(), feedback)
    assert found == []
    assert search(locator_filter, "qgis")  # the same search, not cancelled, finds courses
