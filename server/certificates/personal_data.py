"""What certificates hold about attendees, for ``export_personal_data``/``erase_personal_data``.

An attendee is not a site user: they are found by e-mail (stored lower-cased, one row per
organisation that trained them). A certificate is the organisation's paid-for fact and must
stay verifiable, so erasure keeps the row, its id, status, dates and ledger entry, and only
takes the person out: names become :data:`ERASED` (on the attendee, the certificate as
printed and every correction), addresses become ``erased-attendee-<id>@example.invalid`` (the
attendee and each delivery), and the stored PDF and the signed badge, which carry the name,
are deleted (a new PDF would be drawn from the erased names). A second run finds no attendee
with the address and changes nothing. One audit event records the counts, never who.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from accounts.personal_data import Person, register, values
from audit.domain import record
from django.db import models, transaction
from django.utils import timezone

from .models import Attendee, Certificate, CertificateCorrection, CertificateDelivery

ERASED = "(erased)"

ATTENDEE_FIELDS = ("id", "first_name", "surname", "email", "created_at", "updated_at")
CERTIFICATE_FIELDS = (
    "certificate_id",
    "first_name",
    "surname",
    "language",
    "status",
    "issued_at",
    "revoked_at",
)
CORRECTION_FIELDS = (
    "revision",
    "old_first_name",
    "old_surname",
    "new_first_name",
    "new_surname",
    "reason",
    "corrected_at",
)
DELIVERY_FIELDS = ("email", "resend", "requested_at", "sent_at")


def erased_email(attendee_id: int) -> str:
    return f"erased-attendee-{attendee_id}@example.invalid"


def _attendees(person: Person) -> models.QuerySet[Attendee]:
    """Every organisation's attendee row with one of the person's addresses."""
    return (
        Attendee.objects.filter(person.email_q("email"))
        .select_related("organisation")
        .order_by("pk")
    )


def _certificates(attendee: Attendee) -> models.QuerySet[Certificate]:
    return attendee.certificates.select_related("certificate_type", "course").order_by("number")


def _export_certificate(certificate: Certificate) -> dict[str, Any]:
    row = values(certificate, CERTIFICATE_FIELDS)
    row["certificate_type"] = certificate.certificate_type.slug
    row["course"] = certificate.course_id
    row["corrections"] = [
        values(c, CORRECTION_FIELDS) for c in certificate.corrections.order_by("revision")
    ]
    row["deliveries"] = [values(d, DELIVERY_FIELDS) for d in certificate.deliveries.order_by("pk")]
    return row


def export_attendees(person: Person) -> list[dict[str, Any]]:
    rows = []
    for attendee in _attendees(person):
        row = values(attendee, ATTENDEE_FIELDS)
        row["organisation"] = attendee.organisation.name
        row["courses"] = [
            {
                "course": link.course_id,
                "course_type": link.course.course_type.name,
                "start_date": link.course.start_date.isoformat(),
                "end_date": link.course.end_date.isoformat(),
                "added_at": link.added_at.isoformat(),
            }
            for link in attendee.courses.select_related("course__course_type").order_by("pk")
        ]
        row["certificates"] = [_export_certificate(c) for c in _certificates(attendee)]
        rows.append(row)
    return rows


def _scrubber(attendee: Attendee, certificates: list[Certificate]) -> Callable[[str], str]:
    """Replace the attendee's names (as entered and as printed) and address in free text."""
    words = {attendee.email, f"{attendee.first_name} {attendee.surname}".strip()}
    for certificate in certificates:
        words.add(certificate.attendee_name)
        for c in certificate.corrections.all():
            words |= {f"{c.old_first_name} {c.old_surname}", f"{c.new_first_name} {c.new_surname}"}
    words = {w.strip() for w in words}
    ordered = sorted((w for w in words if w and w != ERASED), key=len, reverse=True)

    def scrub(text: str) -> str:
        for word in ordered:
            text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", ERASED, text, flags=re.IGNORECASE)
        return text

    return scrub


def _delete_pdf(certificate: Certificate) -> bool:
    """Delete the stored PDF once the erasure commits (a rolled-back one keeps it)."""
    if not certificate.pdf:
        return False
    storage, name = certificate.pdf.storage, certificate.pdf.name

    def delete() -> None:
        if storage.exists(name):
            storage.delete(name)

    transaction.on_commit(delete)
    return True


def erase_attendees(person: Person) -> int:
    """Anonymise each attendee row and what was issued to it; the rows touched."""
    counts = {"attendees": 0, "certificates": 0, "corrections": 0, "deliveries": 0, "pdfs": 0}
    now = timezone.now()
    for attendee in _attendees(person):
        certificates = list(_certificates(attendee))
        scrub = _scrubber(attendee, certificates)
        for certificate in certificates:
            counts["pdfs"] += _delete_pdf(certificate)
            Certificate.objects.filter(pk=certificate.pk).update(
                first_name=ERASED,
                surname=ERASED,
                revoke_reason=scrub(certificate.revoke_reason),
                pdf="",
                pdf_revision=0,
                pdf_size=0,
                badge="",
            )
            for correction in certificate.corrections.all():
                CertificateCorrection.objects.filter(pk=correction.pk).update(
                    old_first_name=ERASED,
                    old_surname=ERASED,
                    new_first_name=ERASED,
                    new_surname=ERASED,
                    reason=scrub(correction.reason),
                )
                counts["corrections"] += 1
            counts["deliveries"] += CertificateDelivery.objects.filter(
                certificate=certificate
            ).update(email=erased_email(attendee.pk))
            counts["certificates"] += 1
        Attendee.objects.filter(pk=attendee.pk).update(
            first_name=ERASED, surname=ERASED, email=erased_email(attendee.pk), updated_at=now
        )
        counts["attendees"] += 1
    if counts["attendees"]:
        record(
            actor=None,
            action="attendee.erase",
            object_type=Attendee._meta.label_lower,
            after=counts,
        )
    return sum(n for kind, n in counts.items() if kind != "pdfs")


register(
    "certificates.attendees",
    export=export_attendees,
    erase=erase_attendees,
    description=(
        "Attendee rows with the person's address (any organisation): names, courses, "
        "certificates with their corrections and deliveries (kept for verification, the "
        "names erased, the PDFs and badges deleted)."
    ),
)
