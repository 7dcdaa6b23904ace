"""OpenAPI descriptions of issue 12's endpoints: catalogue writes, conveners, my organisations,
attendees and certificates."""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema

from .. import serializers as s
from .. import serializers_certificates as c
from .. import serializers_training as t
from .schema_docs import ERRORS, FORMAT_JSON, SLUG, _param, _text, _viewset
from .schema_docs_applications import ID, INVALID, _view, idempotency_key

ATTENDEE_ID = OpenApiParameter(
    "attendee_pk",
    {"type": "integer", "minimum": 1, "maximum": 10**18 - 1},
    OpenApiParameter.PATH,
    description="The attendee's id.",
)
CERTIFICATE_ID = OpenApiParameter(
    "certificate_id",
    {"type": "string", "minLength": 1, "maxLength": 64, "pattern": r"^[^/]+$"},
    OpenApiParameter.PATH,
    description='"QGIS-12" (case, spaces and leading zeros are forgiven: " qgis-012 ").',
)
PREVIEW = _param("preview", OpenApiTypes.BOOL, "true: check and answer the rows, import nothing.")
SKIP_INVALID = _param(
    "skip_invalid", OpenApiTypes.BOOL, "true: import the valid rows, skip the invalid ones."
)
ORGANISATION = _param("organisation", _text(200), "Only this organisation's (its slug).")
ISSUE_KEY = idempotency_key(
    "A retried batch with the same key and items answers the same certificates (200), charged "
    "once; the same key with other items is a 400."
)

FORBIDDEN = OpenApiResponse(
    s.ErrorSerializer,
    description="Not a manager of this organisation (owners and conveners of a certified "
    "organisation, certification managers).",
)
NOT_FOUND = OpenApiResponse(s.ErrorSerializer, description="No such item, or not yours to see.")
IN_USE = OpenApiResponse(
    s.ErrorSerializer, description="in_use: other rows (courses, certificates) refer to it."
)
REFUSED = OpenApiResponse(
    c.NotEnoughCreditsOut,
    description="not_started (before the course's first day), not_enough_credits (with "
    "credits_needed and credits_available: nothing issued), revoked, pdf_pending.",
)
PENDING = OpenApiResponse(s.ErrorSerializer, description="pdf_pending: try again shortly.")
RATE_LIMITED = OpenApiResponse(
    s.ErrorSerializer, description="Too many verifications from this address (Retry-After)."
)
READ = {**ERRORS, 404: NOT_FOUND}
CHANGE = {**ERRORS, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND}
PDF: dict[Any, Any] = {
    (200, "application/pdf"): OpenApiResponse(OpenApiTypes.BINARY, description="PDF."),
    **READ,
    403: FORBIDDEN,
    409: PENDING,
}


def _both(serializer: Any, form: Any) -> dict[str, Any]:
    """JSON, or multipart with the image field too."""
    return {"application/json": serializer, "multipart/form-data": form}


def _writes(
    name: str,
    item: Any,
    body: tuple[Any, Any],
    lookup: OpenApiParameter,
    form: tuple[Any, Any] | None = None,
) -> Any:
    """create (``body[0]``, with ``organisation``) and update (``body[1]``, without)."""
    request, change = (
        (_both(body[0], form[0]), _both(body[1], form[1])) if form is not None else body
    )
    return _viewset(
        create=extend_schema(
            parameters=[FORMAT_JSON],
            request=request,
            responses={201: item, **CHANGE},
            operation_id=f"{name}_create",
            description="Creates one for an organisation you manage (owners and conveners of "
            "a certified organisation; managers).",
        ),
        update=extend_schema(
            parameters=[lookup, FORMAT_JSON],
            request=change,
            responses={200: item, **CHANGE},
            operation_id=f"{name}_update",
        ),
        partial_update=extend_schema(
            parameters=[lookup, FORMAT_JSON],
            request=change,
            responses={200: item, **CHANGE},
            operation_id=f"{name}_partial_update",
        ),
        destroy=extend_schema(
            parameters=[lookup, FORMAT_JSON],
            responses={204: None, **CHANGE, 409: IN_USE},
            operation_id=f"{name}_destroy",
            description="Refused (409 in_use) while other rows refer to it.",
        ),
    )


