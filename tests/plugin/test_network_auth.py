"""QgisTransport applies a QGIS authentication configuration (Basic) to its requests.

One test runs QGIS in a child process with a throw-away profile and authentication database
(``QGIS_AUTH_DB_DIR_PATH`` must be set before QGIS starts, and pytest-qgis starts it before any
conftest runs); the other uses the suite's own QGIS and its shared test master password.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from qgis.core import QgsApplication

from certification_plugin.core.transport import Request
from certification_plugin.qgis_io.network import QgisTransport
from tests.plugin.auth_helpers import store_basic_config

REPO = Path(__file__).resolve().parents[2]
FEED = "en/feed/certifyingorganisations/"
USERNAME = "ana.popescu"
SECRET = "s3cret-Tok3n-for-tests"

CHILD = textwrap.dedent(
    """
    import json, sys, time
    from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsTask

    app = QgsApplication([], False)
    app.initQgis()
    from certification_plugin.core.transport import Request
    from certification_plugin.qgis_io.network import QgisTransport

    url, username, secret = sys.argv[1:4]
    manager = QgsApplication.authManager()
    assert not manager.isDisabled(), manager.disabledMessage()
    assert manager.setMasterPassword("child-master-password", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("certification test")
    config.setConfig("username", username)
    config.setConfig("password", secret)
    stored, config = manager.storeAuthenticationConfig(config)
    assert stored

    main = QgisTransport(config.id()).send(Request(url))
    outcome = {}

    def work(task):
        outcome["status"] = QgisTransport(config.id()).send(Request(url + "?from=task")).status
        return True

    task = QgsTask.fromFunction("auth in a worker thread", work)
    QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + 20
    while "status" not in outcome and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    print(json.dumps({
        "authcfg": config.id(),
        "main_status": main.status,
        "task_status": outcome.get("status"),
        "database": manager.authenticationDatabasePath(),
    }))
    app.exitQgis()
    """
)


def expected_header() -> str:
    return "Basic " + base64.b64encode(f"{USERNAME}:{SECRET}".encode()).decode()


def test_basic_authcfg_in_a_throwaway_auth_database(livesite, tmp_path):
    auth_dir = tmp_path / "auth"
    auth_dir.mkdir()
    env = dict(os.environ)
    env.update(
        QGIS_AUTH_DB_DIR_PATH=str(auth_dir),
        QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]),
    )
    run = subprocess.run(
        [sys.executable, "-c", CHILD, livesite.url(FEED), USERNAME, SECRET],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["main_status"] == 200 and result["task_status"] == 200
    assert Path(result["database"]).parent == auth_dir

    authorised = [r for r in livesite.requests if r.path.startswith("/" + FEED)]
    assert [r.path for r in authorised] == ["/" + FEED, "/" + FEED + "?from=task"]
    assert all(r.headers.get("authorization") == expected_header() for r in authorised)
    # The secret is stored encrypted, and nothing printed it.
    assert SECRET.encode() not in Path(result["database"]).read_bytes()
    assert SECRET not in run.stdout and SECRET not in run.stderr


def test_basic_authcfg_in_the_suites_qgis(livesite):
    config = store_basic_config("certification transport test", USERNAME, SECRET)
    try:
        QgisTransport(config.id()).send(Request(livesite.url(FEED)))
        assert livesite.requests[-1].headers.get("authorization") == expected_header()
        QgisTransport().send(Request(livesite.url(FEED)))
        assert "authorization" not in livesite.requests[-1].headers
    finally:
        QgsApplication.authManager().removeAuthenticationConfig(config.id())
