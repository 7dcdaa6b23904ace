"""The Apply for certification dock, filled as a user would, against the reference server."""

from __future__ import annotations

import json
import urllib.request

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import QMessageBox

from certification_plugin.core import application_spec
from certification_plugin.gui.applications import texts
from certification_plugin.gui.applications.apply_dock import (
    MESSAGE_PAGE,
    SECTIONS_PAGE,
    SELF_CHECK_PAGE,
    STATUS_PAGE,
)
from tests.fixtures.applicants import advance
from tests.fixtures.device_signin import WebPerson
from tests.fixtures.livesite import LiveSite
from tests.fixtures.reference_server import ReferenceServer
from tests.plugin.apply_helpers import (
    FailingApi,
    add_contribution,
    add_course,
    fill_organisation,
    make_plugin,
    material_files,
    new_dock,
    pass_self_check,
    saved_draft,
)
from tests.plugin.auth_helpers import ensure_master_password

TIMEOUT = 60000


def _api_get(server: ReferenceServer, token: str, path: str) -> object:
    request = urllib.request.Request(
        server.base_url + "api/v1/" + path,
        headers={"Accept": "application/json", "Authorization": f"Token {token}"},
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read())


def test_the_texts_cover_the_spec_messages() -> None:
    assert set(texts.spec_messages()) == set(application_spec.MESSAGES)


def test_the_self_check_explains_and_gates(qtbot, tmp_path, reference_server, applicant) -> None:
    plugin = make_plugin(tmp_path, reference_server.base_url, applicant.authcfg)
    dock = new_dock(qtbot, plugin, tmp_path / "drafts")
    dock.show()
    qtbot.waitUntil(lambda: dock.page == SELF_CHECK_PAGE and dock.form is not None, timeout=TIMEOUT)
    page = dock.self_check
    questions = dock.form.questions
    assert len(questions) >= 3
    assert not page.continue_button.isEnabled()
    for question in questions[:-1]:
        page.answer(question.key, True)
    page.answer(questions[-1].key, False)
    assert not page.continue_button.isEnabled()
    assert questions[-1].text in page.explanation.text()
    assert questions[0].text not in page.explanation.text()
    page.answer(questions[-1].key, True)
    assert page.continue_button.isEnabled() and page.explanation.text() == ""
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    assert dock.page == SECTIONS_PAGE
    assert dock.submit_button.isVisible() and dock.check_button.isVisible()


def test_fill_everything_and_submit(qtbot, tmp_path, reference_server, applicant) -> None:
    files = material_files(tmp_path / "material")
    plugin = make_plugin(tmp_path, reference_server.base_url, applicant.authcfg)
    dock = new_dock(qtbot, plugin, tmp_path / "drafts")
    dock.show()
    pass_self_check(qtbot, dock)
    assert dock.page == SECTIONS_PAGE
    name = f"Cluj Geo School {applicant.username}"
    fill_organisation(dock, name)
    dock.logo.setFilePath(files["logo"])
    add_contribution(dock)
    add_course(dock, {"lectures": [files["slides"]], "data": [files["places"]]})
    type_into_message = dock.binder.editor("message")
    type_into_message.setPlainText("We teach QGIS in Romanian.")
    qtbot.mouseClick(dock.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.confirm_box is not None and dock.confirm_box.isVisible())
    assert dock.form.next_steps in dock.confirm_box.informativeText()
    dock.confirm_box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dock.page == STATUS_PAGE, timeout=TIMEOUT)
    assert "Submitted" in dock.status_page.state_label.text(), dock.status()
    history = dock.status_page.history
    assert history.rowCount() >= 1
    assert any("Submitted" in history.item(r, 1).text() for r in range(history.rowCount()))
    # The data file was opened with QGIS and its result travelled with it.
    assert dock.draft.checks[files["places"]]["ok"] is True
    app = _api_get(reference_server, applicant.token, f"applications/{dock.application.id}/")
    assert app["state"] == "submitted" and app["details"]["name"] == name
    materials = {m["filename"]: m for m in app["materials"]}
    assert set(materials) == {"slides.pdf", "places.geojson", "logo.png"}
    assert materials["logo.png"]["part"] == "logo" and app["logo_url"]
    assert materials["places.geojson"]["checks"]["ok"] is True
    assert materials["places.geojson"]["part"] == "data"
    contribution = app["contributions"][0]
    assert contribution["links"] == ["https://example.org/a", "https://example.org/b"]
    # What changes requested looks like, and the way back into the form.
    state = advance(
        reference_server, dock.application.id, "start_screening", "request_changes",
        remarks="Please add exercises.",
    )  # fmt: skip
    assert state == "changes_requested"
    qtbot.mouseClick(dock.status_page.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.application.state == "changes_requested", timeout=TIMEOUT)
    assert dock.page == STATUS_PAGE
    assert "Changes requested" in dock.status_page.state_label.text()
    assert dock.status_page.edit_button.isVisible()
    assert "Please add exercises." in dock.status_page.remarks.toPlainText()
    history = dock.status_page.history
    assert any(
        "Please add exercises." in history.item(r, 1).text() for r in range(history.rowCount())
    )
    qtbot.mouseClick(dock.status_page.edit_button, Qt.MouseButton.LeftButton)
    assert dock.page == SECTIONS_PAGE
    assert dock.submit_button.text().startswith("Resubmit")