training_centre_writes = _writes(
    "training_centres",
    s.TrainingCentreSerializer,
    (t.TrainingCentreWrite, t.TrainingCentreUpdate),
    ID,
)
course_type_writes = _writes(
    "course_types", s.CourseTypeSerializer, (t.CourseTypeWrite, t.CourseTypeUpdate), SLUG
)
course_writes = _writes(
    "courses",
    s.CourseSerializer,
    (t.CourseWrite, t.CourseUpdate),
    ID,
    (t.CourseForm, t.CourseFormUpdate),
)

conveners = _viewset(
    list=extend_schema(
        parameters=[ORGANISATION, FORMAT_JSON],
        responses={200: t.ConvenerListOut, **ERRORS},
        operation_id="conveners_list",
        description="Conveners of the organisations you manage.",
    ),
    retrieve=extend_schema(
        parameters=[ID, FORMAT_JSON],
        responses={200: t.ConvenerOut, **READ},
        operation_id="conveners_retrieve",
    ),
    create=extend_schema(
        parameters=[FORMAT_JSON],
        request=_both(t.ConvenerWrite, t.ConvenerForm),
        responses={201: t.ConvenerOut, **CHANGE},
        operation_id="conveners_create",
        description="user: the username or e-mail of an existing account; signature: PNG or "
        "JPEG (multipart).",
    ),
    partial_update=extend_schema(
        parameters=[ID, FORMAT_JSON],
        request=_both(t.ConvenerUpdate, t.ConvenerFormUpdate),
        responses={200: t.ConvenerOut, **CHANGE},
        operation_id="conveners_partial_update",
    ),
    destroy=extend_schema(
        parameters=[ID, FORMAT_JSON],
        responses={204: None, **CHANGE, 409: IN_USE},
        operation_id="conveners_destroy",
    ),
)

my_organisations = _view(
    get=extend_schema(
        parameters=[FORMAT_JSON],
        responses={200: t.MyOrganisationsOut, **ERRORS},
        operation_id="me_organisations",
        description="The organisations you own or convene for (managers: every certified "
        "one too), your roles there and the credit balance.",
    )
)

attendees = _view(
    get=extend_schema(
        parameters=[ID, FORMAT_JSON],
        responses={200: c.AttendeeListOut, **READ, 403: FORBIDDEN},
        operation_id="courses_attendees_list",
    ),
    post=extend_schema(
        parameters=[ID, FORMAT_JSON],
        request=c.AttendeeIn,
        responses={
            201: c.AttendeeOut,
            200: OpenApiResponse(c.AttendeeOut, description="Already on the course."),
            **CHANGE,
        },
        operation_id="courses_attendees_create",
        description="Adds one; a person the organisation knows (same e-mail) keeps the stored "
        "names.",
    ),
)

attendee = _view(
    patch=extend_schema(
        parameters=[ID, ATTENDEE_ID, FORMAT_JSON],
        request=c.AttendeeIn,
        responses={200: c.AttendeeOut, **CHANGE, 409: IN_USE},
        operation_id="courses_attendees_partial_update",
    ),
    delete=extend_schema(
        parameters=[ID, ATTENDEE_ID, FORMAT_JSON],
        responses={204: None, **CHANGE, 409: IN_USE},
        operation_id="courses_attendees_destroy",
        description="Takes the attendee off the course; refused (in_use) with a valid certificate.",
    ),
)

attendee_import = _view(
    post=extend_schema(
        parameters=[ID, PREVIEW, SKIP_INVALID, FORMAT_JSON],
        request={"application/json": c.ImportRowsIn, "multipart/form-data": c.ImportFileIn},
        responses={
            200: OpenApiResponse(c.ImportOut, description="preview: what an import would do."),
            201: OpenApiResponse(c.ImportOut, description="Imported."),
            **CHANGE,
        },
        operation_id="courses_attendees_import",
        description="A CSV file (multipart file: UTF-8 with or without BOM, UTF-16 with BOM; "
        ", ; or tab; named headers or the live site's First Name,Surname,Email) or JSON rows. "
        "All or nothing: invalid rows refuse the import (400 with the rows) unless skip_invalid.",
    )
)

