"""``QgisTransport``: the client's requests on the QGIS network stack.

Going through ``QgsBlockingNetworkRequest`` means the user's proxy, SSL exceptions and
authentication configuration apply, and every request shows in QGIS's network logger. The
call blocks its thread, so the plugin makes it from a ``QgsTask``'s ``run()``; it also works on
the main thread (QGIS then runs the download in a helper thread), for tests and scripts.

What QGIS does not offer directly is added here:

* our User-Agent: QGIS overwrites the header on every request, so a request preprocessor
  (registered once per session, removed by ``unregister()`` on unload) puts back the one we
  asked for, only on requests this module marked;
* HTTP error statuses returned as ``Response`` objects, with their body and headers;
* a size cap (abort as soon as ``downloadProgress`` passes ``max_bytes``), a per-request
  timeout (``setTransferTimeout`` for a stalled transfer plus an overall deadline) and
  cancellation through ``is_cancelled`` or a ``QgsFeedback``;
* conditional requests untouched by Qt's cache: Qt would turn a 304 into a 200 with whatever
  QGIS's disk cache holds, so the URL is dropped from that cache before and after the request
  (our own ETag cache keeps the bodies).

Nothing here logs headers or credentials; errors name the URL only, and URLs carry none.
Error messages are English details, as in ``core``; ``qgis_io.messages`` puts a translated
summary in front of them for the user.
"""

from __future__ import annotations

import functools
import threading
import time
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsBlockingNetworkRequest,
    QgsFeedback,
    QgsNetworkAccessManager,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QByteArray, QCoreApplication, QEventLoop, Qt, QThread, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..core.errors import (
    CancelledError,
    CertificationError,
    NetworkError,
    ResponseTooLargeError,
    TimeoutError_,
)
from ..core.transport import IsCancelled, Request, Response
from ..core.versioning import plugin_version
from .lifetime import settle_virtuals

POLL_MS = 100
"""How often a request made from a worker thread checks ``is_cancelled`` and the deadline."""
GRACE_S = 5.0
"""How long ``send_many`` waits past a request's deadline for its aborted reply to finish."""

# A header only this module sets: it carries the User-Agent the preprocessor restores (QGIS
# replaces the header in QgsNetworkAccessManager::createRequest) and never leaves QGIS.
USER_AGENT_MARKER = b"X-Certification-Plugin-User-Agent"

_preprocessor_id: Optional[str] = None
_preprocessor_lock = threading.Lock()


def default_user_agent() -> str:
    """``QGIS/<version int> certification-plugin/<version>``, e.g. ``QGIS/32216 …/0.1.0``."""
    return f"QGIS/{Qgis.QGIS_VERSION_INT} certification-plugin/{plugin_version()}"


def _restore_user_agent(request: QNetworkRequest) -> None:
    """Request preprocessor: our User-Agent on our requests, others left alone."""
    if request.hasRawHeader(USER_AGENT_MARKER):
        agent = request.rawHeader(USER_AGENT_MARKER)
        request.setRawHeader(USER_AGENT_MARKER, QByteArray())
        request.setRawHeader(b"User-Agent", agent)


def register() -> None:
    """Install the User-Agent preprocessor (idempotent; done on the first request)."""
    global _preprocessor_id
    with _preprocessor_lock:
        if _preprocessor_id is None:
            _preprocessor_id = QgsNetworkAccessManager.setRequestPreprocessor(_restore_user_agent)


def unregister() -> None:
    """Remove the preprocessor: call from the plugin's ``unload()``."""
    global _preprocessor_id
    with _preprocessor_lock:
        if _preprocessor_id is not None:
            QgsNetworkAccessManager.removeRequestPreprocessor(_preprocessor_id)
            _preprocessor_id = None


