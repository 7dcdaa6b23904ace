"""The reviews client against the real reference server on loopback (urllib transport), with a
reviewer world seeded through the server's own domain functions (tests/fixtures/reviewers.py)."""

from __future__ import annotations

import pytest

from certification_plugin.core.api import ApiSession, new_idempotency_key
from certification_plugin.core.client import CertificationClient
from certification_plugin.core.errors import (
    ConflictError,
    HttpError,
    PermissionDeniedError,
    ValidationFailed,
)
from certification_plugin.core.http import HttpSession
from certification_plugin.core.review_queue import digest
from certification_plugin.core.reviews import ReviewsClient, offered
from certification_plugin.core.urllib_transport import UrllibTransport
from certification_plugin.core.urls import api_url
from tests.fixtures.applicants import new_applicant
from tests.fixtures.reference_server import ReferenceServer
from tests.fixtures.reviewers import ReviewWorld, seed_review_world


def _client(server: ReferenceServer, token: str = "", language: str = "en") -> ReviewsClient:
    session = HttpSession(UrllibTransport(use_environment_proxies=False))
    headers = {"Authorization": f"Token {token}"} if token else {}
    return ReviewsClient(ApiSession(api_url(server.base_url), session), language, headers)


@pytest.fixture
def world(reference_server: ReferenceServer) -> ReviewWorld:
    return seed_review_world(reference_server)


def test_the_server_offers_reviews(reference_server: ReferenceServer) -> None:
    session = HttpSession(UrllibTransport(use_environment_proxies=False))
    info = CertificationClient(reference_server.base_url, session).detect()
    assert offered(info)


def test_the_rubric_is_public_and_in_the_asked_language(reference_server) -> None:
    english = _client(reference_server).rubric()
    chinese = _client(reference_server, language="zh_TW").rubric()
    assert english.version >= 1 and len(english.criteria) == 5
    keys = [c.key for c in english.criteria]
    assert {"contributions", "material_current", "representation"} <= set(keys)
    assert english.criterion("material_current").minimum == 3
    assert all(len(c.levels) == 6 for c in english.criteria)
    assert [lv.score for lv in english.criteria[0].levels] == list(range(6))
    assert english.max_total == 25 and english.pass_total > 0
    assert chinese.criteria[0].title != english.criteria[0].title


def test_a_reviewers_queue_is_sorted_by_due_date_with_the_overdue_first(reference_server, world):
    queue = _client(reference_server, world.token("first")).queue()
    ids = [item.application for item in queue.items]
    assert ids == [world.applications["overdue"], world.applications["due_soon"]]
    overdue, soon = queue.items
    assert overdue.overdue and overdue.due_in_days is not None and overdue.due_in_days < 0
    assert soon.due_in_days == 3 and not soon.overdue
    assert soon.task == "declare" and soon.my_declaration == "pending"
    assert soon.routed_kind == "group" and soon.routed_groups == (world.group_name,)
    assert soon.country == world.country and soon.round == 1
    assert soon.reviews_submitted == 1
    assert queue.count == 2 and queue.summary.total == 2 and queue.summary.overdue == 1
    summary = digest(queue.items)
    assert (summary.waiting, summary.next_days, summary.next_count, summary.overdue) == (
        2,
        3,
        1,
        1,
    )


def test_the_queue_filters_on_the_server(reference_server, world) -> None:
    reviewer = _client(reference_server, world.token("first"))
    assert [i.application for i in reviewer.queue(overdue=True).items] == [
        world.applications["overdue"]
    ]
    assert reviewer.queue(country="RO").items == ()
    assert len(reviewer.queue(task="declare").items) == 2
    assert reviewer.queue(task="decide").items == ()


def test_a_manager_sees_screening_and_decisions(reference_server, world) -> None:
    queue = _client(reference_server, world.token("manager")).queue()
    tasks = {item.application: item.task for item in queue.items}
    assert tasks[world.applications["screening"]] == "screen"
    # The PSC's managers are its reviewers: they declare first, as a group's members do.
    assert tasks[world.applications["psc"]] == "declare"
    psc = next(i for i in queue.items if i.application == world.applications["psc"])
    assert psc.routed_kind == "psc" and psc.country == world.psc_country
    assert psc.my_declaration == "pending"


