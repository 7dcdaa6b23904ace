"""The PSC's map: applications under review per country, overdue ones highlighted.

``build_features(counts)`` reads the countries' outlines from QGIS's bundled world map with
its own OGR connection (any thread: the dock runs it in a task; a detailed outline is a few
hundred kilobytes of WKB). ``make_layer(rows)`` builds the memory layer on the main thread,
where layers are made for the project: fields ``country`` (ISO code), ``count`` and
``overdue``, a rule-based style (countries with an overdue application in red with a heavy
outline, the others in oranges by count) and the count as a label, so the committee sees at
a glance where reviews stall.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Mapping, Optional, Tuple

from osgeo import ogr
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsPalLayerSettings,
    QgsRuleBasedRenderer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QCoreApplication, QMetaType, QVariant
from qgis.PyQt.QtGui import QColor

from ..core.review_queue import CountryCount
from .paths import world_map_path

OVERDUE_FILL = "#d7301f"
OVERDUE_OUTLINE = "#67000d"
COUNT_FILLS = (("#fdd49e", 1, 1), ("#fc8d59", 2, 3), ("#b30000", 4, None))
"""(fill, lowest count, highest count or None) of the countries without overdue reviews."""


_USES_METATYPE = Qgis.versionInt() >= 33800


def _field(name: str, kind: str) -> QgsField:
    """A string or int field, spelled as this QGIS wants (``QMetaType`` from 3.38)."""
    if _USES_METATYPE:
        return QgsField(name, QMetaType.Type.QString if kind == "string" else QMetaType.Type.Int)
    return QgsField(name, QVariant.Type.String if kind == "string" else QVariant.Type.Int)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewMap", text)


def layer_name() -> str:
    """The layer's name in the interface language."""
    return _tr("Applications under review")


@dataclass(frozen=True)
class CountryShape:
    country: str
    count: int
    overdue: int
    wkb: bytes


@dataclass(frozen=True)
class MapRows:
    rows: Tuple[CountryShape, ...]
    missing: Tuple[str, ...]
    """Codes the world map has no outline for (they are left off the map)."""


def build_features(counts: Mapping[str, CountryCount], path: Optional[str] = None) -> MapRows:
    """The outlines of the counted countries (one multipolygon per code, parts merged)."""
    wanted = {code.upper(): entry for code, entry in counts.items() if code}
    # Codes come from the network and go into an OGR filter: two letters or nothing.
    known = sorted(code for code in wanted if len(code) == 2 and code.isascii() and code.isalpha())
    shapes: Dict[str, ogr.Geometry] = {}
    if known:
        dataset = ogr.Open(path or world_map_path(), 0)
        layer = dataset.GetLayerByName("countries") if dataset is not None else None
        if layer is not None:
            quoted = ",".join(f"'{code}'" for code in known)
            layer.SetAttributeFilter(f"iso_a2 IN ({quoted})")
            for feature in layer:
                code = (feature.GetField("iso_a2") or "").strip().upper()
                geometry = feature.GetGeometryRef()
                if code not in wanted or geometry is None:
                    continue
                geometry = geometry.Clone()
                shapes[code] = shapes[code].Union(geometry) if code in shapes else geometry
    rows: List[CountryShape] = []
    for code in sorted(wanted):
        if code not in shapes:
            continue
        geometry = ogr.ForceToMultiPolygon(shapes[code])
        entry = wanted[code]
        rows.append(CountryShape(code, entry.count, entry.overdue, bytes(geometry.ExportToWkb())))
    return MapRows(tuple(rows), tuple(code for code in sorted(wanted) if code not in shapes))


def _fill(colour: str, outline: str, width: float) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple(
        {
            "color": colour,
            "outline_color": outline,
            "outline_width": str(width),
            "outline_width_unit": "MM",
        }
    )


def _renderer() -> QgsRuleBasedRenderer:
    root = QgsRuleBasedRenderer.Rule(None)
    overdue = QgsRuleBasedRenderer.Rule(
        _fill(OVERDUE_FILL, OVERDUE_OUTLINE, 0.8),
        filterExp='"overdue" > 0',
        label=_tr("With overdue reviews"),
    )
    root.appendChild(overdue)
    labels = {
        1: _tr("1 application"),
        2: _tr("2 or 3 applications"),
        4: _tr("4 or more applications"),
    }
    for colour, low, high in COUNT_FILLS:
        expression = f'"overdue" = 0 AND "count" >= {low}'
        if high is not None:
            expression += f' AND "count" <= {high}'
        root.appendChild(
            QgsRuleBasedRenderer.Rule(
                _fill(colour, "#7f2704", 0.26), filterExp=expression, label=labels[low]
            )
        )
    return QgsRuleBasedRenderer(root)


def _labeling() -> QgsVectorLayerSimpleLabeling:
    settings = QgsPalLayerSettings()
    settings.fieldName = "count"
    text = QgsTextFormat()
    text.setSize(10)
    text.setColor(QColor("#1a1a1a"))
    buffer = text.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def make_layer(found: MapRows, name: str) -> QgsVectorLayer:
    """The memory layer of ``found`` (main thread), styled and labelled."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes(
        [
            _field("country", "string"),
            _field("count", "int"),
            _field("overdue", "int"),
        ]
    )
    layer.updateFields()
    features = []
    for row in found.rows:
        feature = QgsFeature(layer.fields())
        geometry = QgsGeometry()
        geometry.fromWkb(row.wkb)
        feature.setGeometry(geometry)
        feature.setAttributes([row.country, row.count, row.overdue])
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    layer.setRenderer(_renderer())
    layer.setLabeling(_labeling())
    layer.setLabelsEnabled(True)
    layer.setMapTipTemplate(
        '[% "country" %]: [% "count" %] '
        + _tr("under review")
        + ', [% "overdue" %] '
        + _tr("overdue")
    )
    return layer
