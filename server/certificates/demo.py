"""Demo certificates for ``seed_demo``: something to do for the ``owner`` and ``convener``.

On the organisation ``owner`` owns (the catalogue demo's first, certified, organisation; the
``convener`` account convenes its courses):

- 25 credits, one ledger top-up (``payments.ledger.grant``), given once;
- "waiting": a course that ended a week ago with 6 attendees and no certificate yet;
- "issued": a course that ended two weeks ago with 4 certificates, one per certificate
  language (en, ro, sv, zh_TW); one corrected (a name typed with a cedilla ş fixed to the
  comma-below ș), one revoked (its credit refunded): the catalogue plan's credits + 25 - 4 + 1;
- the organisation's own certificate.

Everything goes through ``certificates.domain`` (ledger, counter, audit events); the PDFs are
drawn at once so the demo has them without a task worker. Idempotent: a second run finds its
rows by their natural keys (course slugs, attendee e-mails) and changes nothing but the
courses' dates, which follow today as the catalogue demo's do.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from catalogue.models import (
    CertificateType,
    CertifyingOrganisation,
    Course,
    CourseConvener,
    CourseType,
    TrainingCenter,
)
from django.contrib.auth import get_user_model
from payments import ledger
from payments.models import CreditEntry

from . import domain, tasks
from .models import (
    Attendee,
    Certificate,
    CertificateDelivery,
    CourseAttendee,
    IssueBatch,
    OrganisationCertificate,
)

OWNER, CONVENER = "owner", "convener"
CREDITS = 25
TOP_UP_REASON = "Demo top-up"
WAITING_SLUG = "demo-certificates-waiting"
ISSUED_SLUG = "demo-certificates-issued"
ISSUE_KEY = "seed-demo-certificates"

WAITING = (
    ("Ioana", "Mureșan"),
    ("Ștefan", "Țurcanu"),
    ("Andreea", "Popescu"),
    ("Mihai", "Ionescu"),
    ("Elena", "Dumitrașcu"),
    ("Radu", "Constantinescu"),
)
# (first name, surname, certificate language); the second is typed with a cedilla (ş, the
# wrong letter in Romanian) and corrected; the fourth is revoked.
ISSUED = (
    ("Maria", "Lindqvist", "sv"),
    ("Cristina", "Şerban", "ro"),
    ("小明", "王", "zh_TW"),
    ("John", "Smith", "en"),
)
CORRECTED = ("Cristina", "Șerban")


@dataclass(frozen=True)
class DemoCertificates:
    organisation: str
    balance: int
    waiting_course: str
    issued_course: str
    certificate_ids: tuple[str, ...]


def flush_certificates() -> None:
    """Delete every row of certificates and payments (they protect courses and
    organisations): ``seed_demo --flush`` calls it before deleting the catalogue."""
    CertificateDelivery.objects.all().delete()
    CreditEntry.objects.all().delete()
    Certificate.objects.all().delete()
    IssueBatch.objects.all().delete()
    OrganisationCertificate.objects.all().delete()
    CourseAttendee.objects.all().delete()
    Attendee.objects.all().delete()


def course_fields(
    organisation: CertifyingOrganisation,
    convener: CourseConvener,
    *,
    start: datetime.date,
    days: int,
    language: str,
    certificate_type: CertificateType | None,
    competence: str,
) -> dict[str, Any]:
    """A demo course's fields (the ``defaults`` of its ``Course`` row): in the organisation's
    first training centre, of its first course type, from ``start`` to ``days`` later, named
    as the catalogue names its courses."""
    centre = TrainingCenter.objects.filter(certifying_organisation=organisation).order_by("pk")[0]
    course_type = CourseType.objects.filter(certifying_organisation=organisation).order_by("pk")[0]
    return {
        "name": f"{course_type.name} - {centre.name} - {start.isoformat()}",
        "certifying_organisation": organisation,
        "course_type": course_type,
        "course_convener": convener,
        "training_center": centre,
        "start_date": start,
        "end_date": start + datetime.timedelta(days=days),
        "language": language,
        "trained_competence": competence,
        "certificate_type": certificate_type,
    }


def _course(
    organisation: CertifyingOrganisation,
    convener: CourseConvener,
    slug: str,
    *,
    start: datetime.date,
    language: str,
    certificate_type: CertificateType | None,
    competence: str,
) -> Course:
    course, _created = Course.objects.update_or_create(
        slug=slug,
        defaults=course_fields(
            organisation,
            convener,
            start=start,
            days=2,
            language=language,
            certificate_type=certificate_type,
            competence=competence,
        ),
    )
    return course


def _attendees(course: Course, people: Any, tag: str) -> list[Attendee]:
    """The course's demo attendees, found again by their e-mail (``<tag>.<n>@demo.example``)."""
    found = []
    for index, (first_name, surname, *_language) in enumerate(people, start=1):
        attendee, _created = Attendee.objects.get_or_create(
            organisation_id=course.certifying_organisation_id,
            email=f"{tag}.{index}@demo.example",
            defaults={"first_name": first_name, "surname": surname},
        )
        CourseAttendee.objects.get_or_create(course=course, attendee=attendee)
        found.append(attendee)
    return found


