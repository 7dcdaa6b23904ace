"""ApiSession over UrllibTransport against a loopback server that records what it receives.

``RecordingServer`` answers canned replies (status, headers, body) in order and records each
request's method, path, headers and body; tests/plugin/test_api_session_qgis.py sends the same
requests through QgisTransport.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest

from certification_plugin.core.api import (
    ApiSession,
    ConflictError,
    FilePart,
    PayloadTooLarge,
    ValidationFailed,
    encode_multipart,
    field_errors,
    new_idempotency_key,
)
from certification_plugin.core.api.multipart import MAX_IN_MEMORY_BYTES
from certification_plugin.core.errors import (
    AuthenticationError,
    HttpError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
)
from certification_plugin.core.http import HttpSession, RateLimiter
from certification_plugin.core.transport import Transport
from certification_plugin.core.urllib_transport import UrllibTransport, default_user_agent

# ----------------------------------------------------------------------------- the server


@dataclass
class Recorded:
    method: str
    path: str
    headers: Dict[str, str]
    """Lower-cased names."""
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


@dataclass
class Reply:
    status: int = 200
    body: bytes = b'{"ok": true}'
    content_type: str = "application/json"
    headers: Dict[str, str] = field(default_factory=dict)


def json_reply(status: int, data: Any, **headers: str) -> Reply:
    return Reply(status, json.dumps(data).encode("utf-8"), "application/json", dict(headers))


class RecordingServer:
    """A threaded loopback HTTP server: answers ``replies`` in order (then 200 ``{"ok":
    true}``) and appends every request it got to ``requests``."""

    def __init__(self) -> None:
        self.requests: List[Recorded] = []
        self.replies: List[Reply] = []
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {name.lower(): value for name, value in self.headers.items()}
                with outer._lock:
                    outer.requests.append(Recorded(self.command, self.path, headers, body))
                    reply = outer.replies.pop(0) if outer.replies else Reply()
                self.send_response(reply.status)
                if reply.content_type:
                    self.send_header("Content-Type", reply.content_type)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                send_body = self.command != "HEAD" and reply.status not in (204, 304)
                self.send_header("Content-Length", str(len(reply.body) if send_body else 0))
                self.end_headers()
                if send_body:
                    self.wfile.write(reply.body)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/api/v1/"

    def start(self) -> RecordingServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def reply(self, *replies: Reply) -> None:
        with self._lock:
            self.replies.extend(replies)

    @property
    def last(self) -> Recorded:
        return self.requests[-1]


def api_for(server: RecordingServer, transport: Transport) -> ApiSession:
    http = HttpSession(transport, default_timeout_s=10, rate_limiter=RateLimiter(0))
    return ApiSession(server.base_url, http)


def parse_multipart(content_type: str, body: bytes) -> List[Tuple[str, Optional[str], str, bytes]]:
    """(name, filename, content type, content) per part, by the standard library's parser."""
    message = BytesParser(policy=policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("ascii") + b"\r\n\r\n" + body
    )
    assert message.is_multipart()
    parts = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        parts.append(
            (name, part.get_filename(), part.get_content_type(), part.get_payload(decode=True))
        )
    return parts


# Shared by the QGIS tests: each takes a session and the server, sends, and checks.

VALIDATION_BODY = {
    "title": ["This field is required."],
    "contributions": [{}, {"url": ["Enter a valid URL."], "non_field_errors": ["Duplicate."]}],
    "address": {"city": ["Too long."], "country": "Unknown country."},
    "non_field_errors": ["Dates overlap."],
}
VALIDATION_FIELDS = {
    "title": ["This field is required."],
    "contributions.1.url": ["Enter a valid URL."],
    "contributions.1": ["Duplicate."],
    "address.city": ["Too long."],
    "address.country": ["Unknown country."],
}


def check_json_post_with_idempotency_key(api: ApiSession, server: RecordingServer) -> None:
    key = new_idempotency_key()
    server.reply(json_reply(201, {"id": 7, "state": "draft"}, Location="/api/v1/applications/7/"))
    answer = api.request(
        "POST", "applications/", json={"name": "Ștefan & Åsa 學院"}, idempotency_key=key
    )
    assert (answer.status, answer.data) == (201, {"id": 7, "state": "draft"})
    assert answer.header("Location") == "/api/v1/applications/7/"
    got = server.last
    assert (got.method, got.path) == ("POST", "/api/v1/applications/")
    assert got.headers["content-type"] == "application/json; charset=utf-8"
    assert got.headers["idempotency-key"] == key
    assert got.headers["accept"] == "application/json"
    assert got.body == '{"name": "Ștefan & Åsa 學院"}'.encode()
    assert got.json() == {"name": "Ștefan & Åsa 學院"}


