"""The base of every workflow dock: a form, a status line, a busy state and two gates.

A workflow dock (application, review, training, payment) subclasses ``WorkflowDock``, gives
it a ``FormBinder`` and its action buttons, and runs its requests on ``self.slot`` (a
``TaskSlot``): while a task runs the action buttons are disabled and a busy bar shows.
``show_problem`` puts a ``ValidationFailed``'s messages at their fields and everything else in
the status line. The capability gate: against a server without the workflow's capability
(the live site has no API) the dock says it is done on the website and offers to open it.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Set

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtGui import QCloseEvent
from qgis.PyQt.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CancelledError, ValidationFailed
from ...core.models import ServerInfo
from ...qgis_io.lifetime import is_alive
from ...qgis_io.messages import error_message, error_summary
from ...qgis_io.tasks import TaskSlot
from ..links import open_web_url, web_url
from ..sign_in_dialog import SignInDialog
from ..sign_out import SignOutResult, sign_out
from .form_binder import FormBinder

BODY_MARGIN = 4


# The base's own strings in its own context: ``self.tr`` in a base class looks them up under
# the subclass's name (``ApplyDock``), where the catalogue does not have them.
def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkflowDock", text)


FORM_PAGE = 0
GATE_PAGE = 1


class WorkflowDock(QgsDockWidget):
    """Form + action buttons + status line, with the busy state and the capability gate.

    ``plugin`` provides ``tasks`` (a ``TaskRunner``) and ``settings`` (``authcfg``).
    ``start_sign_in()`` opens the browser sign-in, ``start_sign_out()`` revokes and forgets
    it; ``signInChanged(bool)`` tells the subclass when either is done.
    """

    signInChanged = pyqtSignal(bool)

    def __init__(
        self,
        plugin: Any,
        title: str,
        object_name: str,
        parent: Optional[QWidget] = None,
    ) -> None:
        super().__init__(parent)
        self._plugin = plugin
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.binder: Optional[FormBinder] = None
        self._action_buttons: List[QPushButton] = []
        self._capability = ""
        self._feature = ""
        self._website_url = ""
        self.sign_in_dialog: Optional[QWidget] = None
        self.slot = TaskSlot(plugin.tasks, self)
        self.slot.busyChanged.connect(self.set_busy)
        self._slots: Dict[str, TaskSlot] = {}
        self._busy_slots: Set[str] = set()
        self._build_ui()

    def _build_ui(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(BODY_MARGIN, BODY_MARGIN, BODY_MARGIN, BODY_MARGIN)
        self.pages = QStackedWidget(body)

        self.scroll = QScrollArea(self.pages)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages.addWidget(self.scroll)

        gate = QWidget(self.pages)
        gate_layout = QVBoxLayout(gate)
        self.gate_label = QLabel(gate)
        self.gate_label.setTextFormat(Qt.TextFormat.PlainText)
        self.gate_label.setWordWrap(True)
        self.gate_label.setObjectName("capabilityGate")
        self.website_button = QPushButton(_tr("Open the website"), gate)
        self.website_button.clicked.connect(self.open_website)
        gate_layout.addWidget(self.gate_label)
        gate_layout.addWidget(self.website_button, 0, Qt.AlignmentFlag.AlignLeft)
        gate_layout.addStretch(1)
        self.pages.addWidget(gate)
        layout.addWidget(self.pages, 1)

        self.button_row = QHBoxLayout()
        self.button_row.setContentsMargins(0, 0, 0, 0)
        self.sign_out_button = QPushButton(_tr("Sign out"), body)
        self.sign_out_button.setObjectName("signOut")
        self.sign_out_button.clicked.connect(self.start_sign_out)
        self.sign_out_button.setVisible(self.signed_in())
        self.button_row.addWidget(self.sign_out_button)
        self.button_row.addStretch(1)
        layout.addLayout(self.button_row)

        self.busy_bar = QProgressBar(body)
        self.busy_bar.setRange(0, 0)  # no steps known: an indefinite "working" bar
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.hide()
        layout.addWidget(self.busy_bar)

        self.status_label = QLabel(body)
        self.status_label.setObjectName("statusLine")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # network text, never markup
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        self.setWidget(body)

    # ------------------------------------------------------------------ form and buttons
    def set_form(self, binder: FormBinder) -> None:
        """Show ``binder``'s form in the scrollable body; its draft is flushed on close."""
        self.binder = binder
        self.scroll.setWidget(binder.widget)

    def add_action_button(self, text: str) -> QPushButton:
        """A button of the dock's actions (Save, Submit...): disabled while busy."""
        button = QPushButton(text, self)
        self.button_row.addWidget(button)
        self._action_buttons.append(button)
        button.setEnabled(not self.slot.busy)
        return button

    @property
    def action_buttons(self) -> List[QPushButton]:
        return list(self._action_buttons)

    def set_busy(self, busy: bool) -> None:
        """While a request runs: action buttons off, the busy bar on."""
        for button in self._action_buttons:
            button.setEnabled(not busy)
        self.busy_bar.setVisible(busy)

    @property
    def busy(self) -> bool:
        return self.busy_bar.isVisibleTo(self)

    # ------------------------------------------------------------------ status and errors
    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def status(self) -> str:
        return self.status_label.text()

    def show_problem(self, error: BaseException) -> None:
        """Field errors at their fields; the rest (and what no field takes) in the status line."""
        if self.binder is not None:
            self.binder.clear_errors()
        if isinstance(error, ValidationFailed):
            unplaced = self.binder.show_errors(error.errors) if self.binder else dict(error.errors)
            lines = [error_summary(error), *error.general]
            for name, messages in unplaced.items():
                lines.extend(f"{name}: {message}" for message in messages)
            self.set_status("\n".join(lines))
            return
        self.set_status(error_message(error))

    def clear_problem(self) -> None:
        if self.binder is not None:
            self.binder.clear_errors()
        self.set_status("")

    def _failed(self, error: Exception) -> None:
        """A request's default refusal: shown, unless it was cancelled."""
        if not isinstance(error, CancelledError):
            self.show_problem(error)

    # ------------------------------------------------------------------ slots by purpose
    def purpose_slot(self, key: str) -> TaskSlot:
        """The task slot of ``key``, made on first use: a request replaces the running one of
        its own purpose only, and the dock is busy while any purpose's request runs."""
        slot = self._slots.get(key)
        if slot is None:
            slot = TaskSlot(self._plugin.tasks, self)
            slot.busyChanged.connect(lambda busy, key=key: self._slot_busy(key, busy))
            self._slots[key] = slot
        return slot

    def _slot_busy(self, key: str, busy: bool) -> None:
        if busy:
            self._busy_slots.add(key)
        else:
            self._busy_slots.discard(key)
        self.set_busy(bool(self._busy_slots))

    # ------------------------------------------------------------------ gates
    def signed_in(self) -> bool:
        """True when an authentication configuration is set (by the sign-in or by hand)."""
        return bool(getattr(self._plugin.settings, "authcfg", ""))

    def sign_in(self) -> None:
        """The browser sign-in, raised when already open; ``signInChanged`` tells the
        subclass when it is done."""
        if is_alive(self.sign_in_dialog) and self.sign_in_dialog.isVisible():
            self.sign_in_dialog.raise_()
            return
        self.sign_in_dialog = self.start_sign_in()

    def message_page(self, parent: QWidget, name: str, text: str, sign_in_text: str) -> QWidget:
        """A page of the subclass's stack with a message (``message_label``, showing
        ``text``) and a hidden sign-in button (``sign_in_button``); ``name`` prefixes their
        object names. The texts come translated in the subclass's own context."""
        page = QWidget(parent)
        layout = QVBoxLayout(page)
        self.message_label = QLabel(page)
        self.message_label.setObjectName(f"{name}Message")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.setText(text)
        self.sign_in_button = QPushButton(sign_in_text, page)
        self.sign_in_button.setObjectName(f"{name}SignIn")
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_in_button.hide()
        layout.addWidget(self.message_label)
        layout.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def start_sign_in(self) -> QDialog:
        """Open the browser sign-in (window-modal, not blocking); returns the dialog."""
        dialog = SignInDialog(self._plugin.tasks, self._plugin.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signedIn.connect(self._signed_in)
        dialog.open()
        return dialog

    def _signed_in(self, username: str) -> None:
        self.set_status(_tr("Signed in as {username}.").format(username=username))
        self._sign_in_changed(True)

    def start_sign_out(self) -> None:
        """Revoke the token on the server and forget it here; the outcome in the status line."""
        self.sign_out_button.setEnabled(False)
        self.set_status(_tr("Signing out…"))

        def done(result: SignOutResult) -> None:
            if is_alive(self):
                self.set_status(result.message)
                self._sign_in_changed(False)

        sign_out(self._plugin.tasks, self._plugin.settings, done)

    def _sign_in_changed(self, signed_in: bool) -> None:
        self.update_sign_in_state()
        self.signInChanged.emit(signed_in)

    def update_sign_in_state(self) -> None:
        """ "Sign out" shows while signed in (call it when the settings may have changed)."""
        self.sign_out_button.setEnabled(True)
        self.sign_out_button.setVisible(self.signed_in())

    def requires(self, capability: str, feature: str, website_url: str) -> None:
        """The dock needs the server's ``capability``; without it, ``feature`` (translated,
        e.g. "applications") is done on the website at ``website_url``."""
        self._capability = capability
        self._feature = feature
        self._website_url = website_url

    def apply_server_info(self, info: Optional[ServerInfo]) -> bool:
        """Show the form when the server offers the capability, else the gate; True if the form."""
        self.update_sign_in_state()
        offered = not self._capability or (
            info is not None and info.has_api and self._capability in info.capabilities
        )
        if offered:
            self.pages.setCurrentIndex(FORM_PAGE)
            return True
        self.gate_label.setText(
            _tr("This server does not offer {feature}: it is done on the website.").format(
                feature=self._feature
            )
        )
        self.website_button.setEnabled(bool(web_url(self._website_url)))
        self.pages.setCurrentIndex(GATE_PAGE)
        return False

    @property
    def gated(self) -> bool:
        return self.pages.currentIndex() == GATE_PAGE

    def open_website(self) -> bool:
        return open_web_url(self._website_url)

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.binder is not None:
            self.binder.flush()
        super().closeEvent(event)
