"""Which translation the plugin installs for a QGIS locale, and that it is removed again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from certification_plugin.qgis_io import translation
from tools import i18n


@pytest.mark.parametrize(
    ("locale_name", "expected"),
    [
        ("ro", "ro"),
        ("ro_RO", "ro"),
        ("ro-MD", "ro"),
        ("sv", "sv"),
        ("sv_SE", "sv"),
        ("sv_FI", "sv"),
        ("sv_FI.UTF-8", "sv"),
        ("zh_TW", "zh_TW"),
        ("zh-TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_MO", "zh_TW"),
        ("zh-Hant", "zh_TW"),
        ("zh_Hant_HK", "zh_TW"),
        ("zh-Hans", None),
        ("zh_CN", None),
        ("zh_SG", None),
        ("zh", None),
        ("pt_BR", None),
        ("en_US", None),
        ("C", None),
        ("", None),
        (None, None),
        ("  _ ", None),
    ],
)
def test_language_for_locale(locale_name: str | None, expected: str | None) -> None:
    assert translation.language_for_locale(locale_name) == expected


@pytest.fixture
def locale_setting() -> Iterator[QgsSettings]:
    settings = QgsSettings()
    saved = settings.value(translation.LOCALE_SETTING, None)
    yield settings
    if saved is None:
        settings.remove(translation.LOCALE_SETTING)
    else:
        settings.setValue(translation.LOCALE_SETTING, saved)


def test_user_locale_reads_the_qgis_setting(locale_setting: QgsSettings) -> None:
    locale_setting.setValue(translation.LOCALE_SETTING, "sv_FI")
    assert translation.user_locale() == "sv_FI"


def test_user_locale_falls_back_to_system_locale(locale_setting: QgsSettings) -> None:
    from qgis.PyQt.QtCore import QLocale

    locale_setting.remove(translation.LOCALE_SETTING)
    assert translation.user_locale() == QLocale().name()
    locale_setting.setValue(translation.LOCALE_SETTING, "")
    assert translation.user_locale() == QLocale().name()
    locale_setting.setValue(translation.LOCALE_SETTING, 42)  # not text: ignored
    assert translation.user_locale() == QLocale().name()


@pytest.fixture
def compiled_catalogue(tmp_path: Path) -> Path:
    """A .qm translating one string into Swedish, made with the real lrelease."""
    ts = tmp_path / "certification_plugin_sv.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="sv_SE"><context><name>LocaleProbe</name>'
        "<message><source>Find a course</source><translation>Hitta en kurs</translation>"
        "</message></context></TS>\n",
        encoding="utf-8",
    )
    i18n.compile_ts(ts, tmp_path / "certification_plugin_sv.qm")
    return tmp_path


def _probe() -> str:
    return QCoreApplication.translate("LocaleProbe", "Find a course")


def test_install_and_remove_translator(compiled_catalogue: Path) -> None:
    assert _probe() == "Find a course"
    translator = translation.install_translator("sv_FI", str(compiled_catalogue))
    try:
        assert translator is not None
        assert _probe() == "Hitta en kurs"
    finally:
        translation.remove_translator(translator)
    assert _probe() == "Find a course"


def test_english_and_missing_catalogues_install_nothing(compiled_catalogue: Path) -> None:
    assert translation.install_translator("pt_BR", str(compiled_catalogue)) is None
    assert translation.install_translator("ro_RO", str(compiled_catalogue)) is None  # no ro.qm
    translation.remove_translator(None)  # harmless
    assert _probe() == "Find a course"


def test_default_locale_comes_from_settings(
    compiled_catalogue: Path, locale_setting: QgsSettings
) -> None:
    locale_setting.setValue(translation.LOCALE_SETTING, "sv")
    translator = translation.install_translator(i18n_dir=str(compiled_catalogue))
    try:
        assert _probe() == "Hitta en kurs"
    finally:
        translation.remove_translator(translator)