def test_an_applicant_has_nothing_in_the_queue(reference_server) -> None:
    _username, token = new_applicant(reference_server)
    assert _client(reference_server, token).queue().items == ()


def test_declare_then_review_save_and_submit(reference_server, world) -> None:
    first = _client(reference_server, world.token("first"))
    application = world.applications["due_soon"]
    declaration = first.conflict_declaration(application)
    assert declaration["declaration"] == "pending"
    assert {k["key"] for k in declaration["kinds"]} >= {"competitor", "colleague", "family"}
    with pytest.raises(HttpError):
        first.save_review(application, {"justification": "too early"})
    assert first.declare(application, conflict=False)["declaration"] == "none"
    rubric = first.rubric()
    saved = first.save_review(application, {"scores": {rubric.criteria[0].key: 4}})
    assert saved["state"] == "draft" and saved["scores"] == {rubric.criteria[0].key: 4}
    with pytest.raises(HttpError) as stale:
        first.save_review(application, {"justification": "stale"}, revision=saved["revision"] + 5)
    assert stale.value.status == 412
    with pytest.raises(ValidationFailed) as missing:
        first.submit_review(application)
    assert any(key.startswith("scores.") for key in missing.value.errors)
    first.save_review(
        application,
        {
            "scores": {c.key: 4 for c in rubric.criteria},
            "justification": "Read everything.",
            "recommendation": "approve",
        },
        revision=saved["revision"],
    )
    submitted = first.submit_review(application)
    assert submitted["state"] == "submitted" and submitted["total"] == 20
    assert first.submit_review(application)["id"] == submitted["id"]  # a repeat is the same
    listing = first.reviews(application)
    assert listing["mine"]["id"] == submitted["id"]
    assert not listing["others_hidden"] and len(listing["others"]) == 1
    assert first.my_review(application)["state"] == "submitted"


def test_a_conflict_hides_the_material(reference_server, world) -> None:
    first = _client(reference_server, world.token("first"))
    application = world.applications["overdue"]
    answer = first.declare(application, conflict=True, kind="colleague", reason="We work together")
    assert answer["declaration"] == "conflict"
    with pytest.raises((PermissionDeniedError, ConflictError)):
        first.reviews(application)


def test_the_coordinator_reads_the_opinion_and_the_manager_screens_and_decides(
    reference_server, world
) -> None:
    coordinator = _client(reference_server, world.token("coordinator"))
    opinion = coordinator.opinion(world.applications["due_soon"])
    group = opinion["groups"][0]
    assert group["group"]["id"] == world.group and group["opinion"] is None
    assert group["proposal"]["reviews_submitted"] == 1 and group["proposal"]["ready"] is False
    assert group["can_record"] is False  # not before enough reviews are in
    manager = _client(reference_server, world.token("manager"))
    screening = manager.screening(world.applications["screening"])
    assert "accept" in screening["allowed_actions"]
    accepted = manager.screen(world.applications["screening"], "accept", "Looks complete.")
    assert accepted["routing"]["target"] == "group"
    assert manager.appeal(world.applications["psc"]) is None  # 204: no appeal
    decision = manager.decision(world.applications["psc"])
    assert "approve" in decision["allowed_outcomes"] and decision["decision"] is None
    with pytest.raises(ValidationFailed):
        manager.decide(world.applications["psc"], "approve", "", new_idempotency_key())
    key = new_idempotency_key()
    decided = manager.decide(world.applications["psc"], "approve", "Good material.", key)
    again = manager.decide(world.applications["psc"], "approve", "Good material.", key)
    assert decided["decision"]["outcome"] == "approve" and decided == again
    assert decided["state"] == "approved"


def test_a_reviewer_may_not_screen_or_decide(reference_server, world) -> None:
    first = _client(reference_server, world.token("first"))
    with pytest.raises(HttpError) as screening:
        first.screening(world.applications["screening"])
    assert screening.value.status in (403, 404)
    with pytest.raises(HttpError) as deciding:
        first.decide(world.applications["due_soon"], "approve", "no", new_idempotency_key())
    assert deciding.value.status in (403, 404)


def test_invitations_by_the_coordinator(reference_server, world) -> None:
    coordinator = _client(reference_server, world.token("coordinator"))
    answer = coordinator.invite(world.group, "new.reviewer@example.org")
    assert answer["email"] == "new.reviewer@example.org" and answer["expires_at"]
