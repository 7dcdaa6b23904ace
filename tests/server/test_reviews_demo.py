"""seed_demo's reviews (issue 11, item 11): what the review roles find waiting, read through
the review queue the plugin's dock shows; idempotent."""

from __future__ import annotations

import pytest
from applications.models import Application
from catalogue.demo import DEMO_PASSWORD, seed_demo
from django.contrib.auth import authenticate
from django.test import Client
from reviews.models import Appeal, Assignment, Decision, Review, RoutedGroup, Routing

pytestmark = pytest.mark.django_db


def queue(username: str) -> dict:
    client = Client(HTTP_ACCEPT="application/json")
    assert client.login(username=username, password=DEMO_PASSWORD)
    response = client.get("/api/v1/review-queue/")
    assert response.status_code == 200
    return response.json()


def by_name(document: dict) -> dict[str, dict]:
    return {item["organisation"]["name"]: item for item in document["results"]}


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """One seed for the module (it builds the whole demo catalogue), rolled back after."""
    with django_db_blocker.unblock():
        from django.db import transaction

        with transaction.atomic():
            seed_demo()
            yield
            transaction.set_rollback(True)


def test_the_reviewer_has_one_due_in_three_days_and_one_overdue_and_escalated(seeded):
    assert authenticate(username="reviewer", password=DEMO_PASSWORD) is not None
    assert authenticate(username="reviewer2", password=DEMO_PASSWORD) is not None
    items = by_name(queue("reviewer"))
    due = items["Carpathian GIS Academy"]
    assert due["due_in_days"] == 3 and not due["overdue"] and due["task"] == "declare"
    assert due["routed_to"]["kind"] == "group" and due["reviews_submitted"] == 1
    late = items["Transylvania Spatial Lab"]
    assert late["overdue"] and late["escalated"] and late["routed_to"]["kind"] == "psc"
    assert late["due_in_days"] < 0
    # The second reviewer's review of the due-soon application is submitted.
    routing = Routing.objects.get(application__organisation__name="Carpathian GIS Academy")
    (review,) = Review.objects.filter(assignment__routing=routing)
    assert review.state == "submitted" and review.assignment.reviewer.username == "reviewer2"
    assert Assignment.objects.get(routing=routing, reviewer__username="reviewer").active


def test_the_manager_has_decisions_to_take(seeded):
    items = by_name(queue("manager"))
    awaiting = items["Banat Geodata Institute"]
    assert awaiting["stage"] == "awaiting_decision" and awaiting["task"] == "decide"
    opinion = RoutedGroup.objects.get(
        routing__application__organisation__name="Banat Geodata Institute"
    )
    assert opinion.recommendation == "approve" and opinion.confirmed_by.username == "reviewer2"
    screening = items["Savanna Mapping Institute"]
    assert screening["state"] == "screening" and screening["task"] == "screen"
    appealed = items["Open Maps Collective"]
    assert appealed["state"] == "appealed" and appealed["task"] == "appeal"
    decision = Decision.objects.get(application__organisation__name="Open Maps Collective")
    assert decision.outcome == "reject" and decision.psc_only
    assert Appeal.objects.get(application=decision.application).criteria == ["material_current"]


def test_seeding_again_changes_nothing(seeded):
    before = {
        "applications": sorted(Application.objects.values_list("pk", "state", "revision")),
        "routings": sorted(Routing.objects.values_list("pk", "target", "stage", "due_at")),
        "assignments": Assignment.objects.count(),
        "reviews": sorted(Review.objects.values_list("pk", "state", "revision")),
        "decisions": Decision.objects.count(),
    }
    seed_demo()
    after = {
        "applications": sorted(Application.objects.values_list("pk", "state", "revision")),
        "routings": sorted(Routing.objects.values_list("pk", "target", "stage", "due_at")),
        "assignments": Assignment.objects.count(),
        "reviews": sorted(Review.objects.values_list("pk", "state", "revision")),
        "decisions": Decision.objects.count(),
    }
    assert after == before
