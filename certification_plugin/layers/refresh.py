"""``RefreshTask``: fetch the three collections and rewrite the cache, off the main thread.

``run()`` (worker thread) fetches organisations, training centres and upcoming courses with
progress and cancellation, then writes the tables that changed into the GeoPackage, all in
one transaction. Nothing is written unless all three fetches succeeded, so a failed refresh
leaves the cached layers exactly as they were. ``finished()`` (main thread) only adds the
layers the first time and reloads them in place; the heavy work is all in ``run()``.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Dict, List, Optional, Sequence

from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import CancelledError, CertificationError
from ..core.models import FetchResult
from ..core.urls import live_site_slug, organisation_page_url
from ..qgis_io.logging import CRITICAL, INFO, WARNING, log, push_message
from ..qgis_io.messages import error_message
from ..qgis_io.tasks import PluginTask, TaskContext
from .builder import LayerManager
from .cache import (
    CERTIFIED_ORGANISATIONS,
    TRAINING_CENTRES,
    UPCOMING_COURSES,
    LayerCache,
    TableMetadata,
    WorldMapMissingError,
)

_TABLES = (CERTIFIED_ORGANISATIONS, TRAINING_CENTRES, UPCOMING_COURSES)
API_PATH = "/api/v1/"

# Share of the progress bar per step: fetching dominates on a slow network.
_FETCH_SHARES = {
    CERTIFIED_ORGANISATIONS: (0.00, 0.15),
    TRAINING_CENTRES: (0.15, 0.35),
    UPCOMING_COURSES: (0.35, 0.75),
}
_WRITE_SHARES = {
    CERTIFIED_ORGANISATIONS: (0.75, 0.80),
    TRAINING_CENTRES: (0.80, 0.88),
    UPCOMING_COURSES: (0.88, 1.00),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RefreshTask", text)


@dataclass
class RefreshOutcome:
    """What a refresh did, handed from ``run()`` to ``finished()``."""

    written: Dict[str, int] = field(default_factory=dict)
    """Rows written per table (tables that changed)."""
    unchanged: List[str] = field(default_factory=list)
    metadata: Dict[str, TableMetadata] = field(default_factory=dict)
    warnings: List[str] = field(default_factory=list)
    counts: Dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.written)


class RefreshTask(PluginTask):
    """Refresh the cache from ``client`` and reload the layers of ``layers``.

    ``client`` is a ``CertificationClient``; it is only used in ``run()``. ``message_bar``
    (``iface.messageBar()``) receives the outcome; ``quiet`` keeps failures and "up to date"
    in the log only (automatic refreshes when a project opens). ``on_done(outcome, error)``
    is called on the main thread after the layers were reloaded.
    """

    def __init__(
        self,
        client: object,
        layers: LayerManager,
        server_url: str,
        countries: Sequence[str] = (),
        message_bar: Optional[object] = None,
        quiet: bool = False,
        world_map: Optional[str] = None,
        on_done: Optional[Callable[[Optional[RefreshOutcome], Optional[Exception]], None]] = None,
    ) -> None:
        super().__init__(_tr("Loading QGIS Certification layers"), can_cancel=True)
        self._client = client
        self._layers = layers
        self._cache: LayerCache = layers.cache
        self._server_url = server_url
        self._countries = tuple(code.strip().upper() for code in countries if code.strip())
        self._bar = message_bar
        self._quiet = quiet
        self._world_map = world_map
        self._on_done = on_done
        self.outcome: Optional[RefreshOutcome] = None
        self.error: Optional[Exception] = None

    # -- worker thread -----------------------------------------------------------------------
    def run(self) -> bool:
        context = TaskContext(self)
        try:
            self.outcome = self._refresh(context)
        except CertificationError as exc:
            self.error = exc
            return False
        except Exception as exc:  # a bug or an OS error: log the traceback, report plainly
            log(f"Refresh failed unexpectedly:\n{traceback.format_exc()}", CRITICAL)
            self.error = exc
            return False
        return not self.isCanceled()

    def _refresh(self, context: TaskContext) -> RefreshOutcome:
        previous = self._cache.metadata()
        if self._nothing_changed(previous, context):
            return RefreshOutcome(
                unchanged=list(_TABLES),
                metadata=previous,
                counts={table: previous[table].feature_count for table in _TABLES},
            )
        results = self._fetch_all(context)
        context.raise_if_cancelled()
        outcome = RefreshOutcome()
        fetched_at = datetime.now(timezone.utc)
        # The collections are joined (centres and courses carry their organisation's country
        # and page; a de-certified organisation's centres disappear), so one change anywhere
        # rewrites every table. All 304 skips the writing, unless the cache lacks the data.
        any_changed = any(result.changed for result in results.values())
        # One transaction: the layers show the old tables or the new ones, never a mix.
        with self._cache.batch() as cache:
            for table in _TABLES:
                result = results[table]
                outcome.counts[table] = len(result.items)
                if not any_changed and not self._cache_differs(result, previous.get(table)):
                    outcome.unchanged.append(table)
                    continue
                start, end = _WRITE_SHARES[table]
                step = context.share(start, end)
                try:
                    outcome.written[table] = self._write(cache, table, results, step, fetched_at)
                except WorldMapMissingError as exc:
                    outcome.warnings.append(
                        _tr(
                            "The certified organisations layer was skipped: QGIS's world map "
                            "({}) is not installed."
                        ).format(exc.url)
                    )
                    log(str(exc), WARNING)
        context.progress(1.0)
        outcome.metadata = self._cache.metadata()
        return outcome

    def _fetch_all(self, context: TaskContext) -> Dict[str, FetchResult]:
        calls = {
            CERTIFIED_ORGANISATIONS: self._client.organisations,
            TRAINING_CENTRES: self._client.training_centres,
            UPCOMING_COURSES: self._client.upcoming_courses,
        }
        results: Dict[str, FetchResult] = {}
        # The three collections join on the same organisations and centres: read each once.
        with self._client.reading_each_url_once():
            # The first answers are asked for together (one at a time from the live site);
            # the calls then read them.
            self._client.prefetch(self._countries, context.is_cancelled)
            for table, call in calls.items():
                context.raise_if_cancelled()
                start, end = _FETCH_SHARES[table]
                step = context.share(start, end)
                results[table] = call(
                    self._countries, is_cancelled=step.is_cancelled, progress=step.progress
                )
                step.progress(1.0)
        return results

    def _cache_differs(self, result: FetchResult, previous: Optional[TableMetadata]) -> bool:
        """True when the cached table does not hold this data (never written, other server,
        other country filter), so even an unchanged answer must be written."""
        if not self._same_request(previous):
            return True
        assert previous is not None
        return tuple(previous.source_urls) != tuple(result.source_urls)

    def _same_request(self, previous: Optional[TableMetadata]) -> bool:
        return (
            previous is not None
            and previous.server_url == self._server_url
            and tuple(previous.countries) == self._countries
            and bool(previous.source_urls)
        )

    def _nothing_changed(self, previous: Dict[str, TableMetadata], context: TaskContext) -> bool:
        """Ask again, conditionally, for exactly the URLs the cached tables came from.

        When every one answers 304 the cache is current, and the refresh costs a few empty
        answers: no detection, no download, no parsing, no writing. Anything else (a 200, an
        error status, a URL without a stored ETag, another server or country filter) means a
        full fetch.
        """
        session = getattr(self._client, "session", None)
        etags = getattr(session, "etag_cache", None)
        if session is None or etags is None:
            return False
        urls: List[str] = []
        for table in _TABLES:
            info = previous.get(table)
            if not self._same_request(info):
                return False
            assert info is not None
            # API v1 tags change for every list whenever anything in the catalogue changes
            # (docs/api-v1.md), so its first page stands for the rest; feed tags may be per
            # page, so every feed URL is asked.
            sources = info.source_urls
            if all(API_PATH in url for url in sources):
                sources = sources[:1]
            urls.extend(url for url in sources if url not in urls)
        conditions = []
        for url in urls:
            etag = etags.etag(url)
            if etag is None:
                return False
            conditions.append((url, {"If-None-Match": etag}))
        context.raise_if_cancelled()
        # Together, unless the session must go one at a time (the live site).
        responses = session.send_many(conditions, context.is_cancelled)
        return all(response.status == 304 for response in responses)

    def _write(
        self,
        cache: LayerCache,
        table: str,
        results: Dict[str, FetchResult],
        context: TaskContext,
        fetched_at: datetime,
    ) -> int:
        result = results[table]
        arguments = {
            "server_url": self._server_url,
            "source_urls": result.source_urls,
            "page": self._page_url,
            "is_cancelled": context.is_cancelled,
            "progress": context.progress,
            "fetched_at": result.fetched_at or fetched_at,
            "countries": self._countries,
        }
        if table == TRAINING_CENTRES:
            return cache.write_training_centres(
                result.items, courses=results[UPCOMING_COURSES].items, **arguments
            )
        if table == UPCOMING_COURSES:
            return cache.write_courses(result.items, **arguments)
        written = cache.write_organisations(result.items, world_map=self._world_map, **arguments)
        if written.unplaced:
            log(
                "{} organisation(s) have no country polygon on the map: {}".format(
                    len(written.unplaced), "; ".join(written.unplaced[:20])
                ),
                INFO,
            )
        return written.countries

    def _page_url(self, organisation_name: str, slug: Optional[str]) -> str:
        """The organisation's page; the live site's feeds carry no slug, so derive it."""
        return organisation_page_url(self._server_url, slug or live_site_slug(organisation_name))

    # -- main thread -------------------------------------------------------------------------
    def finished(self, result: bool) -> None:
        if self.detached:
            return
        error: Optional[Exception] = None
        if result and self.outcome is not None:
            self._apply(self.outcome)
        else:
            error = self.error or CancelledError(_tr("The refresh was cancelled."))
            self._report_error(error)
        if self._on_done is not None:
            try:
                self._on_done(self.outcome if error is None else None, error)
            except Exception:
                log(f"Error after the refresh:\n{traceback.format_exc()}", CRITICAL)

    def _apply(self, outcome: RefreshOutcome) -> None:
        added = self._layers.ensure_layers(outcome.metadata)
        if outcome.changed:
            # A layer added just now has read the new tables already.
            fresh = {layer.id() for layer in added}
            stale = [t for t in outcome.written if self._layer_id(t) not in fresh]
            self._layers.reload({t: outcome.metadata[t] for t in stale})
        for warning in outcome.warnings:
            push_message(self._bar, warning, WARNING)
        if not outcome.changed:
            message = _tr("The certification layers are up to date.")
            if self._quiet:
                log(message, INFO)
            else:
                push_message(self._bar, message, INFO)
            return
        message = _tr(
            "Certification layers updated: {} training centres, {} upcoming courses, "
            "{} certified organisations."
        ).format(
            outcome.counts.get(TRAINING_CENTRES, 0),
            outcome.counts.get(UPCOMING_COURSES, 0),
            outcome.counts.get(CERTIFIED_ORGANISATIONS, 0),
        )
        if self._quiet:
            log(message, INFO)
        else:
            push_message(self._bar, message, INFO)

    def _layer_id(self, table: str) -> str:
        layer = self._layers.layer(table)
        return layer.id() if layer is not None else ""

    def _report_error(self, error: Exception) -> None:
        if isinstance(error, CancelledError):
            log(_tr("The refresh of the certification layers was cancelled."), INFO)
            return
        text = describe_error(error)
        if self._quiet:
            log(text, WARNING)
        else:
            push_message(self._bar, text, CRITICAL)


def describe_error(error: Exception) -> str:
    """A translated message for the bar; it says the cached layers were left as they were."""
    return _tr("Could not update the certification layers. {}\n{}").format(
        _tr("The layers keep their cached data."), error_message(error)
    )
