"""Only the materials endpoint takes files: elsewhere a multipart body is refused unread.

Django's default upload handlers spool any file of any size to disk before a view runs; the
materials endpoint has its own limited handler, the other application endpoints take JSON (and
plain forms for submit and withdraw) and answer 415 to multipart, so nobody can fill the disk
through them.
"""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from applications.models import Application
from django.test.client import MULTIPART_CONTENT

from tests.server.factories_applications import new_application, token_client

pytestmark = pytest.mark.django_db
BASE = "/api/v1/applications/"


def test_a_file_sent_to_withdraw_is_refused_unread(catalogue_factory, tmp_path, settings):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    application = new_application(catalogue_factory)
    client = token_client(application.organisation.owners.get())
    upload = tmp_path / "big.bin"
    upload.write_bytes(b"\0" * 3_000_000)  # past Django's in-memory limit: would be spooled
    with upload.open("rb") as stream:
        response = client.post(
            f"{BASE}{application.pk}/withdraw/", {"file": stream}, content_type=MULTIPART_CONTENT
        )
    assert response.status_code == 415
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.bin"]  # nothing spooled
    assert Application.objects.get(pk=application.pk).state == "draft"


def test_submit_never_reads_a_body(catalogue_factory, tmp_path, settings):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    application = new_application(catalogue_factory)
    client = token_client(application.organisation.owners.get())
    upload = tmp_path / "big.bin"
    upload.write_bytes(b"\0" * 3_000_000)
    with upload.open("rb") as stream:
        response = client.post(
            f"{BASE}{application.pk}/submit/", {"file": stream}, content_type=MULTIPART_CONTENT
        )
    assert response.status_code in (200, 415)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.bin"]  # nothing spooled


def test_withdraw_still_takes_a_plain_form(catalogue_factory):
    application = new_application(catalogue_factory)
    client = token_client(application.organisation.owners.get())
    response = client.post(
        f"{BASE}{application.pk}/withdraw/",
        urlencode({"reason": "Not this year"}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200, response.content
    assert response.json()["state"] == "withdrawn"
