"""Parsers for ``/api/v1/`` documents (docs/api-v1.md), into the same records as the feeds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional, Tuple, TypeVar

from .errors import InvalidResponseError
from .fields import Reader, checked_lon_lat, type_name
from .models import Course, CourseType, Organisation, ServerInfo, TrainingCentre

SERVICE_NAME = "qgis-certification"
SUPPORTED_MAJOR = "1."

T = TypeVar("T")


def parse_root(doc: Any, base_url: str) -> Optional[ServerInfo]:
    """``ServerInfo`` when ``doc`` is this service's API v1 root document, else ``None``.

    Anything else (another JSON, another service, another major version) means the server is
    to be used through its public feeds only.
    """
    if not isinstance(doc, dict) or doc.get("service") != SERVICE_NAME:
        return None
    version = doc.get("api_version")
    if not isinstance(version, str) or not version.startswith(SUPPORTED_MAJOR):
        return None
    reader = Reader(doc, "API root", base_url)
    capabilities = doc.get("capabilities")
    if not isinstance(capabilities, list):
        capabilities = []
    user = doc.get("user")
    username = ""
    roles: Tuple[str, ...] = ()
    if isinstance(user, dict):
        user_reader = Reader(user, "API root user", base_url)
        username = user_reader.optional_str("username")
        raw_roles = user.get("roles")
        if isinstance(raw_roles, list):
            roles = tuple(r for r in raw_roles if isinstance(r, str))
    return ServerInfo(
        base_url=base_url,
        has_api=True,
        api_version=version,
        server_version=reader.optional_str("server_version"),
        capabilities=tuple(c for c in capabilities if isinstance(c, str)),
        authenticated=reader.optional_bool("authenticated"),
        username=username,
        roles=roles,
    )


@dataclass(frozen=True)
class Page:
    """One page of an API v1 list: ``{count, next, previous, results}``."""

    count: int
    next: Optional[str]
    previous: Optional[str]
    items: Tuple[Any, ...]


def parse_page(doc: Any, url: str, parse_item: Callable[[Any, str, str], T], what: str) -> Page:
    """A JSON list page; ``parse_item(item, where, url)`` turns each result into a record."""
    reader = Reader(doc, f"{what} page", url)
    results = doc.get("results")
    if not isinstance(results, list):
        reader.fail(f"'results' must be a list, got {type_name(results)}")
    count = reader.optional_int("count")
    if count is None or count < 0:
        reader.fail("'count' must be a non-negative integer")
    items = tuple(
        parse_item(item, f"{what} {index}", url) for index, item in enumerate(results, start=1)
    )
    return Page(
        count=count,
        next=reader.optional_str("next") or None,
        previous=reader.optional_str("previous") or None,
        items=items,
    )


def parse_organisation(item: Any, where: str, url: str) -> Organisation:
    reader = Reader(item, where, url)
    return Organisation(
        name=reader.required_str("name"),
        country_code=reader.country_code("country"),
        country_name=reader.optional_str("country_name"),
        email=reader.optional_str("email"),
        url=reader.optional_str("url"),
        address=reader.optional_str("address"),
        phone=reader.optional_str("phone"),
        id=reader.optional_int("id"),
        slug=reader.optional_str("slug") or None,
        web_url=_link(reader, "web"),
        updated_at=reader.optional_datetime("updated_at"),
    )


def parse_training_centre(item: Any, where: str, url: str) -> TrainingCentre:
    reader = Reader(item, where, url)
    location = checked_lon_lat(
        reader.optional_float("longitude"), reader.optional_float("latitude"), where, url
    )
    if reader.optional_bool("online") and location is not None:
        location = None
    return TrainingCentre(
        name=reader.required_str("name"),
        organisation_name=reader.required_str("organisation_name"),
        location=location,
        id=reader.optional_int("id"),
        organisation_slug=reader.optional_str("organisation") or None,
        country_code=reader.country_code("country"),
        email=reader.optional_str("email"),
        phone=reader.optional_str("phone"),
        address=reader.optional_str("address"),
        url=reader.optional_str("url"),
        web_url=_link(reader, "web"),
        updated_at=reader.optional_datetime("updated_at"),
    )


def parse_course(item: Any, where: str, url: str) -> Course:
    """A course; where the server leaves out its coordinates, the client joins the centre's."""
    reader = Reader(item, where, url)
    record = reader.record
    return Course(
        name=reader.required_str("name", allow_empty=True),
        start_date=reader.required_date("start_date"),
        end_date=reader.required_date("end_date"),
        course_type_name=reader.optional_str("course_type_name"),
        course_convener_name=reader.optional_str("course_convener_name"),
        training_centre_name=reader.required_str("training_centre_name"),
        organisation_name=reader.required_str("organisation_name"),
        language=reader.optional_str("language_name") or reader.optional_str("language"),
        trained_competence=reader.optional_str("trained_competence"),
        location=_course_location(reader, where, url),
        location_known=(
            "longitude" in record or "latitude" in record or record.get("online") is True
        ),
        id=reader.optional_int("id"),
        course_type_slug=reader.optional_str("course_type") or None,
        organisation_slug=reader.optional_str("organisation") or None,
        training_centre_id=reader.optional_int("training_centre"),
        country_code=reader.country_code("country"),
        web_url=_link(reader, "web"),
        updated_at=reader.optional_datetime("updated_at"),
    )


def _course_location(reader: Reader, where: str, url: str) -> Optional[Tuple[float, float]]:
    """Coordinates when the server includes them on the course (an optional extension)."""
    if "longitude" not in reader.record and "latitude" not in reader.record:
        return None
    return checked_lon_lat(
        reader.optional_float("longitude"), reader.optional_float("latitude"), where, url
    )


def parse_course_type(item: Any, where: str, url: str) -> CourseType:
    reader = Reader(item, where, url)
    hours = reader.record.get("instruction_hours")
    if isinstance(hours, (int, float)) and not isinstance(hours, bool):
        hours = str(hours)
    elif hours is not None and not isinstance(hours, str):
        raise InvalidResponseError(
            f"{where}: instruction_hours must be a number or text, got {type_name(hours)}", url
        )
    return CourseType(
        name=reader.required_str("name"),
        slug=reader.optional_str("slug") or None,
        id=reader.optional_int("id"),
        description=reader.optional_str("description"),
        instruction_hours=hours or "",
        organisation_slug=reader.optional_str("organisation") or None,
    )


def _link(reader: Reader, name: str) -> str:
    value = reader.links().get(name)
    return value if isinstance(value, str) else ""
