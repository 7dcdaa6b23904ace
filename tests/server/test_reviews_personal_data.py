"""What reviews hold about a person: exported, and erased (texts scrubbed, invitations
deleted) without losing the reviews a decision rests on."""

from __future__ import annotations

import pytest
from accounts import personal_data
from reviews import domain
from reviews.models import Assignment, Invitation, Review

from tests.server.factories_reviews import (
    assignees,
    manager,
    routed_application,
    submitted_review,
    user_group,
)

pytestmark = pytest.mark.django_db


def test_export_and_erase_review_traces(catalogue_factory):
    boss = manager(catalogue_factory)
    ana = catalogue_factory.user("ana", email="ana@geo.example", first_name="Ana", last_name="Pop")
    bo = catalogue_factory.user("bo", email="bo@geo.example")
    group = user_group(catalogue_factory, members=[ana, bo, catalogue_factory.user("cy")])
    application, routing = routed_application(catalogue_factory, by=boss)
    assert ana in assignees(routing)
    submitted_review(application, ana, justification="I, Ana Pop, know their trainers.")
    domain.declare(
        application_id=application.pk,
        user=bo,
        conflict=True,
        kind="colleague",
        reason="I worked with Ana Pop there.",
    )
    domain.invite(group_id=group.pk, user=boss, email="ANA@geo.example")
    domain.invite(group_id=group.pk, user=boss, email="other@geo.example")

    exported = personal_data.export(personal_data.find_person("ana"))["data"]
    [reviewing] = exported["reviews.reviewing"]
    assert reviewing["application"] == application.pk and reviewing["declaration"] == "none"
    assert reviewing["review"]["scores"]["quality"] == 4
    assert [i["email"] for i in exported["reviews.invitations"]] == ["ANA@geo.example"]
    assert {row["kind"] for row in exported["reviews.texts"]} == {"review", "assignment"}
    assert (
        exported["reviews.reviewing"]
        != personal_data.export(personal_data.find_person("bo"))["data"]["reviews.reviewing"]
    )

    touched = personal_data.erase(personal_data.find_person("ana"))
    assert touched["reviews.invitations"] == 1 and touched["reviews.texts"] == 2
    review = Review.objects.get(assignment__reviewer=ana)
    assert "Ana" not in review.justification and review.state == "submitted"
    assert "Ana Pop" not in Assignment.objects.get(reviewer=bo).conflict_reason
    assert list(Invitation.objects.values_list("email", flat=True)) == ["other@geo.example"]
    again = personal_data.erase(personal_data.find_person("ana"))
    assert again["reviews.invitations"] == 0 and again["reviews.texts"] == 0
