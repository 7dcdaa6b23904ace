"""Form specs as data, their local validation and the draft model; shared by every workflow.

A workflow dock (application, review, training, payment) describes its form once as a
``FormSpec``; ``gui/base`` builds the widgets from it, this module checks the values before
they are sent and turns them into a draft and back. Errors use the server's shape: a dict of
dotted field names (``"contributions.1.url"``, rows counted from 0) to messages, as
``ValidationFailed.errors`` gives, so local and server errors show the same way.

No Qt here: labels and messages are English source strings; the GUI translates labels with
its translate callable and passes translated message templates to ``validate`` (the keys of
``MESSAGES``), because a message must be translated before its numbers are filled in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Dict, List, Mapping, Optional, Sequence, Set, Tuple
from urllib.parse import urlsplit

TEXT = "text"
MULTILINE = "multiline"
EMAIL = "email"
URL = "url"
INTEGER = "integer"
CHOICE = "choice"
BOOLEAN = "boolean"
DATE = "date"
ROWS = "rows"
"""A list of sub-forms (a table: contributions, courses); ``FieldSpec.fields`` are its columns."""
KINDS = (TEXT, MULTILINE, EMAIL, URL, INTEGER, CHOICE, BOOLEAN, DATE, ROWS)
TEXT_KINDS = (TEXT, MULTILINE, EMAIL, URL)

DRAFT_FORMAT = 1

MESSAGES: Dict[str, str] = {
    "required": "This field is required.",
    "required_box": "This box must be ticked.",
    "required_rows": "Add at least one row.",
    "max_length": "Use at most {max} characters (now {n}).",
    "single_line": "Use a single line.",
    "email": "Enter an e-mail address such as name@example.org.",
    "url": "Enter a web address starting with http:// or https://.",
    "integer": "Enter a whole number.",
    "min_value": "Enter {min} or more.",
    "max_value": "Enter {max} or less.",
    "choice": "Choose one of the listed values.",
    "boolean": "Tick or untick the box.",
    "date": "Enter a date (YYYY-MM-DD).",
    "min_date": "Enter {min} or later.",
    "max_date": "Enter {max} or earlier.",
    "rows": "Expected a list of rows.",
    "min_rows": "Add at least {min} rows.",
    "max_rows": "Use at most {max} rows.",
}
"""English templates of the local validation messages; ``gui/base/form_messages`` translates
each key with a literal string (a test checks the two lists stay the same)."""

_EMAIL = re.compile(r"[^@\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+")
_HOST = re.compile(r"[A-Za-z0-9.-]+|[0-9A-Fa-f:.]+")
"""A host name or an IP address (``urlsplit`` gives IPv6 without its brackets)."""


@dataclass(frozen=True)
class FieldSpec:
    """One field: its name on the wire, an English label and what values it accepts.

    ``minimum``/``maximum`` bound an integer's value, a date's day (ISO text) or the number
    of rows of a ``ROWS`` field; ``choices`` are (value, English label) pairs.
    """

    name: str
    label: str
    kind: str = TEXT
    required: bool = False
    max_length: Optional[int] = None
    minimum: Optional[Any] = None
    maximum: Optional[Any] = None
    choices: Tuple[Tuple[str, str], ...] = ()
    help: str = ""
    fields: Tuple[FieldSpec, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"field {self.name!r}: unknown kind {self.kind!r}")
        if not self.name or "." in self.name:
            raise ValueError(f"field name {self.name!r}: empty or dotted")
        if self.kind == CHOICE and not self.choices:
            raise ValueError(f"choice field {self.name!r} has no choices")
        if self.kind == ROWS and not self.fields:
            raise ValueError(f"rows field {self.name!r} has no columns")
        if self.kind != ROWS and self.fields:
            raise ValueError(f"field {self.name!r}: only rows fields have columns")

    @property
    def choice_values(self) -> Tuple[str, ...]:
        return tuple(value for value, _label in self.choices)


@dataclass(frozen=True)
class Section:
    """A titled group of fields, shown together."""

    title: str
    fields: Tuple[str, ...]


@dataclass(frozen=True)
class FormSpec:
    """A whole form: its name (the draft kind), its fields in order, optional sections."""

    name: str
    fields: Tuple[FieldSpec, ...]
    sections: Tuple[Section, ...] = ()

    def __post_init__(self) -> None:
        names = [spec.name for spec in self.fields]
        if len(set(names)) != len(names):
            raise ValueError(f"form {self.name!r}: duplicate field names")
        for section in self.sections:
            unknown = set(section.fields) - set(names)
            if unknown:
                raise ValueError(f"section {section.title!r}: unknown fields {sorted(unknown)}")

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def grouped(self) -> List[Tuple[str, Tuple[FieldSpec, ...]]]:
        """(title, fields) in display order; fields in no section come last, untitled."""
        groups: List[Tuple[str, Tuple[FieldSpec, ...]]] = []
        placed: Set[str] = set()
        for section in self.sections:
            groups.append((section.title, tuple(self.field(name) for name in section.fields)))
            placed.update(section.fields)
        rest = tuple(spec for spec in self.fields if spec.name not in placed)
        if rest:
            groups.append(("", rest))
        return groups


# ----------------------------------------------------------------------------- values


def default_value(spec: FieldSpec) -> Any:
    """The empty value of a field as the widgets and drafts hold it."""
    if spec.kind == INTEGER:
        return None
    if spec.kind == BOOLEAN:
        return False
    if spec.kind == ROWS:
        return []
    return ""


def default_values(spec: FormSpec) -> Dict[str, Any]:
    return {field_spec.name: default_value(field_spec) for field_spec in spec.fields}


def is_web_url(text: str) -> bool:
    """True for an absolute http(s) URL with a host and no spaces or credentials."""
    if not text or any(char.isspace() for char in text):
        return False
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018  (raises ValueError for a bad port)
    except ValueError:
        return False
    if parts.scheme.lower() not in ("http", "https") or "@" in parts.netloc:
        return False
    host = parts.hostname or ""
    return bool(host) and bool(_HOST.fullmatch(host)) and not host.startswith(".")


def is_email(text: str) -> bool:
    return len(text) <= 254 and bool(_EMAIL.fullmatch(text))


def _as_int(value: Any) -> Optional[int]:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d{1,18}\s*", value):
        return int(value)
    return None


def _as_date(value: Any) -> Optional[date]:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


# ----------------------------------------------------------------------------- validation

Errors = Dict[str, List[str]]


def validate(
    spec: FormSpec, data: Mapping[str, Any], messages: Optional[Mapping[str, str]] = None
) -> Errors:
    """Problems of ``data`` per dotted field name; empty when it may be sent.

    Names ``data`` has that the spec does not know are ignored (the server judges them);
    a missing field counts as empty. ``messages`` are translated templates by ``MESSAGES`` key.
    """
    templates = dict(MESSAGES)
    templates.update(messages or {})
    errors: Errors = {}
    _validate_fields(spec.fields, data, "", templates, errors)
    return errors


def _validate_fields(
    fields: Sequence[FieldSpec],
    data: Mapping[str, Any],
    prefix: str,
    templates: Mapping[str, str],
    errors: Errors,
) -> None:
    for field_spec in fields:
        value = data.get(field_spec.name, default_value(field_spec))
        name = prefix + field_spec.name
        problems = _field_problems(field_spec, value, name, templates, errors)
        if problems:
            errors.setdefault(name, []).extend(problems)


def _field_problems(
    spec: FieldSpec, value: Any, name: str, templates: Mapping[str, str], errors: Errors
) -> List[str]:
    kind = spec.kind
    if kind in TEXT_KINDS:
        if value is None:
            value = ""
        if not isinstance(value, str):
            value = str(value)  # a number typed where text is expected: judge it as text
        text = value.strip()
        if not text:
            return [templates["required"]] if spec.required else []
        problems = []
        if spec.max_length is not None and len(value) > spec.max_length:
            problems.append(templates["max_length"].format(max=spec.max_length, n=len(value)))
        if kind != MULTILINE and ("\n" in value or "\r" in value):
            problems.append(templates["single_line"])
        if kind == EMAIL and not is_email(text):
            problems.append(templates["email"])
        if kind == URL and not is_web_url(text):
            problems.append(templates["url"])
        return problems
    if kind == INTEGER:
        if value is None or value == "":
            return [templates["required"]] if spec.required else []
        number = _as_int(value)
        if number is None:
            return [templates["integer"]]
        if spec.minimum is not None and number < spec.minimum:
            return [templates["min_value"].format(min=spec.minimum)]
        if spec.maximum is not None and number > spec.maximum:
            return [templates["max_value"].format(max=spec.maximum)]
        return []
    if kind == CHOICE:
        if value is None or value == "":
            return [templates["required"]] if spec.required else []
        return [] if value in spec.choice_values else [templates["choice"]]
    if kind == BOOLEAN:
        if not isinstance(value, bool):
            return [templates["boolean"]]
        return [templates["required_box"]] if spec.required and not value else []
    if kind == DATE:
        if value is None or value == "":
            return [templates["required"]] if spec.required else []
        day = _as_date(value)
        if day is None:
            return [templates["date"]]
        low, high = _as_date(spec.minimum), _as_date(spec.maximum)
        if low is not None and day < low:
            return [templates["min_date"].format(min=low.isoformat())]
        if high is not None and day > high:
            return [templates["max_date"].format(max=high.isoformat())]
        return []
    # ROWS
    if value is None:
        value = []
    if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
        return [templates["rows"]]
    problems = []
    if spec.required and not value:
        problems.append(templates["required_rows"])
    elif spec.minimum is not None and len(value) < spec.minimum:
        problems.append(templates["min_rows"].format(min=spec.minimum))
    if spec.maximum is not None and len(value) > spec.maximum:
        problems.append(templates["max_rows"].format(max=spec.maximum))
    for index, row in enumerate(value):
        _validate_fields(spec.fields, row, f"{name}.{index}.", templates, errors)
    return problems


# ----------------------------------------------------------------------------- drafts


def to_draft(spec: FormSpec, data: Mapping[str, Any]) -> Dict[str, Any]:
    """The JSON object saved as the draft of ``data``: the spec's fields only, JSON types."""
    return {
        "form": spec.name,
        "format": DRAFT_FORMAT,
        "values": _draft_values(spec.fields, data),
    }


