"""Attendees and certificates in API v1 (issue 12).

Course endpoints (``/courses/{id}/attendees/``, ``/courses/{id}/certificates/``) are for the
course's managers (``catalogue.rules.manages_organisation`` of its organisation): a course the
viewer may not see is a 404, one they see but do not manage a 403. Verification
(``/certificates/{id}/``) is public and rate-limited; its managers get more keys. Every change
is one call of ``certificates.attendees`` or ``certificates.domain``; the documents come from
``certificates.verification`` (the same as the web page's). Lists cost a fixed number of
queries whatever the number of certificates (relations joined or prefetched).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import asdict, is_dataclass
from typing import Any

from catalogue.domain import FORBIDDEN
from catalogue.models import Course
from catalogue.rules import is_manager, manages_organisation, owner_of, visible_q
from certificates import attendees as attendees_domain
from certificates import domain as certificates_domain
from certificates import ratelimit
from certificates.models import (
    Attendee,
    Certificate,
    CourseAttendee,
    IssueBatch,
    OrganisationCertificate,
)
from certificates.verification import organisation_verification_url
from django.db.models import QuerySet
from django.http import FileResponse, StreamingHttpResponse
from django.urls import reverse
from rest_framework import exceptions, status
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from .. import serializers_certificates as c
from ..negotiation import ApiContentNegotiation
from . import schema_docs_training as docs
from .applications import (
    SafeJSONParser,
    SafeMultiPartParser,
    domain_call,
    idempotency_key,
    validated,
)
from .materials import DOWNLOAD_CSP, AnyAccept

CHUNK = 64 * 1024
CERTIFICATE_RELATIONS = (
    "course__certifying_organisation",
    "course__course_type",
    "course__training_center",
    "course__course_convener__user",
    "certificate_type",
    "attendee",
)


def api_base(request: Request) -> str:
    return request.build_absolute_uri(reverse("api:root"))


def with_relations(rows: QuerySet[Certificate]) -> QuerySet[Certificate]:
    """What a certificate document reads, joined or prefetched: constant queries per list."""
    return rows.select_related(*CERTIFICATE_RELATIONS).prefetch_related("corrections")


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def certificate_json(request: Request, certificate: Certificate, manager: bool) -> dict[str, Any]:
    """The verification document (``certificates.verification``), with the request's API
    address in its links; for the course's managers, the e-mail, the PDF's and the e-mail's
    state, the corrections and the PDF's link."""
    from certificates.verification import verification_document

    return verification_document(certificate, for_manager=manager, api_base=api_base(request))


def no_store(response: Any) -> Any:
    response["Cache-Control"] = "private, no-store"
    return response


def download(response: Any) -> Any:
    """A file to save, never to render or sniff, and never cached."""
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = DOWNLOAD_CSP
    return no_store(response)


class CertificatesApi(APIView):
    content_negotiation_class = ApiContentNegotiation
    permission_classes: tuple[type, ...] = (IsAuthenticated,)
    parser_classes: tuple[type, ...] = (SafeJSONParser,)

    def managed_course(self, request: Request, pk: str) -> Course:
        course = (
            Course.objects.filter(visible_q(request.user, "certifying_organisation__"))
            .select_related("certifying_organisation", "certificate_type")
            .filter(pk=int(pk))
            .first()
        )
        if course is None:
            raise exceptions.NotFound()
        if not manages_organisation(request.user, course.certifying_organisation):
            raise exceptions.PermissionDenied(FORBIDDEN)
        return course

    def course_certificates(self, course: Course) -> QuerySet[Certificate]:
        return with_relations(Certificate.objects.filter(course=course)).order_by("number")


# --- attendees -------------------------------------------------------------------------------


def attendee_json(attendee: Attendee, certificate: Certificate | None) -> dict[str, Any]:
    return {
        "id": attendee.pk,
        "first_name": attendee.first_name,
        "surname": attendee.surname,
        "email": attendee.email,
        "certificate": (
            {"certificate_id": certificate.certificate_id, "status": certificate.status}
            if certificate is not None
            else None
        ),
    }


def latest_certificates(course: Course) -> dict[int, Certificate]:
    """Per attendee, the valid certificate of the course, else the last revoked one."""
    found: dict[int, Certificate] = {}
    for certificate in Certificate.objects.filter(course=course).order_by("number"):
        held = found.get(certificate.attendee_id)
        if held is None or held.status != Certificate.Status.VALID:
            found[certificate.attendee_id] = certificate
    return found


