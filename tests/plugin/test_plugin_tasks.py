"""TaskRunner/FunctionTask: work off the main thread, outcomes delivered on it."""

from __future__ import annotations

import threading
import time
from typing import List

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QThread

from certification_plugin.core.errors import CancelledError, HttpError
from certification_plugin.qgis_io.logging import LOG_TAG
from certification_plugin.qgis_io.tasks import TaskContext, TaskRunner


@pytest.fixture
def log_messages():
    messages: List[str] = []

    def collect(message: str, tag: str, _level: object) -> None:
        if tag == LOG_TAG:
            messages.append(message)

    QgsApplication.messageLog().messageReceived.connect(collect)
    yield messages
    QgsApplication.messageLog().messageReceived.disconnect(collect)


def test_result_is_delivered_on_the_main_thread(runner: TaskRunner, qtbot) -> None:
    main = QThread.currentThread()
    seen = {}

    def work(context: TaskContext) -> int:
        seen["worker_is_main"] = QThread.currentThread() == main
        seen["worker_thread"] = threading.get_ident()
        return 42

    def success(value: int) -> None:
        seen["value"] = value
        seen["callback_is_main"] = QThread.currentThread() == main

    runner.run("compute", work, success)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["worker_is_main"] is False
    assert seen["worker_thread"] != threading.get_ident()
    assert seen["callback_is_main"] is True
    qtbot.waitUntil(lambda: runner.active() == [], timeout=5000)


def test_certification_errors_reach_on_error_unchanged(runner: TaskRunner, qtbot) -> None:
    errors: List[Exception] = []
    failure = HttpError("boom", "http://example.org/", 500)

    def work(_context: TaskContext) -> None:
        raise failure

    runner.run("fail", work, lambda _v: errors.append(AssertionError("no")), errors.append)
    qtbot.waitUntil(lambda: errors != [], timeout=5000)
    assert errors == [failure]


def test_unexpected_exceptions_are_logged_with_traceback(
    runner: TaskRunner, qtbot, log_messages: List[str]
) -> None:
    errors: List[Exception] = []

    def work(_context: TaskContext) -> None:
        {}["missing"]

    runner.run("buggy", work, None, errors.append)
    qtbot.waitUntil(lambda: errors != [], timeout=5000)
    assert isinstance(errors[0], KeyError)
    assert any("Traceback" in m and "buggy" in m for m in log_messages)


def test_cancelling_reports_cancelled_error(runner: TaskRunner, qtbot) -> None:
    errors: List[Exception] = []
    started = threading.Event()

    def work(context: TaskContext) -> str:
        started.set()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            context.raise_if_cancelled()
            time.sleep(0.01)
        return "too late"

    task = runner.run("slow", work, lambda v: errors.append(AssertionError(v)), errors.append)
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: errors != [], timeout=5000)
    assert isinstance(errors[0], CancelledError)


def test_progress_is_reported_within_shares(runner: TaskRunner, qtbot) -> None:
    values: List[float] = []
    done = []

    connected = threading.Event()

    def work(context: TaskContext) -> None:
        assert connected.wait(5)
        second_half = context.share(0.5, 1.0)
        second_half.progress(0.5)
        time.sleep(0.2)

    task = runner.run("progress", work, done.append)
    task.progressChanged.connect(values.append)
    connected.set()
    qtbot.waitUntil(lambda: done != [], timeout=5000)
    assert 75.0 in values


def test_a_failing_callback_is_logged_not_raised(
    runner: TaskRunner, qtbot, log_messages: List[str]
) -> None:
    def explode(_value: object) -> None:
        raise ValueError("callback bug")

    runner.run("ok", lambda _c: 1, explode)
    qtbot.waitUntil(lambda: any("callback bug" in m for m in log_messages), timeout=5000)


def test_runner_keeps_tasks_until_they_end(runner: TaskRunner, qtbot) -> None:
    release = threading.Event()
    done = []
    runner.run("held", lambda _c: release.wait(5), done.append)
    assert len(runner.active()) == 1
    release.set()
    qtbot.waitUntil(lambda: done == [True], timeout=5000)
    qtbot.waitUntil(lambda: runner.active() == [], timeout=5000)


def test_log_messages_use_the_plugin_tag() -> None:
    received = []

    def collect(message: str, tag: str, _level: object) -> None:
        received.append((tag, message))

    QgsApplication.messageLog().messageReceived.connect(collect)
    try:
        from certification_plugin.qgis_io.logging import log

        log("hello")
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(collect)
    assert (LOG_TAG, "hello") in received
