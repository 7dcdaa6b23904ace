"""qgis_io.downloads: material files streamed from the reference server in a QgsTask."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

import pytest
from qgis.core import QgsApplication

from certification_plugin.core.errors import (
    CancelledError,
    HttpError,
    InvalidResponseError,
    NotFoundError,
)
from certification_plugin.qgis_io.downloads import (
    PART_SUFFIX,
    application_folder,
    authcfg_of,
    content_disposition_filename,
    download_file,
    download_material,
    folder_key,
    material_target,
    safe_filename,
)
from certification_plugin.qgis_io.tasks import FunctionTask, TaskContext
from tests.fixtures.reference_server import ReferenceServer
from tests.plugin.apply_helpers import Applicant
from tests.plugin.material_helpers import PDF, draft_with_files, material_named, token_client

MB = 1 << 20


def big_pdf(size: int) -> bytes:
    block = hashlib.sha256(b"seed").digest() * 2048
    body = (block * (size // len(block) + 1))[: size - len(PDF)]
    return PDF[:-6] + body + PDF[-6:]


@pytest.fixture
def uploaded(reference_server: ReferenceServer, applicant: Applicant) -> Dict[str, Any]:
    """The applicant's draft with a small PDF and a 6 MB one."""
    apps = token_client(reference_server, applicant.token)
    ident, materials = draft_with_files(
        apps,
        f"Downloads {applicant.username}",
        [("slides.pdf", PDF, "lectures"), ("big.pdf", big_pdf(6 * MB), "exercises")],
    )
    return {"id": ident, "materials": materials, "apps": apps}


def run_task(qtbot, work: Callable[[TaskContext], Any], cancel_after_s: Optional[float] = None):
    outcome: Dict[str, Any] = {}
    progress: List[float] = []

    def wrapped(context: TaskContext) -> Any:
        original = context.progress

        def record(fraction: float) -> None:
            progress.append(fraction)
            original(fraction)

        context.progress = record  # type: ignore[method-assign]
        return work(context)

    task = FunctionTask(
        "download test",
        wrapped,
        on_success=lambda result: outcome.setdefault("result", result),
        on_error=lambda error: outcome.setdefault("error", error),
    )
    QgsApplication.taskManager().addTask(task)
    if cancel_after_s is not None:
        qtbot.wait(int(cancel_after_s * 1000))
        task.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=60000)
    outcome["progress"] = progress
    return outcome


def test_safe_filenames() -> None:
    assert safe_filename("slides.pdf") == "slides.pdf"
    assert safe_filename("../../etc/passwd") == "passwd"
    assert safe_filename("C:\\Users\\x\\evil.qgz") == "evil.qgz"
    assert safe_filename("..") == "download"
    assert safe_filename("") == "download"
    assert safe_filename(None) == "download"
    assert safe_filename(".bashrc") == "bashrc"
    assert safe_filename("name. ") == "name"
    assert safe_filename("a\x00b\nc<d>.pdf") == "a_b_c_d_.pdf"
    assert safe_filename("CON") == "_CON"
    assert safe_filename("nul.txt") == "_nul.txt"
    assert safe_filename("hu\u0308bsch.gpkg") == "h\u00fcbsch.gpkg"
    long = safe_filename("x" * 300 + ".geojson")
    assert len(long) <= 120 and long.endswith(".geojson")
    assert content_disposition_filename('attachment; filename="a \\"b\\".pdf"') == 'a "b".pdf'
    assert (
        content_disposition_filename("attachment; filename*=utf-8''%E5%9C%B0%E5%9B%BE.gpkg")
        == "地图.gpkg"
    )
    assert content_disposition_filename("attachment") == ""
    assert folder_key("http://127.0.0.1:8123/") == "http_127_0_0_1_8123"
    assert folder_key("") == "default"
    folder = application_folder("srv", 12, root="/tmp/r")
    assert folder == os.path.join("/tmp/r", "srv", "12")
    assert material_target(folder, {"id": 5, "filename": "../x.pdf"}) == os.path.join(
        folder, "5", "x.pdf"
    )


