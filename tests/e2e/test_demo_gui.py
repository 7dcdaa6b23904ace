"""`make demo` on a machine with a display, as a new user runs it (issue 8).

The demo runs for real under Xvfb (``xvfb-run -a``, ``QT_QPA_PLATFORM=xcb``): its own server on
a free port with the demo database, QGIS's normal window in a new demo profile, the plugin
loading its layers. Inside QGIS, scripts/demo_qgis_startup.py (``DEMO_*`` variables) saves a
screenshot, lists the dialogs on screen, quits through QGIS's own *Exit QGIS* action and writes
what it saw (Python errors from ``sys.excepthook`` and QGIS's message log) to a report. The test
fails on a Python error, a crash, a dialog (before or while quitting), a blank window, or a
server left running. The whole run is bounded by ``RUN_TIMEOUT_S``.

Artefacts stay under ``var/ci/`` for CI: ``demo-window.png`` and ``demo-gui/`` (report, logs).
"""

from __future__ import annotations

import configparser
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Dict, List

import pytest
from qgis.PyQt.QtGui import QImage

from tests.fixtures.reference_server import free_port

REPO = Path(__file__).resolve().parents[2]
ARTEFACTS = REPO / "var" / "ci"
RUN_TIMEOUT_S = 180
WINDOW = (1400, 900)

needs_gui_tools = pytest.mark.skipif(
    not (shutil.which("qgis") and shutil.which("xvfb-run") and shutil.which("make")),
    reason="needs the qgis executable, xvfb-run and make",
)


