"""Open one layer with QGIS in a worker thread and describe it; the layer is then dropped.

The check runs inside a ``QgsTask``: layers made here belong to no project and are deleted
before the task ends (their Python wrapper owns them). Default styles are not loaded (a
GeoPackage's ``layer_styles`` table or a ``.qml`` beside the file is not needed to tell
whether the data opens) and CRS validation is skipped, which in QGIS Desktop could otherwise
ask the user for a CRS from this thread.
"""

from __future__ import annotations

from typing import Any, Dict

from qgis.core import QgsRasterLayer, QgsVectorLayer, QgsWkbTypes

from .check_report import short

VECTOR = "vector"
RASTER = "raster"


def _vector_options() -> QgsVectorLayer.LayerOptions:
    options = QgsVectorLayer.LayerOptions(False, False)
    options.skipCrsValidation = True
    return options


def _raster_options() -> QgsRasterLayer.LayerOptions:
    options = QgsRasterLayer.LayerOptions(False)
    options.skipCrsValidation = True
    return options


def probe(
    uri: str, name: str, provider: str, layer_type: str, count: bool = True
) -> Dict[str, Any]:
    """``{"name", "provider", "type", "valid", ...}``: sizes and CRS of a layer that opens.

    ``count`` asks a vector layer for its feature count (cheap for GeoPackage and shapefiles,
    a read of the file for GeoJSON and CSV).
    """
    info: Dict[str, Any] = {"name": short(name), "provider": provider, "type": layer_type}
    if layer_type == RASTER:
        raster = QgsRasterLayer(uri, name, provider, _raster_options())
        info["valid"] = raster.isValid()
        if raster.isValid():
            info["width"] = raster.width()
            info["height"] = raster.height()
            info["bands"] = raster.bandCount()
            info["crs"] = raster.crs().authid() if raster.crs().isValid() else ""
            info["spatial"] = True
        del raster
        return info
    vector = QgsVectorLayer(uri, name, provider, _vector_options())
    info["valid"] = vector.isValid()
    if vector.isValid():
        info["spatial"] = vector.isSpatial()
        info["geometry"] = QgsWkbTypes.displayString(vector.wkbType()) if vector.isSpatial() else ""
        info["crs"] = vector.crs().authid() if vector.crs().isValid() else ""
        if count:
            info["features"] = int(vector.featureCount())
    del vector
    return info
