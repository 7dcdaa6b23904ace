"""The QGIS Options page: shows settings, validates as the user types, saves on apply."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QSettings, Qt

from certification_plugin.gui.options_page import (
    PAGE_OBJECT_NAME,
    CertificationOptionsFactory,
    CertificationOptionsPage,
)
from certification_plugin.plugin import CertificationPlugin
from certification_plugin.qgis_io.settings import PluginSettings
from tests.plugin.auth_helpers import store_basic_config
from tests.plugin.recording_iface import RecordingIface


@pytest.fixture
def plugin(tmp_path: Path):
    iface = RecordingIface()
    settings = PluginSettings(
        QgsSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    settings.server_url = "https://example.org"
    settings.request_timeout_s = 20
    settings.cache_max_age_hours = 12
    settings.countries = ["SE"]
    instance = CertificationPlugin(iface, cache_dir=str(tmp_path / "cache"), settings=settings)
    yield instance
    instance.tasks.cancel_all()
    iface.close()


@pytest.fixture
def page(plugin: CertificationPlugin, qtbot) -> CertificationOptionsPage:
    widget = CertificationOptionsFactory(plugin).createWidget(None)
    qtbot.addWidget(widget)
    return widget


def test_factory_names_the_page_and_has_an_icon(plugin: CertificationPlugin, qtbot) -> None:
    factory = CertificationOptionsFactory(plugin)
    assert factory.title() == "QGIS Certification"
    assert not factory.icon().isNull()
    widget = factory.createWidget(None)
    qtbot.addWidget(widget)
    assert isinstance(widget, CertificationOptionsPage)
    assert widget.objectName() == PAGE_OBJECT_NAME


def test_page_shows_the_stored_settings(page: CertificationOptionsPage) -> None:
    assert page.server_url_edit.text() == "https://example.org"
    assert page.timeout_spin.value() == 20
    assert page.max_age_spin.value() == 12
    assert page.countries_list.checked_codes() == ["SE"]
    assert page.countries_list.item_for("SE").text() == "Sweden (SE)"
    assert page.countries_list.summary_label.text() == "Only: Sweden (SE)"
    assert page.background_check.isChecked()
    assert page.auth_select.configId() == ""
    assert page.validation_label.isHidden()


def test_apply_saves_what_the_user_typed(
    page: CertificationOptionsPage, plugin: CertificationPlugin, qtbot
) -> None:
    page.server_url_edit.clear()
    qtbot.keyClicks(page.server_url_edit, "certification.qgis.org/en/")
    qtbot.keyClicks(page.countries_list.filter_edit, "roman")
    assert page.countries_list.visible_labels() == ["Romania (RO)"]
    page.countries_list.item_for("RO").setCheckState(Qt.CheckState.Checked)
    page.background_check.setChecked(False)
    page.timeout_spin.setValue(60)
    page.max_age_spin.setValue(0)
    page.apply()
    fresh = PluginSettings(
        QgsSettings(plugin.settings._store.fileName(), QSettings.Format.IniFormat)
    )
    assert fresh.server_url == "https://certification.qgis.org"
    assert fresh.countries == ["RO", "SE"]
    assert fresh.request_timeout_s == 60
    assert fresh.cache_max_age_hours == 0
    assert fresh.country_background is False
    assert page.max_age_spin.text() == "Never update automatically"


def test_invalid_input_is_explained_and_not_saved(
    page: CertificationOptionsPage, plugin: CertificationPlugin, qtbot
) -> None:
    page.server_url_edit.clear()
    qtbot.keyClicks(page.server_url_edit, "https://alice:secret@example.org")
    assert not page.validation_label.isHidden()
    assert "authentication configuration" in page.validation_label.text()
    assert not page.test_button.isEnabled()
    page.apply()
    assert plugin.settings.server_url == "https://example.org"
    assert plugin.settings.countries == ["SE"]
    assert "secret" not in Path(plugin.settings._store.fileName()).read_text()
    page.server_url_edit.setText("https://example.org/")
    assert page.validation_label.isHidden()
    assert page.test_button.isEnabled()


def test_only_the_authcfg_id_is_stored(
    page: CertificationOptionsPage, plugin: CertificationPlugin
) -> None:
    config = store_basic_config(
        "certification test token", "trainer", "token-value-never-in-settings"
    )
    try:
        page.auth_select.setConfigId(config.id())
        page.apply()
        assert plugin.settings.authcfg == config.id()
        text = Path(plugin.settings._store.fileName()).read_text()
        assert config.id() in text
        assert "token-value-never-in-settings" not in text
        assert "trainer" not in text
        page.load()
        assert page.auth_select.configId() == config.id()
    finally:
        QgsApplication.authManager().removeAuthenticationConfig(config.id())


def test_status_labels_show_server_text_as_plain_text(page: CertificationOptionsPage) -> None:
    assert page.status_label.textFormat() == Qt.TextFormat.PlainText
    assert page.cache_label.textFormat() == Qt.TextFormat.PlainText
    assert page.validation_label.textFormat() == Qt.TextFormat.PlainText


def test_test_connection_reports_a_feeds_only_server(
    page: CertificationOptionsPage, livesite, qtbot
) -> None:
    page.server_url_edit.setText(livesite.base_url)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert not page.test_button.isEnabled()
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=20000)
    assert page.status_label.text() == (
        "Connected: public feeds only (certification.qgis.org-compatible)."
    )
    # The values were tested, not saved.
    assert page._settings.server_url == "https://example.org"


def test_test_connection_explains_a_failure(
    page: CertificationOptionsPage, livesite, qtbot
) -> None:
    livesite.set_fault("server_error")
    page.server_url_edit.setText(livesite.base_url)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=20000)
    text = page.status_label.text()
    assert text.startswith("Connection failed: ")
    assert "HTTP 500" in text


def test_clear_cache_empties_the_cache(
    page: CertificationOptionsPage, plugin: CertificationPlugin, qtbot
) -> None:
    from certification_plugin.layers.cache import UPCOMING_COURSES
    from tests.plugin import sample_catalogue as sample

    cache = plugin.layer_manager.cache
    cache.write_courses(sample.courses(5), sample.SERVER)
    etag_dir = Path(plugin.cache_dir) / "http-cache"
    etag_dir.mkdir(parents=True)
    (etag_dir / "0123.cache").write_bytes(b"certification-etag-cache 1\n{}\n")
    qtbot.mouseClick(page.clear_cache_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.clear_cache_button.isEnabled(), timeout=10000)
    assert page.cache_label.text() == "The cache is empty; load the layers to fill it."
    assert UPCOMING_COURSES not in cache.metadata()
    assert list(etag_dir.glob("*.cache")) == []


def test_test_connection_reports_api_v1_and_the_signed_in_user(
    page: CertificationOptionsPage, reference_server, qtbot
) -> None:
    page.server_url_edit.setText(reference_server.base_url)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=20000)
    anonymous = page.status_label.text()
    assert anonymous.startswith("Connected: API v1 1.")
    assert "Not signed in" in anonymous

    token = reference_server.manage("create_api_token", "owner", "--name", "options test").strip()
    config = store_basic_config("certification owner token", "owner", token)
    try:
        page.auth_select.setConfigId(config.id())
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=20000)
        text = page.status_label.text()
        assert "Signed in as owner (roles: organisation_owner)." in text
        assert token not in text
    finally:
        QgsApplication.authManager().removeAuthenticationConfig(config.id())


def test_countries_are_a_checkable_list_of_names_that_stores_codes(
    page: CertificationOptionsPage, plugin: CertificationPlugin, qtbot
) -> None:
    countries = page.countries_list
    labels = [item.text() for item in countries.items()]
    assert len(labels) > 150 and labels == sorted(labels, key=str.casefold)
    assert "Romania (RO)" in labels and "Sweden (SE)" in labels
    qtbot.keyClicks(countries.filter_edit, "SW")  # by name or code, any case
    visible = countries.visible_labels()
    assert "Sweden (SE)" in visible and "Switzerland (CH)" in visible
    assert "Romania (RO)" not in visible
    countries.filter_edit.clear()
    assert len(countries.visible_labels()) == len(labels)
    with qtbot.waitSignal(countries.changed):
        countries.item_for("NL").setCheckState(Qt.CheckState.Checked)
    assert countries.checked_codes() == ["NL", "SE"]
    assert countries.summary_label.text() == "Only: Netherlands (NL), Sweden (SE)"
    page.apply()
    assert plugin.settings.countries == ["NL", "SE"]
    stored = plugin.settings._store
    stored.sync()
    assert stored.value("certification_plugin/countries") == "NL,SE"

    reopened = CertificationOptionsFactory(plugin).createWidget(None)
    qtbot.addWidget(reopened)
    assert reopened.countries_list.checked_codes() == ["NL", "SE"]
    assert reopened.countries_list.item_for("NL").checkState() == Qt.CheckState.Checked

    reopened.countries_list.clear_button.click()
    assert reopened.countries_list.checked_codes() == []
    assert reopened.countries_list.summary_label.text() == "All countries"
    reopened.apply()
    assert plugin.settings.countries == []


def test_a_stored_code_the_world_map_does_not_know_stays_listed_and_checked(
    plugin: CertificationPlugin, qtbot
) -> None:
    plugin.settings.countries = ["QQ", "RO"]
    page = CertificationOptionsFactory(plugin).createWidget(None)
    qtbot.addWidget(page)
    assert page.countries_list.checked_codes() == ["QQ", "RO"]
    assert page.countries_list.item_for("QQ").text() == "QQ"
    page.apply()
    assert plugin.settings.countries == ["QQ", "RO"]


def test_the_background_option_is_shown_and_saved(
    page: CertificationOptionsPage, plugin: CertificationPlugin
) -> None:
    plugin.settings.country_background = False
    page.load()
    assert not page.background_check.isChecked()
    page.background_check.setChecked(True)
    page.apply()
    assert plugin.settings.country_background is True
