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
from qgis.PyQt.QtCore import QEvent, QPoint, QRect, QSettings, Qt
from qgis.PyQt.QtGui import QColor, QFontMetrics, QImage, QPainter
from qgis.PyQt.QtWidgets import QListView, QStyleOptionViewItem

from certification_plugin.core import geo
from certification_plugin.core.models import Course
from certification_plugin.gui.course_finder_dock import OBJECT_NAME, CourseFinderDock
from certification_plugin.gui.course_finder_model import (
    DETAIL_ROLE,
    DISTANCE_ROLE,
    LANGUAGE_ROLE,
    SUBTITLE_ROLE,
    TITLE_ROLE,
    short_date_range_text,
)
from certification_plugin.gui.course_item_delegate import CourseItemDelegate, ItemLines, bold_font
from certification_plugin.gui.map_focus import FOCUS_SCALE
from certification_plugin.layers.cache import UPCOMING_COURSES
from certification_plugin.plugin import CertificationPlugin
from certification_plugin.qgis_io.settings import PluginSettings
from tests.fixtures.livesite import LiveSite
from tests.plugin.browser import UrlRecorder
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
            "ro",
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
            "sv",
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
            "en",
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
            "ro",
            "QGIS Desktop",
            "Geo Academy România",
            "Geo Academy Online",
        ),
        course(
            "QGIS 入門",
            300,
            TAIPEI,
            "TW",
            "zh-hant",
            "QGIS Basics",
            "臺北地理資訊學會",
            "臺北教室",
        ),
    ]


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


def cell(dock: CourseFinderDock, row: int, role=Qt.ItemDataRole.DisplayRole):
    return dock.model.data(dock.model.index(row, 0), role)


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
    # One item per course, painted in two lines, not a table of columns.
    assert isinstance(dock.results_view, QListView)
    assert isinstance(dock.results_view.itemDelegate(), CourseItemDelegate)
    assert not dock.model.index(0, 1).isValid()  # one column
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
        shown = cell(dock, row, DISTANCE_ROLE)
        assert shown.endswith(" km")
        assert float(shown[: -len(" km")].replace(",", "")) == pytest.approx(expected, abs=0.51)
    online = dock.model.results()[3]
    assert online.online and online.distance_km is None
    # An online course has no distance; its place says so.
    assert cell(dock, 3, DISTANCE_ROLE) == ""
    assert cell(dock, 3, DETAIL_ROLE).endswith(" · Online")


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


def combo_items(combo) -> List[Tuple[str, str]]:
    return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]


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
    choose(dock.language_combo, "sv")
    assert names(dock) == []
    dock.country_combo.setCurrentIndex(0)
    dock.course_type_combo.setCurrentIndex(0)
    assert names(dock) == ["Kartografi med QGIS"]
    dock.language_combo.setCurrentIndex(0)
    choose(dock.organisation_combo, HOSTILE)
    assert names(dock) == [HOSTILE + " course"]
    assert "of 5 courses" in dock.status_label.text()


def test_filters_show_names_and_keep_codes(dock: CourseFinderDock) -> None:
    # Countries read "Name (CODE)", sorted by name; languages in their own words, sorted by
    # that name; the filters still match on the codes the data holds.
    assert combo_items(dock.country_combo) == [
        ("", "Any"),
        ("NL", "Netherlands (NL)"),
        ("RO", "Romania (RO)"),
        ("SE", "Sweden (SE)"),
        ("TW", "Taiwan (TW)"),
    ]
    assert combo_items(dock.language_combo) == [
        ("", "Any"),
        ("en", "English"),
        ("ro", "română"),
        ("sv", "svenska"),
        ("zh-hant", "繁體中文"),
    ]
    choose(dock.language_combo, "ro")
    assert names(dock) == ["QGIS Desktop Fundamentals", "QGIS online în limba română"]
    assert dock.query().languages == ("ro",)
    # The rows name the language the same way.
    assert cell(dock, 0, LANGUAGE_ROLE) == "română"
    dock.language_combo.setCurrentIndex(0)
    dock.until_check.setChecked(False)
    assert cell(dock, row_of(dock, "QGIS 入門"), LANGUAGE_ROLE) == "繁體中文"


