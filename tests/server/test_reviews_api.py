"""The reviews workflow in API v1 (issue 11): rubric, queue, declaration, reviews, opinion,
screening, decision, appeal and invitations, each through HTTP with real tokens."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from reviews import domain
from reviews.models import Assignment, Review, RoutedGroup

from tests.server.factories_applications import complete_data, make_manager, token_client
from tests.server.factories_reviews_api import group_with, review, routed, scores

pytestmark = pytest.mark.django_db

API = "/api/v1"


def url(application: Any, tail: str = "") -> str:
    return f"{API}/applications/{application.pk}/{tail}"


def details(name: str, country: str = "RO") -> dict[str, Any]:
    return {**complete_data(name)["details"], "country": country}


@pytest.fixture
def people(catalogue_factory: Any) -> Any:
    """An applicant, a manager, a coordinator and two reviewers of RO's group."""
    f = catalogue_factory

    class People:
        owner = f.user("applicant")
        manager = make_manager(f)
        coordinator = f.user("coordinator")
        first = f.user("first", first_name="Ana", last_name="Pop")
        second = f.user("second")
        outsider = f.user("outsider")
        group = f.user_group("QGIS Romania", country="RO", coordinator=coordinator)

    People.group.members.add(People.first, People.second)
    return People


@pytest.fixture
def application(catalogue_factory: Any, people: Any) -> Any:
    return routed(catalogue_factory, people.manager, people.owner, name="Geo Trainers SRL")


def reviewers(application: Any) -> list[Any]:
    return [a.reviewer for a in Assignment.objects.filter(routing__application=application)]


# --- the rubric ------------------------------------------------------------------------------


def test_rubric_is_public_and_in_the_request_language(client: Client) -> None:
    english = client.get(f"{API}/rubric/", HTTP_ACCEPT="application/json")
    assert english.status_code == 200
    body = english.json()
    assert body["max_score"] == 5 and body["max_total"] == 25 and body["pass_total"] == 15
    assert body["divergence_ratio"] == 0.3
    keys = [c["key"] for c in body["criteria"]]
    assert keys == ["contributions", "material_current", "representation", "quality", "standing"]
    minimums = {c["key"]: c["minimum"] for c in body["criteria"]}
    assert minimums == {
        "contributions": 2,
        "material_current": 3,
        "representation": 3,
        "quality": None,
        "standing": None,
    }
    for criterion in body["criteria"]:
        assert [level["score"] for level in criterion["levels"]] == [0, 1, 2, 3, 4, 5]
        assert all(level["descriptor"] for level in criterion["levels"])
    romanian = client.get(f"{API}/rubric/", HTTP_ACCEPT_LANGUAGE="ro")
    assert romanian["Content-Language"] == "ro" and "Accept-Language" in romanian["Vary"]
    assert romanian.json()["criteria"][0]["title"] != body["criteria"][0]["title"]


# --- screening and routing -------------------------------------------------------------------


def test_screening_accepts_and_routes_to_the_local_group(catalogue_factory, people) -> None:
    from tests.server.factories_applications import submitted

    application = submitted(catalogue_factory, people.owner, name="Screened SRL")
    manager = token_client(people.manager)
    before = manager.get(url(application, "screening/"))
    assert before.status_code == 200
    assert before.json() == {
        "state": "submitted",
        "allowed_actions": ["accept", "request_changes", "reject"],
        "routing": None,
    }
    done = manager.post(
        url(application, "screening/"), {"action": "accept"}, content_type="application/json"
    )
    assert done.status_code == 200, done.json()
    body = done.json()
    assert body["state"] == "under_review" and body["allowed_actions"] == []
    routing = body["routing"]
    assert routing["target"] == "group" and routing["reason_code"] == "local_group"
    assert routing["groups"] == [{"id": people.group.pk, "name": "QGIS Romania"}]
    assert routing["stage"] == "reviewing" and routing["due_at"] > routing["routed_at"]
    again = manager.post(
        url(application, "screening/"), {"action": "accept"}, content_type="application/json"
    )
    assert again.status_code == 200 and again.json() == body  # a retry
    late = manager.post(
        url(application, "screening/"),
        {"action": "reject", "remarks": "Too late."},
        content_type="application/json",
    )
    assert late.status_code == 409


