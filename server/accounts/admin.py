"""Admin for API tokens: inspect and revoke, never see or set a key."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("name", "user", "prefix", "created_at", "expires_at", "last_used_at", "state")
    list_filter = ("revoked_at", "expires_at")
    search_fields = ("name", "prefix", "user__username", "user__email")
    list_select_related = ("user",)
    readonly_fields = (
        "user",
        "name",
        "prefix",
        "created_at",
        "expires_at",
        "revoked_at",
        "last_used_at",
    )
    fields = readonly_fields
    actions = ("revoke_tokens",)

    # Tokens are issued where the key can be shown once: the token page or manage.py.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.display(description=_("State"))
    def state(self, token: ApiToken) -> str:
        if token.is_revoked:
            return str(_("revoked"))
        if token.is_expired:
            return str(_("expired"))
        return str(_("active"))

    @admin.action(description=_("Revoke selected tokens"), permissions=["change"])
    def revoke_tokens(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        count = sum(1 for token in queryset if token.revoke())
        self.message_user(
            request,
            ngettext("%(n)d token revoked.", "%(n)d tokens revoked.", count) % {"n": count},
            messages.SUCCESS,
        )
