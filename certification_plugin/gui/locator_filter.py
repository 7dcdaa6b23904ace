"""Locator filter (prefix ``cert``): find courses, training centres and organisations by name.

QGIS runs ``fetchResults`` of a clone of the filter in a worker thread. The clone therefore
holds nothing but the cache file's path and reads the GeoPackage with its own connection
(memoised until the file changes); layers and widgets are touched only in ``triggerResult``,
which QGIS calls on the main thread.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

from qgis.core import (
    QgsFeedback,
    QgsLocatorContext,
    QgsLocatorFilter,
    QgsLocatorResult,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.search import fold
from ..core.urls import live_site_slug, organisation_page_url
from ..layers.cache import CERTIFIED_ORGANISATIONS, TRAINING_CENTRES, UPCOMING_COURSES
from ..qgis_io.logging import push_info
from .cache_reader import CacheSnapshot, cached_snapshot
from .links import open_web_url
from .map_focus import focus_extent, focus_point

PREFIX = "cert"
FILTER_NAME = "certification"
MIN_QUERY_LENGTH = 2
MAX_RESULTS_PER_KIND = 30

KIND_COURSE = "course"
KIND_CENTRE = "centre"
KIND_ORGANISATION = "organisation"

SnapshotReader = Callable[[str], CacheSnapshot]


def _single_line(text: str) -> str:
    return " ".join((text or "").split())


def score(name: str, words: List[str]) -> float:
    """How well ``name`` matches all ``words`` (0 = not at all): prefix > word start > inside."""
    folded = fold(name)
    if not words or not all(word in folded for word in words):
        return 0.0
    phrase = " ".join(words)
    if folded.startswith(phrase):
        return 1.0
    if all(any(token.startswith(word) for token in folded.split()) for word in words):
        return 0.8
    return 0.5


class CertificationLocatorFilter(QgsLocatorFilter):
    """Searches the cached certification layers by name; results zoom to or open the item."""

    def __init__(
        self,
        cache_path: str,
        interface: Any = None,
        layer_manager: Any = None,
        reader: SnapshotReader = cached_snapshot,
    ) -> None:
        super().__init__()
        self._cache_path = cache_path
        self._iface = interface
        self._layer_manager = layer_manager
        self._reader = reader

    # -- identity ----------------------------------------------------------------------------
    def clone(self) -> QgsLocatorFilter:
        # The clone runs in a worker thread: it gets the path only, never iface or layers.
        return CertificationLocatorFilter(self._cache_path, reader=self._reader)

    def name(self) -> str:
        return FILTER_NAME

    def displayName(self) -> str:
        return QCoreApplication.translate(
            "CertificationLocatorFilter", "QGIS Certification courses, centres and organisations"
        )

    def description(self) -> str:
        return QCoreApplication.translate(
            "CertificationLocatorFilter",
            "Find upcoming QGIS courses, training centres and certified organisations",
        )

    def prefix(self) -> str:
        return PREFIX

    def priority(self) -> QgsLocatorFilter.Priority:
        return QgsLocatorFilter.Priority.Medium

    # -- searching (worker thread) -----------------------------------------------------------
    def fetchResults(self, string: str, context: QgsLocatorContext, feedback: QgsFeedback) -> None:
        words = fold(string or "").split()
        if len("".join(words)) < MIN_QUERY_LENGTH:
            return
        snapshot = self._reader(self._cache_path)
        for result in self.find(snapshot, words):
            if feedback is not None and feedback.isCanceled():
                return
            self.resultFetched.emit(result)

    def find(self, snapshot: CacheSnapshot, words: List[str]) -> Iterator[QgsLocatorResult]:
        """Results for ``words``, best first within each group (courses, centres, organisations)."""
        yield from self._best(self._courses(snapshot, words))
        yield from self._best(self._centres(snapshot, words))
        yield from self._best(self._organisations(snapshot, words))

    @staticmethod
    def _best(found: List[Tuple[float, str, QgsLocatorResult]]) -> Iterator[QgsLocatorResult]:
        found.sort(key=lambda item: (-item[0], item[1]))
        for _, _, result in found[:MAX_RESULTS_PER_KIND]:
            yield result

    def _result(
        self, display: str, description: str, group: str, value: float, data: Dict[str, Any]
    ) -> QgsLocatorResult:
        # Plain JSON text: crosses threads safely and reads back the same on every QGIS.
        result = QgsLocatorResult(self, display, json.dumps(data))
        result.description = description
        result.group = group
        result.score = value
        return result

    def _courses(
        self, snapshot: CacheSnapshot, words: List[str]
    ) -> List[Tuple[float, str, QgsLocatorResult]]:
        found = []
        group = QCoreApplication.translate("CertificationLocatorFilter", "Upcoming courses")
        for record in snapshot.courses:
            course = record.course
            value = score(course.name, words)
            if not value:
                continue
            description = " \u00b7 ".join(
                part
                for part in (
                    course.start_date.isoformat(),
                    _single_line(course.training_centre_name),
                    _single_line(course.organisation_name),
                )
                if part
            )
            data = {
                "kind": KIND_COURSE,
                "table": UPCOMING_COURSES,
                "fid": record.fid,
                "location": list(course.location) if course.location else None,
                "url": course.web_url,
            }
            display = _single_line(course.name)
            found.append(
                (value, fold(display), self._result(display, description, group, value, data))
            )
        return found

    def _centres(
        self, snapshot: CacheSnapshot, words: List[str]
    ) -> List[Tuple[float, str, QgsLocatorResult]]:
        found = []
        group = QCoreApplication.translate("CertificationLocatorFilter", "Training centres")
        for record in snapshot.centres:
            centre = record.centre
            value = score(centre.name, words)
            if not value:
                continue
            data = {
                "kind": KIND_CENTRE,
                "table": TRAINING_CENTRES,
                "fid": record.fid,
                "location": list(centre.location) if centre.location else None,
                "url": centre.web_url,
            }
            display = _single_line(centre.name)
            description = _single_line(centre.organisation_name)
            found.append(
                (value, fold(display), self._result(display, description, group, value, data))
            )
        return found

    def _organisations(
        self, snapshot: CacheSnapshot, words: List[str]
    ) -> List[Tuple[float, str, QgsLocatorResult]]:
        """Organisations named by centres, courses and the country layer, merged by name."""
        known: Dict[str, Dict[str, str]] = {}

        def remember(name: str, slug: Optional[str], country: str) -> None:
            if not name.strip():
                return
            entry = known.setdefault(fold(name), {"name": name, "slug": "", "country": ""})
            entry["slug"] = entry["slug"] or (slug or "")
            entry["country"] = entry["country"] or country

        for centre in snapshot.centres:
            item = centre.centre
            remember(item.organisation_name, item.organisation_slug, item.country_code)
        for course in snapshot.courses:
            item = course.course
            remember(item.organisation_name, item.organisation_slug, item.country_code)
        countries = {}
        for country in snapshot.countries:
            countries[country.iso2] = country
            for name in country.organisation_names:
                remember(name, None, country.iso2)

        found = []
        group = QCoreApplication.translate("CertificationLocatorFilter", "Certified organisations")
        for entry in known.values():
            value = score(entry["name"], words)
            if not value:
                continue
            country = countries.get(entry["country"])
            data = {
                "kind": KIND_ORGANISATION,
                "table": CERTIFIED_ORGANISATIONS,
                "fid": country.fid if country is not None else None,
                "extent": list(country.extent) if country and country.extent else None,
                "url": organisation_page(snapshot.server_url, entry["name"], entry["slug"]),
            }
            display = _single_line(entry["name"])
            description = (
                _single_line(country.country_name or country.iso2)
                if country is not None
                else entry["country"]
            )
            found.append(
                (value, fold(display), self._result(display, description, group, value, data))
            )
        return found

    # -- triggering (main thread) ------------------------------------------------------------
    def triggerResult(self, result: QgsLocatorResult) -> None:
        data = result_data(result)
        kind = data.get("kind")
        if kind == KIND_ORGANISATION:
            self._trigger_organisation(data, result.displayString)
            return
        location = data.get("location")
        if not location:
            message = QCoreApplication.translate(
                "CertificationLocatorFilter", "{} is online: it has no place on the map."
            )
            self._tell(message.format(result.displayString))
            return
        canvas = self._canvas()
        if canvas is None:
            return
        focus_point(
            canvas, (float(location[0]), float(location[1])), self._layer(data), data.get("fid")
        )

    def _trigger_organisation(self, data: Dict[str, Any], name: str) -> None:
        if data.get("url") and open_web_url(str(data["url"])):
            return
        extent = data.get("extent")
        canvas = self._canvas()
        if extent and canvas is not None:
            focus_extent(canvas, tuple(extent), self._layer(data), data.get("fid"))
            return
        self._tell(
            QCoreApplication.translate(
                "CertificationLocatorFilter", "{} has no page on the certification website."
            ).format(name)
        )

    def _canvas(self) -> Any:
        return self._iface.mapCanvas() if self._iface is not None else None

    def _layer(self, data: Dict[str, Any]) -> Any:
        if self._layer_manager is None or data.get("fid") is None:
            return None
        return self._layer_manager.layer(str(data.get("table")))

    def _tell(self, text: str) -> None:
        bar = self._iface.messageBar() if self._iface is not None else None
        push_info(bar, text)


def organisation_page(server_url: str, name: str, slug: str) -> str:
    """The organisation's page on the certification website, or "".

    The slug comes from the cached centres and courses; an organisation known only from the
    country layer gets the slug the live site derives from its name (best effort, as the
    client does for the live site's feeds).
    """
    if not server_url:
        return ""
    try:
        return organisation_page_url(server_url, slug or live_site_slug(name))
    except ValueError:
        return ""


def result_data(result: QgsLocatorResult) -> Dict[str, Any]:
    """The JSON payload of one of this filter's results (``{}`` when it is not one)."""
    getter = getattr(result, "getUserData", None)
    raw = getter() if callable(getter) else result.userData
    if not isinstance(raw, str):
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def create_locator_filter(plugin: Any) -> CertificationLocatorFilter:
    """The filter for the plugin's cache, iface and layers."""
    return CertificationLocatorFilter(
        str(plugin.layer_manager.cache.path), plugin.iface, plugin.layer_manager
    )
