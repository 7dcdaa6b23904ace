"""Material files downloaded in the background, streamed to a per-application folder.

A reviewer opens an application's training material: each file is fetched from its
``download_url`` with the plugin's network access (the thread's ``QgsNetworkAccessManager``:
proxy, SSL settings, the network logger, and the authcfg through the auth manager), written to
disk as it arrives (a 100 MB file never sits in memory), hashed on the way and checked against
the SHA-256 the server lists. The file is written as ``<name>.part`` and renamed only when it
is complete and right, so a cancelled or broken download never looks like a file.

``download_file`` blocks its thread in a local event loop, like ``uploads.upload_files``: call
it from a ``QgsTask``'s ``run()`` (``FunctionTask`` with the ``TaskContext``'s
``is_cancelled``/``progress``); it refuses the main thread. The transport pieces are those of
``network`` (User-Agent marker, URL check, headers) and ``reply_wait`` (the request, the wait
and its watchdog, shared with ``uploads``), and
``core.api.problems`` reads error answers, as for every other request.

Where files go: ``<profile>/certification/review-files/<server>/<application>/<material>/
<name>``; the name is the server's, made safe here (``safe_filename``): no folders, no
control characters, no names Windows reserves, never empty.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, BinaryIO, Mapping, Optional
from urllib.parse import unquote

from qgis.core import QgsNetworkAccessManager
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..core.api.problems import raise_for_api_status
from ..core.errors import (
    CancelledError,
    CertificationError,
    InvalidResponseError,
    NetworkError,
    ResponseTooLargeError,
    TimeoutError_,
    TruncatedResponseError,
)
from ..core.transport import IsCancelled, Response
from .lifetime import is_alive
from .network import register, reply_headers
from .paths import default_cache_dir
from .reply_wait import Progress, ReplyWait, authorised, refuse_main_thread, streamed_request

DEFAULT_TIMEOUT_S = 60.0
"""Longest silence (nothing received) before the download counts as stalled."""
DEFAULT_MAX_BYTES = 512 << 20
"""Larger answers are refused (the server takes at most 100 MB per file)."""
ERROR_BODY_BYTES = 64 << 10
"""How much of an error answer is kept to explain it."""
READ_BUFFER_BYTES = 1 << 20
"""Qt reads no further ahead than this: the disk sets the pace, not memory."""
PART_SUFFIX = ".part"
MAX_NAME_CHARS = 120
CACHE_FOLDER = "review-files"
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_UNSAFE_CHARS = re.compile(r'[\x00-\x1f\x7f-\x9f<>:"/\\|?*]')
_KEY_CHARS = re.compile(r"[^A-Za-z0-9_-]+")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Downloads", text)


@dataclass(frozen=True)
class Downloaded:
    """A file on disk: where, how large, its SHA-256; ``cached`` when it was there already."""

    path: str
    size: int
    sha256: str
    cached: bool = False


# ---------------------------------------------------------------------- names and folders
def safe_filename(name: object, fallback: str = "download") -> str:
    """A file name that stays in its folder on every system.

    The last path component only (``../../x`` -> ``x``, ``C:\\a\\b`` -> ``b``), Unicode
    normalised (NFC), control and reserved characters replaced by ``_``, no leading dots or
    spaces (no hidden files, no ``..``), no trailing dots or spaces (Windows drops them), no
    device names (``CON``, ``nul.txt``), at most ``MAX_NAME_CHARS`` characters with the
    extension kept; ``fallback`` when nothing is left.
    """
    text = unicodedata.normalize("NFC", str(name or ""))
    text = re.split(r"[/\\]", text)[-1]
    text = _UNSAFE_CHARS.sub("_", text).strip().lstrip(".").rstrip(". ")
    if not text or set(text) <= {"_", ".", " "}:
        return fallback
    if _RESERVED.match(text):
        text = "_" + text
    if len(text) > MAX_NAME_CHARS:
        stem, ext = os.path.splitext(text)
        ext = ext if len(ext) <= 16 else ""
        text = stem[: MAX_NAME_CHARS - len(ext)].rstrip(". ") + ext
    return text


def content_disposition_filename(header: str) -> str:
    """The file name of a ``Content-Disposition`` header (``filename*`` RFC 5987 first),
    unsanitised; "" when there is none."""
    if not header:
        return ""
    extended = re.search(r"filename\*\s*=\s*([^;]+)", header, re.IGNORECASE)
    if extended:
        value = extended.group(1).strip().strip('"')
        charset, _sep, rest = value.partition("'")
        _language, _sep, encoded = rest.partition("'")
        if encoded:
            try:
                return unquote(encoded, encoding=charset or "utf-8", errors="strict")
            except (LookupError, UnicodeDecodeError):
                pass
    plain = re.search(r'filename\s*=\s*("(?:[^"\\]|\\.)*"|[^;]+)', header, re.IGNORECASE)
    if plain:
        value = plain.group(1).strip()
        if value.startswith('"') and value.endswith('"'):
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        return value
    return ""


def folder_key(value: object) -> str:
    """A server key or id as one safe folder name (``[A-Za-z0-9_-]``, never empty)."""
    key = _KEY_CHARS.sub("_", str(value or "")).strip("_")
    return key[:80] or "default"


def application_folder(server_key: str, application_id: int, root: Optional[str] = None) -> str:
    """``<root>/<server>/<application>``; root defaults to ``<profile>/certification/
    review-files``."""
    base = root or os.path.join(default_cache_dir(), CACHE_FOLDER)
    return os.path.join(base, folder_key(server_key), str(int(application_id)))


def material_target(folder: str, material: Mapping[str, Any]) -> str:
    """Where one material of the application lives: ``<folder>/<material id>/<safe name>``
    (two files of the same name in two courses do not collide)."""
    ident = material.get("id")
    sub = str(int(ident)) if isinstance(ident, int) and not isinstance(ident, bool) else "file"
    return os.path.join(folder, sub, safe_filename(material.get("filename")))


def authcfg_of(api: Any) -> str:
    """The authcfg the API session's transport applies (``QgisTransport.authcfg``), so a
    download goes with the same credentials as the session's requests; "" without one."""
    transport = getattr(getattr(api, "http", None), "transport", None)
    value = getattr(transport, "authcfg", "")
    return value if isinstance(value, str) else ""


