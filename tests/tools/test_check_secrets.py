"""tools/check_secrets.py fails on a secret that is not in the baseline, never on known ones."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Assembled at run time so this test file itself holds no secret-looking literal.
FAKE_KEY = "AKIA" + "IOSFODNN7" + "EXAMPLE"


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tools.check_secrets", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )


def test_new_secret_fails_and_baselined_one_passes(tmp_path: Path) -> None:
    plugin = tmp_path / "plugin"
    plugin.mkdir()
    (plugin / "clean.py").write_text("URL = 'https://certification.qgis.org'\n")
    assert _run(tmp_path, "--update", "plugin").returncode == 0
    assert _run(tmp_path, "plugin").returncode == 0

    (plugin / "leak.py").write_text(f"KEY = '{FAKE_KEY}'\n")
    (plugin / "compiled.qm").write_bytes(FAKE_KEY.encode())  # binary files are not scanned
    failed = _run(tmp_path, "plugin")
    assert failed.returncode == 1
    assert "plugin/leak.py:1: new potential secret (AWS Access Key)" in failed.stdout
    assert "compiled.qm" not in failed.stdout

    # Accepted into the baseline: passes, also after the line moves.
    assert _run(tmp_path, "--update", "plugin").returncode == 0
    (plugin / "leak.py").write_text(f"\n\nKEY = '{FAKE_KEY}'\n")
    assert _run(tmp_path, "plugin").returncode == 0


def test_missing_baseline_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "plugin").mkdir()
    result = _run(tmp_path, "--baseline", "nothing.json", "plugin")
    assert result.returncode == 2
    assert "make secrets-baseline" in result.stderr


def test_committed_baseline_passes_for_the_plugin(tmp_path: Path) -> None:
    shutil.copy(ROOT / ".secrets.baseline", tmp_path / ".secrets.baseline")
    result = _run(ROOT, "--baseline", str(tmp_path / ".secrets.baseline"), "certification_plugin")
    assert result.returncode == 0, result.stdout
