"""Sign in with the browser (RFC 8628 device flow): a short code here, approval on the web.

The dialog asks the server for a sign-in, shows the code large and opens the approval page
once by itself ("Open the browser" opens it again). It polls in a background task, as often
as the server allows, and when the person approves it keeps the token as a QGIS
authentication configuration (Basic: username + token), selects it in the settings and
closes with ``accept()``. The master password is asked for before the sign-in starts, so a
token is never received with nowhere to keep it. Cancel stops the polling at once.
"""

from __future__ import annotations

import contextlib
import socket
from typing import Any, Callable, Optional
from urllib.parse import urlsplit

from qgis.PyQt.QtCore import QObject, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QFont, QShowEvent
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.api import ApiSession, device_flow
from ..core.errors import CancelledError, CertificationError, HttpError, NotFoundError
from ..core.urls import api_url
from ..qgis_io.auth import AuthStoreError, ensure_master_password, store_token_authcfg
from ..qgis_io.client_factory import build_session, client_for
from ..qgis_io.messages import error_message
from ..qgis_io.tasks import TaskContext, TaskRunner, TaskSlot
from .links import open_web_url

OBJECT_NAME = "CertificationSignInDialog"
SIGN_IN_CAPABILITY = "sign-in"
CODE_POINT_SIZE_FACTOR = 2.6
MIN_WIDTH = 420


def api_session(server_url: str, authcfg: str = "", timeout_s: float = 30.0) -> ApiSession:
    """The API v1 session of ``server_url`` on the QGIS network stack, with ``authcfg``."""
    return ApiSession(api_url(server_url), build_session(server_url, authcfg, timeout_s))


def client_name() -> str:
    """What the approval page and the token list call this QGIS: "QGIS on <computer>"."""
    host = (socket.gethostname() or "").strip()
    return f"QGIS on {host}" if host else "QGIS"


def server_host(server_url: str) -> str:
    return urlsplit(server_url).netloc or server_url


class SignInUnavailable(CertificationError):
    """The server has no API v1 or does not offer the ``sign-in`` capability."""


def _missing_endpoint(error: Exception) -> bool:
    """404/405 from the start: a server without the sign-in (the live site has no API)."""
    return isinstance(error, NotFoundError) or (
        isinstance(error, HttpError) and error.status in (404, 405)
    )


class _PollBridge(QObject):
    """Carries poll answers from the worker thread to the dialog (a queued signal)."""

    answered = pyqtSignal(str)