class _Watch:
    """Per-request state shared by the progress slot (download thread) and the poll timer."""

    def __init__(
        self,
        request: Request,
        feedback: QgsFeedback,
        is_cancelled: Optional[IsCancelled],
        outer_feedback: Optional[QgsFeedback],
    ) -> None:
        self.max_bytes = request.max_bytes
        self.deadline = time.monotonic() + request.timeout_s
        self.feedback = feedback
        self.is_cancelled = is_cancelled
        self.outer_feedback = outer_feedback
        self.reason = ""
        """Why we aborted: "cancelled", "too_large" or "timeout" ("" when we did not)."""

    def stop(self, reason: str) -> None:
        if not self.reason:
            self.reason = reason
        self.feedback.cancel()

    def check(self) -> None:
        if self.reason:
            return
        if (self.is_cancelled is not None and self.is_cancelled()) or (
            self.outer_feedback is not None and self.outer_feedback.isCanceled()
        ):
            self.stop("cancelled")
        elif time.monotonic() > self.deadline:
            self.stop("timeout")

    def on_progress(self, received: int, total: int) -> None:
        """Connected directly: runs in the thread doing the download, even when the caller
        blocks the main thread, so it can abort at once."""
        if received > self.max_bytes or total > self.max_bytes:
            self.stop("too_large")
        else:
            self.check()


