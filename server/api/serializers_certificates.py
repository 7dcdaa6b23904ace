"""Attendees and certificates in API v1 (issue 12): input checks and the described shapes.

Inputs are checked for type, format and length here (each error under its field); whether an
attendee exists, holds a certificate already or the credits suffice is ``certificates``'
business. The responses are plain dicts built by ``api.views.certificates`` from
``certificates.verification.verification_document``; the ``*Out`` classes describe them.
"""

from __future__ import annotations

from typing import Any

from certificates.models import CERTIFICATE_LANGUAGES
from rest_framework import serializers

from .serializers_applications import Boolean
from .serializers_training import CleanEmail, Id, Text

MAX_ROWS = 5000
MAX_ITEMS = 1000
CERTIFICATE_TYPES = ("attendance", "completion")


class AttendeeIn(serializers.Serializer):
    first_name = Text(min_length=1, max_length=150)
    surname = Text(min_length=1, max_length=150)
    email = CleanEmail(max_length=254)


class AttendeeRowIn(serializers.Serializer):
    """A row of a JSON import: checked per row by the import (errors per line), so any text."""

    first_name = Text(max_length=1000, required=False, allow_blank=True, default="")
    surname = Text(max_length=1000, required=False, allow_blank=True, default="")
    email = Text(max_length=1000, required=False, allow_blank=True, default="")


class ImportRowsIn(serializers.Serializer):
    rows = serializers.ListField(child=AttendeeRowIn(), min_length=1, max_length=MAX_ROWS)
    preview = Boolean(required=False, default=False)
    skip_invalid = Boolean(required=False, default=False)


class ImportFileIn(serializers.Serializer):
    file = serializers.FileField(help_text="The CSV file (UTF-8 or UTF-16 with BOM, , ; or tab).")


class IssueItemIn(serializers.Serializer):
    attendee = Id(help_text="Attendee id (from the course's attendees).")
    certificate_type = serializers.ChoiceField(
        choices=CERTIFICATE_TYPES, required=False, help_text="Default: the course's."
    )
    language = serializers.ChoiceField(
        choices=CERTIFICATE_LANGUAGES, required=False, help_text="Default: the course's."
    )


