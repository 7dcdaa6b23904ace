"""QgisTransport on the real QGIS network stack against the live-site fixture."""

from __future__ import annotations

import threading
import time
from typing import Any, Callable, Dict

import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsBlockingNetworkRequest,
    QgsFeedback,
    QgsNetworkAccessManager,
    QgsTask,
)
from qgis.PyQt.QtCore import QThread, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from certification_plugin.core.client import CertificationClient
from certification_plugin.core.errors import (
    AuthenticationError,
    CancelledError,
    HttpError,
    InvalidResponseError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ResponseTooLargeError,
    TimeoutError_,
    TruncatedResponseError,
)
from certification_plugin.core.http import HttpSession, MemoryEtagCache, RateLimiter
from certification_plugin.core.transport import Request
from certification_plugin.core.versioning import plugin_version
from certification_plugin.qgis_io import network
from certification_plugin.qgis_io.network import QgisTransport, default_user_agent

FEED = "en/feed/certifyingorganisations/"
MAX_BYTES = 4 << 20


def session(transport: QgisTransport = None, **kwargs: Any) -> HttpSession:
    kwargs.setdefault("default_timeout_s", 10.0)
    kwargs.setdefault("max_bytes", MAX_BYTES)
    return HttpSession(transport or QgisTransport(), rate_limiter=RateLimiter(0), **kwargs)


# ----------------------------------------------------------------------------- faults


@pytest.mark.parametrize(
    "fault, error, words",
    [
        ("malformed", InvalidResponseError, "not valid JSON"),
        ("html", InvalidResponseError, "HTML page instead of JSON"),
        ("not_found", NotFoundError, "Not found (HTTP 404)"),
        ("rate_limited", RateLimitedError, "wait 30 seconds"),
        ("server_error", HttpError, "failed to answer (HTTP 500)"),
        ("forbidden", PermissionDeniedError, "You are not an owner of this organisation."),
        ("unauthorized", AuthenticationError, "Invalid token."),
        ("truncated", TruncatedResponseError, "received 56 of 556 bytes"),
        ("truncated_json", TruncatedResponseError, "cut off"),
        ("empty", InvalidResponseError, "empty answer"),
        ("huge", ResponseTooLargeError, "larger than the limit of 4.0 MB"),
        ("huge_unsized", ResponseTooLargeError, "larger than the limit of 4.0 MB"),
    ],
)
def test_each_fault_becomes_the_right_error(livesite, fault, error, words):
    livesite.set_fault(fault)
    started = time.monotonic()
    with pytest.raises(error) as info:
        session().get_json(livesite.url(FEED))
    assert words in str(info.value)
    assert info.value.url == livesite.url(FEED)
    assert time.monotonic() - started < 5


def test_rate_limit_carries_retry_after(livesite):
    livesite.set_fault("rate_limited")
    livesite.retry_after = "7"
    with pytest.raises(RateLimitedError) as info:
        session().get_json(livesite.url(FEED))
    assert info.value.retry_after == 7


@pytest.mark.parametrize("fault", ["slow", "drip"])
def test_timeouts(livesite, fault):
    livesite.set_fault(fault)
    livesite.slow_seconds = 6
    started = time.monotonic()
    with pytest.raises(TimeoutError_) as info:
        session(default_timeout_s=1.0).get_json(livesite.url(FEED))
    elapsed = time.monotonic() - started
    assert 0.9 < elapsed < 4
    assert "within 1 seconds" in str(info.value)


def test_size_cap_stops_a_50_mb_download_early(livesite):
    livesite.set_fault("huge_unsized")
    started = time.monotonic()
    with pytest.raises(ResponseTooLargeError):
        QgisTransport().send(Request(livesite.url(FEED), max_bytes=1 << 20))
    assert time.monotonic() - started < 3


