"""The training forms as data: centre, course type, convener, course and attendee.

The "Courses and certificates" dock builds its forms from these ``core.forms`` specs
(``gui/base/FormBinder``). Field names are the API's (contract of issue 12), so a server
``ValidationFailed`` lands at the same field as a local check. ``core.forms`` has no number
with decimals, so coordinates and instruction hours are text fields checked here
(``check``), together with what spans two fields (longitude and latitude both or neither,
the end date not before the start). ``*_payload`` turn the form's values into the request's
JSON; ``*_values`` fill a form from the API's read representation.

No Qt; English templates in ``MESSAGES``, translated by the GUI (``gui/training/texts``).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from . import forms
from .forms import FieldSpec, FormSpec, Section

CENTRE_FORM = "training_centre"
COURSE_TYPE_FORM = "course_type"
CONVENER_FORM = "convener"
COURSE_FORM = "course"
ATTENDEE_FORM = "attendee"

NONE_YET = "-"
"""The value of a choice list that has nothing to choose yet (no course type, no convener)."""
COMPETENCE_MAX_LENGTH = 120
HOURS_MAX = Decimal("1000")
SIGNATURE_EXTENSIONS = (".png", ".jpg", ".jpeg")
CERTIFICATE_TYPES: Tuple[Tuple[str, str], ...] = (
    ("attendance", "Certificate of attendance"),
    ("completion", "Certificate of completion"),
)
COURSE_LANGUAGES: Tuple[Tuple[str, str], ...] = (
    ("en", "English"),
    ("ro", "Romanian"),
    ("sv", "Swedish"),
    ("zh-hant", "Chinese (Traditional)"),
    ("de", "German"),
    ("es", "Spanish"),
    ("fr", "French"),
    ("it", "Italian"),
    ("nl", "Dutch"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("fi", "Finnish"),
    ("da", "Danish"),
    ("nb", "Norwegian"),
    ("ja", "Japanese"),
    ("ko", "Korean"),
)
"""Languages offered for a course (the certificate's default language when it is one of
en, ro, sv, zh_TW); a course in another language keeps its code (``course_spec``)."""

MESSAGES: Dict[str, str] = {
    "number": "Enter a number such as 23.5.",
    "longitude": "Enter a longitude between -180 and 180.",
    "latitude": "Enter a latitude between -90 and 90.",
    "both": "Enter both longitude and latitude, or neither for an online centre.",
    "hours": "Enter hours between 0 and 1000, with at most one decimal.",
    "dates": "The end date is before the start date.",
    "signature": "Choose a PNG or JPEG image.",
    "none_yet": "Add one first.",
}
"""English templates of the training forms' own checks (``forms.MESSAGES`` has the rest)."""

Errors = Dict[str, List[str]]
Choices = Sequence[Tuple[str, str]]
_DECIMAL = re.compile(r"\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*")


# ----------------------------------------------------------------------------- specs


def centre_spec() -> FormSpec:
    """A training centre: contact details and a point, or no point (online)."""
    return FormSpec(
        CENTRE_FORM,
        (
            FieldSpec("name", "Name", required=True, max_length=200),
            FieldSpec("email", "E-mail", forms.EMAIL, max_length=254),
            FieldSpec("phone", "Phone", max_length=64),
            FieldSpec("address", "Address", forms.MULTILINE, max_length=1000),
            FieldSpec("url", "Website", forms.URL, max_length=500),
            FieldSpec(
                "longitude",
                "Longitude",
                max_length=32,
                help="Degrees, WGS 84 (EPSG:4326); empty for an online centre.",
            ),
            FieldSpec("latitude", "Latitude", max_length=32),
        ),
        (
            Section("Training centre", ("name", "email", "phone", "address", "url")),
            Section("Location", ("longitude", "latitude")),
        ),
    )


def course_type_spec() -> FormSpec:
    return FormSpec(
        COURSE_TYPE_FORM,
        (
            FieldSpec("name", "Name", required=True, max_length=200),
            FieldSpec("description", "Description", forms.MULTILINE, max_length=5000),
            FieldSpec(
                "instruction_hours",
                "Instruction hours",
                required=True,
                max_length=8,
                help="0 to 1000, such as 16 or 7.5.",
            ),
            FieldSpec("coursetype_link", "Link", forms.URL, max_length=500),
        ),
    )


def convener_spec() -> FormSpec:
    """A convener: an existing account (user name or e-mail), title, degree, signature.

    ``signature`` holds the path of a local image (PNG or JPEG), uploaded when saved.
    """
    return FormSpec(
        CONVENER_FORM,
        (
            FieldSpec(
                "user",
                "User",
                required=True,
                max_length=254,
                help="The user name or e-mail of an account on the certification server.",
            ),
            FieldSpec("title", "Title", max_length=50, help="Such as Prof. or Dr."),
            FieldSpec("degree", "Degree", max_length=50, help="Such as PhD or MSc."),
            FieldSpec("signature", "Signature image", max_length=4096),
        ),
    )


