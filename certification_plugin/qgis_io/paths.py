"""Where the plugin keeps its files in the QGIS profile, and where QGIS keeps its world map.

Every other module asks here, so the layers, the HTTP cache and the drafts agree on one folder
and nothing under ``qgis_io`` has to import from ``layers``.
"""

from __future__ import annotations

import os

from qgis.core import QgsApplication


def default_cache_dir() -> str:
    """``<profile>/certification``: the plugin's folder in the active user profile."""
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "certification")


def default_cache_path() -> str:
    """The GeoPackage the certification layers read."""
    return os.path.join(default_cache_dir(), "cache.gpkg")


def world_map_path() -> str:
    """QGIS's bundled Natural Earth world map (table ``countries``)."""
    return os.path.join(QgsApplication.pkgDataPath(), "resources", "data", "world_map.gpkg")
