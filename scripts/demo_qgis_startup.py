"""Run by QGIS (``--code``) in the demo profile: load the certification layers at once.

The plugin adds its layers (and, in an empty project, a world background) and the *Find a
course* dock opens. For screenshots and the GUI test, the environment can ask for more:

- ``DEMO_SCREENSHOT=path.png``: once the layers are loaded and drawn, the main window is saved
  to that file and QGIS quits (``DEMO_QUIT_AFTER`` seconds after the map was drawn, 4 by
  default).
- ``DEMO_QUIT_AFTER=seconds``: quit that long after the layers are drawn, through QGIS's own
  *Exit QGIS* action, as a user would (the project is marked clean first: nothing to save).
- ``DEMO_WINDOW_SIZE=1400x900``: the main window's size instead of maximised.
- ``DEMO_EXTENT=xmin,ymin,xmax,ymax``: the map extent in degrees (Europe by default).
- ``DEMO_REPORT=path.jsonl``: what happened, one JSON object a line, written as it happens:
  ``python-error`` (an uncaught exception, or a ``Python error`` in QGIS's message log),
  ``plugin-error`` (a critical message of the plugin, e.g. the layers could not be updated),
  ``layers`` (names and feature counts), ``dialogs`` (dialogs visible before quitting, and any
  that opened while quitting, which are then closed so QGIS can finish), ``screenshot``,
  ``quit``. The GUI test (tests/e2e/test_demo_gui.py) fails on any error or dialog.
"""

import json
import os
import sys
import time
import traceback

from qgis.core import Qgis, QgsApplication, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDialog, QDockWidget, QMessageBox
from qgis.utils import iface, plugins

SCREENSHOT = os.environ.get("DEMO_SCREENSHOT", "")
REPORT = os.environ.get("DEMO_REPORT", "")
QUIT_AFTER = os.environ.get("DEMO_QUIT_AFTER", "4" if SCREENSHOT else "")
WINDOW_SIZE = os.environ.get("DEMO_WINDOW_SIZE", "")
EXTENT = os.environ.get("DEMO_EXTENT", "-25,25,45,68")
#: Give up waiting for the layers after this long, and quit anyway (only when quitting).
LOAD_TIMEOUT_S = 120