def test_screening_without_a_group_goes_to_the_psc(catalogue_factory, people) -> None:
    from tests.server.factories_applications import submitted

    application = submitted(
        catalogue_factory, people.owner, name="Far SRL", details=details("Far SRL", "SE")
    )
    manager = token_client(people.manager)
    body = manager.post(
        url(application, "screening/"), {"action": "accept"}, content_type="application/json"
    ).json()
    assert body["routing"]["target"] == "psc" and body["routing"]["reason_code"] == "no_group"
    queue = manager.get(f"{API}/review-queue/").json()
    item = next(i for i in queue["results"] if i["application"] == application.pk)
    assert item["routed_to"] == {"kind": "psc", "groups": []}
    assert item["task"] in ("declare", "decide")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "action"),
        ({"action": "approve"}, "action"),  # the PSC decides after the review, not here
        ({"action": "accept", "remarks": 5}, "remarks"),
        ({"action": "accept", "remarks": "a\x00b"}, "remarks"),
    ],
)
def test_screening_bad_input_is_a_400_naming_the_field(application, people, body, field):
    response = token_client(people.manager).post(
        url(application, "screening/"), body, content_type="application/json"
    )
    assert response.status_code == 400
    assert field in response.json()["errors"]


# --- the conflict declaration ----------------------------------------------------------------


def test_declaration_then_the_review_form(application, people) -> None:
    first = token_client(people.first)
    declaration = first.get(url(application, "conflict-declaration/"))
    assert declaration.status_code == 200
    body = declaration.json()
    assert body["declaration"] == "pending" and body["declared_at"] is None
    assert {k["key"] for k in body["kinds"]} == {"competitor", "colleague", "family", "other"}
    # Before declaring: no reviews, no review form.
    assert first.get(url(application, "reviews/")).status_code == 403
    assert first.get(url(application, "reviews/mine/")).status_code == 409
    put = first.put(
        url(application, "conflict-declaration/"),
        {"conflict": False},
        content_type="application/json",
    )
    assert put.status_code == 200 and put.json()["declaration"] == "none"
    assert put.json()["declared_at"] is not None
    mine = first.get(url(application, "reviews/mine/"))
    assert mine.status_code == 200 and mine["ETag"] == '"0"'
    assert mine.json()["state"] == "draft" and mine.json()["id"] is None
    assert mine.json()["reviewer"] == {"username": "first", "name": "Ana Pop"}
    assert mine.json()["group"] == {"id": people.group.pk, "name": "QGIS Romania"}


def test_a_conflicted_reviewer_sees_nothing_more(application, people) -> None:
    first = token_client(people.first)
    put = first.put(
        url(application, "conflict-declaration/"),
        {"conflict": True, "kind": "competitor", "reason": "We bid for the same contracts."},
        content_type="application/json",
    )
    assert put.status_code == 200
    assert put.json()["declaration"] == "conflict" and put.json()["kind"] == "competitor"
    for tail in ("reviews/", "opinion/", "screening/", "decision/", "appeal/"):
        assert first.get(url(application, tail)).status_code == 403, tail
    assert first.get(url(application, "reviews/mine/")).status_code == 409
    assert first.get(url(application)).status_code == 404  # no material either
    queue = first.get(f"{API}/review-queue/").json()
    assert queue["count"] == 0 and queue["results"] == []


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({}, {"conflict"}),
        ({"conflict": "no"}, {"conflict"}),
        ({"conflict": True}, {"kind", "reason"}),
        ({"conflict": True, "kind": "enemy", "reason": "x"}, {"kind"}),
        ({"conflict": True, "kind": "family", "reason": "x" * 2001}, {"reason"}),
    ],
)
def test_declaration_bad_input_is_a_400_naming_the_fields(application, people, body, fields):
    response = token_client(people.first).put(
        url(application, "conflict-declaration/"), body, content_type="application/json"
    )
    assert response.status_code == 400
    assert set(response.json()["errors"]) == fields


