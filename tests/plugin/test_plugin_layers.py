"""The plugin's "Load certification layers" and what happens when a project opens."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import pytest
from qgis.core import Qgis, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QSettings

from certification_plugin.layers.cache import TRAINING_CENTRES, UPCOMING_COURSES
from certification_plugin.plugin import CertificationPlugin
from certification_plugin.qgis_io.settings import PluginSettings
from tests.fixtures.livesite import LiveSite
from tests.plugin import sample_catalogue as sample
from tests.plugin.recording_iface import RecordingIface


@pytest.fixture
def plugin(tmp_path: Path, livesite: LiveSite, qgis_new_project) -> Iterator[CertificationPlugin]:
    iface = RecordingIface()
    settings = PluginSettings(
        QgsSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    settings.server_url = livesite.base_url
    instance = CertificationPlugin(iface, cache_dir=str(tmp_path / "cache"), settings=settings)
    instance.initGui()
    yield instance
    instance.unload()
    QgsProject.instance().clear()
    iface.close()


def wait_for_refresh(plugin: CertificationPlugin, qtbot) -> None:
    qtbot.waitUntil(lambda: not plugin.refresh_running, timeout=60000)


def test_load_layers_action_adds_the_layers_to_the_project(
    plugin: CertificationPlugin, qtbot
) -> None:
    plugin.load_layers_action.trigger()
    assert plugin.refresh_running
    wait_for_refresh(plugin, qtbot)
    layers = plugin.layer_manager.layers()
    assert set(layers) == {TRAINING_CENTRES, UPCOMING_COURSES, "certified_organisations"}
    assert all(QgsProject.instance().mapLayer(layer.id()) for layer in layers.values())
    [message] = plugin.iface.message_bar.get_messages(Qgis.MessageLevel.Info)
    assert "Certification layers updated" in message


def test_a_second_click_while_loading_does_not_start_another_refresh(
    plugin: CertificationPlugin, livesite: LiveSite, qtbot
) -> None:
    livesite.slow_seconds = 1.0
    livesite.set_fault("slow", "/en/feed/upcoming-course/")
    first = plugin.load_layers()
    assert first is not None
    assert plugin.load_layers() is None
    assert any(
        "already being updated" in m
        for m in plugin.iface.message_bar.get_messages(Qgis.MessageLevel.Info)
    )
    livesite.clear_faults()
    wait_for_refresh(plugin, qtbot)
    assert len(QgsProject.instance().mapLayers()) == 4  # 3 layers and the country background


def test_cached_layers_show_at_once_before_the_refresh_ends(
    plugin: CertificationPlugin, livesite: LiveSite, qtbot
) -> None:
    cache = plugin.layer_manager.cache
    cache.write_courses(sample.courses(4), plugin.settings.server_url)
    cache.write_training_centres(sample.training_centres(), plugin.settings.server_url)
    livesite.slow_seconds = 2.0
    livesite.set_fault("slow")
    plugin.load_layers()
    # Layers exist immediately (from the cache), while the network is still busy.
    assert plugin.layer_manager.layer(UPCOMING_COURSES).featureCount() == 4
    livesite.clear_faults()
    wait_for_refresh(plugin, qtbot)


def save_project_with_layers(plugin: CertificationPlugin, path: Path, age: timedelta) -> None:
    cache = plugin.layer_manager.cache
    written = datetime.now(timezone.utc) - age
    cache.write_courses(sample.courses(4), plugin.settings.server_url, fetched_at=written)
    cache.write_training_centres(
        sample.training_centres(), plugin.settings.server_url, fetched_at=written
    )
    plugin.layer_manager.ensure_layers()
    assert QgsProject.instance().write(str(path))
    QgsProject.instance().clear()


def test_opening_a_project_with_stale_layers_refreshes_them_quietly(
    plugin: CertificationPlugin, livesite: LiveSite, tmp_path: Path, qtbot
) -> None:
    plugin.settings.cache_max_age_hours = 24
    path = tmp_path / "stale.qgz"
    save_project_with_layers(plugin, path, timedelta(days=3))
    livesite.requests.clear()
    assert QgsProject.instance().read(str(path))
    assert plugin.refresh_running
    wait_for_refresh(plugin, qtbot)
    assert livesite.requests
    courses = plugin.layer_manager.layer(UPCOMING_COURSES)
    assert courses.featureCount() != 4  # now the server's courses
    assert courses.readOnly()
    assert courses.attributeDisplayName(courses.fields().indexOf("start_date")) == "Start"
    # Quiet: nothing in the message bar for an automatic refresh.
    assert plugin.iface.message_bar.get_messages(Qgis.MessageLevel.Info) == []


def test_opening_a_fresh_project_or_with_auto_update_off_stays_offline(
    plugin: CertificationPlugin, livesite: LiveSite, tmp_path: Path
) -> None:
    plugin.settings.cache_max_age_hours = 24
    fresh = tmp_path / "fresh.qgz"
    save_project_with_layers(plugin, fresh, timedelta(hours=1))
    livesite.requests.clear()
    assert QgsProject.instance().read(str(fresh))
    assert not plugin.refresh_running
    assert plugin.layer_manager.layer(UPCOMING_COURSES).featureCount() == 4

    plugin.settings.cache_max_age_hours = 0
    old = tmp_path / "old.qgz"
    save_project_with_layers(plugin, old, timedelta(days=30))
    assert QgsProject.instance().read(str(old))
    assert not plugin.refresh_running
    assert livesite.requests == []


def test_offline_reopen_with_a_dead_server_keeps_data_and_stays_quiet(
    plugin: CertificationPlugin, livesite: LiveSite, tmp_path: Path, qtbot
) -> None:
    plugin.settings.cache_max_age_hours = 1
    path = tmp_path / "offline.qgz"
    save_project_with_layers(plugin, path, timedelta(days=2))
    livesite.set_fault("server_error")
    assert QgsProject.instance().read(str(path))
    wait_for_refresh(plugin, qtbot)
    assert plugin.layer_manager.layer(UPCOMING_COURSES).featureCount() == 4
    assert plugin.iface.message_bar.get_messages(Qgis.MessageLevel.Critical) == []


def test_the_background_option_of_the_plugin_settings_is_followed(
    plugin: CertificationPlugin, qtbot
) -> None:
    # The plugin's own settings store (not QGIS's global one) says no background.
    plugin.settings.country_background = False
    plugin.load_layers()
    wait_for_refresh(plugin, qtbot)
    assert len(QgsProject.instance().mapLayers()) == 3
