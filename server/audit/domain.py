"""Appending to the audit log: the one function workflow code calls, inside its transaction.

Appends are serialised by a lock on the single chain-head row (``SELECT ... FOR UPDATE`` on
PostgreSQL; on SQLite every transaction begins ``IMMEDIATE``, see settings, so writers queue
on the database lock). Whoever holds the lock reads the last event, links to it and moves the
head; the lock is held until the caller's transaction ends, so an event and the change it
describes are committed, or rolled back, together.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.utils import timezone

from .chain import GENESIS_HASH, Verdict, event_hash, verify
from .models import ChainHead, Event

HEAD_PK = 1


def _json_ready(value: Any) -> Any:
    """The value as the database gives it back (dates, decimals, UUIDs as text), so the hash
    computed now is the hash recomputed from the stored row."""
    if value is None:
        return None
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def _lock_head() -> ChainHead:
    head, _created = ChainHead.objects.select_for_update().get_or_create(pk=HEAD_PK)
    return head


def record(
    *,
    actor: Any,
    action: str,
    obj: models.Model | None = None,
    object_type: str | None = None,
    object_id: Any = None,
    before: Any = None,
    after: Any = None,
) -> Event:
    """Append one event and return it.

    ``actor`` is a user (or ``None``/an anonymous user for the system); ``obj`` names the
    object (``app_label.model`` and its pk), or give ``object_type``/``object_id``.
    ``before``/``after`` are JSON-ready states: ids and values, never personal data (they are
    hashed, so erasure cannot rewrite them; see docs/audit.md).
    """
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        object_id = obj.pk if object_id is None else object_id
    user = actor if getattr(actor, "is_authenticated", False) else None
    fields: dict[str, Any] = {
        "actor_pk": user.pk if user is not None else None,
        "action": action,
        "object_type": object_type or "",
        "object_id": "" if object_id is None else str(object_id),
        "before": _json_ready(before),
        "after": _json_ready(after),
    }
    with transaction.atomic():
        head = _lock_head()
        last = Event.objects.order_by("-sequence").values("sequence", "hash").first()
        sequence, previous = (last["sequence"], last["hash"]) if last else (0, GENESIS_HASH)
        fields["sequence"] = sequence + 1
        # Microseconds are what every backend stores; the hash sees the stored value.
        fields["created_at"] = timezone.now()
        digest = event_hash(fields, previous)
        event = Event(
            **fields,
            actor=user,
            actor_username=user.get_username() if user is not None else "",
            previous_hash=previous,
            hash=digest,
        )
        event.save()
        head.sequence, head.hash = event.sequence, digest
        head.save(update_fields=["sequence", "hash"])
    return event


def verify_chain() -> Verdict:
    """The verdict on the whole stored chain (see :func:`audit.chain.verify`)."""
    rows = Event.objects.order_by("sequence").values(
        "sequence",
        "created_at",
        "actor_id",
        "actor_pk",
        "action",
        "object_type",
        "object_id",
        "before",
        "after",
        "previous_hash",
        "hash",
    )
    head = ChainHead.objects.filter(pk=HEAD_PK).values_list("sequence", "hash").first()
    return verify(rows.iterator(chunk_size=2000), head=head)
