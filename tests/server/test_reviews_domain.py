"""reviews.domain after routing: hidden reviews, divergence, proposals with knock-out
minimums, opinions, decisions and their effects, the one appeal, the deadline sweep with a
moved clock, audit events and retries."""

from __future__ import annotations

from datetime import timedelta
from unittest import mock

import pytest
from applications.models import Application
from audit.domain import verify_chain
from audit.models import Event
from catalogue.models import CertifyingOrganisation
from django.core.management import call_command
from reviews import domain, rules
from reviews.models import Assignment, Decision, Review, RoutedGroup, Routing, RubricVersion

from tests.server.factories_reviews import (
    assignees,
    declared,
    manager,
    routed_application,
    routed_group,
    scores,
    submitted_review,
    user_group,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def routed(catalogue_factory):
    """An application routed to a group of three with a coordinator (not a reviewer)."""
    boss = manager(catalogue_factory)
    coordinator = catalogue_factory.user("coordinator")
    group = user_group(catalogue_factory, members=3, coordinator=coordinator)
    application, routing = routed_application(catalogue_factory, by=boss)
    return {
        "boss": boss,
        "coordinator": coordinator,
        "group": group,
        "application": application,
        "routing": routing,
        "reviewers": assignees(routing),
        "owner": application.organisation.owners.get(),
    }


def _moved(moment):
    return mock.patch("applications.domain.now", return_value=moment)


# --- reviews -----------------------------------------------------------------------------------


def test_reviews_are_hidden_until_ones_own_is_submitted(routed):
    application, (ana, bo, cy) = routed["application"], routed["reviewers"]
    with pytest.raises(domain.NotAllowed, match="Declare"):
        domain.save_review(application_id=application.pk, user=ana, changes={"scores": {}})
    submitted_review(application, ana, value=4)
    declared(application, bo)
    draft = domain.save_review(
        application_id=application.pk, user=bo, changes={"scores": {"quality": 2}}
    )
    assert draft.state == "draft" and draft.revision == 1
    assert list(rules.visible_reviews(bo, application)) == [draft]  # only the own draft
    assert not rules.may_see_others_reviews(bo, application)
    assert rules.may_see_others_reviews(ana, application)
    assert list(rules.visible_reviews(ana, application)) == [ana.review_assignments.get().review]
    for who in (routed["boss"], routed["coordinator"]):
        assert rules.may_see_others_reviews(who, application)
        assert len(rules.visible_reviews(who, application)) == 1  # not bo's draft
    # Applicants, strangers and a reviewer who has not declared see nothing.
    for who in (routed["owner"], cy):
        assert not rules.may_see_reviews(who, application)
        assert list(rules.visible_reviews(who, application)) == []
    submitted_review(application, bo, value=3)
    assert len(rules.visible_reviews(bo, application)) == 2


def test_a_manager_who_owns_the_organisation_sees_no_review(routed):
    application = routed["application"]
    submitted_review(application, routed["reviewers"][0])
    boss = routed["boss"]
    application.organisation.owners.add(boss)
    assert not rules.may_see_reviews(boss, application)
    assert list(rules.visible_reviews(boss, application)) == []
    assert domain.decision_outcomes(application=application, user=boss) == []


def test_drafts_merge_validate_and_check_the_revision(routed):
    application, ana = routed["application"], routed["reviewers"][0]
    declared(application, ana)
    first = domain.save_review(
        application_id=application.pk, user=ana, changes={"scores": {"quality": 3}}
    )
    second = domain.save_review(
        application_id=application.pk,
        user=ana,
        changes={"scores": {"standing": 5}, "justification": "Good."},
        if_match=first.revision,
    )
    assert second.scores == {"quality": 3, "standing": 5} and second.revision == 2
    with pytest.raises(domain.Stale) as stale:
        domain.save_review(
            application_id=application.pk, user=ana, changes={}, if_match=first.revision
        )
    assert stale.value.revision == 2
    with pytest.raises(domain.Invalid) as raised:
        domain.save_review(
            application_id=application.pk,
            user=ana,
            changes={"scores": {"quality": 6, "nope": 1, "standing": True}, "recommendation": "x"},
        )
    assert set(raised.value.errors) == {
        "scores.quality",
        "scores.nope",
        "scores.standing",
        "recommendation",
    }
    cleared = domain.save_review(
        application_id=application.pk, user=ana, changes={"scores": {"quality": None}}
    )
    assert cleared.scores == {"standing": 5}
    with pytest.raises(domain.Invalid) as incomplete:
        domain.submit_review(application_id=application.pk, user=ana)
    assert set(incomplete.value.errors) == {
        "scores.contributions",
        "scores.material_current",
        "scores.representation",
        "scores.quality",
        "recommendation",
    }
    assert Event.objects.filter(action__startswith="review.save").count() == 0  # drafts


def test_submit_is_idempotent_and_final(routed):
    application, ana = routed["application"], routed["reviewers"][0]
    review = submitted_review(application, ana)
    again, replayed = domain.submit_review(application_id=application.pk, user=ana)
    assert replayed and again.pk == review.pk and again.revision == review.revision
    assert Event.objects.filter(action="review.submit").count() == 1
    event = Event.objects.get(action="review.submit")
    assert event.after == {
        "application": application.pk,
        "routing": routed["routing"].pk,
        "total": 20,
        "recommendation": "approve",
    }
    with pytest.raises(domain.NotAllowed, match="submitted already"):
        domain.save_review(application_id=application.pk, user=ana, changes={"justification": ""})


def test_divergence_is_reported_once_per_routing(
    routed, mailoutbox, django_capture_on_commit_callbacks
):
    application, (ana, bo, cy) = routed["application"], routed["reviewers"]
    submitted_review(application, ana, value=4)  # 20 of 25
    submitted_review(application, bo, value=3)  # 15: 5 apart, not more than 7.5
    assert Event.objects.filter(action="review.divergence").count() == 0
    assert not domain.summary(Review.objects.all(), RubricVersion.current())["divergent"]
    with django_capture_on_commit_callbacks(execute=True):
        submitted_review(application, cy, value=1)  # 5: 15 apart from 20
    told = {address for m in mailoutbox for address in m.to}
    assert {routed["coordinator"].email, routed["boss"].email} <= told
    routing = Routing.objects.get(pk=routed["routing"].pk)
    assert routing.divergence_at is not None
    event = Event.objects.get(action="review.divergence")
    assert event.after == {"application": application.pk, "spread": 15, "max_total": 25}
    assert domain.summary(Review.objects.all(), routing.rubric_version)["divergent"]
    # A reviewer added after that (another review) does not report it again.
    newcomer = routed["group"].members.model.objects.create_user("late")
    routed["group"].members.add(newcomer)
    submitted_review(application, newcomer, value=0)
    assert Event.objects.filter(action="review.divergence").count() == 1


# --- proposals and opinions ----------------------------------------------------------------------


def test_the_proposal_from_medians_with_a_knock_out(routed):
    application, (ana, bo, cy) = routed["application"], routed["reviewers"]
    routed_one = routed_group(routed["routing"])
    empty = domain.proposal(routed_one)
    assert empty == {
        "recommendation": None,
        "median_total": None,
        "threshold": 15,
        "failed_minimums": [],
        "reviews_submitted": 0,
        "reviewers_needed": 2,
        "ready": False,
    }
    # material_current has a minimum of 3: medians 5, 5, 2 -> total 22 but a knock-out.
    submitted_review(application, ana, value=5, material_current=2)
    one = domain.proposal(routed_one)
    assert one["recommendation"] == "changes_requested" and not one["ready"]
    submitted_review(application, bo, value=5, material_current=2)
    two = domain.proposal(routed_one)
    assert two["ready"] and two["median_total"] == 22
    assert two["recommendation"] == "changes_requested"
    assert two["failed_minimums"] == ["material_current"]
    submitted_review(application, cy, value=5, material_current=5)
    three = domain.proposal(routed_one)
    assert three["failed_minimums"] == ["material_current"]  # the median is still 2
    assert RoutedGroup.objects.get(pk=routed_one.pk).proposed == "changes_requested"


def test_proposals_approve_and_reject_by_the_median_total(catalogue_factory):
    user_group(catalogue_factory, members=2)
    application, routing = routed_application(catalogue_factory)
    ana, bo = assignees(routing)
    submitted_review(application, ana, value=3)  # 15: the threshold itself passes
    submitted_review(application, bo, value=4)
    proposed = domain.proposal(routed_group(routing))
    assert proposed["recommendation"] == "approve" and proposed["median_total"] == 17.5


def test_a_low_total_proposes_rejection(catalogue_factory):
    user_group(catalogue_factory, members=2)
    application, routing = routed_application(catalogue_factory)
    ana, bo = assignees(routing)
    submitted_review(application, ana, value=2, recommendation="reject")  # 10
    submitted_review(application, bo, value=3, standing=0)  # 12, every minimum met by medians
    proposed = domain.proposal(routed_group(routing))
    assert proposed["median_total"] == 11 and proposed["recommendation"] == "reject"


def test_the_coordinator_confirms_or_overrides_with_a_reason(routed):
    application, (ana, bo, _cy) = routed["application"], routed["reviewers"]
    coordinator, group = routed["coordinator"], routed["group"]
    submitted_review(application, ana, value=4)
    with pytest.raises(domain.NotAllowed, match="2 submitted reviews"):
        domain.record_opinion(
            application_id=application.pk,
            user=coordinator,
            group_id=None,
            recommendation="approve",
        )
    submitted_review(application, bo, value=4)
    for who in (ana, routed["owner"]):
        with pytest.raises(domain.Forbidden):
            domain.record_opinion(
                application_id=application.pk,
                user=who,
                group_id=group.pk,
                recommendation="approve",
            )
    with pytest.raises(domain.Invalid) as raised:
        domain.record_opinion(
            application_id=application.pk,
            user=coordinator,
            group_id=None,
            recommendation="reject",
        )
    assert set(raised.value.errors) == {"reason"}
    opinion = domain.record_opinion(
        application_id=application.pk,
        user=coordinator,
        group_id=group.pk,
        recommendation="reject",
        reason="The trainers misrepresent QGIS at their events.",
    )
    assert opinion.proposed == "approve" and opinion.recommendation == "reject"
    assert opinion.confirmed_by == coordinator and opinion.confirmed_at is not None
    routing = Routing.objects.get(pk=routed["routing"].pk)
    assert routing.stage == "awaiting_decision"
    event = Event.objects.get(action="review.opinion")
    assert event.after["overridden"] is True and event.after["group"] == group.pk
    same = domain.record_opinion(
        application_id=application.pk,
        user=coordinator,
        group_id=group.pk,
        recommendation="reject",
        reason="The trainers misrepresent QGIS at their events.",
    )
    assert same.pk == opinion.pk and Event.objects.filter(action="review.opinion").count() == 1


# --- decisions ---------------------------------------------------------------------------------


def test_the_psc_approves_and_the_organisation_is_certified(
    routed, mailoutbox, django_capture_on_commit_callbacks
):
    application, boss = routed["application"], routed["boss"]
    for reviewer in routed["reviewers"][:2]:
        submitted_review(application, reviewer)
    for who in (routed["coordinator"], routed["reviewers"][0], routed["owner"]):
        with pytest.raises(domain.Forbidden):
            domain.decide(
                application_id=application.pk, user=who, outcome="approve", rationale="Yes."
            )
    with pytest.raises(domain.Invalid) as raised:
        domain.decide(application_id=application.pk, user=boss, outcome="approve", rationale=" ")
    assert set(raised.value.errors) == {"rationale"}
    with django_capture_on_commit_callbacks(execute=True):
        decision = domain.decide(
            application_id=application.pk,
            user=boss,
            outcome="approve",
            rationale="Strong contributions and current material.",
            idempotency_key="d-1",
        )
    assert decision.outcome == "approve" and decision.round == 1
    assert not decision.on_appeal and not decision.psc_only  # a local group exists
    application.refresh_from_db()
    assert application.state == "approved" and application.decided_at is not None
    assert application.remarks == "Strong contributions and current material."
    organisation = CertifyingOrganisation.objects.get(pk=application.organisation_id)
    assert organisation.status == "approved" and organisation.is_certified
    assert Routing.objects.get(pk=routed["routing"].pk).stage == "decided"
    owner_mail = [m for m in mailoutbox if routed["owner"].email in m.to]
    assert len(owner_mail) == 1  # the decision, not also a state-change notice
    replay = domain.decide(
        application_id=application.pk,
        user=boss,
        outcome="approve",
        rationale="Strong contributions and current material.",
        idempotency_key="d-1",
    )
    assert replay.pk == decision.pk and Decision.objects.count() == 1
    assert Event.objects.filter(action="review.decide").count() == 1
    with pytest.raises(domain.NotAllowed):
        domain.decide(application_id=application.pk, user=boss, outcome="reject", rationale="No")


def test_request_changes_sends_it_back(routed):
    application = routed["application"]
    domain.decide(
        application_id=application.pk,
        user=routed["boss"],
        outcome="request_changes",
        rationale="Update the screenshots to QGIS 3.40.",
    )
    application.refresh_from_db()
    assert application.state == "changes_requested"
    assert application.organisation.status == "changes_requested"
    with pytest.raises(domain.NotAllowed):  # nothing to review until it is resubmitted
        domain.submit_review(application_id=application.pk, user=routed["reviewers"][0])


def test_a_psc_only_decision(catalogue_factory):
    boss = manager(catalogue_factory)
    application, routing = routed_application(catalogue_factory, by=boss)
    assert routing.target == "psc"
    submitted_review(application, boss, value=1, recommendation="reject")
    decision = domain.decide(
        application_id=application.pk, user=boss, outcome="reject", rationale="No contributions."
    )
    assert decision.psc_only
    assert Application.objects.get(pk=application.pk).organisation.status == "rejected"


# --- the appeal ----------------------------------------------------------------------------------


def _rejected(routed):
    application = routed["application"]
    domain.decide(
        application_id=application.pk,
        user=routed["boss"],
        outcome="reject",
        rationale="The material is for QGIS 2.18.",
    )
    application.refresh_from_db()
    return application


def test_one_appeal_after_a_rejection(routed, mailoutbox, django_capture_on_commit_callbacks):
    application, owner, boss = _rejected(routed), routed["owner"], routed["boss"]
    with pytest.raises(domain.Forbidden):
        domain.appeal(
            application_id=application.pk, user=boss, criteria=["quality"], evidence="x", links=[]
        )
    with pytest.raises(domain.Invalid) as raised:
        domain.appeal(
            application_id=application.pk,
            user=owner,
            criteria=["nope"],
            evidence="",
            links=["javascript:alert(1)"],
        )
    assert set(raised.value.errors) == {"criteria", "evidence", "links.0"}
    from applications import domain as applications_domain

    assert "appeal" in applications_domain.allowed_actions(application=application, user=owner)
    with django_capture_on_commit_callbacks(execute=True):
        lodged = domain.appeal(
            application_id=application.pk,
            user=owner,
            criteria=["material_current"],
            evidence="The course was updated for QGIS 3.40 in May.",
            links=["https://geotrainers.example/changelog"],
        )
    assert lodged.round == 1 and lodged.outcome == ""
    application.refresh_from_db()
    assert application.state == "appealed" and application.organisation.status == "under_review"
    assert any(boss.email in m.to for m in mailoutbox)  # the PSC is told
    assert domain.decision_outcomes(application=application, user=boss) == ["approve", "reject"]
    with pytest.raises(domain.NotAllowed):
        domain.decide(
            application_id=application.pk,
            user=boss,
            outcome="request_changes",
            rationale="More?",
        )
    decision = domain.decide(
        application_id=application.pk, user=boss, outcome="reject", rationale="Still outdated."
    )
    assert decision.on_appeal
    lodged.refresh_from_db()
    assert lodged.outcome == "upheld" and lodged.decided_at is not None
    application.refresh_from_db()
    assert application.state == "rejected"
    assert "appeal" not in applications_domain.allowed_actions(application=application, user=owner)
    with pytest.raises(domain.NotAllowed, match="once"):
        domain.appeal(
            application_id=application.pk,
            user=owner,
            criteria=["quality"],
            evidence="Again.",
            links=[],
        )
    with pytest.raises(domain.NotAllowed):  # nor through the applications domain
        applications_domain.appeal(application_id=application.pk, user=owner)


def test_an_appeal_granted_certifies(routed):
    application, owner, boss = _rejected(routed), routed["owner"], routed["boss"]
    domain.appeal(
        application_id=application.pk,
        user=owner,
        criteria=["material_current", "quality"],
        evidence="Updated.",
        links=[],
    )
    domain.decide(application_id=application.pk, user=boss, outcome="approve", rationale="Fine.")
    application.refresh_from_db()
    assert application.state == "approved" and application.organisation.is_certified
    assert application.appeal.outcome == "granted"


def test_no_appeal_while_open(routed):
    with pytest.raises(domain.NotAllowed):
        domain.appeal(
            application_id=routed["application"].pk,
            user=routed["owner"],
            criteria=["quality"],
            evidence="x",
            links=[],
        )


# --- deadlines ----------------------------------------------------------------------------------


def test_reminders_exactly_once_each(routed, mailoutbox, django_capture_on_commit_callbacks):
    application, routing = routed["application"], routed["routing"]
    ana, bo, cy = routed["reviewers"]
    submitted_review(application, ana)  # who has submitted is not reminded
    start = routing.routed_at

    def sweep(days: float) -> dict:
        mailoutbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            return domain.sweep(moment=start + timedelta(days=days))

    nothing = {"reminded_first": 0, "reminded_second": 0, "escalated": 0}
    assert sweep(13.9) == nothing and mailoutbox == []
    assert sweep(14) == {"reminded_first": 2, "reminded_second": 0, "escalated": 0}
    assert sorted(m.to[0] for m in mailoutbox) == sorted([bo.email, cy.email])
    assert sweep(20) == nothing and mailoutbox == []
    submitted_review(application, bo)
    assert sweep(25) == {"reminded_first": 0, "reminded_second": 1, "escalated": 0}
    assert [m.to for m in mailoutbox] == [[cy.email]]
    assert sweep(26) == nothing and mailoutbox == []
    assert Event.objects.filter(action="review.remind").count() == 3
    reminded = Assignment.objects.get(routing=routing, reviewer=cy)
    assert reminded.reminded_first_at and reminded.reminded_second_at


def test_a_late_sweep_sends_only_the_second_reminder(routed):
    start = routed["routing"].routed_at
    result = domain.sweep(moment=start + timedelta(days=27))
    assert result == {"reminded_first": 0, "reminded_second": 3, "escalated": 0}
    assert domain.sweep(moment=start + timedelta(days=28))["reminded_second"] == 0


def test_escalation_at_the_due_date_without_an_opinion(
    routed, mailoutbox, django_capture_on_commit_callbacks
):
    application, routing, boss = routed["application"], routed["routing"], routed["boss"]
    due = routing.due_at
    assert domain.sweep(moment=due - timedelta(seconds=1))["escalated"] == 0
    with django_capture_on_commit_callbacks(execute=True), _moved(due):
        mailoutbox.clear()
        assert domain.sweep()["escalated"] == 1
    routing.refresh_from_db()
    assert routing.target == "psc" and routing.reason_code == "overdue"
    assert routing.escalated_at == due and routing.current
    assert boss in assignees(routing)
    assert any(boss.email in m.to for m in mailoutbox)
    event = Event.objects.get(action="review.escalate")
    assert event.actor_pk is None and event.after["target"] == "psc"
    assert event.before["target"] == "group"
    assert domain.sweep(moment=due + timedelta(days=1))["escalated"] == 0
    assert Application.objects.get(pk=application.pk).state == "under_review"


def test_an_opinion_in_time_is_not_escalated(routed):
    application, (ana, bo, _cy) = routed["application"], routed["reviewers"]
    submitted_review(application, ana)
    submitted_review(application, bo)
    domain.record_opinion(
        application_id=application.pk,
        user=routed["coordinator"],
        group_id=None,
        recommendation="approve",
    )
    assert domain.sweep(moment=routed["routing"].due_at + timedelta(days=3))["escalated"] == 0
    assert Routing.objects.get(pk=routed["routing"].pk).target == "group"


def test_the_sweep_command(routed):
    from io import StringIO

    out = StringIO()
    with _moved(routed["routing"].due_at + timedelta(hours=1)):
        call_command("sweep_reviews", stdout=out)
    assert Routing.objects.get(pk=routed["routing"].pk).target == "psc"


def test_the_audit_chain_holds(routed):
    application = routed["application"]
    ana, bo, _cy = routed["reviewers"]
    submitted_review(application, ana)
    submitted_review(application, bo)
    domain.record_opinion(
        application_id=application.pk,
        user=routed["coordinator"],
        group_id=None,
        recommendation="approve",
    )
    domain.decide(
        application_id=application.pk, user=routed["boss"], outcome="approve", rationale="Yes."
    )
    actions = list(
        Event.objects.filter(action__startswith="review.").values_list("action", flat=True)
    )
    assert actions == [
        "review.route",
        "review.declare",
        "review.submit",
        "review.declare",
        "review.submit",
        "review.opinion",
        "review.decide",
    ]
    assert verify_chain().intact


def test_scores_helper_matches_the_rubric():
    assert scores(2) == {
        "contributions": 2,
        "material_current": 2,
        "representation": 2,
        "quality": 2,
        "standing": 2,
    }
