"""Streaming ``multipart/form-data`` uploads on the QGIS network stack (ARCHITECTURE §7).

Training material and certificate batches are too large for ``core.api.multipart`` (which
builds the body in memory): here every file is a ``QFile`` set as its part's body device, so
Qt reads it from disk while it sends and the process never holds the file. The request goes
through the thread's ``QgsNetworkAccessManager`` (the user's proxy, SSL settings and network
logger apply), with the authcfg applied by the auth manager.

``upload_files`` blocks its thread in a local event loop, so it runs in a ``QgsTask``'s
``run()`` (``FunctionTask`` with the ``TaskContext``'s ``is_cancelled``/``progress``); on the
main thread it refuses, because a local event loop there would let QGIS re-enter.

Things to watch for, handled here:

* a cancelled reply finishes like any other (QGIS's blocking request even reports no error):
  once we aborted, or ``is_cancelled()`` says so, the outcome is ``CancelledError``, never
  the half answer;
* a stalled transfer: ``QNetworkRequest.setTransferTimeout`` (and QGIS's own network
  timeout) abort the reply with ``OperationCanceledError``, which we did not ask for: that is
  a ``TimeoutError_``; a watchdog on upload/download progress does the same where Qt lacks
  the transfer timeout;
* the server's error answers go through ``core.api.problems`` (400 → ``ValidationFailed``,
  413 → ``PayloadTooLarge``, 409, and the read path's 401/403/404/429/5xx).
"""

from __future__ import annotations

import mimetypes
import os
from dataclasses import dataclass
from typing import List, Mapping, Optional, Sequence, Union

from qgis.core import QgsNetworkAccessManager
from qgis.PyQt.QtCore import (
    QByteArray,
    QCoreApplication,
    QFile,
    QIODevice,
)
from qgis.PyQt.QtNetwork import QHttpMultiPart, QHttpPart, QNetworkReply, QNetworkRequest

from ..core.api.multipart import form_data_disposition, header_value
from ..core.api.problems import raise_for_api_status
from ..core.api.session import IDEMPOTENCY_HEADER
from ..core.errors import (
    CancelledError,
    CertificationError,
    NetworkError,
    ResponseTooLargeError,
    TimeoutError_,
)
from ..core.transport import IsCancelled, Response
from .lifetime import is_alive, settle_virtuals
from .network import register, reply_headers
from .reply_wait import Progress, ReplyWait, authorised, refuse_main_thread, streamed_request

