"""Background work on QGIS's task manager, with results delivered on the main thread.

``run()`` of a task executes in a worker thread: it may do network I/O and file writing but
must not touch layers, the project or widgets. ``finished()`` runs on the main thread, so the
callbacks given here are where results reach the GUI. The ``TaskRunner`` keeps a reference
to every task it started (Python callbacks must outlive the call that started them) and
cancels them all when the plugin unloads.

QGIS up to at least 3.22 can lose a queued task: the task manager keeps the address of each
task's thread-pool runnable after the pool has deleted it, and later hands that stale address
to ``QThreadPool.tryTake()``. When a new task's runnable was allocated at the recycled address
and is still waiting in the pool's queue, the pool drops it: the new task stays *Queued*
forever (the manager never queues it again), nothing reaches its callbacks and quitting QGIS
asks about "Active Tasks". The runner therefore checks that each task it started does start:
one still queued while the pool has had a free thread for ``LOST_AFTER_CHECKS`` checks in a
row is lost; a ``FunctionTask`` is then started again as a fresh task (its work runs once,
never twice), another task is cancelled so that it reports instead of hanging.

A ``TaskSlot`` holds the one task of one purpose (a dock's read, its search, its upload): a
newer run cancels and detaches the previous one, so only the newest delivers, and the slot
lets go of its task when its widget is destroyed, so no callback reaches a deleted widget.
"""

from __future__ import annotations

import threading
import traceback
from typing import Callable, Dict, Generic, List, Optional, TypeVar

from qgis.core import QgsApplication, QgsTask, QgsTaskManager
from qgis.PyQt.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, pyqtSignal

from ..core.errors import CancelledError, CertificationError
from .lifetime import is_alive
from .logging import CRITICAL, INFO, log

T = TypeVar("T")
START_CHECK_MS = 500
"""How often the runner looks whether the tasks it queued have started."""
LOST_AFTER_CHECKS = 3
"""Checks in a row with a free pool thread after which a still queued task counts as lost."""
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
        self.successor: Optional[PluginTask] = None
        """The fresh task doing this one's work after ``respawn()`` (QGIS lost this one)."""

    def detach(self) -> None:
        self._detached = True

    @property
    def detached(self) -> bool:
        return self._detached

    def respawn(self) -> Optional[PluginTask]:
        """A new task doing this one's work, for a task QGIS lost before it started.

        ``None`` when the task cannot be redone (the default) or has started after all.
        """
        return None


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
        self._can_cancel = can_cancel
        self.result: Optional[T] = None
        self.error: Optional[Exception] = None
        # "queued" until run() claims the work ("running") or respawn() hands it on
        # ("respawned"); the lock makes the two exclusive, so the work runs at most once.
        self._state = "queued"
        self._state_lock = threading.Lock()

    def _claim(self, state: str) -> bool:
        with self._state_lock:
            if self._state != "queued":
                return False
            self._state = state
            return True

    def respawn(self) -> Optional[FunctionTask]:
        """A fresh task with this one's work and callbacks; this one then delivers nothing."""
        if not self._claim("respawned"):
            return None
        fresh: FunctionTask = FunctionTask(
            self.description(), self._function, self._on_success, self._on_error, self._can_cancel
        )
        self.detach()
        self.successor = fresh
        return fresh

    def run(self) -> bool:
        if not self._claim("running"):  # respawned: the fresh task does the work
            return False
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
        self._unstarted: Dict[int, int] = {}
        """Tasks queued and not seen started yet -> checks in a row with a free pool thread."""
        self._start_check: Optional[QTimer] = None

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
        self._unstarted[key] = 0
        self._check_starts_later()
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
        self._unstarted.clear()
        if self._start_check is not None:
            self._start_check.stop()
        for task in list(self._tasks.values()):
            if isinstance(task, PluginTask):
                task.detach()
            if is_alive(task):  # the task manager deletes tasks that ended
                task.cancel()
        self._tasks.clear()

    def _forget(self, key: int) -> None:
        self._tasks.pop(key, None)
        self._unstarted.pop(key, None)

    # ------------------------------------------------------------------ lost tasks
    def _check_starts_later(self) -> None:
        if self._start_check is None:
            self._start_check = QTimer()
            self._start_check.setInterval(START_CHECK_MS)
            self._start_check.timeout.connect(self.check_starts)
        if not self._start_check.isActive():
            self._start_check.start()

    def _pool(self) -> QThreadPool:
        """The threads the task manager runs tasks on (its own pool in newer QGIS)."""
        own_pool = getattr(self.manager, "threadPool", None)
        return own_pool() if callable(own_pool) else QThreadPool.globalInstance()

    def check_starts(self) -> None:
        """Look at the tasks not seen started yet; start again (or cancel) the lost ones.

        A queued task waits for a thread; while the pool has a free one, a task it still
        holds starts within moments. One that stays queued for ``LOST_AFTER_CHECKS`` checks
        in a row with a thread free is no longer in the pool's queue: QGIS lost it.
        """
        pool = self._pool()
        thread_free = pool.activeThreadCount() < pool.maxThreadCount()
        for key, checks in list(self._unstarted.items()):
            task = self._tasks.get(key)
            if not is_alive(task) or task.status() != QgsTask.TaskStatus.Queued:
                self._unstarted.pop(key, None)  # started, ended or gone
                continue
            checks = checks + 1 if thread_free else 0
            if checks < LOST_AFTER_CHECKS:
                self._unstarted[key] = checks
                continue
            self._unstarted.pop(key, None)
            self._restart_lost(key, task)
        if not self._unstarted and self._start_check is not None:
            self._start_check.stop()

    def _restart_lost(self, key: int, task: QgsTask) -> None:
        fresh = task.respawn() if isinstance(task, PluginTask) else None
        log(
            f"The task '{task.description()}' was queued but never started (QGIS lost it); "
            + ("it starts again." if fresh is not None else "it is cancelled."),
            INFO,
        )
        # Cancelling a queued task ends it at once: the manager forgets it (and the stale
        # runnable address it kept) before the fresh task is queued.
        task.cancel()
        if fresh is not None:
            self._forget(key)
            self.start(fresh)


