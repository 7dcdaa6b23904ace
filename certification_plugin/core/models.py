"""Typed records the client returns, the same whether they came from the feeds or API v1.

Fields the live site's feeds do not carry (ids, slugs, links, updated_at) are optional.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, List, Optional, Tuple


@dataclass(frozen=True)
class Organisation:
    name: str
    country_code: str
    """ISO 3166-1 alpha-2, upper case; empty when the server gave none."""
    country_name: str = ""
    email: str = ""
    url: str = ""
    address: str = ""
    phone: str = ""
    id: Optional[int] = None
    slug: Optional[str] = None
    web_url: str = ""
    """The organisation's page on the certification server."""
    updated_at: Optional[datetime] = None


@dataclass(frozen=True)
class TrainingCentre:
    name: str
    organisation_name: str
    location: Optional[Tuple[float, float]] = None
    """(longitude, latitude) in EPSG:4326; ``None`` for an online centre."""
    id: Optional[int] = None
    organisation_slug: Optional[str] = None
    country_code: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    url: str = ""
    web_url: str = ""
    updated_at: Optional[datetime] = None

    @property
    def online(self) -> bool:
        return self.location is None


@dataclass(frozen=True)
class Course:
    name: str
    start_date: date
    end_date: date
    course_type_name: str
    course_convener_name: str
    training_centre_name: str
    organisation_name: str
    language: str
    trained_competence: str = ""
    location: Optional[Tuple[float, float]] = None
    """The training centre's (longitude, latitude); ``None`` when online."""
    location_known: bool = True
    """False when the server gave no coordinates for the course itself; the client then takes
    the training centre's."""
    id: Optional[int] = None
    course_type_slug: Optional[str] = None
    organisation_slug: Optional[str] = None
    training_centre_id: Optional[int] = None
    country_code: str = ""
    web_url: str = ""
    updated_at: Optional[datetime] = None

    @property
    def online(self) -> bool:
        return self.location is None


@dataclass(frozen=True)
class CourseType:
    name: str
    slug: Optional[str] = None
    id: Optional[int] = None
    description: str = ""
    instruction_hours: str = ""
    organisation_slug: Optional[str] = None


@dataclass(frozen=True)
class ServerInfo:
    """What ``CertificationClient.detect()`` found at the base URL."""

    base_url: str
    has_api: bool
    """True for a server with ``/api/v1/``; False for public feeds only (the live site)."""
    api_version: str = ""
    server_version: str = ""
    capabilities: Tuple[str, ...] = ()
    authenticated: bool = False
    username: str = ""
    roles: Tuple[str, ...] = ()


def offers(info: Optional[ServerInfo], capability: str) -> bool:
    """True when the server has API v1 and its root lists ``capability`` (each workflow's
    ``offered``: against the live site, without an API, none is)."""
    return info is not None and info.has_api and capability in info.capabilities


@dataclass
class FetchResult:
    """Records of one collection plus whether anything changed since the last fetch (ETag)."""

    items: List[Any] = field(default_factory=list)
    changed: bool = True
    source_urls: Tuple[str, ...] = ()
    fetched_at: Optional[datetime] = None
