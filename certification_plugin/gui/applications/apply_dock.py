"""The "Apply for certification" dock: self-check, the application in sections, submit.

Gates first (``WorkflowDock``): a server without the ``applications`` capability (the live
site, which has no API v1) gets the website's application page and the draft's answers as
text to paste; a user who is not signed in is asked to sign in. Then the self-check (the
server's yes/no questions; "Continue" when every answer is yes), then the sections:
organisation, contributions (a table), training material per course (files and links),
message to the reviewers.

Drafts are never lost: every edit saves the whole draft locally within two seconds
(``DraftAutosaver``, attachments by path) and, a few seconds later, to the server's draft
(PATCH with the revision it was last synced with, in a task on its own slot). When the dock
opens it shows the local draft at once; when the server's copy differs and both changed, the
user chooses which to keep. Submitting checks the application locally, asks for
confirmation (the form's next steps), checks every data file and QGIS project with QGIS,
uploads what is new (streamed, in the task manager, cancellable) and submits; errors show at
their fields or in the status line and the local draft stays as it was.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional
from urllib.parse import urlsplit

from qgis.gui import QgsDateEdit, QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, QDate, Qt, QTimer
from qgis.PyQt.QtGui import QGuiApplication, QShowEvent
from qgis.PyQt.QtWidgets import (
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from ...core import application_spec as spec_module
from ...core.api.session import new_idempotency_key
from ...core.application_draft import ApplicationDraft, Comparison, compare
from ...core.applications import (
    CAPABILITY,
    Application,
    ApplicationForm,
    Event,
    offered,
)
from ...core.errors import CancelledError, ConflictError, HttpError, ValidationFailed
from ...core.urls import localised
from ...qgis_io.drafts import DraftAutosaver, DraftStore
from ...qgis_io.lifetime import is_alive
from ...qgis_io.logging import WARNING, log
from ...qgis_io.messages import error_message
from ...qgis_io.names import country_choices
from ...qgis_io.network import default_user_agent
from ...qgis_io.tasks import TaskSlot
from ...qgis_io.translation import language_for_locale, user_locale
from ..base import FormBinder, WorkflowDock
from ..base.form_messages import translated_messages
from ..base.workflow_dock import GATE_PAGE
from .check_results import CheckResultsView
from .courses import CoursesEditor, split_paths
from .self_check import SelfCheckPage
from .status_page import StatusPage
from .sync import (
    STALE_STATUS,
    ServerState,
    SubmitJob,
    SubmitOutcome,
    applications_client,
    pending_uploads,
    push_draft,
    read_server,
    run_submit,
    stale_uploads,
)
from .texts import paste_labels, spec_labels, spec_messages

OBJECT_NAME = "CertificationApplyDock"
DRAFT_KIND = "application"
WEBSITE_APPLY_PATH = "create-certifyingorganisation/"
"""The live site's page for a new certifying organisation, under its language prefix."""
SYNC_DELAY_MS = 3000
"""Pause after the last edit before the server's draft is updated (the local save is
``DraftAutosaver``'s 1.5 s)."""
MESSAGE_PAGE, SELF_CHECK_PAGE, SECTIONS_PAGE, STATUS_PAGE = range(4)
KEEP_LOCAL = "local"
KEEP_SERVER = "server"
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.svg);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApplyDock", text)


def draft_key(server_url: str) -> str:
    """One draft per server: its host and port as a file-name-safe key."""
    parts = urlsplit(server_url)
    host = (parts.hostname or "server").lower()
    port = f"_{parts.port}" if parts.port else ""
    return re.sub(r"[^A-Za-z0-9_-]", "_", f"{host}{port}")[:128]


def website_apply_url(server_url: str) -> str:
    return localised(server_url, WEBSITE_APPLY_PATH)


def interface_language() -> str:
    """The plugin's interface language (``zh_TW``, ``ro``, ``sv``; English otherwise)."""
    return language_for_locale(user_locale()) or "en"


