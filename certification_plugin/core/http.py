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
from typing import (
    IO,
    Any,
    Callable,
    Dict,
    List,
    Mapping,
    Optional,
    Protocol,
    Sequence,
    Tuple,
    Union,
)
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
DEFAULT_MAX_PARALLEL = 4
"""Requests a session may have open at once, unless told otherwise (Qt opens up to six per
host); the plugin keeps it for every server but the live site."""
_MAX_HEADER_BYTES = 16 * 1024
"""Longest header line of a cache entry (the URL is most of it)."""


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

    def etag(self, url: str) -> Optional[str]:
        """The stored ETag alone (cheaper than ``get`` for a big body)."""
        ...

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

    def etag(self, url: str) -> Optional[str]:
        entry = self.get(url)
        return entry.etag if entry is not None else None

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

    File names are the SHA-256 of the URL; each file holds a one-line JSON header (URL, ETag
    and body size) and the body. Writes go to a temporary file that replaces the old one
    atomically, so a concurrent task never sees a half-written entry, and an entry cut short
    by a crash has the wrong size and is ignored.
    """

    _MAGIC = b"certification-etag-cache 1\n"

    def __init__(self, path: Union[str, Path]) -> None:
        self.path = Path(path)

    def _file(self, url: str) -> Path:
        return self.path / (hashlib.sha256(url.encode("utf-8")).hexdigest() + ".cache")

    def get(self, url: str) -> Optional[CachedBody]:
        try:
            with self._file(url).open("rb") as handle:
                etag, size = self._header(handle, url)
                if etag is None:
                    return None
                body = handle.read()
        except OSError:
            return None
        if size is not None and len(body) != size:
            return None  # cut short (a crash while writing): as if absent
        return CachedBody(etag, body)

    def etag(self, url: str) -> Optional[str]:
        try:
            with self._file(url).open("rb") as handle:
                return self._header(handle, url)[0]
        except OSError:
            return None

    def _header(self, handle: IO[bytes], url: str) -> Tuple[Optional[str], Optional[int]]:
        """(ETag, body size) from an entry's first lines; (None, None) when not ours."""
        if handle.read(len(self._MAGIC)) != self._MAGIC:
            return None, None
        line = handle.readline(_MAX_HEADER_BYTES)
        if not line.endswith(b"\n"):
            return None, None
        try:
            meta = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None, None
        if not isinstance(meta, dict) or meta.get("url") != url:
            return None, None
        etag, size = meta.get("etag"), meta.get("size")
        if not isinstance(etag, str) or not etag:
            return None, None
        return etag, size if isinstance(size, int) else None

    def put(self, url: str, etag: str, body: bytes) -> None:
        if not etag or not _cacheable(url):
            return
        header = json.dumps(
            {"url": url, "etag": etag, "size": len(body)}, ensure_ascii=True
        ).encode("ascii")
        self.path.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path, prefix=".tmp-", suffix=".part")
        try:
            # No fsync: an entry is only a cache, and one cut short by a crash has the wrong
            # size and is ignored.
            with os.fdopen(fd, "wb") as handle:
                handle.write(self._MAGIC + header + b"\n" + bytes(body))
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
    ``max_parallel``: how many requests ``send_many``/``get_json_many`` may have open at
    once (1 for the live site, which asks its clients to go gently).
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
        max_parallel: int = DEFAULT_MAX_PARALLEL,
    ) -> None:
        self.transport = transport
        self.max_parallel = max(1, max_parallel)
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
        return self.send_request("GET", url, None, headers, is_cancelled, timeout_s)

    def _wait_turn(self, url: str, is_cancelled: Optional[IsCancelled]) -> None:
        """Raise if cancelled, else wait as long as the politeness limit asks."""
        if is_cancelled is not None and is_cancelled():
            raise CancelledError("The request was cancelled.", url)
        self._limiter(url).wait(is_cancelled, url)

    def send_request(
        self,
        method: str,
        url: str,
        body: Optional[bytes] = None,
        headers: Optional[Mapping[str, str]] = None,
        is_cancelled: Optional[IsCancelled] = None,
        timeout_s: Optional[float] = None,
    ) -> Response:
        """Any method, with an optional body: the session's headers, limits and politeness
        as for ``send``; any status returned (``core.api`` maps it to errors)."""
        self._wait_turn(url, is_cancelled)
        request = self._request(url, headers, timeout_s, method=method.upper(), body=body)
        return self.transport.send(request, is_cancelled)

    def _request(
        self,
        url: str,
        headers: Optional[Mapping[str, str]],
        timeout_s: Optional[float],
        method: str = "GET",
        body: Optional[bytes] = None,
    ) -> Request:
        all_headers = {"Accept": "application/json"}
        if self.user_agent:
            all_headers["User-Agent"] = self.user_agent
        all_headers.update(headers or {})
        return Request(
            url=url,
            method=method,
            headers=all_headers,
            body=body,
            timeout_s=timeout_s or self.default_timeout_s,
            max_bytes=self.max_bytes,
        )

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
        cache, cached, headers = self._condition(url, conditional)
        response = self.send(url, headers, is_cancelled, timeout_s)
        answer = self._json_answer(url, response, cache, cached)
        if answer is None:  # a damaged cache entry was dropped: ask without a condition
            return self.get_json(url, is_cancelled, conditional, timeout_s)
        return answer

    def get_json_many(
        self, urls: Sequence[str], is_cancelled: Optional[IsCancelled] = None
    ) -> List[JsonResponse]:
        """``get_json`` for several URLs at once, answers in the same order.

        The requests run in parallel, up to ``max_parallel``, when the transport can
        (``send_many``); otherwise one after another.
        """
        if self._sequential(len(urls)):
            return [self.get_json(url, is_cancelled) for url in urls]
        conditions = [self._condition(url, True) for url in urls]
        responses = self.send_many(
            [(url, headers) for url, (_cache, _cached, headers) in zip(urls, conditions)],
            is_cancelled,
        )
        answers = []
        for url, response, (cache, cached, _headers) in zip(urls, responses, conditions):
            answer = self._json_answer(url, response, cache, cached)
            answers.append(answer if answer is not None else self.get_json(url, is_cancelled))
        return answers

    def send_many(
        self,
        requests: Sequence[Tuple[str, Mapping[str, str]]],
        is_cancelled: Optional[IsCancelled] = None,
    ) -> List[Response]:
        """``send`` for several (URL, headers), the answers in the same order: up to
        ``max_parallel`` at a time when the transport can, else one after another."""
        if self._sequential(len(requests)):
            return [self.send(url, headers, is_cancelled) for url, headers in requests]
        answers: List[Response] = []
        for start in range(0, len(requests), self.max_parallel):
            prepared = []
            for url, headers in requests[start : start + self.max_parallel]:
                self._wait_turn(url, is_cancelled)
                prepared.append(self._request(url, headers, None))
            answers.extend(self.transport.send_many(prepared, is_cancelled))  # type: ignore[attr-defined]
        return answers

    def _sequential(self, count: int) -> bool:
        return (
            count < 2
            or self.max_parallel < 2
            or not callable(getattr(self.transport, "send_many", None))
        )

    def _condition(
        self, url: str, conditional: bool
    ) -> Tuple[Optional[EtagCache], Optional[CachedBody], Dict[str, str]]:
        """The ETag cache, its entry for ``url`` and the ``If-None-Match`` header to send."""
        cache = self.etag_cache if conditional else None
        cached = cache.get(url) if cache is not None else None
        headers = {"If-None-Match": cached.etag} if cached is not None else {}
        return cache, cached, headers

    @staticmethod
    def _json_answer(
        url: str, response: Response, cache: Optional[EtagCache], cached: Optional[CachedBody]
    ) -> Optional[JsonResponse]:
        """The decoded answer to a GET of ``url``, checked; ``None`` when a 304 met a damaged
        cache entry (the entry is dropped, and the caller asks again without a condition)."""
        if response.status == 304:
            if cached is None:
                raise InvalidResponseError(
                    "The server answered 304 Not Modified to a request that was not conditional.",
                    url,
                )
            try:
                data = decode_json(Response(url, 200, {}, cached.body))
            except InvalidResponseError:
                assert cache is not None
                cache.remove(url)
                return None
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
