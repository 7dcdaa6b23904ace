"""The "Find a course" dock against a real GeoPackage cache, a real canvas and real tasks.

Reference distances come from ``core.geo`` (Vincenty's formula written independently of
QGIS), so the dock's ``QgsDistanceArea`` numbers are checked against a second implementation.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator, List, Optional, Tuple

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsSettings,
)
from qgis.gui import QgsDockWidget, QgsMapCanvas, QgsMapMouseEvent, QgsMapToolPan
from qgis.PyQt.QtCore import QEvent, QObject, QPoint, QSettings, Qt, QUrl, pyqtSlot
from qgis.PyQt.QtGui import QDesktopServices

from certification_plugin.core import geo
from certification_plugin.core.models import Course
from certification_plugin.gui.course_finder_dock import OBJECT_NAME, CourseFinderDock
from certification_plugin.gui.course_finder_model import COURSE, DISTANCE, ORGANISATION
from certification_plugin.gui.map_focus import FOCUS_SCALE
from certification_plugin.layers.cache import UPCOMING_COURSES
from certification_plugin.plugin import CertificationPlugin
from certification_plugin.qgis_io.settings import PluginSettings
from tests.fixtures.livesite import LiveSite
from tests.plugin.recording_iface import RecordingIface

HOSTILE = "<b>Bold</b> & \"Quoted\" <script>alert('x')</script> Training"
SERVER = "http://127.0.0.1:9/"
BRUSSELS = (4.3517, 50.8503)
BUCHAREST = (26.1025, 44.4268)
GOTEBORG = (11.9746, 57.7089)
AMSTERDAM = (4.9041, 52.3676)
TAIPEI = (121.5654, 25.0330)
TODAY = date.today()


def course(
    name: str,
    days: int,
    location: Optional[Tuple[float, float]],
    country: str,
    language: str,
    course_type: str,
    organisation: str,
    centre: str,
    web_url: str = "",
) -> Course:
    return Course(
        name=name,
        start_date=TODAY + timedelta(days=days),
        end_date=TODAY + timedelta(days=days + 1),
        course_type_name=course_type,
        course_convener_name="Trainer",
        training_centre_name=centre,
        organisation_name=organisation,
        language=language,
        location=location,
        country_code=country,
        web_url=web_url,
    )


def catalogue() -> List[Course]:
    return [
        course(
            "QGIS Desktop Fundamentals",
            10,
            BUCHAREST,
            "RO",
            "Romanian",
            "QGIS Desktop",
            "Geo Academy România",
            "Centrul București",
            "http://127.0.0.1:9/en/certifyingorganisation/geo-academy-romania/",
        ),
        course(
            "Kartografi med QGIS",
            5,
            GOTEBORG,
            "SE",
            "Swedish",
            "Cartography",
            "Kartografi i Göteborg AB",
            "Göteborg Kartcenter",
            "https://kartografi.example.se/kurs",
        ),
        course(
            HOSTILE + " course",
            15,
            AMSTERDAM,
            "NL",
            "English",
            "<b>Type</b>",
            HOSTILE,
            '<i>Amsterdam</i> & "Co" Lab',
            "javascript:alert(1)",
        ),
        course(
            "QGIS online în limba română",
            20,
            None,
            "RO",
            "Romanian",
            "QGIS Desktop",
            "Geo Academy România",
            "Geo Academy Online",
        ),
        course(
            "QGIS 入門",
            300,
            TAIPEI,
            "TW",
            "Chinese (Traditional)",
            "QGIS Basics",
            "臺北地理資訊學會",
            "臺北教室",
        ),
    ]


class UrlRecorder(QObject):
    """Stands in for the browser: QDesktopServices hands http(s) URLs to ``open``."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: List[str] = []

    @pyqtSlot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def browser() -> Iterator[UrlRecorder]:
    recorder = UrlRecorder()
    for scheme in ("http", "https", "javascript"):
        QDesktopServices.setUrlHandler(scheme, recorder, "open")
    yield recorder
    for scheme in ("http", "https", "javascript"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def canvas(qgis_canvas: QgsMapCanvas) -> Iterator[QgsMapCanvas]:
    """The session canvas in Web Mercator, showing Europe, with the pan tool active."""
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    qgis_canvas.setExtent(QgsRectangle(-1500000, 4000000, 3500000, 9000000))
    pan = QgsMapToolPan(qgis_canvas)
    qgis_canvas.setMapTool(pan)
    yield qgis_canvas
    qgis_canvas.unsetMapTool(pan)


@pytest.fixture
def plugin(tmp_path: Path, canvas: QgsMapCanvas) -> Iterator[CertificationPlugin]:
    iface = RecordingIface(canvas)
    settings = PluginSettings(
        QgsSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    plugin = CertificationPlugin(iface, cache_dir=str(tmp_path / "cache"), settings=settings)
    yield plugin
    plugin.tasks.cancel_all()
    QgsProject.instance().clear()
    iface.close()


def write_cache(plugin: CertificationPlugin, courses: List[Course]) -> None:
    plugin.layer_manager.cache.write_courses(courses, SERVER, ["http://s/courses"])


@pytest.fixture
def dock(qtbot, plugin: CertificationPlugin) -> Iterator[CourseFinderDock]:
    write_cache(plugin, catalogue())
    dock = CourseFinderDock(plugin)
    qtbot.addWidget(dock)
    with qtbot.waitSignal(dock.dataLoaded, timeout=10000):
        dock.show()
    dock.set_origin(BRUSSELS)
    yield dock
    dock.hide()


def names(dock: CourseFinderDock) -> List[str]:
    return [row.course.name for row in dock.model.results()]


def cell(dock: CourseFinderDock, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return dock.model.data(dock.model.index(row, column), role)


def row_of(dock: CourseFinderDock, name: str) -> int:
    return names(dock).index(name)


def choose(combo, value: str) -> None:
    index = combo.findData(value)
    assert index > 0, value
    combo.setCurrentIndex(index)


# --------------------------------------------------------------------------- identity


def test_dock_identity(plugin: CertificationPlugin) -> None:
    dock = CourseFinderDock(plugin)
    assert isinstance(dock, QgsDockWidget)
    assert dock.objectName() == OBJECT_NAME
    assert dock.windowTitle() == "Find a course"
    headers = [dock.model.headerData(i, Qt.Orientation.Horizontal) for i in range(6)]
    assert headers == [
        "Course",
        "Distance (km)",
        "Dates",
        "Training centre",
        "Organisation",
        "Language",
    ]
    dock.deleteLater()


# --------------------------------------------------------------------------- data and order


def test_default_range_is_today_to_six_months(dock: CourseFinderDock) -> None:
    # The course in 300 days is outside the default range; unticking "Until" brings it in.
    assert len(dock.records) == 5
    assert "QGIS 入門" not in names(dock)
    assert len(names(dock)) == 4
    dock.until_check.setChecked(False)
    assert "QGIS 入門" in names(dock)
    dock.from_edit.setDate(dock.from_edit.date().addDays(12))
    assert names(dock)[:2] == [HOSTILE + " course", "QGIS 入門"]
    assert "Kartografi med QGIS" not in names(dock)


def test_results_sorted_by_ellipsoidal_distance_online_last(dock: CourseFinderDock) -> None:
    assert names(dock) == [
        HOSTILE + " course",
        "Kartografi med QGIS",
        "QGIS Desktop Fundamentals",
        "QGIS online în limba română",
    ]
    for row, point in enumerate((AMSTERDAM, GOTEBORG, BUCHAREST)):
        expected = geo.distance_km(BRUSSELS, point)
        assert dock.model.results()[row].distance_km == pytest.approx(expected, abs=0.01)
        shown = float(cell(dock, row, DISTANCE).replace(",", ""))
        assert shown == pytest.approx(expected, abs=0.51)
    alignment = cell(dock, 0, DISTANCE, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    online = dock.model.results()[3]
    assert online.online and online.distance_km is None
    assert cell(dock, 3, DISTANCE) == "Online"


def test_distances_use_the_project_ellipsoid(dock: CourseFinderDock) -> None:
    radius = 6371000.0
    # QgsProject.ellipsoid() is "NONE" while the project has no CRS.
    QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    QgsProject.instance().setEllipsoid(f"PARAMETER:{radius}:{radius}")
    assert QgsProject.instance().ellipsoid().startswith("PARAMETER")
    dock.apply_filters()
    bucharest = next(r for r in dock.model.results() if r.course.name.startswith("QGIS Desktop"))
    lon1, lat1, lon2, lat2 = map(math.radians, (*BRUSSELS, *BUCHAREST))
    central = math.acos(
        math.sin(lat1) * math.sin(lat2) + math.cos(lat1) * math.cos(lat2) * math.cos(lon2 - lon1)
    )
    assert bucharest.distance_km == pytest.approx(radius * central / 1000, abs=0.01)
    # "NONE" (planimetric) is not a distance on the earth: the dock falls back to WGS84.
    QgsProject.instance().setEllipsoid("NONE")
    dock.apply_filters()
    bucharest = next(r for r in dock.model.results() if r.course.name.startswith("QGIS Desktop"))
    assert bucharest.distance_km == pytest.approx(geo.distance_km(BRUSSELS, BUCHAREST), abs=0.01)


def test_canvas_centre_is_the_default_origin(
    qtbot, plugin: CertificationPlugin, canvas: QgsMapCanvas
) -> None:
    to_mercator = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        canvas.mapSettings().destinationCrs(),
        QgsProject.instance(),
    )
    centre = to_mercator.transform(QgsPointXY(*GOTEBORG))
    canvas.setExtent(
        QgsRectangle(centre.x() - 1000, centre.y() - 1000, centre.x() + 1000, centre.y() + 1000)
    )
    write_cache(plugin, catalogue())
    dock = CourseFinderDock(plugin)
    qtbot.addWidget(dock)
    with qtbot.waitSignal(dock.dataLoaded, timeout=10000):
        dock.show()
    assert dock.origin == pytest.approx(GOTEBORG, abs=1e-6)
    assert names(dock)[0] == "Kartografi med QGIS"
    assert dock.model.results()[0].distance_km == pytest.approx(0.0, abs=0.01)
    assert "map centre" in dock.origin_label.text()
    dock.hide()


def test_empty_cache_says_how_to_get_data(qtbot, plugin: CertificationPlugin) -> None:
    dock = CourseFinderDock(plugin)
    qtbot.addWidget(dock)
    with qtbot.waitSignal(dock.dataLoaded, timeout=10000) as blocker:
        dock.show()
    assert blocker.args == [0]
    assert dock.model.rowCount() == 0
    assert "Update" in dock.status_label.text()
    dock.hide()


# --------------------------------------------------------------------------- filters


def test_text_search_is_debounced_and_accent_insensitive(qtbot, dock: CourseFinderDock) -> None:
    dock.search_edit.setText("goteborg")
    assert len(names(dock)) == 4  # not yet: the search waits for typing to pause
    qtbot.waitUntil(lambda: names(dock) == ["Kartografi med QGIS"], timeout=3000)
    dock.search_edit.setText("")
    qtbot.waitUntil(lambda: len(names(dock)) == 4, timeout=3000)


def test_combo_filters_are_filled_from_the_data_and_reduce_results(
    dock: CourseFinderDock,
) -> None:
    countries = [dock.country_combo.itemData(i) for i in range(dock.country_combo.count())]
    assert countries == ["", "NL", "RO", "SE", "TW"]
    assert dock.country_combo.itemText(0) == "Any"
    choose(dock.country_combo, "RO")
    assert names(dock) == ["QGIS Desktop Fundamentals", "QGIS online în limba română"]
    choose(dock.course_type_combo, "QGIS Desktop")
    assert len(names(dock)) == 2
    choose(dock.language_combo, "Swedish")
    assert names(dock) == []
    dock.country_combo.setCurrentIndex(0)
    dock.course_type_combo.setCurrentIndex(0)
    assert names(dock) == ["Kartografi med QGIS"]
    dock.language_combo.setCurrentIndex(0)
    choose(dock.organisation_combo, HOSTILE)
    assert names(dock) == [HOSTILE + " course"]
    assert "of 5 courses" in dock.status_label.text()


# --------------------------------------------------------------------------- plain text


def test_markup_from_the_network_is_shown_as_text(dock: CourseFinderDock) -> None:
    row = row_of(dock, HOSTILE + " course")
    assert cell(dock, row, COURSE) == HOSTILE + " course"
    assert cell(dock, row, ORGANISATION) == HOSTILE
    tooltip = cell(dock, row, COURSE, Qt.ItemDataRole.ToolTipRole)
    assert "<script>" not in tooltip and "<i>Amsterdam" not in tooltip
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in tooltip
    assert "&lt;b&gt;Type&lt;/b&gt;" in tooltip
    index = dock.organisation_combo.findData(HOSTILE)
    assert dock.organisation_combo.itemText(index) == HOSTILE


# --------------------------------------------------------------------------- map


def mercator(point: Tuple[float, float], canvas: QgsMapCanvas) -> QgsPointXY:
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        canvas.mapSettings().destinationCrs(),
        QgsProject.instance(),
    )
    return transform.transform(QgsPointXY(*point))


def test_selecting_a_result_zooms_to_its_feature(
    dock: CourseFinderDock, plugin: CertificationPlugin, canvas: QgsMapCanvas
) -> None:
    plugin.layer_manager.ensure_layers()
    assert plugin.layer_manager.layer(UPCOMING_COURSES) is not None
    brussels = mercator(BRUSSELS, canvas)
    canvas.setExtent(
        QgsRectangle(brussels.x() - 2e5, brussels.y() - 2e5, brussels.x() + 2e5, brussels.y() + 2e5)
    )
    target = mercator(BUCHAREST, canvas)
    assert not canvas.extent().contains(target)
    dock.table.selectRow(row_of(dock, "QGIS Desktop Fundamentals"))
    assert canvas.extent().contains(target)
    assert canvas.extent().center().distance(target) < 1.0
    assert canvas.scale() <= FOCUS_SCALE * 1.01
    # Zoomed in already: choosing another course pans without zooming out.
    canvas.zoomScale(50000)
    dock.table.selectRow(row_of(dock, "Kartografi med QGIS"))
    assert canvas.extent().contains(mercator(GOTEBORG, canvas))
    assert canvas.scale() == pytest.approx(50000, rel=0.01)


def test_online_result_leaves_the_map_alone(dock: CourseFinderDock, canvas: QgsMapCanvas) -> None:
    before = canvas.extent()
    dock.table.selectRow(row_of(dock, "QGIS online în limba română"))
    assert canvas.extent() == before
    assert "online" in dock.status_label.text()


def click_canvas(canvas: QgsMapCanvas, point: QgsPointXY) -> None:
    pixel = canvas.getCoordinateTransform().transform(point)
    event = QgsMapMouseEvent(
        canvas,
        QEvent.Type.MouseButtonPress,
        QPoint(round(pixel.x()), round(pixel.y())),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    canvas.mapTool().canvasPressEvent(event)


def test_pick_point_sets_the_origin_and_restores_the_map_tool(
    dock: CourseFinderDock, canvas: QgsMapCanvas
) -> None:
    target = mercator(BUCHAREST, canvas)
    canvas.setExtent(
        QgsRectangle(target.x() - 3e5, target.y() - 3e5, target.x() + 1e5, target.y() + 1e5)
    )
    previous = canvas.mapTool()
    dock.pick_button.click()
    assert dock.picker.active
    assert canvas.mapTool() is dock.picker.tool
    click_canvas(canvas, target)
    assert canvas.mapTool() is previous
    assert not dock.pick_button.isChecked()
    assert dock.origin == pytest.approx(BUCHAREST, abs=0.05)
    assert names(dock)[0] == "QGIS Desktop Fundamentals"
    assert "picked point" in dock.origin_label.text()
    dock.centre_button.click()
    assert "map centre" in dock.origin_label.text()


def test_map_centre_origin_follows_the_map_but_a_picked_point_stays(
    qtbot, dock: CourseFinderDock, canvas: QgsMapCanvas
) -> None:
    def centre_on(lon_lat: tuple) -> None:
        point = mercator(lon_lat, canvas)
        canvas.setExtent(
            QgsRectangle(point.x() - 1e3, point.y() - 1e3, point.x() + 1e3, point.y() + 1e3)
        )

    dock.centre_button.click()
    centre_on(BUCHAREST)
    qtbot.waitUntil(lambda: dock.origin == pytest.approx(BUCHAREST, abs=1e-3), timeout=5000)
    assert names(dock)[0] == "QGIS Desktop Fundamentals"
    centre_on(GOTEBORG)
    qtbot.waitUntil(lambda: dock.origin == pytest.approx(GOTEBORG, abs=1e-3), timeout=5000)
    assert names(dock)[0] == "Kartografi med QGIS"

    dock.set_origin(BUCHAREST, picked=True)
    centre_on(GOTEBORG)
    qtbot.wait(600)  # longer than the follow delay
    assert dock.origin == BUCHAREST
    assert "picked point" in dock.origin_label.text()


def test_cancelling_the_pick_restores_the_previous_tool(
    dock: CourseFinderDock, canvas: QgsMapCanvas
) -> None:
    previous = canvas.mapTool()
    dock.pick_button.click()
    dock.pick_button.click()
    assert canvas.mapTool() is previous
    assert dock.origin == pytest.approx(BRUSSELS)


def test_reloads_when_the_course_layer_reloads(
    qtbot, dock: CourseFinderDock, plugin: CertificationPlugin
) -> None:
    plugin.layer_manager.ensure_layers()
    extra = course("New course", 1, BRUSSELS, "BE", "French", "QGIS Basics", "Org BE", "Bxl")
    write_cache(plugin, [*catalogue(), extra])
    with qtbot.waitSignal(dock.dataLoaded, timeout=10000) as blocker:
        plugin.layer_manager.reload()
    assert blocker.args == [6]
    assert names(dock)[0] == "New course"


# --------------------------------------------------------------------------- links


def test_course_page_opens_only_web_addresses(dock: CourseFinderDock, browser: UrlRecorder) -> None:
    dock.table.selectRow(row_of(dock, "Kartografi med QGIS"))
    assert dock.course_page_button.isEnabled()
    dock.course_page_button.click()
    assert browser.urls == ["https://kartografi.example.se/kurs"]
    dock.table.selectRow(row_of(dock, HOSTILE + " course"))
    assert not dock.course_page_button.isEnabled()
    assert dock.open_course_page() is False
    assert browser.urls == ["https://kartografi.example.se/kurs"]


def test_organisation_website_is_looked_up_once_on_the_server(
    qtbot,
    dock: CourseFinderDock,
    plugin: CertificationPlugin,
    livesite: LiveSite,
    browser: UrlRecorder,
) -> None:
    plugin.settings.server_url = livesite.base_url
    dock.table.selectRow(row_of(dock, "QGIS Desktop Fundamentals"))
    dock.website_button.click()
    qtbot.waitUntil(lambda: browser.urls == ["https://geoacademy.example.ro/"], timeout=10000)
    requests = len(livesite.requests)
    # The hostile organisation's "website" is javascript: — never opened.
    dock.table.selectRow(row_of(dock, HOSTILE + " course"))
    dock.website_button.click()
    assert browser.urls == ["https://geoacademy.example.ro/"]
    assert len(livesite.requests) == requests  # the list is remembered
    messages = plugin.iface.message_bar.messages
    assert any("has not published a website" in str(m) for m in messages.values())


def test_update_downloads_and_fills_the_dock(
    qtbot, plugin: CertificationPlugin, livesite: LiveSite
) -> None:
    plugin.settings.server_url = livesite.base_url
    dock = CourseFinderDock(plugin)
    qtbot.addWidget(dock)
    with qtbot.waitSignal(dock.dataLoaded, timeout=10000):
        dock.show()
    assert dock.model.rowCount() == 0
    with qtbot.waitSignal(dock.dataLoaded, timeout=30000) as blocker:
        dock.update_button.click()
    cat = livesite.catalogue
    certified = {o.name for o in cat.certified_organisations()}
    expected = {(c.centre, c.start) for c in cat.upcoming() if c.org in certified}
    assert blocker.args == [len(expected)]
    got = {(r.course.training_centre_name, r.course.start_date) for r in dock.records}
    assert got == expected
    dock.hide()
