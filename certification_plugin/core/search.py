"""Course finder logic: which upcoming courses match, and in which order to list them.

Kept free of Qt so the dock, the locator filter and the Processing algorithms share it. The
distance is a function passed in: the dock measures with ``QgsDistanceArea`` in the project's
ellipsoid, headless code with ``core.geo.distance_from``.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, Iterable, List, Optional, Tuple

from .models import Course

LonLat = Tuple[float, float]
DistanceFn = Callable[[LonLat], float]


def fold(text: str) -> str:
    """Case- and accent-insensitive form: "Bucureşti" and "bucuresti" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


@dataclass(frozen=True)
class CourseQuery:
    """What the user asked for; empty fields do not filter.

    ``text``: every word must appear in the course's name, type, centre, organisation,
    convener, language or trained competence. ``languages``, ``course_types`` and
    ``organisations`` match by name or slug, ignoring case and accents. Dates are inclusive
    bounds on the start date. ``max_distance_km`` applies only when a distance function is
    given and never drops online courses.
    """

    text: str = ""
    countries: Tuple[str, ...] = ()
    languages: Tuple[str, ...] = ()
    course_types: Tuple[str, ...] = ()
    organisations: Tuple[str, ...] = ()
    start_from: Optional[date] = None
    start_until: Optional[date] = None
    include_online: bool = True
    max_distance_km: Optional[float] = None


@dataclass(frozen=True)
class CourseHit:
    """One result row: the course, its distance (``None`` when online) and the online flag."""

    course: Course
    distance_km: Optional[float]
    online: bool


def _haystack(course: Course) -> str:
    return fold(
        " ".join(
            (
                course.name,
                course.course_type_name,
                course.training_centre_name,
                course.organisation_name,
                course.course_convener_name,
                course.language,
                course.trained_competence,
            )
        )
    )


def _matches_any(values: Iterable[Optional[str]], wanted: Tuple[str, ...]) -> bool:
    folded = {fold(v) for v in values if v}
    return any(fold(w) in folded for w in wanted)


def matches(course: Course, query: CourseQuery) -> bool:
    """Whether ``course`` passes every filter of ``query`` (distance excepted)."""
    if query.text.strip():
        haystack = _haystack(course)
        if not all(word in haystack for word in fold(query.text).split()):
            return False
    if query.countries and course.country_code.upper() not in {
        c.strip().upper() for c in query.countries
    }:
        return False
    if query.languages and not _matches_any([course.language], query.languages):
        return False
    if query.course_types and not _matches_any(
        [course.course_type_name, course.course_type_slug], query.course_types
    ):
        return False
    if query.organisations and not _matches_any(
        [course.organisation_name, course.organisation_slug], query.organisations
    ):
        return False
    if query.start_from is not None and course.start_date < query.start_from:
        return False
    if query.start_until is not None and course.start_date > query.start_until:
        return False
    return query.include_online or course.location is not None


def find_courses(
    courses: Iterable[Course], query: CourseQuery, distance: Optional[DistanceFn] = None
) -> List[CourseHit]:
    """Matching courses, nearest first, online (unlocated) courses after all located ones.

    Without a distance function located courses are ordered by start date. Ties (and the
    online block) are ordered by start date, then name, so the list is stable.
    """
    located: List[CourseHit] = []
    online: List[CourseHit] = []
    for course in courses:
        if not matches(course, query):
            continue
        if course.location is None:
            online.append(CourseHit(course, None, True))
            continue
        km = distance(course.location) if distance is not None else None
        if km is not None and not math.isfinite(km):
            km = None
        if query.max_distance_km is not None and km is not None and km > query.max_distance_km:
            continue
        located.append(CourseHit(course, km, False))

    def by_date(hit: CourseHit) -> Tuple[Any, ...]:
        return (hit.course.start_date, fold(hit.course.name), fold(hit.course.organisation_name))

    def by_distance(hit: CourseHit) -> Tuple[Any, ...]:
        km = hit.distance_km
        return (km is None, km if km is not None else 0.0, *by_date(hit))

    located.sort(key=by_distance if distance is not None else by_date)
    online.sort(key=by_date)
    return located + online
