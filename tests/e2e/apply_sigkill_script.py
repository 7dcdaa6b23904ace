"""Run by a real QGIS (``qgis --code``) for tests/e2e/test_apply_draft_sigkill.py.

``APPLY_PHASE=type``: sign in (a Basic authcfg made from ``APPLY_USER``/``APPLY_TOKEN``), open
the "Apply for certification" dock, pass the self-check, type the organisation's name, add a
course with a file, wait until the draft file on disk holds them, report ``saved`` and keep
QGIS running: the test then kills it with SIGKILL. ``APPLY_PHASE=restore``: open the dock
and report what it shows (``restored``). Steps run from timers, so QGIS's event loop (and the
autosave timer) keeps running. Not a pytest module: only QGIS runs it.
"""

import json
import os
import time
import traceback

from qgis.core import QgsApplication, QgsAuthMethodConfig
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QDockWidget
from qgis.utils import iface, plugins

REPORT = os.environ["APPLY_REPORT"]
PHASE = os.environ["APPLY_PHASE"]
NAME = os.environ["APPLY_NAME"]
ATTACHMENT = os.environ["APPLY_FILE"]
MESSAGE = "Mesaj în română, 中文訊息"
MASTER = "apply-e2e-master-password"
STEP_TIMEOUT_S = float(os.environ.get("APPLY_STEP_TIMEOUT", "60"))


def record(event, **data):
    line = json.dumps({"event": event, "time": round(time.time(), 3), **data}, default=str)
    with open(REPORT, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def dock():
    return iface.mainWindow().findChild(QDockWidget, "CertificationApplyDock")


def sign_in():
    manager = QgsApplication.authManager()
    manager.setMasterPassword(MASTER, True)
    plugin = plugins["certification_plugin"]
    if PHASE == "type":
        config = QgsAuthMethodConfig("Basic")
        config.setName("apply e2e")
        config.setConfig("username", os.environ["APPLY_USER"])
        config.setConfig("password", os.environ["APPLY_TOKEN"])
        _stored, config = manager.storeAuthenticationConfig(config)
        plugin.settings.authcfg = config.id()
    return lambda: True


def open_dock():
    plugins["certification_plugin"].apply_action.trigger()
    return lambda: dock() is not None and dock().isVisible()


def self_check():
    current = dock()
    if current.form is None:
        return None
    if current.page == 2:  # sections already (restored)
        return lambda: True
    for question in current.form.questions:
        current.self_check.answer(question.key, True)
    current.self_check.continue_button.click()
    return lambda: current.page == 2


def type_and_attach():
    current = dock()
    editor = current.binder.editor("name")
    editor.setFocus()
    QTest.keyClicks(editor, NAME)  # ASCII: QTest asserts on other keys
    current.binder.editor("message").insertPlainText(MESSAGE)  # typed text beyond ASCII
    current.courses.add_course()
    QTest.keyClicks(current.courses.editor.title, "Course typed before the kill")
    current.courses.editor.files("lectures").setFilePath(ATTACHMENT)
    started = time.monotonic()
    path = current.store.path("application", current.key)

    def saved():
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)["data"]
        except (OSError, ValueError, KeyError):
            return False
        courses = data.get("courses") or [{}]
        ok = (
            data.get("values", {}).get("name") == NAME
            and data.get("values", {}).get("message") == MESSAGE
            and courses[0].get("files", {}).get("lectures") == [ATTACHMENT]
            and courses[0].get("values", {}).get("title") == "Course typed before the kill"
        )
        if ok:
            record("saved", path=path, seconds=round(time.monotonic() - started, 3))
        return ok

    return saved


def report_restored():
    current = dock()
    values = current.binder.values()
    courses = current.courses.courses()
    record(
        "restored",
        name=values.get("name"),
        message=values.get("message"),
        page=current.page,
        courses=[{"title": c.values.get("title"), "files": c.files} for c in courses],
        file_widget=current.courses.editor.files("lectures").filePath(),
    )
    return lambda: True


STEPS = {
    "type": [sign_in, open_dock, self_check, type_and_attach],
    "restore": [sign_in, open_dock, report_restored],
}[PHASE]


class Runner:
    def __init__(self):
        self.index = 0
        self.waiting = None
        self.deadline = 0.0
        self.busy = False
        self.reported_modal = False
        self.timer = QTimer()
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.tick)

    def tick(self):
        if self.busy:  # a step runs a local event loop (a dialog): do not re-enter
            modal = QApplication.activeModalWidget()
            if modal is not None and not self.reported_modal:
                self.reported_modal = True
                record("modal", title=modal.windowTitle(), kind=type(modal).__name__)
            return
        self.busy = True
        try:
            self._tick()
        finally:
            self.busy = False

    def _tick(self):
        try:
            if self.waiting is not None:
                if self.waiting():
                    record("step-done", name=STEPS[self.index].__name__)
                    self.waiting = None
                    self.index += 1
                elif time.monotonic() > self.deadline:
                    current = dock()
                    record(
                        "timeout",
                        step=STEPS[self.index].__name__,
                        status=current.status() if current is not None else "",
                        page=current.page if current is not None else None,
                    )
                    iface.mainWindow().grab().save(REPORT + ".png")
                    self.timer.stop()
                return
            if self.index >= len(STEPS):
                record("done", phase=PHASE)
                self.timer.stop()  # QGIS stays open until the test kills it
                return
            record("step", name=STEPS[self.index].__name__)
            outcome = STEPS[self.index]()
            if outcome is None:  # not ready yet: try the step again
                return
            self.waiting = outcome if callable(outcome) else (lambda: True)
            self.deadline = time.monotonic() + STEP_TIMEOUT_S
        except Exception:
            record("python-error", text=traceback.format_exc())
            self.timer.stop()


RUNNER = Runner()
QTimer.singleShot(3000, RUNNER.timer.start)
record("started", phase=PHASE)
