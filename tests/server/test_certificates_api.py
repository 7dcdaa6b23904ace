"""Attendees and certificates over HTTP (issue 12): issue, replay, credits, zip, verification,
corrections and revocation with their windows, sending, PDFs and badges.

The task backend is the immediate one (settings_test): what ``certificates.domain`` enqueues
on commit runs inside ``django_capture_on_commit_callbacks(execute=True)``, so PDFs are ready
when the request returns.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import timedelta
from typing import Any

import pytest
from certificates import domain
from certificates.models import Certificate, CertificateDelivery, CourseAttendee
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.server.factories_certificates import (
    attendees_for,
    certified_org,
    client_for,
    course_for,
    issued,
    manager,
    post,
)

pytestmark = pytest.mark.django_db

API = "/api/v1"
PUBLIC_KEYS = {
    "certificate_id",
    "status",
    "attendee_name",
    "organisation_name",
    "organisation",
    "organisation_certified",
    "training_centre_name",
    "course_type_name",
    "course_language",
    "trained_competence",
    "start_date",
    "end_date",
    "instruction_hours",
    "course_convener_name",
    "certificate_type",
    "certificate_type_name",
    "language",
    "issued_at",
    "revoked_at",
    "revision",
    "links",
}
MANAGER_KEYS = {"attendee_email", "pdf_ready", "sent_at", "corrections"}


@pytest.fixture(autouse=True)
def media_and_cache(settings: Any, tmp_path: Any) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.BADGE_SIGNING_KEY_FILE = tmp_path / "badge.key"
    cache.clear()  # the verification rate limit's counters


@pytest.fixture
def org(catalogue_factory):
    return certified_org(credits=20, f=catalogue_factory)


@pytest.fixture
def course(org, catalogue_factory):
    return course_for(org, language="ro", certificate_type="completion", f=catalogue_factory)


@pytest.fixture
def owner(org):
    return client_for(org.owner)


def items_for(people: list[Any]) -> list[dict[str, Any]]:
    return [{"attendee": p.pk, "certificate_type": "attendance", "language": "sv"} for p in people]


def test_issue_then_replay_charges_once(org, course, owner, django_capture_on_commit_callbacks):
    people = attendees_for(course, 3)
    url = f"{API}/courses/{course.pk}/certificates/"
    with django_capture_on_commit_callbacks(execute=True):
        first = post(owner, url, {"items": items_for(people)}, HTTP_IDEMPOTENCY_KEY="batch-1")
    assert first.status_code == 201, first.json()
    body = first.json()
    ids = [c["certificate_id"] for c in body["certificates"]]
    assert ids == ["QGIS-1", "QGIS-2", "QGIS-3"]
    assert body["credits"] == {"spent": 3, "balance": 17}
    assert all(c["language"] == "sv" for c in body["certificates"])
    listed = owner.get(url).json()["results"]  # rendered once the batch committed
    assert [c["pdf_ready"] for c in listed] == [True, True, True]
    again = post(owner, url, {"items": items_for(people)}, HTTP_IDEMPOTENCY_KEY="batch-1")
    assert again.status_code == 200
    assert [c["certificate_id"] for c in again.json()["certificates"]] == ids
    assert again.json()["credits"]["balance"] == 17
    assert org.refresh().credit_balance == 17
    other = post(owner, url, {"items": items_for(people[:1])}, HTTP_IDEMPOTENCY_KEY="batch-1")
    assert other.status_code == 400 and "Idempotency-Key" in other.json()["errors"]
    bad_key = post(owner, url, {"items": items_for(people)}, HTTP_IDEMPOTENCY_KEY="a b")
    assert bad_key.status_code == 400 and "Idempotency-Key" in bad_key.json()["errors"]


def test_all_uses_the_course_defaults(course, owner):
    attendees_for(course, 2)
    url = f"{API}/courses/{course.pk}/certificates/"
    response = post(owner, url, {"all": True}, HTTP_IDEMPOTENCY_KEY="all-1")
    assert response.status_code == 201, response.json()
    issued_now = response.json()["certificates"]
    assert {(c["certificate_type"], c["language"]) for c in issued_now} == {("completion", "ro")}
    replay = post(owner, url, {"all": True}, HTTP_IDEMPOTENCY_KEY="all-1")
    assert replay.status_code == 200, replay.json()
    assert replay.json()["certificates"] == issued_now
    nothing_left = post(owner, f"{API}/courses/{course.pk}/certificates/", {"all": True})
    assert nothing_left.status_code == 400 and "all" in nothing_left.json()["errors"]


def test_items_default_type_and_language(course, owner):
    [person] = attendees_for(course, 1)
    response = post(
        owner, f"{API}/courses/{course.pk}/certificates/", {"items": [{"attendee": person.pk}]}
    )
    assert response.status_code == 201, response.json()
    [made] = response.json()["certificates"]
    assert (made["certificate_type"], made["language"]) == ("completion", "ro")


def test_not_enough_credits(catalogue_factory):
    poor = certified_org(credits=2, f=catalogue_factory)
    course = course_for(poor, f=catalogue_factory)
    people = attendees_for(course, 3)
    response = post(
        client_for(poor.owner),
        f"{API}/courses/{course.pk}/certificates/",
        {"items": items_for(people)},
    )
    assert response.status_code == 409
    assert response.json() == {
        "detail": "3 credits needed, 2 available.",
        "code": "not_enough_credits",
        "credits_needed": 3,
        "credits_available": 2,
    }
    assert not Certificate.objects.exists()


def test_not_started_and_bad_items(org, owner, catalogue_factory):
    future = course_for(org, start=catalogue_factory.today + timedelta(days=3), f=catalogue_factory)
    people = attendees_for(future, 1)
    refused = post(owner, f"{API}/courses/{future.pk}/certificates/", {"items": items_for(people)})
    assert refused.status_code == 409 and refused.json()["code"] == "not_started"
    started = course_for(org, f=catalogue_factory)
    [holder] = issued(started, 1)
    url = f"{API}/courses/{started.pk}/certificates/"
    for body, field in (
        ({}, "items"),
        ({"items": []}, "items"),
        ({"items": "x"}, "items"),
        ({"items": [{"attendee": "1"}]}, "items"),
        ({"items": [{"attendee": 1, "language": "de"}]}, "items"),
        ({"items": [{"attendee": 1, "certificate_type": "honours"}]}, "items"),
        ({"all": True, "items": []}, "items"),
        ({"all": "yes"}, "all"),
    ):
        response = post(owner, url, body)
        assert response.status_code == 400 and field in response.json()["errors"], body
    twice = post(owner, url, {"items": [{"attendee": holder.attendee_id}]})
    assert twice.status_code == 400
    assert twice.json()["errors"]["items"] == [
        {"attendee": [f"Already certified: {holder.certificate_id}."]}
    ]


def test_course_certificate_list_costs_constant_queries(org, course, owner):
    issued(course, 1)
    url = f"{API}/courses/{course.pk}/certificates/"
    owner.get(url)  # the token's first use is recorded once
    with CaptureQueriesContext(connection) as one:
        assert owner.get(url).status_code == 200
    many = issued(course, 6)
    domain.correct_certificate(
        actor=org.owner, certificate=many[0], first_name="Ana", surname="Pop-Ionescu"
    )
    with CaptureQueriesContext(connection) as seven:
        response = owner.get(url)
    assert len(response.json()["results"]) == 7
    assert len(seven) == len(one), [q["sql"][:90] for q in seven.captured_queries] + [
        q["sql"][:90] for q in one.captured_queries
    ]
    item = response.json()["results"][0]
    assert set(item) == PUBLIC_KEYS | MANAGER_KEYS


def test_zip_holds_every_ready_pdf(course, owner, django_capture_on_commit_callbacks):
    people = attendees_for(course, 2)
    with django_capture_on_commit_callbacks(execute=True):
        post(owner, f"{API}/courses/{course.pk}/certificates/", {"items": items_for(people)})
    response = owner.get(f"{API}/courses/{course.pk}/certificates/zip/")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert response.streaming
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert archive.namelist() == ["QGIS-1.pdf", "QGIS-2.pdf"]
    for info in archive.infolist():
        assert info.compress_type == zipfile.ZIP_STORED
        assert archive.read(info).startswith(b"%PDF")
    assert archive.testzip() is None


def test_verify_public_and_manager_views(org, course, catalogue_factory):
    [certificate] = issued(course, 1)
    public = Client().get(f"{API}/certificates/QGIS-1/")
    assert public.status_code == 200
    assert set(public.json()) == PUBLIC_KEYS
    assert public.json()["status"] == "valid"
    assert public.json()["links"]["self"] == "http://testserver/api/v1/certificates/QGIS-1/"
    loose = Client().get(f"{API}/certificates/%20qgis-001%20/")
    assert loose.status_code == 200 and loose.json()["certificate_id"] == "QGIS-1"
    stranger = client_for(catalogue_factory.user("stranger")).get(f"{API}/certificates/QGIS-1/")
    assert set(stranger.json()) == PUBLIC_KEYS
    mine = client_for(org.convener).get(f"{API}/certificates/QGIS-1/").json()
    assert set(mine) == PUBLIC_KEYS | MANAGER_KEYS
    assert mine["attendee_email"] == certificate.attendee.email
    assert mine["links"]["pdf"].endswith("/certificates/QGIS-1/pdf/")
    for unknown in ("QGIS-2", "nonsense", "QGIS-ORG-1"):
        assert Client().get(f"{API}/certificates/{unknown}/").status_code == 404, unknown


def test_verification_is_rate_limited(course, settings):
    issued(course, 1)
    settings.CERTIFICATE_VERIFY_RATE = 2
    answers = [Client().get(f"{API}/certificates/QGIS-1/").status_code for _ in range(3)]
    assert answers == [200, 200, 429]
    limited = Client().get(f"{API}/certificates/QGIS-1/")
    assert limited.json()["code"] == "rate_limited" and int(limited["Retry-After"]) > 0


def test_pdf_pending_then_ready(course, owner, django_capture_on_commit_callbacks):
    people = attendees_for(course, 2)
    post(owner, f"{API}/courses/{course.pk}/certificates/", {"items": items_for(people[:1])})
    pending = owner.get(f"{API}/certificates/QGIS-1/pdf/")  # no commit: nothing rendered
    assert pending.status_code == 409 and pending.json()["code"] == "pdf_pending"
    with django_capture_on_commit_callbacks(execute=True):
        post(owner, f"{API}/courses/{course.pk}/certificates/", {"items": items_for(people[1:])})
    ready = owner.get(f"{API}/certificates/QGIS-2/pdf/")
    assert ready.status_code == 200 and ready["Content-Type"] == "application/pdf"
    assert b"".join(ready.streaming_content).startswith(b"%PDF")
    assert 'filename="QGIS-2.pdf"' in ready["Content-Disposition"]
    stranger = client_for(manager()).get(f"{API}/certificates/QGIS-2/pdf/")
    assert stranger.status_code == 200
    badge = Client().get(f"{API}/certificates/QGIS-2/badge/")
    assert badge.status_code == 200 and badge.json()["credential"].count(".") == 2
    issuer = Client().get(f"{API}/badges/issuer/")
    assert issuer.status_code == 200 and "OKP" in json.dumps(issuer.json())


def test_correct_within_and_after_the_window(org, course, owner, monkeypatch, settings):
    [certificate] = issued(course, 1)
    url = f"{API}/certificates/{certificate.certificate_id}/correct/"
    fixed = post(owner, url, {"first_name": "Ána", "surname": "Pop", "reason": "Accent"})
    assert fixed.status_code == 200, fixed.json()
    body = fixed.json()
    assert body["revision"] == 2 and body["attendee_name"] == "Ána Pop"
    assert body["corrections"][0]["old_first_name"] == certificate.first_name
    missing = post(owner, url, {"first_name": "Ana"})
    assert missing.status_code == 400 and "surname" in missing.json()["errors"]
    later = domain.now() + timedelta(days=settings.CORRECTION_DAYS + 1)
    monkeypatch.setattr(domain, "now", lambda: later)
    refused = post(owner, url, {"first_name": "Anna", "surname": "Pop"})
    assert refused.status_code == 403
    assert (
        refused.json()["detail"]
        == "After 30 days only certification managers correct a certificate."
    )
    boss = post(client_for(manager()), url, {"first_name": "Anna", "surname": "Pop"})
    assert boss.status_code == 200 and boss.json()["revision"] == 3


def test_revoke_refunds_within_the_window(org, course, owner, monkeypatch, settings):
    first, second = issued(course, 2)
    assert org.refresh().credit_balance == 18
    url = f"{API}/certificates/{first.certificate_id}/revoke/"
    assert post(owner, url, {}).status_code == 400
    revoked = post(owner, url, {"reason": "Did not attend."})
    assert revoked.status_code == 200, revoked.json()
    assert revoked.json()["status"] == "revoked" and revoked.json()["revoked_at"]
    assert org.refresh().credit_balance == 19
    again = post(owner, url, {"reason": "Twice."})
    assert again.status_code == 409
    public = Client().get(f"{API}/certificates/{first.certificate_id}/").json()
    assert public["status"] == "revoked"
    later = domain.now() + timedelta(days=settings.REVOKE_DAYS + 5)
    monkeypatch.setattr(domain, "now", lambda: later)
    monkeypatch.setattr(domain, "today", lambda: later.date())
    url = f"{API}/certificates/{second.certificate_id}/revoke/"
    assert post(owner, url, {"reason": "Late."}).status_code == 403
    boss = post(client_for(manager()), url, {"reason": "Late.", "refund": False})
    assert boss.status_code == 200
    assert org.refresh().credit_balance == 19  # no refund after the window


def test_send_queues_each_certificate_once(
    course, owner, django_capture_on_commit_callbacks, mailoutbox
):
    issued(course, 2)
    url = f"{API}/courses/{course.pk}/certificates/send/"
    with django_capture_on_commit_callbacks(execute=True):
        first = post(owner, url, {})
    assert first.status_code == 202 and first.json() == {"queued": 2}
    assert len(mailoutbox) == 2
    assert post(owner, url, {}).json() == {"queued": 0}
    assert post(owner, url, {"certificates": ["qgis-1"], "resend": True}).json() == {"queued": 1}
    unknown = post(owner, url, {"certificates": ["QGIS-99"]})
    assert unknown.status_code == 400 and "certificates" in unknown.json()["errors"]
    one = post(owner, f"{API}/certificates/QGIS-2/send/", {"resend": True})
    assert one.status_code == 202 and one.json() == {"queued": 1}
    assert CertificateDelivery.objects.count() == 4


def test_attendees(course, owner, catalogue_factory):
    url = f"{API}/courses/{course.pk}/attendees/"
    added = post(owner, url, {"first_name": "Ana", "surname": "Pop", "email": "Ana@Example.org"})
    assert added.status_code == 201, added.json()
    person = added.json()
    assert person["email"] == "ana@example.org" and person["certificate"] is None
    again = post(owner, url, {"first_name": "A", "surname": "P", "email": "ana@example.org"})
    assert again.status_code == 200 and again.json()["id"] == person["id"]
    for bad, field in (
        ({"first_name": "", "surname": "Pop", "email": "a@example.org"}, "first_name"),
        ({"first_name": "A", "surname": "x" * 151, "email": "a@example.org"}, "surname"),
        ({"first_name": "A", "surname": "P", "email": "not-an-address"}, "email"),
        ({"first_name": "A", "surname": "P", "email": "\ud800@example.org"}, "email"),
        ({"first_name": 7, "surname": "P", "email": "a@example.org"}, "first_name"),
    ):
        response = post(owner, url, bad)
        assert response.status_code == 400 and field in response.json()["errors"], bad
    listed = owner.get(url).json()["results"]
    assert [p["id"] for p in listed] == [person["id"]]
    detail = f"{url}{person['id']}/"
    patched = owner.patch(
        detail, json.dumps({"surname": "Popescu"}), content_type="application/json"
    )
    assert patched.status_code == 200 and patched.json()["surname"] == "Popescu"
    assert owner.delete(detail).status_code == 204
    assert not CourseAttendee.objects.filter(course=course).exists()
    [holder] = issued(course, 1)
    refused = owner.delete(f"{url}{holder.attendee_id}/")
    assert refused.status_code == 409 and refused.json()["code"] == "in_use"
    assert owner.get(url).json()["results"][0]["certificate"] == {
        "certificate_id": holder.certificate_id,
        "status": "valid",
    }
    stranger = client_for(catalogue_factory.user("stranger"))
    assert stranger.get(url).status_code == 403
    assert Client().get(url).status_code == 401
    assert owner.get(f"{API}/courses/999999/attendees/").status_code == 404


def test_import_preview_then_csv(course, owner):
    url = f"{API}/courses/{course.pk}/attendees/import/"
    rows = [
        {"first_name": "Ana", "surname": "Pop", "email": "ana@example.org"},
        {"first_name": "Ion", "surname": "", "email": "ion@example.org"},
    ]
    preview = post(owner, url, {"rows": rows, "preview": True})
    assert preview.status_code == 200, preview.json()
    assert (preview.json()["valid"], preview.json()["invalid"]) == (1, 1)
    assert preview.json()["rows"][1]["status"] == "invalid"
    refused = post(owner, url, {"rows": rows})
    assert refused.status_code == 400 and refused.json()["invalid"] == 1
    skipped = post(owner, f"{url}?skip_invalid=true", {"rows": rows})
    assert skipped.status_code == 201
    assert (skipped.json()["imported"], skipped.json()["skipped"]) == (1, 1)
    csv = "\ufeffFirst name;Surname;E-mail\r\nȘtefan;Țurcanu;stefan@example.org\r\n".encode()
    upload = owner.post(url, {"file": io.BytesIO(csv)})
    assert upload.status_code == 201, upload.json()
    assert upload.json()["separator"] == ";" and upload.json()["encoding"] == "utf-8-sig"
    garbage = owner.post(url, {"file": io.BytesIO(bytes(range(256)) * 8)})
    assert garbage.status_code == 400 and "file" in garbage.json()["errors"]
    assert post(owner, url, {"rows": rows, "preview": "maybe"}).status_code == 400
    assert post(owner, url, {"rows": []}).status_code == 400


def test_organisation_certificate(org, catalogue_factory, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        mark = domain.issue_organisation_certificate(organisation=org.organisation)
    url = f"{API}/organisations/{org.organisation.slug}/certificate/"
    public = Client().get(url)
    assert public.status_code == 200
    assert public.json()["certificate_id"] == mark.certificate_id
    assert public.json()["organisation_certified"] is True
    pdf = client_for(org.owner).get(f"{url}pdf/")
    assert pdf.status_code == 200 and b"".join(pdf.streaming_content).startswith(b"%PDF")
    assert client_for(org.convener).get(f"{url}pdf/").status_code == 403
    other = certified_org(f=catalogue_factory)
    assert (
        Client().get(f"{API}/organisations/{other.organisation.slug}/certificate/").status_code
        == 404
    )
