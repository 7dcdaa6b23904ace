"""The transport interface: how the client reaches the network, whatever stack is underneath.

Inside QGIS the transport is ``qgis_io.network.QgisTransport`` (QGIS network stack, authcfg);
outside QGIS (scripts, tests of ``core``) ``core.urllib_transport.UrllibTransport``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, List, Mapping, Optional, Protocol, Sequence

DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MAX_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True)
class Request:
    url: str
    method: str = "GET"
    headers: Mapping[str, str] = field(default_factory=dict)
    body: Optional[bytes] = None
    timeout_s: float = DEFAULT_TIMEOUT_S
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Response:
    url: str
    status: int
    headers: Mapping[str, str]
    """Header names lower-cased."""
    body: bytes

    def header(self, name: str, default: str = "") -> str:
        return self.headers.get(name.lower(), default)


IsCancelled = Callable[[], bool]


class Transport(Protocol):
    """Performs one request and returns whatever status the server answered.

    Raises ``NetworkError``/``TimeoutError_``/``ResponseTooLargeError``/``CancelledError`` only
    when there is no complete HTTP answer; HTTP error statuses are returned, not raised.
    """

    def send(self, request: Request, is_cancelled: Optional[IsCancelled] = None) -> Response: ...


class ParallelTransport(Transport, Protocol):
    """A transport that can also perform several requests at the same time."""

    def send_many(
        self, requests: Sequence[Request], is_cancelled: Optional[IsCancelled] = None
    ) -> List[Response]:
        """The answers to ``requests`` in their order; errors as ``send`` raises them (the
        first failed request's error, once every request has ended)."""
        ...
