"""What a certificate verifies as: one document for the page, the API and the PDF's QR code.

:func:`verification_document` is the JSON of ``GET /api/v1/certificates/{id}/`` (the contract's
shape); the page (``certificates.views``) shows the same facts under the live site's labels.
Addresses: the QR code and the badge name the page under ``PUBLIC_BASE_URL``, the address the
public reaches, whatever host a request came by.
"""

from __future__ import annotations

from typing import Any

from catalogue.languages import language_name
from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from . import labels
from .models import Certificate, OrganisationCertificate

PROJECT = "QGIS"


def public_base() -> str:
    return str(getattr(settings, "PUBLIC_BASE_URL", "") or "").rstrip("/")


def verification_url(certificate_id: str) -> str:
    """The public verification page of a certificate (what its QR code holds)."""
    return f"{public_base()}/en/certificate/{certificate_id}/"


def organisation_verification_url(certificate_id: str) -> str:
    return f"{public_base()}/en/organisationcertificate/{certificate_id}/"


def normalise_certificate_id(text: Any) -> str | None:
    """``" qgis-12 "`` -> ``"QGIS-12"`` (``certificates.domain``'s rule, one place)."""
    from .domain import normalise_certificate_id as normalise

    return normalise(text)


def normalise_organisation_certificate_id(text: Any) -> str | None:
    from .domain import normalise_organisation_certificate_id as normalise

    return normalise(text)


def certificates() -> QuerySet[Certificate]:
    """Certificates with everything a document needs, in one query."""
    return Certificate.objects.select_related(
        "course__certifying_organisation",
        "course__training_center",
        "course__course_type",
        "course__course_convener__user",
        "certificate_type",
        "attendee",
    )


def find(text: Any) -> Certificate | None:
    """The certificate a loosely typed id names, or ``None``."""
    certificate_id = normalise_certificate_id(text)
    if certificate_id is None:
        return None
    return certificates().filter(certificate_id=certificate_id).first()


def find_organisation_certificate(text: Any) -> OrganisationCertificate | None:
    certificate_id = normalise_organisation_certificate_id(text)
    if certificate_id is None:
        return None
    return (
        OrganisationCertificate.objects.select_related("organisation")
        .filter(certificate_id=certificate_id)
        .first()
    )


def convener_name(certificate: Certificate) -> str:
    convener = certificate.course.course_convener
    return labels.convener_line(convener.title, convener.full_name, convener.degree)


def _iso(moment: Any) -> str | None:
    return moment.isoformat() if moment else None


def verification_document(
    certificate: Certificate, *, for_manager: bool = False, api_base: str | None = None
) -> dict[str, Any]:
    """The certificate as the API answers it; ``for_manager`` adds the attendee's e-mail, the
    PDF and sending state and the corrections. ``api_base`` (``.../api/v1/``, absolute) is the
    request's; the public address otherwise. Corrections are read from a prefetch when there
    is one (lists stay at a constant number of queries)."""
    course = certificate.course
    organisation = course.certifying_organisation
    api = (api_base or f"{public_base()}/api/v1/").rstrip("/") + "/"
    own = f"{api}certificates/{certificate.certificate_id}/"
    document: dict[str, Any] = {
        "certificate_id": certificate.certificate_id,
        "status": certificate.status,
        "attendee_name": certificate.attendee_name,
        "organisation_name": organisation.name,
        "organisation": organisation.slug,
        "organisation_certified": organisation.is_certified,
        "training_centre_name": course.training_center.name,
        "course_type_name": course.course_type.name,
        "course_language": language_name(course.language) or "",
        "trained_competence": course.trained_competence,
        "start_date": course.start_date.isoformat(),
        "end_date": course.end_date.isoformat(),
        "instruction_hours": labels.format_hours(course.course_type.instruction_hours, "en"),
        "course_convener_name": convener_name(certificate),
        "certificate_type": certificate.certificate_type.slug,
        "certificate_type_name": certificate.certificate_type.name,
        "language": certificate.language,
        "issued_at": _iso(certificate.issued_at),
        "revoked_at": _iso(certificate.revoked_at),
        "revision": certificate.revision,
        "links": {
            "self": own,
            "web": verification_url(certificate.certificate_id),
            "badge": f"{own}badge/",
        },
    }
    if for_manager:
        document.update(
            {
                "attendee_email": certificate.attendee.email,
                "pdf_ready": certificate.pdf_ready,
                "sent_at": _iso(certificate.sent_at),
                "corrections": [
                    {
                        "revision": c.revision,
                        "old_first_name": c.old_first_name,
                        "old_surname": c.old_surname,
                        "new_first_name": c.new_first_name,
                        "new_surname": c.new_surname,
                        "reason": c.reason,
                        "corrected_at": _iso(c.corrected_at),
                    }
                    for c in certificate.corrections.all()
                ],
            }
        )
        document["links"]["pdf"] = f"{own}pdf/"
    return document


def page_rows(certificate: Certificate, lang: str = "en") -> list[tuple[str, str, str]]:
    """(key, label, value) rows of the verification page: the live site's eleven, in its
    order, then the status and whether the organisation is certified today."""
    course = certificate.course
    organisation = course.certifying_organisation
    status = labels.label(f"page.status.{certificate.status}", lang)
    if certificate.revoked_at:
        revoked = labels.format_date(timezone.localdate(certificate.revoked_at), lang)
        status = f"{status} ({labels.label('page.revoked_on', lang, date=revoked)})"
    dates = labels.format_date_range(course.start_date, course.end_date, lang)
    hours = labels.format_hours(course.course_type.instruction_hours, lang)
    rows = [
        ("id", certificate.certificate_id),
        ("attendee_name", certificate.attendee_name),
        ("project", PROJECT),
        ("organisation", organisation.name),
        ("training_centre", course.training_center.name),
        ("course_language", language_name(course.language) or ""),
        ("trained_competence", course.trained_competence),
        ("course_type", course.course_type.name),
        ("course_date", dates),
        ("instruction_hours", hours),
        ("course_convener", convener_name(certificate)),
        ("status", status),
        ("organisation_certified", _yes_no(organisation.is_certified, lang)),
    ]
    return [(key, labels.label(f"page.{key}", lang), value) for key, value in rows]


def _yes_no(value: bool, lang: str) -> str:
    return labels.label("page.yes" if value else "page.no", lang)


def organisation_page_rows(
    oc: OrganisationCertificate, lang: str = "en"
) -> list[tuple[str, str, str]]:
    organisation = oc.organisation
    country = getattr(organisation.country, "name", "") or str(organisation.country or "")
    rows = [
        ("id", oc.certificate_id),
        ("organisation", organisation.name),
        ("country", str(country)),
        ("project", PROJECT),
        ("issued", labels.format_date(timezone.localdate(oc.issued_at), lang)),
        ("organisation_certified", _yes_no(organisation.is_certified, lang)),
    ]
    return [(key, labels.label(f"page.{key}", lang), value) for key, value in rows]
