"""Run by a real QGIS (``qgis --code``): a user's first minutes, recording every Python error.

Driven by tests/e2e/test_qgis_session.py under Xvfb with ``QT_QPA_PLATFORM=xcb`` and a
throw-away profile in which the plugin is enabled and points at the reference server. The
steps go through QGIS's real ``iface``: load the layers, refresh, open and use "Find a course"
(search, zoom, course page, pick a point), the locator, Help / About, switch the interface
language (``qgis.utils.reloadPlugin``: unload, re-import, new instance, ``initGui``),
Project -> New (``iface.newProject``), remove the layers, reload the plugin, and quit with
QGIS's own *Exit QGIS* action.

``SESSION_REPORT`` names a file that gets one JSON object a line, written at once:
``step`` (a step finished), ``python-error`` (an uncaught exception, a ``Python error`` in the
message log, or a critical message of the plugin), ``dialogs`` (dialogs seen while quitting,
which are then closed so QGIS can end), ``timeout`` and ``quit``. QGIS's own error dialog is
replaced by the recording: nothing here waits for a click.

Not a pytest module (no ``test_`` prefix): only QGIS runs it.
"""

import faulthandler
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeedback,
    QgsLocatorContext,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsSettings,
)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QObject, QPoint, Qt, QThreadPool, QTimer, QUrl, pyqtSlot
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QApplication, QDialog, QDockWidget, QMessageBox
from qgis.utils import iface, plugins, reloadPlugin

REPORT = os.environ["SESSION_REPORT"]
PLUGIN = "certification_plugin"
STEP_TIMEOUT_S = float(os.environ.get("SESSION_STEP_TIMEOUT", "60"))
EXIT_TIMEOUT_MS = 30000
LOG_TAG = "QGIS Certification"
DOCK_NAME = "CertificationCourseFinderDock"
BUCHAREST = (26.1025, 44.4268)