@docs.attendees
class AttendeeListView(CertificatesApi):
    """The course's attendees with their certificate; POST adds one (201; 200 when already
    on the course)."""

    def get(self, request: Request, pk: str) -> Response:
        course = self.managed_course(request, pk)
        held = latest_certificates(course)
        rows = CourseAttendee.objects.filter(course=course).select_related("attendee")
        results = [attendee_json(row.attendee, held.get(row.attendee_id)) for row in rows]
        return no_store(Response({"results": results}))

    def post(self, request: Request, pk: str) -> Response:
        course = self.managed_course(request, pk)
        data = dict(validated(c.AttendeeIn(data=request.data)))
        already = CourseAttendee.objects.filter(
            course=course, attendee__email=data["email"].lower()
        ).exists()
        row = domain_call(
            attendees_domain.add_attendee, actor=request.user, course=course, data=data
        )
        attendee = getattr(row, "attendee", row)
        held = latest_certificates(course).get(attendee.pk)
        code = status.HTTP_200_OK if already else status.HTTP_201_CREATED
        return no_store(Response(attendee_json(attendee, held), status=code))


@docs.attendee
class AttendeeDetailView(CertificatesApi):
    """PATCH corrects an attendee's names or e-mail (before any certificate); DELETE takes
    them off the course (refused, 409 in_use, while they hold a valid certificate)."""

    def attendee(self, course: Course, attendee_pk: str) -> Attendee:
        row = (
            CourseAttendee.objects.filter(course=course, attendee_id=int(attendee_pk))
            .select_related("attendee")
            .first()
        )
        if row is None:
            raise exceptions.NotFound("No such attendee on this course.")
        return row.attendee

    def patch(self, request: Request, pk: str, attendee_pk: str) -> Response:
        course = self.managed_course(request, pk)
        attendee = self.attendee(course, attendee_pk)
        data = dict(validated(c.AttendeeIn(data=request.data, partial=True)))
        updated = domain_call(
            attendees_domain.update_attendee, actor=request.user, attendee=attendee, data=data
        )
        held = latest_certificates(course).get(attendee.pk)
        return no_store(Response(attendee_json(updated or attendee, held)))

    def delete(self, request: Request, pk: str, attendee_pk: str) -> Response:
        course = self.managed_course(request, pk)
        attendee = self.attendee(course, attendee_pk)
        domain_call(
            attendees_domain.remove_attendee, actor=request.user, course=course, attendee=attendee
        )
        return Response(status=status.HTTP_204_NO_CONTENT)


def _flag(request: Request, name: str, body: dict[str, Any]) -> bool:
    """``preview``/``skip_invalid``: from the query (true/false/1/0) or the body."""
    raw = request.query_params.get(name)
    if raw is not None and raw != "":
        if raw.lower() not in ("true", "false", "1", "0"):
            raise exceptions.ValidationError({name: ["true or false."]})
        return raw.lower() in ("true", "1")
    value = body.get(name, False)
    if isinstance(value, str):  # a multipart field
        if value.lower() not in ("true", "false", "1", "0", ""):
            raise exceptions.ValidationError({name: ["true or false."]})
        return value.lower() in ("true", "1")
    if not isinstance(value, bool):
        raise exceptions.ValidationError({name: ["true or false."]})
    return value


def import_json(result: Any) -> dict[str, Any]:
    """``certificates.attendees.ImportResult`` as the contract's JSON."""
    for method in ("as_json", "to_json", "as_dict"):
        if hasattr(result, method):
            return dict(getattr(result, method)())
    if is_dataclass(result) and not isinstance(result, type):
        return asdict(result)
    return dict(result)


@docs.attendee_import
class AttendeeImportView(CertificatesApi):
    """Imports attendees: multipart ``file`` (CSV) or JSON ``{"rows": [...]}``; preview first
    (200), then import (201); invalid rows refuse the import (400) unless skip_invalid."""

    parser_classes = (SafeJSONParser, SafeMultiPartParser)

    def post(self, request: Request, pk: str) -> Response:
        course = self.managed_course(request, pk)
        body = request.data if hasattr(request.data, "get") else {}
        if request.content_type.startswith("multipart/"):
            upload = validated(c.ImportFileIn(data=request.data))["file"]
            source: Any = b"".join(upload.chunks())
        else:
            source = [dict(row) for row in validated(c.ImportRowsIn(data=request.data))["rows"]]
        preview = _flag(request, "preview", body)
        skip_invalid = _flag(request, "skip_invalid", body)
        result = domain_call(
            attendees_domain.import_attendees,
            actor=request.user,
            course=course,
            source=source,
            preview=preview,
            skip_invalid=skip_invalid,
        )
        data = import_json(result)
        code: int
        if preview:
            code = status.HTTP_200_OK
        elif getattr(result, "refused", False):
            code = status.HTTP_400_BAD_REQUEST  # with the rows, and code/detail as every 400
            data = {
                "code": "invalid_rows",
                "detail": "Invalid rows: nothing was imported (skip_invalid imports the rest).",
                **data,
            }
        else:
            code = status.HTTP_201_CREATED
        return no_store(Response(data, status=code))


