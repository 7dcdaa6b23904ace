"""Help / About: an entry in the plugin menu and a small dialog that helps report a problem."""

from __future__ import annotations

import configparser
from pathlib import Path
from typing import Iterator

import pytest
from qgis.core import Qgis, QgsSettings
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QSettings
from qgis.PyQt.QtWidgets import QDialog

from certification_plugin.core.versioning import plugin_version
from certification_plugin.gui.about_dialog import OBJECT_NAME, PROGRAMME_URL, AboutDialog
from certification_plugin.plugin import CertificationPlugin
from certification_plugin.qgis_io.settings import PluginSettings
from tests.plugin.browser import UrlRecorder
from tests.plugin.recording_iface import RecordingIface

ROOT = Path(__file__).resolve().parents[2]
HOSTILE_SERVER = 'http://127.0.0.1:9/<b>bold</b>&x="y"'


def metadata() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "certification_plugin" / "metadata.txt", encoding="utf-8")
    return parser["general"]


class LogPanelIface(RecordingIface):
    """The recording iface plus QgisInterface.openMessageLog, counted."""

    def __init__(self) -> None:
        super().__init__()
        self.log_panel_opened = 0

    def openMessageLog(self) -> None:
        self.log_panel_opened += 1


@pytest.fixture
def plugin(tmp_path: Path) -> Iterator[CertificationPlugin]:
    iface = LogPanelIface()
    settings = PluginSettings(
        QgsSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    settings.server_url = "http://127.0.0.1:9/"
    instance = CertificationPlugin(iface, cache_dir=str(tmp_path / "cache"), settings=settings)
    instance.initGui()
    yield instance
    instance.unload()
    iface.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_plugin_menu_has_an_about_entry_that_opens_the_dialog(
    plugin: CertificationPlugin,
) -> None:
    submenu = plugin.iface.web_menu.actions()[0].menu()
    assert plugin.about_action in submenu.actions()
    assert plugin.about_action not in plugin.toolbar.actions()
    plugin.about_action.trigger()
    dialog = plugin.iface.main_window.findChild(QDialog, OBJECT_NAME)
    assert isinstance(dialog, AboutDialog)
    assert dialog.isVisible()
    # A second click raises the same dialog instead of opening another one.
    plugin.about_action.trigger()
    assert len(plugin.iface.main_window.findChildren(AboutDialog)) == 1


def test_the_dialog_shows_versions_server_links_and_the_log_tab(
    plugin: CertificationPlugin,
) -> None:
    dialog = plugin.show_about()
    text = dialog.text_label.text()
    assert plugin_version() in text and plugin_version() == metadata()["version"]
    assert Qgis.version() in text
    assert plugin.settings.server_url.startswith("http://127.0.0.1:9")
    assert f'href="{plugin.settings.server_url}"' in text
    for url in (metadata()["homepage"], metadata()["tracker"], PROGRAMME_URL):
        assert f'href="{url}"' in text
    assert "“QGIS Certification” tab of the Log Messages panel" in dialog.log_label.text()


def test_the_log_button_opens_the_log_messages_panel(plugin: CertificationPlugin) -> None:
    dialog = plugin.show_about()
    dialog.log_button.click()
    assert plugin.iface.log_panel_opened == 1


def test_links_open_through_the_web_only_opener(browser: UrlRecorder) -> None:
    dialog = AboutDialog("https://certification.qgis.org")
    dialog.text_label.linkActivated.emit(PROGRAMME_URL)
    dialog.text_label.linkActivated.emit("javascript:alert(1)")
    dialog.text_label.linkActivated.emit("file:///etc/passwd")
    assert browser.urls == [PROGRAMME_URL]
    assert dialog.opened_urls == [PROGRAMME_URL]
    dialog.deleteLater()


def test_values_are_escaped_and_only_web_addresses_become_links() -> None:
    dialog = AboutDialog(HOSTILE_SERVER)
    text = dialog.html(HOSTILE_SERVER)
    assert "<b>bold</b>" not in text
    assert "&lt;b&gt;bold&lt;/b&gt;" in text
    hostile = AboutDialog("javascript:alert(1)").html("javascript:alert(1)")
    assert 'href="javascript' not in hostile
    assert "javascript:alert(1)" in hostile  # shown as text
    dialog.deleteLater()


def test_unload_closes_the_dialog(tmp_path: Path) -> None:
    iface = LogPanelIface()
    settings = PluginSettings(QgsSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    instance = CertificationPlugin(iface, cache_dir=str(tmp_path / "cache"), settings=settings)
    instance.initGui()
    dialog = instance.show_about()
    instance.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert sip.isdeleted(dialog)
    iface.close()


def test_a_dialog_closed_by_the_user_is_built_again(plugin: CertificationPlugin) -> None:
    first = plugin.show_about()
    first.close()  # deletes itself
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    second = plugin.show_about()
    assert second.isVisible()


def test_metadata_says_what_works_today_and_promises_nothing_else() -> None:
    general = metadata()
    for key in ("about", "description"):
        text = general[key].lower()
        assert "course" in text and "processing" in text and "locator" in text
        # The workflows (applications, reviews, certificates, payments) are not there yet.
        for planned in ("appl", "review", "certificate", "payment", "submit", "will "):
            assert planned not in text, (key, planned)
    assert "find a course" in general["about"].lower()
    assert "layers" in general["about"]
