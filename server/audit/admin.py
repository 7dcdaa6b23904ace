"""The audit log in the admin: a read-only list for certification managers and superusers.

Nobody adds, changes or deletes an event here (not even a superuser): the chain is written
by ``audit.record`` only.
"""

from __future__ import annotations

from typing import Any

from accounts.roles import is_certification_manager
from django.contrib import admin
from django.http import HttpRequest

from .models import Event


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = (
        "sequence",
        "created_at",
        "actor_username",
        "action",
        "object_type",
        "object_id",
    )
    list_filter = ("action", "object_type")
    search_fields = ("action", "object_type", "object_id", "actor_username")
    date_hierarchy = "created_at"
    list_per_page = 100
    actions = None
    readonly_fields = (
        "sequence",
        "created_at",
        "actor_pk",
        "actor_username",
        "action",
        "object_type",
        "object_id",
        "before",
        "after",
        "previous_hash",
        "hash",
    )
    fields = readonly_fields

    def has_module_permission(self, request: HttpRequest) -> bool:
        return is_certification_manager(request.user)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return is_certification_manager(request.user)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
