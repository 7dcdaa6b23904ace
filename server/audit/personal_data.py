"""What the audit log holds about people, for ``export_personal_data``/``erase_personal_data``.

An event names its actor three ways: ``actor`` (the account, a foreign key), ``actor_pk``
(the account's id, inside the hash) and ``actor_username`` (a snapshot, outside the hash).
Export lists the events the person did, and those about their account. Erasure replaces the
username snapshot with the anonymised account's name (``erased-<id>``); the id stays, and
is a pseudonym once the account itself is anonymised, so the chain still verifies. Before and
after states are hashed and cannot be rewritten: callers keep personal data out of them.
"""

from __future__ import annotations

from typing import Any

from accounts.personal_data import Person, register, values
from django.contrib.auth import get_user_model
from django.db import models

from .models import Event

EVENT_FIELDS = (
    "sequence",
    "created_at",
    "actor_username",
    "action",
    "object_type",
    "object_id",
    "before",
    "after",
)


def _user_type() -> str:
    return get_user_model()._meta.label_lower


def _events(person: Person) -> Any:
    if person.user_pk is None:
        return Event.objects.none()
    about = models.Q(object_type=_user_type(), object_id=str(person.user_pk))
    return Event.objects.filter(models.Q(actor_pk=person.user_pk) | about).order_by("sequence")


def export_events(person: Person) -> list[dict[str, Any]]:
    rows = []
    for event in _events(person):
        row = values(event, EVENT_FIELDS)
        row["before"], row["after"] = event.before, event.after  # JSON as stored
        row["by_the_person"] = event.actor_pk == person.user_pk
        rows.append(row)
    return rows


def erased_username(person: Person) -> str:
    return f"erased-{person.user_pk}"


def erase_events(person: Person) -> int:
    """The username snapshot goes; the events, and the chain, stay."""
    if person.user_pk is None:
        return 0
    return (
        Event.objects.filter(actor_pk=person.user_pk)
        .exclude(actor_username=erased_username(person))
        .update(actor_username=erased_username(person))
    )


register(
    "audit.events",
    export=export_events,
    erase=erase_events,
    description="Audit events the person did (the username snapshot is replaced on erasure).",
)
