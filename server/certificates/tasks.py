"""Background work of certificates: PDFs (and badges) and the e-mails to attendees.

``certificates.domain`` enqueues these once its transaction commits; each task re-reads the
rows, so running one twice changes nothing: a certificate whose stored PDF shows its current
revision is skipped, a delivery already sent is not sent again.

Files go through the storage of the ``pdf`` field (``default_storage``), never a public URL.
A re-rendered PDF is written under a free name first and the row moved to it before the old
file is deleted, so a download never meets a missing file; a correction made while a PDF was
being drawn leaves that PDF unsaved (the correction enqueued its own rendering).

A failure is recorded, never raised into the worker loop: a certificate that cannot be drawn
is logged and left pending (the others of the batch are drawn), a delivery that cannot be sent
keeps its ``error`` and stays unsent, to be requested again.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db.models import F
from django.template.loader import render_to_string
from django_tasks import task

from . import labels
from .models import Certificate, CertificateDelivery, OrganisationCertificate

logger = logging.getLogger(__name__)

TEMPLATE_DIR = "certificates/email"


def _now() -> Any:
    from . import domain  # domain imports this module: read its (test-movable) clock lazily

    return domain.now()


def _replace_file(field: Any, name: str, data: bytes) -> tuple[str, str]:
    """Write ``data`` under ``name`` (or a free variant of it); (new name, old name)."""
    old = field.name or ""
    new = field.storage.save(name, ContentFile(data))
    return new, old


def _delete(storage: Any, name: str) -> None:
    if name:
        try:
            storage.delete(name)
        except OSError:
            logger.warning("Could not delete the old certificate file %s", name)


def render_certificate(certificate: Certificate) -> bool:
    """Draw one certificate's PDF and badge and store them; ``True`` when stored."""
    from .badges import issuer
    from .pdf import render_certificate_pdf

    revision = certificate.revision
    data = render_certificate_pdf(certificate)
    try:
        badge = issuer().credential_for(certificate)
    except Exception:  # the badge is an extra: the PDF is stored without it
        logger.exception("Badge of %s not signed", certificate.certificate_id)
        badge = ""
    field = certificate.pdf
    name = field.field.generate_filename(certificate, f"{certificate.certificate_id}.pdf")
    new, old = _replace_file(field, name, data)
    updated = Certificate.objects.filter(pk=certificate.pk, revision=revision).update(
        pdf=new, pdf_revision=revision, pdf_size=len(data), badge=badge
    )
    if not updated:  # corrected meanwhile: this drawing is stale
        _delete(field.storage, new)
        return False
    if old and old != new:
        _delete(field.storage, old)
    certificate.pdf.name, certificate.pdf_revision = new, revision
    certificate.pdf_size, certificate.badge = len(data), badge
    return True


def _certificates(ids: list[int]) -> Any:
    from .verification import certificates

    return certificates().filter(pk__in=list(ids)).order_by("number")


RENDER_CHUNK = 25
"""Certificates one rendering task draws: a bigger batch fans out into tasks of this size,
so every task worker draws a share of it (a PDF takes ~10 ms)."""


@task()
def render_certificates(certificate_ids: list[int]) -> int:
    """Render the PDF and badge of each certificate not yet at its revision; answers how
    many this task stored. More than :data:`RENDER_CHUNK` ids: the rest is enqueued again
    in chunks first (with the immediate backend of the tests, they run right there)."""
    ids = sorted({int(pk) for pk in certificate_ids})
    for start in range(RENDER_CHUNK, len(ids), RENDER_CHUNK):
        render_certificates.enqueue(certificate_ids=ids[start : start + RENDER_CHUNK])
    stored = 0
    for certificate in _certificates(ids[:RENDER_CHUNK]):
        if certificate.pdf_ready and certificate.badge:
            continue
        try:
            stored += render_certificate(certificate)
        except Exception:
            logger.exception("PDF of %s not rendered", certificate.certificate_id)
    return stored


