"""Query parameter values checked before they reach SQL: one layer for API v1 and the feeds.

Every parser takes the raw text of one parameter and returns a Python value, or raises
:class:`ParamError` whose text is the reason shown to the client (``{param: [reason]}``). They
refuse what a database or Python would choke on, or silently misread:

- control characters (NUL makes PostgreSQL fail, the others are never meant), U+FFFD (what
  invalid UTF-8 such as an encoded lone surrogate decodes to) and over-long values;
- digits other than ASCII 0-9 (``int("٢")`` is 2 and ``int("²")`` fails with Python's own
  message), numbers too large for a database integer;
- dates outside years 1..9999, and date-times whose UTC offset pushes them outside that range
  (``9999-12-31T23:59:59-23:59`` is year 10000 in UTC: the database driver overflows).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Sequence

MAX_LENGTH = 1000
"""The longest value any parameter may have (a list of every ISO country code fits)."""
MAX_DIGITS = 18
"""Whole numbers have at most this many digits: every one fits a 64-bit database integer."""
MAX_INTEGER = 10**MAX_DIGITS - 1

_ASCII_INTEGER = re.compile(r"[0-9]+")
_ASCII_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ISO_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]{1,9})?)?"
    r"(?:Z|z|[+-][0-9]{2}(?::?[0-9]{2})?)?"
)

WHOLE_NUMBER = "Expected a positive whole number written with the digits 0-9."
TOO_LARGE = f"Expected at most {MAX_DIGITS} digits."
DATE = "Expected a date as YYYY-MM-DD."
MOMENT = "Expected an ISO 8601 date-time or date, e.g. 2026-01-31T12:00:00Z."
OUT_OF_RANGE = "Out of range: the moment must fall within the years 1 to 9999 in UTC."


class ParamError(ValueError):
    """A refused parameter value; ``str()`` is the reason for the client."""


def _is_refused_char(char: str) -> bool:
    return char == "\ufffd" or unicodedata.category(char) in ("Cc", "Cs")


def clean_text(raw: str, *, max_length: int = MAX_LENGTH) -> str:
    """``raw`` without surrounding white space; refuses control characters and long values."""
    if len(raw) > max_length:
        raise ParamError(f"At most {max_length} characters.")
    if any(_is_refused_char(char) for char in raw):
        # Tabs and line breaks are control characters too: no parameter has a use for them.
        if "\ufffd" in raw:
            raise ParamError("Not valid UTF-8 text.")
        raise ParamError("Control characters (such as NUL) are not allowed.")
    return raw.strip()


def parse_positive_int(raw: str) -> int:
    """A whole number >= 1 in ASCII digits, at most :data:`MAX_DIGITS` digits long."""
    text = clean_text(raw)
    if not _ASCII_INTEGER.fullmatch(text):
        raise ParamError(WHOLE_NUMBER)
    if len(text.lstrip("0")) > MAX_DIGITS:
        raise ParamError(TOO_LARGE)
    value = int(text)
    if value < 1:
        raise ParamError(WHOLE_NUMBER)
    return value


def is_ascii_id(text: str) -> bool:
    """True for a database id written in ASCII digits (``"²"`` and ``"٢"`` are not)."""
    return bool(_ASCII_INTEGER.fullmatch(text)) and len(text.lstrip("0")) <= MAX_DIGITS


def parse_date(raw: str) -> dt.date:
    """``YYYY-MM-DD``, a real calendar day (``datetime.date`` bounds the year to 1..9999)."""
    text = clean_text(raw)
    if not _ISO_DATE.fullmatch(text):
        raise ParamError(DATE)
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ParamError(DATE) from None


def parse_moment(raw: str, default_zone: dt.tzinfo) -> dt.datetime:
    """The UTC moment of an ISO 8601 date-time or date; naive ones are in ``default_zone``.

    An unencoded ``+`` of a UTC offset arrives as a space and is read back as ``+``. A moment
    that is not representable in UTC (years 1..9999) is a :class:`ParamError`.
    """
    text = clean_text(raw)
    if "T" in text.upper() and " " in text:
        text = text.replace(" ", "+")
    if _ISO_DATE.fullmatch(text):
        value = dt.datetime.combine(parse_date(text), dt.time.min)
    elif _ISO_DATETIME.fullmatch(text):
        try:
            value = dt.datetime.fromisoformat(text.replace(",", ".").replace("z", "Z"))
        except ValueError:
            raise ParamError(MOMENT) from None
    else:
        raise ParamError(MOMENT)
    try:
        if value.tzinfo is None or value.utcoffset() is None:
            value = value.replace(tzinfo=default_zone)
        # In UTC: PostgreSQL refuses offsets beyond 15:59 however the moment is written.
        return value.astimezone(dt.timezone.utc)
    except (OverflowError, ValueError):
        raise ParamError(OUT_OF_RANGE) from None


def parse_numbers(raw: str, count: int, message: str) -> tuple[float, ...]:
    """``count`` finite comma-separated decimal numbers in ASCII (``float("٢")`` would be 2)."""
    parts = [part.strip() for part in clean_text(raw).split(",")]
    if len(parts) != count or not all(_ASCII_NUMBER.fullmatch(part) for part in parts):
        raise ParamError(message)
    numbers = tuple(float(part) for part in parts)
    if not all(math.isfinite(number) for number in numbers):
        raise ParamError(message)
    return numbers


def split_list(raw: str) -> list[str]:
    """Comma-separated items, trimmed, empty ones dropped (``" ro, se ,"`` → ro, se)."""
    return [item.strip() for item in clean_text(raw).split(",") if item.strip()]


def single(values: Sequence[str]) -> str | None:
    """The one non-blank value of a parameter; ``None`` when absent, ParamError when repeated."""
    given = [value for value in values if value.strip()]
    if not given:
        return None
    if len(given) > 1:
        raise ParamError("Give this parameter once.")
    return given[0]