def test_local_problems_show_at_the_fields_without_a_request(
    qtbot, tmp_path, reference_server, applicant
) -> None:
    plugin = make_plugin(tmp_path, reference_server.base_url, applicant.authcfg)
    dock = new_dock(qtbot, plugin, tmp_path / "drafts")
    dock.show()
    pass_self_check(qtbot, dock)
    dock.binder.editor("email").setText("not-an-address")
    qtbot.mouseClick(dock.submit_button, Qt.MouseButton.LeftButton)
    assert dock.confirm_box is None
    assert dock.binder.field_errors("name") and dock.binder.has_error_mark("name")
    assert dock.binder.field_errors("email")
    assert dock.binder.field_errors("contributions")
    assert dock.courses.list_error.text()


def test_a_400_from_the_server_shows_at_the_field(
    qtbot, tmp_path, reference_server, applicant
) -> None:
    certified = _api_get(reference_server, applicant.token, "organisations/?page_size=1")
    taken = certified["results"][0]["name"]
    files = material_files(tmp_path / "material")
    plugin = make_plugin(tmp_path, reference_server.base_url, applicant.authcfg)
    dock = new_dock(qtbot, plugin, tmp_path / "drafts")
    dock.show()
    pass_self_check(qtbot, dock)
    fill_organisation(dock, taken.upper())  # case does not make it another organisation
    add_contribution(dock)
    add_course(dock, {"lectures": [files["slides"]]})
    qtbot.mouseClick(dock.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.confirm_box is not None and dock.confirm_box.isVisible())
    dock.confirm_box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(dock.binder.field_errors("name")), timeout=TIMEOUT)
    assert dock.binder.has_error_mark("name")
    assert dock.page == SECTIONS_PAGE
    saved = saved_draft(tmp_path / "drafts", dock)
    assert saved is not None and saved["values"]["name"] == taken.upper()


def test_a_5xx_keeps_the_draft(qtbot, tmp_path, reference_server, applicant) -> None:
    failing = FailingApi(reference_server, 503)
    try:
        plugin = make_plugin(tmp_path, failing.base_url, applicant.authcfg)
        dock = new_dock(qtbot, plugin, tmp_path / "drafts", autosave_ms=200, sync_delay_ms=300)
        dock.show()
        pass_self_check(qtbot, dock)
        fill_organisation(dock, "Kept Through Errors")
        qtbot.waitUntil(
            lambda: any(r.startswith("POST /api/v1/applications/") for r in failing.requests),
            timeout=TIMEOUT,
        )
        qtbot.waitUntil(lambda: "not updated" in dock.status(), timeout=TIMEOUT)
        saved = saved_draft(tmp_path / "drafts", dock)
        assert saved is not None and saved["values"]["name"] == "Kept Through Errors"
        assert dock.binder.values()["name"] == "Kept Through Errors"
        # Submitting fails the same way: said in the dock, nothing lost.
        files = material_files(tmp_path / "material")
        add_contribution(dock)
        add_course(dock, {"lectures": [files["slides"]]})
        qtbot.mouseClick(dock.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dock.confirm_box is not None and dock.confirm_box.isVisible())
        dock.confirm_box.button(QMessageBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: "not submitted" in dock.status(), timeout=TIMEOUT)
        assert "503" in dock.status() or "server" in dock.status().lower()
        assert dock.page == SECTIONS_PAGE
        saved = saved_draft(tmp_path / "drafts", dock)
        assert saved["courses"][0]["files"] == {"lectures": [files["slides"]]}
        assert saved["values"]["contributions"][0]["kind"] == "translation"
    finally:
        failing.stop()