class IssueIn(serializers.Serializer):
    items = serializers.ListField(
        child=IssueItemIn(), required=False, min_length=1, max_length=MAX_ITEMS
    )
    all = Boolean(required=False, default=False, help_text="Every attendee without one.")
    certificate_type = serializers.ChoiceField(
        choices=CERTIFICATE_TYPES, required=False, help_text="With all: the type for every one."
    )
    language = serializers.ChoiceField(
        choices=CERTIFICATE_LANGUAGES,
        required=False,
        help_text="With all: the language for every one.",
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs.get("all") and "items" in attrs:
            raise serializers.ValidationError({"items": ["Give items or all, not both."]})
        if not attrs.get("all") and "items" not in attrs:
            raise serializers.ValidationError({"items": ["Give items, or all: true."]})
        return attrs


class SendIn(serializers.Serializer):
    certificates = serializers.ListField(
        child=Text(max_length=32),
        required=False,
        max_length=MAX_ITEMS,
        help_text="Certificate ids (QGIS-12); default: every certificate of the course.",
    )
    resend = Boolean(required=False, default=False, help_text="Send again those already sent.")


class SendOneIn(serializers.Serializer):
    resend = Boolean(required=False, default=False)


class CorrectIn(serializers.Serializer):
    first_name = Text(min_length=1, max_length=150)
    surname = Text(min_length=1, max_length=150)
    reason = Text(max_length=2000, required=False, allow_blank=True, default="")


class RevokeIn(serializers.Serializer):
    reason = Text(min_length=1, max_length=2000)
    refund = Boolean(
        required=False, default=False, help_text="Managers, after the window: refund anyway."
    )


# --- the described shapes -----------------------------------------------------------------


class AttendeeCertificateOut(serializers.Serializer):
    certificate_id = serializers.CharField()
    status = serializers.CharField(help_text="valid or revoked.")


class AttendeeOut(serializers.Serializer):
    id = serializers.IntegerField()
    first_name = serializers.CharField()
    surname = serializers.CharField()
    email = serializers.CharField()
    certificate = AttendeeCertificateOut(allow_null=True)


class AttendeeListOut(serializers.Serializer):
    results = AttendeeOut(many=True)


class ImportRowOut(serializers.Serializer):
    line = serializers.IntegerField()
    first_name = serializers.CharField(allow_blank=True)
    surname = serializers.CharField(allow_blank=True)
    email = serializers.CharField(allow_blank=True)
    status = serializers.CharField(help_text="new, existing, already_on_course or invalid.")
    errors = serializers.DictField(  # type: ignore[assignment]
        child=serializers.ListField(child=serializers.CharField())
    )


class ImportOut(serializers.Serializer):
    encoding = serializers.CharField(allow_null=True)
    separator = serializers.CharField(allow_null=True)
    header_mode = serializers.CharField(allow_null=True)
    preview = serializers.BooleanField()
    rows = ImportRowOut(many=True)
    valid = serializers.IntegerField()
    invalid = serializers.IntegerField()
    imported = serializers.IntegerField()
    skipped = serializers.IntegerField()


class CertificateLinksOut(serializers.Serializer):
    self = serializers.URLField()
    web = serializers.URLField()
    badge = serializers.URLField()
    pdf = serializers.URLField(required=False, help_text="Course managers only.")


class CorrectionOut(serializers.Serializer):
    revision = serializers.IntegerField()
    old_first_name = serializers.CharField()
    old_surname = serializers.CharField()
    new_first_name = serializers.CharField()
    new_surname = serializers.CharField()
    reason = serializers.CharField(allow_blank=True)
    corrected_at = serializers.DateTimeField()


class CertificateOut(serializers.Serializer):
    certificate_id = serializers.CharField()
    status = serializers.CharField(help_text="valid or revoked.")
    attendee_name = serializers.CharField()
    organisation_name = serializers.CharField()
    organisation = serializers.SlugField()
    organisation_certified = serializers.BooleanField()
    training_centre_name = serializers.CharField()
    course_type_name = serializers.CharField()
    course_language = serializers.CharField()
    trained_competence = serializers.CharField(allow_blank=True)
    start_date = serializers.DateField()
    end_date = serializers.DateField()
    instruction_hours = serializers.CharField()
    course_convener_name = serializers.CharField()
    certificate_type = serializers.CharField()
    certificate_type_name = serializers.CharField()
    language = serializers.CharField(help_text="en, ro, sv or zh_TW.")
    issued_at = serializers.DateTimeField()
    revoked_at = serializers.DateTimeField(allow_null=True)
    revision = serializers.IntegerField()
    attendee_email = serializers.CharField(required=False, help_text="Course managers only.")
    pdf_ready = serializers.BooleanField(required=False, help_text="Course managers only.")
    sent_at = serializers.DateTimeField(
        required=False, allow_null=True, help_text="Course managers only."
    )
    corrections = CorrectionOut(many=True, required=False, help_text="Course managers only.")
    links = CertificateLinksOut()


class CertificateListOut(serializers.Serializer):
    results = CertificateOut(many=True)


class IssueCreditsOut(serializers.Serializer):
    spent = serializers.IntegerField()
    balance = serializers.IntegerField()


class IssueOut(serializers.Serializer):
    certificates = CertificateOut(many=True)
    credits = IssueCreditsOut()


class QueuedOut(serializers.Serializer):
    queued = serializers.IntegerField()


class BadgeOut(serializers.Serializer):
    credential = serializers.CharField(help_text="Open Badges 3.0 credential: a compact JWS.")


class NotEnoughCreditsOut(serializers.Serializer):
    detail = serializers.CharField()
    code = serializers.CharField()
    credits_needed = serializers.IntegerField()
    credits_available = serializers.IntegerField()


class OrganisationCertificateOut(serializers.Serializer):
    certificate_id = serializers.CharField()
    organisation = serializers.SlugField()
    organisation_name = serializers.CharField()
    organisation_certified = serializers.BooleanField()
    issued_at = serializers.DateTimeField()
    pdf_ready = serializers.BooleanField()
    links = serializers.DictField(child=serializers.URLField())
