"""Signing in from QGIS with the browser, and signing out, against the real server.

Real QGIS, the reference server on loopback: the dialog asks for a code and "opens" the
approval page (the test's recording browser), a person signed in on the web approves it over
HTTP, the dialog receives the token, keeps it in QGIS's authentication database (the suite's
test master password) and selects it; a request with that configuration is that person on
/api/v1/me/. Signing out revokes the token (the same request is then refused) and deletes
the configuration, also when the server cannot be reached.
"""

from __future__ import annotations

import base64
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Iterator, List

import pytest
import requests
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings
from qgis.PyQt.QtCore import QSettings

from certification_plugin.core.api import device_flow
from certification_plugin.core.errors import AuthenticationError
from certification_plugin.gui.base import WorkflowDock
from certification_plugin.gui.options_page import CertificationOptionsFactory
from certification_plugin.gui.sign_in_dialog import SignInDialog, api_session, server_host
from certification_plugin.gui.sign_out import SignOutResult, sign_out
from certification_plugin.plugin import CertificationPlugin
from certification_plugin.qgis_io.auth import (
    authcfg_exists,
    authcfg_method,
    config_name,
    remove_authcfg,
    store_token_authcfg,
)
from certification_plugin.qgis_io.settings import PluginSettings
from tests.fixtures.device_signin import WebPerson
from tests.fixtures.reference_server import free_port
from tests.plugin.auth_helpers import ensure_master_password
from tests.plugin.recording_iface import RecordingIface
from tests.plugin.test_network_qgis import RunInTask, run_task

WAIT_MS = 40_000  # the server's interval is 5 s; a poll or two, plus the approval


@pytest.fixture
def settings(tmp_path: Path, reference_server: Any) -> PluginSettings:
    ensure_master_password()
    store = PluginSettings(QgsSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    store.server_url = reference_server.base_url
    return store


@pytest.fixture(scope="module")
def person(reference_server: Any) -> WebPerson:
    return WebPerson(reference_server)


@pytest.fixture
def cleanup() -> Iterator[List[str]]:
    ids: List[str] = []
    yield ids
    for authcfg in ids:
        remove_authcfg(authcfg)


def secret_of(authcfg: str) -> QgsAuthMethodConfig:
    config = QgsAuthMethodConfig()
    assert QgsApplication.authManager().loadAuthenticationConfig(authcfg, config, True)[0]
    return config


def me_with_authcfg(settings: PluginSettings, authcfg: str, qtbot: Any) -> Any:
    """/api/v1/me/ through the QGIS network stack with ``authcfg``, in a worker thread."""

    def work(_task: RunInTask) -> Any:
        return api_session(settings.server_url, authcfg).get("me/").data

    return run_task(RunInTask(work), qtbot, timeout_ms=30_000)


def sign_in(qtbot: Any, runner: Any, settings: PluginSettings, person: WebPerson, browser: Any):
    dialog = SignInDialog(runner, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.user_code), timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        person.approve(dialog.user_code)
    return dialog


def test_sign_in_stores_and_selects_an_authcfg_that_is_the_person(
    qtbot, runner, settings, person, browser, cleanup
) -> None:
    dialog = SignInDialog(runner, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.user_code), timeout=WAIT_MS)
    code = dialog.user_code
    assert dialog.code_label.text() == code and len(code) == 9
    assert dialog.code_label.font().pointSizeF() >= 20
    assert dialog.browser_button.isEnabled()
    page = settings.server_url + "/accounts/connect/"
    assert browser.urls == [f"{page}?code={code}"]  # opened once, by itself
    assert dialog.page_label.text() == page
    dialog.browser_button.click()
    assert len(browser.urls) == 2  # and again on request

    # The page names this computer, then the person approves.
    assert "QGIS on " in person.page(code).text
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        person.approve(code)
    authcfg = dialog.authcfg
    cleanup.append(authcfg)
    assert settings.authcfg == authcfg and authcfg_exists(authcfg)
    assert authcfg_method(authcfg) == "Basic"
    stored = secret_of(authcfg)
    assert stored.name() == config_name(person.username, server_host(settings.server_url))
    assert stored.name() == f"QGIS Certification ({person.username} @ 127.0.0.1:{_port(settings)})"
    assert stored.config("username") == person.username
    assert stored.config("password").startswith("qct_")
    assert dialog.username == person.username
    assert "Signed in as" in dialog.status()

    outcome = me_with_authcfg(settings, authcfg, qtbot)
    assert "error" not in outcome, outcome.get("error")
    assert outcome["value"]["username"] == person.username


def _port(settings: PluginSettings) -> int:
    return int(settings.server_url.rsplit(":", 1)[1])