# --- a course's certificates ---------------------------------------------------------------


def batch_items(course: Course, key: str | None) -> list[dict[str, Any]]:
    """The items of the course's batch with this Idempotency-Key, in issue order (empty
    without one): ``all`` retried after it succeeded names nobody new, yet must replay."""
    if not key:
        return []
    batch = IssueBatch.objects.filter(course=course, idempotency_key=key.strip()[:200]).first()
    if batch is None:
        return []
    rows = batch.certificates.select_related("certificate_type").order_by("number")
    return [
        {
            "attendee": x.attendee_id,
            "certificate_type": x.certificate_type.slug,
            "language": x.language,
        }
        for x in rows
    ]


@docs.course_certificates
class CourseCertificatesView(CertificatesApi):
    """The course's certificates; POST issues a batch (Idempotency-Key: a retry answers the
    same certificates, 200, charged once)."""

    def get(self, request: Request, pk: str) -> Response:
        course = self.managed_course(request, pk)
        rows = self.course_certificates(course)
        return no_store(Response({"results": [certificate_json(request, x, True) for x in rows]}))

    def post(self, request: Request, pk: str) -> Response:
        course = self.managed_course(request, pk)
        key = idempotency_key(request)
        data = validated(c.IssueIn(data=request.data))
        domain = certificates_domain
        if data.get("all"):
            items = batch_items(course, key) or domain.default_items(
                course,
                certificate_type=data.get("certificate_type"),
                language=data.get("language"),
            )
            if not items:
                raise exceptions.ValidationError(
                    {"all": ["Every attendee of this course holds a certificate already."]}
                )
        else:  # the domain gives an item without a type or language the course's
            items = [dict(item) for item in data["items"]]
        result = domain_call(
            domain.issue_certificates,
            actor=request.user,
            course=course,
            items=items,
            idempotency_key=key,
        )
        ids = [certificate.pk for certificate in result.certificates]
        rows = with_relations(Certificate.objects.filter(pk__in=ids)).order_by("number")
        spent = result.batch.credits if result.batch is not None else len(ids)
        body = {
            "certificates": [certificate_json(request, x, True) for x in rows],
            "credits": {"spent": spent, "balance": result.balance},
        }
        code = status.HTTP_200_OK if result.replayed else status.HTTP_201_CREATED
        return no_store(Response(body, status=code))


def queue_sending(request: Request, certificates: list[Certificate], resend: bool) -> Response:
    """Queues the e-mails (``certificates.domain.request_sending``): 202 with their number."""
    deliveries = domain_call(
        certificates_domain.request_sending,
        actor=request.user,
        certificates=certificates,
        resend=resend,
    )
    return Response({"queued": len(deliveries)}, status=status.HTTP_202_ACCEPTED)


@docs.certificates_send
class CertificateSendView(CertificatesApi):
    """Queues the e-mails of the course's certificates (never sent ones, unless resend)."""

    def post(self, request: Request, pk: str) -> Response:
        course = self.managed_course(request, pk)
        data = validated(c.SendIn(data=request.data))
        rows = Certificate.objects.filter(course=course).select_related("attendee")
        if "certificates" in data:
            normalise = certificates_domain.normalise_certificate_id
            wanted = {text: normalise(text) for text in data["certificates"]}
            found = list(rows.filter(certificate_id__in={x for x in wanted.values() if x}))
            known = {x.certificate_id for x in found}
            missing = [text for text, cid in wanted.items() if cid not in known]
            if missing:
                listed = ", ".join(missing[:20])
                raise exceptions.ValidationError(
                    {"certificates": [f"Not certificates of this course: {listed}."]}
                )
        else:
            found = list(rows.filter(status=Certificate.Status.VALID))
        return queue_sending(request, found, data["resend"])