def clean_env(**extra: str) -> Dict[str, str]:
    """The caller's environment without a parent make's flags or a screen of its own."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"MAKEFLAGS", "MFLAGS", "MAKELEVEL", "DISPLAY", "WAYLAND_DISPLAY"}
    }
    env.update(extra)
    return env


def read_report(path: Path) -> List[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False


def processes_mentioning(text: str) -> List[str]:
    """Processes whose command line or environment holds ``text`` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            environ = (entry / "environ").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if text in cmdline or text in environ:
            found.append(f"{entry.name}: {cmdline}")
    return found


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"DISPLAY": ":9"}, "xcb"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
        ({"DISPLAY": ":9", "WAYLAND_DISPLAY": "wayland-0"}, "xcb"),  # XWayland
        ({"DISPLAY": ":9", "QT_QPA_PLATFORM": "offscreen"}, "headless"),
        ({"DISPLAY": ":9", "QT_QPA_PLATFORM": "wayland"}, "wayland"),
        ({}, "headless"),
    ],
)
def test_the_demo_picks_the_window_platform_from_the_display(
    environment: Dict[str, str], expected: str
) -> None:
    if shutil.which("qgis") is None:
        pytest.skip("needs the qgis executable")
    env = clean_env(**environment)
    if "QT_QPA_PLATFORM" not in environment:
        env.pop("QT_QPA_PLATFORM", None)
    run = subprocess.run(
        ["bash", str(REPO / "scripts" / "demo.sh"), "--print-platform"],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert run.stdout.strip() == expected


def test_the_demo_profile_is_quiet_and_takes_the_interface_language(tmp_path: Path) -> None:
    """A new user's first start shows no news fetched from the internet, no plugin update check
    and no version check; ``--locale`` sets QGIS's interface language and '' gives it back."""
    script = REPO / "scripts" / "demo_profile.py"
    ini_path = tmp_path / "profiles" / "certification-demo" / "QGIS" / "QGIS3.ini"

    def prepare(*args: str) -> configparser.RawConfigParser:
        subprocess.run(
            [sys.executable, str(script), "--profiles-path", str(tmp_path), *args],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        ini = configparser.RawConfigParser(interpolation=None)
        ini.optionxform = str  # type: ignore[assignment,method-assign]
        ini.read(ini_path, encoding="utf-8")
        return ini

    ini = prepare("--server", "http://127.0.0.1:8123", "--locale", "zh_TW")
    assert ini.get("certification_plugin", "server_url") == "http://127.0.0.1:8123"
    assert ini.get("PythonPlugins", "certification_plugin") == "true"
    assert ini.get("qgis", "checkVersion") == "false"
    assert ini.get("app", "plugin_installer\\checkOnStart") == "false"
    assert ini.get("core", "NewsFeed\\httpsfeedqgisorg\\disabled") == "true"
    assert dict(ini.items("locale")) == {
        "overrideFlag": "true", "userLocale": "zh-Hant", "globalLocale": "zh-Hant",
    }  # fmt: skip
    link = tmp_path / "profiles" / "certification-demo" / "python" / "plugins"
    assert (link / "certification_plugin").resolve() == REPO / "certification_plugin"

    # What QGIS wrote itself survives the next start (values with '=' and quotes included).
    with open(ini_path, "a", encoding="utf-8") as handle:
        handle.write('\n[gps]\nbearingLineSymbol="<symbol a=\\"1\\">"\n')
    ini = prepare("--locale", "")
    assert dict(ini.items("locale")) == {"overrideFlag": "false"}
    assert ini.get("gps", "bearingLineSymbol") == '"<symbol a=\\"1\\">"'


def platform_in_recipe(target: str, **environment: str) -> str:
    """QT_QPA_PLATFORM as the recipes of ``target`` see it (a probe prerequisite, make -n)."""
    env = clean_env(**environment)
    if "QT_QPA_PLATFORM" not in environment:
        env.pop("QT_QPA_PLATFORM", None)
    probe = 'qpa-probe: ; +@echo "[qpa=$${QT_QPA_PLATFORM:-}]"'
    run = subprocess.run(
        ["make", "-n", "-s", "--no-print-directory", "--eval", probe, "--eval",
         f"{target}: qpa-probe", target],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return re.findall(r"^\[qpa=(.*)\]$", run.stdout, re.MULTILINE)[0]


def test_the_makefile_keeps_offscreen_for_the_tests_and_gives_it_not_to_the_demo() -> None:
    """The Makefile used to export QT_QPA_PLATFORM=offscreen to every recipe, the demo's too:
    QGIS then started without a screen and crashed."""
    assert platform_in_recipe("demo") == ""
    assert platform_in_recipe("demo", QT_QPA_PLATFORM="xcb") == "xcb"
    assert platform_in_recipe("test") == "offscreen"
    assert platform_in_recipe("test-plugin") == "offscreen"
    assert platform_in_recipe("test", QT_QPA_PLATFORM="xcb") == "xcb"


@needs_gui_tools
def test_make_demo_opens_qgis_loads_the_layers_and_quits_cleanly() -> None:
    state = ARTEFACTS / "demo-gui"
    shutil.rmtree(state, ignore_errors=True)
    state.mkdir(parents=True)
    report_path = state / "report.jsonl"
    screenshot = ARTEFACTS / "demo-window.png"
    screenshot.unlink(missing_ok=True)
    port = free_port()
    env = clean_env(
        PORT=str(port),
        QT_QPA_PLATFORM="xcb",
        # Inside the repository, as the real demo's var/: QGIS calls layers under /tmp
        # "temporary" and would ask about them on exit.
        DEMO_STATE_DIR=str(state),
        DEMO_REPORT=str(report_path),
        DEMO_SCREENSHOT=str(screenshot),
        DEMO_QUIT_AFTER="3",
        DEMO_WINDOW_SIZE="{}x{}".format(*WINDOW),
        DEMO_KEEP_SERVING="0",
    )
    command = [
        "xvfb-run", "-a", "-s", "-screen 0 {}x{}x24 -nolisten tcp".format(*WINDOW),
        "make", "--no-print-directory", "demo",
    ]  # fmt: skip
    with open(state / "stdout.log", "wb") as out, open(state / "stderr.log", "wb") as err:
        process = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=out, stderr=err, start_new_session=True
        )
        try:
            returncode = process.wait(timeout=RUN_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
            pytest.fail(
                f"make demo did not end within {RUN_TIMEOUT_S} s; it saw:\n"
                + "\n".join(json.dumps(e) for e in read_report(report_path))
                + "\n"
                + (state / "stderr.log").read_text(errors="replace")[-3000:]
            )
    stderr = (state / "stderr.log").read_text(encoding="utf-8", errors="replace")
    events = read_report(report_path)
    seen = "\n".join(json.dumps(e, ensure_ascii=False) for e in events)

    assert returncode == 0, f"make demo ended with {returncode}:\n{stderr[-3000:]}\n{seen}"
    errors = [e for e in events if e["event"] in {"python-error", "plugin-error"}]
    assert not errors, "\n\n".join(e["text"] for e in errors)
    assert "Traceback (most recent call last)" not in stderr, stderr[-3000:]
    assert "Python error" not in stderr, stderr[-3000:]

    kinds = [e["event"] for e in events]
    assert kinds[0] == "started" and events[0]["platform"] == "xcb", seen
    assert "quit" in kinds, seen
    dialogs = [d for e in events if e["event"] == "dialogs" for d in e["dialogs"]]
    assert not dialogs, f"dialogs on screen: {dialogs}"
    assert [e["when"] for e in events if e["event"] == "dialogs"] == ["before quitting"]

    layers = next(e for e in events if e["event"] == "layers")
    counts = {layer["name"]: layer["features"] for layer in layers["layers"]}
    assert counts.get("Training centres", 0) > 20, counts
    assert counts.get("Upcoming courses", 0) > 20, counts
    assert counts.get("Certified organisations", 0) > 10, counts
    assert all(layer["valid"] for layer in layers["layers"]), layers
    assert "Find a course" in layers["docks"], layers["docks"]

    image = QImage(str(screenshot))
    assert (image.width(), image.height()) == WINDOW
    step = 10
    colours = {
        image.pixel(x, y) for x in range(0, WINDOW[0], step) for y in range(0, WINDOW[1], step)
    }
    assert len(colours) > 100, f"a nearly blank window ({len(colours)} colours)"

    # The demo's server ended with QGIS: nothing answers on its port, and no process of the run
    # (server, task worker, QGIS, Xvfb: all carry DEMO_REPORT in their environment) is left.
    assert not answers(f"http://127.0.0.1:{port}/api/v1/")
    assert not processes_mentioning(f"127.0.0.1:{port}")
    assert not processes_mentioning(f"DEMO_REPORT={report_path}")
    # Passed: keep the report, the logs and the screenshot, not the database and the profile.
    shutil.rmtree(state / "demo-server", ignore_errors=True)
    shutil.rmtree(state / "qgis-demo", ignore_errors=True)