course_certificates = _view(
    get=extend_schema(
        parameters=[ID, FORMAT_JSON],
        responses={200: c.CertificateListOut, **READ, 403: FORBIDDEN},
        operation_id="courses_certificates_list",
    ),
    post=extend_schema(
        parameters=[ID, ISSUE_KEY, FORMAT_JSON],
        request=c.IssueIn,
        responses={
            201: c.IssueOut,
            200: OpenApiResponse(c.IssueOut, description="A replay (same Idempotency-Key)."),
            **CHANGE,
            409: REFUSED,
        },
        operation_id="courses_certificates_issue",
        description="Issues a batch, all or nothing, each certificate paid with "
        "CREDITS_PER_CERTIFICATE credits: items, or all: true (every attendee without one).",
    ),
)

certificates_zip = _view(
    get=extend_schema(
        parameters=[ID, FORMAT_JSON],
        responses={
            (200, "application/zip"): OpenApiResponse(
                OpenApiTypes.BINARY, description="<ID>.pdf for every ready PDF, streamed."
            ),
            **READ,
            403: FORBIDDEN,
        },
        operation_id="courses_certificates_zip",
    )
)

certificates_send = _view(
    post=extend_schema(
        parameters=[ID, FORMAT_JSON],
        request=c.SendIn,
        responses={202: c.QueuedOut, **CHANGE},
        operation_id="courses_certificates_send",
        description="E-mails the certificates to their attendees: never sent ones, or all "
        "given with resend.",
    )
)

certificate = _view(
    get=extend_schema(
        parameters=[CERTIFICATE_ID, FORMAT_JSON],
        responses={200: c.CertificateOut, **READ, 429: RATE_LIMITED},
        operation_id="certificates_verify",
        description="Public verification; a revoked certificate verifies as revoked. The "
        "course's managers also get the e-mail, the PDF's state and the corrections.",
    )
)

certificate_pdf = _view(
    get=extend_schema(
        parameters=[CERTIFICATE_ID, FORMAT_JSON],
        responses=PDF,
        operation_id="certificates_pdf",
    )
)

certificate_badge = _view(
    get=extend_schema(
        parameters=[CERTIFICATE_ID, FORMAT_JSON],
        responses={200: c.BadgeOut, **READ, 409: PENDING, 429: RATE_LIMITED},
        operation_id="certificates_badge",
        description="The Open Badges 3.0 credential (JWT-VC, EdDSA); the key is in "
        "/badges/issuer/.",
    )
)


def _certificate_post(operation_id: str, body: Any, description: str, ok: Any = None) -> Any:
    return _view(
        post=extend_schema(
            parameters=[CERTIFICATE_ID, FORMAT_JSON],
            request=body,
            responses={**({202: ok} if ok else {200: c.CertificateOut}), **CHANGE, 409: REFUSED},
            operation_id=operation_id,
            description=description,
        )
    )


certificate_correct = _certificate_post(
    "certificates_correct",
    c.CorrectIn,
    "Fixes the names (same id, new revision, free): within CORRECTION_DAYS of issue; later "
    "managers only.",
)
certificate_revoke = _certificate_post(
    "certificates_revoke",
    c.RevokeIn,
    "Revokes (a reason required); within REVOKE_DAYS of the course's end the credit returns; "
    "later managers only.",
)
certificate_send = _certificate_post(
    "certificates_send", c.SendOneIn, "E-mails the certificate to its attendee.", c.QueuedOut
)

badge_issuer = _view(
    get=extend_schema(
        parameters=[FORMAT_JSON],
        responses={200: OpenApiTypes.OBJECT, **ERRORS},
        operation_id="badges_issuer",
        description="The Open Badges issuer profile with its Ed25519 public key (JWK).",
    )
)

organisation_certificate = _view(
    get=extend_schema(
        parameters=[SLUG, FORMAT_JSON],
        responses={200: c.OrganisationCertificateOut, **READ},
        operation_id="organisations_certificate",
    )
)

organisation_certificate_pdf = _view(
    get=extend_schema(
        parameters=[SLUG, FORMAT_JSON],
        responses=PDF,
        operation_id="organisations_certificate_pdf",
    )
)
