"""A whole scripted session raises no Python exception (issue 8, point 2).

Against the real reference server on loopback and the real ``QgsProject``: load the layers,
refresh them, open and use the "Find a course" dock (search, zoom to a result, course page,
organisation website, pick a point), use the locator, switch the interface language (the
plugin is reloaded so its translator is reinstalled), Project -> New, remove the layers by
hand, reload the plugin, quit. A ``sys.excepthook`` records every exception Qt hands to Python
(slots, virtual methods such as ``showEvent`` or ``QgsTask.finished``) and a listener on
``QgsMessageLog`` records Python errors and the plugin's critical messages; both must stay
empty. QGIS shows each of those as an error dialog it then waits on.

"Quit" is what QGIS does on exit: the project is cleared (its layers are deleted) while the
plugin and its dock still hold them, and only then is the plugin unloaded.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Iterator, List, Optional, Tuple

import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeedback,
    QgsLocatorContext,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsSettings,
)
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent, QgsMapToolPan
from qgis.PyQt import sip
from qgis.PyQt.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QSettings,
    Qt,
)
from qgis.PyQt.QtWidgets import QDockWidget

from certification_plugin.gui.course_finder_dock import OBJECT_NAME, CourseFinderDock
from certification_plugin.gui.point_picker import PointPicker
from certification_plugin.layers.cache import TABLE_NAMES, UPCOMING_COURSES
from certification_plugin.plugin import CertificationPlugin
from certification_plugin.qgis_io.logging import LOG_TAG
from certification_plugin.qgis_io.settings import PluginSettings
from certification_plugin.qgis_io.tasks import FunctionTask, TaskRunner
from certification_plugin.qgis_io.translation import LOCALE_SETTING
from tests.fixtures.livesite import LiveSite
from tests.fixtures.reference_server import ReferenceServer
from tests.plugin.browser import UrlRecorder
from tests.plugin.recording_iface import RecordingIface

REFRESH_TIMEOUT_MS = 60000
BUCHAREST = (26.1025, 44.4268)


class ExceptionRecorder:
    """Collects what QGIS would show as Python error dialogs while it is installed."""

    def __init__(self) -> None:
        self.errors: List[str] = []
        self._previous_hook = None

    def __enter__(self) -> ExceptionRecorder:
        self._previous_hook = sys.excepthook
        sys.excepthook = self._hook
        QgsApplication.messageLog().messageReceived.connect(self._logged)
        return self

    def __exit__(self, *exc: object) -> None:
        QCoreApplication.processEvents()  # log messages from worker threads arrive queued
        QgsApplication.messageLog().messageReceived.disconnect(self._logged)
        sys.excepthook = self._previous_hook

    def _hook(self, kind: type, value: BaseException, tb: object) -> None:
        self.errors.append("".join(traceback.format_exception(kind, value, tb)))

    def _logged(self, message: str, tag: str, level: Qgis.MessageLevel) -> None:
        if tag == "Python error" or (tag == LOG_TAG and level == Qgis.MessageLevel.Critical):
            self.errors.append(f"[{tag}] {message}")

    def check(self, step: str) -> None:
        """Fail at the step where the first error appeared (the traceback is in the message)."""
        QCoreApplication.processEvents()
        assert self.errors == [], f"after '{step}':\n" + "\n".join(self.errors)


@pytest.fixture
def canvas(qgis_canvas: QgsMapCanvas) -> Iterator[QgsMapCanvas]:
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    qgis_canvas.setExtent(QgsRectangle(-1500000, 4000000, 3500000, 9000000))
    pan = QgsMapToolPan(qgis_canvas)
    qgis_canvas.setMapTool(pan)
    yield qgis_canvas
    qgis_canvas.unsetMapTool(pan)


@pytest.fixture
def interface_language() -> Iterator[QgsSettings]:
    """QGIS's own settings; the interface language is put back afterwards."""
    settings = QgsSettings()
    saved = settings.value(LOCALE_SETTING, None)
    yield settings
    if saved is None:
        settings.remove(LOCALE_SETTING)
    else:
        settings.setValue(LOCALE_SETTING, saved)


def settle() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


