"""Names instead of codes in the attribute table, forms and map tips of the layers.

Countries read "Romania (RO)" (QGIS's world map has English names; the code stays, it is what
the feeds and the filter use) and languages in their own words ("svenska"). Both are value
maps on the code columns, built from the values the layer holds, so ``represent_value()`` in
the map tips and the attribute table show the names while the data keeps the codes.
"""

from __future__ import annotations

from typing import Callable, Dict, List

from qgis.core import QgsEditorWidgetSetup, QgsVectorLayer

from ..qgis_io.names import country_label, language_label

_LABELLERS: Dict[str, Callable[[str], str]] = {
    "country_code": country_label,
    "iso2": country_label,
    "language": language_label,
}


def value_map(values: List[str], label: Callable[[str], str]) -> List[Dict[str, str]]:
    """QGIS's ValueMap configuration ({label: value} entries) for ``values``, by label."""
    pairs = sorted({(label(v) or v, v) for v in values if v}, key=lambda p: p[0].casefold())
    return [{name: value} for name, value in pairs]


def show_names(layer: QgsVectorLayer) -> None:
    """Set value maps on the layer's country and language columns for the values it holds."""
    fields = layer.fields()
    for name, label in _LABELLERS.items():
        index = fields.indexOf(name)
        if index < 0:
            continue
        values = [v for v in layer.uniqueValues(index) if isinstance(v, str) and v]
        setup = QgsEditorWidgetSetup("ValueMap", {"map": value_map(values, label)})
        layer.setEditorWidgetSetup(index, setup)