def test_only_assignees_declare(application, people) -> None:
    assert (
        token_client(people.manager).get(url(application, "conflict-declaration/")).status_code
        == 403
    )
    assert (
        token_client(people.outsider).get(url(application, "conflict-declaration/")).status_code
        == 404
    )
    assert (
        token_client(people.owner).get(url(application, "conflict-declaration/")).status_code == 403
    )


# --- my review -------------------------------------------------------------------------------


def test_save_a_draft_with_etags_then_submit(application, people) -> None:
    first = token_client(people.first)
    first.put(url(application, "conflict-declaration/"), {"conflict": False}, "application/json")
    saved = first.put(
        url(application, "reviews/mine/"),
        {"scores": {"contributions": 1, "quality": 4}, "justification": "Draft."},
        content_type="application/json",
    )
    assert saved.status_code == 200, saved.json()
    body = saved.json()
    assert body["scores"] == {"contributions": 1, "quality": 4}
    assert body["failed_minimums"] == ["contributions"] and body["total"] is None
    etag = saved["ETag"]
    assert etag == f'"{body["revision"]}"'
    stale = first.put(
        url(application, "reviews/mine/"),
        {"justification": "Older."},
        content_type="application/json",
        HTTP_IF_MATCH='"999"',
    )
    assert stale.status_code == 412
    incomplete = first.post(url(application, "reviews/mine/submit/"))
    assert incomplete.status_code == 400
    errors = incomplete.json()["errors"]
    assert "scores.material_current" in errors and "recommendation" in errors
    complete = first.put(
        url(application, "reviews/mine/"),
        {"scores": scores(4), "recommendation": "approve"},
        content_type="application/json",
        HTTP_IF_MATCH=etag,
    )
    assert complete.status_code == 200 and complete.json()["total"] == 20
    submitted = first.post(url(application, "reviews/mine/submit/"))
    assert submitted.status_code == 200
    assert submitted.json()["state"] == "submitted" and submitted.json()["submitted_at"]
    again = first.post(url(application, "reviews/mine/submit/"))
    assert again.status_code == 200 and again.json() == submitted.json()
    late = first.put(
        url(application, "reviews/mine/"), {"justification": "x"}, content_type="application/json"
    )
    assert late.status_code == 409


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"scores": {"quality": 6}}, "scores.quality"),
        ({"scores": {"quality": -1}}, "scores.quality"),
        ({"scores": {"quality": "4"}}, "scores.quality"),
        ({"scores": {"quality": 4.5}}, "scores.quality"),
        ({"scores": {"quality": True}}, "scores.quality"),
        ({"scores": {"no_such_criterion": 3}}, "scores.no_such_criterion"),
        ({"scores": {"bad key!": 3}}, "scores.bad key!"),
        ({"scores": []}, "scores"),
        ({"recommendation": "maybe"}, "recommendation"),
        ({"justification": 12}, "justification"),
        ({"justification": "a\x00b"}, "justification"),
    ],
)
def test_review_bad_input_is_a_400_naming_the_field(application, people, body, field):
    first = token_client(people.first)
    first.put(url(application, "conflict-declaration/"), {"conflict": False}, "application/json")
    response = first.put(url(application, "reviews/mine/"), body, content_type="application/json")
    assert response.status_code == 400, response.json()
    assert field in response.json()["errors"], response.json()


# --- the reviews, hidden until mine is submitted ---------------------------------------------


def test_others_reviews_are_hidden_until_mine_is_submitted(application, people) -> None:
    review(application, people.first, 4)
    second = token_client(people.second)
    second.put(url(application, "conflict-declaration/"), {"conflict": False}, "application/json")
    hidden = second.get(url(application, "reviews/")).json()
    assert hidden["others_hidden"] is True and hidden["others"] == []
    assert hidden["summary"] is None and hidden["mine"]["state"] == "draft"
    assert "first" not in str(hidden)
    review(application, people.second, 2)
    shown = second.get(url(application, "reviews/")).json()
    assert shown["others_hidden"] is False
    assert [o["reviewer"]["username"] for o in shown["others"]] == ["first"]
    summary = shown["summary"]
    assert summary["reviews_submitted"] == 2 and summary["max_total"] == 25
    assert summary["median_total"] == 15 and summary["medians"]["quality"] == 3
    assert summary["divergent"] is True  # 20 and 10: more than 30 % of 25 apart
    manager = token_client(people.manager).get(url(application, "reviews/")).json()
    assert manager["mine"] is None and manager["others_hidden"] is False
    assert {o["reviewer"]["username"] for o in manager["others"]} == {"first", "second"}