def test_sign_out_revokes_the_token_and_forgets_the_configuration(
    qtbot, runner, settings, person, browser, cleanup
) -> None:
    authcfg = sign_in(qtbot, runner, settings, person, browser).authcfg
    cleanup.append(authcfg)
    token = secret_of(authcfg).config("password")
    results: List[SignOutResult] = []
    sign_out(runner, settings, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    assert results[0].revoked and results[0].removed, results[0].message
    assert not authcfg_exists(authcfg) and settings.authcfg == ""
    basic = base64.b64encode(f"{person.username}:{token}".encode()).decode()
    answer = requests.get(
        settings.server_url + "/api/v1/me/",
        headers={"Authorization": f"Basic {basic}", "Accept": "application/json"},
        timeout=30,
    )
    assert answer.status_code == 401 and answer.json()["code"] == "token_revoked"


def test_sign_out_without_the_server_still_forgets_and_says_where_to_revoke(
    qtbot, runner, settings, cleanup
) -> None:
    authcfg = store_token_authcfg("nobody", "qct_00000000_unreachable", "offline.example")
    cleanup.append(authcfg)
    settings.authcfg = authcfg
    settings.server_url = f"http://127.0.0.1:{free_port()}"
    results: List[SignOutResult] = []
    sign_out(runner, settings, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    result = results[0]
    assert not result.revoked and result.removed
    assert not authcfg_exists(authcfg) and settings.authcfg == ""
    assert f"{settings.server_url}/accounts/tokens/" in result.message


def test_a_denied_sign_in_offers_to_start_again(qtbot, runner, settings, person, browser) -> None:
    dialog = SignInDialog(runner, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.user_code), timeout=WAIT_MS)
    first = dialog.user_code
    person.deny(first)
    qtbot.waitUntil(lambda: "denied" in dialog.status(), timeout=WAIT_MS)
    assert dialog.retry_button.isVisible() and dialog.isVisible()
    assert settings.authcfg == ""
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: bool(dialog.user_code) and dialog.user_code != first, timeout=WAIT_MS)
    assert not dialog.retry_button.isVisible()
    dialog.reject()


def test_cancel_stops_the_polling(qtbot, runner, settings, browser) -> None:
    dialog = SignInDialog(runner, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.user_code), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.slot.busy, timeout=WAIT_MS)  # polling
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert not dialog.slot.busy
    qtbot.waitUntil(lambda: not runner.active(), timeout=5000)  # the task ended at once
    assert settings.authcfg == ""


def test_signing_in_again_updates_the_same_configuration(cleanup) -> None:
    first = store_token_authcfg("ada", "qct_11111111_first", "server.example")
    cleanup.append(first)
    second = store_token_authcfg("ada", "qct_22222222_second", "server.example")
    assert second == first
    assert secret_of(first).config("password") == "qct_22222222_second"
    other = store_token_authcfg("bob", "qct_33333333_bob", "server.example")
    cleanup.append(other)
    assert other != first


def test_a_revoked_token_cannot_revoke_again(qtbot, runner, settings, person, browser, cleanup):
    authcfg = sign_in(qtbot, runner, settings, person, browser).authcfg
    cleanup.append(authcfg)

    def twice(_task: RunInTask) -> Any:
        session = api_session(settings.server_url, authcfg)
        device_flow.revoke(session)
        with pytest.raises(AuthenticationError):
            device_flow.revoke(session)
        return True

    outcome = run_task(RunInTask(twice), qtbot, timeout_ms=30_000)
    assert outcome.get("value") is True, outcome.get("error")


def test_a_workflow_dock_signs_in_and_out(qtbot, runner, settings, person, browser, cleanup):
    dock = WorkflowDock(SimpleNamespace(tasks=runner, settings=settings), "Apply", "SignInDock")
    qtbot.addWidget(dock)
    dock.show()
    assert not dock.signed_in() and not dock.sign_out_button.isVisible()
    changes: List[bool] = []
    dock.signInChanged.connect(changes.append)
    dialog = dock.start_sign_in()
    assert dialog.isVisible() and dialog.parent() is dock
    qtbot.waitUntil(lambda: bool(dialog.user_code), timeout=WAIT_MS)
    person.approve(dialog.user_code)
    qtbot.waitUntil(lambda: changes == [True], timeout=WAIT_MS)
    cleanup.append(settings.authcfg)
    assert dock.signed_in() and dock.sign_out_button.isVisible()
    assert dock.status() == f"Signed in as {person.username}."
    authcfg = settings.authcfg
    dock.sign_out_button.click()
    qtbot.waitUntil(lambda: changes == [True, False], timeout=WAIT_MS)
    assert not dock.signed_in() and not dock.sign_out_button.isVisible()
    assert not authcfg_exists(authcfg)
    assert "revoked" in dock.status()


def test_the_options_page_signs_in_to_the_saved_server_only(
    qtbot, settings, person, browser, cleanup, tmp_path
) -> None:
    iface = RecordingIface()
    plugin = CertificationPlugin(iface, cache_dir=str(tmp_path / "cache"), settings=settings)
    try:
        page = CertificationOptionsFactory(plugin).createWidget(None)
        qtbot.addWidget(page)
        assert page.sign_in_button.isEnabled() and not page.sign_out_button.isEnabled()
        page.server_url_edit.setText("https://elsewhere.example")
        assert not page.sign_in_button.isEnabled()
        assert page.sign_in() is None
        page.server_url_edit.setText(settings.server_url)
        dialog = page.sign_in()
        qtbot.waitUntil(lambda: bool(dialog.user_code), timeout=WAIT_MS)
        person.approve(dialog.user_code)
        qtbot.waitUntil(lambda: bool(page.auth_select.configId()), timeout=WAIT_MS)
        authcfg = settings.authcfg
        cleanup.append(authcfg)
        assert page.auth_select.configId() == authcfg
        assert page.sign_out_button.isEnabled()
        page.sign_out_button.click()
        qtbot.waitUntil(lambda: not settings.authcfg, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: "revoked" in page.status_label.text(), timeout=WAIT_MS)
        assert not authcfg_exists(authcfg) and page.auth_select.configId() == ""
    finally:
        plugin.tasks.cancel_all()
        iface.close()


def test_a_server_without_sign_in_says_so(qtbot, runner, settings, livesite, browser) -> None:
    settings.server_url = livesite.base_url  # the live site's stand-in: feeds, no API
    dialog = SignInDialog(runner, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.retry_button.isVisible(), timeout=WAIT_MS)
    assert "does not offer signing in" in dialog.status(), dialog.status()
    assert not dialog.user_code and not browser.urls and settings.authcfg == ""
