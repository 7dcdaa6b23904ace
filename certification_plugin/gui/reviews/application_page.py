"""The "Application" tab: the conflict declaration first, then what the applicant submitted.

A reviewer (the queue item's ``my_declaration`` is set) first sees only the declaration
form. "No conflict" is sent to the server (a task; the form keeps what was typed when the
server refuses or cannot be reached) and then the round's snapshot and its material load; a
conflict excludes them: one line says so and nothing more is shown or asked for. Managers and
coordinators, who declare nothing, see the snapshot at once.

The snapshot is HTML in a ``QTextBrowser`` built from escaped values only (``snapshot_html``);
links open in the browser only when they are http(s); a file's link downloads it in the
background (``qgis_io.downloads``, into the application's cache folder) and opens it
(``qgis_io.open_material``: data as layers in "Review: <organisation>", a project after a
question, documents in the system viewer). The applicant's QGIS checks of every file are
below, in the Apply dock's ``CheckResultsView``.

``show_snapshot(snapshot, materials)`` takes plain data and fills the page (what ``make
bench`` times: 50 contributions and 20 files).
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, Qt, QUrl, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CancelledError, ValidationFailed
from ...qgis_io.downloads import (
    Downloaded,
    application_folder,
    authcfg_of,
    download_material,
)
from ...qgis_io.lifetime import is_alive
from ...qgis_io.messages import error_message
from ...qgis_io.open_material import Ask, LayerSource, find_layers, open_kind, open_material
from ...qgis_io.tasks import TaskContext
from ..applications.check_results import CheckResultsView
from ..links import open_web_url
from .conflict_form import ConflictForm
from .context import ReviewContext
from .page_helpers import plain_label
from .snapshot_html import MATERIAL_SCHEME, SnapshotHtml, checks_of, material_id

MATERIAL_ROLE = Qt.ItemDataRole.UserRole + 10
"""Data of a top-level row of the checks tree: the material's id."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApplicationPage", text)


