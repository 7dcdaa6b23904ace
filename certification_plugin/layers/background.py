"""A light country background under the certification layers when a project has none.

Loading the layers into an empty project would leave points floating on white. The plugin
then adds QGIS's bundled world map (``countries``), drawn in a light fill with thin outlines,
at the bottom of its group. It is marked with a custom property so it is found again (and
never added twice), and it is not added to a project that already has layers of its own.
"""

from __future__ import annotations

import os
from typing import Optional

from qgis.core import (
    QgsFillSymbol,
    QgsLayerTreeGroup,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..qgis_io.paths import world_map_path

BACKGROUND_PROPERTY = "certification_plugin/background"
FILL_COLOUR = "#f2efe9"
OUTLINE_COLOUR = "#b8b2a7"
OUTLINE_WIDTH_MM = "0.2"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CertificationLayers", text)


def background_title() -> str:
    return _tr("Countries (background)")


def find_background(project: QgsProject) -> Optional[QgsVectorLayer]:
    """The background layer the plugin added to ``project``, if it is still there."""
    for layer in project.mapLayers().values():
        if layer.customProperty(BACKGROUND_PROPERTY) and isinstance(layer, QgsVectorLayer):
            return layer
    return None


def create_background(world_map: Optional[str] = None) -> Optional[QgsVectorLayer]:
    """The styled country layer, or None when QGIS's world map is not installed."""
    path = world_map or world_map_path()
    if not os.path.isfile(path):
        return None
    layer = QgsVectorLayer(f"{path}|layername=countries", background_title(), "ogr")
    if not layer.isValid():
        return None
    symbol = QgsFillSymbol.createSimple(
        {
            "color": FILL_COLOUR,
            "outline_color": OUTLINE_COLOUR,
            "outline_width": OUTLINE_WIDTH_MM,
            "outline_width_unit": "MM",
        }
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setCustomProperty(BACKGROUND_PROPERTY, True)
    layer.setReadOnly(True)
    return layer


def add_background(
    project: QgsProject, group: QgsLayerTreeGroup, world_map: Optional[str] = None
) -> Optional[QgsVectorLayer]:
    """Add the background as the last layer of ``group`` (under the certification layers);
    the existing one when the project has it already."""
    existing = find_background(project)
    if existing is not None:
        return existing
    layer = create_background(world_map)
    if layer is None:
        return None
    project.addMapLayer(layer, False)
    group.addLayer(layer)
    return layer
