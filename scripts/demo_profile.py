"""Prepare a separate QGIS profile for the demo: plugin linked in, enabled, pointed at a server.

The user's own QGIS profiles are never touched: the demo profile lives under
``var/qgis-demo/`` and QGIS is started with ``--profiles-path`` pointing there. The profile also
turns off what would greet a new user before the map (version check, plugin update check, news
feed fetched from the internet, tips), so a newcomer and the GUI test see QGIS's main window
and nothing else. ``--locale zh-Hant`` (or ``zh_TW``, ``ro``, ``sv``, ``en``...) sets QGIS's
interface language for the screenshots.

    .venv/bin/python scripts/demo_profile.py --server http://127.0.0.1:8000 [--locale zh-Hant]
"""

from __future__ import annotations

import argparse
import configparser
import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROFILE = "certification-demo"

#: Spellings a user may type, mapped to the locale names QGIS's translations use.
LOCALE_ALIASES = {
    "zh-hant": "zh-Hant",
    "zh_hant": "zh-Hant",
    "zh-tw": "zh-Hant",
    "zh_tw": "zh-Hant",
}

#: Settings that keep a fresh profile quiet; QGIS reads them at start-up (``[section] key``).
QUIET_SETTINGS = {
    # No "a new QGIS version is available" bar; no tips.
    "qgis": {"checkVersion": "false", "showTips": "false"},
    # The plugin manager does not fetch the plugin repository at start-up.
    "app": {"plugin_installer\\checkOnStart": "false"},
    # The welcome page does not fetch QGIS's news feed (https://feed.qgis.org/): the demo needs
    # no internet. QGIS 3.22 keys the flag as NewsFeed/<url letters>, later versions without.
    "core": {
        "NewsFeed\\httpsfeedqgisorg\\disabled": "true",
        "httpsfeedqgisorg\\disabled": "true",
    },
    "UI": {"hidetour": "true"},
}


def normalise_locale(value: str) -> str:
    """``zh_TW`` -> ``zh-Hant``; other codes are kept as given (``ro``, ``sv``, ``en_US``)."""
    return LOCALE_ALIASES.get(value.strip().lower(), value.strip())


def prepare(profiles_path: Path, server_url: str, locale: str | None = None) -> Path:
    profile = profiles_path / "profiles" / PROFILE
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    link = plugins / "certification_plugin"
    if link.is_symlink():
        link.unlink()
    if not link.exists():
        os.symlink(REPO / "certification_plugin", link, target_is_directory=True)

    ini_path = profile / "QGIS" / "QGIS3.ini"
    ini_path.parent.mkdir(parents=True, exist_ok=True)
    ini = configparser.RawConfigParser(interpolation=None)
    ini.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    if ini_path.exists():
        ini.read(ini_path, encoding="utf-8")
    values: dict[str, dict[str, str]] = {
        "PythonPlugins": {"certification_plugin": "true"},
        "certification_plugin": {"server_url": server_url},
        **QUIET_SETTINGS,
    }
    if locale is not None:
        chosen = normalise_locale(locale)
        if chosen:
            values["locale"] = {
                "overrideFlag": "true",
                "userLocale": chosen,
                "globalLocale": chosen,
            }
        else:  # QGIS follows the system's language (and writes it back at start-up)
            values["locale"] = {"overrideFlag": "false"}
            for key in ("userLocale", "globalLocale"):
                if ini.has_section("locale"):
                    ini.remove_option("locale", key)
    for section, entries in values.items():
        if not ini.has_section(section):
            ini.add_section(section)
        for key, value in entries.items():
            ini.set(section, key, value)
    with open(ini_path, "w", encoding="utf-8") as handle:
        ini.write(handle, space_around_delimiters=False)
    return profile


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--profiles-path", default=str(REPO / "var" / "qgis-demo"))
    parser.add_argument("--server", default="http://127.0.0.1:8000")
    parser.add_argument(
        "--locale",
        default=None,
        help="QGIS interface language, e.g. en, ro, sv, zh-Hant (zh_TW); '' follows the system",
    )
    args = parser.parse_args()
    print(prepare(Path(args.profiles_path), args.server, args.locale))


if __name__ == "__main__":
    main()
