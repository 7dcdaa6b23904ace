"""Reviews in the admin: the rubric, which managers edit (a version a review used is kept: the
edit becomes a new version), and the review records, read-only (they change only through
``reviews.domain``: the API, the plugin and the applications admin's actions)."""

from __future__ import annotations

from typing import Any

from applications.admin import ManagersEdit, ManagersOnly, ReadOnlyInline, VersionedAdmin
from django.contrib import admin
from django.http import HttpRequest

from .models import (
    Appeal,
    Assignment,
    Criterion,
    Decision,
    Invitation,
    Review,
    RoutedGroup,
    Routing,
    RubricVersion,
)


class CriterionInline(ManagersEdit, ManagersOnly, admin.StackedInline):
    model = Criterion
    extra = 0
    fields = ("position", "key", "minimum", "title", "help", "descriptors")


@admin.register(RubricVersion)
class RubricVersionAdmin(VersionedAdmin):
    """Saving a version a routing or a review used makes a new version with the edited
    criteria; the used one stays as it was (its reviews keep their meaning)."""

    list_display = ("number", "pass_total", "created_at", "note")
    fields = ("number", "pass_total", "note")
    readonly_fields = ("number",)
    inlines = (CriterionInline,)
    used_message = "Rubric version {old_number} was already used: the edit is version {number}."

    def copy_row(self, version: Any, data: dict[str, Any]) -> Any:
        return Criterion.objects.create(
            version=version,
            key=data["key"],
            position=data.get("position") or 0,
            minimum=data.get("minimum"),
            title=data.get("title") or {},
            help=data.get("help") or {},
            descriptors=data.get("descriptors") or {},
        )


class ReadOnlyAdmin(ManagersOnly, admin.ModelAdmin):
    """Managers read these; the domain writes them."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return [f.name for f in self.model._meta.fields]


class RoutedGroupInline(ReadOnlyInline):
    model = RoutedGroup
    fields = (
        "user_group",
        "proposed",
        "recommendation",
        "override_reason",
        "confirmed_by",
        "confirmed_at",
    )
    readonly_fields = fields


class AssignmentInline(ReadOnlyInline):
    model = Assignment
    fields = (
        "reviewer",
        "user_group",
        "declaration",
        "conflict_kind",
        "active",
        "reminded_first_at",
        "reminded_second_at",
    )
    readonly_fields = fields


@admin.register(Routing)
class RoutingAdmin(ReadOnlyAdmin):
    list_display = (
        "application",
        "round",
        "target",
        "reason_code",
        "stage",
        "routed_at",
        "due_at",
        "escalated_at",
        "current",
    )
    list_filter = ("target", "reason_code", "stage", "current")
    search_fields = ("application__organisation__name",)
    list_select_related = ("application__organisation",)
    inlines = (RoutedGroupInline, AssignmentInline)


@admin.register(Assignment)
class AssignmentAdmin(ReadOnlyAdmin):
    list_display = ("reviewer", "routing", "user_group", "declaration", "active", "created_at")
    list_filter = ("declaration", "active")
    search_fields = ("reviewer__username", "routing__application__organisation__name")
    list_select_related = ("reviewer", "user_group", "routing__application__organisation")


@admin.register(Review)
class ReviewAdmin(ReadOnlyAdmin):
    list_display = ("assignment", "state", "recommendation", "updated_at", "submitted_at")
    list_filter = ("state", "recommendation")
    search_fields = (
        "assignment__reviewer__username",
        "assignment__routing__application__organisation__name",
    )
    list_select_related = ("assignment__reviewer", "assignment__routing__application")


@admin.register(Decision)
class DecisionAdmin(ReadOnlyAdmin):
    list_display = ("application", "round", "outcome", "decided_by", "decided_at", "on_appeal")
    list_filter = ("outcome", "on_appeal", "psc_only")
    search_fields = ("application__organisation__name",)
    list_select_related = ("application__organisation", "decided_by")


@admin.register(Appeal)
class AppealAdmin(ReadOnlyAdmin):
    list_display = ("application", "round", "submitted_at", "outcome", "decided_at")
    list_filter = ("outcome",)
    search_fields = ("application__organisation__name",)


@admin.register(Invitation)
class InvitationAdmin(ReadOnlyAdmin):
    list_display = ("email", "user_group", "invited_by", "created_at", "expires_at", "accepted_at")
    search_fields = ("email", "user_group__name")
    list_select_related = ("user_group", "invited_by")