def test_unreachable_server(qgis_app):
    with pytest.raises(NetworkError) as info:
        QgisTransport().send(Request("http://127.0.0.1:9/en/feed/", timeout_s=5))
    assert not isinstance(info.value, TimeoutError_)
    assert "could not be reached" in str(info.value)


def test_other_schemes_are_refused(qgis_app):
    with pytest.raises(NetworkError, match="Only http"):
        QgisTransport().send(Request("file:///etc/passwd"))


# ----------------------------------------------------------------------------- responses


def test_error_status_comes_back_with_body_and_lower_cased_headers(livesite):
    livesite.set_fault("forbidden")
    response = QgisTransport().send(Request(livesite.url(FEED)))
    assert response.status == 403
    assert response.headers["content-type"] == "application/json"
    assert all(name == name.lower() for name in response.headers)
    assert b"You are not an owner" in response.body


def test_relative_redirect_is_followed(livesite):
    response = QgisTransport().send(Request(livesite.url("feed/training-center/")))
    assert response.status == 200 and response.body.startswith(b'{"type":"FeatureCollection"')
    assert [r.path for r in livesite.requests] == [
        "/feed/training-center/",
        "/en/feed/training-center/",
    ]


def test_conditional_request_gets_a_real_304_not_qts_cached_copy(livesite):
    livesite.etags = True
    url = livesite.url(FEED)
    cache = MemoryEtagCache()
    http = session(etag_cache=cache)
    first = http.get_json(url)
    second = http.get_json(url)
    assert livesite.requests[-1].headers["if-none-match"] == first.etag
    assert second.status == 304 and not second.changed and second.data == first.data
    # Nothing of ours stays in QGIS's own disk cache.
    disk = QgsNetworkAccessManager.instance().cache()
    assert disk is None or disk.metaData(QUrl(url)).isValid() is False


# ----------------------------------------------------------------------------- User-Agent


def test_user_agent_names_qgis_and_the_plugin(livesite):
    QgisTransport().send(Request(livesite.url(FEED)))
    agent = livesite.requests[-1].headers["user-agent"]
    assert agent == f"QGIS/{Qgis.QGIS_VERSION_INT} certification-plugin/{plugin_version()}"
    assert agent == default_user_agent()
    assert not any(name.startswith("x-certification") for name in livesite.requests[-1].headers)


def test_explicit_user_agents(livesite):
    QgisTransport(user_agent="Custom/2").send(Request(livesite.url(FEED)))
    assert livesite.requests[-1].headers["user-agent"] == "Custom/2"
    QgisTransport().send(Request(livesite.url(FEED), headers={"User-Agent": "FromRequest/3"}))
    assert livesite.requests[-1].headers["user-agent"] == "FromRequest/3"


def test_other_qgis_requests_keep_qgis_user_agent(livesite):
    QgisTransport().send(Request(livesite.url(FEED)))  # the preprocessor is installed
    other = QgsBlockingNetworkRequest()
    other.get(QNetworkRequest(QUrl(livesite.url(FEED))), True)
    agent = livesite.requests[-1].headers["user-agent"]
    assert f"QGIS/{Qgis.QGIS_VERSION_INT}" in agent and "certification-plugin" not in agent


def test_unregister_and_register_again(livesite):
    network.unregister()
    network.unregister()  # idempotent
    assert network._preprocessor_id is None
    QgisTransport().send(Request(livesite.url(FEED)))
    assert network._preprocessor_id is not None
    assert livesite.requests[-1].headers["user-agent"] == default_user_agent()


# ----------------------------------------------------------------------------- cancellation


def test_cancelled_before_sending(livesite):
    with pytest.raises(CancelledError):
        QgisTransport().send(Request(livesite.url(FEED)), lambda: True)
    feedback = QgsFeedback()
    feedback.cancel()
    with pytest.raises(CancelledError):
        QgisTransport().send(Request(livesite.url(FEED)), feedback=feedback)
    assert livesite.requests == []