class Session:
    """One QGIS session: the iface, the plugin settings, the current plugin instance."""

    def __init__(self, iface: RecordingIface, tmp_path: Path, server_url: str, qtbot) -> None:
        self.iface = iface
        self.cache_dir = str(tmp_path / "cache")
        self.settings = PluginSettings(
            QgsSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        )
        self.settings.server_url = server_url
        self.qtbot = qtbot
        self.plugin: Optional[CertificationPlugin] = None

    def start_plugin(self) -> CertificationPlugin:
        self.plugin = CertificationPlugin(
            self.iface, cache_dir=self.cache_dir, settings=self.settings
        )
        self.plugin.initGui()
        return self.plugin

    def reload_plugin(self) -> CertificationPlugin:
        """What Plugin Reloader and the plugin manager do: unload, then a new instance."""
        assert self.plugin is not None
        self.plugin.unload()
        settle()
        return self.start_plugin()

    def dock(self) -> CourseFinderDock:
        dock = self.iface.main_window.findChild(QDockWidget, OBJECT_NAME)
        assert isinstance(dock, CourseFinderDock)
        return dock

    def load_layers(self) -> None:
        plugin = self.plugin
        assert plugin is not None
        plugin.load_layers_action.trigger()
        self.qtbot.waitUntil(lambda: not plugin.refresh_running, timeout=REFRESH_TIMEOUT_MS)
        assert set(plugin.layer_manager.layers()) == set(TABLE_NAMES)

    def open_dock(self) -> CourseFinderDock:
        plugin = self.plugin
        assert plugin is not None
        dock = self.dock()
        if not dock.isVisible():
            with self.qtbot.waitSignal(dock.dataLoaded, timeout=REFRESH_TIMEOUT_MS):
                plugin.find_course_action.trigger()
        self.qtbot.waitUntil(lambda: not dock.loading, timeout=REFRESH_TIMEOUT_MS)
        assert dock.isVisible()
        return dock


def mercator(lon_lat: Tuple[float, float], canvas: QgsMapCanvas) -> QgsPointXY:
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        canvas.mapSettings().destinationCrs(),
        QgsProject.instance(),
    )
    return transform.transform(QgsPointXY(*lon_lat))


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


def use_the_dock(session: Session, canvas: QgsMapCanvas, browser: UrlRecorder) -> None:
    """Search, zoom to a result, open its pages, pick a point: what a user does first."""
    dock = session.open_dock()
    assert dock.records, "the reference server's demo catalogue has upcoming courses"
    dock.search_edit.setText("QGIS")
    session.qtbot.waitUntil(lambda: dock.model.rowCount() > 0, timeout=5000)
    dock.search_edit.clear()
    dock.apply_filters()
    placed = [n for n, row in enumerate(dock.model.results()) if row.course.location]
    assert placed
    # Selecting zooms to the course and flashes its feature (a list or a table of results).
    select = getattr(dock, "select_row", None) or dock.table.selectRow
    select(placed[0])
    assert dock.zoom_to_row(placed[0])
    dock.open_course_page()
    opened = len(browser.urls)
    dock.open_organisation_website()  # fetches the organisations once, in a task
    session.qtbot.waitUntil(lambda: dock._website_task is None, timeout=REFRESH_TIMEOUT_MS)
    assert len(browser.urls) >= opened
    # Pick a point on the map.
    target = mercator(BUCHAREST, canvas)
    canvas.setExtent(
        QgsRectangle(target.x() - 3e5, target.y() - 3e5, target.x() + 3e5, target.y() + 3e5)
    )
    dock.pick_button.click()
    assert dock.picker.active
    click_canvas(canvas, target)
    assert dock.origin == pytest.approx(BUCHAREST, abs=0.05)
    dock.centre_button.click()


def use_the_locator(session: Session) -> None:
    plugin = session.plugin
    assert plugin is not None
    [locator] = [f for f in session.iface.locator_filters if f.prefix() == "cert"]
    found = []
    worker = locator.clone()
    worker.resultFetched.connect(found.append)
    worker.fetchResults("QGIS", QgsLocatorContext(), QgsFeedback())
    assert found
    locator.triggerResult(found[0])


