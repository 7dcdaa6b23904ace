"""Sending certificates to attendees: one e-mail each in the certificate's language with the
PDF attached, once; an explicit resend sends again; failures are recorded, not raised."""

from __future__ import annotations

import pytest
from certificates import domain, tasks
from certificates.models import Certificate, CertificateDelivery
from django.core import mail

from tests.server.certificates_helpers import certificate, isolate, pdf_text
from tests.server.factories_certificates import certified_org, course_for

pytestmark = pytest.mark.django_db

SUBJECTS = {
    "en": "Your certificate",
    "ro": "Certificatul dumneavoastră",
    "sv": "Ditt intyg",
    "zh_TW": "您的證書",
}
BODIES = {
    "en": "is attached to this message as a PDF",
    "ro": "Certificatul este atașat acestui mesaj",
    "sv": "Intyget finns bifogat",
    "zh_TW": "證書以 PDF 格式附於本郵件",
}


@pytest.fixture(autouse=True)
def _files(settings, tmp_path):
    isolate(settings, tmp_path)


def _send(cert: Certificate, *, resend: bool = False, capture=None) -> list[CertificateDelivery]:
    owner = cert.course.certifying_organisation.owners.first()
    with capture(execute=True):
        return domain.request_sending(actor=owner, certificates=[cert], resend=resend)


@pytest.mark.parametrize("language", list(SUBJECTS))
def test_one_email_in_the_certificates_language_with_the_pdf(
    language, django_capture_on_commit_callbacks
):
    cert = certificate("Ștefan", "Țurcanu", language=language, email="stefan@example.org")
    _send(cert, capture=django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["stefan@example.org"]
    assert message.subject.startswith(SUBJECTS[language])
    assert cert.certificate_id in message.subject
    assert BODIES[language] in message.body
    assert f"/en/certificate/{cert.certificate_id}/" in message.body
    ((name, content, mimetype),) = message.attachments
    assert (name, mimetype) == (f"{cert.certificate_id}.pdf", "application/pdf")
    assert content.startswith(b"%PDF") and "Ștefan Țurcanu" in pdf_text(content)
    cert.refresh_from_db()
    assert cert.sent_at is not None and cert.sent_count == 1
    delivery = cert.deliveries.get()
    assert delivery.sent_at is not None and delivery.error == ""


def test_sent_once_then_only_an_explicit_resend(django_capture_on_commit_callbacks):
    cert = certificate("Ada", "Lovelace")
    _send(cert, capture=django_capture_on_commit_callbacks)
    assert _send(cert, capture=django_capture_on_commit_callbacks) == []
    assert len(mail.outbox) == 1
    deliveries = _send(cert, resend=True, capture=django_capture_on_commit_callbacks)
    assert len(deliveries) == 1 and deliveries[0].resend
    assert len(mail.outbox) == 2
    cert.refresh_from_db()
    assert cert.sent_count == 2


def test_running_the_task_twice_sends_once(django_capture_on_commit_callbacks):
    cert = certificate("Ada", "Lovelace")
    (delivery,) = _send(cert, capture=django_capture_on_commit_callbacks)
    assert tasks.send_certificates.call(delivery_ids=[delivery.pk]) == 0
    assert len(mail.outbox) == 1


def test_the_pdf_is_drawn_when_still_pending():
    cert = certificate("Ada", "Lovelace")  # no on-commit: the PDF was never rendered
    assert not cert.pdf_ready
    owner = cert.course.certifying_organisation.owners.first()
    (delivery,) = domain.request_sending(actor=owner, certificates=[cert])
    assert tasks.send_certificates.call(delivery_ids=[delivery.pk]) == 1
    cert.refresh_from_db()
    assert cert.pdf_ready and len(mail.outbox) == 1


def test_a_failure_is_recorded_on_the_delivery(monkeypatch):
    cert = certificate("Ada", "Lovelace")
    owner = cert.course.certifying_organisation.owners.first()
    (delivery,) = domain.request_sending(actor=owner, certificates=[cert])

    def broken(*args, **kwargs):
        raise ConnectionRefusedError("SMTP server down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken)
    assert tasks.send_certificates.call(delivery_ids=[delivery.pk]) == 0
    delivery.refresh_from_db()
    assert delivery.sent_at is None and "SMTP server down" in delivery.error
    cert.refresh_from_db()
    assert cert.sent_count == 0


def test_issuing_renders_pdfs_and_badges_after_commit(django_capture_on_commit_callbacks):
    org = certified_org(credits=3)
    course = course_for(org)
    with django_capture_on_commit_callbacks(execute=True):
        first = certificate("Ana", "Pop", course=course)
        second = certificate("Åsa", "Öberg", course=course, language="sv")
    for cert in (first, second):
        cert.refresh_from_db()
        assert cert.pdf_ready and cert.pdf_revision == 1 and cert.badge.count(".") == 2
        assert cert.pdf_size == cert.pdf.size
    # a correction re-renders under the same id; the old file is replaced
    old_name = first.pdf.name
    with django_capture_on_commit_callbacks(execute=True):
        domain.correct_certificate(
            actor=org.owner, certificate=first, first_name="Anna", surname="Pop"
        )
    first.refresh_from_db()
    assert first.revision == 2 and first.pdf_ready
    assert "Anna Pop" in pdf_text(first.pdf.read())
    assert not first.pdf.storage.exists(old_name) or old_name == first.pdf.name
    # rendering again changes nothing
    assert tasks.render_certificates.call(certificate_ids=[first.pk, second.pk]) == 0


def test_organisation_certificate_pdf_rendered_once(django_capture_on_commit_callbacks):
    org = certified_org(credits=0)
    with django_capture_on_commit_callbacks(execute=True):
        oc = domain.issue_organisation_certificate(organisation=org.organisation)
    oc.refresh_from_db()
    assert oc.pdf and oc.pdf_size > 0
    assert "authorised to provide QGIS training" in pdf_text(oc.pdf.read())
    assert tasks.render_organisation_certificate.call(organisation_certificate_id=oc.pk) is False


def test_a_big_batch_fans_out_into_chunks(django_capture_on_commit_callbacks, monkeypatch):
    from tests.server.factories_certificates import issued

    monkeypatch.setattr(tasks, "RENDER_CHUNK", 4)
    calls = []
    original = tasks._certificates

    def counting(ids):
        calls.append(list(ids))
        return original(ids)

    monkeypatch.setattr(tasks, "_certificates", counting)
    org = certified_org(credits=10)
    with django_capture_on_commit_callbacks(execute=True):
        certificates = issued(course_for(org), 10)
    assert all(Certificate.objects.get(pk=c.pk).pdf_ready for c in certificates)
    assert sorted(len(ids) for ids in calls) == [2, 4, 4]  # three tasks drew a share each
