"""The course finder queues its cache reads from the event loop, never from a finishing task.

A read asked for while one runs is done once that one has ended. It used to be queued inside
the finished read's ``finished()``, while QGIS's task manager was still handling that task:
the pattern in which QGIS 3.22 can lose the new task (see ``qgis_io/tasks.py``).
"""

from __future__ import annotations

from typing import List

from qgis.core import QgsApplication

from certification_plugin.gui.course_finder_dock import CourseFinderDock
from tests.plugin.test_course_finder import (  # noqa: F401 - fixtures used by name
    canvas,
    dock,
    plugin,
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