def test_drafts_are_their_writers_alone(application, people) -> None:
    review(application, people.first, 4, submit=False)
    for user in (people.manager, people.coordinator):
        body = token_client(user).get(url(application, "reviews/")).json()
        assert body["others_hidden"] is False and body["others"] == []
        assert body["summary"]["reviews_submitted"] == 0


# --- applicants never see reviews ------------------------------------------------------------

REVIEW_READS = (
    "conflict-declaration/",
    "reviews/",
    "reviews/mine/",
    "opinion/",
    "screening/",
    "decision/",
)


def test_applicants_are_refused_every_review_endpoint(application, people) -> None:
    review(application, people.first, 4)
    owner = token_client(people.owner)
    for tail in REVIEW_READS:
        assert owner.get(url(application, tail)).status_code == 403, tail
    writes = [
        ("put", "conflict-declaration/", {"conflict": False}),
        ("put", "reviews/mine/", {"justification": "mine"}),
        ("post", "reviews/mine/submit/", {}),
        ("post", "opinion/", {"recommendation": "approve"}),
        ("post", "screening/", {"action": "accept"}),
        ("post", "decision/", {"outcome": "approve", "rationale": "mine"}),
    ]
    for method, tail, body in writes:
        response = getattr(owner, method)(url(application, tail), body, "application/json")
        assert response.status_code == 403, tail
    assert owner.get(f"{API}/review-queue/").json()["count"] == 0


def test_the_application_an_applicant_reads_holds_no_review_data(application, people) -> None:
    review(application, people.first, 4)
    review(application, people.second, 5)
    owner = token_client(people.owner)
    detail = owner.get(url(application))
    assert detail.status_code == 200
    text = detail.content.decode()
    for secret in ("first", "second", "Ana", "Seen the material", "scores", "justification"):
        assert secret not in text, secret
    listed = owner.get(f"{API}/applications/").content.decode()
    assert "Seen the material" not in listed and "Ana" not in listed
    events = owner.get(url(application, "events/")).content.decode()
    assert "Seen the material" not in events and '"first"' not in events


# --- the queue -------------------------------------------------------------------------------


def test_queue_rows_tasks_and_summary(application, people) -> None:
    first = token_client(people.first)
    queue = first.get(f"{API}/review-queue/").json()
    assert queue["count"] == 1 and queue["summary"]["total"] == 1
    item = queue["results"][0]
    assert item["application"] == application.pk
    assert item["url"].endswith(url(application))
    assert item["organisation"] == {"name": "Geo Trainers SRL", "country": "RO"}
    assert item["state"] == "under_review" and item["stage"] == "reviewing"
    assert item["routed_to"] == {"kind": "group", "groups": ["QGIS Romania"]}
    assert item["task"] == "declare" and item["my_declaration"] == "pending"
    assert item["my_review"] is None and item["round"] == 1
    assert 28 <= item["due_in_days"] <= 30 and item["overdue"] is False
    review(application, people.first, 4, submit=False)
    assert first.get(f"{API}/review-queue/").json()["results"][0]["task"] == "review"
    domain.submit_review(application_id=application.pk, user=people.first)
    done = first.get(f"{API}/review-queue/").json()["results"][0]
    assert done["task"] == "none" and done["my_review"] == "submitted"
    assert done["reviews_submitted"] == 1
    coordinator = token_client(people.coordinator).get(f"{API}/review-queue/").json()
    assert coordinator["results"][0]["task"] == "opinion"
    assert token_client(people.outsider).get(f"{API}/review-queue/").json() == {
        "count": 0,
        "summary": {"total": 0, "due_soon": 0, "overdue": 0},
        "results": [],
    }
    assert Client().get(f"{API}/review-queue/").status_code == 401


def test_queue_filters_and_due_dates(catalogue_factory, people) -> None:
    from datetime import timedelta
    from unittest import mock

    early = routed(catalogue_factory, people.manager, name="Early SRL")
    late = routed(catalogue_factory, people.manager, name="Late SRL")
    late.routings.filter(current=True).update(
        due_at=late.routings.get(current=True).due_at + timedelta(days=5)
    )
    first = token_client(people.first)
    rows = first.get(f"{API}/review-queue/").json()["results"]
    assert [r["application"] for r in rows] == [early.pk, late.pk]
    moment = early.routings.get(current=True).due_at + timedelta(days=1)
    with mock.patch("applications.domain.now", return_value=moment):
        overdue = first.get(f"{API}/review-queue/?overdue=true").json()
    assert [r["application"] for r in overdue["results"]] == [early.pk]
    assert overdue["results"][0]["overdue"] is True and overdue["summary"]["overdue"] == 1
    assert first.get(f"{API}/review-queue/?task=review").json()["count"] == 0
    assert first.get(f"{API}/review-queue/?task=declare").json()["count"] == 2
    assert first.get(f"{API}/review-queue/?country=SE").json()["count"] == 0
    assert first.get(f"{API}/review-queue/?country=ro,se").json()["count"] == 2
    for query, name in (
        ("task=sleep", "task"),
        ("overdue=perhaps", "overdue"),
        ("country=XX", "country"),
        ("task=review&task=declare", "task"),
    ):
        response = first.get(f"{API}/review-queue/?{query}")
        assert response.status_code == 400, query
        assert list(response.json()["errors"]) == [name], query


def test_managers_queue_screen_and_decide(catalogue_factory, people, application) -> None:
    from tests.server.factories_applications import submitted

    waiting = submitted(catalogue_factory, name="Waiting SRL")
    queue = token_client(people.manager).get(f"{API}/review-queue/").json()
    tasks = {r["application"]: r["task"] for r in queue["results"]}
    assert tasks == {waiting.pk: "screen", application.pk: "none"}
    review(application, people.first, 4)
    review(application, people.second, 4)
    domain.record_opinion(
        application_id=application.pk,
        user=people.coordinator,
        group_id=None,
        recommendation="approve",
    )
    queue = token_client(people.manager).get(f"{API}/review-queue/?task=decide").json()
    assert [r["application"] for r in queue["results"]] == [application.pk]
    assert queue["results"][0]["stage"] == "awaiting_decision"


def _queue_queries(user: Any) -> int:
    client = token_client(user)
    client.get(f"{API}/review-queue/")  # the token's first use writes last_used_at
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"{API}/review-queue/")
    assert response.status_code == 200
    return len(queries)


def test_queue_queries_do_not_grow_with_the_rows(catalogue_factory, people) -> None:
    for n in range(2):
        application = routed(catalogue_factory, people.manager, name=f"Few {n} SRL")
        review(application, people.first, 3)
    few = _queue_queries(people.first), _queue_queries(people.manager)
    for n in range(18):
        application = routed(catalogue_factory, people.manager, name=f"Many {n} SRL")
        review(application, people.first, 3)
    many = _queue_queries(people.first), _queue_queries(people.manager)
    assert token_client(people.first).get(f"{API}/review-queue/").json()["count"] == 20
    print(f"\nqueue queries for 2 and 20 rows (reviewer, manager): {few} {many}")
    assert few == many


def _detail_queries(user: Any, application: Any) -> tuple[int, int]:
    client = token_client(user)
    client.get(url(application, "reviews/"))
    counts = []
    for tail in ("reviews/", ""):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url(application, tail))
        assert response.status_code == 200, tail
        counts.append(len(queries))
    return counts[0], counts[1]


def test_reviews_queries_do_not_grow_with_the_assignments(catalogue_factory, people) -> None:
    f = catalogue_factory
    counts = []
    for n, members in ((0, 2), (1, 20)):
        group = group_with(f, members, country=["FR", "DE"][n])
        application = routed(
            f,
            people.manager,
            name=f"Sized {n} SRL",
            details=details(f"Sized {n} SRL", str(group.country)),
        )
        assignees = reviewers(application)
        assert len(assignees) == members
        for reviewer in assignees:
            review(application, reviewer, 3)
        counts.append(
            (
                _detail_queries(people.manager, application),
                _detail_queries(assignees[0], application),
            )
        )
    print(f"\nreviews and detail queries for 2 and 20 assignments: {counts}")
    assert counts[0] == counts[1]


# --- opinion, decision, appeal ---------------------------------------------------------------


def test_opinion_proposed_then_confirmed_by_the_coordinator(application, people) -> None:
    review(application, people.first, 4)
    coordinator = token_client(people.coordinator)
    before = coordinator.get(url(application, "opinion/")).json()["groups"]
    assert len(before) == 1 and before[0]["can_record"] is False
    assert before[0]["proposal"]["ready"] is False
    review(application, people.second, 4)
    item = coordinator.get(url(application, "opinion/")).json()["groups"][0]
    assert item["group"] == {"id": people.group.pk, "name": "QGIS Romania", "country": "RO"}
    assert item["coordinator"] == "coordinator" and item["opinion"] is None
    assert item["proposal"]["recommendation"] == "approve" and item["can_record"] is True
    # Overriding needs a reason.
    refused = coordinator.post(
        url(application, "opinion/"), {"recommendation": "reject"}, "application/json"
    )
    assert refused.status_code == 400 and "reason" in refused.json()["errors"]
    recorded = coordinator.post(
        url(application, "opinion/"),
        {"group": people.group.pk, "recommendation": "approve"},
        "application/json",
    )
    assert recorded.status_code == 200, recorded.json()
    opinion = recorded.json()["opinion"]
    assert opinion["recommendation"] == "approve" and opinion["overridden"] is False
    assert opinion["by"] == "coordinator" and recorded.json()["can_record"] is False
    # Reviewers who submitted read it; the others may not.
    assert token_client(people.first).get(url(application, "opinion/")).status_code == 200
    assert (
        token_client(people.first)
        .post(url(application, "opinion/"), {"recommendation": "approve"}, "application/json")
        .status_code
        == 403
    )
    decision = token_client(people.manager).get(url(application, "decision/")).json()
    assert decision["routing"]["stage"] == "awaiting_decision"


def test_decision_with_idempotency_key(application, people) -> None:
    manager = token_client(people.manager)
    state = manager.get(url(application, "decision/")).json()
    assert state["allowed_outcomes"] == ["approve", "reject", "request_changes"]
    assert state["decision"] is None and state["appeal"] is None
    missing = manager.post(
        url(application, "decision/"), {"outcome": "approve"}, "application/json"
    )
    assert missing.status_code == 400 and "rationale" in missing.json()["errors"]
    bad_key = manager.post(
        url(application, "decision/"),
        {"outcome": "approve", "rationale": "Good."},
        "application/json",
        HTTP_IDEMPOTENCY_KEY="a b",
    )
    assert bad_key.status_code == 400 and "Idempotency-Key" in bad_key.json()["errors"]
    body = {"outcome": "reject", "rationale": "The material is for QGIS 2."}
    decided = manager.post(
        url(application, "decision/"), body, "application/json", HTTP_IDEMPOTENCY_KEY="d-1"
    )
    assert decided.status_code == 200, decided.json()
    result = decided.json()
    assert result["state"] == "rejected" and result["allowed_outcomes"] == []
    assert result["decision"]["outcome"] == "reject" and result["decision"]["by"] == "manager"
    replay = manager.post(
        url(application, "decision/"), body, "application/json", HTTP_IDEMPOTENCY_KEY="d-1"
    )
    assert replay.status_code == 200 and replay.json() == result
    assert application.decisions.count() == 1


def test_one_appeal_after_a_rejection(application, people) -> None:
    owner = token_client(people.owner)
    none = owner.get(url(application, "appeal/"))
    assert none.status_code == 204 and none.content == b""
    early = owner.post(
        url(application, "appeal/"),
        {"criteria": ["quality"], "evidence": "New courses."},
        "application/json",
    )
    assert early.status_code == 409  # not rejected
    domain.decide(
        application_id=application.pk,
        user=people.manager,
        outcome="reject",
        rationale="Too little.",
    )
    for body, field in (
        ({"criteria": [], "evidence": "x"}, "criteria"),
        ({"criteria": ["quality"]}, "evidence"),
        ({"criteria": ["quality"], "evidence": "x", "links": ["javascript:alert(1)"]}, "links.0"),
        ({"criteria": ["nonsense"], "evidence": "x"}, "criteria"),
    ):
        refused = owner.post(url(application, "appeal/"), body, "application/json")
        assert refused.status_code == 400, body
        assert field in refused.json()["errors"], refused.json()
    appeal = {
        "criteria": ["quality", "material_current"],
        "evidence": "The courses now use QGIS 3.40.",
        "links": ["https://geotrainers.example/new"],
    }
    created = owner.post(url(application, "appeal/"), appeal, "application/json")
    assert created.status_code == 201, created.json()
    assert created.json()["criteria"] == ["quality", "material_current"]
    assert created.json()["outcome"] == ""
    assert owner.post(url(application, "appeal/"), appeal, "application/json").status_code == 409
    manager = token_client(people.manager)
    assert manager.get(url(application, "appeal/")).json() == created.json()
    assert manager.post(url(application, "appeal/"), appeal, "application/json").status_code == 403
    assert token_client(people.first).get(url(application, "appeal/")).status_code == 403
    decision = manager.get(url(application, "decision/")).json()
    assert decision["state"] == "appealed" and decision["allowed_outcomes"] == ["approve", "reject"]
    assert decision["appeal"] == created.json()
    queue = manager.get(f"{API}/review-queue/?task=appeal").json()
    assert [r["application"] for r in queue["results"]] == [application.pk]


# --- invitations -----------------------------------------------------------------------------


def test_invitations_by_the_coordinator_or_a_manager(people, mailoutbox) -> None:
    path = f"{API}/user-groups/{people.group.pk}/invitations/"
    body = {"email": "new.reviewer@example.org"}
    created = token_client(people.coordinator).post(path, body, "application/json")
    assert created.status_code == 201, created.json()
    assert created.json()["email"] == "new.reviewer@example.org"
    assert created.json()["expires_at"]
    assert token_client(people.manager).post(path, body, "application/json").status_code == 201
    assert token_client(people.first).post(path, body, "application/json").status_code == 403
    assert token_client(people.owner).post(path, body, "application/json").status_code == 403
    assert Client().post(path, body, "application/json").status_code == 401
    bad = token_client(people.coordinator).post(path, {"email": "nope"}, "application/json")
    assert bad.status_code == 400 and "email" in bad.json()["errors"]
    missing = token_client(people.manager).post(
        f"{API}/user-groups/999999/invitations/", body, "application/json"
    )
    assert missing.status_code == 404


def test_root_lists_the_reviews_capability(client: Client) -> None:
    root = client.get(f"{API}/").json()
    assert "reviews" in root["capabilities"]
    assert root["links"]["review_queue"] == "http://testserver/api/v1/review-queue/"
    assert root["links"]["rubric"] == "http://testserver/api/v1/rubric/"


def test_routed_group_rows_untouched_by_reads(application, people) -> None:
    """Reading the opinion or the reviews never writes: the proposal is computed."""
    review(application, people.first, 4)
    review(application, people.second, 4)
    before = list(RoutedGroup.objects.values())
    reviews_before = list(Review.objects.values())
    token_client(people.coordinator).get(url(application, "opinion/"))
    token_client(people.manager).get(url(application, "reviews/"))
    assert list(RoutedGroup.objects.values()) == before
    assert list(Review.objects.values()) == reviews_before


def test_a_manager_who_applies_does_not_get_the_own_application(catalogue_factory, people):
    from tests.server.factories_applications import submitted

    own = submitted(catalogue_factory, people.manager, name="Manager's Own SRL")
    other = submitted(catalogue_factory, name="Someone Else SRL")
    rows = token_client(people.manager).get(f"{API}/review-queue/").json()["results"]
    assert [r["application"] for r in rows] == [other.pk]
    assert token_client(people.manager).get(url(own, "screening/")).status_code == 403
