"""A real QGIS is killed with SIGKILL after typing an application; restarted, the dock shows it.

First run (``APPLY_PHASE=type``, tests/e2e/apply_sigkill_script.py): sign in, open "Apply for
certification", pass the self-check, type the organisation's name, add a course and attach a
file, wait until the draft is on disk, then SIGKILL (no unload, no close, no flush). Second
run with the same profile: the dock opens with the name, the course and the attachment.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path
from typing import List, Optional

import pytest

from tests.e2e.test_qgis_session import PROFILE, make_profile
from tests.fixtures.applicants import new_applicant
from tests.fixtures.reference_server import ReferenceServer

SCRIPT = Path(__file__).with_name("apply_sigkill_script.py")
WAIT_S = 120

pytestmark = pytest.mark.skipif(
    not (shutil.which("qgis") and shutil.which("xvfb-run")),
    reason="needs the qgis executable and xvfb-run",
)


def _events(report: Path) -> List[dict]:
    if not report.exists():
        return []
    return [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]


def _run_until(tmp_path: Path, phase: str, env: dict, wanted: str) -> Optional[dict]:
    """Start QGIS, wait for the event ``wanted`` (or an error), then SIGKILL its group."""
    report = tmp_path / f"{phase}.jsonl"
    command = [
        "xvfb-run", "-a", "-s", "-screen 0 1600x1000x24",
        "qgis", "--nologo", "--noversioncheck",
        "--profiles-path", str(tmp_path / "profiles"), "--profile", PROFILE,
        "--code", str(SCRIPT),
    ]  # fmt: skip
    process = subprocess.Popen(
        command,
        env={**env, "APPLY_PHASE": phase, "APPLY_REPORT": str(report)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    found = None
    deadline = time.monotonic() + WAIT_S
    try:
        while time.monotonic() < deadline and process.poll() is None:
            events = _events(report)
            found = next((e for e in events if e["event"] == wanted), None)
            failed = [e for e in events if e["event"] in ("python-error", "timeout")]
            if found or failed:
                assert not failed, failed
                break
            time.sleep(0.2)
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # QGIS, xvfb-run and Xvfb: no clean exit
        output = process.communicate(timeout=30)[0]
        (tmp_path / f"{phase}.log").write_bytes(output)
    assert found is not None, (
        f"no {wanted!r} from QGIS: {_events(report)}\n{output.decode(errors='replace')[-3000:]}"
    )
    return found


def test_a_killed_qgis_reopens_the_dock_with_the_draft(
    tmp_path: Path, reference_server: ReferenceServer
) -> None:
    username, token = new_applicant(reference_server, "killed")
    make_profile(tmp_path / "profiles", reference_server.base_url)
    attachment = tmp_path / "material" / "slides.pdf"
    attachment.parent.mkdir()
    attachment.write_bytes(b"%PDF-1.4\n%%EOF\n")
    for folder in ("runtime", "home", "tmp"):
        (tmp_path / folder).mkdir(mode=0o700)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(tmp_path / "home"),
        "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
        "TMPDIR": str(tmp_path / "tmp"),
        "APPLY_USER": username,
        "APPLY_TOKEN": token,
        "APPLY_NAME": "Academia SIGKILL Cluj",
        "APPLY_FILE": str(attachment),
    }
    saved = _run_until(tmp_path, "type", env, "saved")
    assert saved["seconds"] < 2.5, saved
    restored = _run_until(tmp_path, "restore", env, "restored")
    assert restored["name"] == "Academia SIGKILL Cluj"
    assert restored["message"] == "Mesaj în română, 中文訊息"
    assert restored["courses"] == [
        {"title": "Course typed before the kill", "files": {"lectures": [str(attachment)]}}
    ]
    assert restored["file_widget"] == str(attachment)
    assert restored["page"] == 2  # the sections, not the self-check again
