"""The audit log in the admin: certification managers and superusers read it; nobody adds,
changes or deletes an event there; other staff do not see it."""

from __future__ import annotations

import pytest
from accounts.roles import CERTIFICATION_MANAGERS_GROUP
from audit.domain import record
from audit.models import Event
from django.contrib.auth.models import Group
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(catalogue_factory):
    actor = catalogue_factory.user("ana")
    return record(actor=actor, action="application.submit", object_type="x", object_id="1")


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def staff(catalogue_factory, username: str, *, manager: bool = False, superuser: bool = False):
    user = catalogue_factory.user(username, is_staff=True, is_superuser=superuser)
    if manager:
        user.groups.add(Group.objects.get(name=CERTIFICATION_MANAGERS_GROUP))
    return user


@pytest.mark.parametrize("kind", ["manager", "superuser"])
def test_managers_and_superusers_read_but_cannot_change(catalogue_factory, event, kind):
    user = staff(catalogue_factory, kind, manager=kind == "manager", superuser=kind == "superuser")
    client = client_for(user)
    listing = client.get("/admin/audit/event/")
    assert listing.status_code == 200 and b"application.submit" in listing.content
    assert client.get("/admin/").content.count(b"/admin/audit/event/") >= 1
    change = f"/admin/audit/event/{event.pk}/change/"
    assert client.get(change).status_code == 200
    assert client.post(change, {"action": "edited"}).status_code == 403
    assert client.get("/admin/audit/event/add/").status_code == 403
    assert client.post(f"/admin/audit/event/{event.pk}/delete/", {"post": "yes"}).status_code == 403
    assert Event.objects.get(pk=event.pk).action == "application.submit"


def test_other_staff_do_not_see_the_log(catalogue_factory, event):
    client = client_for(staff(catalogue_factory, "clerk"))
    assert client.get("/admin/audit/event/").status_code == 403
    assert b"/admin/audit/event/" not in client.get("/admin/").content
