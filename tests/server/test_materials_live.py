"""Material uploads through the real server (gunicorn, as production runs it), streamed.

A 110 MB upload must be refused with 413 as soon as its headers are in, while the client is
still sending; one just past the 100 MiB limit is stopped part-way; a 100 MiB "PDF" (a PDF
header and padding: what the upload benchmark sends) is accepted. All of it without a worker
holding an upload in memory: the workers' peak resident memory (VmHWM) is read from /proc
before and after. Two uploads racing for the last bytes of the application's quota (a
file database, on SQLite, as served): one is stored, one refused. Figures are printed
(``pytest -s``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from tests.server.live_server import Server, live_server
from tests.server.upload_stream import MB, gunicorn_pids, peak_rss_mb, port_of, stream_upload

FILE_LIMIT = 100 * MB  # the default APPLICATION_MAX_FILE_BYTES
TOTAL_LIMIT = 250 * MB
#: A worker's peak memory may grow this much while uploads stream through it (Django,
#: buffers); an upload held in memory would add its size.
RSS_GROWTH_MB = 40


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("APPLICATION_MAX_TOTAL_BYTES", str(TOTAL_LIMIT))
        patch.delenv("APPLICATION_MAX_FILE_BYTES", raising=False)
        with live_server(tmp_path_factory.mktemp("materials-live")) as running:
            yield running


@pytest.fixture(scope="module")
def materials_path(server: Server) -> str:
    """A draft of the server's manager (who owns what they create)."""
    response = requests.post(
        f"{server.base_url}/api/v1/applications/",
        json={"details": {"name": "Live Upload Academy"}},
        headers={"Authorization": f"Token {server.token}", "Accept": "application/json"},
        timeout=30,
    )
    assert response.status_code == 201, response.text
    return f"/api/v1/applications/{response.json()['id']}/materials/"


def upload(server: Server, path: str, size: int, course: str = "c1", **kwargs: Any) -> Any:
    return stream_upload(
        server.base_url,
        path,
        server.token,
        filename="material.pdf",
        size=size,
        fields={"part": "lectures", "course": course},
        **kwargs,
    )


def worker_peaks(server: Server) -> dict[int, float]:
    return {pid: peak_rss_mb(pid) for pid in gunicorn_pids(port_of(server.base_url))}


def assert_streamed(before: dict[int, float], after: dict[int, float], what: str) -> None:
    grown = {pid: after[pid] - before.get(pid, after[pid]) for pid in after}
    print(f"\n{what}: workers' peak RSS {before} -> {after} MB")
    assert max(grown.values()) < RSS_GROWTH_MB, (what, grown)


def test_a_110_mb_upload_is_refused_while_it_is_still_being_sent(server, materials_path):
    before = worker_peaks(server)
    answer = upload(server, materials_path, 110 * 1000 * 1000)
    print(
        f"\n110 MB upload: {answer.status} after {answer.seconds * 1000:.0f} ms, "
        f"{answer.sent / MB:.1f} of {answer.total / MB:.1f} MiB sent"
    )
    assert answer.status == 413
    assert answer.body["code"] == "too_large"
    assert (answer.body["limit"], answer.body["scope"]) == (FILE_LIMIT, "file")
    assert answer.sent < answer.total / 2  # answered long before the body was through
    assert answer.seconds < 5
    assert_streamed(before, worker_peaks(server), "110 MB refused")


def test_an_upload_just_past_the_limit_is_stopped_part_way(server, materials_path):
    """Content-Length is within the framing slack: the server reads up to the limit, no more,
    and never into memory."""
    before = worker_peaks(server)
    answer = upload(server, materials_path, FILE_LIMIT + 10_000)
    print(f"\n100 MiB + 10 kB: {answer.status} after {answer.seconds:.2f} s")
    assert answer.status == 413, answer.body
    assert (answer.body["limit"], answer.body["scope"]) == (FILE_LIMIT, "file")
    assert_streamed(before, worker_peaks(server), "100 MiB + 10 kB stopped")


def test_a_100_mib_pdf_is_accepted_and_streamed_to_storage(server, materials_path):
    before = worker_peaks(server)
    answer = upload(server, materials_path, FILE_LIMIT)
    rate = FILE_LIMIT / MB / answer.seconds
    print(f"\n100 MiB PDF: {answer.status} in {answer.seconds:.2f} s ({rate:.0f} MiB/s)")
    assert answer.status == 201, answer.body
    assert answer.body["size"] == FILE_LIMIT
    assert answer.body["content_type"] == "application/pdf"
    assert_streamed(before, worker_peaks(server), "100 MiB stored")
    download = requests.get(
        answer.body["download_url"],
        headers={"Authorization": f"Token {server.token}"},
        stream=True,
        timeout=60,
    )
    assert download.status_code == 200
    assert download.headers["Content-Length"] == str(FILE_LIMIT)
    assert download.headers["Content-Disposition"] == 'attachment; filename="material.pdf"'
    first = next(download.iter_content(16))
    download.close()
    assert first.startswith(b"%PDF-1.4")


def test_two_uploads_racing_for_the_last_bytes_of_the_quota(server, materials_path):
    """150 MiB are left: each 80 MiB upload fits alone, both do not."""
    answers: list[Any] = []

    def send(course: str) -> None:
        answers.append(upload(server, materials_path, 80 * MB, course=course))

    threads = [threading.Thread(target=send, args=(course,)) for course in ("race-a", "race-b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    statuses = sorted(answer.status for answer in answers)
    print(f"\nracing uploads on {server.database}: {statuses}")
    assert statuses == [201, 413], [a.body for a in answers]
    refused = next(a for a in answers if a.status == 413)
    assert (refused.body["limit"], refused.body["scope"]) == (TOTAL_LIMIT, "application")
    listed = requests.get(
        f"{server.base_url}{materials_path}",
        headers={"Authorization": f"Token {server.token}"},
        timeout=30,
    ).json()
    assert sorted(m["size"] for m in listed) == [80 * MB, FILE_LIMIT]
