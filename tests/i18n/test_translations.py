"""The plugin started in each shipped language shows translated text.

For each language the QGIS locale setting is set as a user would (including regional and
script variants), the plugin is loaded with pytest-qgis's iface, and the menu title, an
action, the course finder dock's title and a message-bar message must be the translations from
the committed catalogue, and differ from English. A locale we do not ship stays English, and
unloading the plugin removes its translator.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from certification_plugin.core.errors import NetworkError
from certification_plugin.layers.builder import layer_title
from certification_plugin.layers.cache import TRAINING_CENTRES
from certification_plugin.layers.maptips import map_tip_template
from certification_plugin.layers.refresh import describe_error
from certification_plugin.plugin import CertificationPlugin
from certification_plugin.qgis_io.translation import LOCALE_SETTING
from tools.check_translations import read_ts
from tools.i18n import ts_path

MENU = ("CertificationPlugin", "QGIS Certification")
ACTION = ("CertificationPlugin", "Load certification layers")
DOCK = ("CourseFinderDock", "Find a course")
MESSAGE = ("CertificationPlugin", "The certification cache was cleared.")
LAYER = ("CertificationLayers", "Training centres")
KEPT = ("RefreshTask", "The layers keep their cached data.")
TIP = ("CertificationMapTips", "Next courses")


def catalogue(language: str) -> dict[tuple[str, str], str]:
    """Translations of the committed .ts file, keyed by (context, source)."""
    return {m.key: m.translations[0] for m in read_ts(ts_path(language)) if m.finished}


@pytest.fixture
def user_locale() -> Iterator[QgsSettings]:
    settings = QgsSettings()
    saved = settings.value(LOCALE_SETTING, None)
    yield settings
    if saved is None:
        settings.remove(LOCALE_SETTING)
    else:
        settings.setValue(LOCALE_SETTING, saved)


def start_plugin(qgis_iface: object, tmp_path: Path) -> CertificationPlugin:
    qgis_iface.addPluginToWebMenu.reset_mock()  # type: ignore[attr-defined]
    qgis_iface.messageBar().clear_messages()  # type: ignore[attr-defined]
    plugin = CertificationPlugin(qgis_iface, cache_dir=str(tmp_path / "cache"))
    plugin.initGui()
    return plugin


def shown_menu_titles(qgis_iface: object) -> set[str]:
    calls = qgis_iface.addPluginToWebMenu.call_args_list  # type: ignore[attr-defined]
    return {call.args[0] for call in calls}


def course_finder_title(plugin: CertificationPlugin) -> str:
    titles = [dock.windowTitle() for dock in plugin.dock_widgets()]
    assert titles, "the course finder dock is not registered"
    return titles[0]


def cleared_message(plugin: CertificationPlugin, qgis_iface: object, qtbot: object) -> str:
    """Clear the (empty, temporary) cache and return the message the plugin shows for it."""
    done: list[bool] = []
    plugin.clear_cache(on_done=lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)  # type: ignore[attr-defined]
    bar = qgis_iface.messageBar()  # type: ignore[attr-defined]
    messages = [text for level in bar.messages for text in bar.get_messages(level)]
    assert len(messages) == 1, messages
    return messages[0].split(":", 1)[1]  # pytest-qgis records "title:text"


@pytest.mark.parametrize(
    ("locale_name", "language"),
    [("ro_RO", "ro"), ("sv_FI", "sv"), ("zh-Hant", "zh_TW"), ("zh_HK", "zh_TW")],
)
def test_plugin_in_language(
    locale_name: str,
    language: str,
    user_locale: QgsSettings,
    qgis_iface: object,
    qtbot: object,
    tmp_path: Path,
) -> None:
    expected = catalogue(language)
    for key in (MENU, ACTION, DOCK, MESSAGE, LAYER, KEPT, TIP):
        assert key in expected, f"{key} is not translated into {language}"
        assert expected[key] != key[1], f"{key} is left in English in {language}"

    user_locale.setValue(LOCALE_SETTING, locale_name)
    plugin = start_plugin(qgis_iface, tmp_path)
    try:
        assert shown_menu_titles(qgis_iface) == {expected[MENU]}
        assert plugin.load_layers_action is not None
        assert plugin.load_layers_action.text() == expected[ACTION]
        assert course_finder_title(plugin) == expected[DOCK]
        assert cleared_message(plugin, qgis_iface, qtbot) == expected[MESSAGE]
        # Strings behind the modules' translation helpers: layer names, refresh errors, tips.
        assert layer_title(TRAINING_CENTRES) == expected[LAYER]
        assert expected[KEPT] in describe_error(NetworkError("unreachable", "http://x/"))
        assert expected[TIP] in map_tip_template(TRAINING_CENTRES)
    finally:
        plugin.unload()
    assert QCoreApplication.translate(*MENU) == MENU[1], "translator left installed"


@pytest.mark.parametrize("locale_name", ["en_GB", "pt_BR", "zh_CN", "zh-Hans"])
def test_plugin_stays_english(
    locale_name: str,
    user_locale: QgsSettings,
    qgis_iface: object,
    qtbot: object,
    tmp_path: Path,
) -> None:
    user_locale.setValue(LOCALE_SETTING, locale_name)
    plugin = start_plugin(qgis_iface, tmp_path)
    try:
        assert shown_menu_titles(qgis_iface) == {MENU[1]}
        assert plugin.load_layers_action is not None
        assert plugin.load_layers_action.text() == ACTION[1]
        assert course_finder_title(plugin) == DOCK[1]
        assert cleared_message(plugin, qgis_iface, qtbot) == MESSAGE[1]
    finally:
        plugin.unload()
