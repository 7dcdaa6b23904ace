"""One streamed reply awaited in a local event loop: what ``uploads`` and ``downloads`` share.

Both send one request on the thread's ``QgsNetworkAccessManager`` from a ``QgsTask``'s
``run()`` and block in a ``QEventLoop`` until the reply finishes. The request they build
(no cache, the User-Agent marker, Qt's transfer timeout), the watchdog (cancel, stall past
``timeout_s``, a reply deleted under us), the abort and clean-up, and the reading of a
finished reply (our own abort, Qt's timeout) are the same job; each module keeps what differs:
the body, the signals it follows and its own error messages.
"""

from __future__ import annotations

import time
from typing import Callable, Collection, Mapping, Optional, TypeVar

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QThread, QTimer
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..core.errors import NetworkError
from ..core.transport import IsCancelled
from .lifetime import is_alive, settle_virtuals
from .network import POLL_MS, USER_AGENT_MARKER, default_user_agent, http_url

WATCHDOG_GRACE_S = 2.0
"""How long past ``timeout_s`` of silence the watchdog waits for Qt's own timeout."""
PROGRESS_STEP = 0.005
"""Smallest progress change reported (the reply signals every few KB)."""

Progress = Callable[[float], None]
T = TypeVar("T")


def refuse_main_thread(what: str) -> None:
    """A local event loop on the main thread would let QGIS re-enter: ``what`` (the
    function's name) must run in a ``QgsTask``'s ``run()``."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() == app.thread():
        raise RuntimeError(f"{what} blocks its thread: call it from a QgsTask's run().")


def authorised(qrequest: QNetworkRequest, authcfg: str, url: str, what: str) -> QNetworkRequest:
    """``qrequest`` with the authcfg applied by the auth manager (as is without one); a
    ``NetworkError`` naming ``what`` ("upload", "download") when it cannot be applied."""
    if not authcfg:
        return qrequest
    applied, qrequest = QgsApplication.authManager().updateNetworkRequest(qrequest, authcfg)
    if not applied:
        raise NetworkError(
            f"The authentication configuration could not be applied to the {what}.", url
        )
    return qrequest


def streamed_request(
    url: str,
    user_agent: str,
    timeout_s: float,
    headers: Mapping[str, str],
    *,
    accept: bytes,
    redirect_policy: QNetworkRequest.RedirectPolicy,
    skip_headers: Collection[str] = (),
) -> QNetworkRequest:
    """The request: ``headers`` (but those named in ``skip_headers``, lower case), the
    User-Agent marker, never the cache, Qt's transfer timeout where it has one."""
    qrequest = QNetworkRequest(http_url(url))
    agent = user_agent or default_user_agent()
    for name, value in headers.items():
        if name.lower() == "user-agent":
            agent = value
        elif name.lower() not in skip_headers:
            qrequest.setRawHeader(name.encode("latin-1", "replace"), value.encode("latin-1"))
    qrequest.setRawHeader(b"Accept", accept)
    qrequest.setRawHeader(USER_AGENT_MARKER, agent.encode("latin-1", "replace"))
    qrequest.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
    qrequest.setAttribute(
        QNetworkRequest.Attribute.CacheLoadControlAttribute,
        QNetworkRequest.CacheLoadControl.AlwaysNetwork,
    )
    qrequest.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute, redirect_policy)
    if hasattr(qrequest, "setTransferTimeout"):
        qrequest.setTransferTimeout(max(1, int(timeout_s * 1000)))
    return qrequest


class ReplyWait:
    """The wait for one reply: a subclass starts it, ``attach``es it, connects the signals
    it follows (calling ``touch`` on activity, ``stop`` to abort) and returns ``wait``."""

    def __init__(
        self,
        url: str,
        authcfg: str,
        is_cancelled: Optional[IsCancelled],
        progress: Optional[Progress],
        timeout_s: float,
    ) -> None:
        self.url = url
        self.authcfg = authcfg
        self.is_cancelled = is_cancelled
        self.progress = progress
        self.timeout_s = timeout_s
        self.reason = ""
        """Why we aborted: "cancelled", "timeout", "too_large", ... ("" when we did not)."""
        self.reply: Optional[QNetworkReply] = None
        self.last_activity = time.monotonic()
        self.reported = -1.0
        self.done = False
        self.loop = QEventLoop()
        settle_virtuals(self.loop)

    def attach(self, reply: QNetworkReply) -> None:
        """Follow ``reply``, with the authcfg applied by the auth manager."""
        self.reply = reply
        if self.authcfg:
            QgsApplication.authManager().updateNetworkReply(reply, self.authcfg)

    def wait(self, outcome: Callable[[], T], cleanup: Optional[Callable[[], None]] = None) -> T:
        """Block until the reply finishes or is aborted, then return ``outcome()``; whatever
        happens, ``cleanup()`` runs and the reply is aborted if running, then deleted."""
        reply = self.reply
        assert reply is not None, "attach() the reply first"
        reply.finished.connect(self._on_finished)
        timer = QTimer()
        settle_virtuals(timer)
        timer.setInterval(POLL_MS)
        timer.timeout.connect(self.check)
        timer.start()
        try:
            if not reply.isFinished():
                self.loop.exec()
            return outcome()
        finally:
            timer.stop()
            if cleanup is not None:
                cleanup()
            if is_alive(reply):
                if reply.isRunning():
                    reply.abort()
                reply.deleteLater()

    def touch(self) -> None:
        """Something was sent or received: the stall watchdog starts again."""
        self.last_activity = time.monotonic()

    def stop(self, reason: str) -> None:
        """Abort the reply; the first reason given is the one the outcome reports."""
        if not self.reason:
            self.reason = reason
        if is_alive(self.reply) and self.reply.isRunning():
            self.reply.abort()

    def check(self) -> None:
        """The watchdog: cancelled, stalled past the timeout, or the reply gone."""
        if self.reason:
            return
        if self.is_cancelled is not None and self.is_cancelled():
            self.stop("cancelled")
        elif time.monotonic() - self.last_activity > self.timeout_s + WATCHDOG_GRACE_S:
            self.stop("timeout")
        elif not is_alive(self.reply):
            self.loop.quit()

    def report(self, fraction: float) -> None:
        """``progress(fraction)`` when it moved by ``PROGRESS_STEP`` or reached the end."""
        if self.progress is None:
            return
        fraction = min(1.0, fraction)
        if fraction >= 1.0 or fraction - self.reported >= PROGRESS_STEP:
            self.reported = fraction
            self.progress(fraction)

    def cancelled(self) -> bool:
        """We aborted on a cancel, or the task is cancelled now."""
        return self.reason == "cancelled" or (self.is_cancelled is not None and self.is_cancelled())

    def timed_out(self, reply: QNetworkReply) -> bool:
        """Our watchdog stopped it, or Qt's transfer timeout (an abort we did not ask for)."""
        return self.reason == "timeout" or reply.error() in (
            QNetworkReply.NetworkError.OperationCanceledError,
            QNetworkReply.NetworkError.TimeoutError,
        )

    def finish_progress(self) -> None:
        """The end reported once, when the signals stopped short of it."""
        if self.progress is not None and self.reported < 1.0:
            self.progress(1.0)

    def _on_finished(self) -> None:
        self.done = True
        self.loop.quit()
