"""Read the layer cache (GeoPackage) back into records, from any thread.

The course finder and the locator filter search the same data the map shows. They read the
cache file with their own OGR connection, never through the project's layers, so the work
can run in a task or in the locator's worker thread without touching objects owned by the main
thread. GeoPackage feature ids are the layers' feature ids, which is what map focusing needs.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from datetime import date
from typing import Dict, List, Optional, Tuple

from osgeo import gdal, ogr

from ..core.models import Course, TrainingCentre
from ..layers.cache import (
    CERTIFIED_ORGANISATIONS,
    METADATA_TABLE,
    TRAINING_CENTRES,
    UPCOMING_COURSES,
)

Extent = Tuple[float, float, float, float]


@dataclass(frozen=True)
class CachedCourse:
    """A course of the cache; ``course.web_url`` is the cached ``page_url``."""

    fid: int
    course: Course


@dataclass(frozen=True)
class CachedCentre:
    """A training centre of the cache; ``web_url`` is its page, ``url`` its website."""

    fid: int
    centre: TrainingCentre


@dataclass(frozen=True)
class CachedCountry:
    """A country polygon of the organisations layer and the names of its organisations."""

    fid: int
    iso2: str
    country_name: str
    organisation_names: Tuple[str, ...]
    extent: Optional[Extent]
    """(xmin, ymin, xmax, ymax) in EPSG:4326."""


@dataclass(frozen=True)
class CacheSnapshot:
    courses: Tuple[CachedCourse, ...] = ()
    centres: Tuple[CachedCentre, ...] = ()
    countries: Tuple[CachedCountry, ...] = ()
    server_url: str = ""
    """The server the cache was last written from (pages are built on it)."""
    stamp: Tuple[object, ...] = field(default=(), compare=False)


def _text(feature: ogr.Feature, name: str) -> str:
    index = feature.GetFieldIndex(name)
    if index < 0 or not feature.IsFieldSetAndNotNull(index):
        return ""
    return str(feature.GetFieldAsString(index))


def _int(feature: ogr.Feature, name: str) -> Optional[int]:
    index = feature.GetFieldIndex(name)
    if index < 0 or not feature.IsFieldSetAndNotNull(index):
        return None
    return int(feature.GetFieldAsInteger64(index))


def _date(feature: ogr.Feature, name: str) -> Optional[date]:
    index = feature.GetFieldIndex(name)
    if index < 0 or not feature.IsFieldSetAndNotNull(index):
        return None
    year, month, day = feature.GetFieldAsDateTime(index)[:3]
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _point(feature: ogr.Feature) -> Optional[Tuple[float, float]]:
    geometry = feature.GetGeometryRef()
    if geometry is None or geometry.IsEmpty():
        return None
    return (float(geometry.GetX()), float(geometry.GetY()))


def _extent(feature: ogr.Feature) -> Optional[Extent]:
    geometry = feature.GetGeometryRef()
    if geometry is None or geometry.IsEmpty():
        return None
    xmin, xmax, ymin, ymax = geometry.GetEnvelope()
    return (xmin, ymin, xmax, ymax)


def _open(path: str) -> Optional[ogr.DataSource]:
    if not os.path.isfile(path):
        return None
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        return ogr.Open(path, 0)
    except RuntimeError:  # GDAL exceptions switched on elsewhere: same as "cannot open"
        return None
    finally:
        gdal.PopErrorHandler()


def _course(feature: ogr.Feature) -> Optional[Course]:
    start = _date(feature, "start_date")
    if start is None:
        return None
    end = _date(feature, "end_date") or start
    return Course(
        name=_text(feature, "name"),
        start_date=start,
        end_date=end,
        course_type_name=_text(feature, "course_type_name"),
        course_convener_name=_text(feature, "course_convener_name"),
        training_centre_name=_text(feature, "training_centre_name"),
        organisation_name=_text(feature, "organisation_name"),
        language=_text(feature, "language"),
        trained_competence=_text(feature, "trained_competence"),
        location=_point(feature),
        id=_int(feature, "course_id"),
        course_type_slug=_text(feature, "course_type_slug") or None,
        organisation_slug=_text(feature, "organisation_slug") or None,
        training_centre_id=_int(feature, "training_centre_id"),
        country_code=_text(feature, "country_code"),
        web_url=_text(feature, "page_url"),
    )


def _centre(feature: ogr.Feature) -> TrainingCentre:
    return TrainingCentre(
        name=_text(feature, "name"),
        organisation_name=_text(feature, "organisation_name"),
        location=_point(feature),
        id=_int(feature, "centre_id"),
        organisation_slug=_text(feature, "organisation_slug") or None,
        country_code=_text(feature, "country_code"),
        email=_text(feature, "email"),
        phone=_text(feature, "phone"),
        address=_text(feature, "address"),
        url=_text(feature, "website"),
        web_url=_text(feature, "page_url"),
    )


def _country(feature: ogr.Feature) -> CachedCountry:
    names = tuple(n.strip() for n in _text(feature, "organisation_names").split("; ") if n.strip())
    return CachedCountry(
        fid=int(feature.GetFID()),
        iso2=_text(feature, "iso2"),
        country_name=_text(feature, "country_name"),
        organisation_names=names,
        extent=_extent(feature),
    )


def _features(dataset: Optional[ogr.DataSource], table: str) -> List[ogr.Feature]:
    if dataset is None:
        return []
    layer = dataset.GetLayerByName(table)
    if layer is None:
        return []
    layer.ResetReading()
    return list(layer)


def read_courses(path: str) -> List[CachedCourse]:
    """Every course of the cache at ``path``; ``[]`` when the file or table is missing."""
    dataset = _open(path)
    try:
        found = []
        for feature in _features(dataset, UPCOMING_COURSES):
            course = _course(feature)
            if course is not None:
                found.append(CachedCourse(int(feature.GetFID()), course))
        return found
    finally:
        dataset = None


def read_snapshot(path: str) -> CacheSnapshot:
    """Courses, centres and country rows of the cache in one pass (one connection)."""
    stamp = file_stamp(path)
    dataset = _open(path)
    try:
        courses = []
        for feature in _features(dataset, UPCOMING_COURSES):
            course = _course(feature)
            if course is not None:
                courses.append(CachedCourse(int(feature.GetFID()), course))
        centres = [
            CachedCentre(int(feature.GetFID()), _centre(feature))
            for feature in _features(dataset, TRAINING_CENTRES)
        ]
        countries = [_country(feature) for feature in _features(dataset, CERTIFIED_ORGANISATIONS)]
        servers = [_text(feature, "server_url") for feature in _features(dataset, METADATA_TABLE)]
        server_url = next((url for url in servers if url), "")
        return CacheSnapshot(tuple(courses), tuple(centres), tuple(countries), server_url, stamp)
    finally:
        dataset = None


def file_stamp(path: str) -> Tuple[object, ...]:
    """Changes whenever the cache file (or its write-ahead log) changes.

    An empty write-ahead log counts as none: SQLite creates one when a connection opens the
    file and deletes it when the last one closes, so reading the cache would otherwise look
    like a change of it (and the reader would read it all again).
    """
    parts: List[object] = [path]
    for name in (path, path + "-wal"):
        try:
            info = os.stat(name)
        except OSError:
            parts.append(None)
            continue
        empty_log = name != path and info.st_size == 0
        parts.append(None if empty_log else (info.st_mtime_ns, info.st_size))
    return tuple(parts)


_snapshots: Dict[str, CacheSnapshot] = {}
_snapshots_lock = threading.Lock()


def cached_snapshot(path: str) -> CacheSnapshot:
    """``read_snapshot`` memoised until the file changes; safe to call from any thread.

    The locator asks on every keystroke; re-reading only after a refresh keeps it instant.
    """
    stamp = file_stamp(path)
    with _snapshots_lock:
        known = _snapshots.get(path)
        if known is not None and known.stamp == stamp:
            return known
    snapshot = read_snapshot(path)
    with _snapshots_lock:
        _snapshots[path] = snapshot
    return snapshot
