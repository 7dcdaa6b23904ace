"""Enum and field-type spellings that differ between QGIS 3.22 and QGIS 3.3x/4.

QGIS moved many enums into ``Qgis`` (3.30 to 3.36) and field types from ``QVariant.Type`` to
``QMetaType.Type`` (3.38; the only form in QGIS 4). The algorithms ask this module instead of
spelling either form, so one code base runs from 3.22 to 4.x.
"""

from __future__ import annotations

from typing import Any

from qgis.core import (
    Qgis,
    QgsField,
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType, QVariant

_USES_METATYPE = Qgis.versionInt() >= 33800

_METATYPE_NAMES = {
    "string": "QString",
    "int": "Int",
    "int64": "LongLong",
    "bool": "Bool",
    "date": "QDate",
    "datetime": "QDateTime",
}
_VARIANT_NAMES = {
    "string": "String",
    "int": "Int",
    "int64": "LongLong",
    "bool": "Bool",
    "date": "Date",
    "datetime": "DateTime",
}


def make_field(name: str, kind: str) -> QgsField:
    """A ``QgsField`` of ``kind`` (string, int, int64, bool, date, datetime)."""
    if _USES_METATYPE:
        return QgsField(name, getattr(QMetaType.Type, _METATYPE_NAMES[kind]))
    return QgsField(name, getattr(QVariant.Type, _VARIANT_NAMES[kind]))


def _wkb(name: str) -> Any:
    holder = getattr(Qgis, "WkbType", None)
    return getattr(holder, name) if holder is not None else getattr(QgsWkbTypes.Type, name)


def wkb_point() -> Any:
    return _wkb("Point")


def wkb_no_geometry() -> Any:
    return _wkb("NoGeometry")


def _source_type(new_name: str, old_name: str) -> Any:
    holder = getattr(Qgis, "ProcessingSourceType", None)
    if holder is not None:
        return getattr(holder, new_name)
    return getattr(QgsProcessing.SourceType, old_name)


def source_points() -> Any:
    return _source_type("VectorPoint", "TypeVectorPoint")


def source_table() -> Any:
    """Features without geometry (what Processing calls a table)."""
    return _source_type("Vector", "TypeVector")


def optional_flag() -> Any:
    holder = getattr(Qgis, "ProcessingParameterFlag", None)
    if holder is not None:
        return holder.Optional
    return QgsProcessingParameterDefinition.Flag.FlagOptional
