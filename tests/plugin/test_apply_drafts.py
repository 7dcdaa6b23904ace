"""Apply dock drafts: autosave within two seconds, restore, and the choice when the local and
the server's drafts both changed."""

from __future__ import annotations

import json
import time
import urllib.request

import pytest
from qgis.PyQt.QtCore import Qt

from certification_plugin.gui.applications.apply_dock import SECTIONS_PAGE, SELF_CHECK_PAGE
from tests.fixtures.reference_server import ReferenceServer
from tests.plugin.apply_helpers import (
    add_course,
    make_plugin,
    material_files,
    new_dock,
    pass_self_check,
    saved_draft,
    type_into,
)

TIMEOUT = 60000


def _api(server: ReferenceServer, token: str, path: str, body: object = None) -> dict:
    request = urllib.request.Request(
        server.base_url + "api/v1/" + path,
        data=None if body is None else json.dumps(body).encode(),
        method="GET" if body is None else "PATCH",
        headers={
            "Accept": "application/json",
            "Content-Type": "application/json",
            "Authorization": f"Token {token}",
        },
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read())


def test_every_edit_is_saved_locally_within_two_seconds(
    qtbot, tmp_path, reference_server, applicant
) -> None:
    drafts = tmp_path / "drafts"
    plugin = make_plugin(tmp_path, reference_server.base_url, applicant.authcfg)
    dock = new_dock(qtbot, plugin, drafts)
    dock.show()
    pass_self_check(qtbot, dock)
    for text in ("Saved Quickly", "Saved Quickly Again"):
        started = time.monotonic()
        type_into(dock.binder.editor("name"), text)
        qtbot.waitUntil(
            lambda text=text: (saved_draft(drafts, dock) or {}).get("values", {}).get("name")
            == text,
            timeout=5000,
        )
        assert time.monotonic() - started < 2.0


def test_a_restarted_dock_restores_everything_typed_and_attached(
    qtbot, tmp_path, reference_server, applicant
) -> None:
    drafts = tmp_path / "drafts"
    files = material_files(tmp_path / "material")
    plugin = make_plugin(tmp_path, reference_server.base_url, applicant.authcfg)
    first = new_dock(qtbot, plugin, drafts, autosave_ms=300)
    first.show()
    pass_self_check(qtbot, first)
    type_into(first.binder.editor("name"), "Restored Academy")
    type_into(first.binder.editor("message"), "Half a message")
    add_course(first, {"lectures": [files["slides"]], "data": [files["places"]]})
    qtbot.waitUntil(
        lambda: (saved_draft(drafts, first) or {}).get("courses", [{}])[0].get("files", {})
        == {"lectures": [files["slides"]], "data": [files["places"]]},
        timeout=5000,
    )
    first.slot.cancel()
    first.sync_slot.cancel()
    first.hide()  # QGIS killed: no close, no flush

    second = new_dock(
        qtbot, make_plugin(tmp_path, reference_server.base_url, applicant.authcfg), drafts
    )
    assert second.restore_local()
    assert second.page == SECTIONS_PAGE
    assert second.binder.values()["name"] == "Restored Academy"
    assert second.binder.values()["message"] == "Half a message"
    course = second.courses.courses()[0]
    assert course.values["title"] == "QGIS for planners"
    assert course.files == {"lectures": [files["slides"]], "data": [files["places"]]}
    assert second.courses.editor.files("data").filePath() == files["places"]


@pytest.mark.parametrize("keep", ["server", "local"])
def test_when_both_drafts_changed_the_user_chooses(
    qtbot, tmp_path, reference_server, applicant, keep
) -> None:
    drafts = tmp_path / "drafts"
    plugin = make_plugin(tmp_path, reference_server.base_url, applicant.authcfg)
    first = new_dock(qtbot, plugin, drafts, autosave_ms=100, sync_delay_ms=200)
    first.show()
    pass_self_check(qtbot, first)
    type_into(first.binder.editor("name"), f"Two Sides {keep} {applicant.username}")
    qtbot.waitUntil(lambda: first.draft.server_id is not None, timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: not first.sync_slot.busy and not first.draft.locally_changed, timeout=TIMEOUT
    )
    server_id = first.draft.server_id
    # Edited on another computer...
    _api(
        reference_server, applicant.token, f"applications/{server_id}/", {"message": "From the web"}
    )
    # ...and here, while this QGIS was offline (the server's copy is not updated).
    first.push_now_cancel()
    first.server = None
    type_into(first.binder.editor("message"), "Typed locally")
    first.autosaver.flush()
    first.hide()

    second = new_dock(
        qtbot, make_plugin(tmp_path, reference_server.base_url, applicant.authcfg), drafts
    )
    second.show()
    qtbot.waitUntil(
        lambda: second.conflict_box is not None and second.conflict_box.isVisible(),
        timeout=TIMEOUT,
    )
    button = second.conflict_box.findChild(
        object, "keepServer" if keep == "server" else "keepLocal"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if keep == "server":
        assert second.binder.values()["message"] == "From the web"
        saved = saved_draft(drafts, second)
        assert saved["values"]["message"] == "From the web"
    else:
        assert second.binder.values()["message"] == "Typed locally"
        qtbot.waitUntil(
            lambda: _api(reference_server, applicant.token, f"applications/{server_id}/")["message"]
            == "Typed locally",
            timeout=TIMEOUT,
        )


def test_a_draft_whose_self_check_is_outdated_asks_it_again(
    qtbot, tmp_path, reference_server, applicant
) -> None:
    drafts = tmp_path / "drafts"
    plugin = make_plugin(tmp_path, reference_server.base_url, applicant.authcfg)
    first = new_dock(qtbot, plugin, drafts)
    first.draft.self_check_done = True
    first.draft.answers = {"a_question_of_an_older_version": True}
    first.binder.editor("name").setText("Old Self-check")
    first._save_now()
    dock = new_dock(
        qtbot, make_plugin(tmp_path, reference_server.base_url, applicant.authcfg), drafts
    )
    dock.show()
    assert dock.page == SECTIONS_PAGE  # the local draft at once
    qtbot.waitUntil(lambda: dock.form is not None, timeout=TIMEOUT)
    assert dock.page == SELF_CHECK_PAGE
    assert dock.binder.values()["name"] == "Old Self-check"


def test_a_stale_save_while_editing_asks_which_to_keep(
    qtbot, tmp_path, reference_server, applicant
) -> None:
    drafts = tmp_path / "drafts"
    plugin = make_plugin(tmp_path, reference_server.base_url, applicant.authcfg)
    dock = new_dock(qtbot, plugin, drafts, autosave_ms=100, sync_delay_ms=200)
    dock.show()
    pass_self_check(qtbot, dock)
    type_into(dock.binder.editor("name"), f"Stale {applicant.username}")
    qtbot.waitUntil(lambda: dock.draft.server_id is not None, timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: not dock.sync_slot.busy and not dock.draft.locally_changed, timeout=TIMEOUT
    )
    server_id = dock.draft.server_id
    _api(reference_server, applicant.token, f"applications/{server_id}/", {"message": "Web edit"})
    type_into(dock.binder.editor("message"), "Local edit")  # saved with the old revision: 412
    qtbot.waitUntil(
        lambda: dock.conflict_box is not None and dock.conflict_box.isVisible(), timeout=TIMEOUT
    )
    qtbot.mouseClick(dock.conflict_box.findChild(object, "keepLocal"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: _api(reference_server, applicant.token, f"applications/{server_id}/")["message"]
        == "Local edit",
        timeout=TIMEOUT,
    )
    assert dock.binder.values()["message"] == "Local edit"