DEFAULT_TIMEOUT_S = 60.0
"""Longest silence (nothing sent, nothing received) before the upload counts as stalled."""
MAX_ANSWER_BYTES = 4 << 20
"""The server answers an upload with a short JSON document; more than this is refused."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Uploads", text)


class UploadFileError(CertificationError):
    """A file to upload cannot be opened (missing, unreadable, a folder)."""


@dataclass(frozen=True)
class UploadFile:
    """One file of the form: form field ``name``, the file's ``path`` on disk; the name the
    server sees (default: the file's base name) and its content type (default: guessed from
    that name, ``application/octet-stream`` when unknown)."""

    name: str
    path: str
    filename: str = ""
    content_type: str = ""

    def server_name(self) -> str:
        return self.filename or os.path.basename(self.path)

    def mime_type(self) -> str:
        given = header_value(self.content_type)
        if given:
            return given
        guessed, _encoding = mimetypes.guess_type(self.server_name(), strict=False)
        return guessed or "application/octet-stream"


FileSpec = Union[UploadFile, Sequence[str]]
"""An ``UploadFile`` or a tuple ``(name, path[, filename[, content_type]])``."""


def upload_files(
    url: str,
    fields: Optional[Mapping[str, str]],
    files: Sequence[FileSpec],
    *,
    authcfg: Optional[str] = None,
    user_agent: str = "",
    idempotency_key: Optional[str] = None,
    is_cancelled: Optional[IsCancelled] = None,
    progress: Optional[Progress] = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    headers: Optional[Mapping[str, str]] = None,
) -> Response:
    """POST ``fields`` and ``files`` to ``url`` as a streamed ``multipart/form-data`` body.

    Returns the server's successful answer (2xx; decode it with ``core.http.decode_json``);
    raises ``CancelledError`` when ``is_cancelled()`` turned true, ``TimeoutError_`` after
    ``timeout_s`` without any transfer, ``NetworkError`` when the connection failed or was
    closed, ``UploadFileError`` for a file that cannot be read, and the API errors of
    ``core.api.problems`` for an error answer. ``progress(fraction)`` follows the bytes sent.
    """
    refuse_main_thread("upload_files")
    if is_cancelled is not None and is_cancelled():
        raise CancelledError("The upload was cancelled.", url)
    register()
    qrequest = _request(url, user_agent, idempotency_key, timeout_s, headers or {})
    qrequest = authorised(qrequest, authcfg or "", url, "upload")
    specs = [spec if isinstance(spec, UploadFile) else UploadFile(*spec) for spec in files]
    multipart = _multipart(fields or {}, specs, url)
    upload = _Upload(url, qrequest, multipart, authcfg or "", is_cancelled, progress, timeout_s)
    return upload.run()


def _request(
    url: str,
    user_agent: str,
    idempotency_key: Optional[str],
    timeout_s: float,
    headers: Mapping[str, str],
) -> QNetworkRequest:
    # A redirected POST would be re-sent as a GET without its body: report the redirect.
    qrequest = streamed_request(
        url,
        user_agent,
        timeout_s,
        headers,
        accept=b"application/json",
        redirect_policy=QNetworkRequest.RedirectPolicy.ManualRedirectPolicy,
        skip_headers=("content-type",),  # the multipart sets it, with its boundary
    )
    if idempotency_key:
        qrequest.setRawHeader(IDEMPOTENCY_HEADER.encode("ascii"), idempotency_key.encode("ascii"))
    return qrequest


def _multipart(fields: Mapping[str, str], files: List[UploadFile], url: str) -> QHttpMultiPart:
    """The form; each file a ``QFile`` owned by the multipart, read by Qt as it sends."""
    multipart = QHttpMultiPart(QHttpMultiPart.ContentType.FormDataType)
    settle_virtuals(multipart)
    for name, value in fields.items():
        part = QHttpPart()
        part.setRawHeader(b"Content-Disposition", form_data_disposition(str(name)).encode())
        part.setBody(QByteArray(str(value).encode("utf-8")))
        multipart.append(part)
    for spec in files:
        device = QFile(spec.path, multipart)
        settle_virtuals(device)
        if os.path.isdir(spec.path) or not device.open(QIODevice.OpenModeFlag.ReadOnly):
            reason = "it is a folder" if os.path.isdir(spec.path) else device.errorString()
            multipart.deleteLater()
            raise UploadFileError(
                _tr("The file {path} cannot be read: {reason}").format(
                    path=spec.path, reason=reason
                ),
                url,
            )
        part = QHttpPart()
        disposition = form_data_disposition(spec.name, spec.server_name())
        part.setRawHeader(b"Content-Disposition", disposition.encode("utf-8"))
        part.setRawHeader(b"Content-Type", spec.mime_type().encode("latin-1", "replace"))
        part.setBodyDevice(device)
        multipart.append(part)
    return multipart


class _Upload(ReplyWait):
    """One POST on this thread's network manager, awaited in a local event loop."""

    def __init__(
        self,
        url: str,
        qrequest: QNetworkRequest,
        multipart: QHttpMultiPart,
        authcfg: str,
        is_cancelled: Optional[IsCancelled],
        progress: Optional[Progress],
        timeout_s: float,
    ) -> None:
        super().__init__(url, authcfg, is_cancelled, progress, timeout_s)
        self.qrequest = qrequest
        self.multipart = multipart

    def run(self) -> Response:
        reply = QgsNetworkAccessManager.instance().post(self.qrequest, self.multipart)
        self.multipart.setParent(reply)  # the files close when the reply goes
        self.attach(reply)
        reply.uploadProgress.connect(self._on_upload)
        reply.downloadProgress.connect(self._on_download)
        return self.wait(lambda: self._outcome(reply))

    def _on_upload(self, sent: int, total: int) -> None:
        self.touch()
        self.check()
        if total <= 0 or self.reason:
            return
        self.report(sent / total)

    def _on_download(self, received: int, total: int) -> None:
        self.touch()
        if received > MAX_ANSWER_BYTES or total > MAX_ANSWER_BYTES:
            self.stop("too_large")
        else:
            self.check()

    def _outcome(self, reply: QNetworkReply) -> Response:
        url = self.url
        if self.cancelled():
            raise CancelledError("The upload was cancelled.", url)
        if self.reason == "too_large":
            raise ResponseTooLargeError("The server's answer to the upload is too large.", url)
        if not is_alive(reply) or not self.done:
            raise NetworkError("The upload ended without an answer.", url)
        if self.timed_out(reply):
            raise TimeoutError_(
                f"Nothing was sent or received for {self.timeout_s:g} seconds; upload stopped.",
                url,
            )
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if status is None or int(status) <= 0:
            raise NetworkError(f"The upload failed: {reply.errorString()}", url)
        body = bytes(reply.readAll())
        response = Response(url=url, status=int(status), headers=reply_headers(reply), body=body)
        raise_for_api_status(response)
        self.finish_progress()
        return response
