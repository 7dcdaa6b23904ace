"""qgis_io.uploads: streamed multipart uploads from a QgsTask against a loopback receiver.

The receiver (tests/plugin/upload_receiver.py) runs in a subprocess, so the memory and
main-thread measurements here see the uploading process alone.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer

from certification_plugin.core.errors import (
    CancelledError,
    HttpError,
    NetworkError,
    PayloadTooLarge,
    TimeoutError_,
    ValidationFailed,
)
from certification_plugin.core.http import decode_json
from certification_plugin.qgis_io.tasks import FunctionTask, TaskContext
from certification_plugin.qgis_io.uploads import UploadFile, UploadFileError, upload_files
from tests.plugin.auth_helpers import store_basic_config

REPO = Path(__file__).resolve().parents[2]
MB = 1 << 20


class Receiver:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.plugin.upload_receiver"],
            cwd=str(REPO),
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.port = int(self.process.stdout.readline())

    def url(self, mode: str) -> str:
        return f"http://127.0.0.1:{self.port}/upload/{mode}"

    def log(self) -> List[Dict[str, Any]]:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/_log", timeout=5) as answer:
            return json.loads(answer.read())

    def wait_for_entries(self, count: int, timeout_s: float = 10.0) -> List[Dict[str, Any]]:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            entries = self.log()
            if len(entries) >= count:
                return entries
            time.sleep(0.05)
        raise AssertionError(f"the receiver logged {len(self.log())} uploads, not {count}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    yield server
    server.stop()


def make_file(path: Path, size: int, seed: int = 1) -> str:
    """Pseudo-random content (distinct per seed), so a hash catches a misplaced byte."""
    block = hashlib.sha256(str(seed).encode()).digest() * 2048  # 64 KB
    with open(path, "wb") as handle:
        left = size
        while left > 0:
            handle.write(block[: min(left, len(block))])
            left -= len(block)
    return str(path)


def sha256_of(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(MB), b""):
            digest.update(chunk)
    return digest.hexdigest()


def run_upload(
    qtbot,
    work: Callable[[TaskContext], Any],
    cancel_after_s: Optional[float] = None,
    timeout_ms: int = 60000,
    on_tick: Optional[Callable[[], None]] = None,
) -> Dict[str, Any]:
    """Run ``work`` in a FunctionTask; the outcome (``result`` or ``error``) and timings."""
    outcome: Dict[str, Any] = {}
    progress: List[float] = []

    def wrapped(context: TaskContext) -> Any:
        return work(_Recording(context, progress))

    task = FunctionTask(
        "upload test",
        wrapped,
        on_success=lambda result: outcome.setdefault("result", result),
        on_error=lambda error: outcome.setdefault("error", error),
    )
    ticker = None
    if on_tick is not None:
        ticker = QTimer()
        ticker.setInterval(10)
        ticker.timeout.connect(on_tick)
        ticker.start()
    started = time.monotonic()
    QgsApplication.taskManager().addTask(task)
    if cancel_after_s is not None:
        qtbot.wait(int(cancel_after_s * 1000))
        task.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=timeout_ms)
    if ticker is not None:
        ticker.stop()
    outcome["elapsed"] = time.monotonic() - started
    outcome["progress"] = progress
    return outcome


class _Recording(TaskContext):
    """The task's context, also keeping every progress fraction reported."""

    def __init__(self, context: TaskContext, seen: List[float]) -> None:
        super().__init__(context._task)
        self._seen = seen

    def progress(self, fraction: float) -> None:
        self._seen.append(fraction)
        super().progress(fraction)


def upload(url: str, files: List[Any], **kwargs: Any) -> Callable[[TaskContext], Any]:
    fields = kwargs.pop("fields", None)

    def work(context: TaskContext) -> Any:
        return upload_files(
            url,
            fields,
            files,
            user_agent="upload-test/1",
            is_cancelled=context.is_cancelled,
            progress=context.progress,
            **kwargs,
        )

    return work


def test_two_files_and_fields_arrive_whole(receiver, qtbot, tmp_path):
    first = make_file(tmp_path / "notes.pdf", 3 * MB + 17, seed=1)
    second = make_file(tmp_path / "data.gpkg", 700_001, seed=2)
    fields = {"title": "Intro to QGIS — ünïcode", "course": "12"}
    outcome = run_upload(
        qtbot,
        upload(
            receiver.url("ok"),
            [UploadFile("material", first), ("extra", second, "renamed.bin", "x-custom/type")],
            fields=fields,
        ),
    )
    assert "error" not in outcome, outcome.get("error")
    response = outcome["result"]
    assert response.status == 201
    parts = {part["name"]: part for part in decode_json(response)["parts"]}
    assert parts["title"]["value"] == fields["title"]
    assert parts["course"]["value"] == "12"
    assert parts["material"]["filename"] == "notes.pdf"
    assert parts["material"]["content_type"] == "application/pdf"
    assert parts["material"]["size"] == 3 * MB + 17
    assert parts["material"]["sha256"] == sha256_of(first)
    assert parts["extra"]["filename"] == "renamed.bin"
    assert parts["extra"]["content_type"] == "x-custom/type"
    assert parts["extra"]["sha256"] == sha256_of(second)
    entry = receiver.log()[-1]
    assert entry["headers"]["user-agent"] == "upload-test/1"
    assert entry["headers"]["content-type"].startswith("multipart/form-data; boundary=")
    assert "idempotency-key" not in entry["headers"]
    assert "authorization" not in entry["headers"]