def seed_demo_certificates(today: datetime.date | None = None) -> DemoCertificates | None:
    """Create or refresh the demo; ``None`` when the demo accounts or their certified
    organisation are missing (``seed_demo --no-with-users``)."""
    users = get_user_model().objects
    owner = users.filter(username=OWNER).first()
    convener_user = users.filter(username=CONVENER).first()
    organisation = (
        CertifyingOrganisation.objects.certified().filter(owners=owner).order_by("pk").first()
        if owner
        else None
    )
    convener = (
        CourseConvener.objects.filter(user=convener_user, certifying_organisation=organisation)
        .select_related("user")
        .first()
    )
    if organisation is None or convener is None:
        return None
    today = today or domain.today()
    if not convener.title and not convener.degree:
        convener.title, convener.degree = "Dr.", "PhD"
        convener.save(update_fields=["title", "degree"])
    types = {
        t.slug: t for t in CertificateType.objects.filter(slug__in=["attendance", "completion"])
    }

    if not CreditEntry.objects.filter(organisation=organisation, reason=TOP_UP_REASON).exists():
        ledger.grant(organisation=organisation, credits=CREDITS, actor=None, reason=TOP_UP_REASON)

    waiting = _course(
        organisation,
        convener,
        WAITING_SLUG,
        start=today - datetime.timedelta(days=9),
        language="ro",
        certificate_type=types.get("completion"),
        competence="Analiză spațială și geoprocesare cu QGIS",
    )
    _attendees(waiting, WAITING, "waiting")

    issued_course = _course(
        organisation,
        convener,
        ISSUED_SLUG,
        start=today - datetime.timedelta(days=16),
        language="en",
        certificate_type=types.get("attendance"),
        competence="Map layouts, atlases and print composition",
    )
    people = _attendees(issued_course, ISSUED, "issued")
    certificates = _issue(owner, issued_course, people)
    return DemoCertificates(
        organisation=organisation.name,
        balance=ledger.balance(organisation),
        waiting_course=waiting.slug,
        issued_course=issued_course.slug,
        certificate_ids=tuple(c.certificate_id for c in certificates),
    )


def _issue(owner: Any, course: Course, people: list[Attendee]) -> list[Certificate]:
    items = [
        {"attendee": attendee.pk, "certificate_type": "attendance", "language": language}
        for attendee, (_first, _last, language) in zip(people, ISSUED, strict=True)
    ]
    existing = list(course.certificates.order_by("number"))
    if not existing:
        existing = domain.issue_certificates(
            actor=owner, course=course, items=items, idempotency_key=ISSUE_KEY
        ).certificates
    corrected, revoked = existing[1], existing[3]
    if not corrected.corrections.exists():
        domain.correct_certificate(
            actor=owner,
            certificate=corrected,
            first_name=CORRECTED[0],
            surname=CORRECTED[1],
            reason="Romanian ș with the comma below, not the cedilla",
        )
    if revoked.status != Certificate.Status.REVOKED:
        domain.revoke_certificate(
            actor=owner, certificate=revoked, reason="Issued to the wrong attendee"
        )
    certificates = list(
        course.certificates.select_related(
            "course__certifying_organisation",
            "course__training_center",
            "course__course_type",
            "course__course_convener__user",
            "certificate_type",
            "attendee",
        ).order_by("number")
    )
    for certificate in certificates:
        if not certificate.pdf_ready:
            tasks.render_certificate(certificate)
    organisation_certificate = domain.issue_organisation_certificate(
        organisation=course.certifying_organisation
    )
    if not organisation_certificate.pdf:
        tasks.render_organisation_certificate.call(
            organisation_certificate_id=organisation_certificate.pk
        )
    return certificates
