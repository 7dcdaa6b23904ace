"""Loading and unloading the plugin leaves QGIS exactly as it was, also when repeated."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Iterator

import pytest
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QSettings
from qgis.PyQt.QtWidgets import QDockWidget

from certification_plugin import classFactory
from certification_plugin.plugin import OPTIONS_PAGE_NAME, CertificationPlugin
from certification_plugin.qgis_io.settings import PluginSettings
from certification_plugin.qgis_io.tasks import TaskContext
from tests.plugin.recording_iface import RecordingIface


def settle() -> None:
    """Deliver deleteLater() so deleted objects are really gone before counting."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture
def iface() -> Iterator[RecordingIface]:
    recorder = RecordingIface()
    yield recorder
    recorder.close()
    settle()


@pytest.fixture
def settings(tmp_path: Path) -> PluginSettings:
    return PluginSettings(QgsSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def make_plugin(iface: RecordingIface, tmp_path: Path, settings: PluginSettings):
    return CertificationPlugin(iface, cache_dir=str(tmp_path / "cache"), settings=settings)


def test_class_factory_returns_the_plugin(iface: RecordingIface) -> None:
    plugin = classFactory(iface)
    assert isinstance(plugin, CertificationPlugin)
    assert plugin.iface is iface


def test_init_gui_adds_menu_toolbar_actions_and_options_page(
    iface: RecordingIface, tmp_path: Path, settings: PluginSettings
) -> None:
    plugin = make_plugin(iface, tmp_path, settings)
    plugin.initGui()
    try:
        counts = iface.counts()
        assert counts["web_submenus"] == 1
        assert counts["web_menu_actions"] == 7
        assert counts["toolbars"] == 1
        assert counts["options_factories"] == 1
        submenu = iface.web_menu.actions()[0].menu()
        assert submenu.title() == "QGIS Certification"
        assert [a.text() for a in submenu.actions()] == [
            "Load certification layers",
            "Find a course",
            "Apply for certification",
            "Review applications",
            "Courses and certificates…",
            "Settings…",
            "About QGIS Certification…",
        ]
        toolbar_texts = [a.text() for a in plugin.toolbar.actions()]
        assert toolbar_texts == [
            "Load certification layers",
            "Find a course",
            "Apply for certification",
            "Review applications",
            "Courses and certificates…",
        ]
        # The docks are registered by initGui, which enables their actions.
        assert plugin.find_course_action.isEnabled() and plugin.apply_action.isEnabled()
        assert plugin.review_action.isEnabled() and plugin.training_action.isEnabled()
        assert all(not a.icon().isNull() for a in plugin.toolbar.actions())
    finally:
        plugin.unload()


def test_settings_action_opens_the_options_page(
    iface: RecordingIface, tmp_path: Path, settings: PluginSettings
) -> None:
    plugin = make_plugin(iface, tmp_path, settings)
    plugin.initGui()
    try:
        plugin.settings_action.trigger()
        assert iface.options_dialog_calls == [(iface.main_window, OPTIONS_PAGE_NAME)]
        page = iface.options_factories[0].createWidget(None)
        # QGIS selects the page whose object name matches ``currentPage``.
        assert page.objectName() == OPTIONS_PAGE_NAME
        page.deleteLater()
    finally:
        plugin.unload()


def test_registered_dock_is_toggled_by_its_action(
    iface: RecordingIface, tmp_path: Path, settings: PluginSettings
) -> None:
    plugin = make_plugin(iface, tmp_path, settings)
    plugin.initGui()
    try:
        dock = iface.main_window.findChild(QDockWidget, "CertificationCourseFinderDock")
        iface.main_window.show()
        assert plugin.find_course_action.isEnabled()
        assert dock.isHidden()
        plugin.find_course_action.trigger()
        assert dock.isVisible()
        plugin.find_course_action.trigger()
        assert dock.isHidden()
    finally:
        plugin.unload()


def count_everything(iface: RecordingIface) -> dict:
    settle()
    counts = iface.counts()
    registry = QgsApplication.processingRegistry()
    counts["providers"] = len(registry.providers())
    counts["certification_provider"] = registry.providerById("certification") is not None
    return counts


def test_unload_removes_everything_also_when_loaded_twice(
    iface: RecordingIface, tmp_path: Path, settings: PluginSettings
) -> None:
    before = count_everything(iface)
    for _round in range(2):
        plugin = make_plugin(iface, tmp_path, settings)
        plugin.initGui()  # registers the course finder dock, locator filter and provider

        loaded = count_everything(iface)
        assert loaded["web_submenus"] == before["web_submenus"] + 1
        assert loaded["toolbars"] == before["toolbars"] + 1
        assert loaded["docks"] == before["docks"] + 4  # course finder, apply, review, training
        assert loaded["options_factories"] == before["options_factories"] + 1
        assert loaded["locator_filters"] == before["locator_filters"] + 1
        assert loaded["providers"] == before["providers"] + 1
        assert loaded["actions"] > before["actions"]

        plugin.unload()
        assert count_everything(iface) == before
        assert plugin.registered() == {
            "actions": 0,
            "menu_actions": 0,
            "docks": 0,
            "locator_filters": 0,
            "providers": 0,
            "options_factories": 0,
            "toolbars": 0,
            "tasks": 0,
        }


def test_unload_cancels_running_tasks_and_drops_their_callbacks(
    iface: RecordingIface, tmp_path: Path, settings: PluginSettings, qtbot
) -> None:
    plugin = make_plugin(iface, tmp_path, settings)
    plugin.initGui()
    delivered = []

    def wait_for_cancel(context: TaskContext) -> str:
        while not context.is_cancelled():
            context.progress(0.5)
            time.sleep(0.01)
        return "finished"

    task = plugin.tasks.run("long work", wait_for_cancel, delivered.append, delivered.append)
    terminated = []
    task.taskTerminated.connect(lambda: terminated.append(True))
    qtbot.waitUntil(lambda: task.status() == task.TaskStatus.Running, timeout=5000)
    plugin.unload()
    qtbot.waitUntil(lambda: terminated == [True], timeout=5000)
    QCoreApplication.processEvents()
    assert delivered == []
    assert plugin.tasks.active() == []
