"""Uploading, listing, deleting and downloading an application's material (API v1)."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest
from applications.models import Application, Material
from audit.models import Event

from tests.server.materials_helpers import (
    ELF,
    HTML,
    MB,
    PNG,
    build_world,
    pdf,
    stored_files,
    zipped,
)
from tests.server.materials_helpers import upload as file

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(settings, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    return settings.MEDIA_ROOT


@pytest.fixture
def world(catalogue_factory, media):
    return build_world(catalogue_factory)


def events(action: str) -> list[Event]:
    return list(Event.objects.filter(action=action).order_by("sequence"))


# --- upload -----------------------------------------------------------------------------------


def test_upload_stores_the_file_and_answers_the_material(world, media):
    content = pdf(5000)
    checks = {"layers": [{"name": "roads", "valid": True}], "qgis_version": "3.34.4"}
    response = world.post(file=file("Lecture 1.pdf", content), checks=json.dumps(checks))
    assert response.status_code == 201, response.json()
    body = response.json()
    material = Material.objects.get()
    assert body == {
        "id": material.pk,
        "course": "c1",
        "part": "lectures",
        "filename": "Lecture 1.pdf",
        "size": 5000,
        "sha256": material.sha256,
        "content_type": "application/pdf",
        "checks": checks,
        "uploaded_at": body["uploaded_at"],
        "download_url": f"http://testserver{world.base}{material.pk}/download/",
    }
    import hashlib

    assert material.sha256 == hashlib.sha256(content).hexdigest()
    [stored] = stored_files(media)
    assert stored.read_bytes() == content
    # Stored under a random name in the application's folder, not the applicant's name.
    assert stored.parent == media / "applications" / str(world.application.pk)
    assert "Lecture" not in stored.name and stored.suffix == ".pdf"
    [event] = events("application.material.add")
    assert event.object_id == str(world.application.pk)
    assert event.after["material"] == material.pk and event.after["sha256"] == material.sha256
    assert world.clients["owner"].get(world.base).json() == [body]


def test_the_application_lists_its_materials(world):
    world.post(file=file("a.pdf", pdf()))
    detail = world.clients["owner"].get(f"/api/v1/applications/{world.application.pk}/").json()
    assert [m["filename"] for m in detail["materials"]] == ["a.pdf"]
    assert detail["materials"][0]["download_url"].endswith("/download/")


def test_identical_content_for_the_same_course_and_part_is_not_a_duplicate(world, media):
    first = world.post(file=file("a.pdf", pdf()))
    again = world.post(file=file("renamed.pdf", pdf()))
    assert first.status_code == 201 and again.status_code == 200
    assert again.json() == first.json()
    assert Material.objects.count() == 1 and len(stored_files(media)) == 1
    assert len(events("application.material.add")) == 1
    # Another part, or another course, is another material.
    assert world.post(file=file("a.pdf", pdf()), part="exercises").status_code == 201
    assert world.post(file=file("a.pdf", pdf()), course="c2").status_code == 201
    assert Material.objects.count() == 3


def test_a_retried_upload_with_the_same_idempotency_key_changes_nothing_twice(world, media):
    """The retry is deduplicated by content (SHA-256): no second row, file or audit event."""
    headers = {"HTTP_IDEMPOTENCY_KEY": "upload-7f3a"}
    fields = {"part": "lectures", "course": "c1"}
    client = world.clients["owner"]
    first = client.post(world.base, {**fields, "file": file("a.pdf", pdf())}, **headers)
    retry = client.post(world.base, {**fields, "file": file("a.pdf", pdf())}, **headers)
    assert (first.status_code, retry.status_code) == (201, 200)
    assert retry.json()["id"] == first.json()["id"]
    assert Material.objects.count() == 1 and len(stored_files(media)) == 1
    assert len(events("application.material.add")) == 1


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("lecture.pdf", ELF, "a program (ELF executable)"),
        ("lecture.pdf", HTML, "a web page (HTML)"),
        ("lecture.pdf", b"MZ\x90\x00" + bytes(200), "Windows executable"),
        ("setup.exe", pdf(), "ending in .exe are not accepted"),
        ("lecture.docx", zipped(("a.txt", b"x")), "a plain zip archive"),
        ("data.zip", zipped(("zeros.bin", bytes(8 * MB))), "zip bomb"),
        ("data.zip", zipped(("../../etc/cron.d/x", b"x")), "climbs out"),
        ("data.zip", zipped(("/etc/passwd", b"x")), "absolute path"),
    ],
)
def test_wrong_types_by_content_are_refused_and_nothing_is_stored(
    world, media, name, content, reason
):
    response = world.post(file=file(name, content))
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid" and list(body["errors"]) == ["file"]
    assert reason in body["errors"]["file"][0]
    assert not Material.objects.exists() and stored_files(media) == []


def test_a_symlink_member_is_refused(world, media):
    link = zipfile.ZipInfo("data/passwd")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    response = world.post(file=file("data.zip", zipped(("ok.csv", b"x\n"), (link, b"/etc/passwd"))))
    assert response.status_code == 400
    assert "symbolic link" in response.json()["errors"]["file"][0]
    assert stored_files(media) == []


def test_the_zip_bomb_is_a_few_kilobytes():
    assert len(zipped(("zeros.bin", bytes(8 * MB)))) < 20_000


def test_a_zip_within_limits_is_stored(world):
    archive = zipped(("points.csv", b"x,y\n1,2\n"), ("project.qgs", b"<qgis/>"))
    response = world.post(file=file("data.zip", archive), part="data")
    assert response.status_code == 201 and response.json()["content_type"] == "application/zip"


def test_logo_is_an_image_and_a_new_one_replaces_the_old(
    world, media, django_capture_on_commit_callbacks
):
    refused = world.post(file=file("logo.pdf", pdf()), part="logo")
    assert refused.status_code == 400
    assert "must be an image" in refused.json()["errors"]["file"][0]
    first = world.post(file=file("logo.png", PNG), part="logo", course="ignored")
    assert first.status_code == 201 and first.json()["course"] == ""
    with django_capture_on_commit_callbacks(execute=True):
        svg = b'<svg xmlns="http://www.w3.org/2000/svg"/>'
        second = world.post(file=file("logo.svg", svg), part="logo")
    assert second.status_code == 201
    assert list(Material.objects.values_list("filename", flat=True)) == ["logo.svg"]
    assert [p.suffix for p in stored_files(media)] == [".svg"]
    assert events("application.material.add")[-1].after["replaced"] == [first.json()["id"]]
    detail = world.clients["owner"].get(f"/api/v1/applications/{world.application.pk}/").json()
    assert detail["logo_url"] == second.json()["download_url"]


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"checks": "{not json"}, "checks", "Not valid JSON"),
        ({"checks": "[1, 2]"}, "checks", "JSON object"),
        ({"checks": json.dumps({"a": "x" * 70_000})}, "checks", "At most 65536 bytes"),
        ({"checks": '{"a": "\\u0000"}'}, "checks", "NUL"),
        ({"checks": '{"a": "\\ud800"}'}, "checks", "surrogates"),
        ({"checks": "[" * 5000 + "]" * 5000}, "checks", "nested too deeply"),
        ({"course": "Not A Key!"}, "course", ""),
        ({"course": ""}, "course", "Name the course"),
        ({"part": "slides"}, "part", ""),
    ],
)
def test_invalid_fields_are_400_at_the_field(world, media, fields, field, message):
    response = world.post(file=file("a.pdf", pdf()), **fields)
    assert response.status_code == 400, response.content
    errors = response.json()["errors"]
    assert field in errors and message in errors[field][0]
    assert stored_files(media) == []


def test_empty_checks_are_null(world):
    response = world.post(file=file("a.pdf", pdf()), checks="")
    assert response.status_code == 201 and response.json()["checks"] is None


def test_file_is_required_and_one_per_upload(world, media):
    assert "file" in world.post().json()["errors"]
    assert "file" in world.post(file="not a file").json()["errors"]
    two = world.post(file=[file("a.pdf", pdf()), file("b.pdf", pdf(marker=b"b"))])
    assert two.status_code == 400 and "one file per upload" in two.json()["errors"]["file"][0]
    elsewhere = world.post(document=file("a.pdf", pdf()))
    assert elsewhere.status_code == 400 and "field 'file'" in elsewhere.json()["errors"]["file"][0]
    empty = world.post(file=file("a.pdf", b""))
    assert empty.status_code == 400 and "empty" in empty.json()["errors"]["file"][0]
    assert stored_files(media) == []


def test_filenames_are_cleaned(world):
    response = world.post(file=file("c\\evil;x|y\u202e.pdf", pdf()))
    assert response.status_code == 201, response.json()
    assert response.json()["filename"] == "evil_x_y.pdf"


# --- states and roles ------------------------------------------------------------------------


@pytest.mark.parametrize("state", ["submitted", "screening", "approved", "withdrawn"])
def test_upload_and_delete_only_while_editable(world, state):
    material = world.post(file=file("a.pdf", pdf())).json()
    world.set_state(state)
    for response in (
        world.post(file=file("b.pdf", pdf(marker=b"b"))),
        world.clients["owner"].delete(f"{world.base}{material['id']}/"),
    ):
        assert response.status_code == 409
        body = response.json()
        assert body["code"] == "conflict" and body["state"] == state
        assert isinstance(body["allowed_actions"], list)
    assert Material.objects.count() == 1


def test_upload_after_changes_were_requested(world):
    world.set_state("changes_requested")
    assert world.post(file=file("a.pdf", pdf())).status_code == 201


def test_who_may_do_what(world):
    material = world.post(file=file("a.pdf", pdf())).json()
    detail = f"{world.base}{material['id']}/"
    download = f"{detail}download/"
    expected = {
        # role: (list, upload, delete, download)
        "anonymous": (401, 401, 401, 401),
        "other": (404, 404, 404, 404),
        "manager": (200, 403, 403, 200),
    }
    for role, statuses in expected.items():
        client = world.clients[role]
        answers = (
            client.get(world.base).status_code,
            world.post(role, file=file("b.pdf", pdf(marker=role.encode()))).status_code,
            client.delete(detail).status_code,
            client.get(download).status_code,
        )
        assert answers == statuses, role
    assert Material.objects.count() == 1


def test_unknown_application_or_material_is_404(world, catalogue_factory):
    elsewhere = build_world(catalogue_factory, name="Elsewhere Org")
    theirs = elsewhere.post(file=file("a.pdf", pdf())).json()
    owner = world.clients["owner"]
    # Their material through my application's URL: not found.
    assert owner.get(f"{world.base}{theirs['id']}/download/").status_code == 404
    assert owner.delete(f"{world.base}{theirs['id']}/").status_code == 404
    assert owner.get("/api/v1/applications/999999/materials/").status_code == 404
    assert owner.get(f"{world.base}999999999999999999/download/").status_code == 404
    assert Material.objects.count() == 1


# --- download and delete -----------------------------------------------------------------------


def test_download_streams_the_file_as_an_attachment(world):
    content = pdf(300_000)
    material = world.post(file=file("Curs în română.pdf", content)).json()
    for role in ("owner", "manager"):
        response = world.clients[role].get(material["download_url"], HTTP_ACCEPT="application/pdf")
        assert response.status_code == 200
        assert response.streaming and b"".join(response.streaming_content) == content
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Length"] == str(len(content))
        assert response["Content-Disposition"] == (
            "attachment; filename*=utf-8''Curs%20%C3%AEn%20rom%C3%A2n%C4%83.pdf"
        )
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
        assert "no-store" in response["Cache-Control"]


def test_text_downloads_say_their_charset(world):
    material = world.post(file=file("notes.md", "# Notă\n".encode()), part="exercises").json()
    response = world.clients["owner"].get(material["download_url"])
    assert response["Content-Type"] == "text/markdown; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="notes.md"'


def test_files_are_never_under_a_public_url(world, media, client):
    world.post(file=file("a.pdf", pdf()))
    [stored] = stored_files(media)
    relative = stored.relative_to(media).as_posix()
    for path in (f"/media/{relative}", f"/{relative}", f"/static/../media/{relative}"):
        assert client.get(path).status_code == 404, path


def test_a_missing_file_is_a_404_not_a_500(world, media):
    material = world.post(file=file("a.pdf", pdf())).json()
    for path in stored_files(media):
        path.unlink()
    response = world.clients["owner"].get(material["download_url"])
    assert response.status_code == 404 and response.json()["code"] == "not_found"


def test_delete_removes_the_row_and_then_the_file(world, media, django_capture_on_commit_callbacks):
    material = world.post(file=file("a.pdf", pdf())).json()
    keep = world.post(file=file("b.pdf", pdf(marker=b"b"))).json()
    with django_capture_on_commit_callbacks(execute=True):
        response = world.clients["owner"].delete(f"{world.base}{material['id']}/")
    assert response.status_code == 204
    assert list(Material.objects.values_list("pk", flat=True)) == [keep["id"]]
    assert len(stored_files(media)) == 1
    [event] = events("application.material.remove")
    assert event.before["material"] == material["id"]
    assert world.clients["owner"].delete(f"{world.base}{material['id']}/").status_code == 404
    application = Application.objects.get(pk=world.application.pk)
    assert application.revision == world.application.revision  # not an edit of the draft


# --- failures half-way ----------------------------------------------------------------------------


def test_an_error_after_storing_leaves_no_file_and_no_row(world, media, monkeypatch):
    from applications import materials

    def broken(**kwargs):
        raise RuntimeError("the audit log is down")

    monkeypatch.setattr(materials, "record", broken)
    response = world.post(file=file("a.pdf", pdf()))
    assert response.status_code == 500 and response.json()["code"] == "server_error"
    assert not Material.objects.exists()
    assert stored_files(media) == []


def test_storage_failing_mid_write_leaves_no_file_and_no_row(world, media, monkeypatch):
    from django.core.files.storage import FileSystemStorage

    original = FileSystemStorage._save

    def half_written(self, name, content):
        original(self, name, content)
        raise OSError("disk full")  # after the bytes hit the disk

    monkeypatch.setattr(FileSystemStorage, "_save", half_written)
    response = world.post(file=file("a.pdf", pdf(100_000)))
    assert response.status_code == 500
    assert not Material.objects.exists()
    # The half-written file is deleted under the name storage was asked for.
    assert stored_files(media) == []
    assert response.json() == {"detail": "Server error.", "code": "server_error"}
