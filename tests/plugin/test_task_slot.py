"""TaskSlot: one running task per purpose, the newest wins, released with its widget."""

from __future__ import annotations

import threading
from typing import List

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QThreadPool
from qgis.PyQt.QtWidgets import QWidget

from certification_plugin.core.errors import CancelledError, HttpError
from certification_plugin.gui.course_finder_dock import CourseFinderDock
from certification_plugin.plugin import CertificationPlugin
from certification_plugin.qgis_io.lifetime import is_alive
from certification_plugin.qgis_io.logging import LOG_TAG
from certification_plugin.qgis_io.tasks import TaskContext, TaskRunner, TaskSlot
from tests.plugin.test_course_finder import (  # noqa: F401 - fixtures used by name
    canvas,
    catalogue,
    plugin,
    write_cache,
)
from tests.plugin.test_lost_tasks import LOST_MS, busy_pool  # noqa: F401 - fixture by name


def _waits_for(event: threading.Event, value: object):
    """Work that blocks until ``event`` is set (or it is cancelled), then returns ``value``."""

    def work(context: TaskContext) -> object:
        while not event.wait(0.01):
            if context.is_cancelled():
                break
        return value

    return work


def test_the_newest_run_wins_and_the_first_is_cancelled(runner: TaskRunner, qtbot) -> None:
    slot = TaskSlot(runner)
    release = threading.Event()
    first_calls: List[object] = []
    second_calls: List[object] = []
    first = slot.run("first", _waits_for(release, 1), first_calls.append, first_calls.append)
    qtbot.waitUntil(lambda: first.status() == QgsTask.TaskStatus.Running, timeout=5000)
    second = slot.run("second", lambda _c: 2, second_calls.append, second_calls.append)
    assert first is not second
    assert first.isCanceled()
    qtbot.waitUntil(lambda: second_calls == [2], timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: runner.active() == [], timeout=5000)
    qtbot.wait(50)  # any late delivery of the first task would have happened by now
    assert first_calls == []
    assert not slot.busy


def test_cancel_stops_the_task_and_fires_no_callback(runner: TaskRunner, qtbot) -> None:
    slot = TaskSlot(runner)
    release = threading.Event()
    calls: List[object] = []
    task = slot.run("cancelled", _waits_for(release, 1), calls.append, calls.append)
    assert slot.busy
    with qtbot.waitSignal(slot.busyChanged, timeout=1000) as signal:
        slot.cancel()
    assert signal.args == [False]
    assert not slot.busy and slot.task is None
    assert not is_alive(task) or task.isCanceled()
    qtbot.waitUntil(lambda: runner.active() == [], timeout=5000)
    qtbot.wait(50)
    assert calls == []
    slot.cancel()  # nothing running: no signal, no error
    assert not slot.busy


def test_busy_changes_once_per_busy_period(runner: TaskRunner, qtbot) -> None:
    slot = TaskSlot(runner)
    seen: List[bool] = []
    slot.busyChanged.connect(seen.append)
    release = threading.Event()
    done: List[object] = []
    slot.run("one", _waits_for(release, 1), done.append)
    slot.run("two", _waits_for(release, 2), done.append)  # still busy: no second True
    assert seen == [True]
    release.set()
    qtbot.waitUntil(lambda: done == [2], timeout=5000)
    assert seen == [True, False]
    assert not slot.busy
    slot.run("three", lambda _c: 3, done.append)
    qtbot.waitUntil(lambda: done == [2, 3], timeout=5000)
    assert seen == [True, False, True, False]


def test_busy_is_false_when_the_success_callback_runs(runner: TaskRunner, qtbot) -> None:
    """A callback may start the next run of the same slot: it must not be taken for the old."""
    slot = TaskSlot(runner)
    busy_in_callback: List[bool] = []
    results: List[object] = []

    def first_done(value: object) -> None:
        busy_in_callback.append(slot.busy)
        slot.run("next", lambda _c: "next", results.append)

    slot.run("first", lambda _c: "first", first_done)
    qtbot.waitUntil(lambda: results == ["next"], timeout=5000)
    assert busy_in_callback == [False]
    assert not slot.busy


def test_errors_go_to_on_error(runner: TaskRunner, qtbot) -> None:
    slot = TaskSlot(runner)
    errors: List[Exception] = []
    successes: List[object] = []

    def work(_context: TaskContext) -> None:
        raise HttpError("Server error", url="http://127.0.0.1:9/x", status=503)

    slot.run("fails", work, successes.append, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], HttpError) and successes == []
    assert not slot.busy