def _int(value: Any) -> Optional[int]:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class ApplicationPage(QWidget):
    """Declaration, snapshot, files; see the module's notes."""

    declared = pyqtSignal(str)
    """ "none" or "conflict", once the server recorded the declaration."""
    changed = pyqtSignal()
    """Something changed on the server that the queue shows (the declaration also does)."""

    def __init__(self, context: ReviewContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewApplicationPage")
        self.context = context
        self.item: Dict[str, Any] = {}
        self.application_id: Optional[int] = None
        self.organisation = ""
        self.declaration: Optional[str] = None
        self.snapshot: Dict[str, Any] = {}
        self.materials: List[Dict[str, Any]] = []
        self._typed: Dict[int, Tuple[Optional[bool], str, str]] = {}
        """What was typed in the declaration, per application (kept across loads)."""
        self._downloads: Dict[int, Any] = {}
        self._html = SnapshotHtml()
        self.ask: Optional[Ask] = None
        """How a project's opening is asked about (default: a question dialog)."""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = plain_label(self, "applicationStatus")
        layout.addWidget(self.status)
        retry_row = QHBoxLayout()
        self.retry_button = QPushButton(_tr("Try again"), self)
        self.retry_button.setObjectName("applicationRetry")
        self.retry_button.clicked.connect(self.reload)
        self.retry_button.hide()
        retry_row.addWidget(self.retry_button)
        retry_row.addStretch(1)
        layout.addLayout(retry_row)

        self.conflict_form = ConflictForm(self)
        self.conflict_form.submitted.connect(self._send_declaration)
        self.conflict_form.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.conflict_form.hide()
        layout.addWidget(self.conflict_form)

        self.excluded = plain_label(self, "applicationExcluded")
        self.excluded.setText(
            _tr(
                "You declared a conflict of interest with this organisation: you are excluded "
                "from its review and its material is not shown to you."
            )
        )
        self.excluded.hide()
        layout.addWidget(self.excluded)

        self.content = QWidget(self)
        self.content.setObjectName("applicationContent")
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        self.browser = QTextBrowser(self.content)
        self.browser.setObjectName("applicationSnapshot")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setMinimumHeight(260)
        self.browser.anchorClicked.connect(self._anchor_clicked)
        content_layout.addWidget(self.browser, 1)

        self.files_box = QGroupBox(_tr("Files and what QGIS found in them"), self.content)
        files_layout = QVBoxLayout(self.files_box)
        self.checks_view = CheckResultsView(self.files_box)
        self.checks_view.setObjectName("applicationChecks")
        self.checks_view.setMinimumHeight(140)
        self.checks_view.tree.itemDoubleClicked.connect(self._row_double_clicked)
        self.checks_view.tree.itemSelectionChanged.connect(self._update_buttons)
        files_layout.addWidget(self.checks_view)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(_tr("Download and open"), self.files_box)
        self.open_button.setObjectName("openMaterial")
        self.open_button.clicked.connect(self._open_selected)
        self.cancel_button = QPushButton(_tr("Cancel downloads"), self.files_box)
        self.cancel_button.setObjectName("cancelDownloads")
        self.cancel_button.clicked.connect(self.cancel_downloads)
        self.progress = QProgressBar(self.files_box)
        self.progress.setObjectName("downloadProgress")
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        files_layout.addLayout(buttons)
        self.download_status = plain_label(self.files_box, "downloadStatus")
        files_layout.addWidget(self.download_status)
        content_layout.addWidget(self.files_box)
        self.content.hide()
        layout.addWidget(self.content, 1)
        layout.addStretch(0)  # takes the room while the content is hidden
        self._update_buttons()

    # ------------------------------------------------------------------ loading
    def load(self, item: Mapping[str, Any]) -> None:
        """Show a review-queue item: its declaration, or (declared none, or no declaration
        to make) its snapshot."""
        self._remember_typed()
        self.item = dict(item)
        self.application_id = _int(item.get("application"))
        organisation = item.get("organisation")
        name = organisation.get("name") if isinstance(organisation, dict) else None
        self.organisation = name if isinstance(name, str) and name else ""
        declaration = item.get("my_declaration")
        self.declaration = declaration if isinstance(declaration, str) else None
        self._clear()
        if self.application_id is None:
            self.status.setText(_tr("This item names no application."))
            return
        if self.declaration == "conflict":
            self._show_excluded()
        elif self.declaration in (None, "none"):
            self.load_snapshot()
        else:
            self._read_declaration()

    def reload(self) -> None:
        if self.item:
            self.load(self.item)

    def _clear(self) -> None:
        self.retry_button.hide()
        self.status.clear()
        self.conflict_form.hide()
        self.excluded.hide()
        self.content.hide()
        self.browser.clear()
        self.checks_view.clear()
        self.snapshot = {}
        self.materials = []
        self.download_status.clear()
        self.progress.reset()
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, CancelledError):
            return
        self.status.setText(error_message(error))
        self.retry_button.show()

    # ------------------------------------------------------------------ the declaration
    def _read_declaration(self) -> None:
        ident = self.application_id
        assert ident is not None
        reviews = self.context.reviews
        self.status.setText(_tr("Reading your declaration…"))

        def work(task: TaskContext) -> Dict[str, Any]:
            return reviews.conflict_declaration(ident, is_cancelled=task.is_cancelled)

        def done(doc: Dict[str, Any]) -> None:
            if ident == self.application_id:
                self.show_declaration(doc)

        def failed(error: Exception) -> None:
            if ident == self.application_id:
                self._failed(error)

        self.context.run(
            _tr("Reading the conflict declaration"), work, done, failed, purpose="application"
        )

    def show_declaration(self, doc: Mapping[str, Any]) -> None:
        """The server's declaration: the form (pending), the material (none) or the line
        saying the reviewer is excluded (conflict)."""
        self.status.clear()
        kinds = [
            (str(k.get("key")), str(k.get("label") or k.get("key")))
            for k in doc.get("kinds") or []
            if isinstance(k, dict) and k.get("key")
        ]
        if kinds:
            self.conflict_form.set_kinds(kinds)
        state = doc.get("declaration")
        if state == "conflict":
            self.declaration = "conflict"
            self._show_excluded()
            return
        if state == "none":
            self.declaration = "none"
            self.load_snapshot()
            return
        self.declaration = "pending"
        typed = self._typed.get(self.application_id or -1)
        if typed is not None:
            self.conflict_form.set_values(*typed)
        else:
            self.conflict_form.set_values(None)
        self.conflict_form.show()

    def _remember_typed(self) -> None:
        if self.application_id is None or self.declaration != "pending":
            return
        values = self.conflict_form.values()
        conflict = bool(values["conflict"]) if values["chosen"] else None
        self._typed[self.application_id] = (conflict, str(values["kind"]), str(values["reason"]))

    def _send_declaration(self, conflict: bool, kind: str, reason: str) -> None:
        ident = self.application_id
        if ident is None:
            return
        self._remember_typed()
        reviews = self.context.reviews
        self.conflict_form.set_busy(True)

        def work(task: TaskContext) -> Dict[str, Any]:
            return reviews.declare(ident, conflict, kind, reason, is_cancelled=task.is_cancelled)

        def done(doc: Dict[str, Any]) -> None:
            self.conflict_form.set_busy(False)
            if ident != self.application_id:
                return
            state = doc.get("declaration")
            if state not in ("none", "conflict"):
                self.conflict_form.show_problems({}, [_tr("The server did not record it.")])
                return
            self._typed.pop(ident, None)
            self.conflict_form.hide()
            self.declaration = str(state)
            self.item["my_declaration"] = state
            if state == "conflict":
                self._show_excluded()
            else:
                self.load_snapshot()
            self.declared.emit(str(state))

        def failed(error: Exception) -> None:
            self.conflict_form.set_busy(False)
            if ident != self.application_id or isinstance(error, CancelledError):
                return
            if isinstance(error, ValidationFailed):
                self.conflict_form.show_problems(dict(error.errors), list(error.general))
            else:
                self.conflict_form.show_problems({}, [error_message(error)])

        self.context.run(
            _tr("Sending the conflict declaration"), work, done, failed, purpose="declaration"
        )

    def _show_excluded(self) -> None:
        self.cancel_downloads()
        self.conflict_form.hide()
        self.content.hide()
        self.browser.clear()
        self.checks_view.clear()
        self.snapshot = {}
        self.materials = []
        self.excluded.show()

    # ------------------------------------------------------------------ the snapshot
    def load_snapshot(self) -> None:
        """Read the round's snapshot and the materials list in a task, then show them."""
        ident = self.application_id
        if ident is None:
            return
        apps = self.context.applications
        number = _int(self.item.get("round"))
        self.status.setText(_tr("Reading the application…"))

        def work(task: TaskContext) -> Tuple[Dict[str, Any], List[Dict[str, Any]]]:
            round_number = number
            if not round_number:
                round_number = apps.get(ident, is_cancelled=task.is_cancelled).round
            frozen = apps.round(ident, round_number, is_cancelled=task.is_cancelled)
            task.progress(0.5)
            materials = apps.materials(ident, is_cancelled=task.is_cancelled)
            snapshot = dict(frozen.snapshot)
            snapshot.setdefault("submitted_at", frozen.submitted_at)
            return snapshot, materials

        def done(result: Tuple[Dict[str, Any], List[Dict[str, Any]]]) -> None:
            if ident == self.application_id and self.declaration != "conflict":
                self.status.clear()
                self.show_snapshot(*result)

        def failed(error: Exception) -> None:
            if ident == self.application_id:
                self._failed(error)

        self.context.run(_tr("Reading the application"), work, done, failed, purpose="application")

    def show_snapshot(
        self, snapshot: Mapping[str, Any], materials: Optional[Sequence[Mapping[str, Any]]] = None
    ) -> None:
        """Fill the page from plain data: the round's snapshot and the API's materials (with
        their ``download_url``); without a materials list, the snapshot's own (no download)."""
        self.snapshot = dict(snapshot)
        listed = list(materials) if materials is not None else []
        if not listed:
            listed = [m for m in snapshot.get("materials") or [] if isinstance(m, dict)]
        self.materials = [dict(m) for m in listed if isinstance(m, dict)]
        self.browser.setHtml(self._html.build(self.snapshot, self.materials))
        self._show_checks()
        self.content.show()
        self._update_buttons()

    def _show_checks(self) -> None:
        titles = {}
        for course in self.snapshot.get("courses") or []:
            if isinstance(course, dict):
                titles[str(course.get("key", ""))] = str(course.get("title") or "")
        results: Dict[str, Dict[str, Any]] = {}
        ids: List[Optional[int]] = []
        for index, material in enumerate(self.materials):
            course = titles.get(str(material.get("course", "")), str(material.get("course", "")))
            # A "/" in a name would cut it in the tree, which shows a path's last component.
            name = str(material.get("filename") or "").replace("/", "\u2215")
            # The tree shows the last path component and the whole path as its tooltip.
            key = "{course} · {part} #{n}/{name}".format(
                course=course, part=material.get("part", ""), n=index, name=name
            )
            results[key] = checks_of(material)
            ids.append(material_id(material))
        self.checks_view.show_results(results)
        tree = self.checks_view.tree
        for row, ident in enumerate(ids):
            item = tree.topLevelItem(row)
            if item is not None and ident is not None:
                item.setData(0, MATERIAL_ROLE, ident)

    # ------------------------------------------------------------------ links and files
    def _anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == MATERIAL_SCHEME:
            text = url.path() or url.toString().split(":", 1)[-1]
            if text.isdigit():
                self.open_material(int(text))
        elif scheme in ("http", "https"):
            open_web_url(url.toString())

    def _row_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        while item.parent() is not None:
            item = item.parent()
        ident = item.data(0, MATERIAL_ROLE)
        if isinstance(ident, int):
            self.open_material(ident)

    def _selected_material(self) -> Optional[int]:
        items = self.checks_view.tree.selectedItems()
        if not items:
            return None
        item = items[0]
        while item.parent() is not None:
            item = item.parent()
        ident = item.data(0, MATERIAL_ROLE)
        return ident if isinstance(ident, int) else None

    def _open_selected(self) -> None:
        ident = self._selected_material()
        if ident is not None:
            self.open_material(ident)

    def _update_buttons(self) -> None:
        selected = self._selected_material()
        material = self._material(selected) if selected is not None else None
        self.open_button.setEnabled(bool(material and material.get("download_url")))
        busy = bool(self._downloads)
        self.cancel_button.setVisible(busy)
        self.progress.setVisible(busy)

    def _material(self, ident: int) -> Optional[Dict[str, Any]]:
        return next((m for m in self.materials if material_id(m) == ident), None)

    def cache_folder(self) -> str:
        return application_folder(self.context.server_key, self.application_id or 0)

    def open_material(self, ident: int) -> Any:
        """Download the material ``ident`` in the background (or take the copy on disk) and
        open it; returns the task (``None`` when nothing started)."""
        material = self._material(ident)
        if material is None or not material.get("download_url") or ident in self._downloads:
            return None
        apps = self.context.applications
        authcfg = getattr(self.context, "authcfg", "") or authcfg_of(apps.api)
        headers = {**getattr(apps, "extra_headers", {}), "Accept-Language": apps.language}
        folder = self.cache_folder()
        application = self.application_id
        organisation = self.organisation or str(
            (self.snapshot.get("details") or {}).get("name") or ""
        )
        key = f"{self.context.server_key}-{application}"
        name = str(material.get("filename") or "")

        def work(task: TaskContext) -> Tuple[Downloaded, Optional[List[LayerSource]]]:
            downloaded = download_material(
                material,
                folder,
                authcfg=authcfg,
                headers=headers,
                is_cancelled=task.is_cancelled,
                progress=task.progress,
            )
            sources = find_layers(downloaded.path) if open_kind(downloaded.path) == "data" else None
            return downloaded, sources

        def done(result: Tuple[Downloaded, Optional[List[LayerSource]]]) -> None:
            self._download_ended(ident)
            downloaded, sources = result
            outcome = open_material(
                downloaded.path, organisation, key=key, sources=sources, parent=self, ask=self.ask
            )
            level = Qgis.MessageLevel.Info
            if outcome.how in ("failed", "refused"):
                level = Qgis.MessageLevel.Warning
            self.download_status.setText(outcome.message)
            self.context.push_message(outcome.message, level)

        def failed(error: Exception) -> None:
            self._download_ended(ident)
            if isinstance(error, CancelledError):
                text = _tr("The download of {name} was cancelled.").format(name=name)
            else:
                text = _tr("{name} could not be downloaded: {reason}").format(
                    name=name, reason=error_message(error)
                )
            self.download_status.setText(text)

        self.download_status.setText(_tr("Downloading {name}…").format(name=name))
        task = self.context.run(
            _tr("Downloading {name}").format(name=name),
            work,
            done,
            failed,
            purpose=f"download-{ident}",
        )
        if task is None:
            return None
        self._downloads[ident] = task
        progress = getattr(task, "progressChanged", None)
        if progress is not None:
            progress.connect(self._task_progress)
        self._update_buttons()
        return task

    def _task_progress(self, value: float) -> None:
        self.progress.setValue(int(value))

    def _download_ended(self, ident: int) -> None:
        self._downloads.pop(ident, None)
        if not self._downloads:
            self.progress.reset()
        self._update_buttons()

    def cancel_downloads(self) -> None:
        """Cancel every running download (each reports "cancelled", none opens anything)."""
        for task in list(self._downloads.values()):
            if is_alive(task):  # the task manager deletes tasks that ended
                task.cancel()
        self._update_buttons()
