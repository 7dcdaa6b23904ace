"""Applying again: after a withdrawal or a rejection the same organisation starts a new draft.

Organisation names are unique, so a new organisation cannot take the old one's name: the new
draft belongs to the same organisation and starts from the closed application's content.
"""

from __future__ import annotations

import pytest
from applications import domain
from applications.models import Application
from audit.models import Event

from tests.server.factories_applications import make_manager, submitted, token_client

pytestmark = pytest.mark.django_db
BASE = "/api/v1/applications/"


def _withdrawn(f):
    application = submitted(f, name="Cluj Geo Academy")
    owner = application.organisation.owners.get()
    domain.withdraw(application_id=application.pk, user=owner, reason="Next year")
    return application, owner


def test_after_a_withdrawal_a_new_draft_starts_from_the_old_content(catalogue_factory):
    old, owner = _withdrawn(catalogue_factory)
    client = token_client(owner)
    response = client.post(f"{BASE}{old.pk}/reapply/")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["id"] != old.pk and body["state"] == "draft"
    assert body["organisation"]["id"] == old.organisation_id
    assert body["details"]["name"] == "Cluj Geo Academy"
    old_body = client.get(f"{BASE}{old.pk}/").json()
    assert body["contributions"] == old_body["contributions"] and body["contributions"]
    assert [c["title"] for c in body["courses"]] == [c["title"] for c in old_body["courses"]]
    assert body["self_check"]["answers"] == {}  # asked again
    assert response["Location"].endswith(f"/applications/{body['id']}/")
    assert old_body["state"] == "withdrawn"
    assert Event.objects.filter(action="application.reapply").count() == 1
    # The new draft can be submitted: the one-open-application rule counts it alone.
    new = Application.objects.get(pk=body["id"])
    assert new.previous_id == old.pk and new.organisation.status == "draft"


def test_a_retried_reapply_answers_the_same_draft(catalogue_factory):
    old, owner = _withdrawn(catalogue_factory)
    client = token_client(owner)
    first = client.post(f"{BASE}{old.pk}/reapply/").json()
    second = client.post(f"{BASE}{old.pk}/reapply/")
    assert second.status_code == 201 and second.json()["id"] == first["id"]
    assert Application.objects.filter(organisation_id=old.organisation_id).count() == 2
    assert Event.objects.filter(action="application.reapply").count() == 1


def test_after_a_rejection_too_but_not_while_open(catalogue_factory):
    manager = make_manager(catalogue_factory)
    application = submitted(catalogue_factory, name="Uppsala GIS")
    owner = application.organisation.owners.get()
    client = token_client(owner)
    refused = client.post(f"{BASE}{application.pk}/reapply/")
    assert refused.status_code == 409
    assert refused.json()["state"] == "submitted"
    assert "reapply" not in refused.json()["allowed_actions"]
    domain.start_screening(application_id=application.pk, user=manager)
    domain.reject(application_id=application.pk, user=manager, remarks="No courses yet.")
    assert "reapply" in client.get(f"{BASE}{application.pk}/").json()["allowed_actions"]
    assert client.post(f"{BASE}{application.pk}/reapply/").status_code == 201


def test_only_an_owner_reapplies(catalogue_factory):
    old, _owner = _withdrawn(catalogue_factory)
    manager = make_manager(catalogue_factory)
    assert token_client(manager).post(f"{BASE}{old.pk}/reapply/").status_code == 403
    stranger = catalogue_factory.user()
    assert token_client(stranger).post(f"{BASE}{old.pk}/reapply/").status_code == 404
    assert not Application.objects.filter(previous=old).exists()
