"""Glue between the cached courses and ``core.search``: ellipsoidal distances and choices.

Distances use ``QgsDistanceArea`` on the project's ellipsoid (WGS84 when the project has
none), measured from an EPSG:4326 origin, so the numbers match QGIS's own measure tool.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsDistanceArea, QgsPointXY, QgsProject

from ..core import geo
from ..core.search import CourseQuery, find_courses, fold
from ..qgis_io.names import country_label, language_label
from .cache_reader import CachedCourse
from .course_finder_model import ResultRow

LonLat = Tuple[float, float]
Choice = Tuple[str, str]
"""(value the filter matches on, label the user reads)."""
WGS84_ELLIPSOID = "EPSG:7030"


def distance_area(project: Optional[QgsProject] = None) -> Optional[QgsDistanceArea]:
    """A ``QgsDistanceArea`` for EPSG:4326 input on the project's ellipsoid, or WGS84.

    ``None`` only if QGIS knows no ellipsoid at all (a broken installation).
    """
    project = project or QgsProject.instance()
    area = QgsDistanceArea()
    area.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), project.transformContext())
    ellipsoid = project.ellipsoid() or ""
    if ellipsoid and ellipsoid.upper() != "NONE" and area.setEllipsoid(ellipsoid):
        return area
    if area.setEllipsoid(WGS84_ELLIPSOID):
        return area
    return None


def distance_from(
    origin: LonLat, project: Optional[QgsProject] = None
) -> Callable[[LonLat], float]:
    """Kilometres from ``origin`` to a (lon, lat) point on the ellipsoid."""
    area = distance_area(project)
    if area is None:
        return geo.distance_from(origin)
    start = QgsPointXY(origin[0], origin[1])

    def measure(point: LonLat) -> float:
        metres = area.measureLine(start, QgsPointXY(point[0], point[1]))
        return float(metres) / 1000.0

    return measure


def search(
    records: Sequence[CachedCourse],
    query: CourseQuery,
    origin: Optional[LonLat],
    project: Optional[QgsProject] = None,
) -> List[ResultRow]:
    """Matching courses as result rows: nearest first, online courses last."""
    fids: Dict[int, int] = {id(record.course): record.fid for record in records}
    distance = distance_from(origin, project) if origin is not None else None
    hits = find_courses((record.course for record in records), query, distance)
    return [
        ResultRow(fids[id(hit.course)], hit.course, hit.distance_km, hit.online) for hit in hits
    ]


@dataclass(frozen=True)
class FilterChoices:
    """Distinct (value, label) pairs for the filter combo boxes, sorted by label ignoring case
    and accents. Values stay what the records hold (ISO country codes, language codes): the
    filters match on them; labels are names ("Romania (RO)", "svenska")."""

    countries: Tuple[Choice, ...]
    languages: Tuple[Choice, ...]
    course_types: Tuple[Choice, ...]
    organisations: Tuple[Choice, ...]


def _single_line(text: str) -> str:
    return " ".join((text or "").split())


def _distinct(
    values: Sequence[str], label: Callable[[str], str] = _single_line
) -> Tuple[Choice, ...]:
    seen: Dict[str, str] = {}
    for value in values:
        text = (value or "").strip()
        if text:
            seen.setdefault(fold(text), text)
    pairs = [(value, label(value) or value) for value in seen.values()]
    return tuple(sorted(pairs, key=lambda pair: (fold(pair[1]), pair[1], pair[0])))


def filter_choices(records: Sequence[CachedCourse]) -> FilterChoices:
    courses = [record.course for record in records]
    return FilterChoices(
        countries=_distinct([c.country_code.upper() for c in courses], country_label),
        languages=_distinct([c.language for c in courses], language_label),
        course_types=_distinct([c.course_type_name for c in courses]),
        organisations=_distinct([c.organisation_name for c in courses]),
    )
