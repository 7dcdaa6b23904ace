"""Load QGIS user groups from the GeoJSON file QGIS ships (``user_groups_data.json``).

The file is a FeatureCollection whose features carry ``country`` (ISO 3166-1 alpha-2),
``name``, ``logo_url``, ``website`` and ``year``. Groups are matched by name, so importing the
same file again updates rather than duplicates. The whole file is checked before anything is
written: a bad file changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django_countries import countries

from .models import UserGroup

#: Where Debian's QGIS package installs the file.
QGIS_USER_GROUPS_FILE = Path("/usr/share/qgis/resources/data/user_groups_data.json")

_url = URLValidator(schemes=["http", "https"])


class UserGroupFileError(ValueError):
    """The file cannot be read or does not hold user groups; the message says why."""


@dataclass(frozen=True)
class UserGroupRecord:
    name: str
    country: str
    website: str
    logo_url: str
    year: int | None


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int

    @property
    def total(self) -> int:
        return self.created + self.updated


def _text(props: dict[str, Any], key: str, where: str, max_length: int) -> str:
    value = props.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise UserGroupFileError(f"{where}: '{key}' must be text.")
    value = value.strip()
    if len(value) > max_length:
        raise UserGroupFileError(f"{where}: '{key}' is longer than {max_length} characters.")
    return value


def _link(props: dict[str, Any], key: str, where: str) -> str:
    value = _text(props, key, where, 500)
    if value:
        try:
            _url(value)
        except ValidationError:
            raise UserGroupFileError(f"{where}: '{key}' is not an http(s) URL.") from None
    return value


def _record(feature: Any, index: int) -> UserGroupRecord:
    where = f"feature {index + 1}"
    if not isinstance(feature, dict) or not isinstance(feature.get("properties"), dict):
        raise UserGroupFileError(f"{where}: expected a GeoJSON Feature with properties.")
    props = feature["properties"]
    name = _text(props, "name", where, 200)
    if not name:
        raise UserGroupFileError(f"{where}: the group has no name.")
    where = f"{where} ({name})"
    country = _text(props, "country", where, 2).upper()
    if country not in countries:
        raise UserGroupFileError(f"{where}: '{country}' is not an ISO 3166-1 alpha-2 country.")
    year = props.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int) or year < 0):
        raise UserGroupFileError(f"{where}: 'year' must be a positive whole number.")
    return UserGroupRecord(
        name=name,
        country=country,
        website=_link(props, "website", where),
        logo_url=_link(props, "logo_url", where),
        year=year,
    )


def read_user_groups(path: Path) -> list[UserGroupRecord]:
    """Parse and check the whole file; raise :class:`UserGroupFileError` on any problem."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UserGroupFileError(f"Cannot read {path}: {error}") from None
    try:
        document = json.loads(raw)
    except json.JSONDecodeError as error:
        raise UserGroupFileError(
            f"{path} is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."
        ) from None
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        raise UserGroupFileError(f"{path} is not a GeoJSON FeatureCollection.")
    features = document.get("features")
    if not isinstance(features, list):
        raise UserGroupFileError(f"{path} has no 'features' list.")
    records = [_record(feature, i) for i, feature in enumerate(features)]
    names = [r.name for r in records]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise UserGroupFileError(f"{path} lists these groups twice: {', '.join(duplicates)}.")
    return records


@transaction.atomic
def save_user_groups(records: list[UserGroupRecord]) -> ImportResult:
    """Create or update each group by name (members are left untouched)."""
    created = updated = 0
    for record in records:
        _group, was_created = UserGroup.objects.update_or_create(
            name=record.name,
            defaults={
                "country": record.country,
                "website": record.website,
                "logo_url": record.logo_url,
                "year": record.year,
            },
        )
        created += was_created
        updated += not was_created
    return ImportResult(created=created, updated=updated)


def import_user_groups(path: Path) -> ImportResult:
    return save_user_groups(read_user_groups(path))