def check_every_verb(api: ApiSession, server: RecordingServer) -> None:
    for verb in ("PUT", "PATCH", "DELETE"):
        server.reply(json_reply(200, {"verb": verb}))
        answer = api.request(verb, "/applications/7/", json={"verb": verb}, params={"v": 2})
        assert answer.data == {"verb": verb}
        assert (server.last.method, server.last.path) == (verb, "/api/v1/applications/7/?v=2")
        assert server.last.json() == {"verb": verb}
    server.reply(Reply(204, b"", ""))
    answer = api.request("DELETE", "applications/7/")
    assert (answer.status, answer.data) == (204, None)
    assert (server.last.method, server.last.body) == ("DELETE", b"")
    server.reply(Reply(200, b"", ""))
    assert api.request("PATCH", "applications/7/").data is None
    assert (server.last.method, server.last.body) == ("PATCH", b"")


def check_multipart_upload(api: ApiSession, server: RecordingServer) -> None:
    logo = bytes(range(256)) * 40 + b"\r\n--not-a-boundary\r\n"
    server.reply(json_reply(201, {"id": 3}))
    api.request(
        "POST",
        "applications/7/documents/",
        fields={"title": "Logo «new»", "kind": "logo"},
        files=[
            FilePart("file", "logo ü.png", logo, "image/png"),
            FilePart("notes", 'say "hi".txt', "zhōng 中".encode(), "text/plain; charset=utf-8"),
        ],
        idempotency_key="k-1",
    )
    got = server.last
    assert got.headers["idempotency-key"] == "k-1"
    assert got.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert int(got.headers["content-length"]) == len(got.body)
    parts = parse_multipart(got.headers["content-type"], got.body)
    assert parts == [
        ("title", None, "text/plain", "Logo «new»".encode()),
        ("kind", None, "text/plain", b"logo"),
        ("file", "logo ü.png", "image/png", logo),
        ("notes", "say %22hi%22.txt", "text/plain", "zhōng 中".encode()),
    ]


def check_error_mappings(api: ApiSession, server: RecordingServer) -> None:
    url = server.base_url + "applications/7/submit/"
    server.reply(json_reply(400, VALIDATION_BODY))
    with pytest.raises(ValidationFailed) as failed:
        api.post("applications/7/submit/", json={})
    assert failed.value.errors == VALIDATION_FIELDS
    assert failed.value.general == ["Dates overlap."]
    assert failed.value.status == 400 and failed.value.url == url
    assert "title: This field is required." in str(failed.value) and url in str(failed.value)

    server.reply(
        json_reply(
            409,
            {
                "detail": "Submitted applications cannot be edited.",
                "state": "submitted",
                "allowed_actions": ["withdraw"],
            },
        )
    )
    with pytest.raises(ConflictError) as conflict:
        api.patch("applications/7/submit/", json={"name": "x"})
    assert conflict.value.state == "submitted"
    assert conflict.value.allowed_actions == ["withdraw"]
    assert conflict.value.detail == "Submitted applications cannot be edited."
    assert "Submitted applications cannot be edited." in str(conflict.value)
    assert "Allowed actions: withdraw." in str(conflict.value) and url in str(conflict.value)

    server.reply(json_reply(413, {"detail": "File too big.", "limit": 5 * 1_048_576}))
    with pytest.raises(PayloadTooLarge) as too_large:
        api.post("applications/7/submit/", files=[FilePart("file", "a.pdf", b"%PDF")])
    assert too_large.value.limit == 5 * 1_048_576
    assert "5.0 MB" in str(too_large.value) and "File too big." in str(too_large.value)

    for status, error, words in (
        (401, AuthenticationError, "Token expired"),
        (403, PermissionDeniedError, "Not the owner"),
        (404, NotFoundError, "HTTP 404"),
        (429, RateLimitedError, "wait 12 seconds"),
        (500, HttpError, "Database down"),
        (503, HttpError, "Database down"),
    ):
        server.reply(json_reply(status, {"detail": words}, **{"Retry-After": "12"}))
        with pytest.raises(error) as raised:
            api.post("applications/7/submit/", json={})
        assert raised.value.status == status
        assert words in str(raised.value) and url in str(raised.value), status
        assert not isinstance(raised.value, (ValidationFailed, ConflictError, PayloadTooLarge))


def check_non_json_error_bodies(api: ApiSession, server: RecordingServer) -> None:
    url = server.base_url + "applications/"
    server.reply(Reply(413, b"<html><body>413 Request Entity Too Large</body></html>", "text/html"))
    with pytest.raises(PayloadTooLarge) as too_large:
        api.post("applications/", files=[FilePart("file", "big.bin", b"x" * 1000)])
    assert too_large.value.limit is None and url in str(too_large.value)
    assert "HTTP 413" in str(too_large.value) and "<html>" not in str(too_large.value)

    server.reply(Reply(400, b"Bad Request: header too long", "text/plain"))
    with pytest.raises(HttpError) as bad:
        api.post("applications/", json={})
    assert not isinstance(bad.value, ValidationFailed)
    assert "HTTP 400" in str(bad.value) and "header too long" in str(bad.value)
    assert url in str(bad.value)

    server.reply(Reply(409, b"conflict, sorry", "text/plain"))
    with pytest.raises(ConflictError) as conflict:
        api.post("applications/", json={})
    assert conflict.value.state == "" and conflict.value.allowed_actions == []
    assert "conflict, sorry" in str(conflict.value) and url in str(conflict.value)
    assert "allowed" not in str(conflict.value).lower()  # the server did not say

    server.reply(json_reply(409, {"detail": "Closed.", "state": "closed", "allowed_actions": []}))
    with pytest.raises(ConflictError) as closed:
        api.post("applications/", json={})
    assert "Current state: closed. No action is allowed now." in str(closed.value)

    server.reply(Reply(502, b"<html>Bad Gateway</html>", "text/html"))
    with pytest.raises(HttpError) as gateway:
        api.post("applications/", json={})
    assert gateway.value.status == 502 and url in str(gateway.value)

    server.reply(Reply(201, b"<html>created</html>", "text/html"))
    with pytest.raises(InvalidResponseError) as not_json:
        api.post("applications/", json={})
    assert url in str(not_json.value)


