"""Field readers shared by the feed and API parsers.

Servers send text verbatim (markup, quotes, line breaks, any script): readers keep it as data.
They are strict about types and required keys, and every error names the URL, the record and
the field, so a broken feed is diagnosed from the message alone.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta, timezone
from typing import Any, Mapping, NoReturn, Optional, Tuple

from .errors import InvalidResponseError

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO2_RE = re.compile(r"^[A-Z]{2}$")
_DATETIME_RE = re.compile(
    r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)(Z|[+-]\d{2}:?\d{2})?$"
)
_UTC_ISOFORMAT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?\+00:00$")
_SNIPPET = 60


def type_name(value: Any) -> str:
    """JSON's name for a decoded value, for messages ("got number")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def text_or_empty(value: Any) -> str:
    """A JSON value read as text: a string as it is; anything else (missing, null, a number,
    a list) as "", so a document of an unexpected shape never shows "None" or a repr."""
    return value if isinstance(value, str) else ""


def int_or_none(value: Any) -> Optional[int]:
    """A JSON integer as it is; anything else (true/false, a float, text, null) as ``None``."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def snippet(value: Any) -> str:
    """A short repr of a bad value for an error message (long values are cut)."""
    text = value if isinstance(value, str) else repr(value)
    return repr(text if len(text) <= _SNIPPET else text[:_SNIPPET] + "…")


class Reader:
    """Reads the fields of one record; ``where`` names it in messages ("feature 3")."""

    def __init__(self, record: Any, where: str, url: str) -> None:
        self.where = where
        self.url = url
        if not isinstance(record, dict):
            self.fail(f"is {type_name(record)}, expected an object")
        self.record: Mapping[str, Any] = record

    def fail(self, problem: str) -> NoReturn:
        raise InvalidResponseError(f"{self.where}: {problem}", self.url)

    def required_str(self, key: str, allow_empty: bool = False) -> str:
        if key not in self.record:
            self.fail(f"required key '{key}' is missing")
        value = self.record[key]
        if not isinstance(value, str):
            self.fail(f"{key} must be text, got {type_name(value)}")
        if not allow_empty and not value.strip():
            self.fail(f"{key} is empty")
        return value

    def present_str(self, key: str) -> str:
        """A key that must be present but may be null or empty (the live site's course name)."""
        if key not in self.record:
            self.fail(f"required key '{key}' is missing")
        return self.optional_str(key)

    def optional_str(self, key: str) -> str:
        """Text or "" when the key is absent or null; numbers are not silently converted."""
        value = self.record.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.fail(f"{key} must be text or null, got {type_name(value)}")
        return value

    def optional_int(self, key: str) -> Optional[int]:
        value = self.record.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"{key} must be an integer or null, got {type_name(value)}")
        return int(value)

    def optional_bool(self, key: str, default: bool = False) -> bool:
        value = self.record.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fail(f"{key} must be true or false, got {type_name(value)}")
        return value

    def optional_float(self, key: str) -> Optional[float]:
        value = self.record.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.fail(f"{key} must be a number or null, got {type_name(value)}")
        if not math.isfinite(value):
            self.fail(f"{key} is not a finite number")
        return float(value)

    def required_date(self, key: str) -> date:
        if key not in self.record:
            self.fail(f"required key '{key}' is missing")
        value = self.record[key]
        if not isinstance(value, str) or not _DATE_RE.match(value):
            self.fail(f"{key} {snippet(value)} is not a date YYYY-MM-DD")
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(f"{key} {snippet(value)} is not a valid calendar date")

    def optional_datetime(self, key: str) -> Optional[datetime]:
        value = self.record.get(key)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            self.fail(f"{key} must be an ISO 8601 date-time, got {type_name(value)}")
        parsed = parse_datetime(value)
        if parsed is None:
            self.fail(f"{key} {snippet(value)} is not an ISO 8601 date-time")
        return parsed

    def country_code(self, key: str) -> str:
        """ISO 3166-1 alpha-2, upper case; "" for null, empty or anything else."""
        code = self.optional_str(key).strip().upper()
        return code if _ISO2_RE.match(code) else ""

    def links(self) -> Mapping[str, Any]:
        value = self.record.get("links")
        return value if isinstance(value, dict) else {}


def parse_datetime(value: str) -> Optional[datetime]:
    """ISO 8601 with an optional UTC offset or ``Z`` (Python 3.9's parser lacks ``Z``)."""
    if _UTC_ISOFORMAT_RE.match(value):
        # What ``isoformat()`` writes for UTC, API v1's form: Python reads it directly.
        try:
            return datetime.fromisoformat(value)
        except ValueError:  # e.g. month 13
            return None
    match = _DATETIME_RE.match(value.strip())
    if not match:
        return None
    day, clock, offset = match.groups()
    try:
        parsed = datetime.fromisoformat(f"{day}T{clock}")
    except ValueError:
        return None
    if offset:
        if offset == "Z":
            tz = timezone.utc
        else:
            sign = -1 if offset[0] == "-" else 1
            digits = offset[1:].replace(":", "")
            hours, minutes = int(digits[:2]), int(digits[2:])
            if hours > 23 or minutes > 59:
                return None
            tz = timezone(sign * timedelta(hours=hours, minutes=minutes))
        parsed = parsed.replace(tzinfo=tz)
    return parsed


def parse_point(geometry: Any, where: str, url: str) -> Optional[Tuple[float, float]]:
    """(lon, lat) of a GeoJSON Point; ``None`` for a null geometry or the (0, 0) placeholder.

    The live site stores (0, 0) for centres whose location was never set; drawing them in the
    Gulf of Guinea would mislead, so they are treated as "no location", like ``null``.
    """
    if geometry is None:
        return None
    if not isinstance(geometry, dict):
        raise InvalidResponseError(
            f"{where}: geometry must be an object or null, got {type_name(geometry)}", url
        )
    if geometry.get("type") != "Point":
        raise InvalidResponseError(
            f"{where}: geometry type {snippet(geometry.get('type'))} is not a Point", url
        )
    coords = geometry.get("coordinates")
    if (
        not isinstance(coords, list)
        or len(coords) < 2
        or any(isinstance(c, bool) or not isinstance(c, (int, float)) for c in coords[:2])
    ):
        raise InvalidResponseError(
            f"{where}: point coordinates {snippet(coords)} are not [longitude, latitude]", url
        )
    lon, lat = float(coords[0]), float(coords[1])
    return checked_lon_lat(lon, lat, where, url)


def checked_lon_lat(
    lon: Optional[float], lat: Optional[float], where: str, url: str
) -> Optional[Tuple[float, float]]:
    """Validate a WGS84 pair; ``None`` when either is missing or both are exactly zero."""
    if lon is None or lat is None:
        return None
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise InvalidResponseError(f"{where}: coordinates are not finite numbers", url)
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
        raise InvalidResponseError(
            f"{where}: coordinates ({lon}, {lat}) are outside longitude -180..180 / "
            "latitude -90..90",
            url,
        )
    if lon == 0.0 and lat == 0.0:
        return None
    return (lon, lat)
