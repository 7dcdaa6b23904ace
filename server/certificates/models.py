"""Attendees and certificates: data only (every change goes through ``certificates.domain``).

An :class:`Attendee` is a person known to one organisation (matched by e-mail within it, not
a site user); :class:`CourseAttendee` puts them on a course. A :class:`Certificate` is issued
to one course attendee, numbered ``QGIS-<n>`` from the single :class:`CertificateCounter` row
(taken under a row lock, so numbers are gap-free), paid from the organisation's credit ledger
(``payments``) in the same transaction: no unpaid certificate exists. Its names are copied at
issue (NFC) and only change by a :class:`CertificateCorrection`; a revoked certificate stays.
An :class:`IssueBatch` remembers an ``Idempotency-Key`` so a retried batch answers the same
certificates. An approved organisation gets one :class:`OrganisationCertificate`.
"""

from __future__ import annotations

from catalogue.models import CertificateType, CertifyingOrganisation, Course
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

CERTIFICATE_LANGUAGES = ("en", "ro", "sv", "zh_TW")
"""Languages a certificate can be printed in (the plugin's interface codes)."""


class Language(models.TextChoices):
    EN = "en", "English"
    RO = "ro", "Română"
    SV = "sv", "Svenska"
    ZH_TW = "zh_TW", "中文（繁體）"  # noqa: RUF001 (Chinese punctuation)


class Attendee(models.Model):
    organisation = models.ForeignKey(
        CertifyingOrganisation, on_delete=models.CASCADE, related_name="attendees"
    )
    first_name = models.CharField(max_length=150)
    surname = models.CharField(max_length=150)
    email = models.EmailField(max_length=254)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["surname", "first_name", "id"]
        constraints = [
            # Stored lower-cased by the domain: one person per e-mail within an organisation.
            models.UniqueConstraint(
                fields=["organisation", "email"], name="unique_attendee_email_per_org"
            )
        ]

    def __str__(self) -> str:
        return f"{self.first_name} {self.surname}"


class CourseAttendee(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="course_attendees")
    attendee = models.ForeignKey(Attendee, on_delete=models.CASCADE, related_name="courses")
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["course", "attendee__surname", "attendee__first_name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["course", "attendee"], name="unique_course_attendee")
        ]

    def __str__(self) -> str:
        return f"{self.attendee} @ {self.course_id}"


class CertificateCounter(models.Model):
    """One row (pk 1): the last certificate number given. Locked while a batch numbers."""

    last_number = models.PositiveIntegerField(default=0)
    last_organisation_number = models.PositiveIntegerField(default=0)


class IssueBatch(models.Model):
    """One issuing request; ``idempotency_key`` makes a retry answer the same certificates."""

    course = models.ForeignKey(Course, on_delete=models.PROTECT, related_name="issue_batches")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    idempotency_key = models.CharField(max_length=200, blank=True)
    fingerprint = models.CharField(max_length=64, help_text=_("SHA-256 of the request's items."))
    credits = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["course", "idempotency_key"],
                condition=~models.Q(idempotency_key=""),
                name="unique_issue_batch_key",
            )
        ]


def certificate_pdf_to(instance: Certificate, filename: str) -> str:
    return (
        f"certificates/{instance.course.certifying_organisation_id}/{instance.certificate_id}.pdf"
    )


class Certificate(models.Model):
    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")

    number = models.PositiveIntegerField(unique=True)
    certificate_id = models.CharField(max_length=32, unique=True, help_text="QGIS-<number>")
    course = models.ForeignKey(Course, on_delete=models.PROTECT, related_name="certificates")
    attendee = models.ForeignKey(Attendee, on_delete=models.PROTECT, related_name="certificates")
    certificate_type = models.ForeignKey(
        CertificateType, on_delete=models.PROTECT, related_name="certificates"
    )
    language = models.CharField(max_length=8, choices=Language.choices, default=Language.EN)
    first_name = models.CharField(max_length=150, help_text=_("As printed (NFC)."))
    surname = models.CharField(max_length=150, help_text=_("As printed (NFC)."))
    batch = models.ForeignKey(
        IssueBatch, on_delete=models.PROTECT, related_name="certificates", null=True, blank=True
    )
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    issued_at = models.DateTimeField(db_index=True)
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.VALID, db_index=True
    )
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    revoke_reason = models.TextField(blank=True)
    revision = models.PositiveIntegerField(default=1, help_text=_("Bumped by each correction."))
    pdf = models.FileField(upload_to=certificate_pdf_to, max_length=300, blank=True)
    pdf_revision = models.PositiveIntegerField(
        default=0, help_text=_("The revision the stored PDF shows; behind ``revision`` = pending.")
    )
    pdf_size = models.PositiveIntegerField(default=0)
    badge = models.TextField(blank=True, help_text=_("Open Badges 3.0 credential (JWT-VC)."))
    sent_at = models.DateTimeField(null=True, blank=True)
    sent_count = models.PositiveIntegerField(default=0)
    send_requested_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["number"]
        indexes = [models.Index(fields=["course", "number"])]
        constraints = [
            # One valid certificate per attendee and course (a revoked one may be re-issued).
            models.UniqueConstraint(
                fields=["course", "attendee"],
                condition=models.Q(status="valid"),
                name="one_valid_certificate_per_course_attendee",
            )
        ]

    def __str__(self) -> str:
        return self.certificate_id

    @property
    def pdf_ready(self) -> bool:
        return bool(self.pdf) and self.pdf_revision == self.revision

    @property
    def attendee_name(self) -> str:
        return f"{self.first_name} {self.surname}".strip()


class CertificateCorrection(models.Model):
    """The history of a certificate's names: what was printed before each correction."""

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="corrections"
    )
    revision = models.PositiveIntegerField(help_text=_("The revision this correction made."))
    old_first_name = models.CharField(max_length=150)
    old_surname = models.CharField(max_length=150)
    new_first_name = models.CharField(max_length=150)
    new_surname = models.CharField(max_length=150)
    reason = models.TextField(blank=True)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    corrected_at = models.DateTimeField()

    class Meta:
        ordering = ["certificate", "revision"]


class CertificateDelivery(models.Model):
    """One e-mail of a certificate to its attendee (the first, or an explicit resend)."""

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="deliveries"
    )
    email = models.EmailField(max_length=254)
    resend = models.BooleanField(default=False)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    requested_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["certificate", "id"]


def organisation_certificate_pdf_to(instance: OrganisationCertificate, filename: str) -> str:
    return f"organisation-certificates/{instance.certificate_id}.pdf"


class OrganisationCertificate(models.Model):
    """The organisation's own certificate ("authorised to provide QGIS training and
    certification"), issued on approval."""

    organisation = models.OneToOneField(
        CertifyingOrganisation, on_delete=models.PROTECT, related_name="organisation_certificate"
    )
    number = models.PositiveIntegerField(unique=True)
    certificate_id = models.CharField(max_length=32, unique=True, help_text="QGIS-ORG-<number>")
    issued_at = models.DateTimeField()
    language = models.CharField(max_length=8, choices=Language.choices, default=Language.EN)
    pdf = models.FileField(upload_to=organisation_certificate_pdf_to, max_length=300, blank=True)
    pdf_size = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return self.certificate_id