# ----------------------------------------------------------------------------- tests


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    running = RecordingServer().start()
    yield running
    running.stop()


@pytest.fixture
def api(server: RecordingServer) -> ApiSession:
    return api_for(server, UrllibTransport(use_environment_proxies=False))


def test_json_post_with_idempotency_key(api, server):
    check_json_post_with_idempotency_key(api, server)
    assert server.last.headers["user-agent"] == default_user_agent()


def test_the_caller_keeps_the_key_across_retries(api, server):
    key = new_idempotency_key()
    assert len(key) == 32 and int(key, 16) >= 0 and key != new_idempotency_key()
    server.reply(Reply(503, b"busy", "text/plain"), json_reply(201, {"id": 1}))
    with pytest.raises(HttpError):
        api.post("payments/", json={"credits": 5}, idempotency_key=key)
    assert api.post("payments/", json={"credits": 5}, idempotency_key=key).data == {"id": 1}
    assert [r.headers["idempotency-key"] for r in server.requests] == [key, key]
    api.post("payments/", json={"credits": 5})
    assert "idempotency-key" not in server.last.headers


def test_put_patch_delete_with_and_without_body(api, server):
    check_every_verb(api, server)


def test_multipart_upload_parses_with_the_standard_library(api, server):
    check_multipart_upload(api, server)


def test_error_mappings(api, server):
    check_error_mappings(api, server)


def test_non_json_error_bodies_still_name_the_url(api, server):
    check_non_json_error_bodies(api, server)


def test_get_with_params_and_absolute_same_origin_url(api, server):
    server.reply(json_reply(200, {"results": []}), json_reply(200, {"results": [1]}))
    assert api.get("applications/", params={"state": ["draft", "submitted"], "mine": True}).data
    assert server.last.path == "/api/v1/applications/?state=draft&state=submitted&mine=true"
    assert server.last.body == b"" and "content-type" not in server.last.headers
    next_link = server.base_url + "applications/?page=2"
    assert api.get(next_link, params={"x": 1}).data == {"results": [1]}
    assert server.last.path == "/api/v1/applications/?page=2&x=1"
    with pytest.raises(ValueError, match="not on the API's server"):
        api.get("https://elsewhere.example/api/v1/applications/")
    assert len(server.requests) == 2


def test_refuses_bad_arguments_before_sending(api, server):
    with pytest.raises(ValueError, match="method"):
        api.request("BREW", "coffee/")
    with pytest.raises(ValueError, match="not both"):
        api.post("x/", json={"a": 1}, files=[FilePart("f", "f.txt", b"")])
    with pytest.raises(ValueError):
        api.post("x/", json={"bad": float("nan")})
    assert server.requests == []


def test_field_errors_flattening():
    assert field_errors(VALIDATION_BODY) == (VALIDATION_FIELDS, ["Dates overlap."])
    assert field_errors({"detail": "Invalid input."}) == ({}, ["Invalid input."])
    assert field_errors(["Top-level message."]) == ({}, ["Top-level message."])
    assert field_errors({"tags": [["Bad tag."], []]}) == ({"tags.0": ["Bad tag."]}, [])
    assert field_errors({"count": [3]}) == ({"count": ["3"]}, [])
    assert field_errors({"a": {"b": {"c": ["deep"]}}}) == ({"a.b.c": ["deep"]}, [])


def test_multipart_boundary_never_occurs_in_content_and_size_is_capped():
    body, content_type = encode_multipart(
        files=[FilePart("f", "x", b"--certification-fixed--")], boundary="certification-fixed"
    )
    boundary = content_type.split("boundary=", 1)[1]
    assert boundary != "certification-fixed"
    assert parse_multipart(content_type, body) == [
        ("f", "x", "application/octet-stream", b"--certification-fixed--")
    ]
    injected, content_type = encode_multipart(
        files=[FilePart("f", "a\r\nX-Evil: 1", b"1", "text/plain\r\nX-Evil: 2")]
    )
    assert b"\r\nX-Evil" not in injected
    with pytest.raises(ValueError, match="streaming upload"):
        encode_multipart(files=[FilePart("f", "big", b"\0" * (MAX_IN_MEMORY_BYTES + 1))])