class QgisTransport:
    """Implements ``core.transport.Transport`` with ``QgsBlockingNetworkRequest``.

    ``authcfg``: id of a QGIS authentication configuration applied to every request (Basic
    credentials, a token header…); the secret never leaves the QGIS auth database.
    ``user_agent``: defaults to ``default_user_agent()``; a ``User-Agent`` header on a
    request wins over both.
    """

    def __init__(self, authcfg: str = "", user_agent: str = "") -> None:
        self.authcfg = authcfg
        self.user_agent = user_agent or default_user_agent()

    def send(
        self,
        request: Request,
        is_cancelled: Optional[IsCancelled] = None,
        feedback: Optional[QgsFeedback] = None,
    ) -> Response:
        url = request.url
        if (is_cancelled is not None and is_cancelled()) or (
            feedback is not None and feedback.isCanceled()
        ):
            raise CancelledError("The request was cancelled.", url)
        register()
        qurl = http_url(url)
        qrequest = self._qt_request(qurl, request)
        if _needs_custom_verb(request):
            return self._send_custom(qrequest, request, _either(is_cancelled, feedback))
        blocking = QgsBlockingNetworkRequest()
        if self.authcfg:
            blocking.setAuthCfg(self.authcfg)
        own_feedback = QgsFeedback()
        settle_virtuals(blocking, own_feedback)
        watch = _Watch(request, own_feedback, is_cancelled, feedback)
        blocking.downloadProgress.connect(watch.on_progress, Qt.ConnectionType.DirectConnection)
        timer = self._poll_timer(watch)
        _forget_cached(qurl)
        try:
            code = self._perform(blocking, qrequest, request, own_feedback)
        finally:
            if timer is not None:
                timer.stop()
            _forget_cached(qurl)
        return self._response(blocking, request, watch, code)

    def send_many(
        self, requests: Sequence[Request], is_cancelled: Optional[IsCancelled] = None
    ) -> List[Response]:
        """All ``requests`` at the same time; the answers in their order.

        From a worker thread (a ``QgsTask``) the replies share the thread's network manager,
        which downloads them in parallel while a local event loop waits for the last one. On
        the main thread, where a local event loop would let QGIS re-enter, they are sent one
        after another.
        """
        app = QCoreApplication.instance()
        on_main_thread = app is None or QThread.currentThread() == app.thread()
        if len(requests) < 2 or on_main_thread:
            return [self.send(request, is_cancelled) for request in requests]
        if is_cancelled is not None and is_cancelled():
            raise CancelledError("The request was cancelled.", requests[0].url)
        register()
        batch = _ParallelReplies(self.authcfg)
        try:
            for request in requests:
                batch.start(self._qt_request(http_url(request.url), request), request, is_cancelled)
            batch.wait()
            return [batch.response(index) for index in range(len(requests))]
        finally:
            batch.close()

    # ------------------------------------------------------------------ internals

    def _send_custom(
        self, qrequest: QNetworkRequest, request: Request, is_cancelled: Optional[IsCancelled]
    ) -> Response:
        """A verb ``QgsBlockingNetworkRequest`` lacks (PATCH, DELETE with a body): sent with
        ``QgsNetworkAccessManager.sendCustomRequest`` and awaited in a local event loop, like
        ``send_many``. From a worker thread the loop runs there; on the main thread it runs
        in a helper thread while the main thread waits, as QGIS does for its blocking
        requests (the helper's manager handles authentication directly)."""
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() != app.thread():
            return _send_one(self.authcfg, qrequest, request, is_cancelled, None)
        helper = _HelperThread(self.authcfg, qrequest, request, is_cancelled)
        helper.start()
        helper.wait()
        return helper.result()

    def _qt_request(self, qurl: QUrl, request: Request) -> QNetworkRequest:
        qrequest = QNetworkRequest(qurl)
        agent = self.user_agent
        for name, value in request.headers.items():
            if name.lower() == "user-agent":
                agent = value
                continue
            qrequest.setRawHeader(
                name.encode("latin-1", "replace"), value.encode("latin-1", "replace")
            )
        qrequest.setRawHeader(USER_AGENT_MARKER, agent.encode("latin-1", "replace"))
        qrequest.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        # Qt follows redirects itself, resolving relative Location headers (Django sends
        # "/en/..."), and never from https to http.
        qrequest.setAttribute(
            QNetworkRequest.Attribute.RedirectPolicyAttribute,
            QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy,
        )
        if hasattr(qrequest, "setTransferTimeout"):
            qrequest.setTransferTimeout(max(1, int(request.timeout_s * 1000)))
        return qrequest

    @staticmethod
    def _poll_timer(watch: _Watch) -> Optional[QTimer]:
        """A timer in the calling thread; it fires while QGIS runs the request's event loop
        there (worker threads). On the main thread QGIS blocks instead, and the progress
        slot plus the transfer timeout do the checking."""
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() == app.thread():
            return None
        timer = QTimer()
        settle_virtuals(timer)
        timer.setInterval(POLL_MS)
        timer.timeout.connect(watch.check)
        timer.start()
        return timer

    @staticmethod
    def _perform(
        blocking: QgsBlockingNetworkRequest,
        qrequest: QNetworkRequest,
        request: Request,
        feedback: QgsFeedback,
    ) -> Any:
        """Runs the request; returns QGIS's ``ErrorCode`` (the reply is read afterwards)."""
        method = request.method.upper()
        body = QByteArray(request.body or b"")
        if method == "GET":
            return blocking.get(qrequest, True, feedback)
        if method == "HEAD":
            return blocking.head(qrequest, True, feedback)
        if method == "POST":
            return blocking.post(qrequest, body, True, feedback)
        if method == "PUT":
            return blocking.put(qrequest, body, feedback)
        if method == "DELETE":
            return blocking.deleteResource(qrequest, feedback)
        # Other verbs never get here: send() hands them to _send_custom.
        raise NetworkError(f"Unsupported request method {method}.", request.url)

    @staticmethod
    def _response(
        blocking: QgsBlockingNetworkRequest, request: Request, watch: _Watch, code: Any
    ) -> Response:
        reply = blocking.reply()
        qgis_timeout = code == QgsBlockingNetworkRequest.ErrorCode.TimeoutError
        return _reply_response(
            reply,
            request,
            watch,
            lambda: bytes(reply.content()),
            timed_out=qgis_timeout,
            fallback_reason=blocking.errorMessage(),
        )


