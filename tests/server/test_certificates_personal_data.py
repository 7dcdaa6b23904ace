"""Attendees in the personal-data registry: found by e-mail in every organisation, exported
with their courses and certificates, erased without losing the certificate (still verifiable,
under the erased name), twice harmless, nobody else touched."""

from __future__ import annotations

import io
import json

import pytest
from accounts import personal_data
from audit.models import Event
from certificates import domain
from certificates.models import (
    Attendee,
    Certificate,
    CertificateCorrection,
    CertificateDelivery,
    CourseAttendee,
)
from certificates.personal_data import ERASED
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.test import Client
from payments.models import CreditEntry

from tests.server.certificates_helpers import isolate
from tests.server.factories_certificates import attendees_for, certified_org, course_for, issued

pytestmark = pytest.mark.django_db

HOLDER = "certificates.attendees"


@pytest.fixture(autouse=True)
def _files(settings, tmp_path):
    isolate(settings, tmp_path)


def _issue_to(attendee: Attendee, course) -> Certificate:
    owner = course.certifying_organisation.owners.order_by("pk").first()
    result = domain.issue_certificates(
        actor=owner,
        course=course,
        items=[{"attendee": attendee.pk, "certificate_type": "completion", "language": "ro"}],
    )
    return Certificate.objects.get(pk=result.certificates[0].pk)


def _world(capture):
    """Ana Pop trained by two organisations (her address in two cases), certified by both,
    one certificate corrected and sent; another Ana Pop (another address) certified too."""
    first, second = certified_org(), certified_org()
    course_a, course_b = course_for(first), course_for(second)
    ana_a = attendees_for(course_a, 1, first_name="Ana", surname="Pop")[0]
    Attendee.objects.filter(pk=ana_a.pk).update(email="ana.pop@example.org")
    ana_b = Attendee.objects.create(
        organisation=second.organisation,
        first_name="Ana",
        surname="Pop",
        email="ana.pop@example.org",
    )
    CourseAttendee.objects.create(course=course_b, attendee=ana_b)
    with capture(execute=True):
        cert_a = _issue_to(ana_a, course_a)
        cert_b = _issue_to(ana_b, course_b)
        cert_a = domain.correct_certificate(
            actor=first.owner,
            certificate=cert_a,
            first_name="Ana-Maria",
            surname="Pop",
            reason="Ana Pop asked for her full name",
        )
        domain.request_sending(actor=first.owner, certificates=[cert_a])
        other = issued(course_a, 1)[0]  # also an "Ana Pop", at another address
    return cert_a, cert_b, other


def test_export_finds_the_attendee_in_every_organisation(django_capture_on_commit_callbacks):
    cert_a, cert_b, other = _world(django_capture_on_commit_callbacks)
    rows = personal_data.export(personal_data.find_person("ANA.POP@example.org"))["data"][HOLDER]
    assert len(rows) == 2
    assert {row["organisation"] for row in rows} == {
        cert_a.course.certifying_organisation.name,
        cert_b.course.certifying_organisation.name,
    }
    by_id = {c["certificate_id"]: c for row in rows for c in row["certificates"]}
    assert set(by_id) == {cert_a.certificate_id, cert_b.certificate_id}
    printed = by_id[cert_a.certificate_id]
    assert (printed["first_name"], printed["surname"]) == ("Ana-Maria", "Pop")
    assert printed["certificate_type"] == "completion" and printed["language"] == "ro"
    assert printed["status"] == "valid" and printed["issued_at"]
    assert [c["old_first_name"] for c in printed["corrections"]] == ["Ana"]
    assert [d["email"] for d in printed["deliveries"]] == ["ana.pop@example.org"]
    assert all(len(row["courses"]) == 1 for row in rows)
    assert other.certificate_id not in json.dumps(rows)