def test_a_material_downloads_streamed_with_progress_and_its_hash_checked(
    qtbot, uploaded, applicant, tmp_path: Path
) -> None:
    big = material_named(uploaded["materials"], "big.pdf")
    assert big is not None
    folder = str(tmp_path / "cache")

    def work(context: TaskContext) -> Any:
        return download_material(
            big,
            folder,
            authcfg=applicant.authcfg,
            is_cancelled=context.is_cancelled,
            progress=context.progress,
        )

    outcome = run_task(qtbot, work)
    assert "error" not in outcome, outcome.get("error")
    result = outcome["result"]
    assert result.path == material_target(folder, big)
    assert result.size == big["size"] == 6 * MB
    assert result.sha256 == big["sha256"]
    assert not result.cached
    with open(result.path, "rb") as handle:
        assert hashlib.sha256(handle.read()).hexdigest() == big["sha256"]
    assert not os.path.exists(result.path + PART_SUFFIX)
    assert outcome["progress"][-1] == 1.0 and len(outcome["progress"]) > 2
    # Opening it again: the copy on disk, no download.
    again = run_task(qtbot, work)
    assert again["result"].cached and again["result"].path == result.path


def test_a_cancelled_download_is_not_a_success_and_leaves_no_file(
    qtbot, uploaded, applicant, tmp_path: Path
) -> None:
    big = material_named(uploaded["materials"], "big.pdf")
    target = str(tmp_path / "big.pdf")
    slow_seen: List[float] = []

    def work(context: TaskContext) -> Any:
        def slow_progress(fraction: float) -> None:
            slow_seen.append(fraction)
            time.sleep(0.05)  # a slow disk: the cancel arrives mid-way

        return download_file(
            big["download_url"],
            target,
            authcfg=applicant.authcfg,
            is_cancelled=context.is_cancelled,
            progress=slow_progress,
        )

    outcome = run_task(qtbot, work, cancel_after_s=0.15)
    assert isinstance(outcome.get("error"), CancelledError), outcome
    assert "result" not in outcome
    assert not os.path.exists(target)
    assert not os.path.exists(target + PART_SUFFIX)


def test_a_wrong_hash_is_refused_and_the_file_dropped(
    qtbot, uploaded, applicant, tmp_path: Path
) -> None:
    small = material_named(uploaded["materials"], "slides.pdf")
    target = str(tmp_path / "slides.pdf")

    def work(context: TaskContext) -> Any:
        return download_file(
            small["download_url"],
            target,
            expected_sha256="0" * 64,
            authcfg=applicant.authcfg,
            is_cancelled=context.is_cancelled,
        )

    outcome = run_task(qtbot, work)
    assert isinstance(outcome.get("error"), InvalidResponseError)
    assert not os.path.exists(target) and not os.path.exists(target + PART_SUFFIX)


def test_someone_else_gets_the_servers_error_and_no_file(
    qtbot, reference_server, uploaded, tmp_path: Path
) -> None:
    small = material_named(uploaded["materials"], "slides.pdf")
    stranger = Applicant(reference_server)
    try:
        target = str(tmp_path / "slides.pdf")

        def work(context: TaskContext) -> Any:
            return download_file(
                small["download_url"],
                target,
                authcfg=stranger.authcfg,
                is_cancelled=context.is_cancelled,
            )

        outcome = run_task(qtbot, work)
    finally:
        stranger.remove()
    assert isinstance(outcome.get("error"), NotFoundError)
    assert not os.path.exists(target) and not os.path.exists(target + PART_SUFFIX)

    def anonymous(context: TaskContext) -> Any:
        return download_file(small["download_url"], target, is_cancelled=context.is_cancelled)

    outcome = run_task(qtbot, anonymous)
    assert isinstance(outcome.get("error"), HttpError)
    assert outcome["error"].status in (401, 403, 404)
    assert not os.path.exists(target)


def test_the_main_thread_is_refused(uploaded, tmp_path: Path) -> None:
    small = uploaded["materials"][0]
    with pytest.raises(RuntimeError):
        download_file(small["download_url"], str(tmp_path / "x.pdf"))


def test_the_authcfg_is_read_from_the_clients_transport(reference_server) -> None:
    from certification_plugin.core.applications import ApplicationsClient
    from certification_plugin.gui.sign_in_dialog import api_session

    apps = ApplicationsClient(api_session(reference_server.base_url, "abc1234"))
    assert authcfg_of(apps.api) == "abc1234"
    assert authcfg_of(token_client(reference_server, "t").api) == ""