@task()
def render_organisation_certificate(organisation_certificate_id: int) -> bool:
    """Render an organisation certificate's PDF (once: it never changes)."""
    from .pdf import render_organisation_certificate_pdf

    oc = (
        OrganisationCertificate.objects.select_related("organisation")
        .filter(pk=organisation_certificate_id)
        .first()
    )
    if oc is None or oc.pdf:
        return False
    try:
        data = render_organisation_certificate_pdf(oc)
    except Exception:
        logger.exception("PDF of %s not rendered", oc.certificate_id)
        return False
    name = oc.pdf.field.generate_filename(oc, f"{oc.certificate_id}.pdf")
    new, _old = _replace_file(oc.pdf, name, data)
    if not OrganisationCertificate.objects.filter(pk=oc.pk, pdf="").update(
        pdf=new, pdf_size=len(data)
    ):
        _delete(oc.pdf.storage, new)
        return False
    return True


# --- e-mails --------------------------------------------------------------------------------


def email_context(certificate: Certificate) -> dict[str, Any]:
    course = certificate.course
    lang = labels.language(certificate.language)
    from .verification import convener_name, verification_url

    return {
        "first_name": certificate.first_name,
        "name": labels.person_name(certificate.first_name, certificate.surname, lang),
        "certificate_id": certificate.certificate_id,
        "certificate_title": labels.certificate_title(certificate.certificate_type.slug, lang),
        "course_type": course.course_type.name,
        "organisation": course.certifying_organisation.name,
        "training_centre": course.training_center.name,
        "dates": labels.format_date_range(course.start_date, course.end_date, lang, collapse=True),
        "convener": convener_name(certificate),
        "verification_url": verification_url(certificate.certificate_id),
        "programme": labels.label("programme", lang),
    }


def render_certificate_email(certificate: Certificate) -> tuple[str, str]:
    """(subject, body) in the certificate's language, from
    ``certificates/email/<en|ro|sv|zh-hant>/certificate_{subject,body}.txt``."""
    directory = f"{TEMPLATE_DIR}/{labels.email_language(certificate.language)}"
    context = email_context(certificate)
    subject = render_to_string(f"{directory}/certificate_subject.txt", context)
    body = render_to_string(f"{directory}/certificate_body.txt", context)
    return " ".join(subject.split()), body.strip() + "\n"


def _pdf_bytes(certificate: Certificate) -> bytes:
    """The stored PDF at the current revision (drawn now if it is still pending)."""
    if not certificate.pdf_ready:
        render_certificate(certificate)
        certificate.refresh_from_db(fields=["pdf", "pdf_revision", "pdf_size", "badge"])
    if not certificate.pdf_ready:
        raise RuntimeError("The PDF is not ready.")
    with certificate.pdf.open("rb") as handle:
        return bytes(handle.read())


def send_delivery(delivery: CertificateDelivery) -> bool:
    """Send one delivery unless already sent; errors are stored on it. ``True`` when sent."""
    if delivery.sent_at is not None:
        return False
    certificate = delivery.certificate
    try:
        if certificate.status != Certificate.Status.VALID:
            raise RuntimeError("The certificate is revoked.")
        subject, body = render_certificate_email(certificate)
        message = EmailMessage(subject, body, None, [delivery.email])
        message.attach(
            f"{certificate.certificate_id}.pdf", _pdf_bytes(certificate), "application/pdf"
        )
        message.send()
    except Exception as error:  # recorded on the delivery, never raised into the worker
        logger.warning("Certificate e-mail %s not sent: %s", delivery.pk, error)
        text = f"{type(error).__name__}: {error}"[:500]
        CertificateDelivery.objects.filter(pk=delivery.pk).update(error=text)
        delivery.error = text
        return False
    moment = _now()
    CertificateDelivery.objects.filter(pk=delivery.pk).update(sent_at=moment, error="")
    Certificate.objects.filter(pk=certificate.pk).update(
        sent_at=moment, sent_count=F("sent_count") + 1
    )
    delivery.sent_at, delivery.error = moment, ""
    return True


@task()
def send_certificates(delivery_ids: list[int]) -> int:
    """E-mail each delivery's certificate to its attendee, in the certificate's language,
    with the PDF attached; answers how many were sent."""
    deliveries = (
        CertificateDelivery.objects.select_related(
            "certificate__course__certifying_organisation",
            "certificate__course__training_center",
            "certificate__course__course_type",
            "certificate__course__course_convener__user",
            "certificate__certificate_type",
            "certificate__attendee",
        )
        .filter(pk__in=list(delivery_ids), sent_at__isnull=True)
        .order_by("pk")
    )
    return sum(send_delivery(delivery) for delivery in deliveries)
