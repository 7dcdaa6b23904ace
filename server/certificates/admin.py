"""Certificates in the admin, read-only: they change only through ``certificates.domain``
(the API, the plugin, and the one admin action here, revoking with a reason)."""

from __future__ import annotations

from typing import Any

from applications.admin import ReadOnlyInline
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from reviews.admin import ReadOnlyAdmin

from . import domain
from .models import (
    Attendee,
    Certificate,
    CertificateCorrection,
    CertificateDelivery,
    CourseAttendee,
    OrganisationCertificate,
)


class ReasonActionForm(ActionForm):
    reason = forms.CharField(
        label=_("Reason"), required=False, widget=forms.TextInput(attrs={"size": 60})
    )


class CorrectionInline(ReadOnlyInline):
    model = CertificateCorrection
    fields = (
        "revision",
        "old_first_name",
        "old_surname",
        "new_first_name",
        "new_surname",
        "reason",
        "corrected_by",
        "corrected_at",
    )
    readonly_fields = fields


class DeliveryInline(ReadOnlyInline):
    model = CertificateDelivery
    fields = ("email", "resend", "requested_by", "requested_at", "sent_at", "error")
    readonly_fields = fields


@admin.action(description=_("Revoke (reason required; refunds within the window)"))
def revoke(model_admin: CertificateAdmin, request: HttpRequest, queryset: QuerySet) -> None:
    reason = request.POST.get("reason", "")
    done = 0
    for certificate in queryset.select_related("course"):
        try:
            domain.revoke_certificate(actor=request.user, certificate=certificate, reason=reason)
        except domain.DomainError as error:
            detail = getattr(error, "errors", None) or str(error)
            model_admin.message_user(
                request, f"{certificate.certificate_id}: {detail}", messages.ERROR
            )
        else:
            done += 1
    if done:
        model_admin.message_user(request, f"Revoked {done} certificate(s).", messages.SUCCESS)


@admin.register(Certificate)
class CertificateAdmin(ReadOnlyAdmin):
    list_display = (
        "certificate_id",
        "first_name",
        "surname",
        "course",
        "certificate_type",
        "language",
        "status",
        "revision",
        "issued_at",
        "sent_at",
    )
    list_filter = ("status", "certificate_type", "language")
    search_fields = ("certificate_id", "first_name", "surname", "attendee__email")
    list_select_related = ("course", "certificate_type")
    ordering = ("-number",)
    exclude = ("badge",)
    inlines = (CorrectionInline, DeliveryInline)
    action_form = ReasonActionForm
    actions = [revoke]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return [f.name for f in self.model._meta.fields if f.name != "badge"]


class CourseAttendeeInline(ReadOnlyInline):
    model = CourseAttendee
    fields = ("course", "added_at")
    readonly_fields = fields


@admin.register(Attendee)
class AttendeeAdmin(ReadOnlyAdmin):
    list_display = ("surname", "first_name", "email", "organisation", "created_at")
    search_fields = ("first_name", "surname", "email")
    list_select_related = ("organisation",)
    inlines = (CourseAttendeeInline,)


@admin.register(OrganisationCertificate)
class OrganisationCertificateAdmin(ReadOnlyAdmin):
    list_display = ("certificate_id", "organisation", "issued_at", "language")
    search_fields = ("certificate_id", "organisation__name")
    list_select_related = ("organisation",)
    ordering = ("-number",)
