"""Legend labels of the graduated "Certified organisations" layer, in the current language.

The class bounds come from ``styles/certified_organisations.qml``; the labels are written here
from those bounds each time the layer is added, repointed or its project opens, so the legend
follows the interface language instead of the English frozen into the style.
"""

from __future__ import annotations

import math
from typing import Optional

from qgis.core import QgsGraduatedSymbolRenderer, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

OPEN_ENDED = 10000.0
"""An upper bound at or above this means "or more" (the style's last class ends at 100000.5)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("CertificationLegend", text)


def range_label(lower: float, upper: float) -> str:
    """The label of a class of whole counts between ``lower`` and ``upper`` (bounds at .5)."""
    low, high = math.ceil(lower), math.floor(upper)
    if upper >= OPEN_ENDED:
        return _tr("{n} or more").format(n=low)
    if low >= high:
        return str(low)
    return _tr("{low} to {high}").format(low=low, high=high)


def translate_range_labels(layer: QgsVectorLayer) -> bool:
    """Relabel the layer's graduated classes; True when the legend changed."""
    renderer: Optional[QgsGraduatedSymbolRenderer] = layer.renderer()
    if not isinstance(renderer, QgsGraduatedSymbolRenderer):
        return False
    ranges = renderer.ranges()
    labels = [range_label(r.lowerValue(), r.upperValue()) for r in ranges]
    if labels == [r.label() for r in ranges]:
        return False
    updated = renderer.clone()
    for index, label in enumerate(labels):
        updated.updateRangeLabel(index, label)
    # A new renderer (not an edit in place) so the layer tree redraws the legend.
    layer.setRenderer(updated)
    return True
