"""The applications client against the real reference server on loopback (urllib transport)."""

from __future__ import annotations

from typing import Iterator, Tuple

import pytest

from certification_plugin.core.api import ApiSession, FilePart, new_idempotency_key
from certification_plugin.core.application_draft import ApplicationDraft, CourseDraft
from certification_plugin.core.applications import ApplicationsClient, offered
from certification_plugin.core.client import CertificationClient
from certification_plugin.core.errors import ConflictError, HttpError, ValidationFailed
from certification_plugin.core.http import HttpSession
from certification_plugin.core.urllib_transport import UrllibTransport
from certification_plugin.core.urls import api_url
from tests.fixtures.applicants import new_applicant
from tests.fixtures.reference_server import ReferenceServer

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _client(server: ReferenceServer, token: str = "", language: str = "en") -> ApplicationsClient:
    session = HttpSession(UrllibTransport(use_environment_proxies=False))
    headers = {"Authorization": f"Token {token}"} if token else {}
    return ApplicationsClient(ApiSession(api_url(server.base_url), session), language, headers)


@pytest.fixture
def applicant(reference_server: ReferenceServer) -> Iterator[Tuple[str, ApplicationsClient]]:
    username, token = new_applicant(reference_server)
    yield username, _client(reference_server, token)


def _complete(apps: ApplicationsClient, name: str) -> ApplicationDraft:
    form = apps.form()
    draft = ApplicationDraft(
        values={
            "name": name,
            "email": "office@example.org",
            "address": "Strada 1, Cluj",
            "country": "RO",
            "contributions": [
                {
                    "kind": "translation",
                    "description": "Romanian translation",
                    "links": "https://example.org/t",
                    "start_date": "2024-01-31",
                    "end_date": "",
                }
            ],
            "message": "Hello reviewers",
        },
        courses=[
            CourseDraft(
                "c1",
                {
                    "title": "QGIS basics",
                    "course_type": "Introduction",
                    "licence": "CC-BY-4.0",
                    "qgis_version": "3.34",
                    "lectures_links": "",
                    "exercises_links": "",
                    "data_links": "https://example.org/data",
                },
            )
        ],
        self_check_version=form.self_check_version,
        answers={q.key: True for q in form.questions},
    )
    return draft


def test_the_server_offers_applications(reference_server: ReferenceServer) -> None:
    session = HttpSession(UrllibTransport(use_environment_proxies=False))
    info = CertificationClient(reference_server.base_url, session).detect()
    assert offered(info)


def test_the_form_is_public_and_in_the_asked_language(reference_server: ReferenceServer) -> None:
    english = _client(reference_server).form()
    chinese = _client(reference_server, language="zh_TW").form()
    assert english.questions and len(english.contribution_kinds) == 10
    assert [q.key for q in english.questions] == [q.key for q in chinese.questions]
    assert english.questions[0].text != chinese.questions[0].text
    assert chinese.language == "zh-hant"
    assert english.limit("max_file_bytes") > 0 and english.next_steps
    assert ("lectures" in dict(english.material_parts)) and english.licences


def test_a_draft_is_created_patched_and_refused_when_stale(applicant) -> None:
    username, apps = applicant
    created = apps.create({"name": f"Academy {username}"})
    assert created.state == "draft" and created.editable and created.etag
    assert [a.id for a in apps.list_mine()] == [created.id]
    patched = apps.patch(created.id, {"message": "First words"}, created.revision)
    assert patched.revision > created.revision and patched.data["message"] == "First words"
    assert apps.get(created.id).data["message"] == "First words"
    with pytest.raises(HttpError) as stale:
        apps.patch(created.id, {"message": "Late"}, created.revision)
    assert stale.value.status == 412
    with pytest.raises(ValidationFailed) as invalid:
        apps.patch(created.id, {"details": {"email": "not an address"}}, patched.revision)
    assert any(name.startswith("details") for name in invalid.value.errors), invalid.value.errors


def test_an_incomplete_submit_names_every_missing_field(applicant) -> None:
    username, apps = applicant
    created = apps.create({"name": f"Incomplete {username}"})
    with pytest.raises(ValidationFailed) as caught:
        apps.submit(created.id, new_idempotency_key())
    errors = caught.value.errors
    for name in ("details.email", "details.address", "details.country", "contributions"):
        assert name in errors, errors
    assert "courses" in errors
    assert any(name.startswith("self_check.answers.") for name in errors)
    assert apps.get(created.id).state == "draft"


def test_submit_once_events_round_and_withdraw(applicant) -> None:
    username, apps = applicant
    draft = _complete(apps, f"Complete {username}")
    created = apps.create(draft.content()["details"])
    saved = apps.patch(created.id, draft.content(), created.revision)
    material = apps.upload_material(
        created.id, "c1", "lectures", FilePart("file", "slides.pdf", PDF, "application/pdf"),
        checks={"ok": True, "summary": "Document: not checked"},
    )  # fmt: skip
    assert material["filename"] == "slides.pdf" and material["checks"]["ok"] is True
    listed = apps.materials(created.id)
    assert [m["id"] for m in listed] == [material["id"]]
    apps.delete_material(created.id, material["id"])
    assert apps.materials(created.id) == []
    # Links alone for the lectures are material too.
    content = draft.content()
    content["courses"][0]["links"]["lectures"] = ["https://example.org/slides"]
    saved = apps.patch(created.id, content, saved.revision)
    key = new_idempotency_key()
    submitted = apps.submit(created.id, key)
    assert submitted.state == "submitted" and submitted.round == 1
    again = apps.submit(created.id, key)  # a retried request: nothing happens twice
    assert again.state == "submitted" and again.round == 1
    events = apps.events(created.id)
    assert [e.action for e in events].count("submit") == 1
    assert events[-1].to_state == "submitted"
    frozen = apps.round(created.id, 1)
    assert frozen.number == 1 and len(frozen.sha256) == 64
    assert frozen.snapshot["details"]["name"] == f"Complete {username}"
    with pytest.raises(ConflictError) as conflict:
        apps.patch(created.id, {"message": "after submit"})
    assert conflict.value.state == "submitted"
    withdrawn = apps.withdraw(created.id, "Testing")
    assert withdrawn.state == "withdrawn" and not withdrawn.editable


def test_the_draft_model_matches_what_the_server_stores(applicant) -> None:
    username, apps = applicant
    draft = _complete(apps, f"Model {username}")
    created = apps.create(draft.content()["details"])
    saved = apps.patch(created.id, draft.content(), created.revision)
    back = ApplicationDraft.from_application(saved, keep=draft)
    assert back.content() == draft.content()
