"""Applications in the admin: read-only for certification managers, who act on them through
the domains (admin actions: start screening, accept for review, request changes, approve,
reject: screening and decisions go through ``reviews.domain``, so an accepted application is
routed and a decision is recorded with its rationale), and the self-check, which managers
edit (a version already answered is kept: the edit becomes a new version).
"""

from __future__ import annotations

from typing import Any

from accounts.roles import is_certification_manager
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.db import transaction
from django.db.models import Max, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from . import domain
from .models import (
    Application,
    Contribution,
    CourseMaterial,
    Round,
    SelfCheckQuestion,
    SelfCheckVersion,
    State,
)


class ManagersOnly:
    """Certification managers (and superusers) see these pages; nobody deletes here."""

    def has_module_permission(self, request: HttpRequest) -> bool:
        return is_certification_manager(request.user)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return is_certification_manager(request.user)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ReadOnlyInline(ManagersOnly, admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ContributionInline(ReadOnlyInline):
    model = Contribution
    fields = ("position", "kind", "description", "links", "start_date", "end_date")
    readonly_fields = fields


class CourseInline(ReadOnlyInline):
    model = CourseMaterial
    fields = ("position", "key", "title", "course_type", "licence", "qgis_version", "links")
    readonly_fields = fields


class RoundInline(ReadOnlyInline):
    model = Round
    fields = ("number", "submitted_at", "submitted_by", "sha256")
    readonly_fields = fields


class RemarksActionForm(ActionForm):
    remarks = forms.CharField(
        label=_("Remarks (sent to the applicant)"),
        required=False,
        widget=forms.TextInput(attrs={"size": 60}),
    )


_SCREENING_STATES = (State.SUBMITTED, State.RESUBMITTED, State.SCREENING)


def _act(application: Application, user: Any, action: domain.Action, remarks: str) -> None:
    """One admin action: screening through ``reviews.domain.screen``, decisions through
    ``reviews.domain.decide`` (the remarks are the rationale)."""
    from reviews import domain as reviews

    screening = application.state in _SCREENING_STATES
    if action == domain.Action.ROUTE:
        reviews.screen(application_id=application.pk, user=user, action="accept")
    elif action in (domain.Action.REQUEST_CHANGES, domain.Action.REJECT) and screening:
        reviews.screen(application_id=application.pk, user=user, action=action, remarks=remarks)
    elif action in (domain.Action.REQUEST_CHANGES, domain.Action.REJECT, domain.Action.APPROVE):
        reviews.decide(application_id=application.pk, user=user, outcome=action, rationale=remarks)
    else:
        domain.ACTIONS[action](application_id=application.pk, user=user)


def _run(
    model_admin: ApplicationAdmin,
    request: HttpRequest,
    queryset: QuerySet[Application],
    action: domain.Action,
) -> None:
    remarks = request.POST.get("remarks", "")
    done, refused = 0, []
    for application in queryset:
        try:
            _act(application, request.user, action, remarks)
        except domain.DomainError as error:
            detail = getattr(error, "errors", None) or str(error)
            refused.append(f"#{application.pk}: {detail}")
        else:
            done += 1
    if done:
        model_admin.message_user(request, f"{action}: {done} application(s).", messages.SUCCESS)
    for line in refused:
        model_admin.message_user(request, line, messages.ERROR)


def _action(action: domain.Action, description: Any) -> Any:
    def run(model_admin: ApplicationAdmin, request: HttpRequest, queryset: QuerySet) -> None:
        _run(model_admin, request, queryset, action)

    run.__name__ = str(action)
    run.short_description = description  # type: ignore[attr-defined]
    return run


@admin.register(Application)
class ApplicationAdmin(ManagersOnly, admin.ModelAdmin):
    list_display = ("id", "organisation", "state", "round", "submitted_at", "last_activity_at")
    list_filter = ("state",)
    search_fields = ("organisation__name", "details__name")
    ordering = ("-last_activity_at",)
    action_form = RemarksActionForm
    actions = [
        _action(domain.Action.START_SCREENING, _("Start screening")),
        _action(domain.Action.ROUTE, _("Accept for review (routes it)")),
        _action(domain.Action.REQUEST_CHANGES, _("Request changes (remarks required)")),
        _action(domain.Action.APPROVE, _("Approve (remarks required)")),
        _action(domain.Action.REJECT, _("Reject (remarks required)")),
    ]
    inlines = (ContributionInline, CourseInline, RoundInline)
    readonly_fields = (
        "organisation",
        "state",
        "round",
        "revision",
        "details",
        "self_check_version",
        "self_check_answers",
        "message",
        "remarks",
        "language",
        "created_by",
        "created_at",
        "updated_at",
        "submitted_at",
        "decided_at",
        "last_activity_at",
        "idle_warning_sent_at",
    )
    fields = readonly_fields

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ManagersEdit:
    """Certification managers add, change and delete these rows (an editable inline)."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return is_certification_manager(request.user)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return is_certification_manager(request.user)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return is_certification_manager(request.user)


class VersionedAdmin(ManagersOnly, admin.ModelAdmin):
    """A numbered version (``number``) with rows in one inline: saving a used version
    (``is_used()``) makes a new version with the edited rows, and the used one stays as it was
    (what used it keeps its meaning). Subclasses say how a row is copied and what the manager
    is told."""

    #: Formatted with ``old_pk``, ``old_number`` and ``number`` (the new version's).
    used_message = ""

    def copy_row(self, version: Any, data: dict[str, Any]) -> Any:
        """Create the new version's row from an inline form's cleaned data."""
        raise NotImplementedError

    def next_number(self) -> int:
        return int(self.model.objects.aggregate(n=Max("number"))["n"] or 0) + 1

    def has_add_permission(self, request: HttpRequest) -> bool:
        return is_certification_manager(request.user)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return is_certification_manager(request.user)

    @transaction.atomic
    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if change and self.model.objects.get(pk=obj.pk).is_used():
            old_pk, old_number = obj.pk, obj.number
            obj._copied_version = old_pk  # save_formset copies the rows
            obj.pk = None
            obj._state.adding = True
            obj.number = self.next_number()
            obj.save()
            self.message_user(
                request,
                self.used_message.format(old_pk=old_pk, old_number=old_number, number=obj.number),
                messages.INFO,
            )
            return
        if not obj.number:
            obj.number = self.next_number()
        super().save_model(request, obj, form, change)

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        version = form.instance
        if getattr(version, "_copied_version", None) is None:
            super().save_formset(request, form, formset, change)
            return
        created = []
        for row_form in formset.forms:
            data = getattr(row_form, "cleaned_data", None)
            if not data or data.get("DELETE"):
                continue
            created.append(self.copy_row(version, data))
        # What the admin's change message reads after a formset is saved.
        formset.new_objects, formset.changed_objects, formset.deleted_objects = created, [], []


class SelfCheckQuestionInline(ManagersEdit, ManagersOnly, admin.TabularInline):
    model = SelfCheckQuestion
    extra = 0
    fields = ("position", "key", "texts")


@admin.register(SelfCheckVersion)
class SelfCheckVersionAdmin(VersionedAdmin):
    """Saving a version an application already answered makes a new version with the edited
    questions; the answered one stays as it was (its applications keep their meaning)."""

    list_display = ("number", "created_at", "note")
    fields = ("number", "note")
    readonly_fields = ("number",)
    inlines = (SelfCheckQuestionInline,)
    used_message = "Version {old_number} was already answered: the edit is version {number}."

    def copy_row(self, version: Any, data: dict[str, Any]) -> Any:
        return SelfCheckQuestion.objects.create(
            version=version,
            key=data["key"],
            position=data.get("position") or 0,
            texts=data.get("texts") or {},
        )