def file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def cached_file(path: str, sha256: str) -> Optional[Downloaded]:
    """The file at ``path`` when it is there with that SHA-256 (re-opening costs no
    download); ``None`` otherwise (no hash known: always fetched again)."""
    if not sha256 or not os.path.isfile(path):
        return None
    try:
        found = file_sha256(path)
    except OSError:
        return None
    if found.lower() != sha256.lower():
        return None
    return Downloaded(path, os.path.getsize(path), found, cached=True)


# ---------------------------------------------------------------------- downloading
def download_material(
    material: Mapping[str, Any],
    folder: str,
    *,
    authcfg: str = "",
    user_agent: str = "",
    headers: Optional[Mapping[str, str]] = None,
    is_cancelled: Optional[IsCancelled] = None,
    progress: Optional[Progress] = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> Downloaded:
    """One material of the API's list (``download_url``, ``filename``, ``sha256``) into
    ``folder`` (``application_folder``); a copy already there with the right hash is used."""
    url = material.get("download_url")
    if not isinstance(url, str) or not url:
        raise InvalidResponseError("The material has no download address.", "")
    target = material_target(folder, material)
    expected = str(material.get("sha256") or "")
    found = cached_file(target, expected)
    if found is not None:
        if progress is not None:
            progress(1.0)
        return found
    return download_file(
        url,
        target,
        expected_sha256=expected,
        authcfg=authcfg,
        user_agent=user_agent,
        headers=headers,
        is_cancelled=is_cancelled,
        progress=progress,
        timeout_s=timeout_s,
    )


def download_file(
    url: str,
    target: str,
    *,
    expected_sha256: str = "",
    authcfg: str = "",
    user_agent: str = "",
    headers: Optional[Mapping[str, str]] = None,
    is_cancelled: Optional[IsCancelled] = None,
    progress: Optional[Progress] = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Downloaded:
    """GET ``url`` into the file ``target`` (its folder is made), streamed.

    Raises ``CancelledError`` when ``is_cancelled()`` turned true (the partial file is
    removed), ``TimeoutError_`` after ``timeout_s`` without data, ``NetworkError`` when the
    connection failed, ``ResponseTooLargeError`` past ``max_bytes``,
    ``TruncatedResponseError`` for fewer bytes than announced, ``InvalidResponseError`` for
    content whose SHA-256 is not ``expected_sha256``, and the API's errors for an error answer
    (403, 404...). ``progress(fraction)`` follows the bytes received.
    """
    refuse_main_thread("download_file")
    if is_cancelled is not None and is_cancelled():
        raise CancelledError("The download was cancelled.", url)
    register()
    qrequest = authorised(
        _request(url, user_agent, timeout_s, headers or {}), authcfg, url, "download"
    )
    folder = os.path.dirname(os.path.abspath(target))
    try:
        os.makedirs(folder, exist_ok=True)
        stream = open(target + PART_SUFFIX, "wb")  # noqa: SIM115 - closed by _Download
    except OSError as exc:
        raise DownloadFileError(
            _tr("The file {path} cannot be written: {reason}").format(
                path=target, reason=exc.strerror or str(exc)
            ),
            url,
        ) from exc
    download = _Download(
        url, qrequest, stream, authcfg, is_cancelled, progress, timeout_s, max_bytes
    )
    try:
        size, digest = download.run()
    except BaseException:
        _remove(target + PART_SUFFIX)
        raise
    if expected_sha256 and digest.lower() != expected_sha256.lower():
        _remove(target + PART_SUFFIX)
        raise InvalidResponseError(
            "The downloaded file is not the one the server lists (its SHA-256 differs).", url
        )
    os.replace(target + PART_SUFFIX, target)
    return Downloaded(target, size, digest)


class DownloadFileError(CertificationError):
    """The file cannot be written to the cache folder (disk full, no permission)."""


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)


def _request(
    url: str, user_agent: str, timeout_s: float, headers: Mapping[str, str]
) -> QNetworkRequest:
    return streamed_request(
        url,
        user_agent,
        timeout_s,
        headers,
        accept=b"*/*",
        redirect_policy=QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy,
    )


class _Download(ReplyWait):
    """One GET on this thread's network manager, written to ``stream`` as it arrives."""

    def __init__(
        self,
        url: str,
        qrequest: QNetworkRequest,
        stream: BinaryIO,
        authcfg: str,
        is_cancelled: Optional[IsCancelled],
        progress: Optional[Progress],
        timeout_s: float,
        max_bytes: int,
    ) -> None:
        super().__init__(url, authcfg, is_cancelled, progress, timeout_s)
        self.qrequest = qrequest
        self.stream = stream
        self.max_bytes = max_bytes
        # self.reason may also be "disk": the file could not be written.
        self.disk_error: Optional[OSError] = None
        self.status = 0
        self.received = 0
        self.total: Optional[int] = None
        self.error_body = bytearray()
        self.digest = hashlib.sha256()

    def run(self) -> tuple:
        reply = QgsNetworkAccessManager.instance().get(self.qrequest)
        reply.setReadBufferSize(READ_BUFFER_BYTES)
        self.attach(reply)
        reply.readyRead.connect(self._on_ready_read)
        reply.downloadProgress.connect(self._on_progress)
        return self.wait(lambda: self._finish(reply), self.stream.close)

    def _finish(self, reply: QNetworkReply) -> tuple:
        if is_alive(reply) and not self.reason:
            self._on_ready_read()  # what arrived with the finish
        return self._outcome(reply)

    def _http_status(self) -> int:
        if not self.status and is_alive(self.reply):
            value = self.reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
            self.status = int(value) if value is not None else 0
        return self.status

    def _on_ready_read(self) -> None:
        self.touch()
        if self.reason or not is_alive(self.reply):
            return
        chunk = bytes(self.reply.readAll())
        if not chunk:
            return
        if not 200 <= self._http_status() < 300:
            room = ERROR_BODY_BYTES - len(self.error_body)
            if room > 0:
                self.error_body.extend(chunk[:room])
            return
        self.received += len(chunk)
        if self.received > self.max_bytes:
            self.stop("too_large")
            return
        try:
            self.stream.write(chunk)
        except OSError as exc:
            self.disk_error = exc
            self.stop("disk")
            return
        self.digest.update(chunk)
        self._report()

    def _report(self) -> None:
        """Progress from the bytes written (Qt signals ``downloadProgress`` every 100 ms at
        most, so a fast download would report nothing until its end)."""
        if self.progress is None:
            return
        if self.total is None and is_alive(self.reply):
            announced = self.reply.header(QNetworkRequest.KnownHeaders.ContentLengthHeader)
            self.total = int(announced) if announced is not None and int(announced) > 0 else 0
        if not self.total:
            return
        self.report(self.received / self.total)

    def _on_progress(self, received: int, total: int) -> None:
        self.touch()
        if total > self.max_bytes:
            self.stop("too_large")
            return
        self.check()

    def _outcome(self, reply: QNetworkReply) -> tuple:
        url = self.url
        if self.cancelled():
            raise CancelledError("The download was cancelled.", url)
        if self.reason == "too_large":
            size = self.max_bytes / 1_048_576
            raise ResponseTooLargeError(
                f"The file is larger than the limit of {size:.1f} MB; download stopped.", url
            )
        if self.reason == "disk":
            reason = self.disk_error.strerror if self.disk_error is not None else ""
            raise DownloadFileError(
                _tr("The file cannot be written: {reason}").format(reason=reason or "?"), url
            )
        if not is_alive(reply) or not self.done:
            raise NetworkError("The download ended without an answer.", url)
        error = reply.error()
        status = self._http_status()
        if self.timed_out(reply):
            raise TimeoutError_(
                f"Nothing was received for {self.timeout_s:g} seconds; download stopped.", url
            )
        if status <= 0:
            raise NetworkError(f"The download failed: {reply.errorString()}", url)
        headers = reply_headers(reply)
        if not 200 <= status < 300:
            response = Response(
                url=url, status=status, headers=headers, body=bytes(self.error_body)
            )
            raise_for_api_status(response)
            raise NetworkError(f"The server answered {status} instead of the file.", url)
        if error != QNetworkReply.NetworkError.NoError:
            raise NetworkError(f"The download failed: {reply.errorString()}", url)
        announced = headers.get("content-length", "")
        if announced.isdigit() and int(announced) != self.received:
            raise TruncatedResponseError(
                f"The download stopped after {self.received} of {announced} bytes.", url
            )
        self.stream.flush()
        self.finish_progress()
        return self.received, self.digest.hexdigest()
