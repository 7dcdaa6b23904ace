"""Locator filter (prefix ``cert``): find courses, training centres and organisations by name,
and verify a certificate by its number.

QGIS runs ``fetchResults`` of a clone of the filter in a worker thread. The clone therefore
holds nothing but the cache file's path (and the server's name, a string) and reads the
GeoPackage with its own connection (memoised until the file changes); layers and widgets are
touched only in ``triggerResult``, which QGIS calls on the main thread.

A query that reads as a certificate number (``cert QGIS-123``, ``cert qgis-12 ``) gives a
"Verify certificate QGIS-123" result first; triggering it verifies the certificate on the
configured server in a task (``qgis_io.certificate_verify``) and shows the answer in the
message bar, and in the training dock's Verify tab when the plugin offers
``show_certificate_verification``.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple
from urllib.parse import urlsplit

from qgis.core import (
    QgsFeedback,
    QgsLocatorContext,
    QgsLocatorFilter,
    QgsLocatorResult,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.certificates import Verification, normalise_certificate_id
from ..core.search import fold
from ..core.urls import live_site_slug, organisation_page_url
from ..layers.cache import CERTIFIED_ORGANISATIONS, TRAINING_CENTRES, UPCOMING_COURSES
from ..qgis_io.logging import push_info, push_success, push_warning
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
KIND_CERTIFICATE = "certificate"
CERTIFICATE_SCORE = 2.0
"""Above every name match: a number typed is the user asking to verify it."""

SnapshotReader = Callable[[str], CacheSnapshot]
Verifier = Callable[[str, Any], Verification]
"""``verify(certificate_id, task_context)``, run in a task (``qgis_io.certificate_verify``)."""


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
        plugin: Any = None,
        verifier: Optional[Verifier] = None,
        server_label: str = "",
    ) -> None:
        """``plugin`` gives the verification its settings, task runner and Verify tab;
        ``verifier`` replaces the network verification (tests)."""
        super().__init__()
        self._cache_path = cache_path
        self._iface = interface
        self._layer_manager = layer_manager
        self._reader = reader
        self._plugin = plugin
        self._verifier = verifier
        self._server_label = server_label
        self._verify_slot: Any = None

    # -- identity ----------------------------------------------------------------------------
    def clone(self) -> QgsLocatorFilter:
        # The clone runs in a worker thread: it gets the path only, never iface or layers.
        return CertificationLocatorFilter(
            self._cache_path, reader=self._reader, server_label=self.server_label()
        )

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
        certificate = self.certificate_result(string)
        if certificate is not None:
            self.resultFetched.emit(certificate)
        words = fold(string or "").split()
        if len("".join(words)) < MIN_QUERY_LENGTH:
            return
        snapshot = self._reader(self._cache_path)
        for result in self.find(snapshot, words):
            if feedback is not None and feedback.isCanceled():
                return
            self.resultFetched.emit(result)

    def certificate_result(self, string: str) -> Optional[QgsLocatorResult]:
        """The "Verify certificate QGIS-123" result when ``string`` reads as a number (with
        or without the ``cert`` prefix QGIS may leave in it)."""
        text = (string or "").strip()
        if text[: len(PREFIX) + 1].casefold() == PREFIX + " ":
            text = text[len(PREFIX) + 1 :]
        ident = normalise_certificate_id(text)
        if ident is None:
            return None
        display = QCoreApplication.translate(
            "CertificationLocatorFilter", "Verify certificate {}"
        ).format(ident)
        if self._server_label:
            description = QCoreApplication.translate(
                "CertificationLocatorFilter", "Look the number up on {}"
            ).format(self._server_label)
        else:
            description = QCoreApplication.translate(
                "CertificationLocatorFilter", "Look the number up on the certification server"
            )
        group = QCoreApplication.translate("CertificationLocatorFilter", "Certificates")
        data = {"kind": KIND_CERTIFICATE, "certificate_id": ident}
        return self._result(display, description, group, CERTIFICATE_SCORE, data)

    def server_label(self) -> str:
        """The configured server's host name ("" without a plugin)."""
        if self._server_label or self._plugin is None:
            return self._server_label
        try:
            return urlsplit(str(self._plugin.settings.server_url)).hostname or ""
        except Exception:  # settings must never break the search
            return ""

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
        if kind == KIND_CERTIFICATE:
            self.verify(str(data.get("certificate_id") or ""))
            return
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

    # -- certificates (main thread) ----------------------------------------------------------
    def verify(self, certificate_id: str) -> Any:
        """Verify in a task; the answer goes to the message bar (and the dock's Verify tab).
        Returns the task (``None`` when there is no task runner to run it)."""
        from ..qgis_io.certificate_verify import failure_text, verifier_for

        slot = self._slot()
        if slot is None:
            return None
        verifier = self._verifier
        if verifier is None:
            verifier = verifier_for(self._plugin.settings, getattr(self._plugin, "cache_dir", None))

        def work(context: Any) -> Verification:
            return verifier(certificate_id, context)

        def failed(error: Exception) -> None:
            push_warning(self._bar(), failure_text(certificate_id, error))

        description = QCoreApplication.translate(
            "CertificationLocatorFilter", "Verifying certificate {}"
        ).format(certificate_id)
        return slot.run(description, work, self._verified, failed)

    def _slot(self) -> Any:
        if self._verify_slot is None:
            runner = getattr(self._plugin, "tasks", None)
            if runner is None:
                return None
            from ..qgis_io.tasks import TaskSlot

            self._verify_slot = TaskSlot(runner)
        return self._verify_slot

    def _verified(self, verification: Verification) -> None:
        from ..qgis_io.certificate_verify import summary

        text = summary(verification)
        if verification.status == "valid" and verification.organisation_certified is not False:
            push_success(self._bar(), text)
        else:
            push_warning(self._bar(), text)
        show = getattr(self._plugin, "show_certificate_verification", None)
        if callable(show):
            show(verification)

    def _bar(self) -> Any:
        if self._iface is not None:
            return self._iface.messageBar()
        return None

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
        str(plugin.layer_manager.cache.path), plugin.iface, plugin.layer_manager, plugin=plugin
    )
