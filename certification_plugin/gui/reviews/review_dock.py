"""The "Review applications" dock: the queue of what waits, and one application at a time.

Gates first (``WorkflowDock``): a server without the ``reviews`` capability (the live site)
gets the website; a user who is not signed in is asked to sign in. Then the queue
(``queue_page.QueuePage``: soonest due first, filters, overdue marked) and, on "Open", the
application view (``application_view.ApplicationView``: back button and a tab per job). On
opening, on sign-in and on "Refresh" a line in QGIS's message bar says what waits
("2 applications to review, 1 due in 3 days"). Managers (the PSC) also get "Show on map": a
layer of the applications under review per country (``qgis_io.review_map``).

Every request runs in a QGIS task; the pages get a ``ReviewContext`` whose ``run`` gives each
purpose its own ``TaskSlot`` and shows the dock's busy bar while any of them works.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional

from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QShowEvent
from qgis.PyQt.QtWidgets import (
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.api.session import ApiSession
from ...core.applications import ApplicationsClient
from ...core.client import CertificationClient
from ...core.errors import AuthenticationError, CancelledError
from ...core.models import ServerInfo
from ...core.review_queue import QueueDigest, country_counts, digest
from ...core.reviews import CAPABILITY, Queue, QueueItem, ReviewsClient, offered
from ...core.urls import api_url, localised
from ...qgis_io.drafts import DraftStore
from ...qgis_io.lifetime import is_alive
from ...qgis_io.logging import WARNING, log, push_message
from ...qgis_io.messages import error_message
from ...qgis_io.tasks import TaskContext
from ..applications.apply_dock import draft_key, interface_language
from ..base import WorkflowDock
from .application_view import ApplicationView
from .context import ReviewContext
from .queue_page import QueuePage

OBJECT_NAME = "CertificationReviewDock"
MANAGER_ROLE = "certification_manager"
WEBSITE_PATH = ""
"""The live site reviews on its own pages, reached from its home page."""
MESSAGE_PAGE, QUEUE_PAGE, VIEW_PAGE = range(3)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewDock", text)


def summary_text(summary: QueueDigest) -> str:
    """The message bar's line: "2 applications to review, 1 due in 3 days, 1 overdue"."""
    if summary.empty:
        return _tr("Nothing is waiting for you to review.")
    # Plain names as the count: pylupdate5 drops a numerus call whose count is an attribute.
    waiting, days, overdue = summary.waiting, summary.next_days, summary.overdue
    if waiting == 1:
        first = QCoreApplication.translate("ReviewDock", "%n application to review", "", waiting)
    else:
        first = QCoreApplication.translate("ReviewDock", "%n applications to review", "", waiting)
    parts = [first]
    if days == 0:
        parts.append(_tr("{count} due today").format(count=summary.next_count))
    elif days == 1:
        parts.append(
            QCoreApplication.translate("ReviewDock", "{count} due in %n day", "", days).format(
                count=summary.next_count
            )
        )
    elif days is not None:
        parts.append(
            QCoreApplication.translate("ReviewDock", "{count} due in %n days", "", days).format(
                count=summary.next_count
            )
        )
    if overdue:
        parts.append(QCoreApplication.translate("ReviewDock", "%n overdue", "", overdue))
    return _tr(", ").join(parts)


@dataclass
class QueueRead:
    """What one read of the server found: the server, and (signed in) the queue."""

    info: ServerInfo
    queue: Optional[Queue] = None
    auth_error: Optional[Exception] = None


def reviews_client(client: CertificationClient, language: str) -> ReviewsClient:
    return ReviewsClient(ApiSession(api_url(client.base_url), client.session), language)


def applications_client(client: CertificationClient, language: str) -> ApplicationsClient:
    return ApplicationsClient(ApiSession(api_url(client.base_url), client.session), language)


def read_queue(
    client: CertificationClient, language: str, signed_in: bool, context: TaskContext
) -> QueueRead:
    """Detect the server and, when it reviews and the user is signed in, read the queue."""
    info = client.detect(is_cancelled=context.is_cancelled, refresh=True)
    found = QueueRead(info)
    if not offered(info) or not signed_in:
        return found
    try:
        found.queue = reviews_client(client, language).queue(is_cancelled=context.is_cancelled)
    except AuthenticationError as exc:
        found.auth_error = exc
    return found