class SignInDialog(QDialog):
    """Shows the code, opens the browser, waits for approval; ``authcfg`` once signed in.

    ``settings`` is the plugin's ``PluginSettings`` (server, timeout; ``authcfg`` is set on
    success); ``runner`` the plugin's ``TaskRunner``. ``open_url`` opens the approval page
    (tests record it). ``autostart=False``: nothing starts when shown (call ``start()``).
    """

    signedIn = pyqtSignal(str)  # the username

    def __init__(
        self,
        runner: TaskRunner,
        settings: Any,
        parent: Optional[QWidget] = None,
        open_url: Callable[[str], bool] = open_web_url,
        autostart: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(self.tr("Sign in to the certification service"))
        self.setMinimumWidth(MIN_WIDTH)
        self._settings = settings
        self._open_url = open_url
        self._server_url = str(settings.server_url)
        self._timeout_s = float(settings.request_timeout_s)
        self._authorization: Optional[device_flow.DeviceAuthorization] = None
        self._browser_opened = False
        self._started_once = not autostart
        self.authcfg = ""
        self.username = ""
        self.slot = TaskSlot(runner, self)
        self._bridge = _PollBridge(self)
        self._bridge.answered.connect(self._poll_answered)
        self._build_ui()

    # ------------------------------------------------------------------ layout
    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.intro_label = QLabel(
            self.tr(
                "QGIS opens the sign-in page in your browser. Sign in there, check that "
                "the page shows this code, and approve. QGIS then signs in by itself."
            ),
            self,
        )
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.intro_label)

        self.code_label = QLabel("…", self)
        self.code_label.setObjectName("userCode")
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.code_label.font())
        font.setFamily("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * CODE_POINT_SIZE_FACTOR)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
        self.code_label.setFont(font)
        layout.addWidget(self.code_label)

        self.browser_button = QPushButton(self.tr("Open the browser"), self)
        self.browser_button.setEnabled(False)
        self.browser_button.clicked.connect(self.open_browser)
        layout.addWidget(self.browser_button, 0, Qt.AlignmentFlag.AlignHCenter)

        self.page_label = QLabel(self)
        self.page_label.setObjectName("verificationPage")
        self.page_label.setTextFormat(Qt.TextFormat.PlainText)
        self.page_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setWordWrap(True)
        layout.addWidget(self.page_label)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLine")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # server text, never markup
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.retry_button = self.buttons.addButton(
            self.tr("Start again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.retry_button.hide()
        self.retry_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------------ state
    def status(self) -> str:
        return self.status_label.text()

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def _offer_retry(self, text: str) -> None:
        self._set_status(text)
        self.retry_button.show()

    @property
    def user_code(self) -> str:
        return self._authorization.user_code if self._authorization is not None else ""

    # ------------------------------------------------------------------ the flow
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started_once:
            self._started_once = True
            QTimer.singleShot(0, self.start)

    def start(self) -> None:
        """Ask the server for a new sign-in (again, after a denial or an expiry)."""
        self.retry_button.hide()
        self._authorization = None
        self._browser_opened = False
        self.browser_button.setEnabled(False)
        self.code_label.setText("…")
        self.page_label.setText("")
        if not ensure_master_password():
            self._offer_retry(
                self.tr(
                    "QGIS keeps the sign-in in its authentication database, which needs "
                    "its master password. Set or enter it, then start again."
                )
            )
            return
        self._set_status(self.tr("Asking the server for a sign-in code…"))
        server_url, timeout_s, name = self._server_url, self._timeout_s, client_name()

        def work(context: TaskContext) -> device_flow.DeviceAuthorization:
            info = client_for(server_url, "", timeout_s).detect(context.is_cancelled)
            if not info.has_api or SIGN_IN_CAPABILITY not in info.capabilities:
                raise SignInUnavailable("no sign-in capability", server_url)
            session = api_session(server_url, "", timeout_s)
            return device_flow.start(session, name, context.is_cancelled)

        self.slot.run(self.tr("Starting the sign-in"), work, self._started, self._failed)

    def show_code(self, authorization: device_flow.DeviceAuthorization) -> None:
        """Show the code and the page of ``authorization`` (without polling)."""
        self._authorization = authorization
        self.code_label.setText(authorization.user_code)
        self.page_label.setText(authorization.verification_uri)
        self.browser_button.setEnabled(True)
        self._set_status(self.tr("Waiting for you to approve the sign-in in the browser…"))

    def _started(self, authorization: device_flow.DeviceAuthorization) -> None:
        self.show_code(authorization)
        if not self._browser_opened:
            self.open_browser()
        QTimer.singleShot(0, self._wait)  # a follow-up task starts from the event loop

    def open_browser(self) -> bool:
        """Open the approval page with the code filled in."""
        if self._authorization is None:
            return False
        self._browser_opened = True
        opened = bool(self._open_url(self._authorization.verification_uri_complete))
        if not opened:
            self._set_status(
                self.tr("Could not open the browser. Open {url} and type the code.").format(
                    url=self._authorization.verification_uri
                )
            )
        return opened

    def _wait(self) -> None:
        authorization = self._authorization
        if authorization is None or self.slot.released:
            return
        server_url, timeout_s, bridge = self._server_url, self._timeout_s, self._bridge

        def answered(result: device_flow.PollResult) -> None:
            # RuntimeError: the dialog is gone and the task is being cancelled.
            with contextlib.suppress(RuntimeError):
                bridge.answered.emit(type(result).__name__)

        def work(context: TaskContext) -> device_flow.Outcome:
            session = api_session(server_url, "", timeout_s)
            return device_flow.wait_for_token(
                session, authorization, is_cancelled=context.is_cancelled, on_poll=answered
            )

        self.slot.run(self.tr("Waiting for the sign-in"), work, self._outcome, self._failed)

    def _poll_answered(self, kind: str) -> None:
        if kind == "SlowDown":
            self._set_status(
                self.tr("Waiting for you to approve the sign-in in the browser… (polling slower)")
            )

    def _outcome(self, outcome: device_flow.Outcome) -> None:
        if isinstance(outcome, device_flow.Granted):
            self._signed_in(outcome)
        elif isinstance(outcome, device_flow.Denied):
            self._offer_retry(self.tr("The sign-in was denied in the browser."))
        else:
            self._offer_retry(self.tr("The code expired before the sign-in was approved."))

    def _signed_in(self, granted: device_flow.Granted) -> None:
        try:
            authcfg = store_token_authcfg(
                granted.username, granted.token, server_host(self._server_url)
            )
        except AuthStoreError as error:
            self._offer_retry(str(error))
            self._revoke_unkept(granted.token)
            return
        self._settings.authcfg = authcfg
        sync = getattr(self._settings, "sync", None)
        if callable(sync):
            sync()
        self.authcfg = authcfg
        self.username = granted.username
        self._set_status(self.tr("Signed in as {username}.").format(username=granted.username))
        self.signedIn.emit(granted.username)
        self.accept()

    def _revoke_unkept(self, token: str) -> None:
        """A token QGIS could not keep is revoked at once (nobody can use it any more)."""
        server_url, timeout_s = self._server_url, self._timeout_s

        def work(context: TaskContext) -> None:
            device_flow.revoke(
                api_session(server_url, "", timeout_s),
                context.is_cancelled,
                headers={"Authorization": f"Token {token}"},
            )

        self.slot.run(self.tr("Revoking a token QGIS could not keep"), work)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, CancelledError):
            return
        if isinstance(error, SignInUnavailable) or (
            _missing_endpoint(error) and self._authorization is None
        ):
            self._offer_retry(
                self.tr(
                    "This server does not offer signing in from QGIS. Create a token on its "
                    "website and keep it in a Basic authentication configuration instead."
                )
            )
            return
        self._offer_retry(error_message(error))

    def reject(self) -> None:
        self.slot.cancel()  # stops the polling; its callbacks never fire
        super().reject()
