"""The reviews admin: editing a used rubric makes a new version; review records are
read-only; user groups show their coordinator and period; the applications admin screens and
decides through reviews.domain."""

from __future__ import annotations

import json

import pytest
from applications.models import Application
from django.test import Client
from reviews.models import Criterion, Decision, Routing, RubricVersion

from tests.server.factories_applications import submitted
from tests.server.factories_reviews import (
    assignees,
    manager,
    routed_application,
    submitted_review,
    user_group,
)

pytestmark = pytest.mark.django_db


def _client(catalogue_factory) -> tuple[Client, object]:
    boss = manager(catalogue_factory)
    client = Client()
    client.force_login(boss)
    return client, boss


def _rubric_form(version: RubricVersion, edit: dict[str, str]) -> dict[str, object]:
    criteria = list(version.criteria.all())
    data: dict[str, object] = {
        "pass_total": version.pass_total,
        "note": "edited",
        "criteria-TOTAL_FORMS": len(criteria),
        "criteria-INITIAL_FORMS": len(criteria),
        "criteria-MIN_NUM_FORMS": 0,
        "criteria-MAX_NUM_FORMS": 1000,
    }
    for i, c in enumerate(criteria):
        title = {**c.title, **({"en": edit[c.key]} if c.key in edit else {})}
        data |= {
            f"criteria-{i}-id": c.pk,
            f"criteria-{i}-version": version.pk,
            f"criteria-{i}-position": c.position,
            f"criteria-{i}-key": c.key,
            f"criteria-{i}-minimum": "" if c.minimum is None else c.minimum,
            f"criteria-{i}-title": json.dumps(title),
            f"criteria-{i}-help": json.dumps(c.help),
            f"criteria-{i}-descriptors": json.dumps(c.descriptors),
        }
    return data


def test_the_seeded_rubric():
    version = RubricVersion.current()
    assert version.number == 1 and version.pass_total == 15 and version.max_total == 25
    criteria = list(version.criteria.all())
    assert [(c.key, c.minimum) for c in criteria] == [
        ("contributions", 2),
        ("material_current", 3),
        ("representation", 3),
        ("quality", None),
        ("standing", None),
    ]
    for criterion in criteria:
        for language in ("en", "ro", "sv", "zh-hant"):
            assert criterion.title[language] and criterion.help[language]
            levels = criterion.descriptors[language]
            assert len(levels) == 6 and all(levels) and len(set(levels)) == 6
    assert criteria[1].levels("zh-hant")[0].startswith("未提供教材")
    assert criteria[1].levels("xx") == criteria[1].levels("en")


def test_editing_a_used_rubric_makes_a_new_version(catalogue_factory):
    client, _boss = _client(catalogue_factory)
    routed_application(catalogue_factory)  # a routing uses version 1
    v1 = RubricVersion.objects.get(number=1)
    response = client.post(
        f"/admin/reviews/rubricversion/{v1.pk}/change/",
        _rubric_form(v1, {"quality": "Overall quality of the material"}),
    )
    assert response.status_code == 302, response.content[:2000]
    assert RubricVersion.current().number == 2
    v2 = RubricVersion.objects.get(number=2)
    assert v2.criteria.get(key="quality").title["en"] == "Overall quality of the material"
    assert v2.criteria.get(key="material_current").minimum == 3
    assert v1.criteria.get(key="quality").title["en"] == "Overall quality"  # kept
    assert Criterion.objects.filter(version=v1).count() == 5


def test_an_unused_rubric_is_edited_in_place(catalogue_factory):
    client, _boss = _client(catalogue_factory)
    v1 = RubricVersion.objects.get(number=1)
    response = client.post(
        f"/admin/reviews/rubricversion/{v1.pk}/change/",
        _rubric_form(v1, {"standing": "Standing"}),
    )
    assert response.status_code == 302
    assert RubricVersion.objects.count() == 1
    assert v1.criteria.get(key="standing").title["en"] == "Standing"


def test_review_records_are_read_only_for_managers(catalogue_factory):
    client, _boss = _client(catalogue_factory)
    user_group(catalogue_factory, members=2)
    application, routing = routed_application(catalogue_factory)
    review = submitted_review(application, assignees(routing)[0])
    for model, pk in (("routing", routing.pk), ("review", review.pk)):
        assert client.get(f"/admin/reviews/{model}/").status_code == 200
        assert client.get(f"/admin/reviews/{model}/{pk}/change/").status_code == 200
        assert client.post(f"/admin/reviews/{model}/{pk}/change/", {}).status_code == 403
        assert client.get(f"/admin/reviews/{model}/add/").status_code == 403
    plain = Client()
    plain.force_login(catalogue_factory.user(is_staff=True))
    assert plain.get("/admin/reviews/routing/").status_code == 403


def test_user_groups_show_their_coordinator_and_period(catalogue_factory):
    client, _boss = _client(catalogue_factory)
    coordinator = catalogue_factory.user("coordinator", first_name="Ioana")
    user_group(catalogue_factory, members=1, coordinator=coordinator, review_period_days=21)
    page = client.get("/admin/catalogue/usergroup/")
    assert page.status_code == 200
    assert b"Coordinator" in page.content and b"coordinator" in page.content
    assert b"21" in page.content


def _act(client: Client, action: str, application: Application, remarks: str = "") -> object:
    return client.post(
        "/admin/applications/application/",
        {
            "action": action,
            "_selected_action": [application.pk],
            "remarks": remarks,
            "index": 0,
        },
        follow=True,
    )


def test_the_applications_admin_routes_and_decides_through_reviews(catalogue_factory):
    client, boss = _client(catalogue_factory)
    user_group(catalogue_factory, members=2)
    application = submitted(catalogue_factory)
    _act(client, "route", application)
    application.refresh_from_db()
    assert application.state == "under_review"
    routing = Routing.objects.get(application=application)
    assert routing.target == "group"
    refused = _act(client, "approve", application)  # no rationale
    assert b"Give the reasons for the decision" in refused.content
    _act(client, "approve", application, remarks="Well done.")
    application.refresh_from_db()
    assert application.state == "approved"
    decision = Decision.objects.get(application=application)
    assert decision.rationale == "Well done." and decision.decided_by == boss
    early = submitted(catalogue_factory, catalogue_factory.user(), name="Early")
    page = _act(client, "approve", early, remarks="Too soon.")
    assert b"not possible while the application is" in page.content
    _act(client, "reject", early, remarks="Not eligible.")
    early.refresh_from_db()
    assert early.state == "rejected" and not Decision.objects.filter(application=early).exists()
