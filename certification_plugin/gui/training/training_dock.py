"""The "Courses and certificates" dock: an organisation's courses, centres, course types and
conveners, its attendees and certificates, and the verification of any certificate.

At the top, the organisations the user owns or convenes for (``GET /api/v1/me/organisations/``)
with the credit balance. Tabs: Courses (the list; the selected course's attendees and
certificates, helper panels ``AttendeesPanel`` and ``CertificatesPanel``), Training centres
(with a map tool: "Add on the map", "Move", "From selected feature"), Course types,
Conveners, Verify (``VerifyPanel``), Credits (``gui/payments/credits_panel.py``: the
balance, the ledger and invoices, buying credits). Each list has its form (``centre_form``
...), whose input is kept as a draft and after a refusal, with the errors at the fields.

Gates: against a server without the ``certificates`` capability (the live site) the
management tabs say it is done on the website and open it, but Verify works; a user who is
not signed in is asked to sign in there. Every request runs in a QGIS task (``run``: one
``TaskSlot`` per purpose), never on the main thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Tuple

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QShowEvent
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.api.multipart import FilePart
from ...core.api.session import ApiSession
from ...core.client import CertificationClient
from ...core.errors import AuthenticationError, CancelledError, ValidationFailed
from ...core.models import ServerInfo
from ...core.urls import api_url, localised
from ...qgis_io.drafts import DraftStore
from ...qgis_io.lifetime import is_alive
from ...qgis_io.logging import WARNING, log, push_message
from ...qgis_io.messages import error_message
from ...qgis_io.tasks import TaskContext
from ..applications.apply_dock import draft_key, interface_language
from ..base import WorkflowDock
from .centre_form import CentreForm
from .context import TrainingContext
from .convener_form import ConvenerForm
from .course_form import CourseForm
from .course_type_form import CourseTypeForm
from .entity_tab import FORM_PAGE, GATE_PAGE, EntityTab
from .feature_point import selected_lon_lat
from .form_page import TrainingForm, draft_kind
from .form_page import draft_key as form_draft_key
from .kinds import CENTRE, CONVENER, COURSE, COURSE_TYPE, KINDS, document, key_of
from .panel_helpers import refusal, text, value

OBJECT_NAME = "CertificationTrainingDock"
CAPABILITY = "certificates"
ORGANISATION_PATH = "certifyingorganisation/{slug}/"
"""The organisation's pages on the website (its courses, centres, certificates)."""
SIGNATURE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}
SIGNATURE_READ_LIMIT = 5 * 1024 * 1024 + 1
"""More than the server takes (1 MB): a larger file is refused by the server, at the field."""
CURRENCY_SIGNS = {"EUR": "€"}
COURSE_LIST_HEIGHT = 150
"""The course list's height while the selected course's attendees show under it."""
COURSES_TAB, CENTRES_TAB, TYPES_TAB, CONVENERS_TAB, VERIFY_TAB, CREDITS_TAB = range(6)
PanelFactory = Callable[[TrainingContext, QWidget], QWidget]


def _tr(text_: str) -> str:
    return QCoreApplication.translate("TrainingDock", text_)


def training_client(client: CertificationClient, language: str) -> Any:
    from ...core.training import TrainingClient

    return TrainingClient(ApiSession(api_url(client.base_url), client.session), language)


def payments_client(client: CertificationClient, language: str) -> Any:
    from ...core.payments import PaymentsClient

    return PaymentsClient(ApiSession(api_url(client.base_url), client.session), language)


def credits_text(organisation: Any) -> str:
    """ "Credits: 20 (€20.00 each)" from an organisation's ``credits``."""
    credits = value(organisation, "credits")
    balance = value(credits, "balance", 0)
    cents = value(credits, "price_per_credit_cents", 2000)
    currency = str(value(credits, "currency", "EUR"))
    sign = CURRENCY_SIGNS.get(currency, currency + " ")
    price = f"{sign}{int(cents) / 100:.2f}"
    return _tr("Credits: {balance} ({price} each)").format(balance=balance, price=price)