def _draft_values(fields: Sequence[FieldSpec], data: Mapping[str, Any]) -> Dict[str, Any]:
    values: Dict[str, Any] = {}
    for field_spec in fields:
        value = _coerce(field_spec, data.get(field_spec.name, default_value(field_spec)))
        values[field_spec.name] = value
    return values


def from_draft(spec: FormSpec, draft_data: Any) -> Dict[str, Any]:
    """The form's values from a saved draft, for the spec as it is now.

    Fields added since the draft was saved get their empty value, fields removed are
    dropped, values that no longer fit their field's kind (a choice withdrawn, text where a
    number is now expected) become empty: a draft never stops the form from opening.
    """
    values = draft_data.get("values") if isinstance(draft_data, dict) else None
    if not isinstance(values, dict):
        return default_values(spec)
    return _draft_values(spec.fields, values)


def _coerce(spec: FieldSpec, value: Any) -> Any:
    """``value`` as the kind's JSON type, or the empty value when it cannot be."""
    kind = spec.kind
    if kind in TEXT_KINDS:
        return value if isinstance(value, str) else default_value(spec)
    if kind == INTEGER:
        return _as_int(value)
    if kind == CHOICE:
        return value if isinstance(value, str) and value in spec.choice_values else ""
    if kind == BOOLEAN:
        return value if isinstance(value, bool) else False
    if kind == DATE:
        day = _as_date(value)
        return day.isoformat() if day is not None else ""
    if not isinstance(value, list):
        return []
    return [_draft_values(spec.fields, row) for row in value if isinstance(row, dict)]
