"""A ``Transport`` on the standard library, for scripts, headless runs and ``core`` tests.

Inside QGIS use ``qgis_io.network.QgisTransport`` instead: it honours the user's proxy, SSL
exceptions and authentication configurations. This one streams the body in chunks so it can
stop at the size limit, the deadline or a cancellation request between chunks.
"""

from __future__ import annotations

import http.client
import platform
import socket
import ssl
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor, wait
from email.message import Message
from http.client import HTTPMessage
from typing import IO, Any, Dict, List, Optional, Sequence
from urllib.parse import urlsplit

from .errors import CancelledError, NetworkError, ResponseTooLargeError, TimeoutError_
from .transport import IsCancelled, Request, Response
from .versioning import plugin_version

CHUNK_BYTES = 64 * 1024
MAX_PARALLEL = 4
"""Requests ``send_many`` runs at the same time (browsers open six per host)."""


def default_user_agent() -> str:
    """A product token naming the plugin (some servers reject the generic Python one)."""
    return f"certification-plugin/{plugin_version()} Python/{platform.python_version()}"


def too_large_message(max_bytes: int) -> str:
    return (
        f"The answer is larger than the limit of {max_bytes / 1_048_576:.1f} MB; download stopped."
    )


class _NoRedirectOnError(urllib.request.HTTPRedirectHandler):
    """Follows redirects for GET/HEAD only (the default), refusing to replay bodies."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> Optional[urllib.request.Request]:
        if req.get_method() not in ("GET", "HEAD"):
            return None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class UrllibTransport:
    """Performs requests with ``urllib``; error statuses come back as ``Response`` objects."""

    def __init__(
        self,
        user_agent: str = "",
        ssl_context: Optional[ssl.SSLContext] = None,
        use_environment_proxies: bool = True,
    ) -> None:
        self.user_agent = user_agent or default_user_agent()
        handlers: List[urllib.request.BaseHandler] = [_NoRedirectOnError()]
        if ssl_context is not None:
            handlers.append(urllib.request.HTTPSHandler(context=ssl_context))
        if not use_environment_proxies:
            handlers.append(urllib.request.ProxyHandler({}))
        self._opener = urllib.request.build_opener(*handlers)

    def send_many(
        self, requests: Sequence[Request], is_cancelled: Optional[IsCancelled] = None
    ) -> List[Response]:
        """``send`` for each request, a few at a time on threads of their own."""
        if len(requests) < 2:
            return [self.send(request, is_cancelled) for request in requests]
        with ThreadPoolExecutor(max_workers=min(MAX_PARALLEL, len(requests))) as pool:
            futures = [pool.submit(self.send, request, is_cancelled) for request in requests]
            wait(futures)
        return [future.result() for future in futures]

    def send(self, request: Request, is_cancelled: Optional[IsCancelled] = None) -> Response:
        url = request.url
        if urlsplit(url).scheme not in ("http", "https"):
            raise NetworkError("Only http:// and https:// addresses can be fetched.", url)
        if is_cancelled is not None and is_cancelled():
            raise CancelledError("The request was cancelled.", url)
        headers = dict(request.headers)
        if not any(name.lower() == "user-agent" for name in headers):
            headers["User-Agent"] = self.user_agent
        # The scheme is checked above: only http(s) reaches urllib.
        req = urllib.request.Request(  # noqa: S310
            url, data=request.body, headers=headers, method=request.method
        )
        deadline = time.monotonic() + request.timeout_s
        try:
            handle = self._opener.open(req, timeout=request.timeout_s)
        except urllib.error.HTTPError as err:
            # An error status is an answer: read its body like any other.
            handle = err
        except (socket.timeout, TimeoutError):
            raise TimeoutError_(f"No answer within {request.timeout_s:g} seconds.", url) from None
        except urllib.error.URLError as err:
            reason = err.reason
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise TimeoutError_(
                    f"No answer within {request.timeout_s:g} seconds.", url
                ) from None
            raise NetworkError(f"The server could not be reached: {reason}.", url) from None
        except (http.client.HTTPException, OSError) as err:
            raise NetworkError(f"The connection failed: {err}.", url) from None
        try:
            return self._read(handle, request, deadline, is_cancelled)
        finally:
            handle.close()

    def _read(
        self, handle: Any, request: Request, deadline: float, is_cancelled: Optional[IsCancelled]
    ) -> Response:
        """Streams the body of ``handle`` (an ``HTTPResponse`` or ``HTTPError``)."""
        url = request.url
        status = int(getattr(handle, "status", None) or handle.getcode())
        headers = _lower_headers(handle.headers)
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > request.max_bytes:
            raise ResponseTooLargeError(too_large_message(request.max_bytes), url)
        # read1 returns whatever has arrived, so a body that trickles in cannot hold us
        # past the deadline inside one read.
        read = getattr(handle, "read1", None) or handle.read
        chunks = []
        received = 0
        while True:
            if is_cancelled is not None and is_cancelled():
                raise CancelledError("The request was cancelled.", url)
            if time.monotonic() > deadline:
                raise TimeoutError_(
                    f"The answer did not complete within {request.timeout_s:g} seconds.", url
                )
            try:
                chunk = read(CHUNK_BYTES)
            except http.client.IncompleteRead as err:
                # The server closed early: hand over what arrived, the session reports it.
                chunks.append(err.partial)
                break
            except (socket.timeout, TimeoutError):
                raise TimeoutError_(
                    f"The answer stalled for more than {request.timeout_s:g} seconds.", url
                ) from None
            except (http.client.HTTPException, OSError) as err:
                raise NetworkError(f"The connection broke while reading: {err}.", url) from None
            if not chunk:
                break
            received += len(chunk)
            if received > request.max_bytes:
                raise ResponseTooLargeError(too_large_message(request.max_bytes), url)
            chunks.append(chunk)
        final_url = handle.geturl() if hasattr(handle, "geturl") else url
        return Response(url=final_url or url, status=status, headers=headers, body=b"".join(chunks))


def _lower_headers(message: Optional[Message]) -> Dict[str, str]:
    headers: Dict[str, str] = {}
    if message is None:
        return headers
    for name, value in message.items():
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return headers
