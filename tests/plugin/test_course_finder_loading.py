"""The course finder queues its cache reads from the event loop, never from a finishing task.

A read asked for while one runs is done once that one has ended. It used to be queued inside
the finished read's ``finished()``, while QGIS's task manager was still handling that task:
the pattern in which QGIS 3.22 can lose the new task (see ``qgis_io/tasks.py``).
"""

from __future__ import annotations

from typing import List

from qgis.core import QgsApplication

from certification_plugin.gui.cache_reader import file_stamp
from certification_plugin.gui.course_finder_dock import CourseFinderDock
from certification_plugin.plugin import CertificationPlugin
from tests.plugin.test_course_finder import (  # noqa: F401 - fixtures used by name
    canvas,
    catalogue,
    dock,
    plugin,
    write_cache,
)


def test_a_read_asked_for_during_a_read_is_queued_after_that_read_ended(
    qtbot,
    dock: CourseFinderDock,  # noqa: F811 - the fixture
) -> None:
    manager = QgsApplication.taskManager()
    tasks_when_added: List[int] = []

    def added(_task_id: int) -> None:
        tasks_when_added.append(len(manager.tasks()))

    manager.taskAdded.connect(added)
    try:
        dock.reload_data(force=True)
        dock.reload_data(force=True)  # while the first read runs: read again after it
        qtbot.waitUntil(lambda: len(tasks_when_added) == 2 and not dock.loading, timeout=10000)
    finally:
        manager.taskAdded.disconnect(added)
    # The second read came when the first had left the task manager: it was alone there.
    assert tasks_when_added == [1, 1]
    assert len(dock.records) > 0


def test_showing_the_dock_twice_while_it_reads_reads_the_file_once(
    qtbot,
    plugin: CertificationPlugin,  # noqa: F811 - the fixture
) -> None:
    """After a plugin reload QGIS showed the new dock twice: two reads of an unchanged file."""
    write_cache(plugin, catalogue())
    manager = QgsApplication.taskManager()
    added: List[str] = []

    def count(task_id: int) -> None:
        added.append(manager.task(task_id).description())

    manager.taskAdded.connect(count)
    try:
        fresh = CourseFinderDock(plugin)
        qtbot.addWidget(fresh)
        with qtbot.waitSignal(fresh.dataLoaded, timeout=10000):
            fresh.show()
            fresh.reload_data()  # what a second showEvent does, while the first read runs
        qtbot.wait(200)  # a second read would be queued from the event loop by now
    finally:
        manager.taskAdded.disconnect(count)
    assert added == ["Reading cached QGIS courses"]
    assert not fresh.loading and len(fresh.records) == len(catalogue())


def test_opening_the_cache_is_no_change_of_it(tmp_path) -> None:
    """SQLite creates an empty write-ahead log on open and deletes it on close."""
    path = tmp_path / "cache.gpkg"
    path.write_bytes(b"data")
    before = file_stamp(str(path))
    wal = tmp_path / "cache.gpkg-wal"
    wal.write_bytes(b"")
    assert file_stamp(str(path)) == before
    wal.write_bytes(b"frames")  # a write by another connection, not yet checkpointed
    assert file_stamp(str(path)) != before
