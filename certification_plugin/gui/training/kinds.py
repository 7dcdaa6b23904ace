"""The four kinds of records the training dock manages, as data: which client calls list,
create, update and delete them, how a form's values become the request and a record becomes
the form's values, and how a record is named in its list.

Records are ``core.training``'s (``Record``: centres, course types, conveners; ``Course``),
read through ``panel_helpers.value`` so a plain dict of the API works as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Dict, Mapping

from qgis.PyQt.QtCore import QCoreApplication

from ...core import training_spec
from .panel_helpers import text, value

CENTRE = "centre"
COURSE_TYPE = "course_type"
CONVENER = "convener"
COURSE = "course"


def _tr(text_: str) -> str:
    return QCoreApplication.translate("TrainingDock", text_)


def document(record: Any) -> Mapping[str, Any]:
    """The server's document of a record (``data``), or the record when it is a dict."""
    if isinstance(record, Mapping):
        return record
    data = getattr(record, "data", None)
    return data if isinstance(data, Mapping) else {}


def key_of(record: Any) -> Any:
    """The record's key: ``key`` (id, or slug of a course type) or ``id``."""
    found = value(record, "key")
    return found if found is not None else value(record, "id")


def _centre_label(record: Any) -> str:
    doc = document(record)
    name = text(record, "name")
    if doc.get("longitude") is None or doc.get("latitude") is None:
        return _tr("{name} (online)").format(name=name)
    lon = training_spec.coordinate_text(doc.get("longitude"))
    lat = training_spec.coordinate_text(doc.get("latitude"))
    return f"{name} ({lon}, {lat})"


def _type_label(record: Any) -> str:
    hours = training_spec.hours_text(document(record).get("instruction_hours"))
    name = text(record, "name")
    return _tr("{name} · {hours} h").format(name=name, hours=hours) if hours else name


def _convener_label(record: Any) -> str:
    doc = document(record)
    name = text(record, "name") or str(doc.get("username") or "")
    username = str(doc.get("username") or "")
    return f"{name} ({username})" if username and username != name else name


def course_label(record: Any) -> str:
    doc = document(record)
    name = text(record, "name") or str(doc.get("course_type_name") or "")
    start, end = str(doc.get("start_date") or ""), str(doc.get("end_date") or "")
    dates = f"{start} \N{EN DASH} {end}" if start and end and start != end else start
    return f"{name} · {dates}" if dates else name


@dataclass(frozen=True)
class Kind:
    """One kind of record: its client calls, payload, values and list label."""

    name: str
    list_call: str
    create_call: str
    update_call: str
    delete_call: str
    payload: Callable[[Mapping[str, Any]], Dict[str, Any]]
    values: Callable[[Mapping[str, Any]], Dict[str, Any]]
    label: Callable[[Any], str]


KINDS: Dict[str, Kind] = {
    CENTRE: Kind(
        CENTRE,
        "training_centres",
        "create_training_centre",
        "update_training_centre",
        "delete_training_centre",
        training_spec.centre_payload,
        training_spec.centre_values,
        _centre_label,
    ),
    COURSE_TYPE: Kind(
        COURSE_TYPE,
        "course_types",
        "create_course_type",
        "update_course_type",
        "delete_course_type",
        training_spec.course_type_payload,
        training_spec.course_type_values,
        _type_label,
    ),
    CONVENER: Kind(
        CONVENER,
        "conveners",
        "create_convener",
        "update_convener",
        "delete_convener",
        training_spec.convener_payload,
        training_spec.convener_values,
        _convener_label,
    ),
    COURSE: Kind(
        COURSE,
        "courses",
        "create_course",
        "update_course",
        "delete_course",
        training_spec.course_payload,
        training_spec.course_values,
        course_label,
    ),
}