def test_progress_rises_to_one(receiver, qtbot, tmp_path):
    # Qt signals upload progress at most every 100 ms: a slow reader makes several.
    path = make_file(tmp_path / "big.zip", 12 * MB)
    outcome = run_upload(qtbot, upload(receiver.url("slow"), [("material", path)]))
    assert "result" in outcome, outcome.get("error")
    seen = outcome["progress"]
    assert len(seen) >= 5
    assert seen == sorted(seen)
    assert seen[0] < 0.5
    assert seen[-1] == 1.0


def test_cancel_midway_reports_cancelled_and_the_body_is_incomplete(receiver, qtbot, tmp_path):
    path = make_file(tmp_path / "slow.bin", 40 * MB)
    before = len(receiver.log())
    outcome = run_upload(
        qtbot, upload(receiver.url("slow"), [("material", path)]), cancel_after_s=1.0
    )
    assert isinstance(outcome.get("error"), CancelledError), outcome
    assert outcome["elapsed"] < 4
    entry = receiver.wait_for_entries(before + 1)[-1]
    assert entry["path"].endswith("/slow")
    assert not entry["complete"]
    assert 0 < entry["received"] < entry["expected"]


def test_a_silent_server_times_out(receiver, qtbot, tmp_path):
    path = make_file(tmp_path / "small.txt", 1000)
    outcome = run_upload(qtbot, upload(receiver.url("hang"), [("material", path)], timeout_s=1.0))
    assert isinstance(outcome.get("error"), TimeoutError_), outcome
    assert outcome["elapsed"] < 5


def test_413_is_payload_too_large_with_the_limit(receiver, qtbot, tmp_path):
    path = make_file(tmp_path / "small.txt", 2000)
    outcome = run_upload(qtbot, upload(receiver.url("413"), [("material", path)]))
    error = outcome.get("error")
    assert isinstance(error, PayloadTooLarge), outcome
    assert error.limit == 1048576
    assert "1.0 MB" in str(error)


def test_400_is_validation_failed_with_field_errors(receiver, qtbot, tmp_path):
    path = make_file(tmp_path / "small.txt", 2000)
    outcome = run_upload(qtbot, upload(receiver.url("400"), [("material", path)]))
    error = outcome.get("error")
    assert isinstance(error, ValidationFailed), outcome
    assert error.errors == {"title": ["This field is required."]}


def test_a_server_error_midway_is_not_a_success(receiver, qtbot, tmp_path):
    path = make_file(tmp_path / "big.bin", 16 * MB)
    outcome = run_upload(qtbot, upload(receiver.url("500"), [("material", path)]))
    error = outcome.get("error")
    # Qt reads the early answer when it arrives before the socket closes; otherwise it sees
    # the connection closed. Either way a clear error, never a success.
    if isinstance(error, HttpError):
        assert error.status == 500
    else:
        assert isinstance(error, NetworkError) and not isinstance(error, TimeoutError_), outcome


def test_a_connection_closed_midway_is_a_network_error(receiver, qtbot, tmp_path):
    path = make_file(tmp_path / "big.bin", 16 * MB)
    outcome = run_upload(qtbot, upload(receiver.url("close"), [("material", path)]))
    error = outcome.get("error")
    assert type(error) is NetworkError, outcome
    assert "upload failed" in str(error)
    assert receiver.url("close") in str(error)


def test_the_authcfg_and_the_idempotency_key_are_sent(receiver, qtbot, tmp_path):
    path = make_file(tmp_path / "small.txt", 2000)
    config = store_basic_config("certification upload test", "uploader", "s3cret-upload")
    try:
        outcome = run_upload(
            qtbot,
            upload(
                receiver.url("ok"),
                [("material", path)],
                authcfg=config.id(),
                idempotency_key="key-123",
            ),
        )
    finally:
        QgsApplication.authManager().removeAuthenticationConfig(config.id())
    assert "result" in outcome, outcome.get("error")
    headers = receiver.log()[-1]["headers"]
    expected = "Basic " + base64.b64encode(b"uploader:s3cret-upload").decode()
    assert headers["authorization"] == expected
    assert headers["idempotency-key"] == "key-123"


def test_a_missing_file_is_a_clear_error(receiver, qtbot, tmp_path):
    outcome = run_upload(
        qtbot, upload(receiver.url("ok"), [("material", str(tmp_path / "gone.pdf"))])
    )
    error = outcome.get("error")
    assert isinstance(error, UploadFileError), outcome
    assert "gone.pdf" in str(error)


def test_on_the_main_thread_it_refuses():
    with pytest.raises(RuntimeError):
        upload_files("http://127.0.0.1:9/", {}, [], user_agent="x", timeout_s=1)


def _rss_bytes() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


def test_100_mb_upload_streams_from_disk_and_keeps_the_main_thread_free(receiver, qtbot, tmp_path):
    path = str(tmp_path / "sparse.bin")
    with open(path, "wb") as handle:
        handle.truncate(100 * MB)  # sparse: reads as zeros, costs no disk
    baseline = _rss_bytes()
    samples = [baseline]
    ticks: List[float] = []

    def tick() -> None:
        ticks.append(time.monotonic())
        if len(ticks) % 5 == 0:
            samples.append(_rss_bytes())

    outcome = run_upload(
        qtbot, upload(receiver.url("ok"), [("material", path)]), on_tick=tick, timeout_ms=120000
    )
    assert "result" in outcome, outcome.get("error")
    part = decode_json(outcome["result"])["parts"][0]
    assert part["size"] == 100 * MB
    assert part["sha256"] == hashlib.sha256(bytes(100 * MB)).hexdigest()
    growth = max(samples) - baseline
    assert growth < 40 * MB, f"RSS grew by {growth / MB:.1f} MB"
    gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:])]
    assert len(gaps) > 10
    assert max(gaps) < 0.05, f"the main thread stalled for {max(gaps) * 1000:.0f} ms"
    os.unlink(path)