class _ParallelReplies:
    """Replies started on this thread's network manager, awaited together (``send_many``).

    Each reply is read the moment it finishes, inside the event loop: the network manager may
    delete a finished reply while the others are still arriving.
    """

    def __init__(self, authcfg: str, manager: Optional[QgsNetworkAccessManager] = None) -> None:
        self._authcfg = authcfg
        self._manager = manager if manager is not None else QgsNetworkAccessManager.instance()
        self._loop = QEventLoop()
        self._timer = QTimer()
        settle_virtuals(self._loop, self._timer)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._check)
        self._started: List[Tuple[Request, QNetworkReply, _Watch, QgsFeedback]] = []
        self._results: Dict[int, Union[Response, Exception]] = {}

    def start(self, qrequest: QNetworkRequest, request: Request, is_cancelled: Any) -> None:
        auth = QgsApplication.authManager()
        if self._authcfg:
            applied, qrequest = auth.updateNetworkRequest(qrequest, self._authcfg)
            if not applied:
                raise NetworkError(
                    "The authentication configuration could not be applied to the request.",
                    request.url,
                )
        _forget_cached(qrequest.url())
        method = request.method.upper()
        if method == "GET" and not request.body:
            reply = self._manager.get(qrequest)
        else:
            reply = self._manager.sendCustomRequest(
                qrequest, method.encode("ascii"), QByteArray(request.body or b"")
            )
        if self._authcfg:
            auth.updateNetworkReply(reply, self._authcfg)
        feedback = QgsFeedback()
        settle_virtuals(feedback)
        feedback.canceled.connect(reply.abort)
        watch = _Watch(request, feedback, is_cancelled, None)
        reply.downloadProgress.connect(watch.on_progress)
        reply.finished.connect(functools.partial(self._finished, len(self._started)))
        self._started.append((request, reply, watch, feedback))

    def _finished(self, index: int) -> None:
        request, reply, watch, _feedback = self._started[index]
        try:
            self._results[index] = _reply_response(
                reply, request, watch, lambda: bytes(reply.readAll())
            )
        except CertificationError as exc:
            self._results[index] = exc
        _forget_cached(reply.request().url())
        if len(self._results) == len(self._started):
            self._loop.quit()

    def _check(self) -> None:
        """Cancellation and deadlines; and never wait for a reply that can no longer finish
        (deleted by its manager, or silent past its deadline and a grace period)."""
        now = time.monotonic()
        for index, (request, reply, watch, _feedback) in enumerate(self._started):
            if index in self._results:
                continue
            watch.check()
            if sip.isdeleted(reply):
                self._results[index] = NetworkError(
                    "The request ended without an answer.", request.url
                )
            elif now > watch.deadline + GRACE_S:
                self._results[index] = _timed_out(request)
        if len(self._results) == len(self._started):
            self._loop.quit()

    def wait(self) -> None:
        if len(self._results) < len(self._started):
            self._timer.start()
            self._loop.exec()
            self._timer.stop()

    def response(self, index: int) -> Response:
        result = self._results[index]
        if isinstance(result, Exception):
            raise result
        return result

    def close(self) -> None:
        self._timer.stop()
        for index, (_request, reply, _watch, _feedback) in enumerate(self._started):
            if sip.isdeleted(reply):
                continue
            if index not in self._results and reply.isRunning():
                reply.abort()
            reply.deleteLater()
        self._started = []


def _needs_custom_verb(request: Request) -> bool:
    """True for what ``QgsBlockingNetworkRequest`` cannot send: PATCH and other verbs, a
    DELETE with a body (``deleteResource`` takes none), a GET/HEAD with a body."""
    method = request.method.upper()
    if method in ("POST", "PUT"):
        return False
    if method in ("GET", "HEAD", "DELETE"):
        return bool(request.body)
    return True


def _either(
    is_cancelled: Optional[IsCancelled], feedback: Optional[QgsFeedback]
) -> Optional[IsCancelled]:
    """One cancellation check from a callable and a ``QgsFeedback``, either optional."""
    if feedback is None:
        return is_cancelled
    if is_cancelled is None:
        return feedback.isCanceled
    check = is_cancelled
    return lambda: check() or feedback.isCanceled()