def test_filter_labels_sorted_by_label_not_code(qtbot, plugin: CertificationPlugin) -> None:
    # By code: de < fi < nb; by label: Deutsch < norsk bokmål < suomi.
    courses = [
        course(f"C{n}", 1, BRUSSELS, country, language, "T", "O", "Room")
        for n, (country, language) in enumerate([("FI", "fi"), ("NO", "nb"), ("DE", "de")])
    ]
    write_cache(plugin, courses)
    dock = CourseFinderDock(plugin)
    qtbot.addWidget(dock)
    with qtbot.waitSignal(dock.dataLoaded, timeout=10000):
        dock.show()
    assert combo_items(dock.language_combo)[1:] == [
        ("de", "Deutsch"),
        ("nb", "norsk bokmål"),
        ("fi", "suomi"),
    ]
    # Finland (FI) < Germany (DE) < Norway (NO)
    assert [code for code, _label in combo_items(dock.country_combo)[1:]] == ["FI", "DE", "NO"]
    dock.hide()


# --------------------------------------------------------------------------- plain text


def test_markup_from_the_network_is_shown_as_text(dock: CourseFinderDock) -> None:
    row = row_of(dock, HOSTILE + " course")
    assert cell(dock, row, TITLE_ROLE) == "<b>Type</b>"
    assert cell(dock, row, SUBTITLE_ROLE) == HOSTILE + " course"
    assert cell(dock, row, DETAIL_ROLE).endswith('<i>Amsterdam</i> & "Co" Lab, Netherlands')
    tooltip = cell(dock, row, Qt.ItemDataRole.ToolTipRole)
    assert "<script>" not in tooltip and "<i>Amsterdam" not in tooltip
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in tooltip
    assert "&lt;b&gt;Type&lt;/b&gt;" in tooltip
    assert "&lt;i&gt;Amsterdam&lt;/i&gt; &amp; &quot;Co&quot; Lab" in tooltip
    index = dock.organisation_combo.findData(HOSTILE)
    assert dock.organisation_combo.itemText(index) == HOSTILE


def ink_runs(image: QImage, top: int, bottom: int, gap: int) -> List[Tuple[int, int]]:
    """Horizontal (first, last) pixel runs of dark ink between rows top..bottom, split where
    ``gap`` or more blank columns follow each other."""
    columns = [
        any(QColor(image.pixel(x, y)).lightness() < 160 for y in range(top, bottom))
        for x in range(image.width())
    ]
    runs: List[Tuple[int, int]] = []
    start = last = None
    for x, inked in enumerate(columns):
        if not inked:
            continue
        if start is None or x - last > gap:
            if start is not None:
                runs.append((start, last))
            start = x
        last = x
    if start is not None:
        runs.append((start, last))
    return runs