def record(event, **data):
    line = json.dumps({"event": event, "time": round(time.time(), 3), **data}, default=str)
    with open(REPORT, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def _excepthook(kind, value, tb):
    text = "".join(traceback.format_exception(kind, value, tb))
    record("python-error", source="excepthook", text=text)


def _message_logged(message, tag, level):
    if tag == "Python error" or (tag == LOG_TAG and level == Qgis.MessageLevel.Critical):
        record("python-error", source="message log", tag=tag, text=message)
    elif tag == LOG_TAG and "never started" in message:
        # QGIS lost a queued task and the plugin started it again: what ran around it?
        record("lost-task", text=message, tasks=task_states())


sys.excepthook = _excepthook
QgsApplication.messageLog().messageReceived.connect(_message_logged)


class Browser(QObject):
    """Stands in for the web browser: the session opens pages, nothing is launched."""

    def __init__(self):
        super().__init__()
        self.urls = []

    @pyqtSlot(QUrl)
    def open(self, url):
        self.urls.append(url.toString())


BROWSER = Browser()
for _scheme in ("http", "https"):
    QDesktopServices.setUrlHandler(_scheme, BROWSER, "open")


# ---------------------------------------------------------------------------------- helpers
def plugin():
    return plugins.get(PLUGIN)


def dock():
    return iface.mainWindow().findChild(QDockWidget, DOCK_NAME)


def refresh_done():
    current = plugin()
    return current is not None and not current.refresh_running


def load_layers():
    current = plugin()
    current.load_layers()
    return lambda: refresh_done() and len(current.layer_manager.layers()) == 3


def open_dock():
    current = plugin()
    if not current.find_course_action.isChecked():
        current.find_course_action.trigger()

    def ready():
        found = dock()
        return found is not None and found.isVisible() and not found.loading and found.records

    return ready


def use_the_dock():
    found = dock()
    found.search_edit.setText("QGIS")
    found.apply_filters()
    found.search_edit.clear()
    found.apply_filters()
    placed = [n for n, row in enumerate(found.model.results()) if row.course.location]
    if not placed:
        raise AssertionError("no course with a place in the demo catalogue")
    select = getattr(found, "select_row", None) or found.table.selectRow
    select(placed[0])
    found.zoom_to_row(placed[0])
    found.open_course_page()
    found.open_organisation_website()  # fetches the organisations once, in a task
    return lambda: found._website_task is None


def pick_a_point():
    found = dock()
    canvas = iface.mapCanvas()
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        canvas.mapSettings().destinationCrs(),
        QgsProject.instance(),
    )
    target = transform.transform(QgsPointXY(*BUCHAREST))
    canvas.setExtent(
        QgsRectangle(target.x() - 3e5, target.y() - 3e5, target.x() + 3e5, target.y() + 3e5)
    )
    canvas.refresh()
    found.pick_button.click()
    pixel = canvas.getCoordinateTransform().transform(target)
    event = QgsMapMouseEvent(
        canvas,
        QEvent.Type.MouseButtonPress,
        QPoint(round(pixel.x()), round(pixel.y())),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    canvas.mapTool().canvasPressEvent(event)
    origin = found.origin
    if origin is None or abs(origin[0] - BUCHAREST[0]) > 0.1:
        raise AssertionError(f"the picked point is {origin}")
    found.centre_button.click()


def use_the_locator():
    current = plugin()
    mine = [f for f in current._locator_filters if f.prefix() == "cert"]
    worker = mine[0].clone()
    found = []
    worker.resultFetched.connect(found.append)
    worker.fetchResults("QGIS", QgsLocatorContext(), QgsFeedback())
    if not found:
        raise AssertionError("the locator found nothing for 'QGIS'")
    mine[0].triggerResult(found[0])


def about():
    dialog = plugin().show_about()
    dialog.close()


def switch_language(locale, expected):
    def run():
        QgsSettings().setValue("locale/userLocale", locale)
        reloadPlugin(PLUGIN)
        text = plugin().find_course_action.text()
        record("language", locale=locale, find_course=text)
        if expected is not None and text != expected:
            raise AssertionError(f"'Find a course' in {locale} is {text!r}")
        return open_dock()

    return run


def new_project():
    iface.newProject(False)  # Project -> New, without asking to save
    return lambda: QgsProject.instance().count() == 0


def remove_layers_by_hand():
    layers = plugin().layer_manager.layers()
    QgsProject.instance().removeMapLayers([layer.id() for layer in layers.values()])
    group = plugin().layer_manager.group()
    if group is not None:
        group.parent().removeChildNode(group)


def update_from_the_dock():
    found = dock()
    found.update_button.click()
    return lambda: refresh_done() and plugin().layer_manager.layers()


def reload_the_plugin():
    reloadPlugin(PLUGIN)


def visible_dialogs():
    found = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            text = widget.text() if hasattr(widget, "text") else ""
            found.append(
                {"class": type(widget).__name__, "title": widget.windowTitle(), "text": text}
            )
    return found


_GO_ON = (
    QMessageBox.ButtonRole.YesRole,
    QMessageBox.ButtonRole.AcceptRole,
    QMessageBox.ButtonRole.DestructiveRole,
)


def _close_late_dialogs():
    """A question while quitting is recorded (the test fails on it) and answered "go on", so
    QGIS still ends instead of waiting for the run's time limit."""
    dialogs = visible_dialogs()
    if not dialogs:
        return
    record("dialogs", when="quitting", dialogs=dialogs)
    for widget in QApplication.topLevelWidgets():
        if not (isinstance(widget, QDialog) and widget.isVisible()):
            continue
        buttons = widget.buttons() if isinstance(widget, QMessageBox) else []
        go_on = [button for button in buttons if widget.buttonRole(button) in _GO_ON]
        if go_on:
            go_on[0].click()
        else:
            widget.reject()


def thread_stacks():
    """Every Python thread's stack, for a step that did not finish (what is it waiting on?),
    with the task manager's tasks and the thread pool they run on (a task that never starts
    shows as Queued while the pool is full), and each native thread's stack when gdb is
    installed (a pool thread blocked outside Python has no Python stack)."""
    with tempfile.TemporaryFile("w+") as handle:
        faulthandler.dump_traceback(handle, all_threads=True)
        handle.seek(0)
        text = handle.read()
    return "\n".join([text, task_states(), native_stacks()])


TASK_EVENTS = []
"""The task manager's latest signals (time, event, id, status, description), for a timeout."""


def _task_event(event, task_id, status=None):
    task = QgsApplication.taskManager().task(task_id)
    name = task.description() if task is not None else ""
    TASK_EVENTS.append((round(time.time(), 3), event, task_id, status, name))
    del TASK_EVENTS[:-200]


QgsApplication.taskManager().taskAdded.connect(lambda i: _task_event("added", i))
QgsApplication.taskManager().statusChanged.connect(lambda i, s: _task_event("status", i, s))


def task_states():
    manager = QgsApplication.taskManager()
    pool = QThreadPool.globalInstance()
    lines = [
        f"thread pool: {pool.activeThreadCount()} active of {pool.maxThreadCount()}",
        f"task manager: {manager.count()} tasks, {manager.countActiveTasks()} active",
    ]
    for task in manager.tasks():
        lines.append(f"  task {task.description()!r}: status {int(task.status())}")
    lines.append("task events (time, event, id, status, description):")
    lines.extend(f"  {event}" for event in TASK_EVENTS)
    return "\n".join(lines)


def native_stacks():
    gdb = shutil.which("gdb")
    if not gdb or not os.environ.get("SESSION_NATIVE_STACKS"):
        return ""
    command = [gdb, "-p", str(os.getpid()), "-batch", "-nx", "-ex", "thread apply all bt 25"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=90)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"gdb failed: {exc}"
    return done.stdout[-60000:]


def _exit_stuck():
    record("timeout", name="exit", text="QGIS still runs after Exit QGIS", stacks=thread_stacks())
    QgsApplication.exit(3)


def quit_qgis():
    record("dialogs", when="before quitting", dialogs=visible_dialogs())
    record(
        "layers",
        layers=sorted(
            f"{layer.name()} ({layer.providerType()})"
            for layer in QgsProject.instance().mapLayers().values()
        ),
    )
    QgsSettings().setValue("locale/userLocale", ORIGINAL_LOCALE)
    QgsProject.instance().setDirty(False)  # nothing to save: no question on exit
    watchdog = QTimer(QgsApplication.instance())
    watchdog.timeout.connect(_close_late_dialogs)
    watchdog.start(500)
    globals()["_watchdog"] = watchdog
    record("task-events", events=TASK_EVENTS)  # the latest ones, to see what ran when
    record("quit")
    QTimer.singleShot(EXIT_TIMEOUT_MS, _exit_stuck)
    iface.actionExit().trigger()


ORIGINAL_LOCALE = QgsSettings().value("locale/userLocale", "en_US")

STEPS = [
    ("load the layers", load_layers),
    ("refresh the layers", load_layers),
    ("open the dock", open_dock),
    ("use the dock", use_the_dock),
    ("pick a point", pick_a_point),
    ("use the locator", use_the_locator),
    ("help / about", about),
    ("switch the language to sv", switch_language("sv", "Hitta en kurs")),
    ("switch the language to zh_TW", switch_language("zh_TW", None)),
    ("switch the language back to en", switch_language("en", "Find a course")),
    ("Project -> New", new_project),
    ("load the layers after Project -> New", load_layers),
    ("open the dock again", open_dock),
    ("remove the layers by hand", remove_layers_by_hand),
    ("update from the dock", update_from_the_dock),
    ("reload the plugin", reload_the_plugin),
    ("open the dock after the reload", open_dock),
    ("load the layers after the reload", load_layers),
]


class Runner:
    """Runs the steps one after another from the event loop; waits without blocking it."""

    def __init__(self):
        self.index = 0
        self.waiting = None
        self.deadline = 0.0
        self.timer = QTimer()
        self.timer.setInterval(100)
        self.timer.timeout.connect(self.tick)

    def start(self):
        self.timer.start()

    def tick(self):
        try:
            self._tick()
        except Exception:
            record("python-error", source="session", text=traceback.format_exc())
            self.finish()

    def _tick(self):
        if self.waiting is not None:
            name = STEPS[self.index][0]
            if self.waiting():
                record("step", name=name)
                self.waiting = None
                self.index += 1
            elif time.monotonic() > self.deadline:
                record("timeout", name=name, stacks=thread_stacks())
                self.finish()
            return
        if self.index >= len(STEPS):
            self.finish()
            return
        name, action = STEPS[self.index]
        self.waiting = action() or (lambda: True)
        self.deadline = time.monotonic() + STEP_TIMEOUT_S

    def finish(self):
        self.timer.stop()
        # Let queued deliveries (log messages from tasks) arrive, then quit like a user.
        QTimer.singleShot(500, quit_qgis)


record("started", qgis=Qgis.QGIS_VERSION, platform=QApplication.platformName())
if plugin() is None:
    record("python-error", source="session", text="The certification plugin is not loaded.")
    QTimer.singleShot(0, quit_qgis)
else:
    iface.mainWindow().showMaximized()
    RUNNER = Runner()
    QTimer.singleShot(1000, RUNNER.start)
