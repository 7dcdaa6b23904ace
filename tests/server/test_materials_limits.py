"""Size limits of material uploads: 413 with the limit and its scope, nothing left behind.

Two ways to be refused, both tested per limit: before the body is read (``Content-Length``
says it cannot fit) and while it streams (the file passes the limit part-way; the partial
temporary file is deleted). The per-application limit is checked again under the
application's lock, so two uploads that each fit cannot both be stored.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from applications import materials
from applications.models import Material
from django.db import connection

from tests.server.materials_helpers import build_world, pdf, stored_files
from tests.server.materials_helpers import upload as file

pytestmark = pytest.mark.django_db

FILE_LIMIT = 20_000
TOTAL_LIMIT = 30_000


@pytest.fixture
def folders(settings, tmp_path: Path) -> tuple[Path, Path]:
    """(MEDIA_ROOT, the temporary folder uploads stream to)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    settings.FILE_UPLOAD_TEMP_DIR = str(uploads)
    settings.APPLICATION_MAX_FILE_BYTES = FILE_LIMIT
    settings.APPLICATION_MAX_TOTAL_BYTES = TOTAL_LIMIT
    return settings.MEDIA_ROOT, uploads


@pytest.fixture
def world(catalogue_factory, folders):
    return build_world(catalogue_factory)


def assert_too_large(response, limit: int, scope: str) -> dict:
    assert response.status_code == 413, response.content
    body = response.json()
    assert body["code"] == "too_large"
    assert (body["limit"], body["scope"]) == (limit, scope)
    assert str(limit) in body["detail"]
    return body


def assert_nothing_left(folders: tuple[Path, Path], stored: int = 0) -> None:
    media, uploads = folders
    assert len(stored_files(media)) == stored
    assert list(uploads.iterdir()) == []  # no partial temporary file
    assert Material.objects.count() == stored


def test_a_file_at_the_limit_is_accepted(world, folders):
    response = world.post(file=file("a.pdf", pdf(FILE_LIMIT)))
    assert response.status_code == 201 and response.json()["size"] == FILE_LIMIT
    assert_nothing_left(folders, stored=1)


def test_a_file_far_past_the_limit_is_refused_before_its_body_is_read(world, folders, monkeypatch):
    """Content-Length alone decides: the handler never receives a chunk."""
    from applications.upload_handlers import LimitedUploadHandler

    chunks = []
    original = LimitedUploadHandler.receive_data_chunk
    monkeypatch.setattr(
        LimitedUploadHandler,
        "receive_data_chunk",
        lambda self, data, start: chunks.append(len(data)) or original(self, data, start),
    )
    response = world.post(file=file("a.pdf", pdf(FILE_LIMIT + 200_000)))
    assert_too_large(response, FILE_LIMIT, "file")
    assert chunks == []
    assert_nothing_left(folders)


def test_a_file_just_past_the_limit_is_stopped_while_streaming(world, folders, monkeypatch):
    from applications.upload_handlers import LimitedUploadHandler

    received = []
    original = LimitedUploadHandler.receive_data_chunk

    def counting(self, data, start):
        received.append(len(data))
        return original(self, data, start)

    monkeypatch.setattr(LimitedUploadHandler, "receive_data_chunk", counting)
    response = world.post(file=file("a.pdf", pdf(FILE_LIMIT + 1)))
    assert_too_large(response, FILE_LIMIT, "file")
    assert sum(received) == FILE_LIMIT + 1  # it did stream (Content-Length was in the slack)
    assert_nothing_left(folders)


def test_the_application_limit_counts_what_is_stored(world, folders):
    assert world.post(file=file("a.pdf", pdf(15_000))).status_code == 201
    # Streams, then stops: 15 000 bytes are left, the file is 16 000.
    streamed = world.post(file=file("b.pdf", pdf(16_000, marker=b"b")))
    body = assert_too_large(streamed, TOTAL_LIMIT, "application")
    assert body["remaining"] == 15_000
    assert "15000 bytes are left" in body["detail"]
    # Past the file limit too: the smaller limit (what is left) is the one named.
    unread = world.post(file=file("c.pdf", pdf(300_000, marker=b"c")))
    assert_too_large(unread, TOTAL_LIMIT, "application")
    assert_nothing_left(folders, stored=1)
    # What still fits is accepted.
    assert world.post(file=file("d.pdf", pdf(15_000, marker=b"d"))).status_code == 201


def test_the_domain_checks_the_application_limit_under_its_lock(world, folders, monkeypatch):
    """Should the handler's early figure be stale, the locked check still refuses."""
    assert world.post(file=file("a.pdf", pdf(15_000))).status_code == 201
    monkeypatch.setattr(materials, "remaining_bytes", lambda application_id: 10**9)
    response = world.post(file=file("b.pdf", pdf(16_000, marker=b"b")))
    body = assert_too_large(response, TOTAL_LIMIT, "application")
    assert body["remaining"] == 15_000
    assert_nothing_left(folders, stored=1)


def test_a_duplicate_does_not_count_against_the_limit(world, folders):
    assert world.post(file=file("a.pdf", pdf(15_000))).status_code == 201
    assert world.post(file=file("a.pdf", pdf(15_000))).status_code == 200
    assert world.post(file=file("b.pdf", pdf(15_000, marker=b"b"))).status_code == 201
    assert_nothing_left(folders, stored=2)


def test_a_replaced_logo_does_not_count_against_the_limit(world, folders):
    png = b"\x89PNG\r\n\x1a\n"
    assert world.post(file=file("a.pdf", pdf(15_000))).status_code == 201
    assert world.post(file=file("l.png", png + bytes(14_000)), part="logo").status_code == 201
    # 29 000 stored; a new 14 500-byte logo fits because it replaces the 14 000-byte one.
    replaced = world.post(file=file("m.png", png + b"m" + bytes(14_500)), part="logo")
    assert replaced.status_code == 201


@pytest.mark.django_db(transaction=True)
def test_two_uploads_racing_for_the_last_bytes(catalogue_factory, folders):
    """Each fits alone, both together do not: one 201, one 413, one file stored.

    On PostgreSQL (the application row locked FOR UPDATE). SQLite's in-memory test database
    (shared cache) fails on table locks instead of waiting, so there the race is run in
    tests/server/test_materials_live.py, against a file database as served.
    """
    if connection.vendor == "sqlite":
        pytest.skip("SQLite's in-memory test database does not wait on locks; see the live test")
    world = build_world(catalogue_factory)
    assert world.post(file=file("a.pdf", pdf(10_000))).status_code == 201
    answers: list[int] = []
    start = threading.Barrier(2)

    def race(marker: bytes) -> None:
        try:
            start.wait()
            response = world.post(file=file("x.pdf", pdf(12_000, marker=marker)))
            answers.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=race, args=(m,)) for m in (b"1", b"2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(answers) == [201, 413]
    assert_nothing_left(folders, stored=2)
