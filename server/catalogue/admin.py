"""Django admin for certification managers: every catalogue model, searchable and filterable.

Foreign keys use autocomplete widgets (organisations, centres and users number in the
thousands on a real programme), change lists fetch their related rows in the same query, and
timestamps are read-only.
"""

from __future__ import annotations

from django.contrib import admin
from django.db import models

from .models import (
    CertificateType,
    CertifyingOrganisation,
    Course,
    CourseConvener,
    CourseType,
    TrainingCenter,
    UserGroup,
)

TIMESTAMPS = ("created_at", "updated_at")


class TimestampedAdmin(admin.ModelAdmin):
    readonly_fields = TIMESTAMPS
    list_per_page = 50
    # Web addresses typed without a scheme are https (Django 6's default, chosen now).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(UserGroup)
class UserGroupAdmin(TimestampedAdmin):
    list_display = ("name", "country", "coordinator", "review_period_days", "year", "website")
    list_filter = ("country",)
    search_fields = ("name", "country")
    # Members added here get the group's open reviews (``reviews.domain.assign_member``).
    autocomplete_fields = ("members", "coordinator")
    list_select_related = ("coordinator",)


class TrainingCenterInline(admin.TabularInline):
    model = TrainingCenter
    fields = ("name", "email", "phone", "longitude", "latitude")
    extra = 0
    show_change_link = True


@admin.register(CertifyingOrganisation)
class CertifyingOrganisationAdmin(TimestampedAdmin):
    list_display = ("name", "country", "status", "archived", "credit_balance", "updated_at")
    list_filter = ("status", "archived", "country")
    search_fields = ("name", "slug", "organisation_email")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("owners",)
    inlines = (TrainingCenterInline,)
    fieldsets = (
        (None, {"fields": ("name", "slug", "status", "archived", "owners")}),
        (
            "Contact",
            {
                "fields": (
                    "organisation_email",
                    "organisation_phone",
                    "url",
                    "address",
                    "country",
                )
            },
        ),
        ("Billing", {"fields": ("vat_number", "credit_balance", "logo")}),
        ("Changes", {"fields": TIMESTAMPS}),
    )


@admin.register(TrainingCenter)
class TrainingCenterAdmin(TimestampedAdmin):
    list_display = ("name", "certifying_organisation", "longitude", "latitude", "updated_at")
    list_filter = (
        "certifying_organisation__status",
        "certifying_organisation__archived",
        "certifying_organisation__country",
    )
    search_fields = ("name", "address", "certifying_organisation__name")
    autocomplete_fields = ("certifying_organisation",)
    list_select_related = ("certifying_organisation",)


@admin.register(CourseType)
class CourseTypeAdmin(TimestampedAdmin):
    list_display = ("name", "certifying_organisation", "instruction_hours")
    list_filter = ("certifying_organisation__country",)
    search_fields = ("name", "slug", "certifying_organisation__name")
    autocomplete_fields = ("certifying_organisation",)
    list_select_related = ("certifying_organisation",)


@admin.register(CourseConvener)
class CourseConvenerAdmin(TimestampedAdmin):
    list_display = ("__str__", "user", "certifying_organisation", "title", "degree")
    list_filter = ("certifying_organisation__country",)
    search_fields = (
        "user__username",
        "user__first_name",
        "user__last_name",
        "certifying_organisation__name",
    )
    autocomplete_fields = ("user", "certifying_organisation")
    list_select_related = ("user", "certifying_organisation")


@admin.register(CertificateType)
class CertificateTypeAdmin(TimestampedAdmin):
    list_display = ("name", "slug", "order")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Course)
class CourseAdmin(TimestampedAdmin):
    list_display = (
        "name",
        "start_date",
        "end_date",
        "certifying_organisation",
        "training_center",
        "language",
    )
    list_filter = (
        "certifying_organisation__status",
        "certifying_organisation__archived",
        "certifying_organisation__country",
        "language",
        "start_date",
    )
    search_fields = (
        "name",
        "slug",
        "course_type__name",
        "training_center__name",
        "certifying_organisation__name",
    )
    date_hierarchy = "start_date"
    autocomplete_fields = (
        "course_type",
        "course_convener",
        "training_center",
        "certifying_organisation",
        "certificate_type",
    )
    list_select_related = ("certifying_organisation", "training_center")
