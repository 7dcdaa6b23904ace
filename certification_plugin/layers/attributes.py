"""The attributes of a training centre or a course, shared by the layers and Processing.

One mapping from the client's records to column values, so the cached layers and the
Processing outputs have the same columns with the same rules: text verbatim (it is data, not
markup), web addresses only when http(s), e-mail only when a plain address. Dates stay
``date`` objects and ``online`` a bool: each writer converts them to its own storage.
"""

from __future__ import annotations

from datetime import datetime
from typing import Dict, Optional

from ..core.models import Course, TrainingCentre
from .safety import safe_email, safe_web_url

Attributes = Dict[str, object]


def iso_time(value: Optional[datetime]) -> str:
    return value.isoformat() if value is not None else ""


def training_centre_attributes(centre: TrainingCentre, page_url: str) -> Attributes:
    """``page_url``: the centre's page on the certification website, already checked."""
    return {
        "centre_id": centre.id,
        "name": centre.name,
        "organisation_name": centre.organisation_name,
        "organisation_slug": centre.organisation_slug or "",
        "country_code": centre.country_code,
        "address": centre.address,
        "email": safe_email(centre.email),
        "phone": centre.phone,
        "website": safe_web_url(centre.url),
        "page_url": page_url,
        "online": centre.online,
        "updated_at": iso_time(centre.updated_at),
    }


def course_attributes(course: Course, page_url: str) -> Attributes:
    """``page_url``: the course's page on the certification website, already checked."""
    return {
        "course_id": course.id,
        "name": course.name,
        "start_date": course.start_date,
        "end_date": course.end_date,
        "course_type_name": course.course_type_name,
        "course_type_slug": course.course_type_slug or "",
        "course_convener_name": course.course_convener_name,
        "training_centre_name": course.training_centre_name,
        "training_centre_id": course.training_centre_id,
        "organisation_name": course.organisation_name,
        "organisation_slug": course.organisation_slug or "",
        "country_code": course.country_code,
        "language": course.language,
        "trained_competence": course.trained_competence,
        "online": course.online,
        "page_url": page_url,
        "updated_at": iso_time(course.updated_at),
    }