class TaskSlot(QObject):
    """One running task per purpose: the newest run wins, the widget's end releases it.

    ``run()`` starts a ``FunctionTask`` through the runner after cancelling and detaching the
    slot's previous one, whose callbacks then never fire (a result that arrives late must not
    overwrite a newer one). When ``owner_widget`` is destroyed the slot cancels and detaches
    its task and refuses new runs, so nothing calls into a deleted widget. ``busyChanged`` is
    emitted when the slot starts or stops having a task; it is not emitted on the owner's
    destruction (its receivers are usually that widget's children).

    Callbacks run inside QGIS's handling of the finished task: a follow-up run is better
    started from the event loop (a zero-delay ``QTimer``), see the lost tasks above.
    """

    busyChanged = pyqtSignal(bool)

    def __init__(self, runner: TaskRunner, owner_widget: Optional[QObject] = None) -> None:
        super().__init__()  # no parent: the slot must outlive the owner's C++ object
        self._runner = runner
        self._task: Optional[FunctionTask] = None
        self._generation = 0
        self._released = False
        if owner_widget is not None:
            owner_widget.destroyed.connect(self._owner_destroyed)

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def released(self) -> bool:
        """True once the owner widget was destroyed: the slot runs nothing any more."""
        return self._released

    @property
    def task(self) -> Optional[FunctionTask]:
        """The task doing the current run now (a restarted one if QGIS lost the first)."""
        task: Optional[PluginTask] = self._task
        while task is not None and task.successor is not None:
            task = task.successor
        return task if isinstance(task, FunctionTask) else None

    def run(
        self,
        description: str,
        function: Callable[[TaskContext], T],
        on_success: Optional[SuccessCallback] = None,
        on_error: Optional[ErrorCallback] = None,
        can_cancel: bool = True,
    ) -> Optional[FunctionTask]:
        """Start ``function(context)`` in the background, replacing the slot's running task.

        ``None`` (nothing started) once the owner widget was destroyed.
        """
        if self._released:
            return None
        was_busy = self._drop_task()
        self._generation += 1
        generation = self._generation

        def succeeded(result: T) -> None:
            if self._finish(generation):
                _call_safely(on_success, result)

        def failed(error: Exception) -> None:
            if self._finish(generation):
                _call_safely(on_error, error)

        self._task = self._runner.run(description, function, succeeded, failed, can_cancel)
        if not was_busy:
            self.busyChanged.emit(True)
        return self._task

    def cancel(self) -> None:
        """Cancel the running task; its callbacks do not fire."""
        self._generation += 1
        if self._drop_task():
            self.busyChanged.emit(False)

    def _finish(self, generation: int) -> bool:
        """The current run ended: free the slot; False for a run that was replaced."""
        if generation != self._generation or self._released:
            return False
        self._task = None
        self.busyChanged.emit(False)
        return True

    def _drop_task(self) -> bool:
        """Detach and cancel the slot's task; True when there was one."""
        current = self.task
        had_task = self._task is not None
        self._task = None
        if current is not None:
            current.detach()
            if is_alive(current):  # the task manager deletes tasks that ended
                current.cancel()
        return had_task

    def _owner_destroyed(self, *_args: object) -> None:
        self._released = True
        self._generation += 1
        self._drop_task()