def placeholder_panel(text_: str) -> PanelFactory:
    """A stand-in for a panel whose module is missing (an older plugin build)."""

    def make(_context: TrainingContext, parent: QWidget) -> QWidget:
        label = QLabel(parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setText(text_)
        return label

    return make


def default_panel(name: str) -> PanelFactory:
    """``AttendeesPanel``, ``CertificatesPanel`` or ``VerifyPanel`` (helper modules)."""
    try:
        if name == "attendees":
            from .attendees_panel import AttendeesPanel

            return AttendeesPanel
        if name == "certificates":
            from .certificates_panel import CertificatesPanel

            return CertificatesPanel
        if name == "credits":
            from ..payments.credits_panel import CreditsPanel

            return CreditsPanel
        from .verify_panel import VerifyPanel

        return VerifyPanel
    except ImportError as exc:
        log(f"The training panel {name} is not available: {exc}", WARNING)
        return placeholder_panel(_tr("Not available in this version of the plugin."))


def signature_part(path: str, cannot_read: str) -> FilePart:
    """The convener's signature image as a file part (read in a task); a file that cannot be
    read is a ``ValidationFailed`` at the field (``cannot_read``: a translated template)."""
    extension = path[path.rfind(".") :].lower() if "." in path else ""
    try:
        with open(path, "rb") as stream:
            content = stream.read(SIGNATURE_READ_LIMIT)
    except OSError as exc:
        message = cannot_read.format(error=str(exc))
        raise ValidationFailed(message, errors={"signature": [message]}) from exc
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    kind = SIGNATURE_TYPES.get(extension, "application/octet-stream")
    return FilePart("signature", name, content, kind)


@dataclass
class ServerRead:
    """What one read found: the server, and (signed in, offered) the organisations."""

    info: ServerInfo
    organisations: List[Any] = field(default_factory=list)
    auth_error: Optional[Exception] = None


@dataclass
class OrganisationData:
    slug: str
    lists: Dict[str, List[Any]] = field(default_factory=dict)


class TrainingDock(WorkflowDock):
    """Courses and certificates (see the module doc)."""

    def __init__(
        self,
        plugin: Any,
        parent: Optional[QWidget] = None,
        store: Optional[DraftStore] = None,
        autosave_ms: Optional[int] = None,
        panel_factories: Optional[Dict[str, PanelFactory]] = None,
    ) -> None:
        super().__init__(plugin, _tr("Courses and certificates"), OBJECT_NAME, parent)
        self.plugin = plugin
        self.store = store if store is not None else DraftStore()
        self.info: Optional[ServerInfo] = None
        self.organisations: List[Any] = []
        self.data: Optional[OrganisationData] = None
        self.messages: List[str] = []
        self.confirm_box: Optional[QMessageBox] = None
        self.picker: Any = None
        self._pick_target: Any = None
        self._open_kind: Optional[str] = None
        """The kind whose form is open (its binder takes the errors)."""
        self._started = False
        self._factories = dict(panel_factories or {})
        self.server_key = draft_key(plugin.settings.server_url)
        self.requires(
            CAPABILITY, _tr("courses and certificates"), localised(plugin.settings.server_url, "")
        )
        self.context = TrainingContext(
            training=self.client,
            run=self.run,
            push_message=self.push,
            verify=self._verifier(),
            authcfg=getattr(plugin.settings, "authcfg", ""),
            iface=getattr(plugin, "iface", None),
            payments=self.payments,
        )
        self.signInChanged.connect(self._sign_in_changed_here)
        self.slot.busyChanged.connect(lambda busy: self._slot_busy("", busy))
        self._build(autosave_ms)

    def _verifier(self) -> Any:
        """The Verify tab's check: API JSON, or the live site's page (``certificate_verify``)."""
        from ...qgis_io.certificate_verify import verifier_for

        return verifier_for(self.plugin.settings, getattr(self.plugin, "cache_dir", None))

    # ------------------------------------------------------------------ building
    def _panel(self, name: str, parent: QWidget) -> QWidget:
        factory = self._factories.get(name) or default_panel(name)
        return factory(self.context, parent)

    def _build(self, autosave_ms: Optional[int]) -> None:
        body = QWidget(self)
        body.setObjectName("trainingBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        self.organisation_label = QLabel(_tr("Organisation"), body)
        self.organisation_combo = QComboBox(body)
        self.organisation_combo.setObjectName("trainingOrganisation")
        self.organisation_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.organisation_combo.setMinimumContentsLength(12)
        self.organisation_combo.currentIndexChanged.connect(self._organisation_chosen)
        self.organisation_label.setBuddy(self.organisation_combo)
        self.refresh_button = QPushButton(_tr("Refresh"), body)
        self.refresh_button.setObjectName("trainingRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.organisation_label)
        top.addWidget(self.organisation_combo, 1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.credits_label = QLabel(body)
        self.credits_label.setObjectName("trainingCredits")
        self.credits_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.credits_label)
        self.top_widgets = [
            self.organisation_label,
            self.organisation_combo,
            self.refresh_button,
            self.credits_label,
        ]

        self.tabs = QTabWidget(body)
        self.tabs.setObjectName("trainingTabs")
        self.tabs.setUsesScrollButtons(True)
        args = (self.store, self.server_key, None, autosave_ms)
        self.forms: Dict[str, TrainingForm] = {
            COURSE: CourseForm(*args),
            CENTRE: CentreForm(*args),
            COURSE_TYPE: CourseTypeForm(*args),
            CONVENER: ConvenerForm(*args),
        }
        self.entity_tabs: Dict[str, EntityTab] = {}
        titles = {
            COURSE: _tr("Courses"),
            CENTRE: _tr("Training centres"),
            COURSE_TYPE: _tr("Course types"),
            CONVENER: _tr("Conveners"),
        }
        empty = {
            COURSE: _tr("No course yet."),
            CENTRE: _tr("No training centre yet."),
            COURSE_TYPE: _tr("No course type yet."),
            CONVENER: _tr("No convener yet."),
        }
        for kind, form in self.forms.items():
            tab = EntityTab(kind, form, self.tabs, columns=2 if kind == CENTRE else 3)
            tab.set_empty_text(empty[kind])
            tab.add_button.clicked.connect(lambda _c=False, k=kind: self.add(k))
            tab.edit_button.clicked.connect(lambda _c=False, k=kind: self.edit(k))
            tab.delete_button.clicked.connect(lambda _c=False, k=kind: self.delete(k))
            tab.websiteRequested.connect(self.open_website)
            tab.signInRequested.connect(self.sign_in)
            form.saveRequested.connect(lambda values, k=kind: self.save(k, values))
            form.cancelled.connect(lambda k=kind: self._form_closed(k))
            self.entity_tabs[kind] = tab
            self.tabs.addTab(tab, titles[kind])
        self._build_centre_tools()
        self._build_course_details()
        self.verify_panel = self._panel("verify", self.tabs)
        self.verify_panel.setObjectName("verifyPanel")
        self.tabs.addTab(self.verify_panel, _tr("Verify"))
        self.credits_panel = self._panel("credits", self.tabs)
        self.tabs.addTab(self.credits_panel, _tr("Credits"))
        balance_changed = getattr(self.credits_panel, "balanceChanged", None)
        if balance_changed is not None:
            balance_changed.connect(self._refresh_credits)
        layout.addWidget(self.tabs, 1)
        self.scroll.setWidget(body)
        self._show_top(False)
        for tab in self.entity_tabs.values():
            tab.show_gate(_tr("Connecting to the certification server…"), False, False)

    def _build_centre_tools(self) -> None:
        tab = self.entity_tabs[CENTRE]
        self.map_add_button = tab.button(_tr("Add on the map"), "AddOnMap")
        self.map_add_button.setToolTip(_tr("Click the new centre's place on the map"))
        self.map_add_button.clicked.connect(self.add_on_map)
        self.move_button = tab.button(_tr("Move"), "Move", needs_selection=True)
        self.move_button.setToolTip(_tr("Click the selected centre's new place on the map"))
        self.move_button.clicked.connect(self.move_on_map)
        self.feature_button = tab.button(_tr("From selected feature"), "FromFeature")
        self.feature_button.setToolTip(
            _tr("The selected feature of the active layer (its centroid for lines and polygons)")
        )
        self.feature_button.clicked.connect(self.from_selected_feature)
        centre_form = self.forms[CENTRE]
        assert isinstance(centre_form, CentreForm)
        centre_form.pickRequested.connect(self.pick_for_form)

    def _build_course_details(self) -> None:
        tab = self.entity_tabs[COURSE]
        self.course_details = QTabWidget(tab.list_page)
        self.course_details.setObjectName("courseDetails")
        self.attendees_panel = self._panel("attendees", self.course_details)
        self.certificates_panel = self._panel("certificates", self.course_details)
        self.course_details.addTab(self._scrolled(self.attendees_panel), _tr("Attendees"))
        self.course_details.addTab(self._scrolled(self.certificates_panel), _tr("Certificates"))
        self.course_details.hide()
        tab.below.addWidget(self.course_details)
        tab.selectionChanged.connect(self._course_selected)
        for panel in (self.attendees_panel, self.certificates_panel):
            changed = getattr(panel, "changed", None)
            if changed is not None:
                changed.connect(self._course_changed)

    def _scrolled(self, panel: QWidget) -> QScrollArea:
        """A panel that scrolls sideways when wider than the dock (a row of buttons at
        420 px), instead of widening the whole dock."""
        area = QScrollArea(self.course_details)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(panel)
        area.setMinimumHeight(panel.sizeHint().height())
        return area

    def _show_top(self, visible: bool) -> None:
        for widget in self.top_widgets:
            widget.setVisible(visible)

    # ------------------------------------------------------------------ tasks
    def client(self) -> Any:
        return training_client(self.plugin.create_client(), interface_language())

    def payments(self) -> Any:
        """The payments client (``None`` in a build without ``core/payments.py``)."""
        try:
            return payments_client(self.plugin.create_client(), interface_language())
        except ImportError as exc:
            log(f"Payments are not available: {exc}", WARNING)
            return None

    def run(
        self,
        description: str,
        work: Callable[[TaskContext], Any],
        done: Optional[Callable[[Any], None]] = None,
        failed: Optional[Callable[[Exception], None]] = None,
        purpose: str = "",
    ) -> Any:
        """``work`` in a task on the slot of ``purpose`` (the panels' ``context.run`` too);
        ``failed`` defaults to the status line."""
        if not purpose:
            return self.slot.run(description, work, done, failed or self._failed)
        return self.purpose_slot(purpose).run(description, work, done, failed or self._failed)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        for tab in getattr(self, "entity_tabs", {}).values():
            tab.set_enabled(not busy)

    def push(self, text_: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info) -> None:
        """A line in QGIS's message bar (and the log); ``messages`` keeps them for tests."""
        self.messages.append(text_)
        bar_of = getattr(self.plugin, "message_bar", None)
        push_message(bar_of() if callable(bar_of) else None, text_, level)

    # ------------------------------------------------------------------ reading
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.start()

    def start(self) -> None:
        self._started = True
        self.refresh()

    def refresh(self) -> None:
        """Detect the server and read the user's organisations (a task)."""
        client = self.plugin.create_client()
        signed_in = self.signed_in()
        language = interface_language()

        def work(context: TaskContext) -> ServerRead:
            info = client.detect(is_cancelled=context.is_cancelled, refresh=True)
            found = ServerRead(info)
            if not signed_in or not info.has_api or CAPABILITY not in info.capabilities:
                return found
            try:
                training = training_client(client, language)
                found.organisations = training.my_organisations(is_cancelled=context.is_cancelled)
            except AuthenticationError as exc:
                found.auth_error = exc
            return found

        self.run(_tr("Reading your organisations"), work, self._read, self._offline, "read")

    def _offline(self, error: Exception) -> None:
        if isinstance(error, CancelledError):
            return
        self.set_status(
            _tr("The certification server could not be reached. {error}").format(
                error=error_message(error)
            )
        )

    def _read(self, found: ServerRead) -> None:
        self.info = found.info
        self.update_sign_in_state()
        if not (found.info.has_api and CAPABILITY in found.info.capabilities):
            self._gate_all(
                _tr(
                    "This server does not manage courses and certificates here: it is done "
                    "on its website. Verifying a certificate works in the Verify tab."
                ),
                website=True,
            )
            self.tabs.setCurrentIndex(VERIFY_TAB)
            return
        if not self.signed_in() or found.auth_error is not None:
            text_ = (
                _tr("Your sign-in is no longer accepted; sign in again.")
                if found.auth_error is not None
                else _tr("Sign in to the certification server to manage your courses.")
            )
            self._gate_all(text_, sign_in=True)
            return
        self.organisations = list(found.organisations)
        if not self.organisations:
            self._gate_all(
                _tr(
                    "You do not own or convene for a certified organisation. Once your "
                    "organisation is certified, its courses are managed here."
                ),
                website=True,
            )
            return
        self._show_top(True)
        self._fill_organisations()

    def _gate_all(self, text_: str, website: bool = False, sign_in: bool = False) -> None:
        self._show_top(False)
        self.organisations = []
        self.data = None
        self.course_details.hide()
        setter = getattr(self.credits_panel, "set_organisation", None)
        if callable(setter):
            setter(None)
        for tab in self.entity_tabs.values():
            tab.show_gate(text_, website, sign_in)

    @property
    def gated(self) -> bool:  # the management tabs; Verify always works
        return self.entity_tabs[COURSE].page == GATE_PAGE

    def _fill_organisations(self) -> None:
        current = self.organisation_slug()
        combo = self.organisation_combo
        combo.blockSignals(True)
        combo.clear()
        for organisation in self.organisations:
            combo.addItem(text(organisation, "name"), text(organisation, "slug"))
        index = combo.findData(current) if current else -1
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self._organisation_chosen()

    def organisation(self) -> Any:
        index = self.organisation_combo.currentIndex()
        return self.organisations[index] if 0 <= index < len(self.organisations) else None

    def organisation_slug(self) -> str:
        return str(self.organisation_combo.currentData() or "")

    def _organisation_chosen(self, *_args: object) -> None:
        organisation = self.organisation()
        if organisation is None:
            return
        slug = text(organisation, "slug")
        self.credits_label.setText(credits_text(organisation))
        self.requires(
            CAPABILITY,
            _tr("courses and certificates"),
            localised(self.plugin.settings.server_url, ORGANISATION_PATH.format(slug=slug)),
        )
        for panel in (self.certificates_panel, self.credits_panel):
            setter = getattr(panel, "set_organisation", None)
            if callable(setter):
                setter(organisation)
        if self.data is None or self.data.slug != slug:
            for kind, tab in self.entity_tabs.items():
                if tab.page == FORM_PAGE:
                    self._form_closed(kind)  # another organisation: its draft stays
                tab.set_records([], lambda _r: "", key_of)
                tab.show_list()
        self.load_organisation()

    def load_organisation(self, then: Optional[Callable[[], None]] = None) -> None:
        """Read the organisation's four lists in one task."""
        slug = self.organisation_slug()
        if not slug:
            return
        training = self.client()

        def work(context: TaskContext) -> OrganisationData:
            found = OrganisationData(slug)
            for kind in KINDS.values():
                context.raise_if_cancelled()
                call = getattr(training, kind.list_call)
                found.lists[kind.name] = list(call(slug, is_cancelled=context.is_cancelled))
            return found

        def done(found: OrganisationData) -> None:
            if found.slug != self.organisation_slug():
                return
            self.show_organisation(found)
            if then is not None:
                then()

        self.run(_tr("Reading the organisation's courses"), work, done, self._failed, "lists")

    def show_organisation(self, found: OrganisationData) -> None:
        self.data = found
        for name, kind in KINDS.items():
            tab = self.entity_tabs[name]
            tab.set_records(found.lists.get(name, []), kind.label, key_of)
            if tab.page != FORM_PAGE:
                tab.show_list()
        self._update_course_choices()

    def _update_course_choices(self, keep_language: str = "") -> None:
        lists = self.data.lists if self.data is not None else {}
        course_form = self.forms[COURSE]
        assert isinstance(course_form, CourseForm)
        course_form.set_choices(
            [(str(key_of(r)), text(r, "name")) for r in lists.get(COURSE_TYPE, [])],
            [(str(key_of(r)), KINDS[CONVENER].label(r)) for r in lists.get(CONVENER, [])],
            [(str(key_of(r)), text(r, "name")) for r in lists.get(CENTRE, [])],
            keep_language=keep_language,
        )

    def _refresh_credits(self) -> None:
        """After issuing or revoking: the organisations again (their balance)."""
        training = self.client()

        def work(context: TaskContext) -> List[Any]:
            return list(training.my_organisations(is_cancelled=context.is_cancelled))

        def done(organisations: List[Any]) -> None:
            slug = self.organisation_slug()
            self.organisations = organisations
            for organisation in organisations:
                if text(organisation, "slug") == slug:
                    self.credits_label.setText(credits_text(organisation))
                    for panel in (self.certificates_panel, self.credits_panel):
                        setter = getattr(panel, "set_organisation", None)
                        if callable(setter):
                            setter(organisation)

        self.run(_tr("Reading the credit balance"), work, done, self._failed, "credits")

    # ------------------------------------------------------------------ courses
    def _course_selected(self, course: Any) -> None:
        self.course_details.setVisible(course is not None)
        self.entity_tabs[COURSE].set_list_height(COURSE_LIST_HEIGHT if course else None)
        for panel in (self.attendees_panel, self.certificates_panel):
            setter = getattr(panel, "set_course", None)
            if callable(setter):
                setter(course)

    def _course_changed(self) -> None:
        self._refresh_credits()

    # ------------------------------------------------------------------ forms
    def form(self, kind: str) -> TrainingForm:
        return self.forms[kind]

    def tab(self, kind: str) -> EntityTab:
        return self.entity_tabs[kind]

    def _open_form(self, kind: str, record: Any) -> TrainingForm:
        form = self.forms[kind]
        tab = self.entity_tabs[kind]
        if kind == COURSE:
            self._update_course_choices(str(document(record).get("language") or ""))
        values = KINDS[kind].values(document(record)) if record is not None else {}
        record_id = None if record is None else str(key_of(record))
        if record is None:
            title = {
                COURSE: _tr("New course"),
                CENTRE: _tr("New training centre"),
                COURSE_TYPE: _tr("New course type"),
                CONVENER: _tr("New convener"),
            }[kind]
        else:
            title = _tr("Edit: {name}").format(name=KINDS[kind].label(record))
        if form.open_record(record_id, values, title, record):
            self.set_status(_tr("Your unsaved changes were restored."))
        else:
            self.clear_problem()
        self._open_kind = kind
        self.binder = form.binder
        tab.show_form()
        self.tabs.setCurrentWidget(tab)
        return form

    def _form_closed(self, kind: str) -> None:
        self.entity_tabs[kind].show_list()
        self.forms[kind].discard_autosaver()
        if self._open_kind == kind:
            self._open_kind = None
            self.binder = None

    def show_problem(self, error: BaseException) -> None:
        """At the open form's fields (its binder may have been rebuilt with new choices)."""
        if self._open_kind is not None:
            self.binder = self.forms[self._open_kind].binder
        super().show_problem(error)

    def add(self, kind: str) -> TrainingForm:
        return self._open_form(kind, None)

    def edit(self, kind: str, record: Any = None) -> Optional[TrainingForm]:
        record = record if record is not None else self.entity_tabs[kind].selected()
        if record is None:
            return None
        return self._open_form(kind, record)

    def save(self, kind: str, values: Dict[str, Any]) -> None:
        """Create or update the form's record (a task); a refusal keeps the input."""
        form = self.forms[kind]
        slug = self.organisation_slug()
        spec = KINDS[kind]
        payload = spec.payload(values)
        record = form.record
        key = key_of(record) if record is not None else None
        signature_path = form.signature_path() if isinstance(form, ConvenerForm) else ""
        cannot_read = _tr("The file could not be read: {error}")
        training = self.client()
        self.binder = form.binder

        def work(context: TaskContext) -> Any:
            extra: Dict[str, Any] = {"is_cancelled": context.is_cancelled}
            if signature_path:  # the file is read here, in the task, not on the main thread
                extra["signature"] = signature_part(signature_path, cannot_read)
            if key is None:
                return getattr(training, spec.create_call)(slug, payload, **extra)
            return getattr(training, spec.update_call)(key, payload, **extra)

        def done(saved: Any) -> None:
            form.saved()
            self._form_closed(kind)
            self.set_status(_tr("Saved: {name}").format(name=spec.label(saved)))
            saved_key = key_of(saved)
            self.load_organisation(
                then=lambda: self.entity_tabs[kind].select_where(lambda r: key_of(r) == saved_key)
            )

        def failed(error: Exception) -> None:
            if isinstance(error, CancelledError):
                return
            self._open_kind = kind
            self.show_problem(error)
            if not isinstance(error, ValidationFailed):
                self.set_status(
                    _tr("Not saved; what you typed is kept. {error}").format(error=refusal(error))
                )

        self.clear_problem()
        self.run(_tr("Saving"), work, done, failed)

    def delete(self, kind: str, record: Any = None) -> Optional[QMessageBox]:
        """Ask, then delete (a task); a refusal (in use) says why."""
        record = record if record is not None else self.entity_tabs[kind].selected()
        if record is None:
            return None
        spec = KINDS[kind]
        box = QMessageBox(self)
        box.setObjectName("confirmDelete")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Delete"))
        box.setText(_tr("Delete {name}? This cannot be undone.").format(name=spec.label(record)))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                self._delete_now(kind, record)

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()
        return box

    def _delete_now(self, kind: str, record: Any) -> None:
        spec = KINDS[kind]
        key = key_of(record)
        name = spec.label(record)
        training = self.client()

        def work(context: TaskContext) -> None:
            getattr(training, spec.delete_call)(key, is_cancelled=context.is_cancelled)

        def done(_result: Any) -> None:
            self.set_status(_tr("Deleted: {name}").format(name=name))
            form = self.forms[kind]
            self.store.delete(draft_kind(form.spec), form_draft_key(self.server_key, str(key)))
            self.load_organisation()

        def failed(error: Exception) -> None:
            if isinstance(error, CancelledError):
                return
            self.set_status(
                _tr("{name} was not deleted. {reason}").format(name=name, reason=refusal(error))
            )

        self.run(_tr("Deleting"), work, done, failed)

    # ------------------------------------------------------------------ the map
    def _canvas(self) -> Any:
        iface = getattr(self.plugin, "iface", None)
        canvas_of = getattr(iface, "mapCanvas", None)
        return canvas_of() if callable(canvas_of) else None

    def _start_picking(self, target: Any) -> bool:
        from ..point_picker import PointPicker

        canvas = self._canvas()
        if canvas is None:
            self.set_status(_tr("There is no map to click on."))
            return False
        if self.picker is None or not is_alive(self.picker):
            self.picker = PointPicker(canvas, self)
            self.picker.picked.connect(self._picked)
            self.picker.cancelled.connect(self._pick_cancelled)
        self._pick_target = target
        self.picker.start()
        self.set_status(_tr("Click the training centre's place on the map."))
        return True

    def add_on_map(self) -> bool:
        """A click on the map places a new centre; its form opens with the point."""
        return self._start_picking("new")

    def move_on_map(self) -> bool:
        """A click on the map gives the selected centre its new place."""
        record = self.entity_tabs[CENTRE].selected()
        if record is None:
            return False
        return self._start_picking(record)

    def pick_for_form(self) -> bool:
        return self._start_picking("form")

    def _picked(self, longitude: float, latitude: float) -> None:
        target, self._pick_target = self._pick_target, None
        self.set_status("")
        self.place_centre(longitude, latitude, target)

    def _pick_cancelled(self) -> None:
        self._pick_target = None
        self.set_status(_tr("No place was picked."))

    def place_centre(self, longitude: float, latitude: float, target: Any = "form") -> CentreForm:
        """Put the point into the open centre form (``"form"``), a new centre's (``"new"``)
        or an existing centre's (its record)."""
        form = self.forms[CENTRE]
        assert isinstance(form, CentreForm)
        tab = self.entity_tabs[CENTRE]
        if target == "new" or (target == "form" and tab.page != FORM_PAGE):
            self.add(CENTRE)
        elif target not in ("form", "new"):
            self.edit(CENTRE, target)
        form.set_point(longitude, latitude)
        self.tabs.setCurrentWidget(tab)
        return form

    def from_selected_feature(self) -> Optional[Tuple[float, float]]:
        """The active layer's selected feature (a point, or a centroid) as the centre's place:
        into the open form, else a new centre's."""
        iface = getattr(self.plugin, "iface", None)
        layer_of = getattr(iface, "activeLayer", None)
        layer = layer_of() if callable(layer_of) else None
        point = selected_lon_lat(layer)
        if point is None:
            self.set_status(
                _tr("Select a feature on the active layer first (a point, line or polygon).")
            )
            return None
        self.place_centre(point[0], point[1], "form")
        return point

    # ------------------------------------------------------------------ verify
    def show_verification(self, verification: Any) -> None:
        """The Verify tab with ``verification`` (the locator's result)."""
        self.tabs.setCurrentWidget(self.verify_panel)
        for name in ("show_verification", "show_result"):
            shower = getattr(self.verify_panel, name, None)
            if callable(shower):
                shower(verification)
                return

    # ------------------------------------------------------------------ sign-in
    def _sign_in_changed_here(self, _signed_in: bool) -> None:
        self.context.authcfg = getattr(self.plugin.settings, "authcfg", "")
        self.data = None
        self.refresh()

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: Any) -> None:
        self.flush()
        if self.picker is not None and is_alive(self.picker):
            self.picker.cancel()
        super().closeEvent(event)

    def flush(self) -> bool:
        """Save the forms' pending drafts now (close, unload)."""
        saved = False
        for form in self.forms.values():
            try:
                saved = form.flush() or saved
            except Exception as exc:  # never let unload fail on a draft
                log(f"A training draft could not be saved: {exc}", WARNING)
        return saved