def record(event: str, **data: object) -> None:
    """Appends one event to DEMO_REPORT at once, so a later crash cannot lose it."""
    if not REPORT:
        return
    line = json.dumps({"event": event, "time": round(time.time(), 3), **data}, default=str)
    with open(REPORT, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def _excepthook(kind, value, tb) -> None:
    """With a report only (tests, screenshots): QGIS's own hook would open a dialog the run
    then waits on; the report carries the traceback instead."""
    record(
        "python-error",
        source="excepthook",
        text="".join(traceback.format_exception(kind, value, tb)),
    )


def _message_logged(message: str, tag: str, level) -> None:
    if tag == "Python error":
        record("python-error", source="message log", tag=tag, text=message)
    elif tag == "QGIS Certification" and level == Qgis.Critical:
        record("plugin-error", source="message log", tag=tag, text=message)


if REPORT:
    sys.excepthook = _excepthook
    QgsApplication.messageLog().messageReceived.connect(_message_logged)


def visible_dialogs() -> list:
    """Every dialog or message box on screen: the test wants none."""
    found = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            text = widget.text() if hasattr(widget, "text") else ""
            found.append(
                {"class": type(widget).__name__, "title": widget.windowTitle(), "text": text}
            )
    return found


def _answer(dialog: QDialog) -> None:
    """Lets the exit go on: "Discard", else "Yes"/"OK", else closes the dialog."""
    if isinstance(dialog, QMessageBox):
        roles = (
            QMessageBox.ButtonRole.DestructiveRole,
            QMessageBox.ButtonRole.YesRole,
            QMessageBox.ButtonRole.AcceptRole,
        )
        for role in roles:
            for button in dialog.buttons():
                if dialog.buttonRole(button) == role:
                    button.click()
                    return
    dialog.reject()


def _close_late_dialogs() -> None:
    """While quitting: a dialog that opened (save project? temporary layers?) is recorded and
    answered so that QGIS still ends; the test fails on the record."""
    dialogs = visible_dialogs()
    if dialogs:
        record("dialogs", when="quitting", dialogs=dialogs)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                _answer(widget)


def _quit() -> None:
    if SCREENSHOT:
        saved = iface.mainWindow().grab().save(SCREENSHOT, "PNG")
        record("screenshot", path=SCREENSHOT, saved=saved)
    record("dialogs", when="before quitting", dialogs=visible_dialogs())
    # The demo's layers are no edit of the user's: QGIS has nothing to ask about on exit.
    QgsProject.instance().setDirty(False)
    watchdog = QTimer(QgsApplication.instance())
    watchdog.timeout.connect(_close_late_dialogs)
    watchdog.start(1000)
    globals()["_watchdog"] = watchdog  # kept alive until QGIS ends
    record("quit")
    iface.actionExit().trigger()


def _zoom() -> None:
    """The demo's extent; then, once the canvas has drawn it, the rest of the run."""
    canvas = iface.mapCanvas()
    canvas.mapCanvasRefreshed.connect(_drawn)
    QTimer.singleShot(20000, _drawn)  # a canvas that never reports still gets its screenshot
    xmin, ymin, xmax, ymax = (float(v) for v in EXTENT.split(","))
    canvas.setExtent(QgsRectangle(xmin, ymin, xmax, ymax))
    canvas.refresh()


def _drawn(*_args) -> None:
    if _done["drawn"]:
        return
    _done["drawn"] = True
    record("layers", layers=_layer_summary(), docks=_visible_docks())
    if QUIT_AFTER:
        QTimer.singleShot(int(float(QUIT_AFTER) * 1000), _quit)


def _layer_summary() -> list:
    summary = []
    for layer in QgsProject.instance().mapLayers().values():
        count = layer.featureCount() if hasattr(layer, "featureCount") else None
        summary.append({"name": layer.name(), "features": count, "valid": layer.isValid()})
    return sorted(summary, key=lambda item: item["name"])


def _visible_docks() -> list:
    window = iface.mainWindow()
    return sorted(d.windowTitle() for d in window.findChildren(QDockWidget) if d.isVisible())


_done = {"loaded": False, "drawn": False}


def _loaded(*_args) -> None:
    if _done["loaded"]:
        return
    _done["loaded"] = True
    # After the layer tree settled: adding the first layers sets the canvas extent too.
    QTimer.singleShot(500, _zoom)


def _load_timed_out() -> None:
    if not _done["loaded"]:
        record("python-error", source="demo", text="The layers did not load in time.")
        _loaded()


def _show_window() -> None:
    window = iface.mainWindow()
    if WINDOW_SIZE:
        width, height = (int(v) for v in WINDOW_SIZE.lower().split("x"))
        window.showNormal()
        window.setGeometry(0, 0, width, height)
    else:
        window.showMaximized()


plugin = plugins.get("certification_plugin")
record("started", qgis=Qgis.QGIS_VERSION, platform=QApplication.platformName())
if plugin is None:
    record("python-error", source="demo", text="The certification plugin is not loaded.")
    iface.messageBar().pushWarning("QGIS Certification", "The plugin is not loaded.")
    if QUIT_AFTER:
        QTimer.singleShot(int(float(QUIT_AFTER) * 1000), _quit)
else:
    _show_window()
    task = plugin.load_layers()
    if plugin.find_course_action is not None and plugin.find_course_action.isEnabled():
        plugin.find_course_action.setChecked(True)
    if task is not None:
        task.taskCompleted.connect(_loaded)
        task.taskTerminated.connect(_loaded)
        if QUIT_AFTER:
            QTimer.singleShot(LOAD_TIMEOUT_S * 1000, _load_timed_out)
    else:
        _loaded()
