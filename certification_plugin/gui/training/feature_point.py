"""A training centre's point from a feature the user selected on any layer.

A point is taken as it is (the first of a multipoint), a line or polygon by its centroid;
then transformed from the layer's CRS to EPSG:4326 with the project's datum transformations.
"""

from __future__ import annotations

from typing import Optional, Tuple

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsMapLayer,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..map_focus import wgs84

LonLat = Tuple[float, float]
# QGIS 3.30 moved the geometry types to ``Qgis.GeometryType``; 3.22 has only QgsWkbTypes'.
POINT_TYPE = (
    Qgis.GeometryType.Point  # type: ignore[attr-defined]
    if hasattr(Qgis, "GeometryType")
    else QgsWkbTypes.GeometryType.PointGeometry
)


def geometry_point(geometry: QgsGeometry) -> Optional[QgsGeometry]:
    """The geometry's point: itself, a multipoint's first part, else the centroid."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if geometry.type() == POINT_TYPE:
        if geometry.isMultipart():
            points = geometry.asMultiPoint()
            return QgsGeometry.fromPointXY(points[0]) if points else None
        return QgsGeometry(geometry)
    centroid = geometry.centroid()
    return None if centroid.isNull() or centroid.isEmpty() else centroid


def selected_lon_lat(
    layer: Optional[QgsMapLayer], project: Optional[QgsProject] = None
) -> Optional[LonLat]:
    """(lon, lat) of the layer's first selected feature; None when there is none (no vector
    layer, nothing selected, no geometry) or it cannot be transformed."""
    if not isinstance(layer, QgsVectorLayer) or layer.selectedFeatureCount() == 0:
        return None
    project = project or QgsProject.instance()
    for feature in layer.selectedFeatures():
        point = geometry_point(feature.geometry())
        if point is None:
            continue
        transform = QgsCoordinateTransform(layer.crs(), wgs84(), project.transformContext())
        try:
            point.transform(transform)
        except QgsCsException:
            return None
        xy = point.asPoint()
        return (xy.x(), xy.y())
    return None
