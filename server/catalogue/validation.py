"""Field cleaners for catalogue writes: raw API values in, clean values or one message out.

The domain validates everything itself (the API may hand it ``request.data`` as it came), and
collects every field's message before refusing, so a form shows all its errors at once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator

T = TypeVar("T")

REQUIRED = "This field is required."
_EMAIL = EmailValidator()
_HTTP_URL = URLValidator(schemes=["http", "https"])
# Control characters other than tab, line feed and carriage return (those only in long text).
_CONTROL = {chr(c) for c in range(32) if c not in (9, 10, 13)} | {"\x7f"}
_LINE_BREAKS = {"\t", "\n", "\r"}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


class FieldError(ValueError):
    """The one message for one field."""


class Errors:
    """Collects ``{field: [messages]}`` while a whole input is cleaned."""

    def __init__(self) -> None:
        self.errors: dict[str, list[str]] = {}

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, []).append(message)

    def clean(
        self, data: Mapping[str, Any], field: str, cleaner: Callable[[Any], T], out: dict[str, Any]
    ) -> None:
        """``out[field] = cleaner(data[field])`` when ``field`` was given; its error otherwise."""
        if field not in data:
            return
        try:
            out[field] = cleaner(data[field])
        except FieldError as error:
            self.add(field, str(error))

    def __bool__(self) -> bool:
        return bool(self.errors)


def text(value: Any, *, max_length: int, required: bool = False, multiline: bool = False) -> str:
    """Trimmed text; ``None`` is empty. One line unless ``multiline``."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise FieldError("Must be text.")
    value = value.strip()
    if required and not value:
        raise FieldError(REQUIRED)
    forbidden = _CONTROL if multiline else _CONTROL | _LINE_BREAKS
    if any(ch in forbidden or "\ud800" <= ch <= "\udfff" for ch in value):
        raise FieldError("Must not contain control characters or line breaks.")
    if len(value) > max_length:
        raise FieldError(f"At most {max_length} characters ({len(value)} given).")
    return value


def email(value: Any, *, required: bool = False) -> str:
    """An e-mail address (trimmed, as typed) or empty."""
    value = text(value, max_length=254, required=required)
    if value:
        try:
            _EMAIL(value)
        except ValidationError:
            raise FieldError("Enter a valid e-mail address.") from None
    return value


def http_url(value: Any, *, max_length: int = 500) -> str:
    """An http(s) URL or empty: no ``javascript:``, ``file:`` or other schemes."""
    value = text(value, max_length=max_length)
    if value:
        try:
            _HTTP_URL(value)
        except ValidationError:
            raise FieldError("Enter a valid http:// or https:// address.") from None
    return value


def coordinate(value: Any, *, name: str, limit: float) -> float | None:
    """A finite number within ±``limit`` or ``None`` (absent: an online centre)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str, Decimal)):
        raise FieldError(f"{name} must be a number.")
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        raise FieldError(f"{name} must be a number.") from None
    if not math.isfinite(number):
        raise FieldError(f"{name} must be a finite number.")
    if not -limit <= number <= limit:
        raise FieldError(f"{name} must be between {-limit:g} and {limit:g}.")
    return number


def hours(value: Any, *, maximum: int = 1000) -> Decimal:
    """Instruction hours: 0 up to ``maximum``, at most one decimal place."""
    if value is None or value == "":
        return Decimal(0)
    if isinstance(value, bool) or not isinstance(value, (int, float, str, Decimal)):
        raise FieldError("Must be a number of hours.")
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise FieldError("Must be a number of hours.") from None
    if not number.is_finite():
        raise FieldError("Must be a number of hours.")
    if not 0 <= number <= maximum:
        raise FieldError(f"Must be between 0 and {maximum}.")
    if number != number.quantize(Decimal("0.1")):
        raise FieldError("At most one decimal place.")
    return number.quantize(Decimal("0.1"))


def day(value: Any) -> date:
    """A calendar date: a ``date`` or ``YYYY-MM-DD`` text."""
    if isinstance(value, datetime):
        raise FieldError("Give a date (YYYY-MM-DD), not a time.")
    if isinstance(value, date):
        return value
    if value is None or value == "":
        raise FieldError(REQUIRED)
    if not isinstance(value, str) or not _DATE.fullmatch(value.strip()):
        raise FieldError("Enter a date as YYYY-MM-DD.")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise FieldError("Enter a date as YYYY-MM-DD.") from None


def identifier(value: Any) -> int:
    """A row id given as a number or as digits."""
    if isinstance(value, bool):
        raise FieldError("Give an id.")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 18:
        return int(value.strip())
    if value is None or value == "":
        raise FieldError(REQUIRED)
    raise FieldError("Give an id.")
