"""The credit ledger in the admin: managers read every entry and add an adjustment (credits
and a reason, through ``payments.ledger.adjust``); nobody edits or deletes an entry."""

from __future__ import annotations

from typing import Any

from accounts.roles import is_certification_manager
from applications.admin import ManagersOnly
from applications.domain import DomainError
from django import forms
from django.contrib import admin
from django.http import HttpRequest

from . import ledger
from .models import CreditEntry


class AdjustmentForm(forms.ModelForm):
    """What a manager types; the ledger computes the rest."""

    class Meta:
        model = CreditEntry
        fields = ("organisation", "credits", "reason")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (data.get("reason") or "").strip():
            self.add_error("reason", "Say why the balance changes.")
        if data.get("credits") == 0:
            self.add_error("credits", "An adjustment moves at least one credit.")
        organisation = data.get("organisation")
        credits = data.get("credits") or 0
        if organisation is not None and organisation.credit_balance + credits < 0:
            self.add_error(
                "credits", f"The balance is {organisation.credit_balance}: it cannot go below 0."
            )
        return data


@admin.register(CreditEntry)
class CreditEntryAdmin(ManagersOnly, admin.ModelAdmin):
    list_display = (
        "created_at",
        "organisation",
        "kind",
        "credits",
        "balance_after",
        "certificate",
        "reason",
        "created_by",
    )
    list_filter = ("kind",)
    search_fields = ("organisation__name", "certificate__certificate_id", "reason")
    list_select_related = ("organisation", "certificate", "created_by")
    ordering = ("-id",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return is_certification_manager(request.user)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_form(
        self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any
    ) -> Any:
        if obj is None:
            kwargs["form"] = AdjustmentForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return ("organisation", "credits", "reason")
        return [f.name for f in self.model._meta.fields]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return () if obj is None else [f.name for f in self.model._meta.fields]

    def save_model(self, request: HttpRequest, obj: CreditEntry, form: Any, change: bool) -> None:
        """The entry is posted by the ledger (locked, audited), never saved from the form."""
        try:
            entry = ledger.adjust(
                organisation=obj.organisation,
                credits=obj.credits,
                actor=request.user,
                reason=obj.reason,
            )
        except DomainError as error:
            raise forms.ValidationError(str(error)) from error
        obj.__dict__.update({k: v for k, v in entry.__dict__.items() if k != "_state"})
        obj._state = entry._state
