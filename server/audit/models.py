"""The audit log: append-only events chained by SHA-256 (docs/audit.md).

Rows are written by :func:`audit.domain.record` only. Through the ORM an existing event can
be neither saved again nor deleted, and querysets refuse ``update``/``delete``/``bulk_create``
except for the two fields outside the hash (the actor foreign key and the actor's username
snapshot), which erasure and account deletion must be able to change.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models

#: Fields a queryset may update: outside the hash, so the chain still verifies.
UNHASHED_FIELDS = frozenset({"actor", "actor_id", "actor_username"})


class AppendOnly(Exception):
    """An attempt to change or remove an audit event."""


class EventQuerySet(models.QuerySet):
    def update(self, **kwargs: Any) -> int:
        refused = set(kwargs) - UNHASHED_FIELDS
        if refused:
            raise AppendOnly(f"audit events are append-only: cannot update {sorted(refused)}")
        return super().update(**kwargs)

    def delete(self) -> Any:
        raise AppendOnly("audit events are append-only: cannot delete")

    def bulk_create(self, *args: Any, **kwargs: Any) -> Any:
        raise AppendOnly("audit events are appended one at a time by audit.record()")

    def bulk_update(self, *args: Any, **kwargs: Any) -> Any:
        raise AppendOnly("audit events are append-only: cannot update")


class Event(models.Model):
    sequence = models.PositiveBigIntegerField(unique=True, editable=False)
    created_at = models.DateTimeField(editable=False)
    # The account, for joins and the admin; cleared if the account is ever deleted.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    # What the hash covers: the account's id, a pseudonym once the account is erased.
    actor_pk = models.BigIntegerField(null=True, blank=True, editable=False, db_index=True)
    # The username when it happened, for reading; replaced on erasure, outside the hash.
    actor_username = models.CharField(max_length=150, blank=True, editable=False)
    action = models.SlugField(max_length=100, editable=False, allow_unicode=False)
    object_type = models.CharField(max_length=100, blank=True, editable=False)
    object_id = models.CharField(max_length=64, blank=True, editable=False)
    before = models.JSONField(null=True, blank=True, editable=False)
    after = models.JSONField(null=True, blank=True, editable=False)
    previous_hash = models.CharField(max_length=64, editable=False)
    hash = models.CharField(max_length=64, unique=True, editable=False)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ("sequence",)
        indexes = [models.Index(fields=("object_type", "object_id"))]

    def __str__(self) -> str:
        return f"#{self.sequence} {self.action} {self.object_type}:{self.object_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnly("audit events are append-only: cannot change an event")
        if not self.hash:
            raise AppendOnly("audit events are written by audit.record()")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise AppendOnly("audit events are append-only: cannot delete")


class ChainHead(models.Model):
    """One row (pk 1): the lock appends take, and the last event's sequence and hash, so a
    row deleted from the end of the chain is noticed too."""

    sequence = models.PositiveBigIntegerField(default=0)
    hash = models.CharField(max_length=64, blank=True)

    def __str__(self) -> str:
        return f"audit chain head at {self.sequence}"
