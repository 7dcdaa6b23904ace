"""The applications admin: managers act through domain actions; editing an answered self-check
makes a new version."""

from __future__ import annotations

import json

import pytest
from applications.models import Application, SelfCheckQuestion, SelfCheckVersion
from audit.models import Event
from django.test import Client

from tests.server.factories_applications import make_manager, new_application, submitted

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/applications/application/"


def _manager_client(catalogue_factory) -> tuple[Client, object]:
    manager = make_manager(catalogue_factory)
    client = Client()
    client.force_login(manager)
    return client, manager


def _act(client: Client, action: str, *applications: Application, remarks: str = "") -> object:
    return client.post(
        CHANGELIST,
        {
            "action": action,
            "_selected_action": [a.pk for a in applications],
            "remarks": remarks,
            "index": 0,
        },
        follow=True,
    )


def test_managers_act_through_the_domain(catalogue_factory):
    client, manager = _manager_client(catalogue_factory)
    application = submitted(catalogue_factory)
    page = client.get(CHANGELIST)
    assert page.status_code == 200 and b"Start screening" in page.content
    _act(client, "start_screening", application)
    application.refresh_from_db()
    assert application.state == "screening"
    refused = _act(client, "reject", application)  # no remarks
    assert b"Give the applicant your reasons" in refused.content
    application.refresh_from_db()
    assert application.state == "screening"
    _act(client, "request_changes", application, remarks="Please add data.")
    application.refresh_from_db()
    assert application.state == "changes_requested" and application.remarks == "Please add data."
    event = Event.objects.filter(action="application.request_changes").get()
    assert event.actor_pk == manager.pk


def test_an_action_that_does_not_apply_is_reported(catalogue_factory):
    client, _manager = _manager_client(catalogue_factory)
    draft = new_application(catalogue_factory, complete=False, name="Draft")
    page = _act(client, "start_screening", draft)
    assert b"not possible while the application is draft" in page.content
    draft.refresh_from_db()
    assert draft.state == "draft"


def test_applications_cannot_be_edited_or_added_in_the_admin(catalogue_factory):
    client, _manager = _manager_client(catalogue_factory)
    application = new_application(catalogue_factory, complete=False, name="Draft")
    assert client.get(f"{CHANGELIST}{application.pk}/change/").status_code == 200
    assert client.post(f"{CHANGELIST}{application.pk}/change/", {}).status_code == 403
    assert client.get(f"{CHANGELIST}add/").status_code == 403
    plain = Client()
    plain.force_login(catalogue_factory.user(is_staff=True))
    assert plain.get(CHANGELIST).status_code == 403


def _version_form(version: SelfCheckVersion, edit: dict[str, str]) -> dict[str, object]:
    questions = list(version.questions.all())
    data: dict[str, object] = {
        "note": "edited",
        "questions-TOTAL_FORMS": len(questions),
        "questions-INITIAL_FORMS": len(questions),
        "questions-MIN_NUM_FORMS": 0,
        "questions-MAX_NUM_FORMS": 1000,
    }
    for i, q in enumerate(questions):
        texts = {**q.texts, **({"en": edit[q.key]} if q.key in edit else {})}
        data |= {
            f"questions-{i}-id": q.pk,
            f"questions-{i}-version": version.pk,
            f"questions-{i}-position": q.position,
            f"questions-{i}-key": q.key,
            f"questions-{i}-texts": json.dumps(texts),
        }
    return data


def test_editing_an_answered_version_makes_a_new_one(catalogue_factory):
    client, _manager = _manager_client(catalogue_factory)
    new_application(catalogue_factory)  # answers version 1
    v1 = SelfCheckVersion.objects.get(number=1)
    before = {q.key: q.texts["en"] for q in v1.questions.all()}
    response = client.post(
        f"/admin/applications/selfcheckversion/{v1.pk}/change/",
        _version_form(v1, {"runs_training": "Do you run QGIS courses?"}),
    )
    assert response.status_code == 302, response.content[:2000]
    assert SelfCheckVersion.current().number == 2
    told = [str(m) for m in client.get(response["Location"]).context["messages"]]
    assert "Version 1 was already answered: the edit is version 2." in told  # numbers, not ids
    v2 = SelfCheckVersion.objects.get(number=2)
    assert {q.key: q.texts["en"] for q in v2.questions.all()} == {
        **before,
        "runs_training": "Do you run QGIS courses?",
    }
    assert {q.key: q.texts["en"] for q in v1.questions.all()} == before  # kept
    assert SelfCheckQuestion.objects.filter(version=v1).count() == 5


def test_an_unanswered_version_is_edited_in_place(catalogue_factory):
    client, _manager = _manager_client(catalogue_factory)
    v1 = SelfCheckVersion.objects.get(number=1)
    response = client.post(
        f"/admin/applications/selfcheckversion/{v1.pk}/change/",
        _version_form(v1, {"shares_material": "Material to share?"}),
    )
    assert response.status_code == 302
    assert SelfCheckVersion.objects.count() == 1
    assert v1.questions.get(key="shares_material").texts["en"] == "Material to share?"
    assert v1.questions.get(key="shares_material").texts["ro"]  # the other languages stay