def test_a_whole_session_raises_no_python_exception(
    qtbot,
    tmp_path: Path,
    reference_server: ReferenceServer,
    canvas: QgsMapCanvas,
    browser: UrlRecorder,
    interface_language: QgsSettings,
    qgis_new_project,
) -> None:
    iface = RecordingIface(canvas)
    iface.main_window.show()
    session = Session(iface, tmp_path, reference_server.base_url, qtbot)
    interface_language.setValue(LOCALE_SETTING, "en")
    try:
        with ExceptionRecorder() as recorder:
            plugin = session.start_plugin()
            recorder.check("initGui")

            session.load_layers()
            recorder.check("load the layers")
            session.load_layers()  # a second time: the refresh finds everything unchanged
            recorder.check("refresh the layers")

            use_the_dock(session, canvas, browser)
            recorder.check("use the dock")
            use_the_locator(session)
            recorder.check("use the locator")
            about = plugin.show_about()
            about.close()
            settle()
            recorder.check("Help / About")

            # Switch the interface language; the plugin is reloaded to take it.
            for locale, find_course in (("sv", "Hitta en kurs"), ("zh_TW", None)):
                interface_language.setValue(LOCALE_SETTING, locale)
                plugin = session.reload_plugin()
                if find_course is not None:
                    assert plugin.find_course_action.text() == find_course
                else:
                    assert plugin.find_course_action.text() != "Find a course"
                session.open_dock()
                recorder.check(f"switch the language to {locale}")
            interface_language.setValue(LOCALE_SETTING, "en")
            plugin = session.reload_plugin()
            assert plugin.find_course_action.text() == "Find a course"

            # Project -> New while the dock is open and watches the course layer.
            session.load_layers()
            dock = session.open_dock()
            QgsProject.instance().clear()
            settle()
            recorder.check("Project -> New")
            assert plugin.layer_manager.layers() == {}
            dock.apply_filters()
            recorder.check("use the dock after Project -> New")

            # The layers come back; then the user removes them from the layer tree.
            session.load_layers()
            session.open_dock()
            project = QgsProject.instance()
            project.removeMapLayers(
                [layer.id() for layer in plugin.layer_manager.layers().values()]
            )
            group = plugin.layer_manager.group()
            if group is not None:
                group.parent().removeChildNode(group)
            settle()
            recorder.check("remove the layers by hand")
            with qtbot.waitSignal(session.dock().dataLoaded, timeout=REFRESH_TIMEOUT_MS):
                session.dock().update_button.click()
            qtbot.waitUntil(lambda: not plugin.refresh_running, timeout=REFRESH_TIMEOUT_MS)
            assert plugin.layer_manager.layer(UPCOMING_COURSES) is not None
            recorder.check("update from the dock after removing the layers")

            # Reload the plugin with the layers loaded and the dock open.
            plugin = session.reload_plugin()
            session.open_dock()
            session.load_layers()
            recorder.check("reload the plugin")

            # Quit: QGIS clears the project (deleting the layers the dock watches), then
            # unloads the plugins, then deletes its main window.
            QgsProject.instance().clear()
            settle()
            recorder.check("quit: the project is closed")
            plugin.unload()
            settle()
            iface.close()
            settle()
            recorder.check("quit: the plugin is unloaded")
    finally:
        if session.plugin is not None and session.plugin.toolbar is not None:
            session.plugin.unload()
        QgsProject.instance().clear()
        settle()


def test_project_new_during_a_refresh_leaves_the_new_project_empty(
    qtbot, tmp_path: Path, livesite: LiveSite, qgis_new_project
) -> None:
    """A refresh still running when the project is cleared never adds layers to the next one.

    The project is cleared before the event loop runs again, so the refresh's ``finished()``
    cannot have been delivered yet, whether or not its work in the thread is already done.
    """
    iface = RecordingIface()
    session = Session(iface, tmp_path, livesite.base_url, qtbot)
    plugin = session.start_plugin()
    try:
        with ExceptionRecorder() as recorder:
            task = plugin.load_layers()
            assert task is not None
            QgsProject.instance().clear()  # Project -> New
            assert not plugin.refresh_running
            qtbot.waitUntil(lambda: plugin.tasks.active() == [], timeout=REFRESH_TIMEOUT_MS)
            settle()
            assert QgsProject.instance().mapLayers() == {}
            assert plugin.iface.message_bar.get_messages(Qgis.MessageLevel.Critical) == []
            recorder.check("Project -> New during a refresh")
            # The next "Load certification layers" works as usual.
            session.load_layers()
            recorder.check("load the layers after Project -> New")
    finally:
        plugin.unload()
        iface.close()
        settle()


def test_unload_after_qgis_deleted_its_main_window(
    qtbot, tmp_path: Path, canvas: QgsMapCanvas, qgis_new_project
) -> None:
    """Quit in the other order: the main window (docks, toolbar, actions) goes first."""
    iface = RecordingIface(canvas)
    iface.main_window.show()
    session = Session(iface, tmp_path, "http://127.0.0.1:9/", qtbot)
    plugin = session.start_plugin()
    dock = session.dock()
    dock.show()
    with ExceptionRecorder() as recorder:
        sip.delete(iface.main_window)
        settle()
        assert sip.isdeleted(dock)
        plugin.unload()
        settle()
        recorder.check("unload after the main window was deleted")
    assert plugin.registered()["docks"] == 0


def test_the_point_picker_and_the_task_runner_skip_deleted_objects(qtbot) -> None:
    gone = QgsMapCanvas()
    picker = PointPicker(gone)
    runner = TaskRunner()
    task = FunctionTask("never started", lambda _context: None)
    runner._tasks[id(task)] = task
    with ExceptionRecorder() as recorder:
        sip.delete(gone)
        picker.start()
        picker.cancel()
        assert not picker.active
        sip.delete(task)
        runner.cancel_all()
        assert runner.active() == []
        recorder.check("deleted canvas and task")
