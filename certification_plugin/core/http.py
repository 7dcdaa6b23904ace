"""JSON over HTTP on top of any ``Transport``: headers, errors, decoding, ETags, politeness.

One place turns whatever the server answered into either decoded JSON or a
``CertificationError`` whose message names the URL and says what went wrong in plain words.
Conditional requests (``If-None-Match``) let a refresh that finds nothing new skip all work:
the cached body is reused and the result says ``changed=False``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Callable, Dict, Mapping, Optional, Protocol, Union
from urllib.parse import urlsplit

from .errors import (
    AuthenticationError,
    CancelledError,
    HttpError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    TruncatedResponseError,
)
from .transport import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT_S,
    IsCancelled,
    Request,
    Response,
    Transport,
)

DEFAULT_RATE_PER_S = 5.0
"""The live site rate-limits at about 10 requests/s; staying at half keeps us well clear."""

HTML_INSTEAD_OF_JSON = (
    "The server answered with an HTML page instead of JSON — is the URL a certification server?"
)
_DETAIL_MAX = 300


# --------------------------------------------------------------------------- ETag caches


@dataclass(frozen=True)
class CachedBody:
    etag: str
    body: bytes


class EtagCache(Protocol):
    """Remembers the last ETag and body per URL for conditional requests.

    Only public URLs and bodies are stored: never request headers, and never a URL with a
    user name or password in it (credentials live in the QGIS authentication database).
    """

    def get(self, url: str) -> Optional[CachedBody]: ...

    def put(self, url: str, etag: str, body: bytes) -> None: ...

    def remove(self, url: str) -> None: ...


def _cacheable(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and not parts.username and not parts.password


class MemoryEtagCache:
    """ETag cache for one session (scripts, tests, the Processing algorithms)."""

    def __init__(self) -> None:
        self._entries: Dict[str, CachedBody] = {}
        self._lock = threading.Lock()

    def get(self, url: str) -> Optional[CachedBody]:
        with self._lock:
            return self._entries.get(url)

    def put(self, url: str, etag: str, body: bytes) -> None:
        if not etag or not _cacheable(url):
            return
        with self._lock:
            self._entries[url] = CachedBody(etag, bytes(body))

    def remove(self, url: str) -> None:
        with self._lock:
            self._entries.pop(url, None)

    def __len__(self) -> int:
        return len(self._entries)


class DirectoryEtagCache:
    """ETag cache in a directory (the plugin uses one in the QGIS profile), one file per URL.

    File names are the SHA-256 of the URL; each file holds a one-line JSON header (URL and
    ETag) and the body. Writes go to a temporary file that replaces the old one atomically,
    so a crash or a concurrent task never leaves a half-written entry behind.
    """

    _MAGIC = b"certification-etag-cache 1\n"

    def __init__(self, path: Union[str, Path]) -> None:
        self.path = Path(path)

    def _file(self, url: str) -> Path:
        return self.path / (hashlib.sha256(url.encode("utf-8")).hexdigest() + ".cache")

    def get(self, url: str) -> Optional[CachedBody]:
        try:
            raw = self._file(url).read_bytes()
        except OSError:
            return None
        if not raw.startswith(self._MAGIC):
            return None
        header, sep, body = raw[len(self._MAGIC) :].partition(b"\n")
        if not sep:
            return None
        try:
            meta = json.loads(header.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None
        if not isinstance(meta, dict) or meta.get("url") != url:
            return None
        etag = meta.get("etag")
        if not isinstance(etag, str) or not etag:
            return None
        return CachedBody(etag, body)

    def put(self, url: str, etag: str, body: bytes) -> None:
        if not etag or not _cacheable(url):
            return
        header = json.dumps({"url": url, "etag": etag}, ensure_ascii=True).encode("ascii")
        self.path.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path, prefix=".tmp-", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(self._MAGIC + header + b"\n" + bytes(body))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self._file(url))
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def remove(self, url: str) -> None:
        with contextlib.suppress(OSError):
            self._file(url).unlink()

    def clear(self) -> None:
        """Forget every entry (the options page's "clear cache")."""
        if not self.path.is_dir():
            return
        for entry in self.path.glob("*.cache"):
            with contextlib.suppress(OSError):
                entry.unlink()


# --------------------------------------------------------------------------- politeness


class RateLimiter:
    """Spaces request starts at least ``1/per_second`` apart (0 or less disables it)."""

    def __init__(
        self,
        per_second: float = DEFAULT_RATE_PER_S,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = 1.0 / per_second if per_second > 0 else 0.0
        self._clock = clock
        self._sleep = sleep
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self, is_cancelled: Optional[IsCancelled] = None, url: str = "") -> None:
        """Block until this request may start; raises ``CancelledError`` while waiting."""
        if self.interval <= 0:
            return
        with self._lock:
            now = self._clock()
            start = max(now, self._next)
            self._next = start + self.interval
        while True:
            remaining = start - self._clock()
            if remaining <= 0:
                return
            if is_cancelled is not None and is_cancelled():
                raise CancelledError("The request was cancelled.", url)
            self._sleep(min(remaining, 0.05))


_SHARED_LIMITERS: Dict[str, RateLimiter] = {}
_SHARED_LOCK = threading.Lock()


def shared_rate_limiter(url: str, per_second: float = DEFAULT_RATE_PER_S) -> RateLimiter:
    """One limiter per server origin for the whole process, so parallel tasks share the cap."""
    parts = urlsplit(url)
    key = f"{parts.scheme}://{parts.netloc}@{per_second}"
    with _SHARED_LOCK:
        limiter = _SHARED_LIMITERS.get(key)
        if limiter is None:
            limiter = _SHARED_LIMITERS[key] = RateLimiter(per_second)
        return limiter


# --------------------------------------------------------------------------- decoding


@dataclass(frozen=True)
class JsonResponse:
    """Decoded JSON of one request; ``changed`` is False when the server answered 304."""

    url: str
    data: Any
    changed: bool = True
    etag: str = ""
    status: int = 200


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def decode_json(response: Response) -> Any:
    """The JSON document in ``response.body``, or ``InvalidResponseError`` saying why not."""
    url = response.url
    body = response.body
    declared = response.header("content-length")
    if declared.strip().isdigit() and len(body) < int(declared):
        raise TruncatedResponseError(
            f"The answer was cut off: received {len(body)} of {int(declared)} bytes.", url
        )
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidResponseError(
            f"The answer is not UTF-8 text (byte {exc.start} is invalid), so it is not JSON.", url
        ) from None
    stripped = text.strip()
    if not stripped:
        raise InvalidResponseError("The server sent an empty answer instead of JSON.", url)
    content_type = response.header("content-type").lower()
    if content_type.startswith(("text/html", "application/xhtml")) or stripped.startswith("<"):
        raise InvalidResponseError(HTML_INSTEAD_OF_JSON, url)
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        if exc.msg.startswith("Unterminated string") or exc.pos >= len(text.rstrip()):
            raise TruncatedResponseError(
                "The JSON stops before it is complete: the answer was cut off.", url
            ) from None
        raise InvalidResponseError(
            f"The answer is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}.",
            url,
        ) from None
    except ValueError as exc:
        raise InvalidResponseError(f"The answer is not valid JSON: {exc}.", url) from None
    except RecursionError:
        raise InvalidResponseError("The JSON answer is nested too deeply to read.", url) from None


def _detail(response: Response) -> str:
    """The server's ``detail`` sentence from a JSON error body, shortened; "" if none."""
    if "json" not in response.header("content-type").lower():
        return ""
    try:
        data = json.loads(response.body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return ""
    detail = data.get("detail") if isinstance(data, dict) else None
    if not isinstance(detail, str):
        return ""
    detail = " ".join(detail.split())
    return detail if len(detail) <= _DETAIL_MAX else detail[:_DETAIL_MAX] + "…"


def _sentence(text: str) -> str:
    """``text`` ending with one full stop (details from servers often bring their own)."""
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def retry_after_seconds(value: str, now: Optional[datetime] = None) -> Optional[float]:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date); None if unusable."""
    text = (value or "").strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    delta = (when - (now or datetime.now(timezone.utc))).total_seconds()
    return max(0.0, delta)


def raise_for_status(response: Response) -> None:
    """Raise the ``HttpError`` subclass for an error status; return for 1xx/2xx."""
    status = response.status
    if status < 300:
        return
    url = response.url
    detail = _detail(response)
    suffix = f": {detail}" if detail else ""
    if status == 401:
        raise AuthenticationError(
            _sentence(f"The server did not accept the credentials (HTTP 401){suffix}")
            + " Check the authentication configuration or the API token.",
            url,
            status,
            detail,
        )
    if status == 403:
        reason = detail or "the server gave no reason"
        raise PermissionDeniedError(
            _sentence(f"Permission denied (HTTP 403): {reason}"), url, status, detail
        )
    if status == 404:
        raise NotFoundError(
            "Not found (HTTP 404): the server has no page at this address.", url, status, detail
        )
    if status == 429:
        wait = retry_after_seconds(response.header("retry-after"))
        when = f"wait {wait:.0f} seconds before trying again" if wait is not None else "slow down"
        raise RateLimitedError(
            f"Too many requests (HTTP 429): the server asks to {when}.",
            url,
            status,
            detail,
            retry_after=wait,
        )
    if status >= 500:
        said = _sentence(f" It said: {detail}") if detail else ""
        raise HttpError(
            f"The server failed to answer (HTTP {status}); try again later.{said}",
            url,
            status,
            detail,
        )
    if 300 <= status < 400:
        raise HttpError(
            f"Unexpected redirect (HTTP {status}) to {response.header('location') or 'nowhere'}.",
            url,
            status,
            detail,
        )
    raise HttpError(
        _sentence(f"The server refused the request (HTTP {status}){suffix}"), url, status, detail
    )


# --------------------------------------------------------------------------- session


class HttpSession:
    """GETs JSON through a transport, with conditional requests and a politeness limit.

    ``user_agent`` "" lets the transport choose (QGIS adds its own product token). A
    ``rate_limiter`` of ``None`` shares one limiter per server origin across the process.
    """

    def __init__(
        self,
        transport: Transport,
        user_agent: str = "",
        default_timeout_s: float = DEFAULT_TIMEOUT_S,
        max_bytes: int = DEFAULT_MAX_BYTES,
        etag_cache: Optional[EtagCache] = None,
        rate_limit_per_s: float = DEFAULT_RATE_PER_S,
        rate_limiter: Optional[RateLimiter] = None,
    ) -> None:
        self.transport = transport
        self.user_agent = user_agent
        self.default_timeout_s = default_timeout_s
        self.max_bytes = max_bytes
        self.etag_cache = etag_cache
        self.rate_limit_per_s = rate_limit_per_s
        self._rate_limiter = rate_limiter

    def _limiter(self, url: str) -> RateLimiter:
        if self._rate_limiter is not None:
            return self._rate_limiter
        return shared_rate_limiter(url, self.rate_limit_per_s)

    def send(
        self,
        url: str,
        headers: Optional[Mapping[str, str]] = None,
        is_cancelled: Optional[IsCancelled] = None,
        timeout_s: Optional[float] = None,
    ) -> Response:
        """One GET with the session's headers, limits and politeness; any status returned."""
        if is_cancelled is not None and is_cancelled():
            raise CancelledError("The request was cancelled.", url)
        self._limiter(url).wait(is_cancelled, url)
        all_headers = {"Accept": "application/json"}
        if self.user_agent:
            all_headers["User-Agent"] = self.user_agent
        all_headers.update(headers or {})
        request = Request(
            url=url,
            headers=all_headers,
            timeout_s=timeout_s or self.default_timeout_s,
            max_bytes=self.max_bytes,
        )
        return self.transport.send(request, is_cancelled)

    def get_json(
        self,
        url: str,
        is_cancelled: Optional[IsCancelled] = None,
        conditional: bool = True,
        timeout_s: Optional[float] = None,
    ) -> JsonResponse:
        """GET ``url`` and decode its JSON; raises a ``CertificationError`` on any failure.

        With ``conditional`` and an ETag cache, a known URL is asked with ``If-None-Match``;
        a 304 answer returns the cached document with ``changed=False``.
        """
        cache = self.etag_cache if conditional else None
        cached = cache.get(url) if cache is not None else None
        headers = {"If-None-Match": cached.etag} if cached is not None else {}
        response = self.send(url, headers, is_cancelled, timeout_s)
        if response.status == 304:
            if cached is None:
                raise InvalidResponseError(
                    "The server answered 304 Not Modified to a request that was not conditional.",
                    url,
                )
            try:
                data = decode_json(Response(url, 200, {}, cached.body))
            except InvalidResponseError:
                # A damaged cache entry: forget it and ask again without a condition.
                assert cache is not None
                cache.remove(url)
                return self.get_json(url, is_cancelled, conditional, timeout_s)
            return JsonResponse(url, data, changed=False, etag=cached.etag, status=304)
        raise_for_status(response)
        data = decode_json(response)
        etag = response.header("etag")
        if cache is not None:
            if etag:
                cache.put(url, etag, response.body)
            elif cached is not None:
                cache.remove(url)
        return JsonResponse(url, data, changed=True, etag=etag, status=response.status)
