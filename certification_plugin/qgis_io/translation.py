"""Which translation of the plugin to load, and installing/removing its Qt translator.

QGIS writes the interface language it uses to the setting ``locale/userLocale`` (also when the
user did not override the system locale), in forms such as ``sv``, ``sv_FI``, ``ro_RO``,
``zh-Hant`` or ``zh_TW``. We ship ``ro``, ``sv`` and ``zh_TW`` (Traditional Chinese): regional
variants of Romanian and Swedish use them, Chinese in the Traditional script (Taiwan, Hong Kong,
Macau, ``zh-Hant``) uses ``zh_TW``; Simplified Chinese and every other language stay English
rather than getting a translation in a script or language the user did not choose.
"""

from __future__ import annotations

import os
from typing import Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

SUPPORTED_LANGUAGES = ("ro", "sv", "zh_TW")
I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "i18n")
LOCALE_SETTING = "locale/userLocale"

_TRADITIONAL_CHINESE_REGIONS = frozenset({"tw", "hk", "mo"})


def language_for_locale(locale_name: Optional[str]) -> Optional[str]:
    """The shipped language for a locale name, or None for English.

    >>> language_for_locale("sv_FI"), language_for_locale("zh-Hant"), language_for_locale("zh_CN")
    ('sv', 'zh_TW', None)
    """
    if not locale_name:
        return None
    # "sv_FI.UTF-8", "sr_RS@latin", "zh-Hant-TW" -> parts ["sv", "fi"], ["zh", "hant", "tw"]
    name = locale_name.strip().split(".")[0].split("@")[0].replace("-", "_")
    parts = [part.lower() for part in name.split("_") if part]
    if not parts:
        return None
    language, rest = parts[0], parts[1:]
    if language == "zh":
        if "hant" in rest:
            return "zh_TW"
        if "hans" in rest:
            return None
        if rest and rest[0] in _TRADITIONAL_CHINESE_REGIONS:
            return "zh_TW"
        return None
    if language in ("ro", "sv"):
        return language
    return None


def user_locale(settings: Optional[QgsSettings] = None) -> str:
    """QGIS's interface locale; the system locale when the setting is unset or not text."""
    value = (settings or QgsSettings()).value(LOCALE_SETTING, "")
    if isinstance(value, str) and value.strip():
        return value.strip()
    return QLocale().name()


def qm_file(language: str, i18n_dir: str = I18N_DIR) -> str:
    return os.path.join(i18n_dir, f"certification_plugin_{language}.qm")


def install_translator(
    locale_name: Optional[str] = None, i18n_dir: str = I18N_DIR
) -> Optional[QTranslator]:
    """Install the translator for `locale_name` (default: QGIS's locale).

    Returns the installed translator, which the caller keeps (Qt does not own it) and passes
    to ``remove_translator`` on unload; None when the plugin stays English.
    """
    language = language_for_locale(locale_name if locale_name is not None else user_locale())
    if language is None:
        return None
    path = qm_file(language, i18n_dir)
    if not os.path.isfile(path):
        return None
    translator = QTranslator()
    if not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: Optional[QTranslator]) -> None:
    """Undo ``install_translator``; safe to call with None."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
