"""ApiSession through QgisTransport: the core tests' requests on the QGIS network stack.

Each scenario runs on the main thread (QGIS blocks it; PATCH goes through a helper thread)
and inside a QgsTask's worker thread, with a Basic authentication configuration applied.
"""

from __future__ import annotations

import base64
import socket
import time
from typing import Any, Callable, Dict, Iterator

import pytest
from qgis.core import QgsApplication, QgsFeedback

from certification_plugin.core.api import (
    ApiSession,
    ConflictError,
    PayloadTooLarge,
    ValidationFailed,
)
from certification_plugin.core.errors import CancelledError, ResponseTooLargeError, TimeoutError_
from certification_plugin.core.transport import Request
from certification_plugin.qgis_io.messages import error_message, error_summary
from certification_plugin.qgis_io.network import QgisTransport, default_user_agent
from tests.core.test_api_session import (
    RecordingServer,
    Reply,
    api_for,
    check_error_mappings,
    check_every_verb,
    check_json_post_with_idempotency_key,
    check_multipart_upload,
    check_non_json_error_bodies,
    json_reply,
)
from tests.plugin.auth_helpers import store_basic_config
from tests.plugin.test_network_qgis import RunInTask, run_task

USERNAME = "ana.popescu"
SECRET = "api-s3cret-for-tests"
SCENARIOS: Dict[str, Callable[[ApiSession, RecordingServer], None]] = {
    "json_post": check_json_post_with_idempotency_key,
    "verbs": check_every_verb,
    "multipart": check_multipart_upload,
    "errors": check_error_mappings,
    "non_json_errors": check_non_json_error_bodies,
}


def expected_header() -> str:
    return "Basic " + base64.b64encode(f"{USERNAME}:{SECRET}".encode()).decode()


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    running = RecordingServer().start()
    yield running
    running.stop()


@pytest.fixture
def authcfg(qgis_app) -> Iterator[str]:
    config = store_basic_config("certification api test", USERNAME, SECRET)
    yield config.id()
    QgsApplication.authManager().removeAuthenticationConfig(config.id())


def check_authorised(server: RecordingServer) -> None:
    assert server.requests
    for got in server.requests:
        assert got.headers.get("authorization") == expected_header(), got.method
        assert got.headers.get("user-agent") == default_user_agent(), got.method
        assert "x-certification-plugin-user-agent" not in got.headers


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_on_the_main_thread(server, authcfg, name):
    SCENARIOS[name](api_for(server, QgisTransport(authcfg)), server)
    check_authorised(server)


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_in_a_qgstask(server, authcfg, qtbot, name):
    def work(_task: RunInTask) -> None:
        SCENARIOS[name](api_for(server, QgisTransport(authcfg)), server)

    outcome = run_task(RunInTask(work), qtbot, timeout_ms=60_000)
    assert outcome["on_main_thread"] is False
    if "error" in outcome:
        raise outcome["error"]
    check_authorised(server)


def test_patch_without_authcfg_sends_no_credentials(server, qgis_app):
    api_for(server, QgisTransport()).patch("applications/1/", json={"a": 1})
    assert server.last.method == "PATCH" and server.last.json() == {"a": 1}
    assert "authorization" not in server.last.headers


def test_send_many_sends_each_requests_verb_and_body(server, authcfg, qtbot):
    transport = QgisTransport(authcfg)
    requests = [
        Request(server.base_url + "a/", method="POST", body=b'{"n": 1}', headers={"X-N": "1"}),
        Request(server.base_url + "b/", method="PATCH", body=b'{"n": 2}', headers={"X-N": "2"}),
        Request(server.base_url + "c/"),
    ]

    def work(_task: RunInTask) -> Any:
        return [response.status for response in transport.send_many(requests)]

    outcome = run_task(RunInTask(work), qtbot, timeout_ms=60_000)
    assert outcome.get("value") == [200, 200, 200], outcome.get("error")
    by_path = {got.path: got for got in server.requests}
    assert (by_path["/api/v1/a/"].method, by_path["/api/v1/a/"].body) == ("POST", b'{"n": 1}')
    assert (by_path["/api/v1/b/"].method, by_path["/api/v1/b/"].body) == ("PATCH", b'{"n": 2}')
    assert by_path["/api/v1/c/"].method == "GET"
    check_authorised(server)


def test_patch_is_cancelled_through_a_feedback_on_the_main_thread(server, qgis_app):
    feedback = QgsFeedback()
    feedback.cancel()
    with pytest.raises(CancelledError):
        QgisTransport().send(
            Request(server.base_url + "x/", method="PATCH", body=b"{}"), feedback=feedback
        )
    assert server.requests == []


def test_patch_times_out_on_the_main_thread(qgis_app):
    """A server that accepts the connection and never answers: the deadline still holds."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    try:
        port = listener.getsockname()[1]
        started = time.monotonic()
        with pytest.raises(TimeoutError_):
            QgisTransport().send(
                Request(f"http://127.0.0.1:{port}/x/", method="PATCH", body=b"{}", timeout_s=1)
            )
        assert time.monotonic() - started < 8
    finally:
        listener.close()


def test_large_reply_to_a_patch_is_capped(server, qgis_app):
    server.reply(Reply(200, b"x" * (2 << 20), "text/plain"))
    with pytest.raises(ResponseTooLargeError):
        QgisTransport().send(
            Request(server.base_url + "x/", method="PATCH", body=b"{}", max_bytes=1 << 20)
        )
    server.reply(json_reply(200, {"ok": 1}))
    assert QgisTransport().send(Request(server.base_url + "y/", method="PATCH")).status == 200


def test_messages_name_the_new_errors_before_the_generic_http_error(qgis_app):
    url = "https://example.org/api/v1/applications/7/"
    cases = (
        (
            ValidationFailed("Fields (HTTP 400): title: Required.", url, errors={"title": ["R"]}),
            "The server did not accept the data; check the fields it named.",
        ),
        (
            ConflictError("Not now (HTTP 409).", url, state="submitted"),
            "This action is not possible in the current state.",
        ),
        (
            PayloadTooLarge("Too big (HTTP 413).", url, limit=10),
            "The upload is larger than the server accepts.",
        ),
    )
    for error, summary in cases:
        assert error_summary(error) == summary
        assert error_message(error) == f"{summary}\n{error.message} ({url})"
