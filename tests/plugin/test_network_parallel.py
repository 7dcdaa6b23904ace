"""QgisTransport.send_many: several requests at once from a QgsTask, on the QGIS network stack."""

from __future__ import annotations

import base64
import json
import time
from typing import Any, List

import pytest
from qgis.core import QgsApplication

from certification_plugin.core.errors import (
    CancelledError,
    ResponseTooLargeError,
    TimeoutError_,
)
from certification_plugin.core.transport import Request, Response
from certification_plugin.qgis_io.network import QgisTransport, default_user_agent
from tests.plugin.auth_helpers import store_basic_config
from tests.plugin.test_network_qgis import RunInTask, run_task

ORGANISATIONS = "en/feed/certifyingorganisations/"
CENTRES = "en/feed/training-center/"
COURSES = "en/feed/upcoming-course/"
PATHS = (COURSES, CENTRES, ORGANISATIONS)


def requests(livesite, timeout_s: float = 10.0, max_bytes: int = 4 << 20) -> List[Request]:
    return [Request(livesite.url(path), timeout_s=timeout_s, max_bytes=max_bytes) for path in PATHS]


def send_many_in_a_task(qtbot, transport: QgisTransport, batch: List[Request], **kwargs: Any):
    def work(task: RunInTask) -> List[Response]:
        return transport.send_many(batch, task.isCanceled)

    return run_task(RunInTask(work), qtbot, **kwargs)


def test_requests_run_at_the_same_time_and_answers_keep_their_order(livesite, qtbot):
    livesite.set_fault("slow")
    livesite.slow_seconds = 1.0
    outcome = send_many_in_a_task(qtbot, QgisTransport(), requests(livesite))
    assert "error" not in outcome, outcome.get("error")
    assert outcome["on_main_thread"] is False
    # Three answers that each take a second arrive in well under three.
    assert outcome["elapsed"] < 2.5
    answers = outcome["value"]
    assert [answer.url for answer in answers] == [livesite.url(path) for path in PATHS]
    assert all(answer.status == 200 for answer in answers)
    recorded = {r.path: r for r in livesite.requests}
    assert {"/" + path for path in PATHS} <= set(recorded)
    assert all(r.headers["user-agent"] == default_user_agent() for r in recorded.values())


def test_content_of_each_answer_is_its_own(livesite, qtbot):
    outcome = send_many_in_a_task(qtbot, QgisTransport(), requests(livesite))
    courses, centres, organisations = (json.loads(a.body) for a in outcome["value"])
    assert courses["type"] == "FeatureCollection" and "crs" not in courses
    assert centres["type"] == "FeatureCollection" and centres["crs"]
    assert "results" in organisations


def test_an_error_status_is_an_answer_like_the_others(livesite, qtbot):
    livesite.set_fault("not_found", path="/" + CENTRES)
    outcome = send_many_in_a_task(qtbot, QgisTransport(), requests(livesite))
    assert [answer.status for answer in outcome["value"]] == [200, 404, 200]


def test_cancelling_the_task_stops_every_request(livesite, qtbot):
    livesite.set_fault("slow")
    livesite.slow_seconds = 15
    outcome = send_many_in_a_task(
        qtbot, QgisTransport(), requests(livesite, timeout_s=30), cancel_after_s=0.5
    )
    assert isinstance(outcome.get("error"), CancelledError)
    assert outcome["elapsed"] < 3


def test_a_stalled_answer_times_out(livesite, qtbot):
    livesite.set_fault("drip", path="/" + COURSES)
    livesite.slow_seconds = 10
    outcome = send_many_in_a_task(qtbot, QgisTransport(), requests(livesite, timeout_s=1))
    assert isinstance(outcome.get("error"), TimeoutError_)
    assert outcome["elapsed"] < 4


def test_a_huge_answer_is_stopped_at_the_size_cap(livesite, qtbot):
    livesite.set_fault("huge_unsized", path="/" + ORGANISATIONS)
    started = time.monotonic()
    outcome = send_many_in_a_task(qtbot, QgisTransport(), requests(livesite))
    error = outcome.get("error")
    assert isinstance(error, ResponseTooLargeError)
    assert error.url == livesite.url(ORGANISATIONS)
    assert time.monotonic() - started < 5


def test_on_the_main_thread_they_are_sent_one_after_another(livesite):
    answers = QgisTransport().send_many(requests(livesite))
    assert [answer.status for answer in answers] == [200, 200, 200]
    assert [r.path for r in livesite.requests[-3:]] == ["/" + path for path in PATHS]


def test_the_authentication_configuration_applies_to_each_request(livesite, qtbot):
    config = store_basic_config("certification parallel test", "ana.popescu", "p4rallel-T0ken")
    try:
        outcome = send_many_in_a_task(qtbot, QgisTransport(config.id()), requests(livesite))
        assert "error" not in outcome, outcome.get("error")
    finally:
        QgsApplication.authManager().removeAuthenticationConfig(config.id())
    expected = "Basic " + base64.b64encode(b"ana.popescu:p4rallel-T0ken").decode()
    sent = [r for r in livesite.requests if r.path in {"/" + path for path in PATHS}]
    assert len(sent) == 3
    assert all(r.headers.get("authorization") == expected for r in sent)


@pytest.mark.parametrize("count", [0, 1])
def test_fewer_than_two_requests(livesite, count):
    answers = QgisTransport().send_many(requests(livesite)[:count])
    assert len(answers) == count
