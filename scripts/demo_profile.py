"""Prepare a separate QGIS profile for the demo: plugin linked in, enabled, pointed at a server.

The user's own QGIS profiles are never touched: the demo profile lives under
``var/qgis-demo/`` and QGIS is started with ``--profiles-path`` pointing there.
"""

from __future__ import annotations

import argparse
import configparser
import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROFILE = "certification-demo"


def prepare(profiles_path: Path, server_url: str) -> Path:
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
    ini = configparser.RawConfigParser()
    ini.optionxform = str  # QGIS keys are case-sensitive
    if ini_path.exists():
        ini.read(ini_path, encoding="utf-8")
    values = {
        "PythonPlugins": {"certification_plugin": "true"},
        "certification_plugin": {"server_url": server_url},
        "qgis": {"checkVersion": "false", "showTips": "false"},
        "UI": {"hidetour": "true"},
    }
    for section, entries in values.items():
        if not ini.has_section(section):
            ini.add_section(section)
        for key, value in entries.items():
            ini.set(section, key, value)
    with open(ini_path, "w", encoding="utf-8") as handle:
        ini.write(handle, space_around_delimiters=False)
    return profile


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles-path", default=str(REPO / "var" / "qgis-demo"))
    parser.add_argument("--server", default="http://127.0.0.1:8000")
    args = parser.parse_args()
    print(prepare(Path(args.profiles_path), args.server))


if __name__ == "__main__":
    main()