def test_a_task_cancelled_from_the_task_manager_reports_to_on_error(
    runner: TaskRunner, qtbot
) -> None:
    """The user's cancel in QGIS's task panel is an outcome the dock must hear of."""
    slot = TaskSlot(runner)
    errors: List[Exception] = []
    task = slot.run("user cancels", _waits_for(threading.Event(), 1), None, errors.append)
    qtbot.waitUntil(lambda: task.status() == QgsTask.TaskStatus.Running, timeout=5000)
    task.cancel()
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], CancelledError)
    assert not slot.busy


def test_the_owner_destroyed_mid_run_releases_the_task(runner: TaskRunner, qtbot) -> None:
    owner = QWidget()
    label_texts: List[str] = []

    def touch_owner(value: object) -> None:  # would raise RuntimeError on a deleted widget
        owner.setWindowTitle(str(value))
        label_texts.append(str(value))

    slot = TaskSlot(runner, owner)
    release = threading.Event()
    task = slot.run("owned", _waits_for(release, "late"), touch_owner, touch_owner)
    qtbot.waitUntil(lambda: task.status() == QgsTask.TaskStatus.Running, timeout=5000)
    with qtbot.waitSignal(owner.destroyed, timeout=1000):
        owner.deleteLater()
    assert not is_alive(owner)
    assert slot.released and not slot.busy
    assert task.detached
    release.set()
    qtbot.waitUntil(lambda: runner.active() == [], timeout=5000)
    qtbot.wait(50)
    assert label_texts == []
    assert slot.run("after", lambda _c: 1, touch_owner) is None  # released: runs nothing
    qtbot.wait(50)
    assert label_texts == []


def test_a_lost_task_restarted_by_the_runner_still_delivers_through_the_slot(
    runner: TaskRunner,
    busy_pool: threading.Event,  # noqa: F811 - the fixture
    qtbot,
) -> None:
    slot = TaskSlot(runner)
    calls: List[int] = []
    delivered: List[object] = []
    first = slot.run("lost", lambda _c: calls.append(1) or 42, delivered.append, delivered.append)
    QThreadPool.globalInstance().clear()  # the runnable is gone, as QGIS 3.22's bug does
    busy_pool.set()
    qtbot.waitUntil(lambda: delivered == [42], timeout=LOST_MS + 5000)
    assert first.detached  # the fresh task, not the lost one, delivered through the slot
    assert calls == [1]
    assert not slot.busy


def test_cancel_reaches_the_restarted_task(
    runner: TaskRunner,
    busy_pool: threading.Event,  # noqa: F811 - the fixture
    qtbot,
) -> None:
    slot = TaskSlot(runner)
    delivered: List[object] = []
    release = threading.Event()
    first = slot.run("lost", _waits_for(release, 1), delivered.append, delivered.append)
    QThreadPool.globalInstance().clear()
    busy_pool.set()
    qtbot.waitUntil(lambda: slot.task is not first, timeout=LOST_MS + 5000)
    fresh = slot.task
    assert fresh is not None
    slot.cancel()
    assert not is_alive(fresh) or fresh.isCanceled()
    release.set()
    qtbot.waitUntil(lambda: runner.active() == [], timeout=5000)
    qtbot.wait(50)
    assert delivered == []


def test_a_course_finder_deleted_while_it_reads_gets_no_result(
    qtbot,
    plugin: CertificationPlugin,  # noqa: F811 - the fixture
) -> None:
    """Closing QGIS (or reloading the plugin) while the dock reads: nothing reaches it."""
    write_cache(plugin, catalogue())
    problems: List[str] = []

    def collect(message: str, tag: str, _level: object) -> None:
        if tag == LOG_TAG and "Error" in message:
            problems.append(message)

    QgsApplication.messageLog().messageReceived.connect(collect)
    try:
        dock = CourseFinderDock(plugin)
        loaded: List[int] = []
        dock.dataLoaded.connect(loaded.append)
        dock.show()  # starts the read
        assert dock.loading
        task = dock._load_slot.task
        assert task is not None
        with qtbot.waitSignal(dock.destroyed, timeout=1000):
            sip.delete(dock)  # at once: the read cannot end before
        assert task.detached
        qtbot.waitUntil(lambda: plugin.tasks.active() == [], timeout=10000)
        qtbot.wait(50)
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(collect)
    assert loaded == [] and problems == []