def _choices(options: Choices) -> Tuple[Tuple[str, str], ...]:
    found = tuple((str(value), str(label)) for value, label in options if str(value))
    return found or ((NONE_YET, "(none yet)"),)


def course_spec(
    course_types: Choices = (),
    conveners: Choices = (),
    centres: Choices = (),
    languages: Choices = COURSE_LANGUAGES,
    keep_language: str = "",
) -> FormSpec:
    """A course of the organisation; the choices are its own (value, label) pairs:
    course types by slug, conveners and centres by id (as text). ``keep_language``: the
    edited course's code, offered even when not in ``languages``."""
    language_choices = tuple(languages)
    if keep_language and keep_language not in {value for value, _label in language_choices}:
        language_choices += ((keep_language, keep_language),)
    return FormSpec(
        COURSE_FORM,
        (
            FieldSpec(
                "course_type", "Course type", forms.CHOICE, True, choices=_choices(course_types)
            ),
            FieldSpec(
                "course_convener", "Convener", forms.CHOICE, True, choices=_choices(conveners)
            ),
            FieldSpec(
                "training_centre",
                "Training centre",
                forms.CHOICE,
                True,
                choices=_choices(centres),
            ),
            FieldSpec("language", "Language", forms.CHOICE, True, choices=language_choices),
            FieldSpec(
                "trained_competence",
                "Trained competence",
                max_length=COMPETENCE_MAX_LENGTH,
            ),
            FieldSpec("start_date", "Start date", forms.DATE, required=True),
            FieldSpec("end_date", "End date", forms.DATE, required=True),
            FieldSpec(
                "certificate_type",
                "Certificate type",
                forms.CHOICE,
                choices=CERTIFICATE_TYPES,
                help="The default for the course's certificates.",
            ),
        ),
    )


def attendee_spec() -> FormSpec:
    return FormSpec(
        ATTENDEE_FORM,
        (
            FieldSpec("first_name", "First name", required=True, max_length=150),
            FieldSpec("surname", "Surname", required=True, max_length=150),
            FieldSpec("email", "E-mail", forms.EMAIL, required=True, max_length=254),
        ),
    )


# ----------------------------------------------------------------------------- numbers


def parse_number(text: Any) -> Optional[float]:
    """A finite number from text ("23.5", " -7 "); None when empty or not a number."""
    if isinstance(text, bool):
        return None
    if isinstance(text, (int, float)):
        return float(text) if math.isfinite(text) else None
    if not isinstance(text, str) or not _DECIMAL.fullmatch(text):
        return None
    value = float(text)
    return value if math.isfinite(value) else None


def coordinate_text(value: Any) -> str:
    """A coordinate for the form: up to 6 decimals (about 10 cm), no trailing zeros."""
    number = parse_number(value)
    if number is None:
        return ""
    text = f"{number:.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def parse_hours(text: Any) -> Optional[Decimal]:
    """Instruction hours: 0..1000 with at most one decimal; None otherwise."""
    if isinstance(text, bool) or not isinstance(text, (str, int, float, Decimal)):
        return None
    raw = str(text).strip()
    if not _DECIMAL.fullmatch(raw):
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None
    if value < 0 or value > HOURS_MAX or value != value.quantize(Decimal("0.1")):
        return None
    return value


def hours_text(value: Any) -> str:
    """Hours as the server writes them: "16", "7.5"."""
    hours = parse_hours(value)
    if hours is None:
        return "" if value is None else str(value)
    text = f"{hours.quantize(Decimal('0.1'))}"
    return text[:-2] if text.endswith(".0") else text


# ----------------------------------------------------------------------------- checks


def check(
    spec: FormSpec,
    values: Mapping[str, Any],
    form_messages: Optional[Mapping[str, str]] = None,
    messages: Optional[Mapping[str, str]] = None,
) -> Errors:
    """Every local problem of ``values`` by field name: the spec's rules plus the form's own
    (coordinates, hours, dates, signature, empty choice lists). ``form_messages`` and
    ``messages`` are translated templates (``forms.MESSAGES``, ``MESSAGES`` keys)."""
    texts = dict(MESSAGES)
    texts.update(messages or {})
    errors = forms.validate(spec, values, form_messages)

    def add(name: str, key: str) -> None:
        if name not in errors:
            errors.setdefault(name, []).append(texts[key])

    for field_spec in spec.fields:
        if field_spec.kind == forms.CHOICE and values.get(field_spec.name) == NONE_YET:
            errors[field_spec.name] = [texts["none_yet"]]
    if spec.name == CENTRE_FORM:
        _check_point(values, add)
    elif spec.name == COURSE_TYPE_FORM:
        hours = str(values.get("instruction_hours") or "").strip()
        if hours and parse_hours(hours) is None:
            add("instruction_hours", "hours")
    elif spec.name == CONVENER_FORM:
        path = str(values.get("signature") or "").strip()
        if path and not path.lower().endswith(SIGNATURE_EXTENSIONS):
            add("signature", "signature")
    elif spec.name == COURSE_FORM:
        start = str(values.get("start_date") or "")
        end = str(values.get("end_date") or "")
        if start and end and "start_date" not in errors and end < start:
            add("end_date", "dates")
    return errors


