"""Tasks that QGIS's task manager loses before they start are started again, never run twice.

QGIS (3.22 at least) hands a stale runnable address to ``QThreadPool.tryTake()`` when a task
ends; a newer task whose runnable got the recycled address and still waits in the pool's
queue is dropped from it and stays *Queued* forever (see ``qgis_io/tasks.py``). That is what
made the "Find a course" dock wait forever for "Reading cached QGIS courses" after a plugin
reload, now and then. Here the pool's threads are held busy so the task waits in the queue,
and ``QThreadPool.clear()`` drops it exactly as the stale ``tryTake()`` does.
"""

from __future__ import annotations

import threading
from typing import List

import pytest
from qgis.PyQt.QtCore import QRunnable, QThreadPool

from certification_plugin.qgis_io import tasks as tasks_module
from certification_plugin.qgis_io.tasks import FunctionTask, PluginTask, TaskRunner

LOST_MS = tasks_module.START_CHECK_MS * (tasks_module.LOST_AFTER_CHECKS + 2)


class _Hold(QRunnable):
    """Keeps one pool thread busy until released."""

    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps it; the pool must not delete it
        self._release = release

    def run(self) -> None:
        self._release.wait(30)


@pytest.fixture
def busy_pool(qtbot):
    """Every thread of the pool the task manager uses is busy until ``release.set()``."""
    pool = QThreadPool.globalInstance()
    pool.waitForDone(5000)
    release = threading.Event()
    holds = [_Hold(release) for _ in range(pool.maxThreadCount())]
    for hold in holds:
        pool.start(hold)
    qtbot.waitUntil(lambda: pool.activeThreadCount() == pool.maxThreadCount(), timeout=5000)
    yield release
    release.set()
    pool.waitForDone(5000)


def test_a_lost_function_task_is_started_again_and_runs_once(
    runner: TaskRunner, busy_pool: threading.Event, qtbot
) -> None:
    calls: List[int] = []
    delivered: List[object] = []
    runner.run("lost", lambda _c: calls.append(1) or 42, delivered.append, delivered.append)
    QThreadPool.globalInstance().clear()  # the task's runnable is gone, as QGIS's bug does
    busy_pool.set()
    qtbot.waitUntil(lambda: delivered == [42], timeout=LOST_MS + 5000)
    assert calls == [1]
    qtbot.waitUntil(lambda: runner.active() == [], timeout=5000)


def test_a_task_waiting_for_a_busy_pool_is_left_alone(
    runner: TaskRunner, busy_pool: threading.Event, qtbot
) -> None:
    calls: List[int] = []
    delivered: List[object] = []
    task = runner.run("waits", lambda _c: calls.append(1) or 7, delivered.append)
    qtbot.wait(LOST_MS)  # longer than a lost task takes to be restarted
    assert runner.active() == [task] and calls == []
    busy_pool.set()
    qtbot.waitUntil(lambda: delivered == [7], timeout=5000)
    assert calls == [1]


class _Plain(PluginTask):
    """A task that cannot be redone: lost, it must still report (cancelled), not hang."""

    def __init__(self) -> None:
        super().__init__("plain")
        self.outcomes: List[bool] = []

    def run(self) -> bool:
        return True

    def finished(self, result: bool) -> None:
        self.outcomes.append(result)


def test_a_lost_task_that_cannot_be_redone_reports_as_cancelled(
    runner: TaskRunner, busy_pool: threading.Event, qtbot
) -> None:
    task = _Plain()
    outcomes = task.outcomes
    runner.start(task)
    QThreadPool.globalInstance().clear()
    busy_pool.set()
    qtbot.waitUntil(lambda: outcomes == [False], timeout=LOST_MS + 5000)
    qtbot.waitUntil(lambda: runner.active() == [], timeout=5000)


def test_respawn_hands_the_work_on_once_and_never_after_it_started() -> None:
    calls: List[int] = []
    errors: List[Exception] = []
    task: FunctionTask = FunctionTask("t", lambda _c: calls.append(1), None, errors.append)
    fresh = task.respawn()
    assert fresh is not None and fresh.description() == "t"
    assert task.respawn() is None  # handed on already
    assert task.run() is False and calls == []  # the old one never does the work
    task.finished(False)
    assert errors == []  # and delivers nothing: the fresh task reports
    assert fresh.run() is True and calls == [1]
    assert fresh.respawn() is None  # it ran: it cannot be handed on any more
