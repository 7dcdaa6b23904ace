"""PluginSettings: typed round trips, validation, safe fallbacks, nothing secret stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QSettings

from certification_plugin.qgis_io.settings import (
    DEFAULT_CACHE_MAX_AGE_HOURS,
    DEFAULT_REQUEST_TIMEOUT_S,
    DEFAULT_SERVER_URL,
    PREFIX,
    PluginSettings,
    SettingsError,
    normalise_server_url,
)


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "QGIS3.ini"


def store(ini: Path) -> QgsSettings:
    return QgsSettings(str(ini), QSettings.Format.IniFormat)


def test_defaults_when_nothing_is_stored(ini: Path) -> None:
    settings = PluginSettings(store(ini))
    assert settings.server_url == DEFAULT_SERVER_URL == "https://certification.qgis.org"
    assert settings.authcfg == ""
    assert settings.cache_max_age_hours == DEFAULT_CACHE_MAX_AGE_HOURS
    assert settings.request_timeout_s == DEFAULT_REQUEST_TIMEOUT_S
    assert settings.countries == []


def test_values_survive_a_new_settings_object_on_the_same_file(ini: Path) -> None:
    first = PluginSettings(store(ini))
    first.server_url = "http://127.0.0.1:8000/"
    first.authcfg = "ab12cd3"
    first.cache_max_age_hours = 6
    first.request_timeout_s = 45
    first.countries = "ro, se ,RO"
    first.sync()

    second = PluginSettings(store(ini))
    assert second.server_url == "http://127.0.0.1:8000"
    assert second.authcfg == "ab12cd3"
    assert second.cache_max_age_hours == 6
    assert second.request_timeout_s == 45
    assert second.countries == ["RO", "SE"]
    text = ini.read_text()
    assert "certification_plugin" in text and "server_url" in text


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("certification.qgis.org", "https://certification.qgis.org"),
        ("https://Certification.QGIS.org/en/", "https://certification.qgis.org"),
        ("  http://localhost:8000  ", "http://localhost:8000"),
        ("https://example.org/certification/", "https://example.org/certification"),
    ],
)
def test_server_url_is_normalised(typed: str, stored: str) -> None:
    assert normalise_server_url(typed) == stored


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "ftp://certification.qgis.org",
        "javascript:alert(1)",
        "https://user:secret@certification.qgis.org",
        "https://certification.qgis.org/?token=abc",
        "https://certification.qgis.org/#top",
        "http://",
        "https://exa mple.org",
        "https://example.org:99999",
    ],
)
def test_invalid_server_urls_are_refused_and_not_stored(ini: Path, bad: str) -> None:
    settings = PluginSettings(store(ini))
    settings.server_url = "https://example.org"
    with pytest.raises(SettingsError) as info:
        settings.server_url = bad
    assert str(info.value)  # a sentence the options page can show
    assert settings.server_url == "https://example.org"


def test_credentials_in_the_url_never_reach_the_settings_file(ini: Path) -> None:
    settings = PluginSettings(store(ini))
    with pytest.raises(SettingsError):
        settings.server_url = "https://alice:hunter2@example.org"
    settings.sync()
    assert not ini.exists() or "hunter2" not in ini.read_text()


@pytest.mark.parametrize("bad", ["abc", "toolongid", "ab-12cd", "Token abc123"])
def test_authcfg_must_be_a_configuration_id(ini: Path, bad: str) -> None:
    settings = PluginSettings(store(ini))
    with pytest.raises(SettingsError):
        settings.authcfg = bad
    assert settings.authcfg == ""


@pytest.mark.parametrize(
    ("name", "bad"),
    [
        ("cache_max_age_hours", -1),
        ("cache_max_age_hours", 24 * 366),
        ("cache_max_age_hours", "soon"),
        ("request_timeout_s", 1),
        ("request_timeout_s", 601),
        ("request_timeout_s", None),
    ],
)
def test_numbers_out_of_range_are_refused(ini: Path, name: str, bad: object) -> None:
    settings = PluginSettings(store(ini))
    before = getattr(settings, name)
    with pytest.raises(SettingsError):
        setattr(settings, name, bad)
    assert getattr(settings, name) == before


def test_countries_reject_anything_but_two_letter_codes(ini: Path) -> None:
    settings = PluginSettings(store(ini))
    with pytest.raises(SettingsError) as info:
        settings.countries = ["RO", "ROU"]
    assert "ROU" in str(info.value)
    settings.countries = ["se", "", " ro "]
    assert settings.countries == ["SE", "RO"]
    settings.countries = ""
    assert settings.countries == []


def test_garbage_written_by_hand_falls_back_to_defaults(ini: Path) -> None:
    raw = store(ini)
    raw.setValue(PREFIX + "server_url", "not a url at all")
    raw.setValue(PREFIX + "authcfg", "x y z")
    raw.setValue(PREFIX + "cache_max_age_hours", "lots")
    raw.setValue(PREFIX + "request_timeout_s", "-5")
    raw.setValue(PREFIX + "countries", "RO,<script>")
    raw.sync()
    settings = PluginSettings(store(ini))
    assert settings.server_url == DEFAULT_SERVER_URL
    assert settings.authcfg == ""
    assert settings.cache_max_age_hours == DEFAULT_CACHE_MAX_AGE_HOURS
    assert settings.request_timeout_s == DEFAULT_REQUEST_TIMEOUT_S
    assert settings.countries == []


def test_reset_forgets_only_the_plugin_keys(ini: Path) -> None:
    raw = store(ini)
    raw.setValue("other_plugin/key", "kept")
    settings = PluginSettings(raw)
    settings.server_url = "https://example.org"
    settings.reset()
    assert settings.server_url == DEFAULT_SERVER_URL
    assert raw.value("other_plugin/key") == "kept"


def test_country_background_is_on_by_default_and_can_be_turned_off(ini: Path) -> None:
    first = PluginSettings(store(ini))
    assert first.country_background is True
    first.country_background = False
    first.sync()
    assert PluginSettings(store(ini)).country_background is False
    first.country_background = True
    first.sync()
    assert PluginSettings(store(ini)).country_background is True


@pytest.mark.parametrize(("raw", "expected"), [("false", False), ("0", False), ("junk", True)])
def test_country_background_read_from_hand_written_values(
    ini: Path, raw: str, expected: bool
) -> None:
    settings = store(ini)
    settings.setValue(PREFIX + "country_background", raw)
    settings.sync()
    assert PluginSettings(store(ini)).country_background is expected