class LinesDelegate(QStyledItemDelegate):
    """A table cell edited as several lines (a contribution's links, one per line)."""

    def createEditor(self, parent: QWidget, _option: Any, _index: Any) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        return editor

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: Any, _index: Any) -> None:
        rect = option.rect
        rect.setHeight(max(rect.height(), 72))
        editor.setGeometry(rect)


class DateDelegate(QStyledItemDelegate):
    """A table cell edited with a calendar (QGIS's nullable date edit); ISO text in the cell."""

    def createEditor(self, parent: QWidget, _option: Any, _index: Any) -> QWidget:
        editor = QgsDateEdit(parent)
        editor.setAllowNull(True)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        return editor

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        day = QDate.fromString(text, Qt.DateFormat.ISODate) if text else QDate()
        if day.isValid():
            editor.setDate(day)
        else:
            editor.clear()

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        day = editor.date()
        text = "" if editor.isNull() or not day.isValid() else day.toString(Qt.DateFormat.ISODate)
        model.setData(index, text, Qt.ItemDataRole.EditRole)


class PageStack(QWidget):
    """Pages of which one shows; unlike ``QStackedWidget`` it is as tall as the page shown
    (hidden widgets take no room), so the scroll area scrolls that page and nothing more."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._pages: List[QWidget] = []
        self._current = -1
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> int:
        self._pages.append(page)
        self._layout.addWidget(page)
        page.setVisible(len(self._pages) - 1 == self._current)
        return len(self._pages) - 1

    def setCurrentIndex(self, index: int) -> None:
        self._current = index
        for number, page in enumerate(self._pages):
            page.setVisible(number == index)

    def currentIndex(self) -> int:
        return self._current

    def widget(self, index: int) -> QWidget:
        return self._pages[index]

    def count(self) -> int:
        return len(self._pages)


class ApplyDock(WorkflowDock):
    """Apply for certification (see the module doc)."""

    def __init__(
        self,
        plugin: Any,
        parent: Optional[QWidget] = None,
        store: Optional[DraftStore] = None,
        autosave_ms: Optional[int] = None,
        sync_delay_ms: int = SYNC_DELAY_MS,
    ) -> None:
        super().__init__(plugin, _tr("Apply for certification"), OBJECT_NAME, parent)
        self.plugin = plugin
        self.store = store if store is not None else DraftStore()
        self.draft = ApplicationDraft()
        self.form: Optional[ApplicationForm] = None
        self.application: Optional[Application] = None
        self.events: List[Event] = []
        self.server: Optional[ServerState] = None
        self._started = False
        self._restoring = False
        self._submit_key = ""
        self._sent_digest = ""
        self._editing = False
        """True once "Edit and resubmit" was chosen for the current round."""
        self.conflict_box: Optional[QMessageBox] = None
        self.confirm_box: Optional[QMessageBox] = None
        self.sync_slot = TaskSlot(plugin.tasks, self)
        self.sync_timer = QTimer(self)
        self.sync_timer.setSingleShot(True)
        self.sync_timer.setInterval(sync_delay_ms)
        self.sync_timer.timeout.connect(self.push_now)
        server_url = plugin.settings.server_url
        self.key = draft_key(server_url)
        self.requires(CAPABILITY, _tr("applications"), website_apply_url(server_url))
        self.autosaver = DraftAutosaver(
            self.store,
            DRAFT_KIND,
            self.key,
            **({"delay_ms": autosave_ms} if autosave_ms is not None else {}),
            parent=self,
        )
        self.autosaver.failed.connect(self._autosave_failed)
        self.signInChanged.connect(self._sign_in_changed_here)
        self._build()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        labels = spec_labels()
        self._translate = lambda text: labels.get(text, text)
        self.stack = PageStack(self)
        self.stack.setObjectName("applyPages")
        # Message page: loading, sign in.
        message_page = self.message_page(
            self.stack,
            "apply",
            _tr("Connecting to the certification server…"),
            _tr("Sign in…"),
        )
        self.stack.addWidget(message_page)
        # Self-check.
        self.self_check = SelfCheckPage(self.stack)
        self.self_check.changed.connect(self._edited)
        self.self_check.continued.connect(self._self_check_passed)
        self.stack.addWidget(self.self_check)
        # Sections.
        self.sections = QWidget(self.stack)
        self.sections.setObjectName("applySections")
        self.sections_layout = QVBoxLayout(self.sections)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        self.courses = CoursesEditor(self._translate, self.sections)
        self.courses.set_key_maker(self._new_course_key)
        self.courses.changed.connect(self._edited)
        self.checks_title = QLabel(_tr("QGIS checks of the files"), self.courses)
        self.checks_view = CheckResultsView(self.courses)
        self.checks_view.setObjectName("checkResults")
        self.checks_view.setMinimumHeight(120)
        self.courses.checks_holder.addWidget(self.checks_title)
        self.courses.checks_holder.addWidget(self.checks_view)
        self.logo = QgsFileWidget(self.sections)
        self.logo.setObjectName("field_logo")
        self.logo.setStorageMode(QgsFileWidget.StorageMode.GetFile)
        self.logo.setFilter(IMAGE_FILTER)
        self.logo.fileChanged.connect(self._edited)
        self.stack.addWidget(self.sections)
        # Status.
        self.status_page = StatusPage(self.stack)
        self.status_page.edit_button.clicked.connect(self.edit_and_resubmit)
        self.status_page.withdraw_button.clicked.connect(self.withdraw)
        self.status_page.refresh_button.clicked.connect(self.refresh)
        self.status_page.new_button.clicked.connect(self.start_new_application)
        self.stack.addWidget(self.status_page)
        self.scroll.setWidget(self.stack)

        self.check_button = self.add_action_button(_tr("Check files"))
        self.check_button.setObjectName("applyCheckFiles")
        self.check_button.clicked.connect(self.check_files)
        self.submit_button = self.add_action_button(_tr("Submit…"))
        self.submit_button.setObjectName("applySubmit")
        self.submit_button.clicked.connect(self.submit)
        self._build_gate_extras()
        self._set_form(None)
        self.show_page(MESSAGE_PAGE)

    def _build_gate_extras(self) -> None:
        """The live site's gate also offers the draft's answers as text to paste."""
        gate = self.pages.widget(GATE_PAGE)
        layout = gate.layout()
        self.paste_label = QLabel(
            _tr("Your answers so far, to paste into the website's form:"), gate
        )
        self.paste_label.setWordWrap(True)
        self.paste_text = QPlainTextEdit(gate)
        self.paste_text.setObjectName("pasteText")
        self.paste_text.setReadOnly(True)
        self.copy_button = QPushButton(_tr("Copy"), gate)
        self.copy_button.setObjectName("copyAnswers")
        self.copy_button.clicked.connect(self.copy_answers)
        index = layout.count() - 1  # before the stretch
        layout.insertWidget(index, self.paste_label)
        layout.insertWidget(index + 1, self.paste_text, 1)
        layout.insertWidget(index + 2, self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _set_form(self, form: Optional[ApplicationForm]) -> None:
        """(Re)build the form's widgets for ``form`` (None: the built-in kinds and licences),
        keeping what is typed."""
        values = self.binder.values() if self.binder is not None else None
        old = self.binder
        spec = spec_module.form_spec(country_choices(), form)
        binder = FormBinder(spec, self.sections, self._translate)
        binder.changed.connect(self._edited)
        organisation = binder.widget.findChild(QGroupBox)
        if organisation is not None and organisation.layout() is not None:
            organisation.layout().addRow(_tr("Logo"), self.logo)
        layout = binder.widget.layout()
        layout.insertWidget(2, self.courses)  # after the contributions, before the message
        binder.editor("address").setMaximumHeight(72)
        binder.editor("message").setMinimumHeight(90)
        binder.editor("message").setMaximumHeight(160)
        table = binder.editor("contributions")
        table.table.setMinimumHeight(150)
        links = table.column("links")
        if links >= 0:
            table.table.setItemDelegateForColumn(links, LinesDelegate(table.table))
        for name in ("start_date", "end_date"):
            column = table.column(name)
            if column >= 0:
                table.table.setItemDelegateForColumn(column, DateDelegate(table.table))
        self.binder = binder
        self.sections_layout.insertWidget(0, binder.widget)
        if old is not None:
            old.widget.hide()
            old.widget.setParent(None)
            old.widget.deleteLater()
            old.deleteLater()
        licences = spec_module.course_spec(form).field("licence").choices
        self.courses.set_licences(licences)
        if form is not None:
            extensions = " ".join(f"*{ext}" for ext in form.extensions())
            everything = _tr("All files") + " (*)"
            chosen = (_tr("Accepted files") + f" ({extensions});;") if extensions else ""
            self.courses.set_file_filters(chosen + everything, chosen + everything)
        if values is not None:
            binder.set_values(values)

    # ------------------------------------------------------------------ pages
    def show_page(self, page: int) -> None:
        changed = self.stack.currentIndex() != page
        self.stack.setCurrentIndex(page)
        if changed:
            self.scroll.verticalScrollBar().setValue(0)
        on_sections = page == SECTIONS_PAGE
        self.check_button.setVisible(on_sections)
        self.submit_button.setVisible(on_sections)
        submit_text = _tr("Resubmit…") if self._resubmitting() else _tr("Submit…")
        self.submit_button.setText(submit_text)

    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    def _resubmitting(self) -> bool:
        return self.application is not None and self.application.state == "changes_requested"

    def _page_for_draft(self) -> int:
        application = self.application
        if application is not None and not application.editable:
            return STATUS_PAGE
        if application is not None and application.state != "draft" and not self._editing:
            return STATUS_PAGE  # changes requested: the remarks first, then "Edit and resubmit"
        if self.draft.self_check_done:
            return SECTIONS_PAGE
        return SELF_CHECK_PAGE

    # ------------------------------------------------------------------ opening
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.start()

    def start(self) -> None:
        """Show the local draft at once, then ask the server (in a task)."""
        self._started = True
        self.restore_local()
        self.refresh()

    def restore_local(self) -> bool:
        """The draft saved on this computer, into the widgets; True if there was one."""
        saved = self.store.load(DRAFT_KIND, self.key)
        if saved is None:
            if self.store.last_problem:
                self.set_status(
                    _tr("The saved draft could not be read; it was set aside. {problem}").format(
                        problem=self.store.last_problem
                    )
                )
            return False
        self.draft = ApplicationDraft.from_json(saved.data)
        self._show_draft()
        self.show_page(self._page_for_draft())
        return True

    def refresh(self) -> None:
        client = self.plugin.create_client()
        signed_in = self.signed_in()
        language = interface_language()
        server_id = self.draft.server_id

        def work(context: Any) -> ServerState:
            return read_server(client, language, signed_in, server_id, context)

        self.slot.run(
            _tr("Reading the certification application"), work, self._server_read, self._offline
        )

    def _offline(self, error: Exception) -> None:
        if isinstance(error, CancelledError):
            return
        self.set_status(
            _tr(
                "The server could not be reached; your draft is kept on this computer. {error}"
            ).format(error=error_message(error))
        )
        if self.page == MESSAGE_PAGE:
            self.show_page(self._page_for_draft())

    def _server_read(self, state: ServerState) -> None:
        self.server = state
        if not self.apply_server_info(state.info):
            self.paste_text.setPlainText(self._collect().as_text(paste_labels()))
            return
        if state.form is not None:
            self.form = state.form
            self._set_form(state.form)
            if spec_module.self_check_passed(state.form, self.draft.answers):
                self.draft.self_check_done = False  # a new or changed question: ask again
            self.draft.self_check_version = state.form.self_check_version
            self.self_check.set_questions(state.form.questions, self.draft.answers)
        if not self.signed_in():
            self.message_label.setText(
                _tr("Sign in to the certification server to apply; your draft is kept.")
            )
            self.sign_in_button.show()
            self.show_page(MESSAGE_PAGE)
            return
        self.sign_in_button.hide()
        if state.application is not None:
            self._reconcile(state.application)
            self.events = list(state.events)
            self.status_page.show_events(self.events)
        self.show_page(self._page_for_draft())
        if self.page == STATUS_PAGE and self.application is not None:
            self.status_page.show_application(self.application, self._next_steps())

    def _sign_in_changed_here(self, _signed_in: bool) -> None:
        """Signed in or out: the draft stays; the server is asked again (signed out: the
        sign-in page, the local draft kept for later)."""
        self.application = None
        self.refresh()

    # ------------------------------------------------------------------ local vs server
    def _reconcile(self, application: Application) -> None:
        self.application = application
        if not application.editable:
            self.draft = ApplicationDraft.from_application(application, keep=self.draft)
            self._show_draft()
            self._save_now()
            return
        if self.draft.server_id is None and self.draft.is_empty():
            comparison = Comparison(False, True, False)
        else:
            comparison = compare(self.draft, application)
        if comparison.same_content:
            self.draft.mark_synced(application)
            self._save_now()
        elif comparison.must_choose:
            self.ask_which_to_keep(application)
        elif comparison.push_local:
            self.schedule_push()
        else:
            self._take_server(application)
            self.set_status(_tr("The server's copy of the draft was newer; it is shown."))

    def ask_which_to_keep(self, application: Application) -> QMessageBox:
        """Local and server drafts both changed: a window-modal choice (``conflict_box``)."""
        box = QMessageBox(self)
        box.setObjectName("draftConflict")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Two versions of the draft"))
        box.setText(
            _tr(
                "The draft on this computer and the one on the server (changed on {when}) "
                "differ. Which one do you want to keep?"
            ).format(when=str(application.data.get("updated_at") or "?").replace("T", " ")[:16])
        )
        box.setInformativeText(_tr("The other one is replaced."))
        local = box.addButton(_tr("Keep this computer's"), QMessageBox.ButtonRole.AcceptRole)
        server = box.addButton(_tr("Use the server's"), QMessageBox.ButtonRole.RejectRole)
        local.setObjectName("keepLocal")
        server.setObjectName("keepServer")
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def chosen(_result: int) -> None:
            self.keep(KEEP_LOCAL if box.clickedButton() is local else KEEP_SERVER, application)

        box.finished.connect(chosen)
        self.conflict_box = box
        box.open()
        return box

    def keep(self, which: str, application: Application) -> None:
        if which == KEEP_SERVER:
            self._take_server(application)
            self.set_status(_tr("The server's draft is shown."))
        else:
            # Overwrite the server's copy: send ours against its current revision.
            self.draft.server_id = application.id
            self.draft.server_revision = application.revision
            self.draft.synced_digest = ""
            self._save_now()
            self.push_now()

    def _take_server(self, application: Application) -> None:
        self.draft = ApplicationDraft.from_application(application, keep=self.draft)
        self._show_draft()
        self._save_now()

    # ------------------------------------------------------------------ draft <-> widgets
    def _show_draft(self) -> None:
        self._restoring = True
        try:
            draft = self.draft
            assert self.binder is not None
            self.binder.set_values(draft.values)
            self.courses.set_courses(draft.courses)
            if self.form is not None:
                self.self_check.set_questions(self.form.questions, draft.answers)
            self.logo.setFilePath(draft.logo)
            self.checks_view.show_results(self._visible_checks())
        finally:
            self._restoring = False

    def _collect(self) -> ApplicationDraft:
        """The widgets' values into ``self.draft`` (which keeps the sync bookkeeping)."""
        draft = self.draft
        if self.binder is not None:
            draft.values = self.binder.values()
        draft.courses = self.courses.courses()
        if self.form is not None:
            draft.answers = self.self_check.answers()
            draft.self_check_version = self.form.self_check_version
        paths = split_paths(self.logo.filePath())
        draft.logo = paths[0] if paths else ""
        return draft

    def _draft_json(self) -> Dict[str, Any]:
        return self._collect().to_json()

    def _new_course_key(self) -> str:
        taken = {course.key for course in self.courses._courses}
        number = len(taken) + 1
        while f"c{number}" in taken:
            number += 1
        return f"c{number}"

    def _edited(self, *_args: object) -> None:
        if self._restoring:
            return
        self.autosaver.touch(self._draft_json)
        self.schedule_push()

    def _save_now(self) -> None:
        self.autosaver.touch(self._draft_json)
        self.autosaver.flush()

    def _autosave_failed(self, message: str) -> None:
        self.set_status(message)

    def _self_check_passed(self) -> None:
        self.draft.self_check_done = True
        self._edited()
        self.show_page(SECTIONS_PAGE)

    def _visible_checks(self) -> Dict[str, Dict[str, Any]]:
        files = set(self.draft.all_files())
        return {path: result for path, result in self.draft.checks.items() if path in files}

    # ------------------------------------------------------------------ server draft
    def _online_editable(self) -> bool:
        if self.server is None or not offered(self.server.info) or not self.signed_in():
            return False
        return self.application is None or self.application.editable

    def schedule_push(self) -> None:
        if self._online_editable():
            self.sync_timer.start()

    def push_now(self) -> None:
        """Send the draft to the server's copy (a task on the sync slot); never blocks."""
        self.sync_timer.stop()
        if not self._online_editable():
            return
        if self.sync_slot.busy or self.slot.busy:  # after the running request
            self.sync_timer.start()
            return
        draft = self._collect()
        content = draft.content()
        if draft.server_id is None and not content["details"]["name"].strip():
            return  # the server creates a draft from the organisation's name
        if not draft.locally_changed and draft.server_id is not None:
            return
        apps = applications_client(self.plugin.create_client(), interface_language())
        server_id, revision = draft.server_id, draft.server_revision
        reapply_from = draft.reapply_from
        self._sent_digest = draft.digest()

        def work(context: Any) -> Application:
            return push_draft(apps, content, server_id, revision, context, reapply_from)

        self.sync_slot.run(
            _tr("Saving the application draft on the server"), work, self._pushed, self._push_failed
        )

    def _pushed(self, application: Application) -> None:
        self.application = application
        self.draft.server_id = application.id
        self.draft.reapply_from = None
        self.draft.server_revision = application.revision
        self.draft.synced_digest = self._sent_digest
        self._save_now()
        if self.binder is not None:
            self.binder.clear_errors()
        self.set_status(_tr("Draft saved on the server."))
        if self.draft.locally_changed:
            self.schedule_push()

    def _push_failed(self, error: Exception) -> None:
        if isinstance(error, CancelledError):
            return
        if isinstance(error, HttpError) and error.status == STALE_STATUS:
            self._fetch_for_conflict()
            return
        if isinstance(error, ConflictError):
            self.refresh()
        self.show_problem(error)
        if not isinstance(error, ValidationFailed):
            self.set_status(
                _tr("Saved on this computer; the server's copy was not updated. {error}").format(
                    error=error_message(error)
                )
            )

    def _fetch_for_conflict(self) -> None:
        apps = applications_client(self.plugin.create_client(), interface_language())
        server_id = self.draft.server_id
        if server_id is None:
            return

        def work(context: Any) -> Application:
            return apps.get(server_id, is_cancelled=context.is_cancelled)

        def fetched(application: Application) -> None:
            self.application = application
            comparison = compare(self._collect(), application)
            if comparison.same_content:
                self.draft.mark_synced(application)
                self._save_now()
            else:
                self.ask_which_to_keep(application)

        self.sync_slot.run(_tr("Reading the server's draft"), work, fetched, self.show_problem)

    # ------------------------------------------------------------------ errors
    def show_problem(self, error: BaseException) -> None:
        if not isinstance(error, ValidationFailed):
            super().show_problem(error)
            return
        rest = self.show_application_errors(error.errors)
        lines = [error_message(error).split("\n")[0]] if not error.errors else []
        lines += list(error.general)
        lines += [f"{name}: {message}" for name, messages in rest.items() for message in messages]
        summary = _tr("The server did not accept the application; see the marked fields.")
        self.set_status("\n".join([summary, *lines]))

    def show_application_errors(self, errors: Dict[str, List[str]]) -> Dict[str, List[str]]:
        """Errors (server names) at their fields; returns what no field takes."""
        form_errors, course_errors, check_errors, rest = spec_module.split_server_errors(errors)
        if self.binder is not None:
            self.binder.clear_errors()
            unplaced = self.binder.show_errors(form_errors)
        else:
            unplaced = dict(form_errors)
        self.courses.show_errors(course_errors)
        if check_errors:
            questions = {q.key: q.text for q in (self.form.questions if self.form else ())}
            for key, messages in check_errors.items():
                rest.setdefault(_tr("Self-check"), []).extend(
                    f"{questions.get(key, key)}: {message}" for message in messages
                )
        for name, messages in unplaced.items():
            rest.setdefault(name, []).extend(messages)
        return rest

    def validate_locally(self) -> Dict[str, List[str]]:
        draft = self._collect()
        spec = self.binder.spec if self.binder is not None else None
        assert spec is not None
        errors = spec_module.completeness(
            draft.values,
            [course.values for course in draft.courses],
            draft.answers,
            self.form,
            spec,
            files=[dict(course.files) for course in draft.courses],
            messages=spec_messages(),
            form_messages=translated_messages(),
        )
        rest = self.show_application_errors(errors)
        if errors:
            lines = [_tr("Some answers are missing or not valid; see the marked fields.")]
            lines += [
                f"{name}: {message}" for name, messages in rest.items() for message in messages
            ]
            self.set_status("\n".join(lines))
        else:
            self.set_status("")
        return errors

    # ------------------------------------------------------------------ checks and submit
    def _files_to_check(self) -> List[str]:
        from ...qgis_io.material_checks import kind_of

        return [path for path in self.draft.all_files() if kind_of(path) != "document"]

    def check_files(self, then: Optional[Any] = None) -> None:
        """Open every data file and QGIS project with QGIS (a task) and show the results."""
        from ...qgis_io.material_checks import check_materials

        self._collect()
        paths = [p for p in self._files_to_check() if p != self.draft.logo]
        if not paths:
            if callable(then):
                then()
            return

        def work(context: Any) -> Dict[str, Dict[str, Any]]:
            return check_materials(paths, context)

        def done(results: Dict[str, Dict[str, Any]]) -> None:
            self.draft.checks.update(results)
            self.checks_view.show_results(self._visible_checks())
            self._save_now()
            if callable(then):
                then()

        self.slot.run(_tr("Checking training material with QGIS"), work, done, self.show_problem)

    def submit(self) -> None:
        """Check locally, confirm (next steps), check the files, upload, submit."""
        self.push_now_cancel()
        if self.validate_locally():
            return
        box = QMessageBox(self)
        box.setObjectName("confirmSubmit")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Submit the application"))
        box.setText(
            _tr(
                "Submit the application now? Its files are checked with QGIS and uploaded "
                "first. After submitting you cannot change it unless the reviewers ask for "
                "changes."
            )
        )
        box.setInformativeText(self._next_steps())
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Ok).setText(_tr("Submit"))
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Ok:
                self.check_files(then=self._upload_and_submit)

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    def push_now_cancel(self) -> None:
        self.sync_timer.stop()
        self.sync_slot.cancel()

    def _next_steps(self) -> str:
        if self.form is not None and self.form.next_steps:
            return self.form.next_steps
        return _tr(
            "The certification managers screen the application, then the QGIS user group of "
            "your country or the QGIS PSC reviews it; expect an answer in about a month."
        )

    def _upload_and_submit(self) -> None:
        draft = self._collect()
        settings = self.plugin.settings
        if not self._submit_key:
            self._submit_key = new_idempotency_key()
        job = SubmitJob(
            content=draft.content(),
            server_id=draft.server_id,
            revision=draft.server_revision,
            uploads=pending_uploads(draft),
            stale=stale_uploads(draft),
            checks=dict(draft.checks),
            idempotency_key=self._submit_key,
            authcfg=settings.authcfg,
            user_agent=default_user_agent(),
            timeout_s=float(getattr(settings, "request_timeout_s", 60) or 60),
            reapply_from=draft.reapply_from,
        )
        apps = applications_client(self.plugin.create_client(), interface_language())
        self._job = job
        self._sent_digest = draft.digest()

        def work(context: Any) -> SubmitOutcome:
            return run_submit(apps, job, context)

        self.set_status(_tr("Uploading the material and submitting…"))
        self.slot.run(
            _tr("Submitting the certification application"),
            work,
            self._submitted,
            self._submit_failed,
        )

    def _absorb_job(self, job: SubmitJob) -> None:
        """What a submit task did before it ended (well or not) goes into the draft."""
        if job.saved is not None:
            self.draft.server_id = job.saved.id
            self.draft.server_revision = job.saved.revision
            self.draft.synced_digest = self._sent_digest
            self.application = job.saved
        for key in job.removed:
            self.draft.uploads.pop(key, None)
        self.draft.uploads.update(job.uploaded)
        self._save_now()

    def _submitted(self, outcome: SubmitOutcome) -> None:
        self._absorb_job(self._job)
        self._submit_key = ""
        self.application = outcome.application
        self.events = list(outcome.events)
        self.draft.mark_synced(outcome.application)
        self._editing = False
        self._save_now()
        self.status_page.show_application(outcome.application, self._next_steps())
        self.status_page.show_events(self.events)
        self.show_page(STATUS_PAGE)
        self.set_status(_tr("The application was submitted."))

    def _submit_failed(self, error: Exception) -> None:
        self._absorb_job(self._job)
        if isinstance(error, CancelledError):
            self.set_status(_tr("Submitting was cancelled; your draft is kept."))
            return
        if isinstance(error, (ValidationFailed, ConflictError)):
            self._submit_key = ""  # the server answered: a new attempt is a new submit
        self.show_problem(error)
        if not isinstance(error, ValidationFailed):
            self.set_status(
                _tr("The application was not submitted; your draft is kept. {error}").format(
                    error=error_message(error)
                )
            )

    # ------------------------------------------------------------------ after submitting
    def edit_and_resubmit(self) -> None:
        self._editing = True
        self.show_page(SECTIONS_PAGE)
        if self.application is not None and self.application.remarks:
            self.set_status(
                _tr("Remarks of the reviewers: {remarks}").format(remarks=self.application.remarks)
            )

    def start_new_application(self) -> None:
        """After a withdrawal or a rejection: a new draft with what was typed, made on the
        server from the closed application (same organisation; its files are uploaded again)."""
        closed = self.application
        draft = self._collect()
        draft.reapply_from = closed.id if closed is not None else draft.server_id
        draft.server_id = None
        draft.server_revision = None
        draft.synced_digest = ""
        draft.uploads = {}
        draft.self_check_done = False
        self.application = None
        self.events = []
        self._editing = False
        self._submit_key = ""
        self._save_now()
        self.show_page(SELF_CHECK_PAGE)
        self.set_status(_tr("A new application, starting from your previous answers."))

    def withdraw(self) -> None:
        application = self.application
        if application is None:
            return
        answer = QMessageBox.question(
            self,
            _tr("Withdraw the application"),
            _tr("Withdraw application {id}? This cannot be undone.").format(id=application.id),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        apps = applications_client(self.plugin.create_client(), interface_language())

        def work(context: Any) -> Application:
            return apps.withdraw(application.id, is_cancelled=context.is_cancelled)

        def done(updated: Application) -> None:
            self.application = updated
            self.status_page.show_application(updated, self._next_steps())

        self.slot.run(_tr("Withdrawing the application"), work, done, self.show_problem)

    # ------------------------------------------------------------------ live site
    def copy_answers(self) -> None:
        QGuiApplication.clipboard().setText(self.paste_text.toPlainText())
        self.set_status(_tr("Your answers were copied; paste them into the website's form."))

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: Any) -> None:
        if self._started and self.autosaver.pending:
            self.autosaver.flush()
        super().closeEvent(event)

    def flush(self) -> bool:
        """Save a pending edit now (plugin unload)."""
        if not is_alive(self.autosaver):
            return False
        try:
            return self.autosaver.flush()
        except Exception as exc:  # never let unload fail on a draft
            log(f"The application draft could not be saved on unload: {exc}", WARNING)
            return False
