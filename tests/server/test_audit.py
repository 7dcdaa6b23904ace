"""The audit log: appends link into one SHA-256 chain, events cannot be changed through the
ORM, ``verify_audit_log`` names the first edited, missing or re-hashed event."""

from __future__ import annotations

import json

import pytest
from audit.chain import GENESIS_HASH, event_hash, hash_input
from audit.domain import record, verify_chain
from audit.models import AppendOnly, ChainHead, Event
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction

pytestmark = pytest.mark.django_db


def raw(sql: str, *params: object) -> None:
    table = connection.ops.quote_name(Event._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(sql.format(table=table), params)


def verify_output() -> str:
    from io import StringIO

    out = StringIO()
    call_command("verify_audit_log", stdout=out)
    return out.getvalue().strip()


def broken() -> str:
    with pytest.raises(CommandError) as caught:
        call_command("verify_audit_log")
    return str(caught.value)


@pytest.fixture
def chain(catalogue_factory):
    """Three events: an organisation changed by a user, a system event, one more."""
    user = catalogue_factory.user("ana")
    org = catalogue_factory.organisation()
    events = [
        record(
            actor=user,
            action="application.submit",
            obj=org,
            before={"status": "draft"},
            after={"status": "submitted", "when": catalogue_factory.today},
        ),
        record(actor=None, action="review.escalate", object_type="reviews.review", object_id=7),
        record(actor=user, action="application.withdraw", obj=org),
    ]
    return user, org, events


def test_events_link_into_a_chain(chain):
    user, org, events = chain
    first, second, third = events
    assert [e.sequence for e in events] == [1, 2, 3]
    assert first.previous_hash == GENESIS_HASH
    assert second.previous_hash == first.hash and third.previous_hash == second.hash
    assert (first.object_type, first.object_id) == ("catalogue.certifyingorganisation", str(org.pk))
    assert (second.object_type, second.object_id) == ("reviews.review", "7")
    assert first.actor == user and first.actor_pk == user.pk and first.actor_username == "ana"
    assert second.actor is None and second.actor_pk is None and second.actor_username == ""
    stored = Event.objects.get(sequence=1)
    # Stored (and hashed) as JSON gives it back: the date as ISO text.
    assert stored.after == {"status": "submitted", "when": first.after["when"]}
    assert isinstance(first.after["when"], str)
    assert ChainHead.objects.get().sequence == 3 and ChainHead.objects.get().hash == third.hash


def test_the_hash_is_sha256_over_canonical_json(chain):
    first = Event.objects.get(sequence=1)
    data = json.loads(hash_input(first.__dict__, first.previous_hash))
    assert data["actor_pk"] == first.actor_pk and "actor_username" not in data
    assert data["previous_hash"] == GENESIS_HASH
    assert data["created_at"].endswith("+00:00")
    assert event_hash(first.__dict__, first.previous_hash) == first.hash


def test_an_anonymous_actor_is_the_system(db):
    event = record(actor=AnonymousUser(), action="system.sweep")
    assert event.actor_pk is None and event.object_type == "" and event.object_id == ""


def test_an_event_rolls_back_with_the_callers_transaction(chain):
    with pytest.raises(RuntimeError), transaction.atomic():
        record(actor=None, action="payment.charge")
        raise RuntimeError("the caller fails")
    assert Event.objects.count() == 3
    assert record(actor=None, action="payment.charge").sequence == 4
    assert verify_output() == "4 events, chain intact"


def test_existing_events_cannot_be_changed_or_deleted(chain):
    event = Event.objects.get(sequence=2)
    event.action = "something.else"
    with pytest.raises(AppendOnly):
        event.save()
    with pytest.raises(AppendOnly):
        event.delete()
    with pytest.raises(AppendOnly):
        Event.objects.filter(sequence=2).update(action="something.else")
    with pytest.raises(AppendOnly):
        Event.objects.all().delete()
    with pytest.raises(AppendOnly):
        Event.objects.bulk_create([Event(sequence=9, hash="x")])
    with pytest.raises(AppendOnly):
        Event.objects.bulk_update([event], ["action"])
    with pytest.raises(AppendOnly):
        Event(sequence=10, action="unchained").save()  # no hash: not written by record()
    assert Event.objects.get(sequence=2).action == "review.escalate"
    assert verify_output() == "3 events, chain intact"


def test_an_empty_log_is_intact(db):
    assert verify_output() == "0 events, chain intact"


def test_an_intact_chain_verifies(chain):
    assert verify_output() == "3 events, chain intact"


def test_an_edited_row_is_detected(chain):
    raw("UPDATE {table} SET action = %s WHERE sequence = %s", "application.approve", 2)
    message = broken()
    assert "sequence 2" in message and "edited" in message


def test_an_edited_state_is_detected(chain):
    raw("UPDATE {table} SET object_id = %s WHERE sequence = %s", "999", 1)
    assert "sequence 1" in broken()


def test_a_deleted_row_is_detected(chain):
    raw("DELETE FROM {table} WHERE sequence = %s", 2)
    message = broken()
    assert "sequence 2" in message and "missing" in message


def test_a_deleted_last_row_is_detected_by_the_head(chain):
    raw("DELETE FROM {table} WHERE sequence = %s", 3)
    message = broken()
    assert "sequence 3" in message and "missing" in message


def test_a_tampered_hash_is_detected(chain):
    raw("UPDATE {table} SET hash = %s WHERE sequence = %s", "f" * 64, 2)
    assert "sequence 2" in broken()


def test_a_recomputed_hash_breaks_the_next_link(chain):
    """Editing a row and re-hashing it is caught by the next event's previous_hash."""
    second = Event.objects.get(sequence=2)
    fields = {**second.__dict__, "action": "application.approve"}
    raw(
        "UPDATE {table} SET action = %s, hash = %s WHERE sequence = %s",
        "application.approve",
        event_hash(fields, second.previous_hash),
        2,
    )
    message = broken()
    assert "sequence 3" in message and "previous_hash" in message


def test_reordered_rows_are_detected(chain):
    raw("UPDATE {table} SET sequence = %s WHERE sequence = %s", 100, 2)
    raw("UPDATE {table} SET sequence = %s WHERE sequence = %s", 2, 3)
    raw("UPDATE {table} SET sequence = %s WHERE sequence = %s", 3, 100)
    assert "sequence 2" in broken()


def test_a_changed_actor_is_detected(chain, catalogue_factory):
    other = catalogue_factory.user("mallory")
    raw("UPDATE {table} SET actor_id = %s WHERE sequence = %s", other.pk, 1)
    message = broken()
    assert "sequence 1" in message and "actor" in message


def test_verdict_counts_the_events_before_the_break(chain):
    raw("DELETE FROM {table} WHERE sequence = %s", 3)
    raw("DELETE FROM {table} WHERE sequence = %s", 2)
    verdict = verify_chain()
    assert (verdict.intact, verdict.broken_at, verdict.count) == (False, 2, 1)


def test_deleting_an_account_keeps_the_chain(chain):
    user, _org, _events = chain
    user.delete()
    first = Event.objects.get(sequence=1)
    assert first.actor is None and first.actor_pk is not None
    assert verify_output() == "3 events, chain intact"