def test_cancelled_while_the_body_arrives_on_the_main_thread(livesite):
    livesite.set_fault("drip")
    livesite.slow_seconds = 8
    deadline = time.monotonic() + 1.0
    started = time.monotonic()
    with pytest.raises(CancelledError):
        QgisTransport().send(
            Request(livesite.url(FEED), timeout_s=30), lambda: time.monotonic() > deadline
        )
    assert time.monotonic() - started < 4


# ----------------------------------------------------------------------------- worker thread


class RunInTask(QgsTask):
    """Runs ``work()`` in ``run()`` on a task-manager worker thread; keeps the outcome."""

    def __init__(self, work: Callable[[RunInTask], Any]) -> None:
        super().__init__("certification network test", QgsTask.Flag.CanCancel)
        self.work = work
        self.outcome: Dict[str, Any] = {}
        self.done = threading.Event()

    def run(self) -> bool:
        try:
            self.outcome["on_main_thread"] = (
                QThread.currentThread() == QgsApplication.instance().thread()
            )
            self.outcome["value"] = self.work(self)
        except BaseException as exc:  # pytest's outcomes (pytest.raises failing) too
            self.outcome["error"] = exc
        finally:
            self.done.set()
        return "error" not in self.outcome


def run_task(
    task: RunInTask, qtbot, cancel_after_s: float = 0.0, timeout_ms: int = 20_000
) -> Dict[str, Any]:
    QgsApplication.taskManager().addTask(task)
    started = time.monotonic()
    if cancel_after_s:
        qtbot.waitUntil(lambda: time.monotonic() - started > cancel_after_s, timeout=10_000)
        task.cancel()
    qtbot.waitUntil(task.done.is_set, timeout=timeout_ms)
    task.outcome["elapsed"] = time.monotonic() - started
    return task.outcome


def test_client_in_a_qgstask_worker_thread(livesite, qtbot):
    def work(task: RunInTask) -> Any:
        client = CertificationClient(livesite.base_url, session())
        progress = []
        result = client.upcoming_courses(progress=progress.append, is_cancelled=task.isCanceled)
        return result, progress

    outcome = run_task(RunInTask(work), qtbot)
    assert "error" not in outcome, outcome.get("error")
    assert outcome["on_main_thread"] is False
    result, progress = outcome["value"]
    assert len(result.items) == 13 and result.changed
    assert progress[-1] == 1.0
    assert all(r.headers["user-agent"] == default_user_agent() for r in livesite.requests)


def test_cancelling_the_task_stops_a_slow_request(livesite, qtbot):
    livesite.set_fault("slow")
    livesite.slow_seconds = 15

    def work(task: RunInTask) -> Any:
        return session(default_timeout_s=30).get_json(livesite.url(FEED), task.isCanceled)

    outcome = run_task(RunInTask(work), qtbot, cancel_after_s=0.5)
    assert isinstance(outcome.get("error"), CancelledError)
    assert outcome["elapsed"] < 3


def test_timeout_in_a_worker_thread(livesite, qtbot):
    livesite.set_fault("drip")
    livesite.slow_seconds = 10

    def work(task: RunInTask) -> Any:
        return session(default_timeout_s=1).get_json(livesite.url(FEED), task.isCanceled)

    outcome = run_task(RunInTask(work), qtbot)
    assert isinstance(outcome.get("error"), TimeoutError_)
    assert outcome["elapsed"] < 4


def test_faults_in_a_worker_thread(livesite, qtbot):
    def work(task: RunInTask) -> Any:
        errors = []
        for fault in ("html", "huge_unsized", "truncated", "server_error"):
            livesite.set_fault(fault)
            try:
                session().get_json(livesite.url(FEED), task.isCanceled)
            except Exception as exc:
                errors.append(type(exc))
        return errors

    outcome = run_task(RunInTask(work), qtbot)
    assert outcome["value"] == [
        InvalidResponseError,
        ResponseTooLargeError,
        TruncatedResponseError,
        HttpError,
    ]