def _check_point(values: Mapping[str, Any], add: Any) -> None:
    texts = {name: str(values.get(name) or "").strip() for name in ("longitude", "latitude")}
    limits = {"longitude": 180.0, "latitude": 90.0}
    for name, text in texts.items():
        if not text:
            continue
        number = parse_number(text)
        if number is None:
            add(name, "number")
        elif abs(number) > limits[name]:
            add(name, name)
    if bool(texts["longitude"]) != bool(texts["latitude"]):
        add("latitude" if texts["longitude"] else "longitude", "both")


def is_online(values: Mapping[str, Any]) -> bool:
    """A centre without a location."""
    return not any(str(values.get(name) or "").strip() for name in ("longitude", "latitude"))


# ----------------------------------------------------------------------------- payloads


def _text(values: Mapping[str, Any], name: str) -> str:
    value = values.get(name)
    return value.strip() if isinstance(value, str) else ""


def centre_payload(values: Mapping[str, Any]) -> Dict[str, Any]:
    """The JSON of a create or update (the organisation is added by the caller)."""
    payload: Dict[str, Any] = {
        name: _text(values, name) for name in ("name", "email", "phone", "address", "url")
    }
    payload["longitude"] = parse_number(_text(values, "longitude"))
    payload["latitude"] = parse_number(_text(values, "latitude"))
    return payload


def course_type_payload(values: Mapping[str, Any]) -> Dict[str, Any]:
    hours = parse_hours(_text(values, "instruction_hours"))
    return {
        "name": _text(values, "name"),
        "description": str(values.get("description") or "").strip(),
        "instruction_hours": str(hours)
        if hours is not None
        else _text(values, "instruction_hours"),
        "coursetype_link": _text(values, "coursetype_link"),
    }


def convener_payload(values: Mapping[str, Any]) -> Dict[str, Any]:
    """Everything but the signature (a file part the caller adds when a path is set)."""
    return {name: _text(values, name) for name in ("user", "title", "degree")}


def course_payload(values: Mapping[str, Any]) -> Dict[str, Any]:
    def ident(name: str) -> Any:
        text = _text(values, name)
        return int(text) if text.isdigit() else None

    certificate_type = _text(values, "certificate_type")
    return {
        "course_type": _text(values, "course_type"),
        "course_convener": ident("course_convener"),
        "training_centre": ident("training_centre"),
        "language": _text(values, "language"),
        "trained_competence": _text(values, "trained_competence"),
        "start_date": _text(values, "start_date"),
        "end_date": _text(values, "end_date"),
        "certificate_type": certificate_type or None,
    }


def attendee_payload(values: Mapping[str, Any]) -> Dict[str, Any]:
    return {name: _text(values, name) for name in ("first_name", "surname", "email")}


# ----------------------------------------------------------------------------- from the API


def _record_text(record: Mapping[str, Any], name: str) -> str:
    value = record.get(name)
    return "" if value is None or isinstance(value, (dict, list)) else str(value)


def centre_values(record: Mapping[str, Any]) -> Dict[str, Any]:
    """A form's values from a training centre of the API (``longitude``/``latitude`` or a
    GeoJSON feature's ``geometry``)."""
    properties = record.get("properties") if isinstance(record.get("properties"), dict) else None
    source: Mapping[str, Any] = properties or record
    values = {
        name: _record_text(source, name) for name in ("name", "email", "phone", "address", "url")
    }
    lon, lat = source.get("longitude"), source.get("latitude")
    geometry = record.get("geometry")
    if (lon is None or lat is None) and isinstance(geometry, dict):
        coordinates = geometry.get("coordinates")
        if isinstance(coordinates, list) and len(coordinates) == 2:
            lon, lat = coordinates
    values["longitude"] = coordinate_text(lon)
    values["latitude"] = coordinate_text(lat)
    return values


def course_type_values(record: Mapping[str, Any]) -> Dict[str, Any]:
    return {
        "name": _record_text(record, "name"),
        "description": _record_text(record, "description"),
        "instruction_hours": hours_text(record.get("instruction_hours")),
        "coursetype_link": _record_text(record, "coursetype_link"),
    }


def convener_values(record: Mapping[str, Any]) -> Dict[str, Any]:
    return {
        "user": _record_text(record, "username") or _record_text(record, "user"),
        "title": _record_text(record, "title"),
        "degree": _record_text(record, "degree"),
        "signature": "",
    }


def course_values(record: Mapping[str, Any]) -> Dict[str, Any]:
    def ident(name: str) -> str:
        value = record.get(name)
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else ""

    return {
        "course_type": _record_text(record, "course_type"),
        "course_convener": ident("course_convener"),
        "training_centre": ident("training_centre"),
        "language": _record_text(record, "language"),
        "trained_competence": _record_text(record, "trained_competence"),
        "start_date": _record_text(record, "start_date"),
        "end_date": _record_text(record, "end_date"),
        "certificate_type": _record_text(record, "certificate_type"),
    }
