"""Bring a cached feature into view on the map canvas and flash it.

Cache geometries are EPSG:4326; the canvas may use any CRS, so points and extents are
transformed with the project's transform context. When the feature's layer is in the
project, its own feature is flashed (QGIS transforms it); otherwise the geometry itself.
"""

from __future__ import annotations

from typing import Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapCanvas

WGS84 = "EPSG:4326"
FOCUS_SCALE = 250000.0
"""Scale a point is shown at when the map shows a larger area (about a city and its region)."""
EXTENT_MARGIN = 1.1

LonLat = Tuple[float, float]
Extent = Tuple[float, float, float, float]


def wgs84() -> QgsCoordinateReferenceSystem:
    return QgsCoordinateReferenceSystem(WGS84)


def to_canvas(canvas: QgsMapCanvas, project: Optional[QgsProject] = None) -> QgsCoordinateTransform:
    """EPSG:4326 → the canvas CRS, with the project's datum transformations."""
    project = project or QgsProject.instance()
    destination = canvas.mapSettings().destinationCrs()
    return QgsCoordinateTransform(wgs84(), destination, project.transformContext())


def canvas_centre_lon_lat(
    canvas: QgsMapCanvas, project: Optional[QgsProject] = None
) -> Optional[LonLat]:
    """The centre of the visible map in (lon, lat), ``None`` when it cannot be transformed."""
    project = project or QgsProject.instance()
    source = canvas.mapSettings().destinationCrs()
    centre = canvas.extent().center()
    if not source.isValid():
        return None
    transform = QgsCoordinateTransform(source, wgs84(), project.transformContext())
    try:
        point = transform.transform(centre)
    except QgsCsException:
        return None
    return (point.x(), point.y())


def focus_point(
    canvas: QgsMapCanvas,
    lon_lat: LonLat,
    layer: Optional[QgsVectorLayer] = None,
    fid: Optional[int] = None,
    project: Optional[QgsProject] = None,
) -> bool:
    """Centre on the point, zoom in to ``FOCUS_SCALE`` if farther out, flash; False on failure."""
    try:
        point = to_canvas(canvas, project).transform(QgsPointXY(lon_lat[0], lon_lat[1]))
    except QgsCsException:
        return False
    canvas.setCenter(point)
    if canvas.scale() > FOCUS_SCALE:
        canvas.zoomScale(FOCUS_SCALE)
    canvas.refresh()
    _flash(canvas, QgsGeometry.fromPointXY(QgsPointXY(lon_lat[0], lon_lat[1])), layer, fid)
    return True


def focus_extent(
    canvas: QgsMapCanvas,
    extent: Extent,
    layer: Optional[QgsVectorLayer] = None,
    fid: Optional[int] = None,
    project: Optional[QgsProject] = None,
) -> bool:
    """Zoom to an EPSG:4326 extent (a country), flash the feature; False on failure."""
    rectangle = QgsRectangle(*extent)
    try:
        target = to_canvas(canvas, project).transformBoundingBox(rectangle)
    except QgsCsException:
        return False
    target.scale(EXTENT_MARGIN)
    canvas.setExtent(target)
    canvas.refresh()
    _flash(canvas, QgsGeometry.fromRect(rectangle), layer, fid)
    return True


def _flash(
    canvas: QgsMapCanvas,
    geometry: QgsGeometry,
    layer: Optional[QgsVectorLayer],
    fid: Optional[int],
) -> None:
    if layer is not None and fid is not None:
        canvas.flashFeatureIds(layer, [fid])
    else:
        canvas.flashGeometries([geometry], wgs84())
