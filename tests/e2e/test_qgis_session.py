"""A real QGIS under Xvfb (``QT_QPA_PLATFORM=xcb``) runs a user's first minutes with no error.

``qgis --code tests/e2e/qgis_session_script.py`` starts with a throw-away profile in which the
plugin is enabled and points at the reference server on loopback; the script drives QGIS's
real ``iface`` (see its docstring for the steps), records every Python exception and every
critical message of the plugin to a file, and quits with *Exit QGIS*. QGIS would show each of
those errors as a dialog it waits on (issue 8: every quit and every Project -> New did). The
whole run is bounded (``RUN_TIMEOUT_S``); QGIS is killed if it does not end.
"""

from __future__ import annotations

import configparser
import json
import os
import shutil
import signal
import subprocess
from pathlib import Path
from typing import Dict, List

import pytest

from tests.fixtures.reference_server import ReferenceServer

REPO = Path(__file__).resolve().parents[2]
PLUGIN_DIR = REPO / "certification_plugin"
SCRIPT = Path(__file__).with_name("qgis_session_script.py")
PROFILE = "certification-session"
RUN_TIMEOUT_S = 180

STEPS = [
    "load the layers",
    "refresh the layers",
    "open the dock",
    "use the dock",
    "pick a point",
    "use the locator",
    "help / about",
    "switch the language to sv",
    "switch the language to zh_TW",
    "switch the language back to en",
    "Project -> New",
    "load the layers after Project -> New",
    "open the dock again",
    "remove the layers by hand",
    "update from the dock",
    "reload the plugin",
    "open the dock after the reload",
    "load the layers after the reload",
]

pytestmark = pytest.mark.skipif(
    not (shutil.which("qgis") and shutil.which("xvfb-run")),
    reason="needs the qgis executable and xvfb-run",
)


def make_profile(profiles_path: Path, server_url: str, plugin_dir: Path = PLUGIN_DIR) -> None:
    """A new profile: the plugin linked in and enabled, quiet start-up, English interface."""
    profile = profiles_path / "profiles" / PROFILE
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    os.symlink(plugin_dir, plugins / "certification_plugin")
    ini = configparser.RawConfigParser(interpolation=None)
    ini.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    values: Dict[str, Dict[str, str]] = {
        "PythonPlugins": {"certification_plugin": "true"},
        "certification_plugin": {"server_url": server_url},
        "locale": {"overrideFlag": "true", "userLocale": "en_US", "globalLocale": "en_US"},
        "qgis": {"checkVersion": "false", "showTips": "false"},
        "app": {"plugin_installer\\checkOnStart": "false"},
        "core": {
            "NewsFeed\\httpsfeedqgisorg\\disabled": "true",
            "httpsfeedqgisorg\\disabled": "true",
        },
        "UI": {"hidetour": "true"},
    }
    for section, entries in values.items():
        ini.add_section(section)
        for key, value in entries.items():
            ini.set(section, key, value)
    (profile / "QGIS").mkdir()
    with open(profile / "QGIS" / "QGIS3.ini", "w", encoding="utf-8") as handle:
        ini.write(handle, space_around_delimiters=False)


def run_qgis(
    tmp_path: Path, server_url: str, plugin_dir: Path = PLUGIN_DIR
) -> subprocess.CompletedProcess:
    """QGIS with ``plugin_dir`` as the plugin (another checkout shows a bug it fixed)."""
    profiles = tmp_path / "profiles"
    make_profile(profiles, server_url, plugin_dir)
    report = tmp_path / "session.jsonl"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "SESSION_REPORT": str(report),
        "HOME": str(tmp_path / "home"),
        "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
        # QGIS counts layers whose files sit under the temporary folder as temporary and asks
        # about them on exit; the profile (and its layer cache) is not a temporary folder.
        "TMPDIR": str(tmp_path / "tmp"),
    }
    for folder in ("runtime", "home", "tmp"):
        (tmp_path / folder).mkdir(mode=0o700)
    command = [
        "xvfb-run", "-a", "-s", "-screen 0 1600x1000x24",
        "qgis", "--nologo", "--noversioncheck",
        "--profiles-path", str(profiles), "--profile", PROFILE,
        "--code", str(SCRIPT),
    ]  # fmt: skip
    process = subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own process group: Xvfb and QGIS are ended together
    )
    try:
        output, _ = process.communicate(timeout=RUN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        recorded = "\n".join(json.dumps(event)[:500] for event in events(report))
        pytest.fail(f"QGIS did not end within {RUN_TIMEOUT_S} s:\n{recorded}\n{output[-3000:]}")
    return subprocess.CompletedProcess(command, process.returncode, output, "")


def events(report: Path) -> List[dict]:
    if not report.exists():
        return []
    return [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]


def test_a_real_qgis_session_raises_no_python_error(
    tmp_path: Path, reference_server: ReferenceServer
) -> None:
    run = run_qgis(tmp_path, reference_server.base_url)
    found = events(tmp_path / "session.jsonl")
    log = run.stdout[-3000:]
    errors = [
        f"{e['event']} {e.get('name', '')}: {e.get('text', '')}\n{e.get('stacks', '')}"
        for e in found
        if e["event"] in ("python-error", "timeout")
    ]
    assert errors == [], "\n\n".join(errors) + "\n" + log
    assert [e["name"] for e in found if e["event"] == "step"] == STEPS, log
    assert found[0]["platform"] == "xcb"
    languages = {e["locale"]: e["find_course"] for e in found if e["event"] == "language"}
    assert languages["sv"] == "Hitta en kurs"
    assert languages["zh_TW"] != "Find a course"
    assert languages["en"] == "Find a course"
    dialogs = [e for e in found if e["event"] == "dialogs" and e["dialogs"]]
    assert dialogs == [], dialogs
    assert found[-1]["event"] == "quit"
    assert run.returncode == 0, log