def test_the_live_site_gate_offers_the_website_and_the_answers(
    qtbot, tmp_path, livesite: LiveSite, browser
) -> None:
    plugin = make_plugin(tmp_path, livesite.base_url)
    drafts = tmp_path / "drafts"
    first = new_dock(qtbot, plugin, drafts, autosave_ms=100)
    first.restore_local()
    first.show_page(SECTIONS_PAGE)
    first.binder.editor("name").setText("Typed Before")
    first.draft.self_check_done = True
    first._save_now()
    dock = new_dock(qtbot, plugin, drafts)
    dock.show()
    qtbot.waitUntil(lambda: dock.gated, timeout=TIMEOUT)
    assert "applications" in dock.gate_label.text()
    assert "Typed Before" in dock.paste_text.toPlainText()
    assert dock.paste_text.isReadOnly()
    qtbot.mouseClick(dock.copy_button, Qt.MouseButton.LeftButton)
    assert "Typed Before" in QGuiApplication.clipboard().text()
    qtbot.mouseClick(dock.website_button, Qt.MouseButton.LeftButton)
    assert browser.urls and browser.urls[-1].endswith("/en/create-certifyingorganisation/")


def test_without_sign_in_the_dock_asks_for_it(qtbot, tmp_path, reference_server, browser) -> None:
    ensure_master_password()
    plugin = make_plugin(tmp_path, reference_server.base_url)
    dock = new_dock(qtbot, plugin, tmp_path / "drafts")
    dock.show()
    qtbot.waitUntil(lambda: dock.sign_in_button.isVisible(), timeout=TIMEOUT)
    assert dock.page == MESSAGE_PAGE and "Sign in" in dock.message_label.text()
    qtbot.mouseClick(dock.sign_in_button, Qt.MouseButton.LeftButton)
    dialog = dock.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.objectName() == "CertificationSignInDialog"
    # The browser sign-in starts at once: approving its code signs the dock in.
    qtbot.waitUntil(lambda: bool(dialog.user_code), timeout=TIMEOUT)
    WebPerson(reference_server).approve(dialog.user_code)
    qtbot.waitUntil(lambda: dock.signed_in(), timeout=TIMEOUT)
    try:
        qtbot.waitUntil(lambda: dock.page == SELF_CHECK_PAGE, timeout=TIMEOUT)
        assert not dock.sign_in_button.isVisible()
    finally:
        QgsApplication.authManager().removeAuthenticationConfig(plugin.settings.authcfg)


def test_contribution_cells_edit_links_as_lines_and_dates_with_a_calendar(qtbot, tmp_path) -> None:
    from qgis.gui import QgsDateEdit
    from qgis.PyQt.QtCore import QDate
    from qgis.PyQt.QtWidgets import QPlainTextEdit, QStyleOptionViewItem

    plugin = make_plugin(tmp_path, "http://127.0.0.1:9/")
    dock = new_dock(qtbot, plugin, tmp_path / "drafts")
    table = dock.binder.editor("contributions")
    row = table.add_row()
    view = table.table
    for name, kind in (("links", QPlainTextEdit), ("start_date", QgsDateEdit)):
        index = view.model().index(row, table.column(name))
        delegate = view.itemDelegateForColumn(table.column(name))
        editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
        assert isinstance(editor, kind)
        if kind is QPlainTextEdit:
            editor.setPlainText("https://example.org/a\nhttps://example.org/b")
        else:
            editor.setDate(QDate(2024, 2, 29))
        delegate.setModelData(editor, view.model(), index)
        editor.deleteLater()
    values = table.rows()[row]
    assert values["links"] == "https://example.org/a\nhttps://example.org/b"
    assert values["start_date"] == "2024-02-29"
    # An emptied date is no date.
    index = view.model().index(row, table.column("start_date"))
    delegate = view.itemDelegateForColumn(table.column("start_date"))
    editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    assert editor.date() == QDate(2024, 2, 29)
    editor.clear()
    delegate.setModelData(editor, view.model(), index)
    assert table.rows()[row]["start_date"] == ""


