"""Turn the client's records into Processing features: the output tables' fields and rows.

Field names follow the plugin's cached layers, so a model or script that reads an algorithm's
output and one that reads the layers see the same columns. Text is copied verbatim (it is data,
not markup); web addresses keep only http(s) URLs and e-mail columns only plain addresses, the
same rule as the layers, so nothing downstream turns a ``javascript:`` value into a link.
"""

from __future__ import annotations

from datetime import date
from typing import Dict, Optional, Tuple

from qgis.core import QgsFeature, QgsFields, QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QDate

from ..core.models import Course, Organisation, TrainingCentre
from ..layers.attributes import course_attributes, iso_time, training_centre_attributes
from ..layers.safety import safe_email, safe_location, safe_web_url
from .compat import make_field

FieldSpec = Tuple[Tuple[str, str], ...]

TRAINING_CENTRE_FIELDS: FieldSpec = (
    ("centre_id", "int64"),
    ("name", "string"),
    ("organisation_name", "string"),
    ("organisation_slug", "string"),
    ("country_code", "string"),
    ("address", "string"),
    ("email", "string"),
    ("phone", "string"),
    ("website", "string"),
    ("page_url", "string"),
    ("online", "bool"),
    ("updated_at", "string"),
)

COURSE_FIELDS: FieldSpec = (
    ("course_id", "int64"),
    ("name", "string"),
    ("start_date", "date"),
    ("end_date", "date"),
    ("course_type_name", "string"),
    ("course_type_slug", "string"),
    ("course_convener_name", "string"),
    ("training_centre_name", "string"),
    ("training_centre_id", "int64"),
    ("organisation_name", "string"),
    ("organisation_slug", "string"),
    ("country_code", "string"),
    ("language", "string"),
    ("trained_competence", "string"),
    ("online", "bool"),
    ("page_url", "string"),
    ("updated_at", "string"),
)

ORGANISATION_FIELDS: FieldSpec = (
    ("organisation_id", "int64"),
    ("name", "string"),
    ("slug", "string"),
    ("country_code", "string"),
    ("country_name", "string"),
    ("address", "string"),
    ("email", "string"),
    ("phone", "string"),
    ("website", "string"),
    ("page_url", "string"),
    ("updated_at", "string"),
)


def make_fields(spec: FieldSpec) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(make_field(name, kind))
    return fields


def _qdate(value: Optional[date]) -> QDate:
    return QDate(value.year, value.month, value.day) if value is not None else QDate()


def _feature(
    fields: QgsFields, values: Dict[str, object], location: Optional[Tuple[float, float]]
) -> QgsFeature:
    """A feature with ``values`` by field name; a point geometry or none (online, unknown)."""
    feature = QgsFeature(fields)
    for name, value in values.items():
        feature.setAttribute(name, value)
    point = safe_location(location)
    if point is not None:
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(point[0], point[1])))
    return feature


def training_centre_feature(fields: QgsFields, centre: TrainingCentre) -> QgsFeature:
    values = training_centre_attributes(centre, safe_web_url(centre.web_url))
    return _feature(fields, values, centre.location)


def course_feature(fields: QgsFields, course: Course) -> QgsFeature:
    values = course_attributes(course, safe_web_url(course.web_url))
    values["start_date"] = _qdate(course.start_date)
    values["end_date"] = _qdate(course.end_date)
    return _feature(fields, values, course.location)


def organisation_feature(fields: QgsFields, organisation: Organisation) -> QgsFeature:
    return _feature(
        fields,
        {
            "organisation_id": organisation.id,
            "name": organisation.name,
            "slug": organisation.slug or "",
            "country_code": organisation.country_code,
            "country_name": organisation.country_name,
            "address": organisation.address,
            "email": safe_email(organisation.email),
            "phone": organisation.phone,
            "website": safe_web_url(organisation.url),
            "page_url": safe_web_url(organisation.web_url),
            "updated_at": iso_time(organisation.updated_at),
        },
        None,
    )