class ReviewDock(WorkflowDock):
    """Review applications (see the module doc)."""

    def __init__(
        self,
        plugin: Any,
        parent: Optional[QWidget] = None,
        store: Optional[DraftStore] = None,
        view_factories: Optional[Dict[str, Callable[..., QWidget]]] = None,
    ) -> None:
        super().__init__(plugin, _tr("Review applications"), OBJECT_NAME, parent)
        self.plugin = plugin
        self.store = store if store is not None else DraftStore()
        self.info: Optional[ServerInfo] = None
        self.queue: Optional[Queue] = None
        self.context: Optional[ReviewContext] = None
        self.view: Optional[ApplicationView] = None
        self.map_layer: Optional[QgsVectorLayer] = None
        self.messages: List[str] = []
        """Every line pushed to the message bar (tests and the log read them)."""
        self._view_factories = view_factories
        self._started = False
        self._announce = False
        self.requires(
            CAPABILITY, _tr("reviews"), localised(plugin.settings.server_url, WEBSITE_PATH)
        )
        self.signInChanged.connect(self._sign_in_changed_here)
        self._build()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("reviewPages")
        message_page = self.message_page(
            self.stack,
            "review",
            _tr("Connecting to the certification server…"),
            _tr("Sign in…"),
        )
        self.stack.addWidget(message_page)
        self.queue_page = QueuePage(self.stack)
        self.queue_page.opened.connect(self.open_item)
        self.queue_page.refreshRequested.connect(self.refresh_announced)
        self.queue_page.mapRequested.connect(self.show_on_map)
        self.stack.addWidget(self.queue_page)
        self.view_holder = QWidget(self.stack)
        self.view_layout = QVBoxLayout(self.view_holder)
        self.view_layout.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.view_holder)
        self.scroll.setWidget(self.stack)
        self.slot.busyChanged.connect(lambda busy: self._slot_busy("", busy))

    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    def show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)

    # ------------------------------------------------------------------ tasks for the pages
    def run(
        self,
        description: str,
        work: Callable[[TaskContext], Any],
        done: Optional[Callable[[Any], None]] = None,
        failed: Optional[Callable[[Exception], None]] = None,
        purpose: str = "",
    ) -> Any:
        """``ReviewContext.run``: ``work`` in a task on the slot of ``purpose`` (or of the
        description); ``failed`` defaults to the status line."""
        slot = self.purpose_slot(purpose or description)
        return slot.run(description, work, done, failed or self._failed)

    def push(self, text: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info) -> None:
        """``ReviewContext.push_message``: a line in QGIS's message bar (and the log)."""
        self.messages.append(text)
        bar_of = getattr(self.plugin, "message_bar", None)
        push_message(bar_of() if callable(bar_of) else None, text, level)

    # ------------------------------------------------------------------ opening and reading
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.start()

    def start(self) -> None:
        self._started = True
        self.refresh(announce=True)

    def refresh_announced(self) -> None:
        self.refresh(announce=True)

    def refresh(self, announce: bool = False) -> None:
        """Read the server and the queue in a task; ``announce``: say in the message bar what
        waits (opening, sign-in, "Refresh"), not after each saved page."""
        self._announce = self._announce or announce
        client = self.plugin.create_client()
        signed_in = self.signed_in()
        language = interface_language()

        def work(context: TaskContext) -> QueueRead:
            return read_queue(client, language, signed_in, context)

        self.slot.run(_tr("Reading the review queue"), work, self._read, self._offline)

    def _offline(self, error: Exception) -> None:
        if isinstance(error, CancelledError):
            return
        self._announce = False
        if isinstance(error, AuthenticationError):  # the server refused the sign-in itself
            self._ask_to_sign_in(_tr("Your sign-in is no longer accepted; sign in again."))
            return
        self.set_status(
            _tr("The review queue could not be read. {error}").format(error=error_message(error))
        )
        if self.page == MESSAGE_PAGE:
            self.message_label.setText(_tr("The certification server could not be reached."))

    def _read(self, found: QueueRead) -> None:
        self.info = found.info
        if not self.apply_server_info(found.info):
            self._announce = False
            return
        if not self.signed_in() or found.auth_error is not None or found.queue is None:
            self._announce = False
            self._ask_to_sign_in(
                _tr("Sign in to the certification server to see what waits for your review.")
                if found.auth_error is None
                else _tr("Your sign-in is no longer accepted; sign in again.")
            )
            return
        self.sign_in_button.hide()
        self._ensure_context(found.info)
        self.queue = found.queue
        self.queue_page.set_manager(bool(self.context and self.context.is_manager))
        self.queue_page.set_items(found.queue.items)
        if self.page == MESSAGE_PAGE:
            self.show_page(QUEUE_PAGE)
        elif self.page == VIEW_PAGE and self.view is not None and self.view.item is not None:
            self._refresh_item(self.view.item.application)
        if self._announce:
            self._announce = False
            self.push(summary_text(digest(found.queue.items)))

    def _ask_to_sign_in(self, text: str) -> None:
        self.context = None
        self._drop_view()
        self.message_label.setText(text)
        self.sign_in_button.show()
        self.show_page(MESSAGE_PAGE)

    def _ensure_context(self, info: ServerInfo) -> ReviewContext:
        username = info.username
        manager = MANAGER_ROLE in info.roles
        context = self.context
        if context is not None and context.username == username and context.is_manager == manager:
            return context
        client = self.plugin.create_client()
        language = interface_language()
        context = ReviewContext(
            reviews=reviews_client(client, language),
            applications=applications_client(client, language),
            run=self.run,
            drafts=self.store,
            push_message=self.push,
            username=username,
            is_manager=manager,
            server_key=draft_key(self.plugin.settings.server_url),
        )
        self.context = context
        self._drop_view()
        return context

    def _drop_view(self) -> None:
        if self.view is not None:
            self.flush()
            self.view.hide()
            self.view.setParent(None)
            self.view.deleteLater()
            self.view = None

    # ------------------------------------------------------------------ the application view
    def open_item(self, item: QueueItem) -> ApplicationView:
        """Show ``item`` in the application view (built once per sign-in)."""
        assert self.context is not None
        if self.view is None:
            self.view = ApplicationView(self.context, self.view_holder, self._view_factories)
            self.view.back.connect(self.back_to_queue)
            self.view.changed.connect(self.refresh)
            self.view_layout.addWidget(self.view)
        self.clear_problem()
        self.view.load(item)
        self.show_page(VIEW_PAGE)
        return self.view

    def _refresh_item(self, application_id: int) -> None:
        """After a read while the view shows: keep it, with the item's new task and state."""
        assert self.view is not None
        fresh = next(
            (i for i in self.queue_page.all_items if i.application == application_id), None
        )
        if fresh is not None and fresh != self.view.item:
            self.view.update_item(fresh)

    def back_to_queue(self) -> None:
        self.show_page(QUEUE_PAGE)
        if self.view is not None and self.view.item is not None:
            self.queue_page.select(self.view.item.application)

    # ------------------------------------------------------------------ sign-in
    def _sign_in_changed_here(self, signed_in: bool) -> None:
        self.context = None
        self._drop_view()
        self.queue_page.set_items([])
        self.show_page(MESSAGE_PAGE)
        self.message_label.setText(_tr("Connecting to the certification server…"))
        self.refresh(announce=signed_in)

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: Any) -> None:
        self.flush()
        super().closeEvent(event)

    def flush(self) -> bool:
        """Save the pages' pending drafts (a review, a rationale) now: close and unload."""
        view = self.view
        if view is None or not is_alive(view):
            return False
        try:
            return view.flush()
        except Exception as exc:  # never let unload fail on a draft
            log(f"A review draft could not be saved: {exc}", WARNING)
            return False

    # ------------------------------------------------------------------ the PSC's map
    def show_on_map(self) -> None:
        """Managers: the applications under review per country as a layer of the project."""
        from ...qgis_io.review_map import build_features, layer_name, make_layer

        counts = country_counts(self.queue_page.all_items)

        def work(_context: TaskContext) -> Any:
            return build_features(counts)

        def done(features: Any) -> None:
            project = QgsProject.instance()
            old = self.map_layer
            if old is not None and is_alive(old) and project.mapLayer(old.id()) is not None:
                project.removeMapLayer(old.id())
            layer = make_layer(features, layer_name())
            project.addMapLayer(layer)
            self.map_layer = layer
            if features.missing:
                self.set_status(
                    _tr("Not on the map (no outline for these codes): {codes}").format(
                        codes=", ".join(features.missing)
                    )
                )
            else:
                self.set_status(_tr("The map shows the applications under review per country."))

        self.run(_tr("Building the map of reviews"), work, done, purpose="map")