class _Sink(io.RawIOBase):
    """A write-only stream that hands out what was written since the last ``take``."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.parts.append(bytes(data))
        return len(data)

    def take(self) -> bytes:
        data = b"".join(self.parts)
        self.parts.clear()
        return data


def zip_stream(certificates: list[Certificate]) -> Iterator[bytes]:
    """A zip of the PDFs, written as it is sent: each file read in chunks, stored (PDFs are
    compressed already), never the whole archive in memory."""
    sink = _Sink()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_STORED) as archive:
        for certificate in certificates:
            info = zipfile.ZipInfo(
                f"{certificate.certificate_id}.pdf",
                date_time=certificate.issued_at.timetuple()[:6],
            )
            info.compress_type = zipfile.ZIP_STORED
            with certificate.pdf.open("rb") as source, archive.open(info, "w") as target:
                for chunk in source.chunks(CHUNK):
                    target.write(chunk)
                    yield sink.take()
            yield sink.take()
    yield sink.take()


@docs.certificates_zip
class CertificateZipView(CertificatesApi):
    """The ready PDFs of the course's certificates, one zip, streamed."""

    content_negotiation_class = AnyAccept

    def get(self, request: Request, pk: str) -> StreamingHttpResponse:
        course = self.managed_course(request, pk)
        ready = [
            x for x in Certificate.objects.filter(course=course).order_by("number") if x.pdf_ready
        ]
        response = StreamingHttpResponse(zip_stream(ready), content_type="application/zip")
        response["Content-Disposition"] = (
            f'attachment; filename="course-{course.pk}-certificates.zip"'
        )
        return download(response)


# --- one certificate -------------------------------------------------------------------------


def find_certificate(text: str) -> Certificate:
    cid = certificates_domain.normalise_certificate_id(text)
    found = with_relations(Certificate.objects.filter(certificate_id=cid)).first() if cid else None
    if found is None:
        raise exceptions.NotFound("No certificate with this id.")
    return found


def manages(request: Request, certificate: Certificate) -> bool:
    return manages_organisation(request.user, certificate.course.certifying_organisation)


class RateLimited(exceptions.Throttled):
    default_detail = ratelimit.MESSAGE
    default_code = "rate_limited"


def check_rate(request: Request) -> None:
    """The verification rate limit, counted together with the web page's."""
    seconds = ratelimit.retry_after(request)
    if seconds is not None:
        raise RateLimited(wait=seconds)


@docs.certificate
class CertificateView(CertificatesApi):
    """Verifies a certificate: public, rate-limited; 404 when unknown. Course managers get
    the e-mail, the PDF's state, the corrections."""

    permission_classes: tuple[type, ...] = (AllowAny,)

    def get(self, request: Request, certificate_id: str) -> Response:
        check_rate(request)
        certificate = find_certificate(certificate_id)
        body = certificate_json(request, certificate, manages(request, certificate))
        return no_store(Response(body))


class ManagedCertificateView(CertificatesApi):
    def managed(self, request: Request, certificate_id: str) -> Certificate:
        certificate = find_certificate(certificate_id)
        if not manages(request, certificate):
            raise exceptions.PermissionDenied(FORBIDDEN)
        return certificate

    def answer(self, request: Request, certificate: Certificate) -> Response:
        fresh = with_relations(Certificate.objects.filter(pk=certificate.pk)).get()
        return no_store(Response(certificate_json(request, fresh, True)))


