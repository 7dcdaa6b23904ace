"""``ApiSession``: the write-capable client of the certification API (ARCHITECTURE §7).

One ``request(method, path, …)`` for every workflow call: JSON or multipart bodies, an
``Idempotency-Key`` where the server must recognise a retry, and the server's error answers
as exceptions a form can show at its fields (``ValidationFailed``), as a state the dock can
explain (``ConflictError``) or as the read path's errors (401/403/404/429/5xx). It rides on
``core.http.HttpSession``, so headers, User-Agent, timeouts, size cap, politeness and the
transport (urllib outside QGIS, ``QgisTransport`` with the authcfg inside) are the same ones.

Nothing is retried here: a caller that retries a POST keeps the key it made with
``new_idempotency_key()`` and sends it again, so the server applies the action once.
"""

from __future__ import annotations

import json as jsonlib
import uuid
from dataclasses import dataclass
from typing import Any, Mapping, Optional, Sequence, Union
from urllib.parse import urlencode, urljoin, urlsplit

from ..http import HttpSession, decode_json
from ..transport import IsCancelled, Response
from .multipart import FilePart, encode_multipart
from .problems import raise_for_api_status

METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
JSON_CONTENT_TYPE = "application/json; charset=utf-8"
IDEMPOTENCY_HEADER = "Idempotency-Key"

ParamValue = Union[str, int, float, bool, Sequence[Union[str, int, float]]]


def new_idempotency_key() -> str:
    """A fresh key for one logical action (uuid4, 32 hex digits); keep it across retries."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class ApiResponse:
    """A successful answer: ``data`` is the decoded JSON, ``None`` for an empty body (204)."""

    url: str
    status: int
    headers: Mapping[str, str]
    """Header names lower-cased."""
    data: Any
    body: bytes = b""

    def header(self, name: str, default: str = "") -> str:
        return self.headers.get(name.lower(), default)


class ApiSession:
    """Requests relative to ``base_url`` (the API root, e.g. ``https://host/api/v1/``).

    ``path`` is relative to it (``"applications/12/submit/"``) or an absolute URL on the same
    origin (a ``next`` link); another origin is refused, so credentials never travel there.
    """

    def __init__(self, base_url: str, http: HttpSession) -> None:
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.http = http

    def url(self, path: str, params: Optional[Mapping[str, ParamValue]] = None) -> str:
        """The absolute URL of ``path`` with ``params`` as its query (lists repeat the key)."""
        if urlsplit(path).scheme:
            target = path
            if _origin(target) != _origin(self.base_url):
                raise ValueError(f"{path} is not on the API's server ({self.base_url}).")
        else:
            target = urljoin(self.base_url, path.lstrip("/"))
        if params:
            pairs = []
            for key, value in params.items():
                values = value if isinstance(value, (list, tuple)) else [value]
                pairs += [(key, _param(item)) for item in values]
            target += ("&" if urlsplit(target).query else "?") + urlencode(pairs)
        return target

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        files: Optional[Sequence[FilePart]] = None,
        fields: Optional[Mapping[str, str]] = None,
        params: Optional[Mapping[str, ParamValue]] = None,
        idempotency_key: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        is_cancelled: Optional[IsCancelled] = None,
        timeout_s: Optional[float] = None,
    ) -> ApiResponse:
        """Send one request and return the decoded answer, or raise the ``CertificationError``
        the answer means (``ValidationFailed``, ``ConflictError``, ``PayloadTooLarge``, the
        read path's errors; ``InvalidResponseError`` when a success is not JSON).

        ``json``: a document sent as UTF-8 JSON. ``files`` (+ text ``fields``): a small
        multipart form built in memory (see ``multipart``). Not both.
        """
        verb = method.upper()
        if verb not in METHODS:
            raise ValueError(f"Unsupported request method {method!r}.")
        if json is not None and (files or fields):
            raise ValueError("Send either a JSON document or a multipart form, not both.")
        url = self.url(path, params)
        all_headers = dict(headers or {})
        body: Optional[bytes] = None
        if json is not None:
            body = jsonlib.dumps(json, ensure_ascii=False, allow_nan=False).encode("utf-8")
            all_headers["Content-Type"] = JSON_CONTENT_TYPE
        elif files or fields:
            body, content_type = encode_multipart(fields, files or ())
            all_headers["Content-Type"] = content_type
        if idempotency_key:
            all_headers[IDEMPOTENCY_HEADER] = idempotency_key
        response = self.http.send_request(
            verb, url, body, all_headers, is_cancelled=is_cancelled, timeout_s=timeout_s
        )
        raise_for_api_status(response)
        return ApiResponse(
            url=response.url,
            status=response.status,
            headers=response.headers,
            data=_data(response, verb),
            body=response.body,
        )

    def get(self, path: str, **kwargs: Any) -> ApiResponse:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> ApiResponse:
        return self.request("POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any) -> ApiResponse:
        return self.request("PUT", path, **kwargs)

    def patch(self, path: str, **kwargs: Any) -> ApiResponse:
        return self.request("PATCH", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> ApiResponse:
        return self.request("DELETE", path, **kwargs)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _param(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _data(response: Response, verb: str) -> Any:
    """The JSON of a success; ``None`` when there is no body (204, HEAD, an empty 201)."""
    if verb == "HEAD" or response.status == 204 or not response.body.strip():
        return None
    return decode_json(response)  # InvalidResponseError (naming the URL) when not JSON