def _send_one(
    authcfg: str,
    qrequest: QNetworkRequest,
    request: Request,
    is_cancelled: Optional[IsCancelled],
    manager: Optional[QgsNetworkAccessManager],
) -> Response:
    """One request through a ``_ParallelReplies`` batch in this thread's event loop."""
    batch = _ParallelReplies(authcfg, manager)
    try:
        batch.start(qrequest, request, is_cancelled)
        batch.wait()
        return batch.response(0)
    finally:
        batch.close()


class _HelperThread(QThread):
    """Runs ``_send_one`` in a thread of its own for a caller on the main thread."""

    def __init__(
        self,
        authcfg: str,
        qrequest: QNetworkRequest,
        request: Request,
        is_cancelled: Optional[IsCancelled],
    ) -> None:
        super().__init__()
        self._args = (authcfg, QNetworkRequest(qrequest), request, is_cancelled)
        self._outcome: Union[Response, BaseException, None] = None

    def run(self) -> None:
        authcfg, qrequest, request, is_cancelled = self._args
        try:
            # Direct connections: the main thread is blocked waiting for this one, so
            # authentication and SSL questions must not be queued to it.
            manager = QgsNetworkAccessManager.instance(Qt.ConnectionType.DirectConnection)
            self._outcome = _send_one(authcfg, qrequest, request, is_cancelled, manager)
        except BaseException as exc:  # handed to the waiting caller
            self._outcome = exc

    def result(self) -> Response:
        outcome = self._outcome
        if isinstance(outcome, BaseException):
            raise outcome
        if outcome is None:
            raise NetworkError("The request ended without an answer.", self._args[2].url)
        return outcome


def http_url(url: str) -> QUrl:
    qurl = QUrl(url)
    if not qurl.isValid() or qurl.scheme() not in ("http", "https"):
        raise NetworkError("Only http:// and https:// addresses can be fetched.", url)
    return qurl


def _forget_cached(qurl: QUrl) -> None:
    """Keep the URL out of QGIS's disk cache (see the module's notes on 304 answers)."""
    cache = QgsNetworkAccessManager.instance().cache()
    if cache is not None:
        cache.remove(qurl)


def _reply_response(
    reply: QNetworkReply,
    request: Request,
    watch: _Watch,
    read_body: Callable[[], bytes],
    timed_out: bool = False,
    fallback_reason: str = "",
) -> Response:
    """The finished ``reply`` as a ``Response``, or the error that explains why there is none."""
    url = request.url
    if watch.reason == "cancelled":
        raise CancelledError("The request was cancelled.", url)
    if watch.reason == "too_large":
        raise _too_large(request)
    status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    # Aborted although we did not cancel: Qt's transfer timeout or QGIS's network timeout.
    aborted = reply.error() in (
        QNetworkReply.NetworkError.OperationCanceledError,
        QNetworkReply.NetworkError.TimeoutError,
    )
    if watch.reason == "timeout" or timed_out or aborted:
        raise _timed_out(request)
    if status is None or int(status) <= 0:
        reason = reply.errorString() or fallback_reason
        raise NetworkError(f"The server could not be reached: {reason}", url)
    body = read_body()
    if len(body) > request.max_bytes:
        raise _too_large(request)
    # A body cut short (connection closed early) still comes back: the session compares
    # it with Content-Length and reports a truncated answer.
    return Response(url=url, status=int(status), headers=reply_headers(reply), body=body)


def _timed_out(request: Request) -> TimeoutError_:
    return TimeoutError_(f"No complete answer within {request.timeout_s:g} seconds.", request.url)


def _too_large(request: Request) -> ResponseTooLargeError:
    size = request.max_bytes / 1_048_576
    return ResponseTooLargeError(
        f"The answer is larger than the limit of {size:.1f} MB; download stopped.", request.url
    )


def reply_headers(reply: Any) -> Dict[str, str]:
    headers: Dict[str, str] = {}
    for raw_name in reply.rawHeaderList():
        name = bytes(raw_name).decode("latin-1").lower()
        value = bytes(reply.rawHeader(raw_name)).decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers
