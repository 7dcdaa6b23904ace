"""WorkflowDock: status line, busy state, problems at the fields, the gates, close flushes."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Iterator

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QSettings, Qt

from certification_plugin.core.errors import ConflictError, NetworkError, ValidationFailed
from certification_plugin.core.models import ServerInfo
from certification_plugin.gui.base import FormBinder, WorkflowDock
from certification_plugin.qgis_io.drafts import DraftAutosaver, DraftStore
from certification_plugin.qgis_io.settings import PluginSettings
from certification_plugin.qgis_io.tasks import TaskRunner
from tests.plugin.test_form_binder import HOSTILE, SAMPLE

API = ServerInfo("http://127.0.0.1:9", True, "1", capabilities=("applications", "reviews"))
LIVE_SITE = ServerInfo("https://certification.qgis.org", False)
WEBSITE = "https://certification.qgis.org/certification/organisation/create/"


@pytest.fixture
def plugin(tmp_path: Path) -> Iterator[SimpleNamespace]:
    settings = PluginSettings(
        QgsSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    runner = TaskRunner()
    yield SimpleNamespace(tasks=runner, settings=settings)
    runner.cancel_all()


@pytest.fixture
def dock(qtbot, plugin: SimpleNamespace) -> WorkflowDock:
    dock = WorkflowDock(plugin, "Application", "CertificationTestWorkflowDock")
    dock.set_form(FormBinder(SAMPLE, dock))
    dock.submit = dock.add_action_button("Submit")
    dock.save = dock.add_action_button("Save")
    qtbot.addWidget(dock)
    return dock


def test_the_dock_shows_the_form_and_its_buttons(dock: WorkflowDock) -> None:
    assert dock.objectName() == "CertificationTestWorkflowDock"
    assert dock.scroll.widget() is dock.binder.widget
    assert dock.action_buttons == [dock.submit, dock.save]
    assert dock.status_label.textFormat() == Qt.TextFormat.PlainText
    assert not dock.busy


def test_busy_state_follows_the_task_slot(qtbot, dock: WorkflowDock) -> None:
    release = threading.Event()
    results = []
    with qtbot.waitSignal(dock.slot.busyChanged, timeout=2000) as started:
        dock.slot.run("wait", lambda context: release.wait(10), results.append)
    assert started.args == [True]
    assert dock.busy
    assert not dock.submit.isEnabled() and not dock.save.isEnabled()
    late = dock.add_action_button("Later")
    assert not late.isEnabled()
    with qtbot.waitSignal(dock.slot.busyChanged, timeout=10000) as ended:
        release.set()
    assert ended.args == [False]
    qtbot.waitUntil(lambda: results == [True], timeout=2000)
    assert not dock.busy
    assert dock.submit.isEnabled() and dock.save.isEnabled() and late.isEnabled()


def test_validation_failed_goes_to_the_fields(dock: WorkflowDock) -> None:
    dock.binder.set_values({"contributions": [{"title": "a"}, {"title": "b"}]})
    error = ValidationFailed(
        "400 from http://127.0.0.1:9/api/v1/applications/",
        errors={
            "email": ["Enter a valid email address."],
            "contributions.1.url": [HOSTILE],
            "legal_form": ["This field is required."],
        },
        general=["Applications are closed this week."],
    )
    dock.show_problem(error)
    assert dock.binder.field_errors("email") == "Enter a valid email address."
    assert dock.binder.editor("contributions").cell_errors(1, "url") == [HOSTILE]
    assert dock.binder.field_errors("contributions") == f"Row 2, Web address: {HOSTILE}"
    assert dock.status().split("\n") == [
        "The server did not accept the data; check the fields it named.",
        "Applications are closed this week.",
        "legal_form: This field is required.",
    ]
    dock.show_problem(NetworkError("connection refused", "http://127.0.0.1:9/api/v1/"))
    assert dock.binder.field_errors("email") == ""  # a new problem replaces the old one
    assert dock.status().startswith("The server could not be reached.\n")
    assert "connection refused" in dock.status()


def test_hostile_status_text_stays_text(dock: WorkflowDock) -> None:
    dock.show_problem(ConflictError(HOSTILE, state="submitted", allowed_actions=["withdraw"]))
    assert dock.status() == "This action is not possible in the current state.\n" + HOSTILE
    assert dock.status_label.textFormat() == Qt.TextFormat.PlainText
    dock.clear_problem()
    assert dock.status() == ""


def test_capability_gate(qtbot, dock: WorkflowDock, browser) -> None:
    dock.requires("applications", "applications", WEBSITE)
    assert dock.apply_server_info(API) is True
    assert not dock.gated
    assert dock.apply_server_info(LIVE_SITE) is False
    assert dock.gated
    assert (
        dock.gate_label.text()
        == "This server does not offer applications: it is done on the website."
    )
    assert dock.gate_label.textFormat() == Qt.TextFormat.PlainText
    qtbot.mouseClick(dock.website_button, Qt.MouseButton.LeftButton)
    assert browser.urls == [WEBSITE]
    dock.requires("payments", "payments", "javascript:alert(1)")
    assert dock.apply_server_info(API) is False  # an API without the capability
    assert not dock.website_button.isEnabled()
    assert dock.apply_server_info(None) is False  # not detected yet


def test_signed_in_hook(dock: WorkflowDock, plugin: SimpleNamespace) -> None:
    assert dock.signed_in() is False
    plugin.settings.authcfg = "abc1234"
    assert dock.signed_in() is True


def test_closing_flushes_the_draft(qtbot, tmp_path: Path, dock: WorkflowDock) -> None:
    store = DraftStore(str(tmp_path / "drafts"))
    dock.binder.attach_autosaver(DraftAutosaver(store, "sample", "closing", delay_ms=60000))
    dock.show()
    qtbot.keyClicks(dock.binder.editor("name"), "Typed before closing")
    assert store.load("sample", "closing") is None
    dock.close()
    draft = store.load("sample", "closing")
    assert draft is not None and draft.data["values"]["name"] == "Typed before closing"


def test_a_subclass_shows_the_base_strings_translated(qtbot, plugin: SimpleNamespace) -> None:
    """The base's buttons are looked up in the WorkflowDock context whatever the subclass."""
    from certification_plugin.qgis_io.translation import install_translator, remove_translator

    class SomeWorkflowDock(WorkflowDock):
        pass

    translator = install_translator("sv")
    assert translator is not None
    try:
        dock = SomeWorkflowDock(plugin, "Ansökan", "CertificationTestSubclassDock")
        qtbot.addWidget(dock)
        assert dock.sign_out_button.text() == "Logga ut"
        assert dock.website_button.text() == "Öppna webbplatsen"
    finally:
        remove_translator(translator)
