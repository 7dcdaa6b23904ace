"""Background work on QGIS's task manager, with results delivered on the main thread.

``run()`` of a task executes in a worker thread: it may do network I/O and file writing but
must not touch layers, the project or widgets. ``finished()`` runs on the main thread, so the
callbacks given here are where results reach the GUI. The ``TaskRunner`` keeps a reference
to every task it started (Python callbacks must outlive the call that started them) and
cancels them all when the plugin unloads.
"""

from __future__ import annotations

import traceback
from typing import Callable, Dict, Generic, List, Optional, TypeVar

from qgis.core import QgsApplication, QgsTask, QgsTaskManager
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import CancelledError, CertificationError
from .lifetime import is_alive
from .logging import CRITICAL, log

T = TypeVar("T")
SuccessCallback = Callable[[T], None]
ErrorCallback = Callable[[Exception], None]


class TaskContext:
    """Handed to work running in a task: a cancellation check and a progress reporter.

    Both are plain callables so ``core`` code can take them without knowing about QGIS.
    """

    def __init__(self, task: QgsTask, start: float = 0.0, end: float = 100.0) -> None:
        self._task = task
        self._start = start
        self._end = end

    def is_cancelled(self) -> bool:
        return self._task.isCanceled()

    def progress(self, fraction: float) -> None:
        """Report progress as a fraction (0..1) of this context's share of the task."""
        fraction = min(max(float(fraction), 0.0), 1.0)
        self._task.setProgress(self._start + (self._end - self._start) * fraction)

    def share(self, start: float, end: float) -> TaskContext:
        """A context whose 0..1 maps to the fractions ``start``..``end`` of this one."""
        span = self._end - self._start
        return TaskContext(self._task, self._start + span * start, self._start + span * end)

    def raise_if_cancelled(self) -> None:
        if self.is_cancelled():
            raise CancelledError(
                QCoreApplication.translate("TaskContext", "The operation was cancelled.")
            )


class PluginTask(QgsTask):
    """A task that can be detached: after ``detach()`` its ``finished()`` delivers nothing.

    Unload detaches running tasks so a late ``finished()`` never calls into a plugin that is
    gone.
    """

    def __init__(self, description: str, can_cancel: bool = True) -> None:
        flags = QgsTask.Flag.CanCancel if can_cancel else QgsTask.Flags()
        super().__init__(description, flags)
        self._detached = False

    def detach(self) -> None:
        self._detached = True

    @property
    def detached(self) -> bool:
        return self._detached


class FunctionTask(PluginTask, Generic[T]):
    """Runs ``function(context)`` in a worker thread and hands the outcome to callbacks.

    ``on_success(result)`` or ``on_error(exception)`` is called on the main thread. A
    cancelled task reports ``CancelledError``. Unexpected exceptions are logged with their
    traceback and handed to ``on_error`` as they are.
    """

    def __init__(
        self,
        description: str,
        function: Callable[[TaskContext], T],
        on_success: Optional[SuccessCallback] = None,
        on_error: Optional[ErrorCallback] = None,
        can_cancel: bool = True,
    ) -> None:
        super().__init__(description, can_cancel)
        self._function = function
        self._on_success = on_success
        self._on_error = on_error
        self.result: Optional[T] = None
        self.error: Optional[Exception] = None

    def run(self) -> bool:
        context = TaskContext(self)
        try:
            self.result = self._function(context)
        except CertificationError as exc:
            self.error = exc
            return False
        except Exception as exc:  # a bug: keep the traceback for the log
            log(
                f"Unexpected error in task '{self.description()}':\n{traceback.format_exc()}",
                CRITICAL,
            )
            self.error = exc
            return False
        if self.isCanceled():
            self.error = CancelledError(
                QCoreApplication.translate("TaskContext", "The operation was cancelled.")
            )
            return False
        return True

    def finished(self, result: bool) -> None:
        if self._detached:
            return
        if result:
            _call_safely(self._on_success, self.result)
            return
        error = self.error or CancelledError(
            QCoreApplication.translate("TaskContext", "The operation was cancelled.")
        )
        _call_safely(self._on_error, error)

    def detach(self) -> None:
        super().detach()
        self._on_success = None
        self._on_error = None


def _call_safely(callback: Optional[Callable[[object], None]], value: object) -> None:
    """Run a main-thread callback; an exception there is logged, never lost in Qt."""
    if callback is None:
        return
    try:
        callback(value)
    except Exception:
        log(f"Error while handling a task result:\n{traceback.format_exc()}", CRITICAL)


class TaskRunner:
    """Starts tasks on QGIS's task manager and keeps them alive until they end.

    One runner belongs to the plugin; docks, the locator filter and algorithms that need
    background work use it (``plugin.tasks``) so unload cancels their work too.
    """

    def __init__(self, manager: Optional[QgsTaskManager] = None) -> None:
        self._manager = manager
        self._tasks: Dict[int, QgsTask] = {}

    @property
    def manager(self) -> QgsTaskManager:
        return self._manager if self._manager is not None else QgsApplication.taskManager()

    def start(self, task: QgsTask) -> QgsTask:
        """Queue ``task`` and keep a reference to it until it completes or terminates."""
        key = id(task)
        self._tasks[key] = task
        task.taskCompleted.connect(lambda key=key: self._forget(key))
        task.taskTerminated.connect(lambda key=key: self._forget(key))
        self.manager.addTask(task)
        return task

    def run(
        self,
        description: str,
        function: Callable[[TaskContext], T],
        on_success: Optional[SuccessCallback] = None,
        on_error: Optional[ErrorCallback] = None,
        can_cancel: bool = True,
    ) -> FunctionTask:
        """Run ``function(context)`` in the background; see ``FunctionTask``."""
        task: FunctionTask = FunctionTask(description, function, on_success, on_error, can_cancel)
        self.start(task)
        return task

    def active(self) -> List[QgsTask]:
        """Tasks started here that have not ended yet."""
        return list(self._tasks.values())

    def cancel_all(self) -> None:
        """Cancel every task and drop its callbacks (used on unload)."""
        for task in list(self._tasks.values()):
            if isinstance(task, PluginTask):
                task.detach()
            if is_alive(task):  # the task manager deletes tasks that ended
                task.cancel()
        self._tasks.clear()

    def _forget(self, key: int) -> None:
        self._tasks.pop(key, None)