def test_after_a_withdrawal_a_new_application_starts_from_the_answers(
    qtbot, tmp_path, reference_server, applicant
) -> None:
    from certification_plugin.core.application_draft import ApplicationDraft
    from certification_plugin.qgis_io.drafts import DraftStore
    from tests.core.test_application_client import _client

    apps = _client(reference_server, applicant.token)
    closed = apps.create({"name": f"Withdrawn {applicant.username}"})
    apps.withdraw(closed.id, "Not now")
    plugin = make_plugin(tmp_path, reference_server.base_url, applicant.authcfg)
    dock = new_dock(qtbot, plugin, tmp_path / "drafts", autosave_ms=100, sync_delay_ms=200)
    draft = ApplicationDraft(values={"name": f"Withdrawn {applicant.username}"})
    draft.server_id, draft.server_revision, draft.self_check_done = closed.id, 1, True
    DraftStore(str(tmp_path / "drafts")).save("application", dock.key, draft.to_json())
    dock.show()
    qtbot.waitUntil(lambda: dock.page == STATUS_PAGE, timeout=TIMEOUT)
    assert "Withdrawn" in dock.status_page.state_label.text()
    assert dock.status_page.new_button.isVisible()
    assert not dock.status_page.withdraw_button.isVisible()
    qtbot.mouseClick(dock.status_page.new_button, Qt.MouseButton.LeftButton)
    assert dock.page == SELF_CHECK_PAGE and dock.draft.server_id is None
    pass_self_check(qtbot, dock)
    assert dock.binder.values()["name"] == f"Withdrawn {applicant.username}"
    dock.binder.editor("message").setPlainText("Second try")
    # The server makes the new draft from the closed one: same organisation, same name.
    qtbot.waitUntil(lambda: dock.draft.server_id is not None, timeout=TIMEOUT)
    assert dock.draft.server_id != closed.id
    assert not dock.binder.field_errors("name")
    again = apps.get(dock.draft.server_id)
    assert again.state == "draft"
    assert again.data["organisation"]["id"] == closed.data["organisation"]["id"]
    qtbot.waitUntil(
        lambda: apps.get(dock.draft.server_id).data["message"] == "Second try", timeout=TIMEOUT
    )


def test_cancelling_the_upload_keeps_the_draft_and_submits_nothing(
    qtbot, tmp_path, reference_server, applicant
) -> None:
    from tests.core.test_application_client import _client

    big = tmp_path / "material" / "recording.pdf"
    big.parent.mkdir(parents=True)
    with open(big, "wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(95 * 1024 * 1024)
    plugin = make_plugin(tmp_path, reference_server.base_url, applicant.authcfg)
    dock = new_dock(qtbot, plugin, tmp_path / "drafts")
    dock.show()
    pass_self_check(qtbot, dock)
    fill_organisation(dock, f"Cancelled {applicant.username}")
    add_contribution(dock)
    add_course(dock, {"lectures": [str(big)]})
    qtbot.mouseClick(dock.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.confirm_box is not None and dock.confirm_box.isVisible())
    dock.confirm_box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(
        lambda: dock.slot.task is not None and 10 < dock.slot.task.progress() < 90,
        timeout=TIMEOUT,
    )
    dock.slot.task.cancel()  # what the task manager's cancel button does
    qtbot.waitUntil(lambda: "cancelled" in dock.status(), timeout=TIMEOUT)
    assert dock.page == SECTIONS_PAGE
    assert dock.draft.uploads == {}
    application = _client(reference_server, applicant.token).get(dock.draft.server_id)
    assert application.state == "draft" and application.materials == []
    saved = saved_draft(tmp_path / "drafts", dock)
    assert saved["courses"][0]["files"] == {"lectures": [str(big)]}
