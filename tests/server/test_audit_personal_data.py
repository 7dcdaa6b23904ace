"""The audit log as a holder of personal data: export lists the person's events, erasure
replaces the username snapshot and the chain still verifies."""

from __future__ import annotations

import io
import json

import pytest
from audit.domain import record
from audit.models import Event
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def run(command: str, *args: str) -> str:
    out = io.StringIO()
    call_command(command, *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def people(catalogue_factory):
    alice = catalogue_factory.user("alice")
    bob = catalogue_factory.user("bob")
    manager = catalogue_factory.user("manager")
    org = catalogue_factory.organisation()
    record(actor=alice, action="application.submit", obj=org, after={"status": "submitted"})
    record(actor=bob, action="review.score", object_type="reviews.review", object_id=1)
    record(actor=manager, action="account.deactivate", obj=alice, before={"active": True})
    record(actor=alice, action="application.withdraw", obj=org)
    return alice, bob, manager


def test_export_lists_the_persons_events_and_those_about_their_account(people):
    alice, _bob, _manager = people
    rows = json.loads(run("export_personal_data", "alice"))["data"]["audit.events"]
    assert [(r["sequence"], r["action"], r["by_the_person"]) for r in rows] == [
        (1, "application.submit", True),
        (3, "account.deactivate", False),
        (4, "application.withdraw", True),
    ]
    assert rows[0]["after"] == {"status": "submitted"}
    assert rows[1]["object_type"] == "auth.user" and rows[1]["object_id"] == str(alice.pk)


def test_erase_replaces_the_username_and_the_chain_still_verifies(people):
    alice, bob, _manager = people
    assert "audit.events: 2 erased" in run("erase_personal_data", "alice", "--yes")
    assert (
        list(Event.objects.filter(actor_pk=alice.pk).values_list("actor_username", flat=True))
        == [f"erased-{alice.pk}"] * 2
    )
    assert Event.objects.get(sequence=2).actor_username == "bob"
    assert not Event.objects.filter(actor_username__icontains="alice").exists()
    assert get_user_model().objects.get(pk=alice.pk).username == f"erased-{alice.pk}"
    assert run("verify_audit_log").strip() == "4 events, chain intact"
    # Again: nothing left to touch.
    assert "nothing to erase" in run("erase_personal_data", "alice", "--yes")
    assert Event.objects.get(sequence=2).actor == bob


def test_a_changed_username_snapshot_is_outside_the_hash(people):
    """The trade-off (docs/audit.md): the snapshot is for reading, the hashed actor is the id."""
    alice, _bob, _manager = people
    Event.objects.filter(actor_pk=alice.pk).update(actor_username="someone")
    assert run("verify_audit_log").strip() == "4 events, chain intact"