class PdfPending(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The PDF is being made; try again in a moment."
    default_code = "pdf_pending"


def pdf_response(pdf: Any, ready: bool, certificate_id: str) -> FileResponse:
    """The stored PDF as ``<certificate_id>.pdf``; 409 pdf_pending until it is there."""
    if not ready:
        raise PdfPending()
    try:
        handle = pdf.open("rb")
    except (FileNotFoundError, ValueError):
        raise PdfPending() from None
    response = FileResponse(
        handle, as_attachment=True, filename=f"{certificate_id}.pdf", content_type="application/pdf"
    )
    return download(response)


@docs.certificate_pdf
class CertificatePdfView(ManagedCertificateView):
    """The certificate's PDF (course managers); 409 pdf_pending while it is being made."""

    content_negotiation_class = AnyAccept

    def get(self, request: Request, certificate_id: str) -> FileResponse:
        certificate = self.managed(request, certificate_id)
        return pdf_response(certificate.pdf, certificate.pdf_ready, certificate.certificate_id)


class BadgePending(PdfPending):
    default_detail = "The badge is being made; try again in a moment."
    default_code = "badge_pending"


@docs.certificate_badge
class CertificateBadgeView(CertificatesApi):
    """The Open Badges 3.0 credential of a certificate (public, as verification)."""

    permission_classes: tuple[type, ...] = (AllowAny,)

    def get(self, request: Request, certificate_id: str) -> Response:
        check_rate(request)
        certificate = find_certificate(certificate_id)
        if not certificate.badge:
            raise BadgePending()
        return no_store(Response({"credential": certificate.badge}))


@docs.certificate_correct
class CertificateCorrectView(ManagedCertificateView):
    """Corrects the attendee's names: same id, new revision, free; the PDF is made again."""

    def post(self, request: Request, certificate_id: str) -> Response:
        certificate = self.managed(request, certificate_id)
        data = validated(c.CorrectIn(data=request.data))
        domain_call(
            certificates_domain.correct_certificate,
            actor=request.user,
            certificate=certificate,
            first_name=data["first_name"],
            surname=data["surname"],
            reason=data["reason"],
        )
        return self.answer(request, certificate)


@docs.certificate_revoke
class CertificateRevokeView(ManagedCertificateView):
    """Revokes the certificate (a reason required); within the window the credit returns."""

    def post(self, request: Request, certificate_id: str) -> Response:
        certificate = self.managed(request, certificate_id)
        data = validated(c.RevokeIn(data=request.data))
        extra = {"refund": True} if data["refund"] else {}
        domain_call(
            certificates_domain.revoke_certificate,
            actor=request.user,
            certificate=certificate,
            reason=data["reason"],
            **extra,
        )
        return self.answer(request, certificate)


@docs.certificate_send
class CertificateSendOneView(ManagedCertificateView):
    """Queues the certificate's e-mail (once; resend: again)."""

    def post(self, request: Request, certificate_id: str) -> Response:
        certificate = self.managed(request, certificate_id)
        data = validated(c.SendOneIn(data=request.data))
        return queue_sending(request, [certificate], data["resend"])


@docs.badge_issuer
class BadgeIssuerView(APIView):
    """The programme's Open Badges issuer profile, with its public key (JWK)."""

    permission_classes: tuple[type, ...] = (AllowAny,)
    content_negotiation_class = ApiContentNegotiation

    def get(self, request: Request) -> Response:
        from certificates.badges import BadgeIssuer

        response = Response(BadgeIssuer().issuer_document())
        response["Cache-Control"] = "public, max-age=3600"
        return response


# --- an organisation's certificate -----------------------------------------------------------


def organisation_certificate(slug: str) -> OrganisationCertificate:
    found = (
        OrganisationCertificate.objects.select_related("organisation")
        .filter(organisation__slug=slug[:200])
        .first()
    )
    if found is None:
        raise exceptions.NotFound("This organisation has no certificate.")
    return found


@docs.organisation_certificate
class OrganisationCertificateView(APIView):
    """The organisation's certificate ("authorised to provide QGIS training and
    certification"): public once issued."""

    permission_classes: tuple[type, ...] = (AllowAny,)
    content_negotiation_class = ApiContentNegotiation

    def get(self, request: Request, slug: str) -> Response:
        found = organisation_certificate(slug)
        organisation = found.organisation
        base = f"{api_base(request)}organisations/{organisation.slug}/certificate/"
        web = organisation_verification_url(found.certificate_id)
        body = {
            "certificate_id": found.certificate_id,
            "organisation": organisation.slug,
            "organisation_name": organisation.name,
            "organisation_certified": organisation.is_certified,
            "issued_at": _iso(found.issued_at),
            "pdf_ready": bool(found.pdf),
            "links": {"self": base, "web": web, "pdf": f"{base}pdf/"},
        }
        return no_store(Response(body))


@docs.organisation_certificate_pdf
class OrganisationCertificatePdfView(APIView):
    """The organisation certificate's PDF: its owners and the managers."""

    permission_classes = (IsAuthenticated,)
    content_negotiation_class = AnyAccept

    def get(self, request: Request, slug: str) -> FileResponse:
        found = organisation_certificate(slug)
        if not (is_manager(request.user) or owner_of(request.user, found.organisation)):
            raise exceptions.PermissionDenied("Only the organisation's owners and the managers.")
        return pdf_response(found.pdf, bool(found.pdf), found.certificate_id)