def test_painted_markup_is_text(dock: CourseFinderDock) -> None:
    # Painted, "<b>Type</b>" takes the width of those eleven characters in bold: rendered as
    # markup it would be the four letters of "Type".
    row = row_of(dock, HOSTILE + " course")
    option = QStyleOptionViewItem()
    option.initFrom(dock.results_view)
    option.rect = QRect(
        0, 0, 320, dock.delegate.sizeHint(option, dock.model.index(row, 0)).height()
    )
    image = QImage(option.rect.width(), option.rect.height(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    dock.delegate.paint(painter, option, dock.model.index(row, 0))
    painter.end()
    lines = dock.delegate.lines(option, dock.model.index(row, 0))
    assert lines.title == "<b>Type</b>"
    assert lines.subtitle.startswith("<b>Bold")
    bold = QFontMetrics(bold_font(option.font))
    literal, plain = bold.horizontalAdvance("<b>Type</b>"), bold.horizontalAdvance("Type")
    first = ink_runs(image, lines.title_rect.top(), lines.title_rect.bottom(), 5)[0]
    assert first[0] == pytest.approx(lines.title_rect.left(), abs=3)
    width = first[1] - first[0] + 1
    assert width == pytest.approx(literal, abs=4)
    assert width > plain + 20


# --------------------------------------------------------------------------- narrow dock


def item_option(dock: CourseFinderDock, row: int) -> QStyleOptionViewItem:
    view = dock.results_view
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    option.rect = view.visualRect(dock.model.index(row, 0))
    return option


def test_rows_fit_the_width_of_a_docked_panel(qtbot, dock: CourseFinderDock) -> None:
    dock.until_check.setChecked(False)  # all five courses
    width = 320
    assert dock.minimumSizeHint().width() <= width
    dock.resize(width, 700)
    qtbot.waitUntil(lambda: dock.width() == width, timeout=3000)
    qtbot.wait(50)  # let the layouts settle
    view = dock.results_view
    viewport = view.viewport().width()
    assert 0 < viewport < width
    assert not view.horizontalScrollBar().isVisible()
    assert view.horizontalScrollBar().maximum() == 0
    for row in range(dock.model.rowCount()):
        index = dock.model.index(row, 0)
        option = item_option(dock, row)
        assert dock.delegate.sizeHint(option, index).width() <= viewport
        rect = option.rect
        assert rect.left() >= 0 and rect.right() < viewport
        lines: ItemLines = dock.delegate.lines(option, index)
        course = dock.model.result(row).course
        # Course type, dates and place are all in the row, inside the item.
        assert lines.title
        assert lines.detail.startswith(course.start_date.isoformat())
        assert " · " in lines.detail
        for part in (lines.title_rect, lines.subtitle_rect, lines.language_rect):
            assert part.isEmpty() or rect.contains(part)
        assert rect.contains(lines.detail_rect)
        assert lines.distance_rect.isEmpty() or rect.contains(lines.distance_rect)
        assert not lines.title_rect.intersects(lines.language_rect)
        assert not lines.detail_rect.intersects(lines.distance_rect)
    first = dock.delegate.lines(item_option(dock, 0), dock.model.index(0, 0))
    assert first.distance.endswith(" km")
    assert first.language == "English"


def test_long_text_is_elided_and_complete_in_the_tooltip(qtbot, dock: CourseFinderDock) -> None:
    dock.resize(320, 700)
    qtbot.waitUntil(lambda: dock.width() == 320, timeout=3000)
    qtbot.wait(50)
    row = row_of(dock, HOSTILE + " course")
    index = dock.model.index(row, 0)
    lines = dock.delegate.lines(item_option(dock, row), index)
    assert lines.title == "<b>Type</b>"
    assert lines.subtitle.endswith("\u2026")  # the long name, cut to fit
    assert lines.subtitle[:-1] and (HOSTILE + " course").startswith(lines.subtitle[:-1])
    tooltip = cell(dock, row, Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Quoted&quot;" in tooltip
    assert "alert(&#x27;x&#x27;)&lt;/script&gt; Training course</b>" in tooltip
    assert "Language: English" in tooltip and "Country: Netherlands (NL)" in tooltip
    # A place too long with its country drops the country before it is cut.
    narrow = item_option(dock, row)
    narrow.rect = QRect(0, 0, 280, narrow.rect.height())
    detail = dock.delegate.lines(narrow, index).detail
    assert "Netherlands" not in detail
    assert detail.startswith(short_date_range_text(*dates_of(dock, row)))


def dates_of(dock: CourseFinderDock, row: int) -> Tuple[date, date]:
    course = dock.model.result(row).course
    return course.start_date, course.end_date


def test_short_date_ranges() -> None:
    assert short_date_range_text(date(2026, 3, 2), date(2026, 3, 2)) == "2026-03-02"
    assert short_date_range_text(date(2026, 3, 2), date(2026, 3, 4)) == "2026-03-02 \u2013 04"
    assert short_date_range_text(date(2026, 3, 30), date(2026, 4, 2)) == "2026-03-30 \u2013 04-02"
    assert (
        short_date_range_text(date(2026, 12, 30), date(2027, 1, 2))
        == "2026-12-30 \u2013 2027-01-02"
    )


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
    dock.select_row(row_of(dock, "QGIS Desktop Fundamentals"))
    assert canvas.extent().contains(target)
    assert canvas.extent().center().distance(target) < 1.0
    assert canvas.scale() <= FOCUS_SCALE * 1.01
    # Zoomed in already: choosing another course pans without zooming out.
    canvas.zoomScale(50000)
    dock.select_row(row_of(dock, "Kartografi med QGIS"))
    assert canvas.extent().contains(mercator(GOTEBORG, canvas))
    assert canvas.scale() == pytest.approx(50000, rel=0.01)


def selected_name(dock: CourseFinderDock) -> Optional[str]:
    result = dock.selected_result()
    return result.course.name if result is not None else None


def test_selecting_a_result_zooms_but_keeps_the_order_and_the_selection(
    qtbot, dock: CourseFinderDock, canvas: QgsMapCanvas
) -> None:
    dock.centre_button.click()  # distances follow the map centre
    order = names(dock)
    origin = dock.origin
    before = canvas.extent()
    row = row_of(dock, "QGIS Desktop Fundamentals")
    dock.select_row(row)
    assert canvas.extent() != before  # the map moved to Bucharest
    assert canvas.extent().contains(mercator(BUCHAREST, canvas))
    qtbot.wait(700)  # longer than the follow delay
    assert names(dock) == order  # nothing moved under the cursor
    assert dock.origin == origin
    assert selected_name(dock) == "QGIS Desktop Fundamentals"
    current = dock.results_view.currentIndex()
    assert current.row() == row
    assert dock.results_view.viewport().rect().contains(dock.results_view.visualRect(current))
    # Picking another row while the map is still at the first: same, no re-sort.
    dock.select_row(row_of(dock, "Kartografi med QGIS"))
    qtbot.wait(700)
    assert names(dock) == order
    assert selected_name(dock) == "Kartografi med QGIS"
    # A pan just before a selection is overtaken by the zoom to the selected course.
    canvas.setExtent(canvas.extent().buffered(1e5))
    dock.select_row(row_of(dock, HOSTILE + " course"))
    qtbot.wait(700)
    assert names(dock) == order
    assert dock.origin == origin


def test_clicking_a_row_zooms_and_the_row_stays_under_the_cursor(
    qtbot, dock: CourseFinderDock, canvas: QgsMapCanvas
) -> None:
    dock.resize(340, 700)
    qtbot.waitUntil(lambda: dock.width() == 340, timeout=3000)
    qtbot.wait(50)
    dock.centre_button.click()
    order = names(dock)
    view = dock.results_view
    row = row_of(dock, "QGIS Desktop Fundamentals")
    rect = view.visualRect(dock.model.index(row, 0))
    assert view.viewport().rect().contains(rect)
    before = canvas.extent()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert canvas.extent() != before
    assert canvas.extent().contains(mercator(BUCHAREST, canvas))
    qtbot.wait(700)
    assert names(dock) == order
    assert view.indexAt(rect.center()).row() == row
    assert selected_name(dock) == "QGIS Desktop Fundamentals"


def test_moving_the_map_resorts_and_keeps_the_selection_in_view(
    qtbot, dock: CourseFinderDock, canvas: QgsMapCanvas
) -> None:
    dock.centre_button.click()
    dock.resize(320, 300)  # room for a few rows only
    dock.select_row(row_of(dock, "Kartografi med QGIS"))
    qtbot.wait(700)
    assert names(dock)[0] == HOSTILE + " course"
    # The user pans to Bucharest: the list follows the map.
    point = mercator(BUCHAREST, canvas)
    canvas.setExtent(
        QgsRectangle(point.x() - 1e3, point.y() - 1e3, point.x() + 1e3, point.y() + 1e3)
    )
    qtbot.waitUntil(lambda: names(dock)[0] == "QGIS Desktop Fundamentals", timeout=5000)
    assert dock.origin == pytest.approx(BUCHAREST, abs=1e-3)
    assert selected_name(dock) == "Kartografi med QGIS"
    current = dock.results_view.currentIndex()
    assert current.row() == row_of(dock, "Kartografi med QGIS")
    assert dock.results_view.viewport().rect().intersects(dock.results_view.visualRect(current))


def test_map_centre_button_resorts_after_a_zoom(
    qtbot, dock: CourseFinderDock, canvas: QgsMapCanvas
) -> None:
    dock.centre_button.click()
    dock.select_row(row_of(dock, "QGIS Desktop Fundamentals"))
    qtbot.wait(700)
    assert names(dock)[0] != "QGIS Desktop Fundamentals"
    dock.centre_button.click()  # measure from where the map is now: the selected course
    assert names(dock)[0] == "QGIS Desktop Fundamentals"
    assert dock.model.results()[0].distance_km == pytest.approx(0.0, abs=0.5)
    assert selected_name(dock) == "QGIS Desktop Fundamentals"
    assert dock.results_view.currentIndex().row() == 0


def test_origin_label_names_longitude_and_latitude(dock: CourseFinderDock) -> None:
    assert dock.origin_label.text() == ("Distances from the map centre:\nLon 4.352°E, Lat 50.850°N")
    dock.set_origin((-58.3816, -34.6037), picked=True)
    assert dock.origin_label.text() == (
        "Distances from the picked point:\nLon 58.382°W, Lat 34.604°S"
    )
    assert "WGS 84" in dock.origin_label.toolTip()


def test_online_result_leaves_the_map_alone(dock: CourseFinderDock, canvas: QgsMapCanvas) -> None:
    before = canvas.extent()
    dock.select_row(row_of(dock, "QGIS online în limba română"))
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
    dock.select_row(row_of(dock, "Kartografi med QGIS"))
    assert dock.course_page_button.isEnabled()
    dock.course_page_button.click()
    assert browser.urls == ["https://kartografi.example.se/kurs"]
    dock.select_row(row_of(dock, HOSTILE + " course"))
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
    dock.select_row(row_of(dock, "QGIS Desktop Fundamentals"))
    dock.website_button.click()
    qtbot.waitUntil(lambda: browser.urls == ["https://geoacademy.example.ro/"], timeout=10000)
    requests = len(livesite.requests)
    # The hostile organisation's "website" is javascript: — never opened.
    dock.select_row(row_of(dock, HOSTILE + " course"))
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