def test_erase_keeps_the_certificate_verifiable_without_the_person(
    django_capture_on_commit_callbacks,
):
    cert_a, cert_b, other = _world(django_capture_on_commit_callbacks)
    cert_a.refresh_from_db()
    stored = cert_a.pdf.name
    assert stored and default_storage.exists(stored) and cert_a.badge
    ledger_before = CreditEntry.objects.count()
    events_before = Event.objects.count()

    person = personal_data.find_person("ana.pop@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        counts = personal_data.erase(person)
    assert counts[HOLDER] > 0

    for attendee in Attendee.objects.filter(pk__in=[cert_a.attendee_id, cert_b.attendee_id]):
        assert (attendee.first_name, attendee.surname) == (ERASED, ERASED)
        assert attendee.email == f"erased-attendee-{attendee.pk}@example.invalid"
    for cert in Certificate.objects.filter(pk__in=[cert_a.pk, cert_b.pk]):
        assert (cert.first_name, cert.surname) == (ERASED, ERASED)
        assert not cert.pdf and cert.pdf_revision == 0 and cert.badge == ""
        assert cert.status == "valid"
    assert not default_storage.exists(stored)
    correction = CertificateCorrection.objects.get(certificate=cert_a)
    assert {correction.old_first_name, correction.new_first_name} == {ERASED}
    assert "Ana" not in correction.reason
    delivery = CertificateDelivery.objects.get(certificate=cert_a)
    assert delivery.email == f"erased-attendee-{cert_a.attendee_id}@example.invalid"
    assert CreditEntry.objects.count() == ledger_before

    events = list(Event.objects.order_by("sequence")[events_before:])
    assert [e.action for e in events] == ["attendee.erase"]
    assert events[0].after == {
        "attendees": 2,
        "certificates": 2,
        "corrections": 1,
        "deliveries": 1,
        "pdfs": 2,
    }
    assert "Ana" not in json.dumps([events[0].before, events[0].after])

    page = Client().get(f"/en/certificate/{cert_a.certificate_id}/")
    assert page.status_code == 200
    text = page.content.decode()
    assert cert_a.certificate_id in text and ERASED in text and "Ana-Maria" not in text

    untouched = Certificate.objects.get(pk=other.pk)
    assert untouched.first_name == other.first_name and untouched.pdf

    snapshot = list(Certificate.objects.order_by("pk").values())
    again = personal_data.erase(personal_data.find_person("ana.pop@example.org"))
    assert again[HOLDER] == 0
    assert list(Certificate.objects.order_by("pk").values()) == snapshot
    assert Event.objects.count() == events_before + 1


def test_the_commands_cover_attendees(django_capture_on_commit_callbacks):
    cert_a, _cert_b, _other = _world(django_capture_on_commit_callbacks)
    out = io.StringIO()
    call_command("export_personal_data", "ana.pop@example.org", stdout=out)
    assert len(json.loads(out.getvalue())["data"][HOLDER]) == 2
    out = io.StringIO()
    call_command("erase_personal_data", "ana.pop@example.org", "--yes", stdout=out)
    assert f"{HOLDER}:" in out.getvalue()
    assert Certificate.objects.get(pk=cert_a.pk).first_name == ERASED


def test_an_account_without_attendee_rows_is_unaffected(
    catalogue_factory, django_capture_on_commit_callbacks
):
    _cert_a, _cert_b, other = _world(django_capture_on_commit_callbacks)
    catalogue_factory.user("carol", email="carol@example.org", first_name="Ana", last_name="Pop")
    person = personal_data.find_person("carol")
    assert personal_data.export(person)["data"][HOLDER] == []
    attendees = list(Attendee.objects.order_by("pk").values())
    certificates = list(Certificate.objects.order_by("pk").values())
    events = Event.objects.filter(action="attendee.erase").count()
    assert personal_data.erase(person)[HOLDER] == 0
    assert list(Attendee.objects.order_by("pk").values()) == attendees
    assert list(Certificate.objects.order_by("pk").values()) == certificates
    assert Event.objects.filter(action="attendee.erase").count() == events
    assert Certificate.objects.get(pk=other.pk).first_name == other.first_name
